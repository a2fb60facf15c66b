//! internalBinding('repl'): line input for lib/internal/repl.js. On a terminal, lines
//! come from rustyline (editing, history, Ctrl+C/Ctrl+D); otherwise prompts are
//! written to stdout and lines read from stdin, as Node's REPL does with piped input.

use rquickjs::{Ctx, Object, Value};
use rustyline::error::ReadlineError;
use rustyline::DefaultEditor;
use std::cell::RefCell;
use std::io::{BufRead, IsTerminal, Write};

thread_local! {
    static EDITOR: RefCell<Option<DefaultEditor>> = const { RefCell::new(None) };
}

pub fn init<'js>(ctx: &Ctx<'js>, obj: &Object<'js>) -> rquickjs::Result<()> {
    // readLine(prompt) -> string | null (end of input) | false (Ctrl+C)
    super::set_fn(
        ctx,
        obj,
        "readLine",
        |ctx: Ctx<'js>, prompt: String| -> rquickjs::Result<Value<'js>> {
            let tty = std::io::stdin().is_terminal();
            if tty {
                let line = EDITOR.with(|e| {
                    let mut e = e.borrow_mut();
                    if e.is_none() {
                        *e = DefaultEditor::new().ok();
                    }
                    e.as_mut().map(|ed| ed.readline(&prompt))
                });
                return match line {
                    Some(Ok(s)) => rquickjs::IntoJs::into_js(s, &ctx),
                    Some(Err(ReadlineError::Interrupted)) => Ok(Value::new_bool(ctx, false)),
                    _ => Ok(Value::new_null(ctx)),
                };
            }
            let mut out = std::io::stdout();
            let _ = out.write_all(prompt.as_bytes());
            let _ = out.flush();
            let mut line = String::new();
            match std::io::stdin().lock().read_line(&mut line) {
                Ok(0) | Err(_) => Ok(Value::new_null(ctx)),
                Ok(_) => {
                    if line.ends_with('\n') {
                        line.pop();
                        if line.ends_with('\r') {
                            line.pop();
                        }
                    }
                    rquickjs::IntoJs::into_js(line, &ctx)
                }
            }
        },
    )?;
    super::set_fn(ctx, obj, "addHistory", |line: String| {
        EDITOR.with(|e| {
            if let Some(ed) = e.borrow_mut().as_mut() {
                let _ = ed.add_history_entry(line);
            }
        });
    })?;
    super::set_fn(ctx, obj, "isTerminal", || std::io::stdin().is_terminal())?;
    Ok(())
}
