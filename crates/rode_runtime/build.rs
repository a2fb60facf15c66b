//! Compiles every file of lib/ to QuickJS bytecode and embeds it (ARCHITECTURE.md, rule 7):
//! each file becomes the function `(exports, require, module, internalBinding)` whose body
//! is the file, compiled under the name `node:<id>` so that stack frames read like Node's.

use rquickjs::qjs;
use std::ffi::CString;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

fn collect(dir: &Path, root: &Path, out: &mut Vec<(String, PathBuf)>) {
    let Ok(rd) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in rd.flatten() {
        let p = entry.path();
        if p.is_dir() {
            collect(&p, root, out);
        } else if p.extension().is_some_and(|e| e == "js") {
            let rel = p.strip_prefix(root).unwrap().with_extension("");
            out.push((rel.to_string_lossy().replace('\\', "/"), p));
        }
    }
}

fn main() {
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap());
    let lib = manifest.join("../../lib");
    println!("cargo:rerun-if-changed={}", lib.display());
    let mut files = Vec::new();
    collect(&lib, &lib, &mut files);
    files.sort();
    for (_, p) in &files {
        println!("cargo:rerun-if-changed={}", p.display());
    }
    let out_dir = PathBuf::from(std::env::var("OUT_DIR").unwrap());
    let mut table = String::from("pub static BUILTINS: &[(&str, &[u8])] = &[\n");
    unsafe {
        let rt = qjs::JS_NewRuntime();
        let ctx = qjs::JS_NewContext(rt);
        for (id, path) in &files {
            let body = std::fs::read_to_string(path).unwrap();
            // The wrapper stays on the first line so line numbers match the file.
            let src = format!(
                "(function (exports, require, module, internalBinding) {{ 'use strict'; {body}\n}})"
            );
            let csrc = CString::new(src.clone()).unwrap();
            let name = CString::new(format!("node:{id}")).unwrap();
            let obj = qjs::JS_Eval(
                ctx,
                csrc.as_ptr(),
                src.len() as _,
                name.as_ptr(),
                (qjs::JS_EVAL_TYPE_GLOBAL | qjs::JS_EVAL_FLAG_COMPILE_ONLY) as i32,
            );
            if qjs::JS_IsException(obj) {
                let exc = qjs::JS_GetException(ctx);
                let s = qjs::JS_ToCString(ctx, exc);
                let msg = std::ffi::CStr::from_ptr(s).to_string_lossy().into_owned();
                let stack = qjs::JS_GetPropertyStr(ctx, exc, c"stack".as_ptr());
                let st = qjs::JS_ToCString(ctx, stack);
                let stack_s = std::ffi::CStr::from_ptr(st).to_string_lossy().into_owned();
                panic!("lib/{id}.js does not compile: {msg}\n{stack_s}");
            }
            let mut len: u64 = 0;
            // Without the source text (kept for Function.prototype.toString) the bytecode is a
            // fraction of the size and loads faster; line tables stay for stack traces.
            let flags = qjs::JS_WRITE_OBJ_BYTECODE | qjs::JS_WRITE_OBJ_STRIP_SOURCE;
            let buf = qjs::JS_WriteObject(ctx, &mut len, obj, flags as i32);
            let bytes = std::slice::from_raw_parts(buf, len as usize).to_vec();
            qjs::js_free(ctx, buf as _);
            qjs::JS_FreeValue(ctx, obj);
            let file = out_dir.join(format!("{}.qbc", id.replace('/', "__")));
            std::fs::write(&file, &bytes).unwrap();
            writeln!(
                table,
                "    ({:?}, include_bytes!({:?})),",
                id,
                file.display().to_string()
            )
            .unwrap();
        }
        qjs::JS_FreeContext(ctx);
        qjs::JS_FreeRuntime(rt);
    }
    table.push_str("];\n");
    std::fs::write(out_dir.join("lib_bytecode.rs"), table).unwrap();
}
