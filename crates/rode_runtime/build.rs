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

/// The builtins every program loads (running a CommonJS file: see RODE_TRACE_BUILTINS).
/// They are also written together as one blob, read once at start-up: the atoms they
/// share (most identifiers) are then interned once instead of once per file. A module
/// listed here that a run doesn't need only costs its read; one missing is read alone.
const STARTUP: &[&str] = &[
    "events",
    "internal/bootstrap/node",
    "internal/bootstrap/process",
    "internal/bootstrap/realm",
    "internal/bootstrap/stack_trace",
    "internal/console/constructor",
    "internal/console/global",
    "internal/main/run",
    "internal/modules/cjs/loader",
    "internal/modules/esm/lazy",
    "internal/modules/helpers",
    "internal/modules/package_json_reader",
    "internal/modules/run_main",
    "internal/path/common",
    "internal/process/promises",
    "internal/process/signals",
    "internal/process/stdio",
    "internal/process/task_queues",
    "path",
];

/// Objects whose engine class ids the type-check bindings need. Reading the ids here,
/// from the same engine build, spares every start-up from compiling these snippets.
const CLASS_SAMPLES: &[(&str, &str)] = &[
    ("MAP", "new Map()"),
    ("SET", "new Set()"),
    ("WEAK_MAP", "new WeakMap()"),
    ("WEAK_SET", "new WeakSet()"),
    ("DATE", "new Date(0)"),
    ("REGEXP", "/x/"),
    ("ARRAY_BUFFER", "new ArrayBuffer(0)"),
    ("SHARED_ARRAY_BUFFER", "new SharedArrayBuffer(0)"),
    ("DATA_VIEW", "new DataView(new ArrayBuffer(0))"),
    ("NUMBER", "new Number(0)"),
    ("STRING", "new String('')"),
    ("BOOLEAN", "new Boolean(false)"),
    ("BIG_INT", "Object(0n)"),
    ("SYMBOL", "Object(Symbol())"),
    ("MAP_ITERATOR", "new Map().entries()"),
    ("SET_ITERATOR", "new Set().values()"),
    ("ERROR", "new Error()"),
    ("PROMISE", "Promise.resolve()"),
    ("WEAK_REF", "new WeakRef({})"),
    (
        "MAPPED_ARGUMENTS",
        "(function (a) { return arguments; })(1)",
    ),
    (
        "ARGUMENTS",
        "(function (a) { 'use strict'; return arguments; })(1)",
    ),
    ("GENERATOR", "(function* () {})()"),
    ("ASYNC_GENERATOR", "(async function* () {})()"),
];

unsafe fn class_ids(ctx: *mut qjs::JSContext) -> String {
    let mut out = String::from("// Engine class ids, read by build.rs from sample objects.\n");
    for (name, src) in CLASS_SAMPLES {
        let csrc = CString::new(*src).unwrap();
        // A sloppy-mode global script, so the first arguments sample is a mapped one.
        let v = qjs::JS_Eval(
            ctx,
            csrc.as_ptr(),
            src.len() as _,
            c"<class-ids>".as_ptr(),
            qjs::JS_EVAL_TYPE_GLOBAL as i32,
        );
        assert!(!qjs::JS_IsException(v), "class sample {src} failed");
        let id = qjs::JS_GetClassID(v);
        qjs::JS_FreeValue(ctx, v);
        writeln!(out, "pub const {name}: u32 = {id};").unwrap();
    }
    out
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
        let startup = qjs::JS_NewArray(ctx);
        std::fs::write(out_dir.join("class_ids.rs"), class_ids(ctx)).unwrap();
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
            if let Some(i) = STARTUP.iter().position(|s| s == id) {
                qjs::JS_SetPropertyUint32(ctx, startup, i as u32, obj);
            } else {
                qjs::JS_FreeValue(ctx, obj);
            }
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
        let mut len: u64 = 0;
        let flags = qjs::JS_WRITE_OBJ_BYTECODE | qjs::JS_WRITE_OBJ_STRIP_SOURCE;
        let buf = qjs::JS_WriteObject(ctx, &mut len, startup, flags as i32);
        assert!(!buf.is_null(), "could not write the start-up blob");
        let bytes = std::slice::from_raw_parts(buf, len as usize).to_vec();
        qjs::js_free(ctx, buf as _);
        qjs::JS_FreeValue(ctx, startup);
        std::fs::write(out_dir.join("startup.qbc"), &bytes).unwrap();
        qjs::JS_FreeContext(ctx);
        qjs::JS_FreeRuntime(rt);
    }
    table.push_str("];\n");
    assert!(
        STARTUP.windows(2).all(|w| w[0] < w[1]),
        "STARTUP must be sorted (the runtime binary-searches it)"
    );
    for id in STARTUP {
        assert!(
            files.iter().any(|(f, _)| f == id),
            "STARTUP names lib/{id}.js, which does not exist"
        );
    }
    writeln!(table, "pub static STARTUP_IDS: &[&str] = &{STARTUP:?};").unwrap();
    writeln!(
        table,
        "pub static STARTUP_BLOB: &[u8] = include_bytes!({:?});",
        out_dir.join("startup.qbc").display().to_string()
    )
    .unwrap();
    std::fs::write(out_dir.join("lib_bytecode.rs"), table).unwrap();
}
