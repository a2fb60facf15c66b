//! Signal handles (uv_signal_t): a signal's arrival becomes a callback on the loop
//! thread, in the poll phase. While no handle watches a signal, its default action
//! (for SIGINT and SIGTERM: ending the process) is untouched.

use crate::{Callback, HandleId, Loop};
use mio::net::UnixStream;
use mio::Interest;
use std::io::Read;

/// A started signal handle: keep it to stop watching.
pub struct SignalWatch {
    pub handle: HandleId,
    signum: i32,
    sig_id: signal_hook::SigId,
    reader: UnixStream,
}

thread_local! {
    /// Per signal, the default-performing action installed by signal_stop.
    static DEFAULT_ACTIONS: std::cell::RefCell<std::collections::HashMap<i32, signal_hook::SigId>> =
        std::cell::RefCell::new(std::collections::HashMap::new());
}

impl<C: 'static> Loop<C> {
    /// uv_signal_start: `cb` runs once per delivery batch of `signum`.
    pub fn signal_start(&self, signum: i32, mut cb: Callback<C>) -> std::io::Result<SignalWatch> {
        if let Some(id) = DEFAULT_ACTIONS.with(|d| d.borrow_mut().remove(&signum)) {
            signal_hook::low_level::unregister(id);
        }
        let (read, write) = std::os::unix::net::UnixStream::pair()?;
        read.set_nonblocking(true)?;
        write.set_nonblocking(true)?;
        let mut reader = UnixStream::from_std(read);
        let sig_id = signal_hook::low_level::pipe::register(signum, write)?;
        let mut drain = reader.try_clone_for_drain()?;
        let handle = self.io_init(
            &mut reader,
            Interest::READABLE,
            Box::new(move |c, l, id, r| {
                let mut buf = [0u8; 64];
                let mut got = false;
                while let Ok(n) = drain.read(&mut buf) {
                    if n == 0 {
                        break;
                    }
                    got = true;
                }
                if got {
                    cb(c, l, id, r);
                }
            }),
        );
        let handle = match handle {
            Ok(h) => h,
            Err(e) => {
                signal_hook::low_level::unregister(sig_id);
                return Err(e);
            }
        };
        Ok(SignalWatch {
            handle,
            signum,
            sig_id,
            reader,
        })
    }

    /// uv_signal_stop: restores the signal's previous disposition once no watch is left.
    pub fn signal_stop(&self, mut w: SignalWatch) {
        signal_hook::low_level::unregister(w.sig_id);
        // signal-hook keeps its OS handler installed after the last action goes, which
        // would swallow the signal: an action that performs the default one stands in
        // until the signal is watched again.
        let signum = w.signum;
        let default = unsafe {
            signal_hook::low_level::register(signum, move || {
                let _ = signal_hook::low_level::emulate_default_handler(signum);
            })
        };
        if let Ok(id) = default {
            DEFAULT_ACTIONS.with(|d| {
                if let Some(old) = d.borrow_mut().insert(signum, id) {
                    signal_hook::low_level::unregister(old);
                }
            });
        }
        self.io_deregister(&mut w.reader);
        self.close(w.handle, None);
    }
}

trait CloneForDrain {
    fn try_clone_for_drain(&self) -> std::io::Result<std::os::unix::net::UnixStream>;
}

impl CloneForDrain for UnixStream {
    fn try_clone_for_drain(&self) -> std::io::Result<std::os::unix::net::UnixStream> {
        use std::os::fd::{AsRawFd, FromRawFd};
        // A second fd for the same socket, owned by the callback for reading.
        let fd = unsafe { libc::dup(self.as_raw_fd()) };
        if fd < 0 {
            return Err(std::io::Error::last_os_error());
        }
        Ok(unsafe { std::os::unix::net::UnixStream::from_raw_fd(fd) })
    }
}
