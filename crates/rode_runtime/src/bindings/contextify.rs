//! internalBinding('contextify'): compiling user code (the CommonJS wrapper, -e scripts).

use rquickjs::{context::EvalOptions, qjs, Ctx, Function, Object, Value};

fn eval_opts(filename: String) -> EvalOptions {
    let mut o = EvalOptions::default();
    o.global = true;
    o.strict = false;
    o.filename = Some(filename);
    o
}

/// Compiles `source` as the body of a function with `params`. The wrapper's header sits
/// on lines of its own numbered -1 and 0, so the source's lines and columns in stack
/// traces are the file's own (the engine takes no line offset of 0, but takes -1).
pub fn compile_function<'js>(
    ctx: &Ctx<'js>,
    source: &str,
    filename: String,
    params: &[String],
) -> rquickjs::Result<Function<'js>> {
    let src = format!("(function ({}) {{\n\n{source}\n}})", params.join(", "));
    let c_src = std::ffi::CString::new(src.clone())
        .map_err(|_| rquickjs::Exception::throw_syntax(ctx, "source contains a NUL byte"))?;
    let c_name = std::ffi::CString::new(filename)
        .map_err(|_| rquickjs::Exception::throw_type(ctx, "filename contains a NUL byte"))?;
    let mut opts = qjs::JSEvalOptions {
        version: qjs::JS_EVAL_OPTIONS_VERSION as i32,
        eval_flags: qjs::JS_EVAL_TYPE_GLOBAL as i32,
        filename: c_name.as_ptr(),
        line_num: -1,
    };
    let v = unsafe {
        let r = qjs::JS_Eval2(
            ctx.as_raw().as_ptr(),
            c_src.as_ptr(),
            src.len() as _,
            &mut opts,
        );
        if qjs::JS_IsException(r) {
            return Err(rquickjs::Error::Exception);
        }
        Value::from_raw(ctx.clone(), r)
    };
    let f = v.into_function().ok_or_else(|| {
        rquickjs::Exception::throw_type(ctx, "wrapper did not compile to a function")
    })?;
    // V8 names a module's top-level frame after its receiver: "Object.<anonymous>".
    if let Some(o) = f.as_object() {
        o.prop(
            "name",
            rquickjs::object::Property::from("Object.<anonymous>").configurable(),
        )?;
    }
    Ok(f)
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
