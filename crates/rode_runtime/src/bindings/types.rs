//! internalBinding('types'): util.types checks as engine class-id tests. They never run
//! user code, never throw, and answer false for proxies (but isProxy).

use rquickjs::{function::Opt, object::Property, qjs, Ctx, Function, Object, Value};

/// Class ids of the engine's built-in object kinds, read once from sample objects.
fn class_of(ctx: &Ctx<'_>, src: &str) -> rquickjs::Result<u32> {
    let v: Value = ctx.eval(src)?;
    Ok(unsafe { qjs::JS_GetClassID(v.as_raw()) })
}

fn class_id(v: &Opt<Value<'_>>) -> Option<u32> {
    match &v.0 {
        Some(v) if v.is_object() => Some(unsafe { qjs::JS_GetClassID(v.as_raw()) }),
        _ => None,
    }
}

/// Sets a check on the binding as `name` with length 1 (lib/internal/util/types.js
/// renames the ones V8 provides nameless in Node).
fn put<'js>(obj: &Object<'js>, name: &str, f: Function<'js>) -> rquickjs::Result<()> {
    let f = f.with_name(name)?;
    f.as_object()
        .map(|o| o.prop("length", Property::from(1).configurable()))
        .transpose()?;
    obj.set(name, f)
}

pub fn init<'js>(ctx: &Ctx<'js>, obj: &Object<'js>) -> rquickjs::Result<()> {
    let single: &[(&str, &str)] = &[
        ("isMap", "new Map()"),
        ("isSet", "new Set()"),
        ("isWeakMap", "new WeakMap()"),
        ("isWeakSet", "new WeakSet()"),
        ("isDate", "new Date(0)"),
        ("isRegExp", "/x/"),
        ("isArrayBuffer", "new ArrayBuffer(0)"),
        ("isSharedArrayBuffer", "new SharedArrayBuffer(0)"),
        ("isDataView", "new DataView(new ArrayBuffer(0))"),
        ("isNumberObject", "new Number(0)"),
        ("isStringObject", "new String('')"),
        ("isBooleanObject", "new Boolean(false)"),
        ("isBigIntObject", "Object(0n)"),
        ("isSymbolObject", "Object(Symbol())"),
        ("isMapIterator", "new Map().entries()"),
        ("isSetIterator", "new Set().values()"),
        ("isNativeError", "new Error()"),
        ("isPromise", "Promise.resolve()"),
        ("isWeakRef", "new WeakRef({})"),
    ];
    for (name, src) in single {
        let id = class_of(ctx, src)?;
        let f = Function::new(ctx.clone(), move |v: Opt<Value<'js>>| {
            class_id(&v) == Some(id)
        })?;
        put(obj, name, f)?;
    }
    // ctx.eval is strict: a Function-constructor body is sloppy, so its arguments are mapped.
    let mapped = class_of(ctx, "new Function('a', 'return arguments')(1)")?;
    let unmapped = class_of(ctx, "(function (a) { 'use strict'; return arguments; })(1)")?;
    put(
        obj,
        "isArgumentsObject",
        Function::new(
            ctx.clone(),
            move |v: Opt<Value<'js>>| matches!(class_id(&v), Some(c) if c == mapped || c == unmapped),
        )?,
    )?;
    // Generator objects, sync and async.
    let gens = [
        class_of(ctx, "(function* () {})()")?,
        class_of(ctx, "(async function* () {})()")?,
    ];
    put(
        obj,
        "isGeneratorObject",
        Function::new(ctx.clone(), move |v: Opt<Value<'js>>| {
            class_id(&v).is_some_and(|c| gens.contains(&c))
        })?,
    )?;
    let boxed: Vec<u32> = [
        "new Number(0)",
        "new String('')",
        "new Boolean(false)",
        "Object(0n)",
        "Object(Symbol())",
    ]
    .iter()
    .map(|s| class_of(ctx, s))
    .collect::<rquickjs::Result<_>>()?;
    put(
        obj,
        "isBoxedPrimitive",
        Function::new(ctx.clone(), move |v: Opt<Value<'js>>| {
            class_id(&v).is_some_and(|c| boxed.contains(&c))
        })?,
    )?;
    let buffers = [
        class_of(ctx, "new ArrayBuffer(0)")?,
        class_of(ctx, "new SharedArrayBuffer(0)")?,
    ];
    put(
        obj,
        "isAnyArrayBuffer",
        Function::new(ctx.clone(), move |v: Opt<Value<'js>>| {
            class_id(&v).is_some_and(|c| buffers.contains(&c))
        })?,
    )?;
    Ok(())
}
