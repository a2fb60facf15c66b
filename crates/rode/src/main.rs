//! The `rode` command: parses node's command line and hands the program to
//! rode_runtime. Kept thin: everything else lives in the runtime and lib/.

mod cli;

use rode_runtime::{Mode, Options};
use std::io::IsTerminal;

fn main() {
    // Fix the clock's origin first, so RODE_TRACE_STARTUP measures from process start.
    let _ = rode_runtime::process_start();
    let args: Vec<String> = std::env::args().collect();
    let mut parsed = match cli::parse(&args[1..]) {
        Ok(p) => p,
        Err(cli::CliError::BadOption(opt)) => {
            eprintln!("{}: bad option: {opt}", exe_name(&args));
            std::process::exit(9);
        }
        Err(cli::CliError::MissingValue(opt)) => {
            eprintln!("{}: {opt} requires an argument", exe_name(&args));
            std::process::exit(9);
        }
    };
    if parsed.version {
        println!("{}", rode_runtime::NODE_VERSION);
        return;
    }
    if parsed.help {
        print!("{}", cli::HELP);
        return;
    }
    let mode = match (parsed.eval.take(), parsed.script.take()) {
        (Some(code), script) => {
            // With -e/-p, a positional "script" is just the first argument.
            if let Some(s) = script {
                parsed.args.insert(0, s);
            }
            Mode::Eval {
                code,
                print: parsed.print,
            }
        }
        (None, Some(s)) if s == "-" => Mode::Stdin,
        (None, Some(s)) => Mode::File(s),
        (None, None) => {
            if parsed.interactive || std::io::stdin().is_terminal() {
                Mode::Repl
            } else {
                Mode::Stdin
            }
        }
    };
    let code = rode_runtime::run(Options {
        mode,
        args: parsed.args,
        exec_argv: parsed.exec_argv,
        input_type_module: parsed.input_type_module,
        requires: parsed.requires,
        imports: parsed.imports,
        argv0: args.first().cloned().unwrap_or_else(|| "rode".into()),
        flags: parsed.flags,
    });
    std::process::exit(code);
}

fn exe_name(args: &[String]) -> String {
    args.first()
        .map(|a| a.rsplit('/').next().unwrap_or(a).to_string())
        .unwrap_or_else(|| "rode".into())
}
