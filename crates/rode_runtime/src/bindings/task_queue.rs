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
    super::set_fn(ctx, obj, "setHasTickScheduled", |on: bool| {
        host::state().tick_scheduled.set(on)
    })?;
    super::set_fn(ctx, obj, "setHasRejectionToWarn", |on: bool| {
        host::state().rejection_to_warn.set(on)
    })?;
    Ok(())
}
