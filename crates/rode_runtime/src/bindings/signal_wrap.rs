//! internalBinding('signal_wrap'): process.on('SIGINT') and friends. One unreferenced
//! loop signal handle per watched signal, as Node's signal wraps are unref'd.

use crate::host;
use rode_uv::{Ready, SignalWatch};
use rquickjs::{Ctx, Function, Object, Persistent};
use std::cell::RefCell;
use std::collections::HashMap;

thread_local! {
    static WATCHES: RefCell<HashMap<i32, SignalWatch>> = RefCell::new(HashMap::new());
    static CALLBACK: RefCell<Option<Persistent<Function<'static>>>> = const { RefCell::new(None) };
}

pub fn init<'js>(ctx: &Ctx<'js>, obj: &Object<'js>) -> rquickjs::Result<()> {
    super::set_fn(
        ctx,
        obj,
        "setSignalCallback",
        |ctx: Ctx<'js>, f: Function<'js>| {
            let p = Persistent::save(&ctx, f);
            CALLBACK.with(|c| *c.borrow_mut() = Some(p));
        },
    )?;
    super::set_fn(ctx, obj, "start", |signum: i32| -> i32 {
        if WATCHES.with(|w| w.borrow().contains_key(&signum)) {
            return 0;
        }
        let res = host::with_loop(|lp| {
            lp.signal_start(
                signum,
                Box::new(move |h: &mut host::Host, _lp, _id, _r: Ready| {
                    h.engine.with(|ctx| {
                        let f = CALLBACK.with(|c| c.borrow().clone());
                        if let Some(f) = f.and_then(|p| p.restore(&ctx).ok()) {
                            host::call_js(&ctx, &f, (signum,));
                        }
                    })
                }),
            )
        });
        match res {
            Ok(w) => {
                host::with_loop(|lp| lp.set_ref(w.handle, false));
                WATCHES.with(|m| m.borrow_mut().insert(signum, w));
                0
            }
            Err(e) => -e.raw_os_error().unwrap_or(libc::EINVAL),
        }
    })?;
    super::set_fn(ctx, obj, "stop", |signum: i32| {
        if let Some(w) = WATCHES.with(|m| m.borrow_mut().remove(&signum)) {
            host::with_loop(|lp| lp.signal_stop(w));
        }
    })?;
    Ok(())
}
