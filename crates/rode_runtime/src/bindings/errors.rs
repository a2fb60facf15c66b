//! internalBinding('errors'): where lib/ registers the uncaught-exception handler and the
//! process 'beforeExit'/'exit' emitters that the native side calls.

use crate::host;
use rquickjs::{Ctx, Function, Object, Value};

pub fn init<'js>(ctx: &Ctx<'js>, obj: &Object<'js>) -> rquickjs::Result<()> {
    super::set_fn(
        ctx,
        obj,
        "setUncaughtExceptionCallback",
        |ctx: Ctx<'js>, f: Function<'js>| host::register(&ctx, "uncaught", f),
    )?;
    super::set_fn(
        ctx,
        obj,
        "setEmitExitCallbacks",
        |ctx: Ctx<'js>, before: Function<'js>, exit: Function<'js>| {
            host::register(&ctx, "emit_before_exit", before);
            host::register(&ctx, "emit_exit", exit);
        },
    )?;
    super::set_fn(
        ctx,
        obj,
        "setUVExceptionFactory",
        |ctx: Ctx<'js>, f: Function<'js>| host::register(&ctx, "uv_exception", f),
    )?;
    super::set_fn(
        ctx,
        obj,
        "triggerUncaughtException",
        |ctx: Ctx<'js>, err: Value<'js>, from_promise: bool| {
            host::trigger_uncaught(&ctx, err, from_promise)
        },
    )?;
    Ok(())
}
