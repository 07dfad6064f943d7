//! Reading secrets: one line from stdin with `--password-stdin`, or a hidden prompt with
//! confirmation on a terminal. Off a terminal stint never prompts.

use std::io::{self, BufRead, Read};

use anyhow::Context as _;
use stint::Error;
use stint::password::MAX_PASSWORD_BYTES;

/// How a command gets a password.
pub struct SecretSource {
    pub from_stdin: bool,
    pub stdin_is_terminal: bool,
}

impl SecretSource {
    /// Reads a password. `confirm` asks twice on a terminal (for new passwords).
    pub fn read(&self, prompt: &str, confirm: bool) -> anyhow::Result<String> {
        if self.from_stdin {
            return read_line_from_stdin();
        }
        if !self.stdin_is_terminal {
            return Err(Error::invalid(
                "no password given: pipe it with --password-stdin (stint never prompts off a terminal)",
            )
            .into());
        }
        let mut input = dialoguer::Password::new().with_prompt(prompt);
        if confirm {
            input = input.with_confirmation("Repeat to confirm", "the two entries differ");
        }
        input.interact().context("reading the password from the terminal")
    }
}

/// One line from stdin, without its line ending; refuses empty and absurdly long input early.
fn read_line_from_stdin() -> anyhow::Result<String> {
    let mut line = Vec::new();
    let limit = MAX_PASSWORD_BYTES as u64 + 2;
    io::stdin().lock().take(limit).read_until(b'\n', &mut line).context("reading the password from stdin")?;
    if line.last() == Some(&b'\n') {
        line.pop();
        if line.last() == Some(&b'\r') {
            line.pop();
        }
    } else if line.len() as u64 >= limit {
        return Err(
            Error::invalid(format!("password on stdin is longer than {MAX_PASSWORD_BYTES} bytes")).into()
        );
    }
    if line.is_empty() {
        return Err(Error::invalid("no password on stdin (--password-stdin reads one line)").into());
    }
    String::from_utf8(line).map_err(|_| Error::invalid("the password on stdin is not valid UTF-8").into())
}
