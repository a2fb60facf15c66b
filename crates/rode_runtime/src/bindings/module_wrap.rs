//! internalBinding('module_wrap'): ES modules run by the engine. Resolution and loading
//! are decided in JS (lib/internal/modules/esm/); this file wires the engine's loader
//! hooks to those callbacks and offers import/require/eval of modules.

use crate::engine;
use rquickjs::loader::ImportAttributes;
use rquickjs::module::Declared;
use rquickjs::{Ctx, Exception, Function, Module, Object, Persistent, Promise, Value};
use std::cell::RefCell;
use std::collections::HashMap;

thread_local! {
    static HOOKS: RefCell<Option<Persistent<Object<'static>>>> = const { RefCell::new(None) };
    /// Every module the engine declared, and whether its graph finished evaluating.
    /// require() of a module whose graph is still evaluating would re-enter the engine's
    /// linker mid-evaluation; Node reports that as ERR_REQUIRE_CYCLE_MODULE.
    static DECLARED: RefCell<HashMap<String, bool>> = RefCell::new(HashMap::new());
    /// How many require(esm) loads are under way (the resolver checks cycles then).
    static REQUIRING: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
}

fn is_evaluating(url: &str) -> bool {
    DECLARED.with(|d| d.borrow().get(url) == Some(&false))
}

fn pending_urls() -> Vec<String> {
    DECLARED.with(|d| {
        d.borrow()
            .iter()
            .filter(|(_, done)| !**done)
            .map(|(k, _)| k.clone())
            .collect()
    })
}

/// Forgets modules that a failed load declared but never evaluated (a link error, say):
/// a later require() of them must report that failure again, not a cycle.
fn forget_failed(before: &[String]) {
    DECLARED.with(|d| {
        d.borrow_mut()
            .retain(|k, done| *done || before.iter().any(|b| b == k));
    });
}

fn cycle_error<'js>(ctx: &Ctx<'js>, url: &str) -> rquickjs::Error {
    match hook(ctx, "makeRequireCycleError").and_then(|f| f.call::<_, Value>((url,))) {
        Ok(e) => ctx.throw(e),
        Err(e) => e,
    }
}

/// Every declared module ends with a call into this specifier's `evaluated(url)`, so
/// the runtime knows when its body (and any top-level await) has completed: the
/// engine has no API for a module's status.
const EVALUATED_SPECIFIER: &str = "rode:evaluated";
const EVALUATED_TRAILER: &str =
    "\n;import { evaluated as __rode_evaluated__ } from 'rode:evaluated'; __rode_evaluated__(import.meta.url);";

struct EvaluatedModule;

impl rquickjs::module::ModuleDef for EvaluatedModule {
    fn declare(decl: &rquickjs::module::Declarations) -> rquickjs::Result<()> {
        decl.declare("evaluated")?;
        Ok(())
    }
    fn evaluate<'js>(
        ctx: &Ctx<'js>,
        exports: &rquickjs::module::Exports<'js>,
    ) -> rquickjs::Result<()> {
        let f = Function::new(ctx.clone(), |url: String| {
            DECLARED.with(|d| {
                d.borrow_mut().insert(url, true);
            });
        })?;
        exports.export("evaluated", f)?;
        Ok(())
    }
}

fn hooks<'js>(ctx: &Ctx<'js>) -> rquickjs::Result<Object<'js>> {
    let p = HOOKS.with(|h| h.borrow().clone());
    match p {
        Some(p) => p.restore(ctx),
        None => Err(Exception::throw_message(
            ctx,
            "ES module hooks are not set up",
        )),
    }
}

fn hook<'js>(ctx: &Ctx<'js>, name: &str) -> rquickjs::Result<Function<'js>> {
    hooks(ctx)?.get(name)
}

pub struct Resolver;
pub struct Loader;

impl rquickjs::loader::Resolver for Resolver {
    fn resolve<'js>(
        &mut self,
        ctx: &Ctx<'js>,
        base: &str,
        name: &str,
        attributes: Option<ImportAttributes<'js>>,
    ) -> rquickjs::Result<String> {
        if name == EVALUATED_SPECIFIER {
            return Ok(name.to_string());
        }
        let f = hook(ctx, "resolve")?;
        let ty = attributes.and_then(|a| a.get_type().ok().flatten());
        let url: String = f.call((name, base, ty))?;
        // A require(esm) whose graph reaches a module that is still evaluating would
        // relink it mid-evaluation: that is Node's ERR_REQUIRE_CYCLE_MODULE.
        if REQUIRING.with(|r| r.get()) > 0 && is_evaluating(&url) {
            return Err(cycle_error(ctx, &url));
        }
        Ok(url)
    }
}

impl rquickjs::loader::Loader for Loader {
    fn load<'js>(
        &mut self,
        ctx: &Ctx<'js>,
        name: &str,
        _attributes: Option<ImportAttributes<'js>>,
    ) -> rquickjs::Result<Module<'js, Declared>> {
        if name == "rode:internal" {
            return Module::declare_def::<InternalModule, _>(ctx.clone(), name);
        }
        if name == EVALUATED_SPECIFIER {
            return Module::declare_def::<EvaluatedModule, _>(ctx.clone(), name);
        }
        let source: String = hook(ctx, "load")?.call((name,))?;
        declare(ctx, name, source)
    }
}

fn declare<'js>(
    ctx: &Ctx<'js>,
    url: &str,
    mut source: String,
) -> rquickjs::Result<Module<'js, Declared>> {
    source.push_str(EVALUATED_TRAILER);
    let m = Module::declare(ctx.clone(), url, source)?;
    DECLARED.with(|d| {
        d.borrow_mut().entry(url.to_string()).or_insert(false);
    });
    let meta = m.meta()?;
    hook(ctx, "initImportMeta")?.call::<_, Value>((meta, url))?;
    Ok(m)
}

/// The module facades import from: `requireCjs(url)` and `loadBuiltin(id)`.
struct InternalModule;

impl rquickjs::module::ModuleDef for InternalModule {
    fn declare(decl: &rquickjs::module::Declarations) -> rquickjs::Result<()> {
        decl.declare("requireCjs")?;
        decl.declare("loadBuiltin")?;
        Ok(())
    }
    fn evaluate<'js>(
        ctx: &Ctx<'js>,
        exports: &rquickjs::module::Exports<'js>,
    ) -> rquickjs::Result<()> {
        exports.export("requireCjs", hook(ctx, "requireCjs")?)?;
        exports.export("loadBuiltin", hook(ctx, "loadBuiltin")?)?;
        Ok(())
    }
}

/// Drives the job queue until `p` settles; returns its state (1 fulfilled, 2 rejected,
/// 0 still pending: the module graph awaits something outside the microtask queue).
fn settle<'js>(ctx: &Ctx<'js>, p: &Promise<'js>) -> i32 {
    engine::run_microtasks(ctx);
    match p.state() {
        rquickjs::promise::PromiseState::Resolved => 1,
        rquickjs::promise::PromiseState::Rejected => 2,
        rquickjs::promise::PromiseState::Pending => 0,
    }
}

pub fn init<'js>(ctx: &Ctx<'js>, obj: &Object<'js>) -> rquickjs::Result<()> {
    super::set_fn(
        ctx,
        obj,
        "setCallbacks",
        |ctx: Ctx<'js>, cbs: Object<'js>| {
            let p = Persistent::save(&ctx, cbs);
            HOOKS.with(|h| *h.borrow_mut() = Some(p));
        },
    )?;
    super::set_fn(
        ctx,
        obj,
        "importModule",
        |ctx: Ctx<'js>, url: String| -> rquickjs::Result<Promise<'js>> {
            let before = pending_urls();
            let p = Module::import(&ctx, url);
            match &p {
                Ok(p) if p.state() != rquickjs::promise::PromiseState::Rejected => {}
                _ => forget_failed(&before),
            }
            p
        },
    )?;
    super::set_fn(
        ctx,
        obj,
        "evalModule",
        |ctx: Ctx<'js>, source: String, url: String| -> rquickjs::Result<Promise<'js>> {
            let m = declare(&ctx, &url, source)?;
            let (_m, p) = m.eval()?;
            Ok(p)
        },
    )?;
    super::set_fn(
        ctx,
        obj,
        "requireModule",
        |ctx: Ctx<'js>, url: String| -> rquickjs::Result<Value<'js>> {
            if is_evaluating(&url) {
                return Err(cycle_error(&ctx, &url));
            }
            let before = pending_urls();
            REQUIRING.with(|r| r.set(r.get() + 1));
            let p = Module::import(&ctx, url.clone());
            REQUIRING.with(|r| r.set(r.get() - 1));
            let p = match p {
                Ok(p) => p,
                Err(e) => {
                    forget_failed(&before);
                    return Err(e);
                }
            };
            // The error is rethrown synchronously: it must not also count as unhandled.
            let then: Function = p.get("then")?;
            let noop = Function::new(ctx.clone(), || {})?;
            then.call::<_, Value>((
                rquickjs::function::This(p.clone()),
                Value::new_undefined(ctx.clone()),
                noop,
            ))?;
            match settle(&ctx, &p) {
                1 => p
                    .result::<Value>()
                    .unwrap_or_else(|| Ok(Value::new_undefined(ctx.clone()))),
                2 => {
                    forget_failed(&before);
                    let err = match p.result::<Value>() {
                        Some(Err(rquickjs::Error::Exception)) => ctx.catch(),
                        Some(Ok(v)) => v,
                        _ => ctx.catch(),
                    };
                    Err(ctx.throw(err))
                }
                _ => {
                    let f = hook(&ctx, "makeRequireAsyncError")?;
                    let e: Value = f.call((url,))?;
                    Err(ctx.throw(e))
                }
            }
        },
    )?;
    Ok(())
}
