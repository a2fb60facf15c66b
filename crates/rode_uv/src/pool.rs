//! The thread pool, libuv's: one per process, started lazily on first use, with a
//! fixed number of threads (UV_THREADPOOL_SIZE, default 4, clamped to 1..=1024) and a
//! FIFO queue. Like libuv, "slow I/O" work (dns.lookup) never occupies more than half
//! of the threads, so that slow lookups cannot starve fs and crypto work.

use std::collections::VecDeque;
use std::sync::{Arc, Condvar, Mutex, OnceLock};
use std::thread;

/// What kind of work a job is; only `SlowIo` is treated specially.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum WorkKind {
    Cpu,
    FastIo,
    SlowIo,
}

pub(crate) type Job = Box<dyn FnOnce() + Send>;

struct Queue {
    jobs: VecDeque<(WorkKind, Job)>,
    slow_running: usize,
}

/// The process-wide pool. Loops submit through `Loop::queue_work`.
pub struct ThreadPool {
    queue: Mutex<Queue>,
    cond: Condvar,
    size: usize,
}

/// Reads UV_THREADPOOL_SIZE the way libuv does: unset or unparsable means 4,
/// 0 means 1, and anything above 1024 is 1024.
pub fn threadpool_size_from_env() -> usize {
    let n = std::env::var("UV_THREADPOOL_SIZE")
        .ok()
        .and_then(|v| v.trim().parse::<i64>().ok())
        .unwrap_or(4);
    n.clamp(1, 1024) as usize
}

static POOL: OnceLock<Arc<ThreadPool>> = OnceLock::new();

impl ThreadPool {
    /// The process-wide pool, started on first call.
    pub fn global() -> &'static Arc<ThreadPool> {
        POOL.get_or_init(|| ThreadPool::start(threadpool_size_from_env()))
    }

    fn start(size: usize) -> Arc<ThreadPool> {
        let pool = Arc::new(ThreadPool {
            queue: Mutex::new(Queue {
                jobs: VecDeque::new(),
                slow_running: 0,
            }),
            cond: Condvar::new(),
            size,
        });
        for i in 0..size {
            let p = pool.clone();
            // libuv gives pool threads 8 MB stacks; some jobs (scrypt) are stack hungry.
            let _ = thread::Builder::new()
                .name(format!("rode-pool-{i}"))
                .stack_size(8 << 20)
                .spawn(move || p.worker());
        }
        pool
    }

    pub fn size(&self) -> usize {
        self.size
    }

    pub(crate) fn submit(&self, kind: WorkKind, job: Job) {
        let mut q = self.queue.lock().unwrap_or_else(|e| e.into_inner());
        q.jobs.push_back((kind, job));
        drop(q);
        self.cond.notify_one();
    }

    fn slow_limit(&self) -> usize {
        self.size.div_ceil(2)
    }

    fn worker(&self) {
        let mut q = self.queue.lock().unwrap_or_else(|e| e.into_inner());
        loop {
            let limit = self.slow_limit();
            let pos = q
                .jobs
                .iter()
                .position(|(k, _)| *k != WorkKind::SlowIo || q.slow_running < limit);
            let Some(pos) = pos else {
                q = self.cond.wait(q).unwrap_or_else(|e| e.into_inner());
                continue;
            };
            let Some((kind, job)) = q.jobs.remove(pos) else {
                continue;
            };
            if kind == WorkKind::SlowIo {
                q.slow_running += 1;
            }
            drop(q);
            // A panicking job must not take the pool thread down with it.
            let _ = std::panic::catch_unwind(std::panic::AssertUnwindSafe(job));
            q = self.queue.lock().unwrap_or_else(|e| e.into_inner());
            if kind == WorkKind::SlowIo {
                q.slow_running -= 1;
                // A slow job finishing may unblock another slow job some thread skipped.
                self.cond.notify_one();
            }
        }
    }
}
