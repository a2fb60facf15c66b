//! rode_runtime: the engine embedding and the binding layer (Node's `internalBinding`).
//!
//! Only this crate names the engine (rquickjs / QuickJS-ng). Its public surface is
//! `run(Options) -> exit code`, used by the `rode` binary.

mod bindings;
mod builtins;
mod codec;
mod engine;
mod host;

pub use host::{run, Mode, Options};

/// Starts the monotonic clock rode measures time from (process.hrtime's origin).
pub fn process_start() -> u64 {
    rode_uv::hrtime_ns()
}

/// rode's own version, reported as `process.versions.rode`.
pub const RODE_VERSION: &str = env!("CARGO_PKG_VERSION");
/// The Node.js version rode is compatible with, reported as `process.version`.
pub const NODE_VERSION: &str = "v24.21.0";
