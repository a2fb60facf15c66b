//! internalBinding('os'): facts about the machine for lib/os.js.

use rquickjs::{Ctx, Object};

fn uname() -> (String, String, String, String) {
    let mut u: libc::utsname = unsafe { std::mem::zeroed() };
    unsafe { libc::uname(&mut u) };
    let f = |a: &[libc::c_char]| {
        unsafe { std::ffi::CStr::from_ptr(a.as_ptr()) }
            .to_string_lossy()
            .into_owned()
    };
    (f(&u.sysname), f(&u.release), f(&u.version), f(&u.machine))
}

fn sysinfo() -> libc::sysinfo {
    let mut si: libc::sysinfo = unsafe { std::mem::zeroed() };
    unsafe { libc::sysinfo(&mut si) };
    si
}

pub fn init<'js>(ctx: &Ctx<'js>, obj: &Object<'js>) -> rquickjs::Result<()> {
    super::set_fn(ctx, obj, "getHostname", || {
        let mut buf = [0u8; 256];
        unsafe { libc::gethostname(buf.as_mut_ptr() as *mut libc::c_char, buf.len()) };
        let end = buf.iter().position(|&b| b == 0).unwrap_or(buf.len());
        String::from_utf8_lossy(&buf[..end]).into_owned()
    })?;
    super::set_fn(ctx, obj, "getUname", || {
        let (s, r, v, m) = uname();
        vec![s, r, v, m]
    })?;
    super::set_fn(ctx, obj, "getTotalMem", || {
        let si = sysinfo();
        si.totalram as f64 * si.mem_unit as f64
    })?;
    super::set_fn(ctx, obj, "getFreeMem", || {
        // MemAvailable is what libuv reports as free memory.
        std::fs::read_to_string("/proc/meminfo")
            .ok()
            .and_then(|s| {
                s.lines()
                    .find(|l| l.starts_with("MemAvailable:"))
                    .and_then(|l| {
                        l.split_whitespace()
                            .nth(1)
                            .and_then(|v| v.parse::<f64>().ok())
                    })
            })
            .map(|kb| kb * 1024.0)
            .unwrap_or_else(|| {
                let si = sysinfo();
                si.freeram as f64 * si.mem_unit as f64
            })
    })?;
    super::set_fn(ctx, obj, "getUptime", || sysinfo().uptime as f64)?;
    super::set_fn(ctx, obj, "getLoadAvg", || {
        let mut l = [0f64; 3];
        unsafe { libc::getloadavg(l.as_mut_ptr(), 3) };
        l.to_vec()
    })?;
    super::set_fn(ctx, obj, "getCPUs", || -> Vec<String> {
        // model name and MHz per logical CPU, flattened; times are read by lib/os.js lazily.
        let info = std::fs::read_to_string("/proc/cpuinfo").unwrap_or_default();
        let mut out = Vec::new();
        let mut model = String::new();
        for line in info.lines() {
            if let Some((k, v)) = line.split_once(':') {
                let k = k.trim();
                if k == "model name" {
                    model = v.trim().to_string();
                } else if k == "cpu MHz" {
                    out.push(model.clone());
                    out.push(v.trim().split('.').next().unwrap_or("0").to_string());
                }
            }
        }
        out
    })?;
    super::set_fn(ctx, obj, "getCPUTimes", || -> Vec<f64> {
        // user nice sys idle irq per CPU in ms, from /proc/stat (USER_HZ = 100).
        let stat = std::fs::read_to_string("/proc/stat").unwrap_or_default();
        let mut out = Vec::new();
        for line in stat.lines() {
            if line.starts_with("cpu") && line.as_bytes().get(3).is_some_and(|b| b.is_ascii_digit())
            {
                let v: Vec<f64> = line
                    .split_whitespace()
                    .skip(1)
                    .filter_map(|x| x.parse().ok())
                    .collect();
                let g = |i: usize| v.get(i).copied().unwrap_or(0.0) * 10.0;
                out.extend([g(0), g(1), g(2), g(3), g(5)]);
            }
        }
        out
    })?;
    super::set_fn(ctx, obj, "getUserInfo", || -> Vec<String> {
        unsafe {
            let uid = libc::geteuid();
            let gid = libc::getegid();
            let pw = libc::getpwuid(uid);
            if pw.is_null() {
                return vec![
                    uid.to_string(),
                    gid.to_string(),
                    String::new(),
                    String::new(),
                    String::new(),
                ];
            }
            let s = |p: *const libc::c_char| {
                if p.is_null() {
                    String::new()
                } else {
                    std::ffi::CStr::from_ptr(p).to_string_lossy().into_owned()
                }
            };
            vec![
                uid.to_string(),
                gid.to_string(),
                s((*pw).pw_name),
                s((*pw).pw_dir),
                s((*pw).pw_shell),
            ]
        }
    })?;
    super::set_fn(ctx, obj, "getPriority", |pid: i32| unsafe {
        libc::getpriority(libc::PRIO_PROCESS, pid as libc::id_t)
    })?;
    super::set_fn(ctx, obj, "availableParallelism", || {
        std::thread::available_parallelism()
            .map(|n| n.get())
            .unwrap_or(1) as u32
    })?;
    Ok(())
}
