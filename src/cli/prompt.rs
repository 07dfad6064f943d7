//! Reading secrets: lines from stdin with `--password-stdin`, or hidden prompts on a terminal
//! (new passwords asked twice); and confirming destructive commands. Off a terminal stint never
//! prompts.

use std::io::{self, BufRead, Read};

use anyhow::Context as _;
use stint::Error;
use stint::password::{self, MAX_PASSWORD_BYTES};

/// How a command gets a password.
pub struct SecretSource {
    pub from_stdin: bool,
    pub stdin_is_terminal: bool,
}

/// What `user passwd` reads when you change your own password.
pub struct OwnPasswordChange {
    pub current: String,
    pub new: String,
}

impl SecretSource {
    /// Reads a password (new passwords go through [`SecretSource::read_new`]).
    pub fn read(&self, prompt: &str) -> anyhow::Result<String> {
        if self.from_stdin {
            return first_line();
        }
        self.refuse_off_terminal()?;
        ask_hidden(prompt)
    }

    /// Reads a new password: one line from stdin, or on a terminal a hidden prompt, the
    /// strength check, and only then the confirmation, so a weak password is refused at once.
    pub fn read_new(&self, prompt: &str) -> anyhow::Result<String> {
        if self.from_stdin {
            let new = first_line()?;
            password::check_strength(&new)?;
            return Ok(new);
        }
        self.refuse_off_terminal()?;
        prompt_new(prompt)
    }

    /// Reads the current password and a new one: two lines from stdin, or on a terminal the
    /// current password, then the new one twice.
    pub fn read_own_change(
        &self,
        current_prompt: &str,
        new_prompt: &str,
    ) -> anyhow::Result<OwnPasswordChange> {
        if self.from_stdin {
            let current = first_line()?;
            let new = read_stdin_line()?.ok_or_else(|| {
                Error::invalid(
                    "changing your own password reads two lines from --password-stdin: the current \
                     password, then the new one",
                )
            })?;
            password::check_strength(&new)?;
            return Ok(OwnPasswordChange { current, new });
        }
        self.refuse_off_terminal()?;
        let current = ask_hidden(current_prompt)?;
        Ok(OwnPasswordChange { current, new: prompt_new(new_prompt)? })
    }

    fn refuse_off_terminal(&self) -> anyhow::Result<()> {
        if self.stdin_is_terminal {
            return Ok(());
        }
        Err(Error::invalid(
            "no password given: pipe it with --password-stdin (stint never prompts off a terminal)",
        )
        .into())
    }
}

/// One hidden prompt on the terminal.
fn ask_hidden(prompt: &str) -> anyhow::Result<String> {
    dialoguer::Password::new()
        .with_prompt(prompt)
        .interact()
        .context("reading the password from the terminal")
}

/// A new password on the terminal: asked, checked for strength, then asked again.
fn prompt_new(prompt: &str) -> anyhow::Result<String> {
    let new = ask_hidden(prompt)?;
    password::check_strength(&new)?;
    if ask_hidden("Repeat to confirm")? != new {
        return Err(Error::invalid("the two entries differ; nothing changed").into());
    }
    Ok(new)
}

/// A session token for `auth login --with-token`: a hidden prompt on a terminal, else the first
/// line of stdin. Never an argument, so it stays out of shell history and `ps`.
pub fn read_token(stdin_is_terminal: bool) -> anyhow::Result<String> {
    if stdin_is_terminal {
        return dialoguer::Password::new()
            .with_prompt("Token")
            .interact()
            .context("reading the token from the terminal");
    }
    read_stdin_line()?.ok_or_else(|| Error::invalid("no token on stdin (--with-token reads one line)").into())
}

/// The first line of stdin; it must hold a password.
fn first_line() -> anyhow::Result<String> {
    read_stdin_line()?
        .ok_or_else(|| Error::invalid("no password on stdin (--password-stdin reads one line)").into())
}

/// The next line of stdin without its line ending, `None` when there is none or it is empty;
/// absurdly long input is refused early. Stdin's buffer is shared, so a second call reads the
/// second line.
fn read_stdin_line() -> anyhow::Result<Option<String>> {
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
        return Ok(None);
    }
    String::from_utf8(line)
        .map(Some)
        .map_err(|_| Error::invalid("the password on stdin is not valid UTF-8").into())
}

/// Whether a destructive command must ask before it goes ahead: not with `--yes`; on a terminal,
/// yes; off a terminal, without `--yes`, it is refused, naming the flag, before anything is read.
pub fn must_confirm(yes: bool, stdin_is_terminal: bool, action: &str) -> anyhow::Result<bool> {
    if yes {
        return Ok(false);
    }
    if !stdin_is_terminal {
        return Err(Error::invalid(format!(
            "{action} needs confirmation: add --yes (stint never prompts off a terminal)"
        ))
        .into());
    }
    Ok(true)
}

/// Asks `question [y/N]` on the terminal; anything but yes (Enter alone, Esc) is no.
pub fn confirmed(question: &str) -> anyhow::Result<bool> {
    let answer = dialoguer::Confirm::new()
        .with_prompt(question)
        .default(false)
        .wait_for_newline(true)
        .interact_opt()
        .context("reading the answer from the terminal")?;
    Ok(answer == Some(true))
}
