//! internalBinding('stdio'): synchronous writes to fds 1 and 2 (Node writes stdout and
//! stderr synchronously on Linux for files, pipes and TTYs), TTY facts, and reading all
//! of stdin for `rode < program.js`.

use super::encoding::data_bytes;
use rquickjs::{Ctx, Object, Value};
use std::io::Read;

/// Writes everything, waiting out EAGAIN if the fd was made non-blocking by someone else.
pub fn write_all_fd(fd: i32, mut data: &[u8]) -> std::io::Result<()> {
    while !data.is_empty() {
        let n = unsafe { libc::write(fd, data.as_ptr() as *const libc::c_void, data.len()) };
        if n < 0 {
            let e = std::io::Error::last_os_error();
            match e.raw_os_error() {
                Some(libc::EINTR) => continue,
                Some(libc::EAGAIN) => {
                    let mut p = libc::pollfd {
                        fd,
                        events: libc::POLLOUT,
                        revents: 0,
                    };
                    unsafe { libc::poll(&mut p, 1, -1) };
                    continue;
                }
                _ => return Err(e),
            }
        }
        data = &data[n as usize..];
    }
    Ok(())
}

pub fn init<'js>(ctx: &Ctx<'js>, obj: &Object<'js>) -> rquickjs::Result<()> {
    super::set_fn(ctx, obj, "writeSync", |fd: i32, data: Value<'js>| -> i32 {
        let bytes = data_bytes(&data).unwrap_or_default();
        match write_all_fd(fd, &bytes) {
            Ok(()) => 0,
            Err(e) => -e.raw_os_error().unwrap_or(libc::EIO),
        }
    })?;
    super::set_fn(ctx, obj, "isatty", |fd: i32| unsafe {
        libc::isatty(fd) == 1
    })?;
    super::set_fn(ctx, obj, "getWindowSize", |fd: i32| -> Option<Vec<u16>> {
        let mut ws: libc::winsize = unsafe { std::mem::zeroed() };
        if unsafe { libc::ioctl(fd, libc::TIOCGWINSZ, &mut ws) } == 0 {
            Some(vec![ws.ws_col, ws.ws_row])
        } else {
            None
        }
    })?;
    super::set_fn(ctx, obj, "guessHandleType", |fd: i32| -> &'static str {
        let mut st: libc::stat = unsafe { std::mem::zeroed() };
        if unsafe { libc::fstat(fd, &mut st) } != 0 {
            return "UNKNOWN";
        }
        if unsafe { libc::isatty(fd) } == 1 {
            return "TTY";
        }
        match st.st_mode & libc::S_IFMT {
            libc::S_IFREG | libc::S_IFCHR => "FILE",
            libc::S_IFIFO => "PIPE",
            libc::S_IFSOCK => "PIPE",
            _ => "UNKNOWN",
        }
    })?;
    // stdin read on the loop, chunk by chunk, when it is a pipe, a socket or a
    // terminal (what libuv reads as a stream); anything else (a file, /dev/null)
    // is read whole by readStdinSync. Returns the handle id, or false.
    super::set_fn(
        ctx,
        obj,
        "stdinStart",
        |ctx: Ctx<'js>, cb: rquickjs::Function<'js>| -> rquickjs::Result<Value<'js>> {
            if !stdin_is_stream() {
                return Ok(Value::new_bool(ctx, false));
            }
            let fd = unsafe { libc::dup(0) };
            if fd < 0 {
                return Ok(Value::new_bool(ctx, false));
            }
            remember_stdin_flags();
            // The duplicate shares fd 0's file description: watch_pipe makes it
            // non-blocking, which the exit handler undoes for the terminal's sake.
            let rx =
                unsafe { <mio::unix::pipe::Receiver as std::os::fd::FromRawFd>::from_raw_fd(fd) };
            match super::process_wrap::watch_pipe(&ctx, rx, cb) {
                Ok(id) => Ok(Value::new_number(ctx, id.as_u64() as f64)),
                Err(_) => Ok(Value::new_bool(ctx, false)),
            }
        },
    )?;
    // While paused (or unref'd), stdin does not keep the loop alive.
    super::set_fn(ctx, obj, "stdinRef", |id: f64, on: bool| {
        crate::host::with_loop(|lp| lp.set_ref(rode_uv::HandleId::from_u64(id as u64), on));
    })?;
    super::set_fn(ctx, obj, "readStdinSync", || -> String {
        let mut s = Vec::new();
        let _ = std::io::stdin().read_to_end(&mut s);
        String::from_utf8_lossy(&s).into_owned()
    })?;
    Ok(())
}

fn stdin_is_stream() -> bool {
    let mut st: libc::stat = unsafe { std::mem::zeroed() };
    if unsafe { libc::fstat(0, &mut st) } != 0 {
        return false;
    }
    let kind = st.st_mode & libc::S_IFMT;
    kind == libc::S_IFIFO || kind == libc::S_IFSOCK || unsafe { libc::isatty(0) } == 1
}

/// fd 0's status flags before stdin was made non-blocking (-1 until then).
static STDIN_FLAGS: std::sync::atomic::AtomicI32 = std::sync::atomic::AtomicI32::new(-1);

extern "C" fn restore_stdin_flags() {
    let flags = STDIN_FLAGS.load(std::sync::atomic::Ordering::Relaxed);
    if flags >= 0 {
        unsafe { libc::fcntl(0, libc::F_SETFL, flags) };
    }
}

fn remember_stdin_flags() {
    if STDIN_FLAGS.load(std::sync::atomic::Ordering::Relaxed) >= 0 {
        return;
    }
    let flags = unsafe { libc::fcntl(0, libc::F_GETFL) };
    if flags >= 0 {
        STDIN_FLAGS.store(flags, std::sync::atomic::Ordering::Relaxed);
        unsafe { libc::atexit(restore_stdin_flags) };
    }
}
