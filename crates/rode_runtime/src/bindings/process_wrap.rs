//! internalBinding('process_wrap'): asynchronous child processes. The child's stdout and
//! stderr pipes are non-blocking I/O handles on the loop; its exit is reported through
//! an async handle by a thread that waits for it (libuv uses SIGCHLD for that job; a
//! waiting thread keeps this first version simple and signal-free).

use crate::host;
use rode_uv::{HandleId, Ready};
use rquickjs::{ArrayBuffer, Ctx, Function, Object, Persistent, Value};
use std::cell::RefCell;
use std::collections::HashMap;
use std::io::{Read, Write};
use std::os::unix::process::ExitStatusExt;
use std::process::ChildStdin;
use std::sync::{Arc, Mutex};

/// (exit code, terminating signal) as the waiting thread saw them.
type ExitInfo = (Option<i32>, Option<i32>);

struct ChildState {
    stdin: Option<ChildStdin>,
}

thread_local! {
    static CHILDREN: RefCell<HashMap<u32, ChildState>> = RefCell::new(HashMap::new());
}

/// Reads a pipe on the loop and hands each chunk (then `null` at EOF) to `cb`.
/// Also used for the process's own stdin (bindings/stdio.rs).
pub(super) fn watch_pipe<'js, R>(
    ctx: &Ctx<'js>,
    pipe: R,
    cb: Function<'js>,
) -> std::io::Result<HandleId>
where
    R: Into<mio::unix::pipe::Receiver>,
{
    let rx: mio::unix::pipe::Receiver = pipe.into();
    rx.set_nonblocking(true)?;
    let cb = Persistent::save(ctx, cb);
    let rx = std::rc::Rc::new(RefCell::new(rx));
    let rx2 = rx.clone();
    let id = host::with_loop(|lp| {
        lp.io_init(
            &mut *rx.borrow_mut(),
            mio::Interest::READABLE,
            Box::new(move |h: &mut host::Host, lp, id: HandleId, _r: Ready| {
                let mut chunks = Vec::new();
                let mut eof = false;
                let mut buf = vec![0u8; 65536];
                loop {
                    match rx2.borrow_mut().read(&mut buf) {
                        Ok(0) => {
                            eof = true;
                            break;
                        }
                        Ok(n) => chunks.push(buf[..n].to_vec()),
                        Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => break,
                        Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                        Err(_) => {
                            eof = true;
                            break;
                        }
                    }
                }
                if eof {
                    lp.io_deregister(&mut *rx2.borrow_mut());
                    lp.close(id, None);
                }
                h.engine.with(|ctx| {
                    let Ok(f) = cb.clone().restore(&ctx) else {
                        return;
                    };
                    for c in chunks {
                        if let Ok(ab) = ArrayBuffer::new(ctx.clone(), c) {
                            host::call_js(&ctx, &f, (ab,));
                        }
                    }
                    if eof {
                        host::call_js(&ctx, &f, (Value::new_null(ctx.clone()),));
                    }
                });
            }),
        )
    })?;
    Ok(id)
}

pub fn init<'js>(ctx: &Ctx<'js>, obj: &Object<'js>) -> rquickjs::Result<()> {
    // spawn(options, onexit(code, signal), onstdout(chunk|null), onstderr(chunk|null))
    //   -> pid, or a negative errno
    super::set_fn(
        ctx,
        obj,
        "spawn",
        |ctx: Ctx<'js>,
         o: Object<'js>,
         onexit: Function<'js>,
         onout: Function<'js>,
         onerr: Function<'js>|
         -> rquickjs::Result<i64> {
            let mut cmd = super::spawn_sync::command_from(&o)?;
            let mut child = match cmd.spawn() {
                Ok(c) => c,
                Err(e) => return Ok(-(e.raw_os_error().unwrap_or(libc::ENOENT) as i64)),
            };
            let pid = child.id();
            if let Some(out) = child.stdout.take() {
                watch_pipe(&ctx, out, onout)
                    .map(|_| ())
                    .map_err(|e| host::throw_uv(&ctx, &e, "spawn", None, None))?;
            }
            if let Some(err) = child.stderr.take() {
                watch_pipe(&ctx, err, onerr)
                    .map(|_| ())
                    .map_err(|e| host::throw_uv(&ctx, &e, "spawn", None, None))?;
            }
            CHILDREN.with(|c| {
                c.borrow_mut().insert(
                    pid,
                    ChildState {
                        stdin: child.stdin.take(),
                    },
                )
            });

            // Exit: a thread waits, the loop hears about it through an async handle.
            let status: Arc<Mutex<Option<ExitInfo>>> = Arc::new(Mutex::new(None));
            let status2 = status.clone();
            let onexit = Persistent::save(&ctx, onexit);
            let (_h, sender) = host::with_loop(|lp| {
                lp.async_init(Box::new(move |h: &mut host::Host, lp, id, _r: Ready| {
                    let Some((code, sig)) = status2.lock().ok().and_then(|mut s| s.take()) else {
                        return;
                    };
                    lp.close(id, None);
                    CHILDREN.with(|c| c.borrow_mut().remove(&pid));
                    h.engine.with(|ctx| {
                        if let Ok(f) = onexit.clone().restore(&ctx) {
                            host::call_js(&ctx, &f, (code, sig));
                        }
                    });
                }))
            });
            std::thread::spawn(move || {
                let r = child.wait().ok();
                let v = r.map(|s| (s.code(), s.signal())).unwrap_or((None, None));
                if let Ok(mut s) = status.lock() {
                    *s = Some(v);
                }
                sender.send();
            });
            Ok(pid as i64)
        },
    )?;
    // writeStdin(pid, bytes) -> 0 or negative errno; closeStdin(pid)
    super::set_fn(
        ctx,
        obj,
        "writeStdin",
        |pid: u32, data: Value<'js>| -> i32 {
            let bytes = super::encoding::data_bytes(&data).unwrap_or_default();
            CHILDREN.with(
                |c| match c.borrow_mut().get_mut(&pid).and_then(|s| s.stdin.as_mut()) {
                    Some(w) => match w.write_all(&bytes) {
                        Ok(()) => 0,
                        Err(e) => -e.raw_os_error().unwrap_or(libc::EPIPE),
                    },
                    None => -libc::EPIPE,
                },
            )
        },
    )?;
    super::set_fn(ctx, obj, "closeStdin", |pid: u32| {
        CHILDREN.with(|c| {
            if let Some(s) = c.borrow_mut().get_mut(&pid) {
                s.stdin = None;
            }
        });
    })?;
    super::set_fn(ctx, obj, "kill", |pid: i32, sig: i32| -> i32 {
        if unsafe { libc::kill(pid, sig) } != 0 {
            -std::io::Error::last_os_error()
                .raw_os_error()
                .unwrap_or(libc::ESRCH)
        } else {
            0
        }
    })?;
    Ok(())
}
