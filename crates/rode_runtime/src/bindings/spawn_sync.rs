//! internalBinding('spawn_sync'): child_process.spawnSync and friends. Runs the child to
//! completion on the calling thread (the documented blocking API), with stdin input,
//! captured or inherited stdout/stderr, a timeout and maxBuffer.

use super::encoding::view_bytes;
use rquickjs::{ArrayBuffer, Ctx, Object, Value};
use std::io::{Read, Write};
use std::os::unix::process::{CommandExt, ExitStatusExt};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

fn stdio_of(kind: &str) -> Stdio {
    match kind {
        "inherit" => Stdio::inherit(),
        "ignore" => Stdio::null(),
        _ => Stdio::piped(),
    }
}

/// The child's command from the options lib/child_process.js normalised: `file`,
/// `args` (argv[0] first), `cwd`, `envPairs` ("K=V"), `stdio` kinds and `detached`.
/// Shared by spawnSync and the asynchronous spawn (process_wrap).
pub fn command_from(o: &Object<'_>) -> rquickjs::Result<Command> {
    let file: String = o.get("file")?;
    let args: Vec<String> = o.get("args")?;
    let cwd: Option<String> = o.get("cwd")?;
    let env: Option<Vec<String>> = o.get("envPairs")?;
    let stdio: Vec<String> = o.get("stdio")?;
    let detached: bool = o.get::<_, Option<bool>>("detached")?.unwrap_or(false);
    let mut cmd = Command::new(&file);
    if let Some(a0) = args.first() {
        cmd.arg0(a0);
    }
    cmd.args(args.iter().skip(1));
    if let Some(cwd) = &cwd {
        cmd.current_dir(cwd);
    }
    if let Some(env) = env {
        cmd.env_clear();
        for kv in env {
            if let Some((k, v)) = kv.split_once('=') {
                cmd.env(k, v);
            }
        }
    }
    if detached {
        cmd.process_group(0);
    }
    let kind = |i: usize| stdio.get(i).map(String::as_str).unwrap_or("pipe");
    cmd.stdin(stdio_of(kind(0)));
    cmd.stdout(stdio_of(kind(1)));
    cmd.stderr(stdio_of(kind(2)));
    Ok(cmd)
}

fn reader<R: Read + Send + 'static>(
    r: Option<R>,
    max: usize,
) -> Option<std::thread::JoinHandle<(Vec<u8>, bool)>> {
    r.map(|mut r| {
        std::thread::spawn(move || {
            let mut out = Vec::new();
            let mut buf = [0u8; 65536];
            let mut over = false;
            loop {
                match r.read(&mut buf) {
                    Ok(0) | Err(_) => break,
                    Ok(n) => {
                        out.extend_from_slice(&buf[..n]);
                        if out.len() > max {
                            out.truncate(max);
                            over = true;
                            break;
                        }
                    }
                }
            }
            (out, over)
        })
    })
}

pub fn init<'js>(ctx: &Ctx<'js>, obj: &Object<'js>) -> rquickjs::Result<()> {
    // spawn(options) -> { pid, status, signal, stdout, stderr, error, maxBuffer, timedOut }
    super::set_fn(
        ctx,
        obj,
        "spawn",
        |ctx: Ctx<'js>, o: Object<'js>| -> rquickjs::Result<Object<'js>> {
            let input: Value = o.get("input")?;
            let timeout: f64 = o.get::<_, Option<f64>>("timeout")?.unwrap_or(0.0);
            let kill_signal: i32 = o
                .get::<_, Option<i32>>("killSignal")?
                .unwrap_or(libc::SIGTERM);
            let max_buffer: f64 = o
                .get::<_, Option<f64>>("maxBuffer")?
                .unwrap_or(1024.0 * 1024.0);
            let max = if max_buffer.is_finite() && max_buffer >= 0.0 {
                max_buffer as usize
            } else {
                usize::MAX
            };

            let mut cmd = command_from(&o)?;

            let result = Object::new(ctx.clone())?;
            let mut child = match cmd.spawn() {
                Ok(c) => c,
                Err(e) => {
                    result.set("error", -e.raw_os_error().unwrap_or(libc::ENOENT))?;
                    result.set("status", Value::new_null(ctx.clone()))?;
                    return Ok(result);
                }
            };
            result.set("pid", child.id())?;
            let input = view_bytes(&input);
            let writer = child.stdin.take().map(|mut w| {
                std::thread::spawn(move || {
                    if let Some(data) = input {
                        let _ = w.write_all(&data);
                    }
                })
            });
            let out = reader(child.stdout.take(), max);
            let err = reader(child.stderr.take(), max);
            let start = Instant::now();
            let mut timed_out = false;
            let status = loop {
                match child.try_wait() {
                    Ok(Some(s)) => break Some(s),
                    Ok(None) => {}
                    Err(_) => break None,
                }
                if timeout > 0.0 && start.elapsed() >= Duration::from_secs_f64(timeout / 1000.0) {
                    timed_out = true;
                    unsafe { libc::kill(child.id() as i32, kill_signal) };
                    break child.wait().ok();
                }
                std::thread::sleep(Duration::from_millis(1));
            };
            if let Some(w) = writer {
                let _ = w.join();
            }
            let mut over = false;
            for (name, h) in [("stdout", out), ("stderr", err)] {
                match h.and_then(|h| h.join().ok()) {
                    Some((bytes, o)) => {
                        over |= o;
                        result.set(name, ArrayBuffer::new(ctx.clone(), bytes)?)?;
                    }
                    None => result.set(name, Value::new_null(ctx.clone()))?,
                }
            }
            if over {
                unsafe { libc::kill(child.id() as i32, kill_signal) };
                result.set("maxBuffer", true)?;
            }
            if timed_out {
                result.set("error", -libc::ETIMEDOUT)?;
            }
            match status {
                Some(s) => {
                    match s.code() {
                        Some(c) => result.set("status", c)?,
                        None => result.set("status", Value::new_null(ctx.clone()))?,
                    }
                    match s.signal() {
                        Some(sig) => result.set("signal", sig)?,
                        None => result.set("signal", Value::new_null(ctx.clone()))?,
                    }
                }
                None => result.set("status", Value::new_null(ctx.clone()))?,
            }
            Ok(result)
        },
    )?;
    Ok(())
}
