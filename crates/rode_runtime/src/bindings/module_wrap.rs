//! internalBinding('module_wrap'): ES modules run by the engine. Resolution and loading
//! are decided in JS (lib/internal/modules/esm/); this file wires the engine's loader
//! hooks to those callbacks and offers import/require/eval of modules.

use crate::{engine, host};
use rquickjs::loader::ImportAttributes;
use rquickjs::module::Declared;
use rquickjs::{Ctx, Exception, Function, Module, Object, Persistent, Promise, Value};
use std::cell::RefCell;

thread_local! {
    static HOOKS: RefCell<Option<Persistent<Object<'static>>>> = const { RefCell::new(None) };
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
        let f = hook(ctx, "resolve")?;
        let ty = attributes.and_then(|a| a.get_type().ok().flatten());
        f.call((name, base, ty))
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
        let source: String = hook(ctx, "load")?.call((name,))?;
        declare(ctx, name, source)
    }
}

fn declare<'js>(
    ctx: &Ctx<'js>,
    url: &str,
    source: String,
) -> rquickjs::Result<Module<'js, Declared>> {
    let m = Module::declare(ctx.clone(), url, source)?;
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
            Module::import(&ctx, url)
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
            let p = Module::import(&ctx, url.clone())?;
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
    let _ = host::state;
    Ok(())
}
