//! internalBinding(name): the native modules lib/ builds on, one file each. Bindings are
//! glue: they convert values and call engine-free work (rode_uv, plain Rust functions).

use rquickjs::{Ctx, Exception, Function, Object};

pub mod buffer;
pub mod contextify;
pub mod credentials;
pub mod crypto;
pub mod encoding;
pub mod errors;
pub mod fs;
pub mod module_wrap;
pub mod os;
pub mod process;
pub mod process_wrap;
pub mod repl;
pub mod signal_wrap;
pub mod spawn_sync;
pub mod stdio;
pub mod task_queue;
pub mod timers;
pub mod types;
pub mod url;
pub mod util;
pub mod vm;

/// Adds a native function `name` to `obj`.
pub fn set_fn<'js, F, P>(
    ctx: &Ctx<'js>,
    obj: &Object<'js>,
    name: &str,
    f: F,
) -> rquickjs::Result<()>
where
    F: rquickjs::function::IntoJsFunc<'js, P> + 'js,
{
    let func = Function::new(ctx.clone(), f)?.with_name(name)?;
    obj.set(name, func)
}

fn build<'js>(ctx: &Ctx<'js>, name: &str) -> rquickjs::Result<Object<'js>> {
    let obj = Object::new(ctx.clone())?;
    match name {
        "buffer" => buffer::init(ctx, &obj)?,
        "contextify" => contextify::init(ctx, &obj)?,
        "credentials" => credentials::init(ctx, &obj)?,
        "crypto" => crypto::init(ctx, &obj)?,
        "encoding" => encoding::init(ctx, &obj)?,
        "errors" => errors::init(ctx, &obj)?,
        "fs" => fs::init(ctx, &obj)?,
        "module_wrap" => module_wrap::init(ctx, &obj)?,
        "os" => os::init(ctx, &obj)?,
        "process_methods" => process::init(ctx, &obj)?,
        "process_wrap" => process_wrap::init(ctx, &obj)?,
        "repl" => repl::init(ctx, &obj)?,
        "signal_wrap" => signal_wrap::init(ctx, &obj)?,
        "spawn_sync" => spawn_sync::init(ctx, &obj)?,
        "stdio" => stdio::init(ctx, &obj)?,
        "task_queue" => task_queue::init(ctx, &obj)?,
        "timers" => timers::init(ctx, &obj)?,
        "types" => types::init(ctx, &obj)?,
        "url" => url::init(ctx, &obj)?,
        "util" => util::init(ctx, &obj)?,
        "vm" => vm::init(ctx, &obj)?,
        "options" => return crate::host::options_object(ctx),
        "builtins" => {
            // The list is built on request: start-up only asks about single ids.
            set_fn(ctx, &obj, "ids", crate::builtins::ids)?;
            set_fn(ctx, &obj, "exists", |id: String| {
                crate::builtins::exists(&id)
            })?;
            set_fn(ctx, &obj, "compileFunction", |ctx: Ctx<'js>, id: String| {
                crate::builtins::compile(&ctx, &id)
            })?;
        }
        _ => {
            return Err(Exception::throw_message(
                ctx,
                &format!("No such binding: {name}"),
            ))
        }
    }
    Ok(obj)
}

/// The `internalBinding` function handed to lib/internal/bootstrap/realm.js (which caches).
pub fn internal_binding_function<'js>(ctx: &Ctx<'js>) -> rquickjs::Result<Function<'js>> {
    Function::new(ctx.clone(), |ctx: Ctx<'js>, name: String| {
        build(&ctx, &name)
    })?
    .with_name("internalBinding")
}
