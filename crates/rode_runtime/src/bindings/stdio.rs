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
    super::set_fn(ctx, obj, "readStdinSync", || -> String {
        let mut s = Vec::new();
        let _ = std::io::stdin().read_to_end(&mut s);
        String::from_utf8_lossy(&s).into_owned()
    })?;
    Ok(())
}
