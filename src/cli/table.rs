//! The table writer: columns that know their kind, a layout fitted to the width from the first
//! page of rows, then every row written as it arrives, so a table of any length streams.

use std::io::{self, Write};

use stint::text::{escape_for_terminal, is_terminal_safe};
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// What a column holds, which decides how it may be fitted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// An id: shown as its first [`ID_CHARS`] characters in lists (accepted back as a prefix).
    Id,
    /// Dates, times, durations, names of states: never broken or cut.
    Fixed,
    /// Numbers: never cut, aligned right.
    Number,
    /// Free text (titles, notes): cut with `…` to fit; wrapped in a record view.
    Text,
}

/// One table column: its heading, its kind, and when it gives way on a narrow terminal.
#[derive(Debug, Clone)]
pub struct Col<H = &'static str> {
    pub heading: H,
    pub kind: Kind,
    /// 0: always shown. Otherwise, when even the narrowest layout is too wide, the column with
    /// the highest rank is left out first.
    pub drop: u8,
    /// Text only: the narrowest it is cut to before columns are left out instead.
    pub min: usize,
}

impl<H> Col<H> {
    pub const fn id(heading: H) -> Self {
        Col { heading, kind: Kind::Id, drop: 0, min: TEXT_MIN }
    }
    pub const fn fixed(heading: H) -> Self {
        Col { heading, kind: Kind::Fixed, drop: 0, min: TEXT_MIN }
    }
    pub const fn number(heading: H) -> Self {
        Col { heading, kind: Kind::Number, drop: 0, min: TEXT_MIN }
    }
    pub const fn text(heading: H) -> Self {
        Col { heading, kind: Kind::Text, drop: 0, min: TEXT_MIN }
    }
}

impl Col {
    /// The column may be left out when the table does not fit; higher ranks go first.
    pub const fn drop(self, rank: u8) -> Self {
        Col { drop: rank, ..self }
    }
    /// Text that matters more than its neighbours (a title, a note) keeps at least `width`.
    pub const fn min(self, width: usize) -> Self {
        Col { min: width, ..self }
    }
}

impl Col<String> {
    /// [`Col::drop`] for a heading known at run time.
    pub fn drop_rank(self, rank: u8) -> Self {
        Col { drop: rank, ..self }
    }
}

/// How many characters of an id a list shows: enough to be unique in practice, and accepted
/// back by every command that takes an id.
pub const ID_CHARS: usize = 8;
/// Spaces between columns.
const GAP: usize = 2;
/// The narrowest a text column is cut to before columns are left out instead.
const TEXT_MIN: usize = 6;
/// Rows read before the widths are fixed: enough to size columns well, few enough that the
/// first row shows at once and memory stays flat however long the table.
pub const PAGE: usize = 100;

const BOLD: &str = "\x1b[1m";
const RESET: &str = "\x1b[0m";

/// Display width in terminal columns (wide characters count two). Printable ASCII, which
/// [`cell`] leaves every table cell as unless it holds other text, is one column a byte.
pub fn width(text: &str) -> usize {
    if text.bytes().all(|b| (0x20..0x7f).contains(&b)) { text.len() } else { UnicodeWidthStr::width(text) }
}

/// A cell as a table shows it: escaped for the terminal, an id shortened. Takes the row's own
/// string so a cell with nothing to escape or cut, the usual case, is not copied.
pub fn cell(kind: Kind, raw: String) -> String {
    let mut text = if is_terminal_safe(&raw) { raw } else { escape_for_terminal(&raw) };
    if kind == Kind::Id {
        let short = short_id(&text).len();
        text.truncate(short);
    }
    text
}

/// The first [`ID_CHARS`] characters of an id such as a UUID; other text is left whole.
pub fn short_id(text: &str) -> &str {
    match text.get(..ID_CHARS) {
        Some(prefix) if text.len() > ID_CHARS && prefix.bytes().all(|b| b.is_ascii_hexdigit()) => prefix,
        _ => text,
    }
}

/// `text` cut to at most `max` columns, ending in `…` when anything was cut.
pub fn truncate(text: &str, max: usize) -> std::borrow::Cow<'_, str> {
    if width(text) <= max {
        return std::borrow::Cow::Borrowed(text);
    }
    if max == 0 {
        return std::borrow::Cow::Borrowed("");
    }
    let mut out = String::new();
    let mut used = 0;
    for c in text.chars() {
        let w = c.width().unwrap_or(0);
        if used + w > max - 1 {
            break;
        }
        used += w;
        out.push(c);
    }
    out.push('…');
    std::borrow::Cow::Owned(out)
}

/// `text` in lines of at most `max` columns, broken at spaces where it can be; a word longer
/// than a line is split.
pub fn wrap(text: &str, max: usize) -> Vec<String> {
    let max = max.max(1);
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split(' ') {
        let spaced = if line.is_empty() { 0 } else { 1 };
        if !line.is_empty() && width(&line) + spaced + width(word) > max {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        for c in word.chars() {
            if width(&line) + c.width().unwrap_or(0) > max {
                lines.push(std::mem::take(&mut line));
            }
            line.push(c);
        }
    }
    lines.push(line);
    lines
}

/// Which columns show, how wide, fixed once per table.
#[derive(Debug)]
pub struct Layout {
    /// (column index, width, kind) of each shown column, in order.
    shown: Vec<(usize, usize, Kind)>,
}

impl Layout {
    /// Fits `cols` to `max` columns (`None`: no limit) from a page of prepared cells.
    pub fn fit<H: AsRef<str>>(cols: &[Col<H>], rows: &[Vec<String>], max: Option<usize>) -> Layout {
        let natural: Vec<usize> = cols
            .iter()
            .enumerate()
            .map(|(i, col)| {
                let cells = rows.iter().filter_map(|r| r.get(i)).map(|c| width(c)).max().unwrap_or(0);
                cells.max(width(col.heading.as_ref()))
            })
            .collect();
        let least = |i: usize| match cols[i].kind {
            Kind::Text => natural[i].min(cols[i].min),
            _ => natural[i],
        };
        let total = |shown: &[usize], w: &dyn Fn(usize) -> usize| {
            shown.iter().map(|&i| w(i)).sum::<usize>() + GAP * shown.len().saturating_sub(1)
        };
        let mut shown: Vec<usize> = (0..cols.len()).collect();
        let mut widths = natural.clone();
        if let Some(max) = max {
            while total(&shown, &least) > max {
                // The highest rank goes first; among equals, the rightmost.
                let Some(pos) = (0..shown.len())
                    .filter(|&p| cols[shown[p]].drop > 0)
                    .max_by_key(|&p| (cols[shown[p]].drop, p))
                else {
                    break;
                };
                shown.remove(pos);
            }
            if total(&shown, &|i| natural[i]) > max {
                // Each text column keeps its least width; what the other columns leave beyond
                // that is shared, the column needing least first, each taking no more than it
                // needs so the rest goes to the wider ones.
                let mut texts: Vec<usize> =
                    shown.iter().copied().filter(|&i| cols[i].kind == Kind::Text).collect();
                let used = total(&shown, &|i| if cols[i].kind == Kind::Text { least(i) } else { natural[i] });
                let mut extra = max.saturating_sub(used);
                texts.sort_by_key(|&i| natural[i] - least(i));
                let count = texts.len();
                for (k, &i) in texts.iter().enumerate() {
                    let more = (natural[i] - least(i)).min(extra / (count - k));
                    widths[i] = least(i) + more;
                    extra -= more;
                }
            }
        }
        Layout { shown: shown.into_iter().map(|i| (i, widths[i], cols[i].kind)).collect() }
    }

    /// Writes the heading line, bold when `styled`; the escapes wrap only the words, so the
    /// headings sit over their data either way.
    pub fn write_heading<H: AsRef<str>>(
        &self,
        out: &mut impl Write,
        cols: &[Col<H>],
        styled: bool,
    ) -> io::Result<()> {
        let headings: Vec<&str> = cols.iter().map(|c| c.heading.as_ref()).collect();
        self.write_line(out, &headings, styled)
    }

    /// Writes one row of prepared cells.
    pub fn write_row(&self, out: &mut impl Write, cells: &[String]) -> io::Result<()> {
        self.write_line(out, cells, false)
    }

    fn write_line<S: AsRef<str>>(&self, out: &mut impl Write, cells: &[S], styled: bool) -> io::Result<()> {
        let mut line = String::with_capacity(128);
        // Spaces owed before the next cell: padding is written only when something follows,
        // so lines never end in blanks.
        let mut pending = 0;
        for (pos, &(i, col_width, kind)) in self.shown.iter().enumerate() {
            let raw = cells.get(i).map_or("", AsRef::as_ref);
            let text = match kind {
                Kind::Text => truncate(raw, col_width),
                _ => std::borrow::Cow::Borrowed(raw),
            };
            let text_width = width(&text);
            let pad = col_width.saturating_sub(text_width);
            let (before, after) = if kind == Kind::Number { (pad, 0) } else { (0, pad) };
            if pos > 0 {
                pending += GAP;
            }
            if !text.is_empty() {
                line.extend(std::iter::repeat_n(' ', pending + before));
                pending = 0;
                if styled {
                    line.push_str(BOLD);
                }
                line.push_str(&text);
                if styled {
                    line.push_str(RESET);
                }
            } else {
                pending += before;
            }
            pending += after;
        }
        line.push('\n');
        out.write_all(line.as_bytes())
    }
}

/// Writes one record as label/value lines; text values wrap under their first line when
/// `max` is known, ids stay whole.
pub fn write_record(
    out: &mut impl Write,
    fields: &[(&Col, String)],
    max: Option<usize>,
    styled: bool,
) -> io::Result<()> {
    let label_width = label_width(fields.iter().map(|(col, _)| *col));
    write_record_lines(out, fields, label_width, max, styled)
}

/// How wide a record's labels are: its widest heading.
pub fn label_width<'c>(cols: impl Iterator<Item = &'c Col>) -> usize {
    cols.map(|col| width(col.heading)).max().unwrap_or(0)
}

/// [`write_record`] for some of a record's fields, with labels as wide as `label_width` (that
/// of the whole record), so a record written in parts reads as one.
pub fn write_record_lines(
    out: &mut impl Write,
    fields: &[(&Col, String)],
    label_width: usize,
    max: Option<usize>,
    styled: bool,
) -> io::Result<()> {
    let value_width = max.map(|m| m.saturating_sub(label_width + GAP).max(TEXT_MIN * 2));
    for (col, raw) in fields {
        let value = escape_for_terminal(raw);
        let lines = match (col.kind, value_width) {
            (Kind::Text, Some(w)) => wrap(&value, w),
            _ => vec![value],
        };
        let (open, close) = if styled { (BOLD, RESET) } else { ("", "") };
        let label = col.heading;
        for (n, text) in lines.iter().enumerate() {
            let shown_label = if n == 0 { label } else { "" };
            let pad = label_width - width(shown_label);
            if text.is_empty() {
                writeln!(out, "{open}{shown_label}{close}")?;
            } else if shown_label.is_empty() {
                writeln!(out, "{:pad$}  {text}", "")?;
            } else {
                writeln!(out, "{open}{shown_label}{close}{:pad$}  {text}", "")?;
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn render(cols: &[Col], rows: &[Vec<&str>], max: Option<usize>) -> Vec<String> {
        let rows: Vec<Vec<String>> = rows
            .iter()
            .map(|r| r.iter().zip(cols).map(|(c, col)| cell(col.kind, c.to_string())).collect())
            .collect();
        let layout = Layout::fit(cols, &rows, max);
        let mut out = Vec::new();
        layout.write_heading(&mut out, cols, false).unwrap_or_default();
        for row in &rows {
            layout.write_row(&mut out, row).unwrap_or_default();
        }
        String::from_utf8_lossy(&out).lines().map(str::to_owned).collect()
    }

    const COLS: &[Col] = &[Col::fixed("START"), Col::text("NOTE"), Col::text("TAGS").drop(1), Col::id("ID")];

    #[test]
    fn text_is_cut_to_fit_and_the_rest_stays_whole() {
        let id = "0123abcd-0000-4000-8000-000000000000";
        let lines = render(
            COLS,
            &[vec!["2024-03-15 11:15", "a very long note about the printer", "x", id]],
            Some(40),
        );
        assert!(lines.iter().all(|l| width(l) <= 40), "{lines:#?}");
        assert!(lines[1].starts_with("2024-03-15 11:15  "), "{lines:#?}");
        assert!(lines[1].contains('…') && lines[1].ends_with("x     0123abcd"), "{lines:#?}");
        let column = |line: &str, word: &str| line.find(word).map(|at| width(&line[..at]));
        assert_eq!(column(&lines[0], "ID"), column(&lines[1], "0123abcd"), "{lines:#?}");
    }

    #[test]
    fn unknown_width_keeps_everything_but_the_long_id() {
        let lines =
            render(COLS, &[vec!["2024-03-15 11:15", "ünïcødé 漢字 note", "", "abcdef0123456789"]], None);
        assert_eq!(lines[1], "2024-03-15 11:15  ünïcødé 漢字 note        abcdef01");
    }

    #[test]
    fn columns_give_way_by_rank_when_even_cut_text_cannot_fit() {
        let lines = render(COLS, &[vec!["2024-03-15 11:15", "note", "tags here", "ffffffff"]], Some(30));
        assert_eq!(lines, ["START             NOTE  ID", "2024-03-15 11:15  note  ffffffff"]);
    }

    #[test]
    fn wide_characters_count_two_columns() {
        assert_eq!(truncate("漢字漢字", 5), "漢字…");
        assert_eq!(truncate("short", 5), "short");
        assert_eq!(wrap("one two three", 7), ["one two", "three"]);
        assert_eq!(wrap("abcdefghij", 4), ["abcd", "efgh", "ij"]);
    }

    #[test]
    fn numbers_align_right_under_their_heading() {
        let cols = [Col::number("TOTAL"), Col::text("NAME")];
        assert_eq!(
            render(&cols, &[vec!["7", "a"], vec!["1234567", "b"]], None),
            ["  TOTAL  NAME", "      7  a", "1234567  b"]
        );
    }
}
