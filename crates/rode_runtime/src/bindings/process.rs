//! internalBinding('process_methods'): the native half of `process`.

use crate::host;
use rquickjs::{function::Opt, Ctx, Exception, Object};

fn rss_bytes() -> f64 {
    // /proc/self/statm: the second field is resident pages.
    std::fs::read_to_string("/proc/self/statm")
        .ok()
        .and_then(|s| {
            s.split_whitespace()
                .nth(1)
                .and_then(|v| v.parse::<f64>().ok())
        })
        .map(|pages| pages * page_size())
        .unwrap_or(0.0)
}

fn page_size() -> f64 {
    unsafe { libc::sysconf(libc::_SC_PAGESIZE) as f64 }
}

fn rusage() -> libc::rusage {
    let mut ru: libc::rusage = unsafe { std::mem::zeroed() };
    unsafe { libc::getrusage(libc::RUSAGE_SELF, &mut ru) };
    ru
}

fn tv_us(tv: libc::timeval) -> f64 {
    tv.tv_sec as f64 * 1e6 + tv.tv_usec as f64
}

pub fn init<'js>(ctx: &Ctx<'js>, obj: &Object<'js>) -> rquickjs::Result<()> {
    super::set_fn(ctx, obj, "hrtimeNs", || rode_uv::hrtime_ns() as f64)?;
    super::set_fn(
        ctx,
        obj,
        "cwd",
        |ctx: Ctx<'js>| -> rquickjs::Result<String> {
            std::env::current_dir()
                .map(|p| p.to_string_lossy().into_owned())
                .map_err(|e| host::throw_uv(&ctx, &e, "uv_cwd", None, None))
        },
    )?;
    super::set_fn(
        ctx,
        obj,
        "chdir",
        |ctx: Ctx<'js>, dir: String| -> rquickjs::Result<()> {
            // Node reports the directory it was in as the path and the target as dest.
            std::env::set_current_dir(&dir).map_err(|e| {
                let cwd = std::env::current_dir()
                    .map(|p| p.to_string_lossy().into_owned())
                    .unwrap_or_default();
                host::throw_uv(&ctx, &e, "chdir", Some(&cwd), Some(&dir))
            })
        },
    )?;
    super::set_fn(ctx, obj, "umask", |mask: Opt<u32>| -> u32 {
        unsafe {
            match mask.0 {
                Some(m) => libc::umask(m as libc::mode_t) as u32,
                None => {
                    let old = libc::umask(0);
                    libc::umask(old);
                    old as u32
                }
            }
        }
    })?;
    super::set_fn(ctx, obj, "rss", rss_bytes)?;
    // [rss, heapTotal, heapUsed, external, arrayBuffers]: the engine's allocations
    // stand for V8's heap (what it has from malloc, and what is in use), its binary
    // objects (ArrayBuffers, so Buffers) for arrayBuffers and external.
    super::set_fn(ctx, obj, "memoryUsage", |ctx: Ctx<'js>| -> Vec<f64> {
        let mut u: rquickjs::qjs::JSMemoryUsage = unsafe { std::mem::zeroed() };
        unsafe {
            let rt = rquickjs::qjs::JS_GetRuntime(ctx.as_raw().as_ptr());
            rquickjs::qjs::JS_ComputeMemoryUsage(rt, &mut u);
        }
        let buffers = u.binary_object_size as f64;
        vec![
            rss_bytes(),
            u.malloc_size as f64,
            u.memory_used_size as f64,
            buffers,
            buffers,
        ]
    })?;
    super::set_fn(ctx, obj, "cpuUsage", || -> Vec<f64> {
        let ru = rusage();
        vec![tv_us(ru.ru_utime), tv_us(ru.ru_stime)]
    })?;
    super::set_fn(ctx, obj, "threadCpuUsage", || -> Vec<f64> {
        let mut ru: libc::rusage = unsafe { std::mem::zeroed() };
        unsafe { libc::getrusage(libc::RUSAGE_THREAD, &mut ru) };
        vec![tv_us(ru.ru_utime), tv_us(ru.ru_stime)]
    })?;
    super::set_fn(ctx, obj, "resourceUsage", || -> Vec<f64> {
        let ru = rusage();
        vec![
            tv_us(ru.ru_utime),
            tv_us(ru.ru_stime),
            ru.ru_maxrss as f64,
            ru.ru_ixrss as f64,
            ru.ru_idrss as f64,
            ru.ru_isrss as f64,
            ru.ru_minflt as f64,
            ru.ru_majflt as f64,
            ru.ru_nswap as f64,
            ru.ru_inblock as f64,
            ru.ru_oublock as f64,
            ru.ru_msgsnd as f64,
            ru.ru_msgrcv as f64,
            ru.ru_nsignals as f64,
            ru.ru_nvcsw as f64,
            ru.ru_nivcsw as f64,
        ]
    })?;
    super::set_fn(ctx, obj, "reallyExit", |code: i32| -> () {
        host::exit_process(code)
    })?;
    super::set_fn(ctx, obj, "kill", |pid: i32, sig: i32| -> i32 {
        if unsafe { libc::kill(pid, sig) } != 0 {
            -std::io::Error::last_os_error()
                .raw_os_error()
                .unwrap_or(libc::EINVAL)
        } else {
            0
        }
    })?;
    super::set_fn(ctx, obj, "pid", std::process::id)?;
    super::set_fn(ctx, obj, "ppid", || unsafe { libc::getppid() })?;
    super::set_fn(ctx, obj, "execPath", || {
        std::env::current_exe()
            .map(|p| p.to_string_lossy().into_owned())
            .unwrap_or_default()
    })?;
    super::set_fn(ctx, obj, "getEnv", |name: String| {
        std::env::var_os(&name).map(|v| v.to_string_lossy().into_owned())
    })?;
    super::set_fn(
        ctx,
        obj,
        "setEnv",
        |ctx: Ctx<'js>, name: String, value: String| -> rquickjs::Result<()> {
            if name.is_empty() || name.contains('=') || name.contains('\0') || value.contains('\0')
            {
                return Err(Exception::throw_type(&ctx, "invalid environment variable"));
            }
            // SAFETY: rode runs JavaScript on one thread per realm; pool threads do not read env.
            unsafe { std::env::set_var(&name, &value) };
            Ok(())
        },
    )?;
    super::set_fn(ctx, obj, "unsetEnv", |name: String| {
        if !name.is_empty() && !name.contains('=') && !name.contains('\0') {
            unsafe { std::env::remove_var(&name) };
        }
    })?;
    super::set_fn(ctx, obj, "envKeys", || -> Vec<String> {
        std::env::vars_os()
            .map(|(k, _)| k.to_string_lossy().into_owned())
            .collect()
    })?;
    super::set_fn(
        ctx,
        obj,
        "threadpoolSize",
        rode_uv::threadpool_size_from_env,
    )?;
    Ok(())
}
