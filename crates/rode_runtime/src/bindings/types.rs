//! internalBinding('types'): util.types checks as engine class-id tests. They never run
//! user code, never throw, and answer false for proxies (but isProxy).

use rquickjs::{function::Opt, object::Property, qjs, Ctx, Function, Object, Value};

use crate::class_ids as cls;

fn class_id(v: &Opt<Value<'_>>) -> Option<u32> {
    match &v.0 {
        Some(v) if v.is_object() => Some(unsafe { qjs::JS_GetClassID(v.as_raw()) }),
        _ => None,
    }
}

/// Sets a check on the binding. Node's checks that come from V8 are nameless with
/// length 0 (util.types.isMap.name === ''); isDataView is a JS function of one argument.
fn put<'js>(obj: &Object<'js>, name: &str, f: Function<'js>) -> rquickjs::Result<()> {
    let (shown, length) = if name == "isDataView" {
        (name, 1)
    } else {
        ("", 0)
    };
    let f = f.with_name(shown)?;
    f.as_object()
        .map(|o| o.prop("length", Property::from(length).configurable()))
        .transpose()?;
    obj.set(name, f)
}

pub fn init<'js>(ctx: &Ctx<'js>, obj: &Object<'js>) -> rquickjs::Result<()> {
    let single: &[(&str, u32)] = &[
        ("isMap", cls::MAP),
        ("isSet", cls::SET),
        ("isWeakMap", cls::WEAK_MAP),
        ("isWeakSet", cls::WEAK_SET),
        ("isDate", cls::DATE),
        ("isRegExp", cls::REGEXP),
        ("isArrayBuffer", cls::ARRAY_BUFFER),
        ("isSharedArrayBuffer", cls::SHARED_ARRAY_BUFFER),
        ("isDataView", cls::DATA_VIEW),
        ("isNumberObject", cls::NUMBER),
        ("isStringObject", cls::STRING),
        ("isBooleanObject", cls::BOOLEAN),
        ("isBigIntObject", cls::BIG_INT),
        ("isSymbolObject", cls::SYMBOL),
        ("isMapIterator", cls::MAP_ITERATOR),
        ("isSetIterator", cls::SET_ITERATOR),
        ("isNativeError", cls::ERROR),
        ("isPromise", cls::PROMISE),
        ("isWeakRef", cls::WEAK_REF),
    ];
    for &(name, id) in single {
        let f = Function::new(ctx.clone(), move |v: Opt<Value<'js>>| {
            class_id(&v) == Some(id)
        })?;
        put(obj, name, f)?;
    }
    put(
        obj,
        "isArgumentsObject",
        Function::new(
            ctx.clone(),
            move |v: Opt<Value<'js>>| matches!(class_id(&v), Some(c) if c == cls::MAPPED_ARGUMENTS || c == cls::ARGUMENTS),
        )?,
    )?;
    // Generator objects, sync and async.
    put(
        obj,
        "isGeneratorObject",
        Function::new(
            ctx.clone(),
            move |v: Opt<Value<'js>>| matches!(class_id(&v), Some(c) if c == cls::GENERATOR || c == cls::ASYNC_GENERATOR),
        )?,
    )?;
    let boxed = [
        cls::NUMBER,
        cls::STRING,
        cls::BOOLEAN,
        cls::BIG_INT,
        cls::SYMBOL,
    ];
    put(
        obj,
        "isBoxedPrimitive",
        Function::new(ctx.clone(), move |v: Opt<Value<'js>>| {
            class_id(&v).is_some_and(|c| boxed.contains(&c))
        })?,
    )?;
    let buffers = [cls::ARRAY_BUFFER, cls::SHARED_ARRAY_BUFFER];
    put(
        obj,
        "isAnyArrayBuffer",
        Function::new(ctx.clone(), move |v: Opt<Value<'js>>| {
            class_id(&v).is_some_and(|c| buffers.contains(&c))
        })?,
    )?;
    Ok(())
}
