//! node's command-line syntax: `rode [options] [script | -e code | -] [--] [arguments]`.
//! Options before the script become process.execArgv; everything after it is the
//! program's. Unknown options are rejected as node rejects them (exit code 9).

#[derive(Debug, Default)]
pub struct Parsed {
    pub script: Option<String>,
    pub eval: Option<String>,
    pub print: bool,
    pub interactive: bool,
    pub version: bool,
    pub help: bool,
    pub input_type_module: bool,
    pub requires: Vec<String>,
    pub imports: Vec<String>,
    pub args: Vec<String>,
    pub exec_argv: Vec<String>,
    /// Options the JS side interprets (warnings, deprecations, conditions...).
    pub flags: Vec<String>,
}

#[derive(Debug)]
pub enum CliError {
    BadOption(String),
    MissingValue(String),
}

/// Options that take a value (as the next argument or after `=`).
const WITH_VALUE: &[&str] = &[
    "--require",
    "-r",
    "--import",
    "--eval",
    "-e",
    "--print",
    "-p",
    "--input-type",
    "--title",
    "--conditions",
    "-C",
    "--stack-size",
    "--max-old-space-size",
    "--max-semi-space-size",
    "--unhandled-rejections",
    "--env-file",
    "--env-file-if-exists",
    "--disable-warning",
    "--experimental-loader",
    "--loader",
    "--redirect-warnings",
    "--dns-result-order",
    "--tls-min-v1.0",
    "--secure-heap",
    "--stack-trace-limit",
    "--test-reporter",
    "--experimental-default-type",
    "--watch-path",
    "--inspect-port",
    "--diagnostic-dir",
    "--icu-data-dir",
    "--openssl-config",
    "--trace-event-categories",
    "--heapsnapshot-signal",
    "--report-signal",
];

/// Flags accepted without a value. Most only matter to V8 or Node internals and are
/// accepted so that programs and test suites that pass them still run.
const FLAGS: &[&str] = &[
    "--no-deprecation",
    "--throw-deprecation",
    "--trace-deprecation",
    "--pending-deprecation",
    "--no-warnings",
    "--trace-warnings",
    "--trace-uncaught",
    "--trace-exit",
    "--expose-gc",
    "--expose_gc",
    "--expose-internals",
    "--enable-source-maps",
    "--preserve-symlinks",
    "--preserve-symlinks-main",
    "--abort-on-uncaught-exception",
    "--no-experimental-require-module",
    "--experimental-require-module",
    "--experimental-vm-modules",
    "--experimental-detect-module",
    "--no-experimental-detect-module",
    "--experimental-strip-types",
    "--no-experimental-strip-types",
    "--experimental-transform-types",
    "--experimental-wasm-modules",
    "--experimental-import-meta-resolve",
    "--experimental-global-webcrypto",
    "--experimental-websocket",
    "--experimental-eventsource",
    "--experimental-test-coverage",
    "--experimental-sqlite",
    "--experimental-permission",
    "--experimental-shadow-realm",
    "--experimental-print-required-tla",
    "--experimental-network-inspection",
    "--experimental-async-context-frame",
    "--no-experimental-global-navigator",
    "--no-experimental-fetch",
    "--no-experimental-websocket",
    "--no-experimental-global-customevent",
    "--no-experimental-global-webcrypto",
    "--frozen-intrinsics",
    "--disallow-code-generation-from-strings",
    "--no-addons",
    "--no-global-search-paths",
    "--force-context-aware",
    "--zero-fill-buffers",
    "--insecure-http-parser",
    "--no-force-async-hooks-checks",
    "--no-extra-info-on-fatal-exception",
    "--verify-base-objects",
    "--track-heap-objects",
    "--allow-natives-syntax",
    "--harmony",
    "--jitless",
    "--no-opt",
    "--always-opt",
    "--stack-trace-on-illegal",
    "--use-strict",
    "--check",
    "-c",
    "--interactive",
    "-i",
    "--version",
    "-v",
    "--help",
    "-h",
    "--test",
    "--watch",
    "--pending_deprecation",
    "--no-node-snapshot",
    "--report-on-signal",
    "--report-uncaught-exception",
    "--report-on-fatalerror",
    "--no-concurrent-array-buffer-sweeping",
    "--gc-interval",
    "--max-lazy",
    "--no-harmony-import-attributes",
    "--security-revert",
    "--openssl-legacy-provider",
    "--openssl-shared-config",
    "--use-openssl-ca",
    "--use-bundled-ca",
    "--use-system-ca",
    "--no-network-family-autoselection",
    "--network-family-autoselection",
    "--experimental-eventsource",
    "--experimental-worker",
    "--experimental-report",
    "--experimental-json-modules",
    "--experimental-top-level-await",
    "--experimental-abortcontroller",
    "--experimental-specifier-resolution",
    "--no-experimental-repl-await",
    "--experimental-addon-modules",
    "--experimental-inspector-network-resource",
];

fn is_known_flag(name: &str) -> bool {
    FLAGS.contains(&name)
        // V8 and Node accept both spellings of every option: --foo-bar and --foo_bar.
        || FLAGS.contains(&name.replace('_', "-").as_str())
        || name.starts_with("--harmony")
        || name.starts_with("--inspect")
        || name.starts_with("--trace-")
        || name.starts_with("--max-")
        || name.starts_with("--experimental-")
        || name.starts_with("--no-experimental-")
}

pub fn parse(argv: &[String]) -> Result<Parsed, CliError> {
    let mut p = Parsed::default();
    let mut i = 0;
    while i < argv.len() {
        let arg = &argv[i];
        if arg == "--" {
            i += 1;
            if i < argv.len() && p.script.is_none() && p.eval.is_none() {
                p.script = Some(argv[i].clone());
                i += 1;
            }
            break;
        }
        if arg == "-" || !arg.starts_with('-') {
            p.script = Some(arg.clone());
            i += 1;
            break;
        }
        let (name, inline) = match arg.split_once('=') {
            Some((n, v)) if n.starts_with("--") => (n.to_string(), Some(v.to_string())),
            _ => (arg.clone(), None),
        };
        // -p and --print take a value only when one follows that is not an option.
        let takes_value = WITH_VALUE.contains(&name.as_str());
        let value = if takes_value {
            if let Some(v) = inline.clone() {
                Some(v)
            } else if (name == "-p" || name == "--print") && i + 1 >= argv.len() {
                None
            } else {
                i += 1;
                match argv.get(i) {
                    Some(v) => Some(v.clone()),
                    None => return Err(CliError::MissingValue(name)),
                }
            }
        } else {
            if !is_known_flag(&name) {
                return Err(CliError::BadOption(arg.clone()));
            }
            None
        };
        p.exec_argv.push(arg.clone());
        if takes_value && inline.is_none() {
            if let Some(v) = &value {
                p.exec_argv.push(v.clone());
            }
        }
        match name.as_str() {
            "-v" | "--version" => p.version = true,
            "-h" | "--help" => p.help = true,
            "-i" | "--interactive" => p.interactive = true,
            "-e" | "--eval" => p.eval = value,
            "-p" | "--print" => {
                p.print = true;
                p.eval = value;
            }
            "-r" | "--require" => p.requires.extend(value),
            "--import" => p.imports.extend(value),
            "--input-type" => p.input_type_module = value.as_deref() == Some("module"),
            _ => p.flags.push(match value {
                Some(v) => format!("{name}={v}"),
                None => name,
            }),
        }
        i += 1;
    }
    p.args.extend(argv[i..].iter().cloned());
    Ok(p)
}

pub const HELP: &str = "Usage: rode [options] [ script.js ] [arguments]
       rode inspect [options] [ script.js | host:port ] [arguments]

Options:
  -                           script read from stdin (default if no file name is provided, interactive mode if a tty)
  --                          indicate the end of node options
  -C, --conditions=...        additional user conditions for conditional exports and imports
  -e, --eval=...              evaluate script
  -h, --help                  print node command line options (currently set)
  -i, --interactive           always enter the REPL even if stdin does not appear to be a terminal
  --import=...                ES module to preload (option can be repeated)
  --input-type=...            set module type for string input
  --no-deprecation            silence deprecation warnings
  --no-warnings               silence all process warnings
  -p, --print [...]           evaluate script and print result
  -r, --require=...           CommonJS module to preload (option can be repeated)
  --throw-deprecation         throw an exception on deprecations
  --trace-deprecation         show stack traces on deprecations
  --trace-warnings            show stack traces on process warnings
  --unhandled-rejections=...  define unhandled rejections behavior. Options are 'strict' (always raise an error), 'throw' (raise an error unless 'unhandledRejection' hook is set), 'warn' (log warnings), 'none' (silence warnings), 'warn-with-error-code' (log warnings and set exit code 1 unless 'unhandledRejection' hook is set). (default: throw)
  -v, --version               print Node.js version

Environment variables:
NODE_PATH                     ':'-separated list of directories prefixed to the module search path
NODE_DEBUG                    ','-separated list of core modules that should print debug information
NO_COLOR                      disable colors
FORCE_COLOR                   force colors
UV_THREADPOOL_SIZE            sets the number of threads used in libuv's threadpool

Documentation can be found at https://nodejs.org/
";

#[cfg(test)]
mod tests {
    use super::*;
    fn s(v: &[&str]) -> Vec<String> {
        v.iter().map(|x| x.to_string()).collect()
    }
    #[test]
    fn script_and_args() {
        let p = parse(&s(&["--no-warnings", "app.js", "--foo", "-e"])).unwrap();
        assert_eq!(p.script.as_deref(), Some("app.js"));
        assert_eq!(p.args, s(&["--foo", "-e"]));
        assert_eq!(p.exec_argv, s(&["--no-warnings"]));
    }
    #[test]
    fn eval_print_require() {
        let p = parse(&s(&["-r", "./x", "-p", "1+1", "a"])).unwrap();
        assert_eq!(p.eval.as_deref(), Some("1+1"));
        assert!(p.print);
        assert_eq!(p.requires, s(&["./x"]));
        assert_eq!(p.script.as_deref(), Some("a"));
    }
    #[test]
    fn bad_option() {
        assert!(matches!(
            parse(&s(&["--nope"])),
            Err(CliError::BadOption(_))
        ));
    }
    #[test]
    fn double_dash() {
        let p = parse(&s(&["--", "x.js", "--y"])).unwrap();
        assert_eq!(p.script.as_deref(), Some("x.js"));
        assert_eq!(p.args, s(&["--y"]));
    }
}
