//! Loop behaviour tests: phase order, timers, ref/unref, close, async, thread pool.

use rode_uv::{Loop, Ready, RunMode, WorkKind};
use std::time::Instant;

type Log = Vec<String>;

fn cb<F: FnMut(&mut Log, &Loop<Log>) + 'static>(mut f: F) -> rode_uv::Callback<Log> {
    Box::new(move |c, l, _id, _r: Ready| f(c, l))
}

#[test]
fn equal_deadlines_fire_in_start_order() {
    let lp: Loop<Log> = Loop::new().unwrap();
    let mut log = Log::new();
    for i in 0..5 {
        let t = lp.timer_init(cb(move |c, _| c.push(format!("t{i}"))));
        lp.timer_start(t, 10, 0);
    }
    lp.run(&mut log, RunMode::Default);
    assert_eq!(log, ["t0", "t1", "t2", "t3", "t4"]);
}

#[test]
fn timers_never_fire_early_and_order_by_deadline() {
    let lp: Loop<Log> = Loop::new().unwrap();
    let mut log = Log::new();
    let start = Instant::now();
    let t1 = lp.timer_init(cb(move |c, _| {
        assert!(start.elapsed().as_millis() >= 30);
        c.push("30".into())
    }));
    let t2 = lp.timer_init(cb(move |c, _| {
        assert!(start.elapsed().as_millis() >= 5);
        c.push("5".into())
    }));
    lp.timer_start(t1, 30, 0);
    lp.timer_start(t2, 5, 0);
    lp.run(&mut log, RunMode::Default);
    assert_eq!(log, ["5", "30"]);
}

#[test]
fn check_runs_after_poll_and_before_timers_of_next_iteration() {
    let lp: Loop<Log> = Loop::new().unwrap();
    let mut log = Log::new();
    // From inside a pending callback (like an I/O callback), check comes before a 0 ms timer.
    lp.defer(Box::new(|_c, l| {
        let t = l.timer_init(cb(|c, _| c.push("timer".into())));
        l.timer_start(t, 0, 0);
        let ch = l.check_init(Box::new(|c: &mut Log, l: &Loop<Log>, id, _| {
            c.push("check".into());
            l.stop(id);
        }));
        l.start(ch);
    }));
    lp.run(&mut log, RunMode::Default);
    assert_eq!(log, ["check", "timer"]);
}

#[test]
fn repeat_timer_and_unref() {
    let lp: Loop<Log> = Loop::new().unwrap();
    let mut log = Log::new();
    let mut n = 0;
    let t = lp.timer_init(Box::new(move |c: &mut Log, l: &Loop<Log>, id, _| {
        n += 1;
        c.push(format!("tick{n}"));
        if n == 3 {
            l.stop(id);
        }
    }));
    lp.timer_start(t, 1, 1);
    // An unreferenced timer does not keep the loop alive.
    let u = lp.timer_init(cb(|c, _| c.push("unref".into())));
    lp.timer_start(u, 1000, 0);
    lp.set_ref(u, false);
    let alive = lp.run(&mut log, RunMode::Default);
    assert!(!alive);
    assert_eq!(log, ["tick1", "tick2", "tick3"]);
}

#[test]
fn close_callback_runs_in_close_phase() {
    let lp: Loop<Log> = Loop::new().unwrap();
    let mut log = Log::new();
    let t = lp.timer_init(cb(|c, _| c.push("never".into())));
    lp.timer_start(t, 1, 0);
    lp.close(
        t,
        Some(Box::new(|c: &mut Log, _l: &Loop<Log>| {
            c.push("closed".into())
        })),
    );
    lp.run(&mut log, RunMode::Default);
    assert_eq!(log, ["closed"]);
}

#[test]
fn async_wakes_from_another_thread() {
    let lp: Loop<Log> = Loop::new().unwrap();
    let mut log = Log::new();
    let (h, sender) = lp.async_init(Box::new(|c: &mut Log, l: &Loop<Log>, id, _| {
        c.push("async".into());
        l.close(id, None);
    }));
    let _ = h;
    std::thread::spawn(move || {
        std::thread::sleep(std::time::Duration::from_millis(5));
        sender.send();
    });
    lp.run(&mut log, RunMode::Default);
    assert_eq!(log, ["async"]);
}

#[test]
fn work_completes_on_loop_thread_in_fifo_order() {
    let lp: Loop<Log> = Loop::new().unwrap();
    let mut log = Log::new();
    let loop_thread = std::thread::current().id();
    for i in 0..3 {
        lp.queue_work(
            WorkKind::Cpu,
            move || {
                assert_ne!(std::thread::current().id(), loop_thread);
                i * 10
            },
            move |c: &mut Log, _l: &Loop<Log>, r: i32| {
                assert_eq!(std::thread::current().id(), loop_thread);
                c.push(format!("w{r}"));
            },
        );
    }
    lp.run(&mut log, RunMode::Default);
    log.sort();
    assert_eq!(log, ["w0", "w10", "w20"]);
}

#[test]
fn idle_prevents_blocking() {
    let lp: Loop<Log> = Loop::new().unwrap();
    let mut log = Log::new();
    let mut n = 0;
    let idle = lp.idle_init(Box::new(move |c: &mut Log, l: &Loop<Log>, id, _| {
        n += 1;
        if n == 3 {
            c.push("idle3".into());
            l.stop(id);
        }
    }));
    lp.start(idle);
    let t = lp.timer_init(cb(|c, _| c.push("timer".into())));
    lp.timer_start(t, 50, 0);
    lp.run(&mut log, RunMode::Default);
    assert_eq!(log, ["idle3", "timer"]);
}

#[test]
fn signal_is_delivered_on_the_loop() {
    let lp: Loop<Log> = Loop::new().unwrap();
    let mut log = Log::new();
    let watch = std::rc::Rc::new(std::cell::RefCell::new(None));
    let w2 = watch.clone();
    let w = lp
        .signal_start(
            libc_sigusr2(),
            Box::new(move |c: &mut Log, l: &Loop<Log>, _id, _r| {
                c.push("signal".into());
                if let Some(w) = w2.borrow_mut().take() {
                    l.signal_stop(w);
                }
            }),
        )
        .unwrap();
    *watch.borrow_mut() = Some(w);
    unsafe { raise(libc_sigusr2()) };
    lp.run(&mut log, RunMode::Default);
    assert_eq!(log, ["signal"]);
}

fn libc_sigusr2() -> i32 {
    12
}

extern "C" {
    fn raise(sig: i32) -> i32;
}
