//! internalBinding('task_queue'): the hooks behind process.nextTick, queueMicrotask and
//! promise rejection tracking (lib/internal/process/task_queues.js and promises.js).

use crate::{engine, host};
use rquickjs::{Ctx, Function, Object};

pub fn init<'js>(ctx: &Ctx<'js>, obj: &Object<'js>) -> rquickjs::Result<()> {
    super::set_fn(
        ctx,
        obj,
        "setTickCallback",
        |ctx: Ctx<'js>, f: Function<'js>| host::register(&ctx, "tick", f),
    )?;
    super::set_fn(
        ctx,
        obj,
        "setPromiseRejectCallback",
        |ctx: Ctx<'js>, f: Function<'js>| host::register(&ctx, "promise_reject", f),
    )?;
    super::set_fn(ctx, obj, "runMicrotasks", |ctx: Ctx<'js>| {
        engine::run_microtasks(&ctx)
    })?;
    // The flags JS sets on hot paths, read by the host without a call (see
    // host::LoopInfo). The buffer is kept alive by the binding object (bindings are
    // cached for the life of the process), and is never detached or resized.
    let info = rquickjs::ArrayBuffer::new(ctx.clone(), vec![0i32; host::LOOP_INFO_SLOTS])?;
    let ptr = info
        .as_raw()
        .map(|p| p.as_ptr() as *mut i32)
        .unwrap_or(std::ptr::null_mut());
    host::state().loop_info.set(ptr);
    obj.set("loopInfo", info)?;
    super::set_fn(ctx, obj, "setHasRejectionToWarn", |on: bool| {
        host::state().rejection_to_warn.set(on)
    })?;
    Ok(())
}
