//! The loop itself: handles, requests, and `run`, which follows libuv's `uv_run`
//! phase for phase (see ARCHITECTURE.md, rule 3).
//!
//! Every method takes `&self`: the state lives in a `RefCell` that is borrowed only
//! for short bookkeeping and never while a callback runs, so callbacks (and whatever
//! JavaScript they call) can start, stop and close handles and submit work freely.
//! Callbacks receive `&mut C`, the embedder's context, and the loop.

use crate::handle::{HandleId, Slab};
use crate::pool::{ThreadPool, WorkKind};
use crate::timer::TimerHeap;
use mio::{Events, Interest, Poll, Token, Waker};
use std::any::Any;
use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::io;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, OnceLock};
use std::time::{Duration, Instant};

/// Callback of a handle (timer, idle, prepare, check, async, io).
/// For I/O handles `ready` carries the readiness; for others it is `Ready::default()`.
pub type Callback<C> = Box<dyn FnMut(&mut C, &Loop<C>, HandleId, Ready)>;
type CloseCallback<C> = Box<dyn FnOnce(&mut C, &Loop<C>)>;
type Deferred<C> = Box<dyn FnOnce(&mut C, &Loop<C>)>;
type AfterWork<C> = Box<dyn FnOnce(&mut C, &Loop<C>, Box<dyn Any + Send>)>;

/// Readiness reported to an I/O handle's callback.
#[derive(Copy, Clone, Debug, Default, PartialEq, Eq)]
pub struct Ready {
    pub readable: bool,
    pub writable: bool,
    pub hangup: bool,
    pub error: bool,
}

#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum RunMode {
    /// Run until no referenced handle or request is left (or `stop_loop`).
    Default,
    /// Run one iteration, blocking in poll if there is nothing else to do.
    Once,
    /// Run one iteration without blocking.
    NoWait,
}

#[derive(Copy, Clone, PartialEq, Eq)]
enum Kind {
    Timer,
    Idle,
    Prepare,
    Check,
    Async,
    Io,
}

struct Handle<C> {
    kind: Kind,
    active: bool,
    referenced: bool,
    closing: bool,
    cb: Option<Callback<C>>,
    close_cb: Option<CloseCallback<C>>,
    // timers
    repeat: u64,
    start_id: u64,
    // async
    pending: Option<Arc<AtomicBool>>,
}

const WAKER: Token = Token(usize::MAX);

/// Work completions travel back to the loop thread through this queue.
struct Completions {
    done: Mutex<Vec<(u64, Box<dyn Any + Send>)>>,
    waker: Arc<Waker>,
}

/// Wakes a loop from any thread and marks an async handle as pending (uv_async_send).
#[derive(Clone)]
pub struct AsyncSender {
    flag: Arc<AtomicBool>,
    waker: Arc<Waker>,
}

impl AsyncSender {
    pub fn send(&self) {
        if !self.flag.swap(true, Ordering::AcqRel) {
            let _ = self.waker.wake();
        }
    }
}

fn epoch() -> Instant {
    static EPOCH: OnceLock<Instant> = OnceLock::new();
    *EPOCH.get_or_init(Instant::now)
}

/// Monotonic nanoseconds since an arbitrary point fixed at first use
/// (process.hrtime and the loop's clock share it).
pub fn hrtime_ns() -> u64 {
    epoch().elapsed().as_nanos() as u64
}

struct Inner<C> {
    handles: Slab<Handle<C>>,
    timers: TimerHeap,
    idle: Vec<HandleId>,
    prepare: Vec<HandleId>,
    check: Vec<HandleId>,
    asyncs: Vec<HandleId>,
    closing: VecDeque<HandleId>,
    pending: VecDeque<Deferred<C>>,
    after_work: Vec<Option<AfterWork<C>>>,
    free_reqs: Vec<u64>,
    active_ref_handles: usize,
    active_reqs: usize,
}

impl<C> Inner<C> {
    fn set_active(&mut self, id: HandleId, active: bool) {
        if let Some(h) = self.handles.get_mut(id) {
            if h.active != active {
                h.active = active;
                if h.referenced {
                    if active {
                        self.active_ref_handles += 1;
                    } else {
                        self.active_ref_handles -= 1;
                    }
                }
            }
        }
    }

    fn alive(&self) -> bool {
        self.active_ref_handles > 0
            || self.active_reqs > 0
            || !self.pending.is_empty()
            || !self.closing.is_empty()
    }

    /// `now` and the deadline are in nanoseconds, `timeout` and `repeat` in ms.
    fn timer_start(&mut self, now: u64, id: HandleId, timeout: u64, repeat: u64) {
        match self.handles.get(id) {
            Some(h) if !h.closing && h.kind == Kind::Timer => {}
            _ => return,
        }
        let deadline = now.saturating_add(timeout.saturating_mul(1_000_000));
        let start_id = self.timers.push(deadline, id);
        if let Some(h) = self.handles.get_mut(id) {
            h.repeat = repeat;
            h.start_id = start_id;
        }
        self.set_active(id, true);
    }

    fn is_live_entry(&self, id: HandleId, start_id: u64) -> bool {
        self.handles
            .get(id)
            .is_some_and(|h| h.active && h.start_id == start_id && h.kind == Kind::Timer)
    }
}

pub struct Loop<C> {
    inner: RefCell<Inner<C>>,
    /// The loop's cached clock in nanoseconds; timer deadlines are kept in nanoseconds
    /// too, so that a timer never fires before its full timeout has elapsed (a clock
    /// truncated to milliseconds could fire up to 1 ms early).
    now: Cell<u64>,
    stop_flag: Cell<bool>,
    poll: RefCell<Poll>,
    events: RefCell<Events>,
    completions: Arc<Completions>,
}

impl<C> Loop<C> {
    pub fn new() -> io::Result<Self> {
        let poll = Poll::new()?;
        let waker = Arc::new(Waker::new(poll.registry(), WAKER)?);
        let lp = Loop {
            inner: RefCell::new(Inner {
                handles: Slab::new(),
                timers: TimerHeap::new(),
                idle: Vec::new(),
                prepare: Vec::new(),
                check: Vec::new(),
                asyncs: Vec::new(),
                closing: VecDeque::new(),
                pending: VecDeque::new(),
                after_work: Vec::new(),
                free_reqs: Vec::new(),
                active_ref_handles: 0,
                active_reqs: 0,
            }),
            now: Cell::new(0),
            stop_flag: Cell::new(false),
            poll: RefCell::new(poll),
            events: RefCell::new(Events::with_capacity(256)),
            completions: Arc::new(Completions {
                done: Mutex::new(Vec::new()),
                waker,
            }),
        };
        lp.update_time();
        Ok(lp)
    }

    // ---- time -------------------------------------------------------------

    /// The loop's cached time in milliseconds (uv_now).
    pub fn now(&self) -> u64 {
        self.now.get() / 1_000_000
    }

    pub fn update_time(&self) {
        self.now.set(hrtime_ns());
    }

    // ---- generic handle operations ------------------------------------------

    fn new_handle(&self, kind: Kind, cb: Callback<C>) -> HandleId {
        self.inner.borrow_mut().handles.insert(Handle {
            kind,
            active: false,
            referenced: true,
            closing: false,
            cb: Some(cb),
            close_cb: None,
            repeat: 0,
            start_id: 0,
            pending: None,
        })
    }

    /// uv_ref / uv_unref: only referenced active handles keep the loop alive.
    pub fn set_ref(&self, id: HandleId, referenced: bool) {
        let mut inner = self.inner.borrow_mut();
        let inner = &mut *inner;
        if let Some(h) = inner.handles.get_mut(id) {
            if h.referenced != referenced {
                h.referenced = referenced;
                if h.active {
                    if referenced {
                        inner.active_ref_handles += 1;
                    } else {
                        inner.active_ref_handles -= 1;
                    }
                }
            }
        }
    }

    pub fn has_ref(&self, id: HandleId) -> bool {
        self.inner
            .borrow()
            .handles
            .get(id)
            .is_some_and(|h| h.referenced)
    }

    pub fn is_active(&self, id: HandleId) -> bool {
        self.inner
            .borrow()
            .handles
            .get(id)
            .is_some_and(|h| h.active)
    }

    pub fn is_closing(&self, id: HandleId) -> bool {
        self.inner
            .borrow()
            .handles
            .get(id)
            .is_none_or(|h| h.closing)
    }

    /// Stops any handle kind (uv_timer_stop, uv_idle_stop, ...).
    pub fn stop(&self, id: HandleId) {
        let mut inner = self.inner.borrow_mut();
        let Some(kind) = inner.handles.get(id).map(|h| h.kind) else {
            return;
        };
        match kind {
            Kind::Idle => inner.idle.retain(|x| *x != id),
            Kind::Prepare => inner.prepare.retain(|x| *x != id),
            Kind::Check => inner.check.retain(|x| *x != id),
            Kind::Io | Kind::Timer | Kind::Async => {}
        }
        inner.set_active(id, false);
    }

    /// uv_close: the handle stops now; `cb` runs in the close phase, and only then is
    /// the handle freed. Closing keeps the loop alive until the callback has run.
    pub fn close(&self, id: HandleId, cb: Option<CloseCallback<C>>) {
        let kind = match self.inner.borrow().handles.get(id) {
            Some(h) if !h.closing => h.kind,
            _ => return,
        };
        self.stop(id);
        let old_cb;
        {
            let mut inner = self.inner.borrow_mut();
            if kind == Kind::Async {
                inner.asyncs.retain(|x| *x != id);
            }
            let h = inner.handles.get_mut(id).expect("checked above");
            h.closing = true;
            h.close_cb = cb;
            old_cb = h.cb.take();
            inner.closing.push_back(id);
        }
        // Dropped outside the borrow: a callback's captures may run arbitrary Drop code.
        drop(old_cb);
    }

    // ---- timers -------------------------------------------------------------

    pub fn timer_init(&self, cb: Callback<C>) -> HandleId {
        self.new_handle(Kind::Timer, cb)
    }

    /// uv_timer_start: fires after `timeout` ms, then every `repeat` ms if non-zero.
    pub fn timer_start(&self, id: HandleId, timeout: u64, repeat: u64) {
        let now = self.now.get();
        self.inner
            .borrow_mut()
            .timer_start(now, id, timeout, repeat);
    }

    /// Time until the nearest active timer, in ms; None when there is none.
    fn next_timeout(&self) -> Option<u64> {
        let mut inner = self.inner.borrow_mut();
        while let Some(e) = inner.timers.peek() {
            if inner.is_live_entry(e.handle, e.start_id) {
                // Round up: waking before the deadline would only loop again.
                return Some(
                    e.deadline
                        .saturating_sub(self.now.get())
                        .div_ceil(1_000_000),
                );
            }
            inner.timers.pop();
        }
        None
    }

    fn run_timers(&self, ctx: &mut C) {
        // Collect what is due first, as libuv does, so a timer that restarts itself
        // with timeout 0 runs once per iteration instead of forever.
        let now = self.now.get();
        let mut due = Vec::new();
        {
            let mut inner = self.inner.borrow_mut();
            while let Some(e) = inner.timers.peek() {
                if e.deadline > now {
                    break;
                }
                inner.timers.pop();
                if inner.is_live_entry(e.handle, e.start_id) {
                    due.push(e);
                }
            }
        }
        for e in due {
            {
                let mut inner = self.inner.borrow_mut();
                // An earlier callback in this batch may have stopped or restarted it.
                if !inner.is_live_entry(e.handle, e.start_id) {
                    continue;
                }
                let repeat = inner.handles.get(e.handle).map_or(0, |h| h.repeat);
                inner.set_active(e.handle, false);
                if repeat != 0 {
                    inner.timer_start(now, e.handle, repeat, repeat);
                }
            }
            self.invoke(ctx, e.handle, Ready::default());
        }
    }

    // ---- idle / prepare / check ---------------------------------------------

    pub fn idle_init(&self, cb: Callback<C>) -> HandleId {
        self.new_handle(Kind::Idle, cb)
    }
    pub fn prepare_init(&self, cb: Callback<C>) -> HandleId {
        self.new_handle(Kind::Prepare, cb)
    }
    pub fn check_init(&self, cb: Callback<C>) -> HandleId {
        self.new_handle(Kind::Check, cb)
    }

    /// Starts an idle, prepare or check handle.
    pub fn start(&self, id: HandleId) {
        let mut inner = self.inner.borrow_mut();
        let Some(h) = inner.handles.get(id) else {
            return;
        };
        if h.active || h.closing {
            return;
        }
        match h.kind {
            Kind::Idle => inner.idle.push(id),
            Kind::Prepare => inner.prepare.push(id),
            Kind::Check => inner.check.push(id),
            _ => return,
        }
        inner.set_active(id, true);
    }

    fn run_list(&self, ctx: &mut C, which: Kind) {
        let list = {
            let inner = self.inner.borrow();
            match which {
                Kind::Idle => inner.idle.clone(),
                Kind::Prepare => inner.prepare.clone(),
                _ => inner.check.clone(),
            }
        };
        for id in list {
            if self.is_active(id) {
                self.invoke(ctx, id, Ready::default());
            }
        }
    }

    fn invoke(&self, ctx: &mut C, id: HandleId, ready: Ready) {
        let cb = self
            .inner
            .borrow_mut()
            .handles
            .get_mut(id)
            .and_then(|h| h.cb.take());
        let Some(mut cb) = cb else {
            return;
        };
        cb(ctx, self, id, ready);
        let mut inner = self.inner.borrow_mut();
        if let Some(h) = inner.handles.get_mut(id) {
            if !h.closing && h.cb.is_none() {
                h.cb = Some(cb);
                return;
            }
        }
        drop(inner);
        drop(cb);
    }

    // ---- async (cross-thread wake-ups) --------------------------------------

    /// uv_async_init: an active handle whose callback runs on the loop thread after
    /// any thread calls `send` on the returned sender (several sends may coalesce).
    pub fn async_init(&self, cb: Callback<C>) -> (HandleId, AsyncSender) {
        let id = self.new_handle(Kind::Async, cb);
        let flag = Arc::new(AtomicBool::new(false));
        let mut inner = self.inner.borrow_mut();
        if let Some(h) = inner.handles.get_mut(id) {
            h.pending = Some(flag.clone());
        }
        inner.asyncs.push(id);
        inner.set_active(id, true);
        (
            id,
            AsyncSender {
                flag,
                waker: self.completions.waker.clone(),
            },
        )
    }

    // ---- I/O ----------------------------------------------------------------

    /// Registers an I/O source; `cb` runs in the poll phase with its readiness.
    pub fn io_init<S: mio::event::Source + ?Sized>(
        &self,
        source: &mut S,
        interest: Interest,
        cb: Callback<C>,
    ) -> io::Result<HandleId> {
        let id = self.new_handle(Kind::Io, cb);
        let res =
            self.poll
                .borrow()
                .registry()
                .register(source, Token(id.index as usize), interest);
        let mut inner = self.inner.borrow_mut();
        if let Err(e) = res {
            inner.handles.remove(id);
            return Err(e);
        }
        inner.set_active(id, true);
        Ok(id)
    }

    pub fn io_reregister<S: mio::event::Source + ?Sized>(
        &self,
        id: HandleId,
        source: &mut S,
        interest: Interest,
    ) -> io::Result<()> {
        self.poll
            .borrow()
            .registry()
            .reregister(source, Token(id.index as usize), interest)
    }

    pub fn io_deregister<S: mio::event::Source + ?Sized>(&self, source: &mut S) {
        let _ = self.poll.borrow().registry().deregister(source);
    }

    // ---- requests and the thread pool ---------------------------------------

    /// uv_queue_work: runs `work` on the thread pool, then `after` on the loop thread
    /// in the poll phase. The request keeps the loop alive until `after` has run.
    pub fn queue_work<R, W, A>(&self, kind: WorkKind, work: W, after: A)
    where
        R: Send + 'static,
        W: FnOnce() -> R + Send + 'static,
        A: FnOnce(&mut C, &Loop<C>, R) + 'static,
    {
        let req = {
            let mut inner = self.inner.borrow_mut();
            let req = match inner.free_reqs.pop() {
                Some(r) => r,
                None => {
                    inner.after_work.push(None);
                    (inner.after_work.len() - 1) as u64
                }
            };
            inner.after_work[req as usize] = Some(Box::new(move |c, l, any| {
                if let Ok(r) = any.downcast::<R>() {
                    after(c, l, *r);
                }
            }));
            inner.active_reqs += 1;
            req
        };
        let completions = self.completions.clone();
        ThreadPool::global().submit(
            kind,
            Box::new(move || {
                let result: Box<dyn Any + Send> = Box::new(work());
                completions
                    .done
                    .lock()
                    .unwrap_or_else(|e| e.into_inner())
                    .push((req, result));
                let _ = completions.waker.wake();
            }),
        );
    }

    /// Counts a request the embedder tracks itself (keeps the loop alive).
    pub fn req_register(&self) {
        self.inner.borrow_mut().active_reqs += 1;
    }
    pub fn req_unregister(&self) {
        let mut inner = self.inner.borrow_mut();
        inner.active_reqs = inner.active_reqs.saturating_sub(1);
    }

    /// Queues a callback for the pending phase of the next iteration.
    pub fn defer(&self, cb: Deferred<C>) {
        self.inner.borrow_mut().pending.push_back(cb);
    }

    fn run_pending(&self, ctx: &mut C) -> bool {
        let batch: Vec<_> = self.inner.borrow_mut().pending.drain(..).collect();
        if batch.is_empty() {
            return false;
        }
        for cb in batch {
            cb(ctx, self);
        }
        true
    }

    fn run_completions(&self, ctx: &mut C) {
        let done = std::mem::take(
            &mut *self
                .completions
                .done
                .lock()
                .unwrap_or_else(|e| e.into_inner()),
        );
        for (req, result) in done {
            let after = {
                let mut inner = self.inner.borrow_mut();
                let after = inner
                    .after_work
                    .get_mut(req as usize)
                    .and_then(|a| a.take());
                inner.free_reqs.push(req);
                inner.active_reqs -= 1;
                after
            };
            if let Some(after) = after {
                after(ctx, self, result);
            }
        }
    }

    // ---- running ------------------------------------------------------------

    /// uv_loop_alive.
    pub fn alive(&self) -> bool {
        self.inner.borrow().alive()
    }

    /// uv_stop: the current `run` returns after this iteration.
    pub fn stop_loop(&self) {
        self.stop_flag.set(true);
    }

    fn backend_timeout(&self) -> Option<u64> {
        {
            let inner = self.inner.borrow();
            if self.stop_flag.get()
                || !inner.alive()
                || !inner.pending.is_empty()
                || !inner.idle.is_empty()
                || !inner.closing.is_empty()
            {
                return Some(0);
            }
        }
        self.next_timeout()
    }

    fn io_poll(&self, ctx: &mut C, timeout: Option<u64>) {
        let dur = timeout.map(Duration::from_millis);
        let ready: Vec<(usize, Ready)> = {
            let mut events = self.events.borrow_mut();
            let mut poll = self.poll.borrow_mut();
            loop {
                match poll.poll(&mut events, dur) {
                    Ok(()) => break,
                    Err(e) if e.kind() == io::ErrorKind::Interrupted => {
                        if timeout.is_some() {
                            break;
                        }
                    }
                    Err(_) => break,
                }
            }
            events
                .iter()
                .map(|e| {
                    (
                        e.token().0,
                        Ready {
                            readable: e.is_readable() || e.is_read_closed(),
                            writable: e.is_writable() || e.is_write_closed(),
                            hangup: e.is_read_closed() || e.is_write_closed(),
                            error: e.is_error(),
                        },
                    )
                })
                .collect()
        };
        // Poll may have slept: compare against fresh time from here on.
        self.update_time();
        let mut woke = false;
        for (token, r) in ready {
            if token == WAKER.0 {
                woke = true;
                continue;
            }
            let id = self.inner.borrow().handles.id_at(token as u32);
            if let Some(id) = id {
                if self.is_active(id) {
                    self.invoke(ctx, id, r);
                }
            }
        }
        if woke {
            self.run_completions(ctx);
            self.run_asyncs(ctx);
        }
    }

    fn run_asyncs(&self, ctx: &mut C) {
        let list = self.inner.borrow().asyncs.clone();
        for id in list {
            let fire = self
                .inner
                .borrow()
                .handles
                .get(id)
                .and_then(|h| h.pending.as_ref())
                .is_some_and(|f| f.swap(false, Ordering::AcqRel));
            if fire {
                self.invoke(ctx, id, Ready::default());
            }
        }
    }

    fn run_closing(&self, ctx: &mut C) {
        let list: Vec<_> = self.inner.borrow_mut().closing.drain(..).collect();
        for id in list {
            let h = self.inner.borrow_mut().handles.remove(id);
            if let Some(cb) = h.and_then(|h| h.close_cb) {
                cb(ctx, self);
            }
        }
    }

    /// uv_run. Returns whether the loop is still alive.
    pub fn run(&self, ctx: &mut C, mode: RunMode) -> bool {
        let mut r = self.alive();
        if !r {
            self.update_time();
        }
        if mode == RunMode::Default && r && !self.stop_flag.get() {
            self.update_time();
            self.run_timers(ctx);
        }
        while r && !self.stop_flag.get() {
            let can_sleep = {
                let inner = self.inner.borrow();
                inner.pending.is_empty() && inner.idle.is_empty()
            };
            self.run_pending(ctx);
            self.run_list(ctx, Kind::Idle);
            self.run_list(ctx, Kind::Prepare);
            let mut timeout = Some(0);
            if (mode == RunMode::Once && can_sleep) || mode == RunMode::Default {
                timeout = self.backend_timeout();
            }
            self.io_poll(ctx, timeout);
            for _ in 0..8 {
                if !self.run_pending(ctx) {
                    break;
                }
            }
            self.run_list(ctx, Kind::Check);
            self.run_closing(ctx);
            self.update_time();
            self.run_timers(ctx);
            r = self.alive();
            if mode != RunMode::Default {
                break;
            }
        }
        self.stop_flag.set(false);
        r
    }
}
