//! internalBinding('util'): what util.inspect and util.types need from the engine.

use rquickjs::{qjs, Array, Ctx, Object, Value};

fn raw(v: &Value<'_>) -> qjs::JSValue {
    v.as_raw()
}

pub fn init<'js>(ctx: &Ctx<'js>, obj: &Object<'js>) -> rquickjs::Result<()> {
    super::set_fn(ctx, obj, "isPromise", |v: Value<'js>| unsafe {
        qjs::JS_IsPromise(raw(&v))
    })?;
    super::set_fn(ctx, obj, "isProxy", |v: Value<'js>| unsafe {
        qjs::JS_IsProxy(raw(&v))
    })?;
    // Namespace objects are null-prototype, non-extensible and tagged 'Module'.
    let is_ns: rquickjs::Function = ctx.eval(
        "(v) => v !== null && typeof v === 'object' && Object.getPrototypeOf(v) === null && \
         !Object.isExtensible(v) && Object.getOwnPropertyDescriptor(v, Symbol.toStringTag)?.value === 'Module'",
    )?;
    obj.set("isModuleNamespaceObject", is_ns)?;
    super::set_fn(
        ctx,
        obj,
        "getPromiseState",
        |ctx: Ctx<'js>, v: Value<'js>| -> rquickjs::Result<Array<'js>> {
            let arr = Array::new(ctx.clone())?;
            unsafe {
                let c = ctx.as_raw().as_ptr();
                let state = qjs::JS_PromiseState(c, raw(&v));
                let (n, result) = match state {
                    qjs::JSPromiseStateEnum_JS_PROMISE_FULFILLED => (
                        1,
                        Value::from_raw(ctx.clone(), qjs::JS_PromiseResult(c, raw(&v))),
                    ),
                    qjs::JSPromiseStateEnum_JS_PROMISE_REJECTED => (
                        2,
                        Value::from_raw(ctx.clone(), qjs::JS_PromiseResult(c, raw(&v))),
                    ),
                    _ => (0, Value::new_undefined(ctx.clone())),
                };
                arr.set(0, n)?;
                arr.set(1, result)?;
            }
            Ok(arr)
        },
    )?;
    super::set_fn(
        ctx,
        obj,
        "getProxyDetails",
        |ctx: Ctx<'js>,
         v: Value<'js>,
         fetch_target: rquickjs::function::Opt<bool>|
         -> rquickjs::Result<Value<'js>> {
            unsafe {
                if !qjs::JS_IsProxy(raw(&v)) {
                    return Ok(Value::new_undefined(ctx.clone()));
                }
                let c = ctx.as_raw().as_ptr();
                let target = Value::from_raw(ctx.clone(), qjs::JS_GetProxyTarget(c, raw(&v)));
                if fetch_target.0 == Some(false) {
                    return Ok(target);
                }
                let handler = Value::from_raw(ctx.clone(), qjs::JS_GetProxyHandler(c, raw(&v)));
                let arr = Array::new(ctx.clone())?;
                arr.set(0, target)?;
                arr.set(1, handler)?;
                Ok(arr.into_value())
            }
        },
    )?;
    super::set_fn(ctx, obj, "previewEntries", |ctx: Ctx<'js>| {
        Value::new_undefined(ctx)
    })?;
    Ok(())
}
