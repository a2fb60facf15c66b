//! Runs every behaviour program under tests/: a `name.js` (or .mjs/.cjs) with a sibling
//! `name.out` holding the exact expected stdout, and optionally `name.err` (exact
//! stderr, with the test's folder written `<dir>`) and `name.code` (exit code, 0 when absent). Programs run with their folder as
//! the working directory. `name.flags` holds options put before the file, `name.args`
//! arguments after it, `name.env` KEY=VALUE lines for the environment.
//! Set RODE_TEST_FILTER to run only paths containing a string.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::{Arc, Mutex};

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(rd) = std::fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<_> = rd.flatten().map(|e| e.path()).collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            if p.file_name().is_some_and(|n| n == "node_modules") {
                continue;
            }
            collect(&p, out);
        } else if matches!(
            p.extension().and_then(|e| e.to_str()),
            Some("js" | "mjs" | "cjs")
        ) && p.with_extension("out").exists()
        {
            out.push(p);
        }
    }
}

fn run_one(bin: &Path, test: &Path) -> Result<(), String> {
    let dir = test.parent().unwrap();
    let mut cmd = Command::new(bin);
    let flags_file = test.with_extension("flags");
    if let Ok(flags) = std::fs::read_to_string(&flags_file) {
        cmd.args(flags.split_whitespace());
    }
    cmd.arg(test.file_name().unwrap());
    if let Ok(args) = std::fs::read_to_string(test.with_extension("args")) {
        cmd.args(args.split_whitespace());
    }
    if let Ok(env) = std::fs::read_to_string(test.with_extension("env")) {
        for line in env.lines() {
            if let Some((k, v)) = line.split_once('=') {
                cmd.env(k.trim(), v.trim());
            }
        }
    }
    cmd.current_dir(dir)
        .env_remove("NODE_OPTIONS")
        .env("NO_COLOR", "1")
        .stdin(std::process::Stdio::null());
    let out = cmd.output().map_err(|e| format!("cannot run: {e}"))?;
    let want_out = std::fs::read_to_string(test.with_extension("out")).unwrap_or_default();
    let got_out = String::from_utf8_lossy(&out.stdout);
    // Stacks name files by absolute path: expected stderr writes the test's folder as <dir>.
    let abs_dir = std::fs::canonicalize(dir).unwrap_or_else(|_| dir.to_path_buf());
    let got_err =
        String::from_utf8_lossy(&out.stderr).replace(abs_dir.to_string_lossy().as_ref(), "<dir>");
    let want_code: i32 = std::fs::read_to_string(test.with_extension("code"))
        .ok()
        .and_then(|s| s.trim().parse().ok())
        .unwrap_or(0);
    let code = out.status.code().unwrap_or(-1);
    let mut problems = Vec::new();
    if got_out != want_out {
        problems.push(format!(
            "stdout differs\n--- expected\n{want_out}\n--- got\n{got_out}\n--- stderr\n{got_err}"
        ));
    }
    if let Ok(want_err) = std::fs::read_to_string(test.with_extension("err")) {
        if got_err != want_err {
            problems.push(format!(
                "stderr differs\n--- expected\n{want_err}\n--- got\n{got_err}"
            ));
        }
    }
    if code != want_code {
        problems.push(format!(
            "exit code {code}, expected {want_code}\n--- stderr\n{got_err}"
        ));
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems.join("\n"))
    }
}

#[test]
fn behaviour_programs() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests");
    let bin = PathBuf::from(env!("CARGO_BIN_EXE_rode"));
    let mut tests = Vec::new();
    collect(&root, &mut tests);
    if let Ok(f) = std::env::var("RODE_TEST_FILTER") {
        tests.retain(|t| t.to_string_lossy().contains(&f));
    }
    assert!(
        !tests.is_empty(),
        "no behaviour tests found under {}",
        root.display()
    );
    let queue = Arc::new(Mutex::new(tests.clone()));
    let failures = Arc::new(Mutex::new(Vec::new()));
    let threads: Vec<_> = (0..4)
        .map(|_| {
            let queue = queue.clone();
            let failures = failures.clone();
            let bin = bin.clone();
            std::thread::spawn(move || loop {
                let Some(t) = queue.lock().unwrap().pop() else {
                    break;
                };
                if let Err(e) = run_one(&bin, &t) {
                    failures.lock().unwrap().push((t, e));
                }
            })
        })
        .collect();
    for t in threads {
        t.join().unwrap();
    }
    let mut failures = failures.lock().unwrap().clone();
    failures.sort();
    for (t, e) in &failures {
        eprintln!(
            "FAIL {}\n{e}\n",
            t.strip_prefix(&root).unwrap_or(t).display()
        );
    }
    let total = tests.len();
    eprintln!(
        "behaviour: {} passed, {} failed",
        total - failures.len(),
        failures.len()
    );
    assert!(
        failures.is_empty(),
        "{} of {total} behaviour tests failed",
        failures.len()
    );
}
