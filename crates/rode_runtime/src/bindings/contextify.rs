//! internalBinding('contextify'): compiling user code (the CommonJS wrapper, -e scripts).

use rquickjs::{context::EvalOptions, Ctx, Function, Object, Value};

fn eval_opts(filename: String) -> EvalOptions {
    let mut o = EvalOptions::default();
    o.global = true;
    o.strict = false;
    o.filename = Some(filename);
    o
}

/// Compiles `source` as the body of a function with `params`. The header stays on the
/// first line so line numbers in stack traces are the file's own.
pub fn compile_function<'js>(
    ctx: &Ctx<'js>,
    source: &str,
    filename: String,
    params: &[String],
) -> rquickjs::Result<Function<'js>> {
    let src = format!("(function ({}) {{{source}\n}})", params.join(", "));
    ctx.eval_with_options(src, eval_opts(filename))
}

pub fn init<'js>(ctx: &Ctx<'js>, obj: &Object<'js>) -> rquickjs::Result<()> {
    super::set_fn(
        ctx,
        obj,
        "compileFunction",
        |ctx: Ctx<'js>, source: String, filename: String, params: Vec<String>| {
            compile_function(&ctx, &source, filename, &params)
        },
    )?;
    super::set_fn(
        ctx,
        obj,
        "evalScript",
        |ctx: Ctx<'js>, source: String, filename: String| -> rquickjs::Result<Value<'js>> {
            ctx.eval_with_options(source, eval_opts(filename))
        },
    )?;
    Ok(())
}
