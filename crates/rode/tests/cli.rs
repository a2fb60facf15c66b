//! The command line: -e, -p, -r, --input-type, stdin programs, --, bad options,
//! version and help, exit codes. Expected outputs match node's.

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn rode(args: &[&str], stdin: Option<&str>) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_rode"));
    cmd.args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("NO_COLOR", "1")
        .stdin(if stdin.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = cmd.spawn().expect("spawn rode");
    if let Some(input) = stdin {
        child
            .stdin
            .take()
            .unwrap()
            .write_all(input.as_bytes())
            .unwrap();
    }
    child.wait_with_output().unwrap()
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}
fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

#[test]
fn eval_and_print() {
    let o = rode(
        &["-e", "console.log(1 + 1, typeof require, __filename)"],
        None,
    );
    assert_eq!(stdout(&o), "2 function [eval]\n", "{}", stderr(&o));
    let o = rode(&["-p", "[1, 'a', {b: 2}]"], None);
    assert_eq!(stdout(&o), "[ 1, 'a', { b: 2 } ]\n", "{}", stderr(&o));
    let o = rode(&["-p", "'str'"], None);
    assert_eq!(stdout(&o), "str\n");
}

#[test]
fn eval_argv() {
    let o = rode(
        &["-e", "console.log(process.argv.slice(1))", "a", "--b"],
        None,
    );
    assert_eq!(stdout(&o), "[ 'a', '--b' ]\n", "{}", stderr(&o));
}

#[test]
fn input_type_module() {
    let o = rode(
        &["--input-type=module", "-e", "import { sep } from 'node:path'; console.log(sep, typeof import.meta.url, await Promise.resolve(5))"],
        None,
    );
    assert_eq!(stdout(&o), "/ string 5\n", "{}", stderr(&o));
}

#[test]
fn program_from_stdin() {
    let o = rode(&[], Some("console.log('from stdin', typeof module)"));
    assert_eq!(stdout(&o), "from stdin object\n", "{}", stderr(&o));
    let o = rode(&["-"], Some("console.log(40 + 2)"));
    assert_eq!(stdout(&o), "42\n", "{}", stderr(&o));
}

#[test]
fn bad_option_exits_9() {
    let o = rode(&["--nope"], None);
    assert_eq!(o.status.code(), Some(9));
    assert!(
        stderr(&o).ends_with(": bad option: --nope\n"),
        "{}",
        stderr(&o)
    );
    assert_eq!(stdout(&o), "");
}

#[test]
fn version_and_help() {
    let o = rode(&["-v"], None);
    assert!(stdout(&o).starts_with("v24."), "{}", stdout(&o));
    let o = rode(&["--version"], None);
    assert!(stdout(&o).starts_with("v24."));
    let o = rode(&["-h"], None);
    assert!(stdout(&o).starts_with("Usage: rode"));
}

#[test]
fn exit_codes() {
    let o = rode(&["-e", "process.exit(7)"], None);
    assert_eq!(o.status.code(), Some(7));
    let o = rode(&["-e", "throw new Error('x')"], None);
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    assert!(
        err.starts_with("[eval]:1\nthrow new Error('x')\n^\n\nError: x\n    at [eval]:1:"),
        "{err}"
    );
    let o = rode(
        &[
            "-e",
            "process.on('uncaughtException', () => { throw new Error('again') }); throw 1",
        ],
        None,
    );
    assert_eq!(o.status.code(), Some(7));
}

#[test]
fn require_preload_and_double_dash() {
    let dir = std::env::temp_dir().join(format!("rode-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let pre = dir.join("pre.js");
    std::fs::write(&pre, "globalThis.preloaded = 'yes';").unwrap();
    let main = dir.join("main.js");
    std::fs::write(
        &main,
        "#!/usr/bin/env node\nconsole.log(globalThis.preloaded, process.argv.slice(2));",
    )
    .unwrap();
    let o = rode(
        &[
            "-r",
            pre.to_str().unwrap(),
            "--",
            main.to_str().unwrap(),
            "--x",
        ],
        None,
    );
    assert_eq!(stdout(&o), "yes [ '--x' ]\n", "{}", stderr(&o));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn missing_file() {
    let o = rode(&["/nonexistent/rode-missing.js"], None);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("Cannot find module '/nonexistent/rode-missing.js'"),
        "{}",
        stderr(&o)
    );
}

/// REPL sessions with piped input (`rode -i < x.in`): tests/repl/<name>.in and the
/// expected transcript <name>.expected (Node 24's, with rode's welcome line).
#[test]
fn repl_transcripts() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/repl");
    let mut n = 0;
    for entry in std::fs::read_dir(&dir).unwrap().flatten() {
        let p = entry.path();
        if p.extension().is_some_and(|e| e == "in") {
            let input = std::fs::read_to_string(&p).unwrap();
            let want = std::fs::read_to_string(p.with_extension("expected")).unwrap();
            let o = rode(&["-i"], Some(&input));
            assert_eq!(stdout(&o), want, "{}\n{}", p.display(), stderr(&o));
            n += 1;
        }
    }
    assert!(n > 0);
}

/// Start-up stays lean: a console.log program must not load what only errors, timers,
/// streams, URLs or inspect need (each of these once cost start-up a large share).
#[test]
fn startup_loads_only_core_builtins() {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_rode"));
    let hello = concat!(env!("CARGO_MANIFEST_DIR"), "/../../bench/hello.js");
    let o = cmd
        .arg(hello)
        .env("RODE_TRACE_BUILTINS", "1")
        .output()
        .expect("spawn rode");
    assert_eq!(stdout(&o), "hello world\n");
    let loaded: Vec<String> = stderr(&o)
        .lines()
        .filter_map(|l| l.strip_prefix("builtin "))
        .filter_map(|l| l.split(' ').next())
        .map(str::to_string)
        .collect();
    assert!(loaded.contains(&"internal/modules/cjs/loader".to_string()));
    for heavy in [
        "internal/errors",
        "internal/errors/messages",
        "internal/validators",
        "internal/timers",
        "internal/url",
        "internal/util/inspect",
        "internal/streams/writable",
        "stream",
        "buffer",
        "internal/path/win32",
        "internal/bootstrap/stack_format",
    ] {
        assert!(
            !loaded.iter().any(|m| m == heavy),
            "start-up loaded {heavy}: {loaded:?}"
        );
    }
}
