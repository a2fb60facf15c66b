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

/// Loads the wrapper function `(exports, require, module, internalBinding)` of lib/<id>.js.
pub fn compile<'js>(ctx: &Ctx<'js>, id: &str) -> rquickjs::Result<Function<'js>> {
    if let Some(dir) = std::env::var_os("RODE_LIB_DIR") {
        if let Some(f) = compile_from_dir(ctx, &dir.to_string_lossy(), id) {
            return f;
        }
    }
    let Ok(i) = BUILTINS.binary_search_by(|(k, _)| (*k).cmp(id)) else {
        return Err(rquickjs::Exception::throw_reference(
            ctx,
            &format!("No such built-in module: {id}"),
        ));
    };
    let bytes = BUILTINS[i].1;
    unsafe {
        let raw = ctx.as_raw().as_ptr();
        let obj = qjs::JS_ReadObject(
            raw,
            bytes.as_ptr(),
            bytes.len() as _,
            qjs::JS_READ_OBJ_BYTECODE as i32,
        );
        if qjs::JS_IsException(obj) {
            return Err(rquickjs::Error::Exception);
        }
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
