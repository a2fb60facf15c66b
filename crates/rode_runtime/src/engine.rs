//! Engine set-up and the few raw engine operations rode needs: the job queue driver,
//! exception extraction, and the promise rejection tracker.

use crate::host;
use rquickjs::{qjs, Context, Ctx, Runtime, Value};

#[derive(Clone)]
pub struct Engine {
    /// Kept alive with the context; also the handle for future runtime-wide settings.
    #[allow(dead_code)]
    pub rt: Runtime,
    pub ctx: Context,
}

impl Engine {
    pub fn new() -> rquickjs::Result<Self> {
        let rt = Runtime::new()?;
        // The main thread has an 8 MB stack; leave headroom for native frames.
        rt.set_max_stack_size(6 << 20);
        rt.set_gc_threshold(16 << 20);
        let ctx = Context::full(&rt)?;
        rt.set_loader(
            crate::bindings::module_wrap::Resolver,
            crate::bindings::module_wrap::Loader,
        );
        rt.set_host_promise_rejection_tracker(Some(Box::new(rejection_tracker)));
        Ok(Engine { rt, ctx })
    }

    pub fn with<R>(&self, f: impl FnOnce(Ctx<'_>) -> R) -> R {
        self.ctx.with(f)
    }
}

/// Node's PromiseRejectCallback: tells lib/internal/process/promises about
/// rejections without a handler (0) and handlers added after the fact (1).
fn rejection_tracker<'js>(ctx: Ctx<'js>, promise: Value<'js>, reason: Value<'js>, handled: bool) {
    let st = host::state();
    if !handled {
        st.rejection_to_warn.set(true);
    }
    if let Some(f) = host::callback(&ctx, |c| &c.promise_reject) {
        let kind = if handled { 1 } else { 0 };
        if let Err(e) = f.call::<_, Value>((kind, promise, reason)) {
            let exc = take_exception(&ctx, e);
            host::trigger_uncaught(&ctx, exc, false);
        }
    }
}

/// Turns an rquickjs error into the JS value that was thrown.
pub fn take_exception<'js>(ctx: &Ctx<'js>, err: rquickjs::Error) -> Value<'js> {
    match err {
        rquickjs::Error::Exception => ctx.catch(),
        other => {
            // A conversion error raised on the Rust side: surface it as a TypeError.
            let msg = other.to_string();
            let _ = rquickjs::Exception::throw_type(ctx, &msg);
            ctx.catch()
        }
    }
}

/// Runs every pending promise job (the microtask queue). Exceptions thrown by a job
/// itself (queueMicrotask callbacks) are reported as uncaught, as V8 does.
pub fn run_microtasks(ctx: &Ctx<'_>) {
    let rt = unsafe { qjs::JS_GetRuntime(ctx.as_raw().as_ptr()) };
    loop {
        let mut job_ctx: *mut qjs::JSContext = std::ptr::null_mut();
        let r = unsafe { qjs::JS_ExecutePendingJob(rt, &mut job_ctx) };
        if r == 0 {
            break;
        }
        if r < 0 {
            let exc = ctx.catch();
            host::trigger_uncaught(ctx, exc, false);
        }
    }
}

/// Last-resort printing when the JS error machinery is not available (early bootstrap).
pub fn print_raw_exception(ctx: &Ctx<'_>, err: &Value<'_>) {
    let _ = ctx;
    let text = if let Some(o) = err.as_object() {
        let msg: String = o.get("message").unwrap_or_default();
        let stack: String = o.get("stack").unwrap_or_default();
        format!("Error: {msg}\n{stack}")
    } else {
        format!("{err:?}")
    };
    eprintln!("{text}");
}
