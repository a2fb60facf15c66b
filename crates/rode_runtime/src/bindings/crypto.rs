//! internalBinding('crypto'): glue from lib/crypto.js to rode_crypto. Async jobs run on
//! the thread pool, as Node's crypto jobs run on libuv's.

use super::encoding::view_bytes;
use crate::host;
use rode_uv::WorkKind;
use rquickjs::{function::Opt, ArrayBuffer, Ctx, Exception, Function, Object, Value};

pub fn init<'js>(ctx: &Ctx<'js>, obj: &Object<'js>) -> rquickjs::Result<()> {
    super::set_fn(ctx, obj, "isValidDigest", |name: String| {
        rode_crypto::digest_by_name(&name).is_some()
    })?;
    super::set_fn(
        ctx,
        obj,
        "pbkdf2",
        |ctx: Ctx<'js>,
         password: Value<'js>,
         salt: Value<'js>,
         iterations: u32,
         keylen: u32,
         digest: String,
         cb: Opt<Function<'js>>|
         -> rquickjs::Result<Value<'js>> {
            let password = view_bytes(&password).unwrap_or_default();
            let salt = view_bytes(&salt).unwrap_or_default();
            let run = move || {
                rode_crypto::pbkdf2(
                    &password,
                    &salt,
                    iterations as usize,
                    keylen as usize,
                    &digest,
                )
                .unwrap_or_else(|| Err("Invalid digest".into()))
            };
            if let Some(cb) = cb.0 {
                host::queue_js_work(&ctx, WorkKind::Cpu, cb, run, |ctx, r| match r {
                    Ok(key) => (
                        Value::new_undefined(ctx.clone()),
                        ArrayBuffer::new(ctx.clone(), key)
                            .map(|a| a.into_value())
                            .unwrap_or_else(|_| Value::new_undefined(ctx.clone())),
                    ),
                    Err(msg) => {
                        let e = Exception::from_message(ctx.clone(), &msg)
                            .map(|e| e.into_value())
                            .unwrap_or_else(|_| Value::new_undefined(ctx.clone()));
                        (e, Value::new_undefined(ctx.clone()))
                    }
                });
                return Ok(Value::new_undefined(ctx));
            }
            match run() {
                Ok(key) => Ok(ArrayBuffer::new(ctx, key)?.into_value()),
                Err(msg) => Err(Exception::throw_message(&ctx, &msg)),
            }
        },
    )?;
    Ok(())
}
