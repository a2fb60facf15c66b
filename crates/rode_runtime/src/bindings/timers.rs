//! internalBinding('timers'): one loop timer for all JS timers and a check handle for
//! setImmediate, as Node does; the lists themselves live in lib/internal/timers.js.

use crate::host::{self, UvLoop};
use rode_uv::Ready;
use rquickjs::{Ctx, Function, Object};

/// Creates the loop handles at start-up (before any JS runs).
pub fn init_handles(lp: &UvLoop) {
    let st = host::state();
    let timer = lp.timer_init(Box::new(|h: &mut host::Host, lp, _id, _r: Ready| {
        h.engine.with(|ctx| run_timers(&ctx, lp));
    }));
    st.timer.set(Some(timer));
    let check = lp.check_init(Box::new(|h: &mut host::Host, _lp, _id, _r: Ready| {
        let st = host::state();
        if st.loop_info(host::LoopInfo::ImmediateCount) == 0 {
            return;
        }
        // Node's CheckImmediate: processImmediate again while it left immediates
        // outstanding, that is, while a callback threw (and the error was handled).
        h.engine.with(|ctx| {
            if let Some(f) = host::callback(&ctx, |c| &c.process_immediate) {
                for _ in 0..1000 {
                    if host::call_js(&ctx, &f, ()).is_some() {
                        break;
                    }
                }
            }
        });
    }));
    lp.start(check);
    lp.set_ref(check, false);
    // While referenced immediates are queued this idle handle keeps poll from blocking.
    let idle = lp.idle_init(Box::new(|_h: &mut host::Host, _lp, _id, _r: Ready| {}));
    st.immediate_idle.set(Some(idle));
}

/// Node's RunTimers: call processTimers(now) until it returns without throwing, then
/// re-arm the loop timer for the next expiry (negative means unreferenced).
fn run_timers(ctx: &Ctx<'_>, lp: &UvLoop) {
    let Some(f) = host::callback(ctx, |c| &c.process_timers) else {
        return;
    };
    let mut ret = None;
    for _ in 0..1000 {
        let now = lp.now() as f64;
        ret = host::call_js(ctx, &f, (now,));
        if ret.is_some() {
            break;
        }
    }
    let next = ret.and_then(|v| v.as_number()).unwrap_or(0.0);
    if next != 0.0 {
        let st = host::state();
        if let Some(t) = st.timer.get() {
            let h = next.abs() as u64;
            lp.timer_start(t, h.saturating_sub(lp.now()), 0);
            lp.set_ref(t, next > 0.0);
        }
    }
}

pub fn init<'js>(ctx: &Ctx<'js>, obj: &Object<'js>) -> rquickjs::Result<()> {
    super::set_fn(
        ctx,
        obj,
        "setupTimers",
        |ctx: Ctx<'js>, immediate: Function<'js>, timers: Function<'js>| {
            host::register(&ctx, "process_immediate", immediate);
            host::register(&ctx, "process_timers", timers);
        },
    )?;
    // Like Node's GetNow, refresh the loop's clock first: timers started by JS measure
    // from the moment they are created, not from the start of the loop iteration.
    super::set_fn(ctx, obj, "getLibuvNow", || {
        host::with_loop(|lp| {
            lp.update_time();
            lp.now() as f64
        })
    })?;
    super::set_fn(ctx, obj, "scheduleTimer", |ms: f64| {
        let st = host::state();
        if let Some(t) = st.timer.get() {
            let ms = if ms.is_finite() && ms > 1.0 {
                ms as u64
            } else {
                1
            };
            st.lp.timer_start(t, ms, 0);
        }
    })?;
    super::set_fn(ctx, obj, "toggleTimerRef", |on: bool| {
        let st = host::state();
        if let Some(t) = st.timer.get() {
            st.lp.set_ref(t, on);
        }
    })?;
    super::set_fn(ctx, obj, "toggleImmediateRef", |on: bool| {
        let st = host::state();
        if let Some(i) = st.immediate_idle.get() {
            if on {
                st.lp.start(i);
            } else {
                st.lp.stop(i);
            }
        }
    })?;
    Ok(())
}
