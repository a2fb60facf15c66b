//! internalBinding('buffer'): the per-byte work behind Buffer (encodings, compare),
//! over plain Rust functions in crate::codec.

use super::encoding::view_bytes;
use crate::codec::{self, Encoding};
use rquickjs::{ArrayBuffer, Ctx, Exception, Object, TypedArray, Value};

fn enc(ctx: &Ctx<'_>, name: &str) -> rquickjs::Result<Encoding> {
    Encoding::parse(name)
        .ok_or_else(|| Exception::throw_type(ctx, &format!("Unknown encoding: {name}")))
}

pub fn init<'js>(ctx: &Ctx<'js>, obj: &Object<'js>) -> rquickjs::Result<()> {
    super::set_fn(
        ctx,
        obj,
        "byteLength",
        |ctx: Ctx<'js>, s: String, e: String| -> rquickjs::Result<f64> {
            Ok(codec::encoded_len(&s, enc(&ctx, &e)?) as f64)
        },
    )?;
    super::set_fn(
        ctx,
        obj,
        "encode",
        |ctx: Ctx<'js>, s: String, e: String| -> rquickjs::Result<ArrayBuffer<'js>> {
            let bytes = codec::encode(&s, enc(&ctx, &e)?);
            ArrayBuffer::new(ctx, bytes)
        },
    )?;
    super::set_fn(
        ctx,
        obj,
        "decode",
        |ctx: Ctx<'js>,
         v: Value<'js>,
         e: String,
         start: usize,
         end: usize|
         -> rquickjs::Result<String> {
            let e = enc(&ctx, &e)?;
            let ta = TypedArray::<u8>::from_value(v)?;
            // SAFETY: decoding runs no JS, so the view cannot change while borrowed.
            let bytes = unsafe { ta.as_bytes() }.unwrap_or(&[]);
            let end = end.min(bytes.len());
            let start = start.min(end);
            Ok(codec::decode(&bytes[start..end], e))
        },
    )?;
    super::set_fn(ctx, obj, "compare", |a: Value<'js>, b: Value<'js>| -> i32 {
        let a = view_bytes(&a).unwrap_or_default();
        let b = view_bytes(&b).unwrap_or_default();
        match a.cmp(&b) {
            std::cmp::Ordering::Less => -1,
            std::cmp::Ordering::Equal => 0,
            std::cmp::Ordering::Greater => 1,
        }
    })?;
    Ok(())
}
