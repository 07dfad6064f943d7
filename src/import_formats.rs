//! Reading work sessions to import: stint's own CSV, JSON and NDJSON exports, Timewarrior's
//! `timew export` JSON and Watson's `frames` file. Parsing is streaming and pure: each record
//! goes to a callback with its position (line or record number) for error messages.

use std::cell::Cell;
use std::fmt;
use std::io::{self, BufRead, Read};
use std::rc::Rc;
use std::str::FromStr;

use serde::Deserialize;
use serde::de::{DeserializeSeed, SeqAccess, Visitor};

use crate::error::{Error, Result};
use crate::text::unguard_cell;
use crate::time::Timestamp;

/// The formats `session import --input-format` reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum InputFormat {
    Csv,
    /// Tab-separated, tabs, newlines and backslashes in cells escaped as `--format tsv` writes them.
    Tsv,
    Json,
    Ndjson,
    Timewarrior,
    Watson,
}

impl InputFormat {
    pub const NAMES: &'static str = "csv, tsv, json, ndjson, timewarrior, watson";

    /// The format a file name suggests (`.csv`, `.tsv`, `.json`, `.ndjson`/`.jsonl`).
    pub fn from_extension(path: &str) -> Option<Self> {
        let lower = path.to_ascii_lowercase();
        let ext = lower.rsplit_once('.').map(|(_, e)| e)?;
        match ext {
            "csv" => Some(Self::Csv),
            "tsv" => Some(Self::Tsv),
            "json" => Some(Self::Json),
            "ndjson" | "jsonl" => Some(Self::Ndjson),
            _ => None,
        }
    }
}

impl FromStr for InputFormat {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self> {
        match s.trim().to_ascii_lowercase().as_str() {
            "csv" => Ok(Self::Csv),
            "tsv" => Ok(Self::Tsv),
            "json" => Ok(Self::Json),
            "ndjson" | "jsonl" => Ok(Self::Ndjson),
            "timewarrior" | "timew" => Ok(Self::Timewarrior),
            "watson" => Ok(Self::Watson),
            _ => Err(Error::invalid(format!(
                "unknown input format {:?}; use {}",
                crate::text::escape_for_terminal(s),
                Self::NAMES
            ))),
        }
    }
}

/// Where a record sits in its input, for messages: `line 12` or `record 3`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Position {
    Line(u64),
    Record(u64),
}

impl fmt::Display for Position {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Position::Line(n) => write!(f, "line {n}"),
            Position::Record(n) => write!(f, "record {n}"),
        }
    }
}

/// One work session as read from an input, not yet checked against the database.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportRecord {
    pub position: Position,
    /// Kept from stint's own exports, so a round trip reproduces the same ids.
    pub work_session_id: Option<String>,
    pub user: Option<String>,
    pub ticket: Option<i64>,
    /// A case id or unique prefix.
    pub case_id: Option<String>,
    pub start: Timestamp,
    /// `None`: still running.
    pub end: Option<Timestamp>,
    pub utc_offset: Option<i32>,
    pub note: String,
    /// `timer`, `manual` or `import`, from stint's own exports.
    pub source: Option<String>,
    pub created_at: Option<Timestamp>,
    pub updated_at: Option<Timestamp>,
    /// Tag names as read (checked by the import, not here).
    pub tags: Vec<String>,
    /// `ticket:`/`case:` tags of a foreign record that were not read as its target.
    pub unread_target_tags: u64,
}

impl ImportRecord {
    /// A record from another tool: times and a note; user, target and the rest come from the
    /// command line or from tags.
    fn foreign(position: Position, start: Timestamp, end: Option<Timestamp>, note: String) -> Self {
        Self {
            position,
            work_session_id: None,
            user: None,
            ticket: None,
            case_id: None,
            start,
            end,
            utc_offset: None,
            note,
            source: None,
            created_at: None,
            updated_at: None,
            tags: Vec::new(),
            unread_target_tags: 0,
        }
    }
}

/// How foreign formats (Timewarrior, Watson) map to tickets and cases.
#[derive(Debug, Clone, Default)]
pub struct TagMapping {
    /// Read `ticket:N` and `case:ID` tags of each record.
    pub from_tags: bool,
}

fn bad(position: Position, message: impl fmt::Display) -> Error {
    Error::invalid(format!("{position}: {message}"))
}

fn parse_rfc3339(position: Position, field: &str, text: &str) -> Result<Timestamp> {
    let parsed = chrono::DateTime::parse_from_rfc3339(text.trim())
        .map_err(|_| bad(position, format!("{field} {text:?} is not an RFC 3339 time")))?;
    Timestamp::from_unix(parsed.timestamp()).map_err(|e| bad(position, e))
}

fn opt_text(text: Option<String>) -> Option<String> {
    text.filter(|t| !t.is_empty())
}

/// A row of stint's own export, as CSV cells or JSON fields.
#[derive(Debug, Deserialize)]
struct StintRow {
    work_session_id: Option<String>,
    user: Option<String>,
    ticket: Option<serde_json::Value>,
    case_id: Option<String>,
    start: String,
    end: Option<String>,
    duration_seconds: Option<serde_json::Value>,
    utc_offset: Option<serde_json::Value>,
    #[serde(default)]
    note: Option<String>,
    source: Option<String>,
    created_at: Option<String>,
    updated_at: Option<String>,
    /// A JSON array; CSV's `;`-joined cell is read apart from the row (see [`read`]).
    #[serde(default)]
    tags: Option<Vec<String>>,
}

/// The header CSV's `tags` column is renamed to before a row is deserialised, so serde leaves
/// it alone: the cell is text to split, not a sequence.
const CSV_TAGS_ASIDE: &str = "\u{0}tags";

/// Reverses the escapes of a TSV cell (`\t`, `\n`, `\r`, `\\`); any other backslash is kept.
fn unescape_tsv(cell: &str) -> String {
    let mut out = String::with_capacity(cell.len());
    let mut chars = cell.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('t') => out.push('\t'),
            Some('n') => out.push('\n'),
            Some('r') => out.push('\r'),
            Some('\\') => out.push('\\'),
            Some(other) => {
                out.push('\\');
                out.push(other);
            }
            None => out.push('\\'),
        }
    }
    out
}

fn json_int(position: Position, field: &str, value: Option<serde_json::Value>) -> Result<Option<i64>> {
    match value {
        None | Some(serde_json::Value::Null) => Ok(None),
        Some(serde_json::Value::Number(n)) => {
            n.as_i64().map(Some).ok_or_else(|| bad(position, format!("{field} must be a whole number")))
        }
        Some(serde_json::Value::String(s)) if s.is_empty() => Ok(None),
        Some(serde_json::Value::String(s)) => s
            .trim()
            .trim_start_matches('#')
            .parse()
            .map(Some)
            .map_err(|_| bad(position, format!("{field} {s:?} is not a whole number"))),
        Some(other) => Err(bad(position, format!("{field} must be a number, not {other}"))),
    }
}

impl StintRow {
    /// Converts a row; `guarded` reverses the CSV formula guard on text cells.
    fn into_record(self, position: Position, guarded: bool) -> Result<ImportRecord> {
        let text = |t: Option<String>| -> Option<String> {
            let t = opt_text(t)?;
            Some(if guarded { unguard_cell(&t).to_owned() } else { t })
        };
        let start = parse_rfc3339(position, "start", &self.start)?;
        let end = match opt_text(self.end) {
            Some(end) => Some(parse_rfc3339(position, "end", &end)?),
            None => None,
        };
        if let (Some(end), Some(duration)) =
            (end, json_int(position, "duration_seconds", self.duration_seconds)?)
            && end.since(start) != duration
        {
            return Err(bad(position, format!("duration_seconds {duration} does not match end - start")));
        }
        let offset = json_int(position, "utc_offset", self.utc_offset)?;
        let utc_offset = offset
            .map(|o| i32::try_from(o).ok().filter(|o| o.abs() < 86_400))
            .map(|o| o.ok_or_else(|| bad(position, "utc_offset is out of range")))
            .transpose()?;
        let user = text(self.user);
        let time = |field: &str, t: Option<String>| -> Result<Option<Timestamp>> {
            opt_text(t).map(|t| parse_rfc3339(position, field, &t)).transpose()
        };
        Ok(ImportRecord {
            position,
            work_session_id: opt_text(self.work_session_id),
            user,
            ticket: json_int(position, "ticket", self.ticket)?,
            case_id: opt_text(self.case_id),
            start,
            end,
            utc_offset,
            note: text(self.note).unwrap_or_default(),
            source: opt_text(self.source),
            created_at: time("created_at", self.created_at)?,
            updated_at: time("updated_at", self.updated_at)?,
            tags: self.tags.unwrap_or_default(),
            unread_target_tags: 0,
        })
    }
}

/// A Timewarrior interval from `timew export`.
#[derive(Debug, Deserialize)]
struct TimewInterval {
    start: String,
    end: Option<String>,
    #[serde(default)]
    tags: Vec<String>,
    annotation: Option<String>,
}

fn parse_timew_time(position: Position, text: &str) -> Result<Timestamp> {
    let parsed = chrono::NaiveDateTime::parse_from_str(text, "%Y%m%dT%H%M%SZ")
        .map_err(|_| bad(position, format!("{text:?} is not a Timewarrior time (YYYYMMDDTHHMMSSZ)")))?;
    Timestamp::from_unix(parsed.and_utc().timestamp()).map_err(|e| bad(position, e))
}

fn is_target_tag(tag: &str) -> bool {
    tag.starts_with("ticket:") || tag.starts_with("case:")
}

/// Sorts a foreign record's tags: `ticket:N` / `case:ID` name its target (with `--map-tag`;
/// without, they are counted as unread so the summary can say so), every other one is kept as
/// a tag.
fn apply_tags(record: &mut ImportRecord, tags: Vec<String>, mapping: &TagMapping) -> Result<()> {
    for tag in tags {
        if !is_target_tag(&tag) {
            record.tags.push(tag);
        } else if !mapping.from_tags {
            record.unread_target_tags += 1;
        } else if let Some(n) = tag.strip_prefix("ticket:") {
            let number = crate::ticket::parse_number(n)
                .map_err(|_| bad(record.position, format!("tag {tag:?} names no ticket number")))?;
            record.ticket = Some(number);
        } else if let Some(id) = tag.strip_prefix("case:") {
            record.case_id = Some(id.to_owned());
        }
    }
    Ok(())
}

fn timew_record(position: Position, interval: TimewInterval, mapping: &TagMapping) -> Result<ImportRecord> {
    let start = parse_timew_time(position, &interval.start)?;
    let end = interval.end.as_deref().map(|e| parse_timew_time(position, e)).transpose()?;
    let mut record = ImportRecord::foreign(position, start, end, interval.annotation.unwrap_or_default());
    apply_tags(&mut record, interval.tags, mapping)?;
    Ok(record)
}

/// A Watson frame: `[start, stop, project, id, tags, updated_at]`, times in Unix seconds.
#[derive(Debug, Deserialize)]
struct WatsonFrame(i64, i64, String, String, #[serde(default)] Vec<String>, #[serde(default)] Option<i64>);

/// A frame's project becomes a tag of that name beside its tags (or its target, when named
/// `ticket:N`/`case:ID` and read with `--map-tag`); its last change becomes `updated_at`.
/// Watson frames carry no note.
fn watson_record(position: Position, frame: WatsonFrame, mapping: &TagMapping) -> Result<ImportRecord> {
    let WatsonFrame(start, stop, project, _id, tags, updated) = frame;
    let start = Timestamp::from_unix(start).map_err(|e| bad(position, e))?;
    let end = Timestamp::from_unix(stop).map_err(|e| bad(position, e))?;
    let mut record = ImportRecord::foreign(position, start, Some(end), String::new());
    record.updated_at = updated.map(Timestamp::from_unix).transpose().map_err(|e| bad(position, e))?;
    apply_tags(&mut record, std::iter::once(project).chain(tags).collect(), mapping)?;
    Ok(record)
}

/// The most one record (a CSV record, an NDJSON line, a JSON array element) may take, in bytes.
/// Input without line ends (`/dev/zero`, a binary file) would otherwise be buffered whole.
pub const MAX_RECORD_BYTES: u64 = 1024 * 1024;

/// How many more bytes the current record may read; the parser resets it at each record.
#[derive(Debug, Clone)]
struct Budget(Rc<Cell<u64>>);

impl Budget {
    fn new() -> Self {
        Self(Rc::new(Cell::new(MAX_RECORD_BYTES)))
    }
    fn reset(&self) {
        self.0.set(MAX_RECORD_BYTES);
    }
}

/// A reader that fails once the current record has read its budget: memory stays bounded
/// whatever the input, and the parser reports the record it was in.
struct Bounded<R> {
    inner: R,
    budget: Budget,
}

impl<R: BufRead> BufRead for Bounded<R> {
    fn fill_buf(&mut self) -> io::Result<&[u8]> {
        let left = usize::try_from(self.budget.0.get()).unwrap_or(usize::MAX);
        let available = self.inner.fill_buf()?;
        if left == 0 && !available.is_empty() {
            return Err(io::Error::new(
                io::ErrorKind::InvalidData,
                format!("longer than {} MiB, the most one record may be", MAX_RECORD_BYTES >> 20),
            ));
        }
        Ok(&available[..available.len().min(left)])
    }
    fn consume(&mut self, amount: usize) {
        self.budget.0.set(self.budget.0.get().saturating_sub(amount as u64));
        self.inner.consume(amount);
    }
}

impl<R: BufRead> Read for Bounded<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let available = self.fill_buf()?;
        let n = available.len().min(buf.len());
        buf[..n].copy_from_slice(&available[..n]);
        self.consume(n);
        Ok(n)
    }
}

/// Streams a top-level JSON array element by element into `each`.
struct ArrayOf<'f, T> {
    each: &'f mut dyn FnMut(u64, T) -> Result<()>,
    failure: &'f mut Option<Error>,
    budget: Budget,
}

impl<'de, T: Deserialize<'de>> DeserializeSeed<'de> for ArrayOf<'_, T> {
    type Value = ();
    fn deserialize<D: serde::Deserializer<'de>>(self, deserializer: D) -> std::result::Result<(), D::Error> {
        deserializer.deserialize_seq(self)
    }
}

impl<'de, T: Deserialize<'de>> Visitor<'de> for ArrayOf<'_, T> {
    type Value = ();
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON array of records")
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> std::result::Result<(), A::Error> {
        let mut index = 0;
        loop {
            index += 1;
            let element = match seq.next_element::<T>() {
                Ok(Some(element)) => element,
                Ok(None) => return Ok(()),
                Err(e) => {
                    *self.failure = Some(bad(Position::Record(index), e));
                    return Err(serde::de::Error::custom("stopped"));
                }
            };
            if let Err(e) = (self.each)(index, element) {
                *self.failure = Some(e);
                return Err(serde::de::Error::custom("stopped"));
            }
            self.budget.reset();
        }
    }
}

fn read_json_array<'de, T: Deserialize<'de>>(
    input: impl BufRead,
    each: &mut dyn FnMut(u64, T) -> Result<()>,
) -> Result<()> {
    let mut failure = None;
    let budget = Budget::new();
    let input = Bounded { inner: input, budget: budget.clone() };
    let mut deserializer = serde_json::Deserializer::from_reader(input);
    let outcome = ArrayOf { each, failure: &mut failure, budget }.deserialize(&mut deserializer);
    if let Some(e) = failure {
        return Err(e);
    }
    outcome.map_err(|e| Error::invalid(format!("not a JSON array of records: {e}")))?;
    deserializer.end().map_err(|e| Error::invalid(format!("trailing data after the JSON array: {e}")))
}

/// Parses `input` in `format`, handing each record to `each` in order.
pub fn read(
    format: InputFormat,
    input: impl BufRead,
    mapping: &TagMapping,
    each: &mut dyn FnMut(ImportRecord) -> Result<()>,
) -> Result<()> {
    match format {
        InputFormat::Csv | InputFormat::Tsv => {
            let tsv = format == InputFormat::Tsv;
            let budget = Budget::new();
            let input = Bounded { inner: input, budget: budget.clone() };
            let mut reader = csv::ReaderBuilder::new()
                .has_headers(true)
                .delimiter(if tsv { b'\t' } else { b',' })
                .quoting(!tsv)
                .from_reader(input);
            let headers = reader.headers().map_err(|e| Error::invalid(format!("line 1: {e}")))?.clone();
            for required in ["start"] {
                if !headers.iter().any(|h| h == required) {
                    return Err(Error::invalid(format!("line 1: the CSV header has no {required:?} column")));
                }
            }
            let tags_column = headers.iter().position(|h| h == "tags");
            let row_headers: csv::StringRecord =
                headers.iter().map(|h| if h == "tags" { CSV_TAGS_ASIDE } else { h }).collect();
            // Lines are counted here: each record ends one line, plus any newlines quoted inside
            // its cells (the reader's own count is off for CRLF files, which RFC 4180 uses).
            let newlines =
                |row: &csv::StringRecord| row.iter().map(|c| c.matches('\n').count() as u64).sum::<u64>();
            let mut line = 2 + newlines(&headers);
            let mut row = csv::StringRecord::new();
            loop {
                budget.reset();
                match reader.read_record(&mut row) {
                    Ok(false) => return Ok(()),
                    Ok(true) => {}
                    Err(e) => return Err(bad(Position::Line(line), e)),
                }
                let position = Position::Line(line);
                line += 1 + newlines(&row);
                if tsv {
                    row = row.iter().map(unescape_tsv).collect();
                }
                let mut parsed: StintRow =
                    row.deserialize(Some(&row_headers)).map_err(|e| bad(position, e))?;
                parsed.tags = tags_column
                    .and_then(|i| row.get(i))
                    .map(|cell| crate::text::split_joined_tags(unguard_cell(cell)));
                each(parsed.into_record(position, true)?)?;
            }
        }
        InputFormat::Ndjson => {
            let budget = Budget::new();
            let mut input = Bounded { inner: input, budget: budget.clone() };
            let mut bytes = Vec::new();
            for number in 1.. {
                let position = Position::Line(number);
                budget.reset();
                bytes.clear();
                if input.read_until(b'\n', &mut bytes).map_err(|e| bad(position, e))? == 0 {
                    break;
                }
                let line = std::str::from_utf8(&bytes).map_err(|_| bad(position, "invalid UTF-8"))?;
                if line.trim().is_empty() {
                    continue;
                }
                let parsed: StintRow = serde_json::from_str(line).map_err(|e| bad(position, e))?;
                each(parsed.into_record(position, false)?)?;
            }
            Ok(())
        }
        InputFormat::Json => read_json_array(input, &mut |index, row: StintRow| {
            each(row.into_record(Position::Record(index), false)?)
        }),
        InputFormat::Timewarrior => read_json_array(input, &mut |index, interval: TimewInterval| {
            each(timew_record(Position::Record(index), interval, mapping)?)
        }),
        InputFormat::Watson => read_json_array(input, &mut |index, frame: WatsonFrame| {
            each(watson_record(Position::Record(index), frame, mapping)?)
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn collect(format: InputFormat, text: &str, mapping: &TagMapping) -> Result<Vec<ImportRecord>> {
        let mut records = Vec::new();
        read(format, text.as_bytes(), mapping, &mut |r| {
            records.push(r);
            Ok(())
        })?;
        Ok(records)
    }

    const CSV: &str = "work_session_id,user,ticket,case_id,start,end,duration_seconds,utc_offset,note,source,running,created_at,updated_at\r\n\
        a1,ann,42,,2024-03-01T09:00:00Z,2024-03-01T10:00:00Z,3600,3600,\"'=1+1, \"\"quoted\"\"\nline\",timer,false,2024-03-01T09:00:00Z,2024-03-01T10:00:00Z\r\n\
        a2,ann,,abcd1234,2024-03-01T11:00:00Z,,,0,,manual,true,2024-03-01T11:00:00Z,2024-03-01T11:00:00Z\r\n";

    #[test]
    fn reads_stint_csv_with_guard_reversed_and_positions() {
        let records = collect(InputFormat::Csv, CSV, &TagMapping::default()).expect("parses");
        assert_eq!(records.len(), 2);
        assert_eq!(records[0].note, "=1+1, \"quoted\"\nline");
        assert_eq!(records[0].ticket, Some(42));
        assert_eq!(records[0].utc_offset, Some(3600));
        assert_eq!(records[1].position, Position::Line(4), "multi-line cells count");
        assert_eq!(records[1].end, None);
        assert_eq!(records[1].case_id.as_deref(), Some("abcd1234"));
    }

    #[test]
    fn refuses_bad_records_with_their_position() {
        let bad_duration = CSV.replace(",3600,3600,", ",3599,3600,");
        let err = collect(InputFormat::Csv, &bad_duration, &TagMapping::default()).expect_err("mismatch");
        assert!(err.message().starts_with("line 2: duration_seconds"), "{}", err.message());
        let err = collect(
            InputFormat::Ndjson,
            "{\"start\":\"2024-03-01T09:00:00Z\"}\n{\"start\":\"soon\"}\n",
            &TagMapping::default(),
        )
        .expect_err("bad time");
        assert!(err.message().starts_with("line 2: start"), "{}", err.message());
        let err =
            collect(InputFormat::Json, "[{\"start\":\"2024-03-01T09:00:00Z\"}, 7]", &TagMapping::default())
                .expect_err("not a record");
        assert!(err.message().starts_with("record 2:"), "{}", err.message());
        assert!(collect(InputFormat::Json, "{}", &TagMapping::default()).is_err());
    }

    #[test]
    fn reads_timewarrior_export_with_tags() {
        let text = r#"[
            {"id":2,"start":"20240301T090000Z","end":"20240301T103000Z","tags":["ticket:42","vpn","onsite"],"annotation":"fixed vpn"},
            {"id":1,"start":"20240302T090000Z","end":"20240302T093000Z","tags":["case:abcd1234","printer"]}
        ]"#;
        let mapping = TagMapping { from_tags: true };
        let records = collect(InputFormat::Timewarrior, text, &mapping).expect("parses");
        assert_eq!(records[0].ticket, Some(42));
        assert_eq!(records[0].note, "fixed vpn", "the annotation is the note");
        assert_eq!(records[0].tags, ["vpn", "onsite"], "every other tag is kept as a tag");
        assert_eq!(records[0].end.map(|e| e.since(records[0].start)), Some(5400));
        assert_eq!(records[1].case_id.as_deref(), Some("abcd1234"));
        assert_eq!((records[1].note.as_str(), records[1].tags.as_slice()), ("", &["printer".to_owned()][..]));
        assert_eq!(records.iter().map(|r| r.unread_target_tags).sum::<u64>(), 0);
        let unmapped = collect(InputFormat::Timewarrior, text, &TagMapping::default()).expect("parses");
        assert_eq!(unmapped[0].ticket, None);
        assert_eq!(unmapped[0].tags, ["vpn", "onsite"]);
        assert_eq!(unmapped.iter().map(|r| r.unread_target_tags).sum::<u64>(), 2, "counted, not dropped");
    }

    #[test]
    fn reads_watson_frames_with_the_project_as_a_tag() {
        let text = r#"[[1709283600, 1709287200, "ticket:7", "f1", ["email"], 1709287200],
                       [1709290800, 1709292600, "support", "f2", ["ticket:8", "phone"], 1709292700]]"#;
        let records = collect(InputFormat::Watson, text, &TagMapping { from_tags: true }).expect("parses");
        assert_eq!(records.iter().map(|r| r.ticket).collect::<Vec<_>>(), [Some(7), Some(8)]);
        assert_eq!(records[0].tags, ["email"]);
        assert_eq!(records[1].tags, ["support", "phone"], "the project becomes a tag");
        assert!(records.iter().all(|r| r.note.is_empty()));
        assert_eq!(records[1].end.map(|e| e.since(records[1].start)), Some(1800));
        assert_eq!(records[1].updated_at.map(Timestamp::unix), Some(1709292700));
        let unmapped = collect(InputFormat::Watson, text, &TagMapping::default()).expect("parses");
        assert_eq!(unmapped.iter().map(|r| r.unread_target_tags).collect::<Vec<_>>(), [1, 1]);
    }

    #[test]
    fn reads_tags_from_every_stint_format() {
        let csv = "start,end,note,tags\n2024-03-01T09:00:00Z,2024-03-01T10:00:00Z,x,'-urgent;vpn\n2024-03-01T11:00:00Z,,,\n";
        let records = collect(InputFormat::Csv, csv, &TagMapping::default()).expect("csv");
        assert_eq!(records[0].tags, ["-urgent", "vpn"], "the formula guard is reversed");
        assert!(records[1].tags.is_empty());
        let tsv = "start\tnote\ttags\n2024-03-01T09:00:00Z\ttab\\there\ta;b\n";
        let records = collect(InputFormat::Tsv, tsv, &TagMapping::default()).expect("tsv");
        assert_eq!(
            (records[0].note.as_str(), records[0].tags.clone()),
            ("tab\there", vec!["a".into(), "b".into()])
        );
        let json = r#"[{"start":"2024-03-01T09:00:00Z","tags":["a","b"]},{"start":"2024-03-01T10:00:00Z"}]"#;
        let records = collect(InputFormat::Json, json, &TagMapping::default()).expect("json");
        assert_eq!((records[0].tags.len(), records[1].tags.len()), (2, 0));
    }

    #[test]
    fn formats_by_name_and_extension() {
        assert_eq!("timew".parse::<InputFormat>(), Ok(InputFormat::Timewarrior));
        assert!("xml".parse::<InputFormat>().is_err());
        assert_eq!(InputFormat::from_extension("week.CSV"), Some(InputFormat::Csv));
        assert_eq!(InputFormat::from_extension("x.jsonl"), Some(InputFormat::Ndjson));
        assert_eq!(InputFormat::from_extension("frames"), None);
    }

    fn read_all(format: InputFormat, input: impl BufRead) -> Result<usize> {
        let mut count = 0;
        read(format, input, &TagMapping { from_tags: true }, &mut |_| {
            count += 1;
            Ok(())
        })?;
        Ok(count)
    }

    /// One good record, then one whose note (or an endless run of bytes) never ends.
    fn inputs(note: &str) -> [(InputFormat, String, &'static str); 5] {
        let (start, end) = ("2024-03-01T09:00:00Z", "2024-03-01T10:00:00Z");
        let row =
            |n: &str| format!("{{\"ticket\":1,\"start\":\"{start}\",\"end\":\"{end}\",\"note\":\"{n}\"}}");
        let timew = |n: &str| format!("{{\"start\":\"20240301T090000Z\",\"annotation\":\"{n}\"}}");
        [
            (
                InputFormat::Csv,
                format!("ticket,start,end,note\n1,{start},{end},ok\n1,{start},{end},{note}\n"),
                "line 3",
            ),
            (InputFormat::Ndjson, format!("{}\n{}\n", row("ok"), row(note)), "line 2"),
            (InputFormat::Json, format!("[{},{}]", row("ok"), row(note)), "record 2"),
            (InputFormat::Timewarrior, format!("[{},{}]", timew("ok"), timew(note)), "record 2"),
            (InputFormat::Watson, format!("[[1,2,\"p\",\"i\",[]],[1,2,\"{note}\",\"i\",[]]]"), "record 2"),
        ]
    }

    #[test]
    fn a_record_over_the_cap_is_refused_with_its_position() {
        let big = "x".repeat(2 * 1024 * 1024);
        for (format, text, position) in inputs(&big) {
            let e = read_all(format, text.as_bytes()).expect_err("too long");
            assert!(e.message().contains(position) && e.message().contains("1 MiB"), "{format:?}: {e}");
        }
        let fits = "x".repeat(1000 * 1024);
        for (format, text, _) in inputs(&fits) {
            assert_eq!(read_all(format, text.as_bytes()).map_err(|e| e.to_string()), Ok(2), "{format:?}");
        }
    }

    #[test]
    fn endless_input_ends_in_bounded_memory() {
        for (format, text, position) in inputs("") {
            // The second record's note never ends: what comes before the cut, then `x` forever.
            let cut = text.rfind("\"\"").or_else(|| text.rfind(",\n")).expect("a place to cut") + 1;
            let head: &[u8] = &text.as_bytes()[..cut];
            let endless = head.chain(io::repeat(b'x'));
            let e = read_all(format, io::BufReader::new(endless)).expect_err("never ends");
            assert!(e.message().contains(position) && e.message().contains("1 MiB"), "{format:?}: {e}");
        }
        for format in [InputFormat::Csv, InputFormat::Ndjson, InputFormat::Json] {
            let e = read_all(format, io::BufReader::new(io::repeat(0))).expect_err("zeros");
            assert_eq!(e.kind(), crate::ErrorKind::Invalid, "{format:?}: {e}");
        }
        let spaces = b"[".chain(io::repeat(b' '));
        let e = read_all(InputFormat::Json, io::BufReader::new(spaces)).expect_err("spaces forever");
        assert!(e.message().contains("record 1") && e.message().contains("1 MiB"), "{e}");
    }
}
