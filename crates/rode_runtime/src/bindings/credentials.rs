//! internalBinding('credentials'): process.setuid/setgid/seteuid/setegid, setgroups,
//! initgroups and getgroups. Names are looked up with the C library (getpwnam/getgrnam).

use rquickjs::{Ctx, Object, Value};
use std::ffi::CString;

/// Resolves a user (is_group false) or group name or number to its id.
fn resolve(v: &Value<'_>, is_group: bool) -> Option<u32> {
    if let Some(n) = v.as_number() {
        return Some(n as u32);
    }
    let name = v.as_string()?.to_string().ok()?;
    let c = CString::new(name).ok()?;
    unsafe {
        if is_group {
            let g = libc::getgrnam(c.as_ptr());
            (!g.is_null()).then(|| (*g).gr_gid)
        } else {
            let p = libc::getpwnam(c.as_ptr());
            (!p.is_null()).then(|| (*p).pw_uid)
        }
    }
}

fn errno() -> i32 {
    -std::io::Error::last_os_error()
        .raw_os_error()
        .unwrap_or(libc::EPERM)
}

pub fn init<'js>(ctx: &Ctx<'js>, obj: &Object<'js>) -> rquickjs::Result<()> {
    // set(which, id) -> 0, 1 (unknown name), or a negative errno.
    // which: 0 setuid, 1 setgid, 2 seteuid, 3 setegid.
    super::set_fn(ctx, obj, "set", |which: i32, id: Value<'js>| -> i32 {
        let is_group = which == 1 || which == 3;
        let Some(id) = resolve(&id, is_group) else {
            return 1;
        };
        let r = unsafe {
            match which {
                0 => libc::setuid(id),
                1 => libc::setgid(id),
                2 => libc::seteuid(id),
                _ => libc::setegid(id),
            }
        };
        if r != 0 {
            errno()
        } else {
            0
        }
    })?;
    // setgroups(list) -> 0, the 1-based index of an unknown group, or a negative errno.
    super::set_fn(ctx, obj, "setgroups", |list: Vec<Value<'js>>| -> i32 {
        let mut gids = Vec::with_capacity(list.len());
        for (i, g) in list.iter().enumerate() {
            match resolve(g, true) {
                Some(id) => gids.push(id),
                None => return i as i32 + 1,
            }
        }
        if unsafe { libc::setgroups(gids.len(), gids.as_ptr()) } != 0 {
            errno()
        } else {
            0
        }
    })?;
    // initgroups(user, extraGroup) -> 0, 1 unknown user, 2 unknown group, or -errno.
    super::set_fn(
        ctx,
        obj,
        "initgroups",
        |user: Value<'js>, group: Value<'js>| -> i32 {
            let name = if let Some(s) = user.as_string() {
                s.to_string().unwrap_or_default()
            } else {
                let Some(uid) = user.as_number() else {
                    return 1;
                };
                let p = unsafe { libc::getpwuid(uid as u32) };
                if p.is_null() {
                    return 1;
                }
                unsafe { std::ffi::CStr::from_ptr((*p).pw_name) }
                    .to_string_lossy()
                    .into_owned()
            };
            let Some(gid) = resolve(&group, true) else {
                return 2;
            };
            let Ok(c) = CString::new(name) else { return 1 };
            if unsafe { libc::getpwnam(c.as_ptr()) }.is_null() {
                return 1;
            }
            if unsafe { libc::initgroups(c.as_ptr(), gid) } != 0 {
                errno()
            } else {
                0
            }
        },
    )?;
    super::set_fn(ctx, obj, "getgroups", || -> Vec<u32> {
        let n = unsafe { libc::getgroups(0, std::ptr::null_mut()) };
        let mut v = vec![0u32; n.max(0) as usize];
        let n = unsafe { libc::getgroups(n, v.as_mut_ptr()) };
        v.truncate(n.max(0) as usize);
        v
    })?;
    super::set_fn(ctx, obj, "ids", || -> Vec<u32> {
        unsafe {
            vec![
                libc::getuid(),
                libc::geteuid(),
                libc::getgid(),
                libc::getegid(),
            ]
        }
    })?;
    Ok(())
}
