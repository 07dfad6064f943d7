//! Rendering records: a table for people; JSON, NDJSON, CSV and TSV for machines. Every
//! format streams record by record; a table fixes its widths from its first page of rows.

use std::io::{self, BufWriter, Stdout, Write};

use chrono::{Datelike, Timelike};
use clap::ValueEnum;
use serde::Serialize;
use serde_json::Value;
use stint::text::guard_cell;
use stint::time::{Timestamp, Zone};

use super::table::{self, Col, Layout};

/// How records are printed (`--format`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// Aligned columns for people (the default)
    Table,
    /// One JSON document: an object, or an array of objects
    Json,
    /// RFC 4180 CSV with a header row
    Csv,
    /// Tab-separated values with a header row; tab, newline, CR and backslash escaped as \t \n \r \\
    Tsv,
    /// One JSON object per line
    Ndjson,
}

/// Prints one line of data on stdout. Unlike `println!`, a closed pipe (`| head`) is an error
/// to return (main ends quietly on it), not a panic.
pub fn print_line(text: impl std::fmt::Display) -> io::Result<()> {
    let mut out = io::stdout().lock();
    writeln!(out, "{text}")?;
    out.flush()
}

/// Prints one line on stderr; when stderr is gone there is no one left to tell, so errors are
/// ignored rather than turned into a panic as `eprintln!` would.
pub fn eprint_line(text: impl std::fmt::Display) {
    let _ = writeln!(io::stderr(), "{text}");
}

/// How a table shows instants: local time (or UTC with `--utc`).
pub struct View<'a> {
    pub zone: &'a dyn Zone,
    /// One record on its own (`show`), not a row of a list: instants are always written whole.
    pub detail: bool,
}

impl View<'_> {
    pub fn time(&self, at: Timestamp) -> String {
        let local = at.in_zone(self.zone);
        // Written field by field: a long table formats two of these a row, and parsing a
        // strftime pattern each time was a tenth of its cost. Years of other widths keep the
        // pattern's own spelling.
        if (0..=9999).contains(&local.year()) {
            format!(
                "{:04}-{:02}-{:02} {:02}:{:02}",
                local.year(),
                local.month(),
                local.day(),
                local.hour(),
                local.minute()
            )
        } else {
            local.format("%Y-%m-%d %H:%M").to_string()
        }
    }
    /// The end of something that began at `start`: in a list, only the time on the same local
    /// day and the time with `+N` (days later) otherwise, since the start beside it has the date.
    pub fn end_time(&self, start: Timestamp, end: Timestamp) -> String {
        if self.detail {
            return self.time(end);
        }
        let (from, to) = (start.in_zone(self.zone).date_naive(), end.in_zone(self.zone));
        let days = (to.date_naive() - from).num_days();
        let (hour, minute) = (to.hour(), to.minute());
        if days == 0 { format!("{hour:02}:{minute:02}") } else { format!("{hour:02}:{minute:02}+{days}") }
    }
    pub fn opt_time(&self, at: Option<Timestamp>) -> String {
        at.map(|t| self.time(t)).unwrap_or_else(|| "-".into())
    }
}

/// A record every format can print.
pub trait Record: Serialize {
    /// Machine column names, in serialisation order; CSV/TSV print exactly these.
    const COLUMNS: &'static [&'static str];
    /// Table columns: headings and kinds, which decide how each fits a terminal.
    const HEADERS: &'static [Col];
    /// Table cells, one per heading; escaping for the terminal is applied afterwards.
    fn row(&self, view: &View) -> Vec<String>;

    /// CSV/TSV cells, one per column, formula-guarded. The default goes through JSON; types
    /// exported by the million write their cells directly.
    fn machine_cells(&self) -> io::Result<Vec<String>> {
        let value = serde_json::to_value(self)?;
        Ok(Self::COLUMNS.iter().map(|c| machine_cell(value.get(*c))).collect())
    }
}

/// How many columns `parts` hold together: the length of the array [`joined_columns!`] builds.
pub const fn column_count(parts: &[&[&str]]) -> usize {
    let mut count = 0;
    let mut part = 0;
    while part < parts.len() {
        count += parts[part].len();
        part += 1;
    }
    count
}

/// `parts` laid end to end, at compile time; `N` is their [`column_count`].
pub const fn join_columns<const N: usize>(parts: &[&[&'static str]]) -> [&'static str; N] {
    let mut joined = [""; N];
    let mut at = 0;
    let mut part = 0;
    while part < parts.len() {
        let mut column = 0;
        while column < parts[part].len() {
            joined[at] = parts[part][column];
            at += 1;
            column += 1;
        }
        part += 1;
    }
    assert!(at == N, "the buffer must hold every column");
    joined
}

/// The `COLUMNS` of a record that flattens another into it: the other's columns and its own,
/// in serialisation order, so the other's list is written once:
/// `joined_columns!(CaseView::COLUMNS, &["description"])`.
macro_rules! joined_columns {
    ($($part:expr),+ $(,)?) => {{
        const PARTS: &[&[&str]] = &[$($part),+];
        const JOINED: [&str; $crate::cli::output::column_count(PARTS)] =
            $crate::cli::output::join_columns(PARTS);
        &JOINED
    }};
}
pub(crate) use joined_columns;

/// Where records go, and how.
pub struct Printer<'a> {
    pub format: Format,
    pub view: View<'a>,
    /// Bold headings (a terminal, and `NO_COLOR` unset).
    pub styled: bool,
    /// Stdout is a terminal, whose width tables fit.
    pub on_terminal: bool,
    /// `COLUMNS`: the width when the terminal reports none, or stdout is not one.
    pub columns: Option<u16>,
}

/// A streaming writer of records of one type.
pub struct Sink<'p, 'a, T: Record> {
    printer: &'p Printer<'a>,
    out: BufWriter<Stdout>,
    table: Option<TableSink>,
    count: usize,
    _record: std::marker::PhantomData<T>,
}

impl<'a> Printer<'a> {
    /// Starts a list of records; machine formats write the header at once.
    pub fn sink<T: Record>(&self) -> io::Result<Sink<'_, 'a, T>> {
        let mut out = BufWriter::with_capacity(64 * 1024, io::stdout());
        let table = match self.format {
            Format::Table => Some(TableSink { width: self.table_width(), page: Vec::new(), layout: None }),
            Format::Csv => {
                write_delimited_row(&mut out, T::COLUMNS.iter().map(|c| (*c).to_owned()), Format::Csv)?;
                None
            }
            Format::Tsv => {
                write_delimited_row(&mut out, T::COLUMNS.iter().map(|c| (*c).to_owned()), Format::Tsv)?;
                None
            }
            Format::Json => {
                out.write_all(b"[")?;
                None
            }
            Format::Ndjson => None,
        };
        Ok(Sink { printer: self, out, table, count: 0, _record: std::marker::PhantomData })
    }

    /// Prints a whole list.
    pub fn list<T: Record>(&self, records: &[T]) -> io::Result<usize> {
        let mut sink = self.sink::<T>()?;
        for record in records {
            sink.push(record)?;
        }
        sink.finish()
    }

    /// Prints one record: a two-column field/value table for people, an object for machines.
    pub fn one<T: Record>(&self, record: &T) -> io::Result<()> {
        match self.format {
            Format::Table => {
                let view = View { zone: self.view.zone, detail: true };
                let fields: Vec<(&Col, String)> = T::HEADERS.iter().zip(record.row(&view)).collect();
                let mut out = io::stdout().lock();
                table::write_record(&mut out, &fields, self.table_width(), self.styled)?;
                out.flush()
            }
            Format::Json => {
                let mut out = io::stdout().lock();
                serde_json::to_writer_pretty(&mut out, record)?;
                out.write_all(b"\n")?;
                out.flush()
            }
            _ => {
                let mut sink = self.sink::<T>()?;
                sink.push(record)?;
                sink.finish().map(|_| ())
            }
        }
    }

    /// A record whose last field is slow to learn (a ticket's time over a million work
    /// sessions): a table shows every other field of `first` at once, then asks `complete` for
    /// the whole record and adds its last line, so the view reads as [`Printer::one`] would
    /// print it. Other formats print the complete record. Returns what `complete` gave.
    pub fn one_last_field_later<T: Record, R>(
        &self,
        first: &T,
        complete: impl FnOnce() -> anyhow::Result<R>,
        record: impl Fn(&R) -> T,
    ) -> anyhow::Result<R> {
        if self.format != Format::Table {
            let whole = complete()?;
            self.one(&record(&whole))?;
            return Ok(whole);
        }
        let view = View { zone: self.view.zone, detail: true };
        let label_width = table::label_width(T::HEADERS.iter());
        let (max, styled) = (self.table_width(), self.styled);
        let mut fields: Vec<(&Col, String)> = T::HEADERS.iter().zip(first.row(&view)).collect();
        let last = fields.pop();
        {
            let mut out = io::stdout().lock();
            table::write_record_lines(&mut out, &fields, label_width, max, styled)?;
            out.flush()?;
        }
        let whole = complete()?;
        if let (Some((col, _)), Some(value)) = (last, record(&whole).row(&view).pop()) {
            let mut out = io::stdout().lock();
            table::write_record_lines(&mut out, &[(col, value)], label_width, max, styled)?;
            out.flush()?;
        }
        Ok(whole)
    }

    /// How wide tables may be: the terminal's width, else `COLUMNS`, else no limit. A terminal
    /// that reports 0 columns (`script`, serial consoles) counts as reporting none, as does
    /// `COLUMNS=0`. Asked once per table, when one starts.
    pub fn table_width(&self) -> Option<usize> {
        let terminal = if self.on_terminal {
            rustix::termios::tcgetwinsize(io::stdout()).ok().map(|size| size.ws_col).filter(|&c| c > 0)
        } else {
            None
        };
        terminal.or(self.columns.filter(|&c| c > 0)).map(usize::from)
    }
}

/// A table on its way out: rows wait in `page` until there are enough to size the columns,
/// then every row is written as it comes.
struct TableSink {
    width: Option<usize>,
    page: Vec<Vec<String>>,
    layout: Option<Layout>,
}

impl TableSink {
    fn push<H: AsRef<str>>(
        &mut self,
        out: &mut impl Write,
        cols: &[Col<H>],
        row: Vec<String>,
        styled: bool,
    ) -> io::Result<()> {
        let cells: Vec<String> = row.into_iter().zip(cols).map(|(c, col)| table::cell(col.kind, c)).collect();
        match &self.layout {
            Some(layout) => layout.write_row(out, &cells),
            None => {
                self.page.push(cells);
                if self.page.len() >= table::PAGE {
                    self.flush_page(out, cols, styled)?;
                    // The first page is on the screen at once, whatever follows.
                    out.flush()?;
                }
                Ok(())
            }
        }
    }

    /// Fixes the layout from the rows so far and writes the heading and those rows.
    fn flush_page<H: AsRef<str>>(
        &mut self,
        out: &mut impl Write,
        cols: &[Col<H>],
        styled: bool,
    ) -> io::Result<()> {
        let layout = Layout::fit(cols, &self.page, self.width);
        layout.write_heading(out, cols, styled)?;
        for row in self.page.drain(..) {
            layout.write_row(out, &row)?;
        }
        self.layout = Some(layout);
        Ok(())
    }
}

impl<T: Record> Sink<'_, '_, T> {
    pub fn push(&mut self, record: &T) -> io::Result<()> {
        let format = self.printer.format;
        match format {
            Format::Table => {
                if let Some(table) = &mut self.table {
                    table.push(
                        &mut self.out,
                        T::HEADERS,
                        record.row(&self.printer.view),
                        self.printer.styled,
                    )?;
                }
            }
            Format::Json => {
                self.out.write_all(if self.count == 0 { b"\n  " } else { b",\n  " })?;
                serde_json::to_writer(&mut self.out, record)?;
            }
            Format::Ndjson => {
                serde_json::to_writer(&mut self.out, record)?;
                self.out.write_all(b"\n")?;
            }
            Format::Csv | Format::Tsv => {
                write_delimited_row(&mut self.out, record.machine_cells()?.into_iter(), format)?;
            }
        }
        self.count += 1;
        Ok(())
    }

    /// Ends the list; returns how many records were printed.
    pub fn finish(mut self) -> io::Result<usize> {
        match self.printer.format {
            Format::Table => {
                if let Some(mut table) = self.table.take()
                    && table.layout.is_none()
                    && self.count > 0
                {
                    table.flush_page(&mut self.out, T::HEADERS, self.printer.styled)?;
                }
            }
            Format::Json => self.out.write_all(if self.count == 0 { b"]\n" } else { b"\n]\n" })?,
            _ => {}
        }
        self.out.flush()?;
        Ok(self.count)
    }
}

/// Rows whose columns are known only at run time (reports): machine formats get `columns`
/// as keys; tables get `headers`.
pub struct DynamicRows<'c> {
    pub columns: Vec<&'c str>,
    pub headers: Vec<Col<String>>,
    pub machine: Vec<Vec<Value>>,
    pub table: Vec<Vec<String>>,
}

/// A table with run-time columns, streamed as [`Sink`] streams records: the first page of
/// rows fixes the layout, every later row is written as it comes.
pub struct DynamicTable<'p, 'a> {
    printer: &'p Printer<'a>,
    out: BufWriter<Stdout>,
    headers: Vec<Col<String>>,
    table: TableSink,
    count: usize,
}

impl DynamicTable<'_, '_> {
    pub fn push(&mut self, row: Vec<String>) -> io::Result<()> {
        self.table.push(&mut self.out, &self.headers, row, self.printer.styled)?;
        self.count += 1;
        Ok(())
    }

    pub fn finish(mut self) -> io::Result<()> {
        if self.table.layout.is_none() && self.count > 0 {
            self.table.flush_page(&mut self.out, &self.headers, self.printer.styled)?;
        }
        self.out.flush()
    }
}

impl<'a> Printer<'a> {
    /// Starts a streamed table whose columns are known only at run time.
    pub fn dynamic_table(&self, headers: Vec<Col<String>>) -> DynamicTable<'_, 'a> {
        DynamicTable {
            printer: self,
            out: BufWriter::with_capacity(64 * 1024, io::stdout()),
            headers,
            table: TableSink { width: self.table_width(), page: Vec::new(), layout: None },
            count: 0,
        }
    }
}

impl Printer<'_> {
    /// Prints rows with run-time columns; `footer` (table only) is a last, separate row.
    pub fn dynamic(&self, rows: &DynamicRows, footer: Option<Vec<String>>) -> io::Result<()> {
        let mut out = BufWriter::new(io::stdout().lock());
        match self.format {
            Format::Table => {
                // A report has a row per group, few enough to lay out together.
                let mut sink = TableSink { width: self.table_width(), page: Vec::new(), layout: None };
                sink.page = rows
                    .table
                    .iter()
                    .chain(footer.iter())
                    .map(|row| {
                        row.iter()
                            .zip(&rows.headers)
                            .map(|(c, col)| table::cell(col.kind, c.clone()))
                            .collect()
                    })
                    .collect();
                sink.flush_page(&mut out, &rows.headers, self.styled)?;
            }
            Format::Csv | Format::Tsv => {
                write_delimited_row(&mut out, rows.columns.iter().map(|c| (*c).to_owned()), self.format)?;
                for row in &rows.machine {
                    write_delimited_row(&mut out, row.iter().map(|v| machine_cell(Some(v))), self.format)?;
                }
            }
            Format::Json | Format::Ndjson => {
                let objects = rows.machine.iter().map(|row| {
                    let map: serde_json::Map<String, Value> =
                        rows.columns.iter().map(|c| (*c).to_owned()).zip(row.iter().cloned()).collect();
                    Value::Object(map)
                });
                if self.format == Format::Json {
                    let all: Vec<Value> = objects.collect();
                    serde_json::to_writer_pretty(&mut out, &all)?;
                    out.write_all(b"\n")?;
                } else {
                    for object in objects {
                        serde_json::to_writer(&mut out, &object)?;
                        out.write_all(b"\n")?;
                    }
                }
            }
        }
        out.flush()
    }
}

/// A JSON value as a CSV/TSV cell: text guarded against formulas, a list of texts (tags)
/// joined by `;`, other nested values as JSON.
fn machine_cell(value: Option<&Value>) -> String {
    match value {
        None | Some(Value::Null) => String::new(),
        Some(Value::String(s)) => guard_cell(s).into_owned(),
        Some(Value::Array(items)) if items.iter().all(Value::is_string) => {
            let texts: Vec<&str> = items.iter().filter_map(Value::as_str).collect();
            guard_cell(&texts.join(stint::text::TAG_SEPARATOR)).into_owned()
        }
        Some(Value::Bool(b)) => b.to_string(),
        Some(Value::Number(n)) => n.to_string(),
        Some(other) => guard_cell(&other.to_string()).into_owned(),
    }
}

fn write_delimited_row(
    out: &mut impl Write,
    cells: impl Iterator<Item = String>,
    format: Format,
) -> io::Result<()> {
    let mut first = true;
    for cell in cells {
        if !first {
            out.write_all(if format == Format::Tsv { b"\t" } else { b"," })?;
        }
        first = false;
        match format {
            Format::Tsv => out.write_all(escape_tsv(&cell).as_bytes())?,
            _ => out.write_all(quote_csv(&cell).as_bytes())?,
        }
    }
    out.write_all(if format == Format::Tsv { b"\n" } else { b"\r\n" })
}

/// RFC 4180 quoting: a cell with a comma, quote, CR or LF is quoted, quotes doubled.
fn quote_csv(cell: &str) -> std::borrow::Cow<'_, str> {
    // A byte scan: every character that needs quoting is ASCII, and exports quote millions.
    if cell.bytes().any(|b| matches!(b, b',' | b'"' | b'\r' | b'\n')) {
        std::borrow::Cow::Owned(format!("\"{}\"", cell.replace('"', "\"\"")))
    } else {
        std::borrow::Cow::Borrowed(cell)
    }
}

/// TSV cells cannot hold tabs or newlines; escape them (and the backslash) instead.
fn escape_tsv(cell: &str) -> std::borrow::Cow<'_, str> {
    if cell.contains(['\t', '\n', '\r', '\\']) {
        let mut out = String::with_capacity(cell.len() + 4);
        for c in cell.chars() {
            match c {
                '\t' => out.push_str("\\t"),
                '\n' => out.push_str("\\n"),
                '\r' => out.push_str("\\r"),
                '\\' => out.push_str("\\\\"),
                c => out.push(c),
            }
        }
        std::borrow::Cow::Owned(out)
    } else {
        std::borrow::Cow::Borrowed(cell)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn joined_columns_lay_the_parts_end_to_end() {
        const BASE: &[&str] = &["id", "title"];
        const JOINED: &[&str] = joined_columns!(&["day"], BASE, &["total"]);
        assert_eq!(JOINED, ["day", "id", "title", "total"]);
    }

    #[test]
    fn csv_quoting_follows_rfc4180() {
        assert_eq!(quote_csv("plain"), "plain");
        assert_eq!(quote_csv("a,b"), "\"a,b\"");
        assert_eq!(quote_csv("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(quote_csv("two\nlines"), "\"two\nlines\"");
    }

    #[test]
    fn tsv_escapes_separators() {
        assert_eq!(escape_tsv("a\tb\nc\\d"), "a\\tb\\nc\\\\d");
    }

    #[test]
    fn machine_cells_are_guarded() {
        assert_eq!(machine_cell(Some(&Value::String("=1+1".into()))), "'=1+1");
        assert_eq!(machine_cell(Some(&Value::Null)), "");
        assert_eq!(machine_cell(Some(&serde_json::json!(42))), "42");
    }

    #[test]
    fn table_times_read_as_local_clock_time() {
        let zone = chrono::FixedOffset::east_opt(-5 * 3600).unwrap_or_else(|| unreachable!());
        let view = View { zone: &zone, detail: false };
        let at = |secs| Timestamp::from_unix(secs).unwrap_or_else(|e| panic!("{e}"));
        // 2026-03-01 04:05 UTC is 23:05 the evening before at UTC-5.
        let start = at(1_772_337_900);
        assert_eq!(view.time(start), "2026-02-28 23:05");
        assert_eq!(view.end_time(start, at(1_772_337_900 + 600)), "23:15");
        // Two days and an hour later is three dates on.
        assert_eq!(view.end_time(start, at(1_772_337_900 + 2 * 86_400 + 3600)), "00:05+3");
        let whole = View { zone: &zone, detail: true };
        assert_eq!(whole.end_time(start, at(0)), "1969-12-31 19:00");
    }
}
