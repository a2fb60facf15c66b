//! The embedded lib/: bytecode built by build.rs, turned back into wrapper functions on
//! first require (ARCHITECTURE.md, rule 7), and the bootstrap that starts the JS side.

use rquickjs::{qjs, Ctx, Function, Object, Value};

include!(concat!(env!("OUT_DIR"), "/lib_bytecode.rs"));

/// Ids of every file in lib/, sorted (from RODE_LIB_DIR when set; see compile_from_dir).
pub fn ids() -> Vec<String> {
    if let Some(dir) = std::env::var_os("RODE_LIB_DIR") {
        let root = std::path::PathBuf::from(dir);
        let mut out = Vec::new();
        collect_ids(&root, &root, &mut out);
        out.sort();
        return out;
    }
    BUILTINS.iter().map(|(id, _)| id.to_string()).collect()
}

/// Whether lib/<id>.js exists (answered without building the list of ids).
pub fn exists(id: &str) -> bool {
    if std::env::var_os("RODE_LIB_DIR").is_some() {
        return ids().iter().any(|i| i == id);
    }
    BUILTINS.binary_search_by(|(k, _)| (*k).cmp(id)).is_ok()
}

fn collect_ids(dir: &std::path::Path, root: &std::path::Path, out: &mut Vec<String>) {
    let Ok(rd) = std::fs::read_dir(dir) else {
        return;
    };
    for e in rd.flatten() {
        let p = e.path();
        if p.is_dir() {
            collect_ids(&p, root, out);
        } else if p.extension().is_some_and(|x| x == "js") {
            if let Ok(rel) = p.with_extension("").strip_prefix(root) {
                out.push(rel.to_string_lossy().into_owned());
            }
        }
    }
}

/// Development aid: with RODE_LIB_DIR set, lib/ is compiled from that folder's sources
/// at run time instead of the embedded bytecode, so JS changes need no rebuild.
fn compile_from_dir<'js>(
    ctx: &Ctx<'js>,
    dir: &str,
    id: &str,
) -> Option<rquickjs::Result<Function<'js>>> {
    let body = std::fs::read_to_string(format!("{dir}/{id}.js")).ok()?;
    let src = format!(
        "(function (exports, require, module, internalBinding) {{ 'use strict'; {body}\n}})"
    );
    let mut opts = rquickjs::context::EvalOptions::default();
    opts.global = true;
    opts.filename = Some(format!("node:{id}"));
    Some(ctx.eval_with_options(src, opts))
}

thread_local! {
    /// The start-up blob once read: an array of compiled scripts indexed like
    /// STARTUP_IDS, each slot emptied when its builtin is compiled.
    static STARTUP: std::cell::Cell<Option<qjs::JSValue>> = const { std::cell::Cell::new(None) };
}

/// The compiled script of a start-up builtin, taken out of the blob (read on first
/// use). None when `id` is not in the blob, was taken already, or the blob is unusable.
unsafe fn take_startup_bytecode(raw: *mut qjs::JSContext, id: &str) -> Option<qjs::JSValue> {
    let i = STARTUP_IDS.binary_search(&id).ok()?;
    let arr = match STARTUP.with(|c| c.get()) {
        Some(arr) => arr,
        None => {
            let arr = qjs::JS_ReadObject(
                raw,
                STARTUP_BLOB.as_ptr(),
                STARTUP_BLOB.len() as _,
                qjs::JS_READ_OBJ_BYTECODE as i32,
            );
            if qjs::JS_IsException(arr) {
                // Not expected (the blob is built with this engine); fall back to the
                // per-file bytecode for good.
                qjs::JS_FreeValue(raw, qjs::JS_GetException(raw));
                STARTUP.with(|c| c.set(Some(qjs::JS_UNDEFINED)));
                return None;
            }
            STARTUP.with(|c| c.set(Some(arr)));
            arr
        }
    };
    if !qjs::JS_IsObject(arr) {
        return None;
    }
    let v = qjs::JS_GetPropertyUint32(raw, arr, i as u32);
    if qjs::JS_VALUE_GET_TAG(v) != qjs::JS_TAG_FUNCTION_BYTECODE {
        qjs::JS_FreeValue(raw, v);
        return None;
    }
    // The slot lets go of it, so the bytecode is freed with the builtin's function.
    qjs::JS_SetPropertyUint32(raw, arr, i as u32, qjs::JS_UNDEFINED);
    Some(v)
}

/// Loads the wrapper function `(exports, require, module, internalBinding)` of lib/<id>.js.
pub fn compile<'js>(ctx: &Ctx<'js>, id: &str) -> rquickjs::Result<Function<'js>> {
    if let Some(dir) = std::env::var_os("RODE_LIB_DIR") {
        if let Some(f) = compile_from_dir(ctx, &dir.to_string_lossy(), id) {
            return f;
        }
    }
    let raw = ctx.as_raw().as_ptr();
    let obj = match unsafe { take_startup_bytecode(raw, id) } {
        Some(obj) => obj,
        None => {
            let Ok(i) = BUILTINS.binary_search_by(|(k, _)| (*k).cmp(id)) else {
                return Err(rquickjs::Exception::throw_reference(
                    ctx,
                    &format!("No such built-in module: {id}"),
                ));
            };
            let bytes = BUILTINS[i].1;
            let obj = unsafe {
                qjs::JS_ReadObject(
                    raw,
                    bytes.as_ptr(),
                    bytes.len() as _,
                    qjs::JS_READ_OBJ_BYTECODE as i32,
                )
            };
            if unsafe { qjs::JS_IsException(obj) } {
                return Err(rquickjs::Error::Exception);
            }
            obj
        }
    };
    unsafe {
        let f = qjs::JS_EvalFunction(raw, obj);
        if qjs::JS_IsException(f) {
            return Err(rquickjs::Error::Exception);
        }
        let v = Value::from_raw(ctx.clone(), f);
        v.into_function().ok_or_else(|| {
            rquickjs::Exception::throw_type(ctx, "builtin did not evaluate to a function")
        })
    }
}

/// Starts the JS side: realm (the builtin loader), then the node bootstrap, which
/// installs globals and runs the program.
pub fn bootstrap<'js>(ctx: &Ctx<'js>) -> rquickjs::Result<()> {
    let realm = compile(ctx, "internal/bootstrap/realm")?;
    let exports = Object::new(ctx.clone())?;
    let module = Object::new(ctx.clone())?;
    module.set("exports", exports.clone())?;
    let internal_binding = crate::bindings::internal_binding_function(ctx)?;
    realm.call::<_, Value>((
        exports.clone(),
        Value::new_undefined(ctx.clone()),
        module.clone(),
        internal_binding,
    ))?;
    let exports: Object = module.get("exports")?;
    let require: Function = exports.get("requireBuiltin")?;
    let node: Object = require.call(("internal/bootstrap/node",))?;
    let start: Function = node.get("start")?;
    start.call::<_, Value>(())?;
    Ok(())
}
