//! internalBinding('util'): what util.inspect and util.types need from the engine.

use rquickjs::{qjs, Array, Ctx, Object, Value};

/// Copies `source`'s own properties but `skip` onto `target` with their attributes,
/// functions bound to `target`, named by their key and (string-keyed ones) of length
/// 0: how the global console is made from Console.prototype (in JS, a descriptor object per property made this a
/// noticeable share of start-up).
fn bind_methods<'js>(
    ctx: Ctx<'js>,
    source: Object<'js>,
    target: Object<'js>,
    skip: String,
) -> rquickjs::Result<()> {
    unsafe {
        let c = ctx.as_raw().as_ptr();
        let (src, dst) = (source.as_raw(), target.as_raw());
        let mut tab: *mut qjs::JSPropertyEnum = std::ptr::null_mut();
        let mut len: u32 = 0;
        let mask = (qjs::JS_GPN_STRING_MASK | qjs::JS_GPN_SYMBOL_MASK) as i32;
        if qjs::JS_GetOwnPropertyNames(c, &mut tab, &mut len, src, mask) < 0 {
            return Err(rquickjs::Error::Exception);
        }
        let name_atom = qjs::JS_NewAtom(c, c"name".as_ptr());
        let bind_atom = qjs::JS_NewAtom(c, c"bind".as_ptr());
        let length_atom = qjs::JS_NewAtom(c, c"length".as_ptr());
        let skip_atom = qjs::JS_NewAtomLen(c, skip.as_ptr() as _, skip.len() as _);
        let mut failed = false;
        for i in 0..len as usize {
            let atom = (*tab.add(i)).atom;
            if atom == skip_atom {
                continue;
            }
            let mut desc: qjs::JSPropertyDescriptor = std::mem::zeroed();
            let r = qjs::JS_GetOwnProperty(c, &mut desc, src, atom);
            if r < 0 {
                failed = true;
                break;
            }
            if r == 0 {
                continue;
            }
            let flags = desc.flags & qjs::JS_PROP_C_W_E as i32;
            if desc.flags & qjs::JS_PROP_GETSET as i32 != 0 {
                let has = (qjs::JS_PROP_HAS_GET
                    | qjs::JS_PROP_HAS_SET
                    | qjs::JS_PROP_HAS_CONFIGURABLE
                    | qjs::JS_PROP_HAS_ENUMERABLE) as i32;
                let r = qjs::JS_DefineProperty(
                    c,
                    dst,
                    atom,
                    qjs::JS_UNDEFINED,
                    desc.getter,
                    desc.setter,
                    flags | has,
                );
                qjs::JS_FreeValue(c, desc.getter);
                qjs::JS_FreeValue(c, desc.setter);
                qjs::JS_FreeValue(c, desc.value);
                if r < 0 {
                    failed = true;
                    break;
                }
                continue;
            }
            let mut value = desc.value;
            if qjs::JS_IsFunction(c, value) {
                let bind = qjs::JS_GetProperty(c, value, bind_atom);
                let mut this_arg = dst;
                let bound = qjs::JS_Call(c, bind, value, 1, &mut this_arg);
                qjs::JS_FreeValue(c, bind);
                qjs::JS_FreeValue(c, value);
                if qjs::JS_IsException(bound) {
                    failed = true;
                    break;
                }
                // V8 names a symbol-keyed function "[description]".
                let key = qjs::JS_AtomToValue(c, atom);
                let name = if qjs::JS_IsSymbol(key) {
                    let desc = qjs::JS_GetPropertyStr(c, key, c"description".as_ptr());
                    let d = qjs::JS_ToCString(c, desc);
                    let text = if d.is_null() {
                        String::new()
                    } else {
                        let t = std::ffi::CStr::from_ptr(d).to_string_lossy().into_owned();
                        qjs::JS_FreeCString(c, d);
                        t
                    };
                    qjs::JS_FreeValue(c, desc);
                    qjs::JS_FreeValue(c, key);
                    let text = format!("[{text}]");
                    qjs::JS_NewStringLen(c, text.as_ptr() as _, text.len() as _)
                } else {
                    // V8's console methods, which Node's wrap, have length 0.
                    qjs::JS_DefinePropertyValue(
                        c,
                        bound,
                        length_atom,
                        qjs::JS_MKVAL(qjs::JS_TAG_INT, 0),
                        qjs::JS_PROP_CONFIGURABLE as i32,
                    );
                    key
                };
                qjs::JS_DefinePropertyValue(
                    c,
                    bound,
                    name_atom,
                    name,
                    qjs::JS_PROP_CONFIGURABLE as i32,
                );
                value = bound;
            }
            if qjs::JS_DefinePropertyValue(c, dst, atom, value, flags) < 0 {
                failed = true;
                break;
            }
        }
        qjs::JS_FreeAtom(c, name_atom);
        qjs::JS_FreeAtom(c, bind_atom);
        qjs::JS_FreeAtom(c, length_atom);
        qjs::JS_FreeAtom(c, skip_atom);
        qjs::JS_FreePropertyEnum(c, tab, len);
        if failed {
            return Err(rquickjs::Error::Exception);
        }
    }
    Ok(())
}

fn raw(v: &Value<'_>) -> qjs::JSValue {
    v.as_raw()
}

pub fn init<'js>(ctx: &Ctx<'js>, obj: &Object<'js>) -> rquickjs::Result<()> {
    super::set_fn(ctx, obj, "bindMethods", bind_methods)?;
    super::set_fn(ctx, obj, "isPromise", |v: Value<'js>| unsafe {
        qjs::JS_IsPromise(raw(&v))
    })?;
    super::set_fn(ctx, obj, "isProxy", |v: Value<'js>| unsafe {
        qjs::JS_IsProxy(raw(&v))
    })?;
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
    preview::install(ctx, obj)?;
    Ok(())
}

/// previewEntries: the entries of a Map/Set iterator not yet produced, and the live
/// entries of a WeakMap/WeakSet, without running user code or advancing anything.
/// The engine has no API for this, so it reads the engine's own records; the layouts
/// below mirror QuickJS-ng 0.16 (rquickjs-sys 0.14). A self-test at start-up checks
/// them against a known Map, and previewEntries answers `undefined` if they disagree.
mod preview {
    use rquickjs::{qjs, Array, Ctx, Function, Object, Value};
    use std::ffi::c_void;

    #[repr(C)]
    struct ListHead {
        prev: *mut ListHead,
        next: *mut ListHead,
    }

    #[repr(C)]
    struct MapRecord {
        ref_count: i32,
        empty: bool,
        map: *mut c_void,
        link: ListHead,
        hash_link: ListHead,
        key: qjs::JSValue,
        value: qjs::JSValue,
    }

    #[repr(C)]
    struct MapState {
        is_weak: bool,
        records: ListHead,
    }

    #[repr(C)]
    struct MapIteratorData {
        obj: qjs::JSValue,
        kind: i32,
        cur_record: *mut MapRecord,
    }

    const KIND_KEY_AND_VALUE: i32 = 2;

    #[derive(Clone, Copy)]
    struct Ids {
        map: u32,
        set: u32,
        weakmap: u32,
        weakset: u32,
        map_iter: u32,
        set_iter: u32,
    }

    /// Collects (key, value) pairs of a map state starting after `from` (or at the head).
    unsafe fn records(
        state: *mut MapState,
        from: *mut MapRecord,
    ) -> Vec<(qjs::JSValue, qjs::JSValue)> {
        let head: *mut ListHead = &mut (*state).records;
        let link_offset = std::mem::offset_of!(MapRecord, link);
        let mut p = if from.is_null() {
            (*head).next
        } else {
            (*from).link.next
        };
        let mut out = Vec::new();
        let mut guard = 0usize;
        while p != head && !p.is_null() && guard < 100_000_000 {
            let rec = (p as *mut u8).sub(link_offset) as *mut MapRecord;
            if !(*rec).empty {
                out.push(((*rec).key, (*rec).value));
            }
            p = (*p).next;
            guard += 1;
        }
        out
    }

    fn preview<'js>(
        ctx: &Ctx<'js>,
        ids: Ids,
        v: &Value<'js>,
        is_iterator: Option<bool>,
    ) -> rquickjs::Result<Value<'js>> {
        if !v.is_object() {
            return Ok(Value::new_undefined(ctx.clone()));
        }
        let raw = v.as_raw();
        let cid = unsafe { qjs::JS_GetClassID(raw) };
        let c = ctx.as_raw().as_ptr();
        let dup = |x: qjs::JSValue| unsafe { Value::from_raw(ctx.clone(), qjs::JS_DupValue(c, x)) };
        let arr = Array::new(ctx.clone())?;
        if cid == ids.map_iter || cid == ids.set_iter {
            let it = unsafe { qjs::JS_GetOpaque(raw, cid) } as *mut MapIteratorData;
            if it.is_null() {
                return Ok(Value::new_undefined(ctx.clone()));
            }
            let (kind, obj, cur) = unsafe { ((*it).kind, (*it).obj, (*it).cur_record) };
            let is_set = cid == ids.set_iter;
            let key_value = kind == KIND_KEY_AND_VALUE;
            if unsafe { qjs::JS_IsObject(obj) } {
                let owner = if is_set { ids.set } else { ids.map };
                let state = unsafe { qjs::JS_GetOpaque(obj, owner) } as *mut MapState;
                if !state.is_null() {
                    let mut i = 0;
                    for (k, val) in unsafe { records(state, cur) } {
                        let (a, b) = if is_set { (k, k) } else { (k, val) };
                        if key_value {
                            arr.set(i, dup(a))?;
                            arr.set(i + 1, dup(b))?;
                            i += 2;
                        } else {
                            arr.set(i, dup(if kind == 0 { a } else { b }))?;
                            i += 1;
                        }
                    }
                }
            }
            if is_iterator == Some(true) {
                let pair = Array::new(ctx.clone())?;
                pair.set(0, arr)?;
                pair.set(1, key_value)?;
                return Ok(pair.into_value());
            }
            return Ok(arr.into_value());
        }
        if cid == ids.weakmap || cid == ids.weakset {
            let state = unsafe { qjs::JS_GetOpaque(raw, cid) } as *mut MapState;
            if state.is_null() {
                return Ok(Value::new_undefined(ctx.clone()));
            }
            let mut i = 0;
            for (k, val) in unsafe { records(state, std::ptr::null_mut()) } {
                arr.set(i, dup(k))?;
                i += 1;
                if cid == ids.weakmap {
                    arr.set(i, dup(val))?;
                    i += 1;
                }
            }
            return Ok(arr.into_value());
        }
        Ok(Value::new_undefined(ctx.clone()))
    }

    /// The engine's class ids for the collections, and whether reading their records
    /// works with this engine build (a self-test on a Map whose iterator has moved).
    fn probe(ctx: &Ctx<'_>) -> rquickjs::Result<Option<Ids>> {
        use crate::class_ids as cls;
        let ids = Ids {
            map: cls::MAP,
            set: cls::SET,
            weakmap: cls::WEAK_MAP,
            weakset: cls::WEAK_SET,
            map_iter: cls::MAP_ITERATOR,
            set_iter: cls::SET_ITERATOR,
        };
        // A Map whose first entry was consumed must preview the other two.
        let sample: Value = ctx.eval(
            "(() => { const m = new Map([[1, 'a'], [2, 'b'], [3, 'c']]); m.delete(2); m.set(4, 'd'); const it = m.entries(); it.next(); return it; })()",
        )?;
        let got = preview(ctx, ids, &sample, Some(true))?;
        let expected: Function = ctx.eval(
            "(p) => Array.isArray(p) && p[1] === true && JSON.stringify(p[0]) === '[3,\"c\",4,\"d\"]'",
        )?;
        let ok: bool = expected.call((got,))?;
        Ok(ok.then_some(ids))
    }

    pub fn install<'js>(ctx: &Ctx<'js>, obj: &Object<'js>) -> rquickjs::Result<()> {
        // Probed on first use: the probe compiles source text, which start-up
        // shouldn't pay for (most programs never inspect a Map).
        let probed: std::rc::Rc<std::cell::Cell<Option<Option<Ids>>>> = Default::default();
        let f = Function::new(
            ctx.clone(),
            move |ctx: Ctx<'js>, v: Value<'js>, is_iter: rquickjs::function::Opt<bool>| {
                let ids = match probed.get() {
                    Some(ids) => ids,
                    None => {
                        let ids = probe(&ctx)?;
                        probed.set(Some(ids));
                        ids
                    }
                };
                match ids {
                    Some(ids) => preview(&ctx, ids, &v, is_iter.0),
                    None => Ok(Value::new_undefined(ctx)),
                }
            },
        )?;
        obj.set("previewEntries", f)
    }
}
