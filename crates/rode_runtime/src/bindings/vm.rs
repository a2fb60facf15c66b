//! internalBinding('vm'): extra realms for the `vm` module. Each is an engine context in
//! the same runtime, so values pass between realms freely; lib/vm.js makes a sandbox
//! object act as the realm's global by copying properties in and out around each run.

use rquickjs::{qjs, Ctx, Exception, Object, Value};
use std::cell::RefCell;
use std::ffi::CString;

thread_local! {
    /// Realms never freed: a vm context lives as long as the process (for now).
    static REALMS: RefCell<Vec<usize>> = const { RefCell::new(Vec::new()) };
}

fn realm(id: usize) -> Option<*mut qjs::JSContext> {
    REALMS.with(|r| r.borrow().get(id).map(|p| *p as *mut qjs::JSContext))
}

/// Evaluates `source` as a global script in the raw context `target`, converting the
/// result (or the exception) for `ctx`.
fn eval_in<'js>(
    ctx: &Ctx<'js>,
    target: *mut qjs::JSContext,
    source: &str,
    filename: &str,
    compile_only: bool,
) -> rquickjs::Result<Value<'js>> {
    let src = CString::new(source)
        .map_err(|_| Exception::throw_syntax(ctx, "source contains a NUL byte"))?;
    let name = CString::new(filename)
        .map_err(|_| Exception::throw_type(ctx, "filename contains a NUL byte"))?;
    let mut flags = qjs::JS_EVAL_TYPE_GLOBAL as i32;
    if compile_only {
        flags |= qjs::JS_EVAL_FLAG_COMPILE_ONLY as i32;
    }
    unsafe {
        let v = qjs::JS_Eval(
            target,
            src.as_ptr(),
            source.len() as _,
            name.as_ptr(),
            flags,
        );
        if qjs::JS_IsException(v) {
            let exc = qjs::JS_GetException(target);
            let exc = Value::from_raw(ctx.clone(), exc);
            return Err(ctx.throw(exc));
        }
        if compile_only {
            qjs::JS_FreeValue(target, v);
            return Ok(Value::new_undefined(ctx.clone()));
        }
        Ok(Value::from_raw(ctx.clone(), v))
    }
}

pub fn init<'js>(ctx: &Ctx<'js>, obj: &Object<'js>) -> rquickjs::Result<()> {
    // createContext() -> [id, global of the new realm]
    super::set_fn(
        ctx,
        obj,
        "createContext",
        |ctx: Ctx<'js>| -> rquickjs::Result<Vec<Value<'js>>> {
            unsafe {
                let rt = qjs::JS_GetRuntime(ctx.as_raw().as_ptr());
                let c = qjs::JS_NewContext(rt);
                if c.is_null() {
                    return Err(Exception::throw_internal(
                        &ctx,
                        "could not create a context",
                    ));
                }
                let id = REALMS.with(|r| {
                    let mut r = r.borrow_mut();
                    r.push(c as usize);
                    r.len() - 1
                });
                let global = Value::from_raw(ctx.clone(), qjs::JS_GetGlobalObject(c));
                Ok(vec![Value::new_int(ctx.clone(), id as i32), global])
            }
        },
    )?;
    // runInContext(id, source, filename) -> completion value
    super::set_fn(
        ctx,
        obj,
        "runInContext",
        |ctx: Ctx<'js>,
         id: usize,
         source: String,
         filename: String|
         -> rquickjs::Result<Value<'js>> {
            let Some(target) = realm(id) else {
                return Err(Exception::throw_type(&ctx, "not a vm context"));
            };
            eval_in(&ctx, target, &source, &filename, false)
        },
    )?;
    // compileScript(source, filename): throws the SyntaxError a later run would throw.
    super::set_fn(
        ctx,
        obj,
        "compileScript",
        |ctx: Ctx<'js>, source: String, filename: String| -> rquickjs::Result<Value<'js>> {
            let raw = ctx.as_raw().as_ptr();
            eval_in(&ctx, raw, &source, &filename, true)
        },
    )?;
    Ok(())
}
