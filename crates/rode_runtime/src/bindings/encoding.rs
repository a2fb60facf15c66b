//! internalBinding('encoding'): UTF-8 for TextEncoder/TextDecoder.

use rquickjs::{Ctx, Exception, Object, TypedArray, Value};

/// A copy of the bytes of any ArrayBufferView or ArrayBuffer.
// SAFETY (the `as_bytes` calls): the slice is copied before any JS can run, so the
// buffer cannot be detached or resized while it is borrowed.
pub fn view_bytes(v: &Value<'_>) -> Option<Vec<u8>> {
    if let Ok(ta) = TypedArray::<u8>::from_value(v.clone()) {
        return unsafe { ta.as_bytes() }.map(|b| b.to_vec());
    }
    if let Some(obj) = v.as_object() {
        if let Some(ab) = obj.as_array_buffer() {
            return unsafe { ab.as_bytes() }.map(|b| b.to_vec());
        }
        // Other typed arrays and DataView: read through their buffer.
        let buffer: Option<rquickjs::ArrayBuffer> = obj.get("buffer").ok();
        let off: Option<usize> = obj.get("byteOffset").ok();
        let len: Option<usize> = obj.get("byteLength").ok();
        if let (Some(ab), Some(off), Some(len)) = (buffer, off, len) {
            return unsafe { ab.as_bytes() }
                .and_then(|b| b.get(off..off + len))
                .map(|b| b.to_vec());
        }
    }
    None
}

/// The bytes of a string (UTF-8) or of any ArrayBufferView/ArrayBuffer: what the
/// write-style bindings (fs, stdio, child stdin) accept.
pub fn data_bytes(v: &Value<'_>) -> Option<Vec<u8>> {
    if let Some(s) = v.as_string() {
        return s.to_string().ok().map(String::into_bytes);
    }
    view_bytes(v)
}

pub fn init<'js>(ctx: &Ctx<'js>, obj: &Object<'js>) -> rquickjs::Result<()> {
    super::set_fn(ctx, obj, "encodeUtf8", |ctx: Ctx<'js>, s: String| {
        TypedArray::<u8>::new(ctx, s.into_bytes())
    })?;
    super::set_fn(
        ctx,
        obj,
        "decodeUtf8",
        |ctx: Ctx<'js>, v: Value<'js>, ignore_bom: bool, fatal: bool| -> rquickjs::Result<String> {
            let bytes = view_bytes(&v).unwrap_or_default();
            let mut b: &[u8] = &bytes;
            if !ignore_bom && b.starts_with(&[0xEF, 0xBB, 0xBF]) {
                b = &b[3..];
            }
            if fatal {
                match std::str::from_utf8(b) {
                    Ok(s) => Ok(s.to_string()),
                    Err(_) => {
                        let e = Exception::from_message(
                            ctx.clone(),
                            "The encoded data was not valid for encoding utf-8",
                        )?;
                        let err = e.into_value();
                        if let Some(o) = err.as_object() {
                            // A TypeError with Node's code.
                            let tp: Object = ctx
                                .globals()
                                .get::<_, Object>("TypeError")?
                                .get("prototype")?;
                            o.set_prototype(Some(&tp))?;
                            o.set("code", "ERR_ENCODING_INVALID_ENCODED_DATA")?;
                        }
                        Err(ctx.throw(err))
                    }
                }
            } else {
                Ok(String::from_utf8_lossy(b).into_owned())
            }
        },
    )?;
    Ok(())
}
