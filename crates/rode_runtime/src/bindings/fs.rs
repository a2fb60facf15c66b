//! internalBinding('fs'): the file-system calls lib/fs.js and the module loader use.
//! Each call that takes a trailing callback runs on the thread pool (as libuv's fs
//! requests do) and calls back through make_callback; without one it runs synchronously
//! and throws Node's system error.

use crate::host;
use rode_uv::WorkKind;
use rquickjs::{function::Opt, ArrayBuffer, Ctx, Function, Object, TypedArray, Value};
use std::io;
use std::os::unix::fs::{MetadataExt, PermissionsExt};

/// The 14 numbers of a Stats object, in the order lib/fs.js reads them.
fn stat_array(m: &std::fs::Metadata) -> Vec<f64> {
    let ms = |s: i64, ns: i64| s as f64 * 1000.0 + ns as f64 / 1e6;
    vec![
        m.dev() as f64,
        m.mode() as f64,
        m.nlink() as f64,
        m.uid() as f64,
        m.gid() as f64,
        m.rdev() as f64,
        m.blksize() as f64,
        m.ino() as f64,
        m.size() as f64,
        m.blocks() as f64,
        ms(m.atime(), m.atime_nsec()),
        ms(m.mtime(), m.mtime_nsec()),
        ms(m.ctime(), m.ctime_nsec()),
        // Linux statx birth time is not in std's Metadata on all kernels; fall back to ctime.
        m.created()
            .ok()
            .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
            .map(|d| d.as_secs_f64() * 1000.0)
            .unwrap_or_else(|| ms(m.ctime(), m.ctime_nsec())),
    ]
}

fn do_stat(path: &str, follow: bool) -> io::Result<Vec<f64>> {
    let m = if follow {
        std::fs::metadata(path)?
    } else {
        std::fs::symlink_metadata(path)?
    };
    Ok(stat_array(&m))
}

type Res<T> = Result<T, (io::Error, String)>;

fn stat_js<'js>(ctx: &Ctx<'js>, v: Vec<f64>) -> Value<'js> {
    TypedArray::<f64>::new(ctx.clone(), v)
        .map(|a| a.into_value())
        .unwrap_or_else(|_| Value::new_undefined(ctx.clone()))
}

fn err_js<'js>(ctx: &Ctx<'js>, e: &io::Error, syscall: &str, path: &str) -> Value<'js> {
    host::uv_exception(ctx, e, syscall, Some(path), None)
}

/// readFile fails in open (with the path) or, for a directory, in read (without it).
fn read_error<'js>(ctx: &Ctx<'js>, e: &io::Error, path: &str) -> Value<'js> {
    if e.raw_os_error() == Some(libc::EISDIR) {
        host::uv_exception(ctx, e, "read", None, None)
    } else {
        host::uv_exception(ctx, e, "open", Some(path), None)
    }
}

fn undef<'js>(ctx: &Ctx<'js>) -> Value<'js> {
    Value::new_undefined(ctx.clone())
}

fn write_all(path: &str, data: &[u8], append: bool, mode: u32) -> io::Result<()> {
    use std::io::Write;
    use std::os::unix::fs::OpenOptionsExt;
    let mut f = std::fs::OpenOptions::new()
        .write(true)
        .create(true)
        .append(append)
        .truncate(!append)
        .mode(mode)
        .open(path)?;
    f.write_all(data)
}

fn mkdir_p(path: &str, mode: u32) -> io::Result<Option<String>> {
    use std::os::unix::fs::DirBuilderExt;
    // Node returns the first directory it created (or undefined when all existed).
    let p = std::path::Path::new(path);
    let mut first = None;
    let mut missing = Vec::new();
    let mut cur = Some(p);
    while let Some(c) = cur {
        if c.as_os_str().is_empty() || c.exists() {
            if c.exists() && !c.is_dir() {
                return Err(io::Error::from_raw_os_error(libc::ENOTDIR));
            }
            break;
        }
        missing.push(c);
        cur = c.parent();
    }
    for d in missing.iter().rev() {
        match std::fs::DirBuilder::new().mode(mode).create(d) {
            Ok(()) => {
                if first.is_none() {
                    first = Some(d.to_string_lossy().into_owned());
                }
            }
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => {}
            Err(e) => return Err(e),
        }
    }
    Ok(first)
}

fn cstr(ctx: &Ctx<'_>, p: &str) -> rquickjs::Result<std::ffi::CString> {
    std::ffi::CString::new(p)
        .map_err(|_| rquickjs::Exception::throw_type(ctx, "path contains a NUL byte"))
}

fn last_err() -> io::Error {
    io::Error::last_os_error()
}

/// fd-based calls (open/close/read/write/fstat), synchronous; the async forms come with
/// the complete fs module.
fn init_fd<'js>(ctx: &Ctx<'js>, obj: &Object<'js>) -> rquickjs::Result<()> {
    super::set_fn(
        ctx,
        obj,
        "open",
        |ctx: Ctx<'js>, path: String, flags: i32, mode: u32| -> rquickjs::Result<i32> {
            let c = cstr(&ctx, &path)?;
            let fd = unsafe { libc::open(c.as_ptr(), flags | libc::O_CLOEXEC, mode) };
            if fd < 0 {
                return Err(host::throw_uv(&ctx, &last_err(), "open", Some(&path), None));
            }
            Ok(fd)
        },
    )?;
    super::set_fn(
        ctx,
        obj,
        "close",
        |ctx: Ctx<'js>, fd: i32| -> rquickjs::Result<()> {
            if unsafe { libc::close(fd) } != 0 {
                return Err(host::throw_uv(&ctx, &last_err(), "close", None, None));
            }
            Ok(())
        },
    )?;
    // read(fd, buffer, offset, length, position) -> bytes read (position -1: current).
    super::set_fn(
        ctx,
        obj,
        "read",
        |ctx: Ctx<'js>,
         fd: i32,
         buf: TypedArray<'js, u8>,
         offset: usize,
         length: usize,
         position: f64|
         -> rquickjs::Result<usize> {
            let Some(raw) = buf.as_raw() else {
                return Ok(0);
            };
            let total = raw.len();
            if offset > total || length > total - offset {
                return Err(rquickjs::Exception::throw_range(
                    &ctx,
                    "offset/length out of range",
                ));
            }
            // SAFETY: the range is inside the view and no JS runs during the syscall.
            let ptr = unsafe { raw.cast::<u8>().as_ptr().add(offset) };
            let n = unsafe {
                if position >= 0.0 {
                    libc::pread(
                        fd,
                        ptr as *mut libc::c_void,
                        length,
                        position as libc::off_t,
                    )
                } else {
                    libc::read(fd, ptr as *mut libc::c_void, length)
                }
            };
            if n < 0 {
                return Err(host::throw_uv(&ctx, &last_err(), "read", None, None));
            }
            Ok(n as usize)
        },
    )?;
    super::set_fn(
        ctx,
        obj,
        "writeBuffer",
        |ctx: Ctx<'js>, fd: i32, data: Value<'js>, position: f64| -> rquickjs::Result<usize> {
            let bytes = super::encoding::data_bytes(&data).unwrap_or_default();
            let n = unsafe {
                if position >= 0.0 {
                    libc::pwrite(
                        fd,
                        bytes.as_ptr() as *const libc::c_void,
                        bytes.len(),
                        position as libc::off_t,
                    )
                } else {
                    libc::write(fd, bytes.as_ptr() as *const libc::c_void, bytes.len())
                }
            };
            if n < 0 {
                return Err(host::throw_uv(&ctx, &last_err(), "write", None, None));
            }
            Ok(n as usize)
        },
    )?;
    super::set_fn(
        ctx,
        obj,
        "fstat",
        |ctx: Ctx<'js>, fd: i32| -> rquickjs::Result<Value<'js>> {
            use std::os::fd::FromRawFd;
            // Borrow the fd as a File without closing it afterwards.
            let f = std::mem::ManuallyDrop::new(unsafe { std::fs::File::from_raw_fd(fd) });
            match f.metadata() {
                Ok(m) => Ok(stat_js(&ctx, stat_array(&m))),
                Err(e) => Err(host::throw_uv(&ctx, &e, "fstat", None, None)),
            }
        },
    )?;
    Ok(())
}

/// Path calls that map one-to-one onto a syscall.
fn init_links<'js>(ctx: &Ctx<'js>, obj: &Object<'js>) -> rquickjs::Result<()> {
    super::set_fn(
        ctx,
        obj,
        "symlink",
        |ctx: Ctx<'js>, target: String, path: String| -> rquickjs::Result<()> {
            std::os::unix::fs::symlink(&target, &path)
                .map_err(|e| host::throw_uv(&ctx, &e, "symlink", Some(&target), Some(&path)))
        },
    )?;
    super::set_fn(
        ctx,
        obj,
        "link",
        |ctx: Ctx<'js>, existing: String, new: String| -> rquickjs::Result<()> {
            std::fs::hard_link(&existing, &new)
                .map_err(|e| host::throw_uv(&ctx, &e, "link", Some(&existing), Some(&new)))
        },
    )?;
    super::set_fn(
        ctx,
        obj,
        "readlink",
        |ctx: Ctx<'js>, path: String| -> rquickjs::Result<String> {
            std::fs::read_link(&path)
                .map(|p| p.to_string_lossy().into_owned())
                .map_err(|e| host::throw_uv(&ctx, &e, "readlink", Some(&path), None))
        },
    )?;
    super::set_fn(
        ctx,
        obj,
        "truncate",
        |ctx: Ctx<'js>, path: String, len: f64| -> rquickjs::Result<()> {
            let f = std::fs::OpenOptions::new()
                .write(true)
                .open(&path)
                .map_err(|e| host::throw_uv(&ctx, &e, "open", Some(&path), None))?;
            f.set_len(len.max(0.0) as u64)
                .map_err(|e| host::throw_uv(&ctx, &e, "ftruncate", None, None))
        },
    )?;
    super::set_fn(
        ctx,
        obj,
        "ftruncate",
        |ctx: Ctx<'js>, fd: i32, len: f64| -> rquickjs::Result<()> {
            if unsafe { libc::ftruncate(fd, len.max(0.0) as libc::off_t) } != 0 {
                return Err(host::throw_uv(&ctx, &last_err(), "ftruncate", None, None));
            }
            Ok(())
        },
    )?;
    super::set_fn(
        ctx,
        obj,
        "fsync",
        |ctx: Ctx<'js>, fd: i32| -> rquickjs::Result<()> {
            if unsafe { libc::fsync(fd) } != 0 {
                return Err(host::throw_uv(&ctx, &last_err(), "fsync", None, None));
            }
            Ok(())
        },
    )?;
    super::set_fn(
        ctx,
        obj,
        "utimes",
        |ctx: Ctx<'js>,
         path: String,
         atime: f64,
         mtime: f64,
         follow: bool|
         -> rquickjs::Result<()> {
            let c = cstr(&ctx, &path)?;
            let ts = |t: f64| libc::timespec {
                tv_sec: t.floor() as libc::time_t,
                tv_nsec: ((t - t.floor()) * 1e9) as libc::c_long,
            };
            let times = [ts(atime), ts(mtime)];
            let flags = if follow { 0 } else { libc::AT_SYMLINK_NOFOLLOW };
            if unsafe { libc::utimensat(libc::AT_FDCWD, c.as_ptr(), times.as_ptr(), flags) } != 0 {
                return Err(host::throw_uv(
                    &ctx,
                    &last_err(),
                    if follow { "utime" } else { "lutime" },
                    Some(&path),
                    None,
                ));
            }
            Ok(())
        },
    )?;
    super::set_fn(
        ctx,
        obj,
        "copyFile",
        |ctx: Ctx<'js>, src: String, dest: String, excl: bool| -> rquickjs::Result<()> {
            if excl && std::path::Path::new(&dest).exists() {
                let e = io::Error::from_raw_os_error(libc::EEXIST);
                return Err(host::throw_uv(
                    &ctx,
                    &e,
                    "copyfile",
                    Some(&src),
                    Some(&dest),
                ));
            }
            std::fs::copy(&src, &dest)
                .map(|_| ())
                .map_err(|e| host::throw_uv(&ctx, &e, "copyfile", Some(&src), Some(&dest)))
        },
    )?;
    super::set_fn(
        ctx,
        obj,
        "chown",
        |ctx: Ctx<'js>, path: String, uid: u32, gid: u32, follow: bool| -> rquickjs::Result<()> {
            let c = cstr(&ctx, &path)?;
            let r = unsafe {
                if follow {
                    libc::chown(c.as_ptr(), uid, gid)
                } else {
                    libc::lchown(c.as_ptr(), uid, gid)
                }
            };
            if r != 0 {
                return Err(host::throw_uv(
                    &ctx,
                    &last_err(),
                    if follow { "chown" } else { "lchown" },
                    Some(&path),
                    None,
                ));
            }
            Ok(())
        },
    )?;
    Ok(())
}

pub fn init<'js>(ctx: &Ctx<'js>, obj: &Object<'js>) -> rquickjs::Result<()> {
    init_fd(ctx, obj)?;
    init_links(ctx, obj)?;
    super::set_fn(ctx, obj, "internalModuleStat", |path: String| -> i32 {
        match std::fs::metadata(&path) {
            Ok(m) if m.is_dir() => 1,
            Ok(_) => 0,
            Err(e) => -e.raw_os_error().unwrap_or(libc::ENOENT),
        }
    })?;
    super::set_fn(
        ctx,
        obj,
        "readFileUtf8",
        |ctx: Ctx<'js>, path: String| -> rquickjs::Result<String> {
            match std::fs::read(&path) {
                Ok(b) => Ok(String::from_utf8(b)
                    .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())),
                Err(e) => Err(host::throw_uv(&ctx, &e, "open", Some(&path), None)),
            }
        },
    )?;
    super::set_fn(
        ctx,
        obj,
        "realpath",
        |ctx: Ctx<'js>, path: String| -> rquickjs::Result<String> {
            std::fs::canonicalize(&path)
                .map(|p| p.to_string_lossy().into_owned())
                .map_err(|e| host::throw_uv(&ctx, &e, "realpath", Some(&path), None))
        },
    )?;
    super::set_fn(ctx, obj, "exists", |path: String| {
        std::path::Path::new(&path).exists()
    })?;
    super::set_fn(
        ctx,
        obj,
        "stat",
        |ctx: Ctx<'js>,
         path: String,
         follow: bool,
         cb: Opt<Function<'js>>|
         -> rquickjs::Result<Value<'js>> {
            if let Some(cb) = cb.0 {
                host::queue_js_work(
                    &ctx,
                    WorkKind::FastIo,
                    cb,
                    move || -> Res<Vec<f64>> { do_stat(&path, follow).map_err(|e| (e, path)) },
                    |ctx, r| match r {
                        Ok(v) => (Value::new_null(ctx.clone()), stat_js(ctx, v)),
                        Err((e, p)) => (err_js(ctx, &e, "stat", &p), undef(ctx)),
                    },
                );
                return Ok(undef(&ctx));
            }
            match do_stat(&path, follow) {
                Ok(v) => Ok(stat_js(&ctx, v)),
                Err(e) => Err(host::throw_uv(
                    &ctx,
                    &e,
                    if follow { "stat" } else { "lstat" },
                    Some(&path),
                    None,
                )),
            }
        },
    )?;
    super::set_fn(
        ctx,
        obj,
        "readFile",
        |ctx: Ctx<'js>, path: String, cb: Opt<Function<'js>>| -> rquickjs::Result<Value<'js>> {
            let read = |p: &str| -> io::Result<Vec<u8>> {
                if std::fs::metadata(p)?.is_dir() {
                    return Err(io::Error::from_raw_os_error(libc::EISDIR));
                }
                std::fs::read(p)
            };
            if let Some(cb) = cb.0 {
                host::queue_js_work(
                    &ctx,
                    WorkKind::FastIo,
                    cb,
                    move || -> Res<Vec<u8>> { read(&path).map_err(|e| (e, path)) },
                    |ctx, r| match r {
                        Ok(v) => (
                            Value::new_null(ctx.clone()),
                            ArrayBuffer::new(ctx.clone(), v)
                                .map(|a| a.into_value())
                                .unwrap_or_else(|_| undef(ctx)),
                        ),
                        Err((e, p)) => (read_error(ctx, &e, &p), undef(ctx)),
                    },
                );
                return Ok(undef(&ctx));
            }
            match read(&path) {
                Ok(v) => Ok(ArrayBuffer::new(ctx.clone(), v)?.into_value()),
                Err(e) => {
                    let err = read_error(&ctx, &e, &path);
                    Err(ctx.throw(err))
                }
            }
        },
    )?;
    super::set_fn(
        ctx,
        obj,
        "writeFile",
        |ctx: Ctx<'js>,
         path: String,
         data: Value<'js>,
         append: bool,
         mode: u32,
         cb: Opt<Function<'js>>|
         -> rquickjs::Result<Value<'js>> {
            let Some(bytes) = super::encoding::data_bytes(&data) else {
                return Err(rquickjs::Exception::throw_type(
                    &ctx,
                    "data must be a string or Uint8Array",
                ));
            };
            if let Some(cb) = cb.0 {
                host::queue_js_work(
                    &ctx,
                    WorkKind::FastIo,
                    cb,
                    move || -> Res<()> {
                        write_all(&path, &bytes, append, mode).map_err(|e| (e, path))
                    },
                    |ctx, r| match r {
                        Ok(()) => (Value::new_null(ctx.clone()), undef(ctx)),
                        Err((e, p)) => (err_js(ctx, &e, "open", &p), undef(ctx)),
                    },
                );
                return Ok(undef(&ctx));
            }
            write_all(&path, &bytes, append, mode)
                .map(|_| undef(&ctx))
                .map_err(|e| host::throw_uv(&ctx, &e, "open", Some(&path), None))
        },
    )?;
    super::set_fn(
        ctx,
        obj,
        "mkdir",
        |ctx: Ctx<'js>,
         path: String,
         recursive: bool,
         mode: u32|
         -> rquickjs::Result<Option<String>> {
            use std::os::unix::fs::DirBuilderExt;
            if recursive {
                return mkdir_p(&path, mode)
                    .map_err(|e| host::throw_uv(&ctx, &e, "mkdir", Some(&path), None));
            }
            std::fs::DirBuilder::new()
                .mode(mode)
                .create(&path)
                .map(|_| None)
                .map_err(|e| host::throw_uv(&ctx, &e, "mkdir", Some(&path), None))
        },
    )?;
    super::set_fn(
        ctx,
        obj,
        "mkdtemp",
        |ctx: Ctx<'js>, prefix: String| -> rquickjs::Result<String> {
            let mut tmpl = format!("{prefix}XXXXXX").into_bytes();
            tmpl.push(0);
            let p = unsafe { libc::mkdtemp(tmpl.as_mut_ptr() as *mut libc::c_char) };
            if p.is_null() {
                let e = io::Error::last_os_error();
                return Err(host::throw_uv(
                    &ctx,
                    &e,
                    "mkdtemp",
                    Some(&format!("{prefix}XXXXXX")),
                    None,
                ));
            }
            tmpl.pop();
            Ok(String::from_utf8_lossy(&tmpl).into_owned())
        },
    )?;
    super::set_fn(
        ctx,
        obj,
        "rm",
        |ctx: Ctx<'js>, path: String, recursive: bool, force: bool| -> rquickjs::Result<()> {
            let meta = match std::fs::symlink_metadata(&path) {
                Ok(m) => m,
                Err(e) if force && e.kind() == io::ErrorKind::NotFound => return Ok(()),
                Err(e) => return Err(host::throw_uv(&ctx, &e, "rm", Some(&path), None)),
            };
            let r = if meta.is_dir() {
                if !recursive {
                    // Node: ERR_FS_EISDIR is raised in JS before reaching here.
                    std::fs::remove_dir(&path)
                } else {
                    std::fs::remove_dir_all(&path)
                }
            } else {
                std::fs::remove_file(&path)
            };
            r.map_err(|e| host::throw_uv(&ctx, &e, "rm", Some(&path), None))
        },
    )?;
    super::set_fn(
        ctx,
        obj,
        "readdir",
        |ctx: Ctx<'js>, path: String| -> rquickjs::Result<Vec<String>> {
            let rd = std::fs::read_dir(&path)
                .map_err(|e| host::throw_uv(&ctx, &e, "scandir", Some(&path), None))?;
            let mut names: Vec<String> = rd
                .flatten()
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .collect();
            names.sort();
            Ok(names)
        },
    )?;
    super::set_fn(
        ctx,
        obj,
        "unlink",
        |ctx: Ctx<'js>, path: String| -> rquickjs::Result<()> {
            std::fs::remove_file(&path)
                .map_err(|e| host::throw_uv(&ctx, &e, "unlink", Some(&path), None))
        },
    )?;
    super::set_fn(
        ctx,
        obj,
        "rmdir",
        |ctx: Ctx<'js>, path: String| -> rquickjs::Result<()> {
            std::fs::remove_dir(&path)
                .map_err(|e| host::throw_uv(&ctx, &e, "rmdir", Some(&path), None))
        },
    )?;
    super::set_fn(
        ctx,
        obj,
        "rename",
        |ctx: Ctx<'js>, from: String, to: String| -> rquickjs::Result<()> {
            std::fs::rename(&from, &to)
                .map_err(|e| host::throw_uv(&ctx, &e, "rename", Some(&from), Some(&to)))
        },
    )?;
    super::set_fn(
        ctx,
        obj,
        "chmod",
        |ctx: Ctx<'js>, path: String, mode: u32| -> rquickjs::Result<()> {
            std::fs::set_permissions(&path, std::fs::Permissions::from_mode(mode))
                .map_err(|e| host::throw_uv(&ctx, &e, "chmod", Some(&path), None))
        },
    )?;
    super::set_fn(
        ctx,
        obj,
        "access",
        |ctx: Ctx<'js>, path: String, mode: i32| -> rquickjs::Result<()> {
            let c = std::ffi::CString::new(path.clone())
                .map_err(|_| rquickjs::Exception::throw_type(&ctx, "path contains a NUL byte"))?;
            if unsafe { libc::access(c.as_ptr(), mode) } != 0 {
                let e = io::Error::last_os_error();
                return Err(host::throw_uv(&ctx, &e, "access", Some(&path), None));
            }
            Ok(())
        },
    )?;
    Ok(())
}
