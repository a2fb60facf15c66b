//! rode_uv: rode's event loop and thread pool, the job libuv does for Node.
//!
//! The loop runs the phases of libuv's `uv_run` in the same order (timers, pending,
//! idle, prepare, poll, check, close) on top of `mio`. It knows nothing of JavaScript:
//! callbacks are Rust closures that receive the embedder's context `C` and the loop.

mod handle;
mod r#loop;
mod pool;
mod signal;
mod timer;

pub use handle::HandleId;
pub use pool::{threadpool_size_from_env, ThreadPool, WorkKind};
pub use r#loop::{hrtime_ns, AsyncSender, Callback, Loop, Ready, RunMode};
pub use signal::SignalWatch;
