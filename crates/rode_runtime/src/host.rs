//! The host: one JS realm on one rode_uv loop. Holds the thread's runtime state, runs
//! the bootstrap and the main loop (Node's `SpinEventLoop`), and owns the one way back
//! into JavaScript from native code, `make_callback` (ARCHITECTURE.md, rule 2).

use crate::engine::{self, Engine};
use rode_uv::{Loop, RunMode};
use rquickjs::{Ctx, Function, Object, Persistent, Value};
use std::cell::{Cell, RefCell};
use std::rc::Rc;

/// What the command line asked rode to run.
#[derive(Clone, Debug)]
pub enum Mode {
    /// `rode file.js`
    File(String),
    /// `rode -e code` / `rode -p code`
    Eval { code: String, print: bool },
    /// Program read from standard input.
    Stdin,
    /// Interactive REPL.
    Repl,
}

#[derive(Clone, Debug)]
pub struct Options {
    pub mode: Mode,
    /// Arguments after the script (process.argv.slice(2)).
    pub args: Vec<String>,
    /// Node options given before the script (process.execArgv).
    pub exec_argv: Vec<String>,
    /// `--input-type=module`
    pub input_type_module: bool,
    /// `-r` / `--require` modules, in order.
    pub requires: Vec<String>,
    /// `--import` modules, in order.
    pub imports: Vec<String>,
    /// What the binary was invoked as (process.argv0).
    pub argv0: String,
    /// Other flags the JS side reads (`--no-deprecation`, `--trace-warnings`, ...).
    pub flags: Vec<String>,
}

/// The loop's context type: what every loop callback receives.
pub struct Host {
    pub engine: Engine,
}

pub type UvLoop = Loop<Host>;

/// JS functions the native side calls back into, registered by lib/ during bootstrap.
#[derive(Default)]
pub struct Callbacks {
    pub tick: Option<Persistent<Function<'static>>>,
    pub uncaught: Option<Persistent<Function<'static>>>,
    pub promise_reject: Option<Persistent<Function<'static>>>,
    pub process_timers: Option<Persistent<Function<'static>>>,
    pub process_immediate: Option<Persistent<Function<'static>>>,
    pub emit_before_exit: Option<Persistent<Function<'static>>>,
    pub emit_exit: Option<Persistent<Function<'static>>>,
    pub uv_exception: Option<Persistent<Function<'static>>>,
}

/// The slots of `State::loop_info` (lib/internal/process/task_queues.js and
/// lib/internal/timers.js write them).
#[derive(Clone, Copy)]
pub enum LoopInfo {
    /// Non-zero while the nextTick queue is non-empty.
    HasTickScheduled = 0,
    /// How many setImmediate callbacks are queued (the check handle calls JS if any).
    ImmediateCount = 1,
}
pub const LOOP_INFO_SLOTS: usize = 2;

impl State {
    pub fn loop_info(&self, slot: LoopInfo) -> i32 {
        let p = self.loop_info.get();
        if p.is_null() {
            0
        } else {
            // Single-threaded: JS writes these between calls, never during a read.
            unsafe { *p.add(slot as usize) }
        }
    }
}

pub struct State {
    pub lp: Rc<UvLoop>,
    pub callbacks: RefCell<Callbacks>,
    pub options: Options,
    /// Memory shared with lib/ (an Int32Array's storage, see `LoopInfo`): flags that
    /// JS sets on hot paths without calling into Rust, as Node's tickInfo and
    /// immediateInfo. Null until internalBinding('task_queue') is first loaded.
    pub loop_info: Cell<*mut i32>,
    /// Set when a promise rejection is waiting to be processed by the tick callback.
    pub rejection_to_warn: Cell<bool>,
    pub timer: Cell<Option<rode_uv::HandleId>>,
    pub immediate_idle: Cell<Option<rode_uv::HandleId>>,
    /// Nesting depth of make_callback: ticks are only drained at the outermost level.
    pub callback_depth: Cell<u32>,
}

thread_local! {
    static STATE: RefCell<Option<Rc<State>>> = const { RefCell::new(None) };
}

/// This thread's host state. Panics only if called before `run` set it up, which
/// no JavaScript-reachable path can do.
pub fn state() -> Rc<State> {
    STATE.with(|s| s.borrow().clone().expect("rode state not initialised"))
}

pub fn with_loop<R>(f: impl FnOnce(&UvLoop) -> R) -> R {
    let st = state();
    f(&st.lp)
}

/// Restores a registered callback for use in `ctx`.
pub fn callback<'js>(
    ctx: &Ctx<'js>,
    pick: impl FnOnce(&Callbacks) -> &Option<Persistent<Function<'static>>>,
) -> Option<Function<'js>> {
    let st = state();
    let cbs = st.callbacks.borrow();
    pick(&cbs).clone().and_then(|p| p.restore(ctx).ok())
}

/// Runs `f` (a call into JS) the way Node's MakeCallback does: report an exception
/// as uncaught, then, at the outermost level, drain nextTicks and microtasks.
/// Returns the call's result, or None if it threw.
pub fn make_callback<'js>(
    ctx: &Ctx<'js>,
    f: impl FnOnce() -> rquickjs::Result<Value<'js>>,
) -> Option<Value<'js>> {
    let st = state();
    st.callback_depth.set(st.callback_depth.get() + 1);
    let result = match f() {
        Ok(v) => Some(v),
        Err(e) => {
            let exc = engine::take_exception(ctx, e);
            trigger_uncaught(ctx, exc, false);
            None
        }
    };
    st.callback_depth.set(st.callback_depth.get() - 1);
    // As Node's InternalCallbackScope::Close: a callback that threw (the error was
    // handled, or the process would have ended) leaves the tick queue for later.
    if st.callback_depth.get() == 0 && result.is_some() {
        process_ticks(ctx);
    }
    result
}

/// Calls a JS function through make_callback.
pub fn call_js<'js>(
    ctx: &Ctx<'js>,
    f: &Function<'js>,
    args: impl rquickjs::function::IntoArgs<'js>,
) -> Option<Value<'js>> {
    make_callback(ctx, || f.call(args))
}

/// Drains the nextTick queue and microtasks in Node's order (InternalCallbackScope::Close).
pub fn process_ticks(ctx: &Ctx<'_>) {
    let st = state();
    if st.loop_info(LoopInfo::HasTickScheduled) == 0 && !st.rejection_to_warn.get() {
        engine::run_microtasks(ctx);
        if st.loop_info(LoopInfo::HasTickScheduled) == 0 && !st.rejection_to_warn.get() {
            return;
        }
    }
    let Some(tick) = callback(ctx, |c| &c.tick) else {
        return;
    };
    // If a nextTick callback throws, the exception is reported and the rest of the
    // queue waits for the next callback, as in Node's InternalCallbackScope::Close.
    if let Err(e) = tick.call::<_, Value>(()) {
        let exc = engine::take_exception(ctx, e);
        trigger_uncaught(ctx, exc, false);
    }
}

/// Node's TriggerUncaughtException: lets JS emit 'uncaughtException'; if nobody handles
/// it, JS prints the error and we exit with process.exitCode (1 by default).
pub fn trigger_uncaught<'js>(ctx: &Ctx<'js>, err: Value<'js>, from_promise: bool) {
    let Some(handler) = callback(ctx, |c| &c.uncaught) else {
        engine::print_raw_exception(ctx, &err);
        exit_process(1);
    };
    match handler.call::<_, Value>((err.clone(), from_promise)) {
        Ok(v) if v.as_bool() == Some(true) => {}
        Ok(v) => {
            let code = v.as_int().unwrap_or(1);
            exit_process(code);
        }
        Err(e) => {
            // The handler itself threw: Node exits with 7.
            let exc = engine::take_exception(ctx, e);
            engine::print_raw_exception(ctx, &exc);
            exit_process(7);
        }
    }
}

/// Ends the process now (process.reallyExit): stdout/stderr are written synchronously,
/// so nothing is pending.
pub fn exit_process(code: i32) -> ! {
    std::process::exit(code)
}

fn emit_simple(
    ctx: &Ctx<'_>,
    pick: fn(&Callbacks) -> &Option<Persistent<Function<'static>>>,
) -> i32 {
    match callback(ctx, pick) {
        Some(f) => call_js(ctx, &f, ()).and_then(|v| v.as_int()).unwrap_or(0),
        None => 0,
    }
}

/// Runs the program described by `options`; returns the process exit code.
pub fn run(options: Options) -> i32 {
    let engine = match Engine::new() {
        Ok(e) => e,
        Err(e) => {
            eprintln!("rode: could not start the JavaScript engine: {e}");
            return 1;
        }
    };
    let lp = match Loop::new() {
        Ok(l) => Rc::new(l),
        Err(e) => {
            eprintln!("rode: could not create the event loop: {e}");
            return 1;
        }
    };
    let st = Rc::new(State {
        lp: lp.clone(),
        callbacks: RefCell::new(Callbacks::default()),
        options,
        loop_info: Cell::new(std::ptr::null_mut()),
        rejection_to_warn: Cell::new(false),
        timer: Cell::new(None),
        immediate_idle: Cell::new(None),
        callback_depth: Cell::new(0),
    });
    STATE.with(|s| *s.borrow_mut() = Some(st.clone()));
    crate::bindings::timers::init_handles(&lp);

    let mut host = Host {
        engine: engine.clone(),
    };
    let trace = std::env::var_os("RODE_TRACE_STARTUP").is_some();
    if trace {
        eprintln!(
            "startup: engine and loop ready at {:.3} ms",
            rode_uv::hrtime_ns() as f64 / 1e6
        );
    }
    engine.with(|ctx| {
        let ok = make_callback(&ctx, || {
            crate::builtins::bootstrap(&ctx)?;
            Ok(Value::new_undefined(ctx.clone()))
        });
        // The main script's scope is not a callback's: after an uncaught error that
        // was handled there, the tick queue runs before the loop starts, as in Node.
        if ok.is_none() {
            process_ticks(&ctx);
        }
    });
    if trace {
        eprintln!(
            "startup: main script done at {:.3} ms",
            rode_uv::hrtime_ns() as f64 / 1e6
        );
    }
    // Node's SpinEventLoop: run the loop, emit 'beforeExit', and go on while that
    // made the loop alive again.
    loop {
        lp.run(&mut host, RunMode::Default);
        engine.with(|ctx| emit_simple(&ctx, |c| &c.emit_before_exit));
        if !lp.alive() {
            break;
        }
    }
    let code = engine.with(|ctx| emit_simple(&ctx, |c| &c.emit_exit));
    // The process ends right after this: tearing the engine down would only cost time
    // (and JS values held by native state would have to be released first).
    std::mem::forget(host);
    std::mem::forget(engine);
    std::mem::forget(lp);
    code
}

/// Registers JS callbacks by name (used by the bindings' `set*Callback` functions).
pub fn register<'js>(ctx: &Ctx<'js>, which: &str, f: Function<'js>) {
    let p = Some(Persistent::save(ctx, f));
    let st = state();
    let mut c = st.callbacks.borrow_mut();
    match which {
        "tick" => c.tick = p,
        "uncaught" => c.uncaught = p,
        "promise_reject" => c.promise_reject = p,
        "process_timers" => c.process_timers = p,
        "process_immediate" => c.process_immediate = p,
        "emit_before_exit" => c.emit_before_exit = p,
        "emit_exit" => c.emit_exit = p,
        "uv_exception" => c.uv_exception = p,
        _ => {}
    }
}

/// Options as a JS object for the bootstrap (`internalBinding('options')`).
pub fn options_object<'js>(ctx: &Ctx<'js>) -> rquickjs::Result<Object<'js>> {
    let st = state();
    let o = &st.options;
    let obj = Object::new(ctx.clone())?;
    let (kind, value, print) = match &o.mode {
        Mode::File(f) => ("file", f.clone(), false),
        Mode::Eval { code, print } => ("eval", code.clone(), *print),
        Mode::Stdin => ("stdin", String::new(), false),
        Mode::Repl => ("repl", String::new(), false),
    };
    obj.set("mode", kind)?;
    obj.set("value", value)?;
    obj.set("print", print)?;
    obj.set("args", o.args.clone())?;
    obj.set("execArgv", o.exec_argv.clone())?;
    obj.set("inputTypeModule", o.input_type_module)?;
    obj.set("requires", o.requires.clone())?;
    obj.set("imports", o.imports.clone())?;
    obj.set("argv0", o.argv0.clone())?;
    obj.set("flags", o.flags.clone())?;
    Ok(obj)
}

/// Builds Node's system error (errno, code, syscall, path, dest) through the JS factory
/// lib/ registered, so the message format lives in one place (internal/errors).
pub fn uv_exception<'js>(
    ctx: &Ctx<'js>,
    err: &std::io::Error,
    syscall: &str,
    path: Option<&str>,
    dest: Option<&str>,
) -> Value<'js> {
    let errno = -err.raw_os_error().unwrap_or(libc::EIO);
    if let Some(f) = callback(ctx, |c| &c.uv_exception) {
        match f.call::<_, Value>((errno, syscall, path, dest)) {
            Ok(v) => return v,
            Err(e) => {
                let exc = engine::take_exception(ctx, e);
                if std::env::var_os("RODE_DEBUG").is_some() {
                    engine::print_raw_exception(ctx, &exc);
                }
            }
        }
    }
    let msg = format!("{err}, {syscall}");
    let _ = rquickjs::Exception::throw_message(ctx, &msg);
    ctx.catch()
}

/// Throws the system error for `err` (see `uv_exception`).
pub fn throw_uv(
    ctx: &Ctx<'_>,
    err: &std::io::Error,
    syscall: &str,
    path: Option<&str>,
    dest: Option<&str>,
) -> rquickjs::Error {
    let e = uv_exception(ctx, err, syscall, path, dest);
    ctx.throw(e)
}

/// Runs `work` on the thread pool and then calls the JS function `cb(err, value)`
/// through make_callback; `finish` turns the work's result into those two values.
pub fn queue_js_work<'js, R, W>(
    ctx: &Ctx<'js>,
    kind: rode_uv::WorkKind,
    cb: Function<'js>,
    work: W,
    finish: for<'a> fn(&Ctx<'a>, R) -> (Value<'a>, Value<'a>),
) where
    R: Send + 'static,
    W: FnOnce() -> R + Send + 'static,
{
    let cb = Persistent::save(ctx, cb);
    with_loop(|lp| {
        lp.queue_work(kind, work, move |h: &mut Host, _lp, r: R| {
            h.engine.with(|ctx| {
                let Ok(f) = cb.restore(&ctx) else { return };
                let (err, val) = finish(&ctx, r);
                call_js(&ctx, &f, (err, val));
            })
        })
    });
}
