//! Text rules shared by every command: validation of user-supplied text and names, terminal escaping,
//! the spreadsheet-formula guard for CSV/TSV cells, and counted nouns in messages.

use crate::error::{Error, Result};

/// A name as stored, for usernames and organisation names alike: folded to lower case, then
/// 1 to `max_len` of `[a-z0-9._-]`; `what` names the kind of name in the error.
pub fn fold_name(what: &str, input: &str, max_len: usize) -> Result<String> {
    let folded = input.to_ascii_lowercase();
    let valid = !folded.is_empty()
        && folded.len() <= max_len
        && folded.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b"._-".contains(&b));
    if !valid {
        return Err(Error::invalid(format!(
            "invalid {what} {:?}: use 1 to {max_len} of a-z, 0-9, '.', '_', '-'",
            escape_for_terminal(input)
        )));
    }
    Ok(folded)
}

/// Checks a free-text field: no NUL, at most `max_chars` characters, and (when `required`)
/// not blank. Returns the text unchanged: stint stores text exactly as given.
pub fn validate(field: &str, value: &str, required: bool, max_chars: usize) -> Result<()> {
    if value.contains('\0') {
        return Err(Error::invalid(format!("{field} must not contain NUL bytes")));
    }
    if required && value.trim().is_empty() {
        return Err(Error::invalid(format!("{field} must not be empty")));
    }
    let chars = value.chars().count();
    if chars > max_chars {
        return Err(Error::invalid(format!("{field} is {chars} characters long; the limit is {max_chars}")));
    }
    Ok(())
}

/// Whether a character must not reach a terminal raw: C0/C1 controls (except none) and the
/// bidirectional overrides and isolates that can reorder what a reader sees.
fn is_unsafe_for_terminal(c: char) -> bool {
    c.is_control()
        || matches!(c, '\u{200e}' | '\u{200f}' | '\u{061c}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// Whether `text` can reach a terminal as it is ([`escape_for_terminal`] would not change it).
/// Plain ASCII, nearly every cell of a long table, is checked a byte at a time.
pub fn is_terminal_safe(text: &str) -> bool {
    if text.is_ascii() {
        return !text.bytes().any(|b| b < 0x20 || b == 0x7f);
    }
    !text.chars().any(is_unsafe_for_terminal)
}

/// Escapes control and bidi characters so text cannot move the cursor, change colours, set the
/// window title or reorder a line. Newlines become `\n`, so one record stays on one line.
pub fn escape_for_terminal(text: &str) -> String {
    if is_terminal_safe(text) {
        return text.to_owned();
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if is_unsafe_for_terminal(c) => out.push_str(&format!("\\u{{{:x}}}", c as u32)),
            c => out.push(c),
        }
    }
    out
}

/// Characters that make a spreadsheet treat a cell as a formula when they come first.
const FORMULA_TRIGGERS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// Prefixes `'` to a CSV/TSV text cell a spreadsheet would run as a formula. A cell that
/// already starts with `'` also gets one, so [`unguard_cell`] reverses this exactly.
pub fn guard_cell(text: &str) -> std::borrow::Cow<'_, str> {
    match text.chars().next() {
        Some(c) if FORMULA_TRIGGERS.contains(&c) || (c == '\'' && needs_unguard(&text[1..])) => {
            std::borrow::Cow::Owned(format!("'{text}"))
        }
        _ => std::borrow::Cow::Borrowed(text),
    }
}

fn needs_unguard(rest: &str) -> bool {
    rest.starts_with(FORMULA_TRIGGERS) || rest.starts_with('\'')
}

/// Reverses [`guard_cell`].
pub fn unguard_cell(text: &str) -> &str {
    match text.strip_prefix('\'') {
        Some(rest) if needs_unguard(rest) => rest,
        _ => text,
    }
}

/// A count and its noun in English: `1 login session`, `2 login sessions`, `0 users`. The
/// noun is given in the singular; every noun stint counts takes a plain `s`.
pub fn counted(n: impl Into<u64>, noun: &str) -> String {
    let n = n.into();
    if n == 1 { format!("1 {noun}") } else { format!("{n} {noun}s") }
}

/// What joins a session's tags in one text (CSV and TSV cells, SQLite's `group_concat`); the
/// tag name rule (`work::check_tag`) keeps it out of every tag.
pub const TAG_SEPARATOR: &str = ";";

/// Tags from their joined form; none when the text is empty.
pub fn split_joined_tags(joined: &str) -> Vec<String> {
    if joined.is_empty() { Vec::new() } else { joined.split(TAG_SEPARATOR).map(str::to_owned).collect() }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counted_nouns_read_as_english() {
        assert_eq!(counted(0_u64, "user"), "0 users");
        assert_eq!(counted(1_u64, "login session"), "1 login session");
        assert_eq!(counted(2_u64, "work session"), "2 work sessions");
    }

    #[test]
    fn escapes_ansi_osc_bidi_and_newlines() {
        assert_eq!(escape_for_terminal("plain é"), "plain é");
        assert_eq!(escape_for_terminal("a\x1b[31mred"), "a\\u{1b}[31mred");
        assert_eq!(escape_for_terminal("x\u{202e}y"), "x\\u{202e}y");
        assert_eq!(escape_for_terminal("two\nlines"), "two\\nlines");
        assert_eq!(escape_for_terminal("\x07\u{9b}"), "\\u{7}\\u{9b}");
    }

    #[test]
    fn terminal_safety_agrees_with_escaping() {
        for text in
            ["plain", "", "plain é", "a\x1b[31m", "tab\there", "del\x7f", "x\u{202e}y", "\u{9b}", "日本"]
        {
            assert_eq!(is_terminal_safe(text), escape_for_terminal(text) == text, "{text:?}");
        }
    }

    #[test]
    fn formula_guard_round_trips() {
        for text in ["=SUM(A1)", "+1", "-2", "@x", "\tx", "\rx", "'=x", "''=x", "'plain", "plain", "", "'"] {
            let guarded = guard_cell(text);
            assert!(!guarded.starts_with(FORMULA_TRIGGERS), "{text:?} -> {guarded:?}");
            assert_eq!(unguard_cell(&guarded), text, "{text:?}");
        }
        assert_eq!(guard_cell("=1"), "'=1");
        assert_eq!(guard_cell("'plain"), "'plain");
    }

    #[test]
    fn validation_refuses_nul_blank_and_long() {
        assert!(validate("title", "ok", true, 10).is_ok());
        assert!(validate("title", " ", true, 10).is_err());
        assert!(validate("title", "", false, 10).is_ok());
        assert!(validate("title", "a\0b", false, 10).is_err());
        assert!(validate("title", &"é".repeat(11), true, 10).is_err());
        assert!(validate("title", &"é".repeat(10), true, 10).is_ok());
    }
}
