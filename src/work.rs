//! Work sessions: the types, the storage port and the commands' inputs and results. The
//! commands live in submodules, re-exported here: `rules` (one running timer, no overlap,
//! checked above storage), `timer` (start, stop, switch, cancel, continue, manual),
//! `records` (listing and corrections) and `import`.
//!
//! One user's sessions are half-open intervals `[start, end)` that never overlap; a running
//! session occupies `[start, ∞)`, and a zero-length session (imported, or left by a stint that
//! kept timers stopped in the second they started) is empty and overlaps nothing. Because of that, the overlap check needs only the
//! latest non-empty session starting before the new end ([`WorkStore::work_overlap_candidate`]).

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use crate::audit::AuditStore;
use crate::case::CaseStore;
use crate::error::{Error, Result};
use crate::id::{CaseId, IdPrefix, OrgId, UserId, WorkSessionId};
use crate::settings::SettingsStore;
use crate::text;
use crate::ticket::TicketStore;
use crate::time::Timestamp;
use crate::user::UserStore;

mod import;
mod records;
mod rules;
mod tags;
mod timer;

pub use import::{ImportOptions, ImportSummary, import};
pub use records::{
    count, delete, edit, edit_running, for_each, for_each_in_any_order, for_each_interval,
    for_each_with_titles, list, recent, show,
};
pub use tags::{MAX_TAG_CHARS, check_tag, edit_tags, tag_set};
pub use timer::{
    PICK_LIMIT, cancel, continue_last, forgotten_timer_warning, manual, pick_targets, start, status, stop,
    switch,
};

use rules::{Rules, check_note, find_session, local, lock_owner, utc_offset, view_of};

/// Longest note on a work session, in characters.
pub const MAX_NOTE_CHARS: usize = 2000;

/// How a work session came to be.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Source {
    /// Started and stopped with `timer`.
    Timer,
    /// Entered afterwards with `timer manual`.
    Manual,
    /// Read from a file by `session import`.
    Import,
}

impl Source {
    pub const ALL: [Source; 3] = [Source::Timer, Source::Manual, Source::Import];

    pub fn as_str(self) -> &'static str {
        match self {
            Source::Timer => "timer",
            Source::Manual => "manual",
            Source::Import => "import",
        }
    }
}

impl fmt::Display for Source {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Source {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self> {
        Source::ALL.into_iter().find(|v| v.as_str().eq_ignore_ascii_case(s.trim())).ok_or_else(|| {
            Error::invalid(format!(
                "unknown work session source {:?}; valid sources: timer, manual, import",
                text::escape_for_terminal(s)
            ))
        })
    }
}

/// A ticket as a work session refers to it: the internal key and the human number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TicketRef {
    pub ticket_id: i64,
    pub number: i64,
}

/// A stored work session.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WorkSession {
    pub work_session_id: WorkSessionId,
    pub org_id: OrgId,
    pub user_id: UserId,
    pub ticket: Option<TicketRef>,
    pub case_id: Option<CaseId>,
    pub start: Timestamp,
    /// `None` while the timer runs.
    pub end: Option<Timestamp>,
    /// Seconds from start to end; `None` while the timer runs.
    pub duration: Option<i64>,
    /// The UTC offset, in seconds, of the zone the session was recorded in, at its start.
    pub utc_offset: i32,
    pub note: String,
    pub source: Source,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
}

impl WorkSession {
    /// Whether the session overlaps the half-open interval `[start, end)` (`None`: running).
    pub fn overlaps(&self, start: Timestamp, end: Option<Timestamp>) -> bool {
        intervals_overlap((self.start, self.end), (start, end))
    }

    /// What the session was spent on, as messages name it: `#42`, `case 1a2b3c4d`, or both.
    pub fn target(&self) -> String {
        describe_target(self.ticket.map(|t| t.number), self.case_id)
    }
}

/// Whether two half-open intervals overlap. `None` as an end means running (`∞`); an empty
/// interval (`end == start`) overlaps nothing; touching (`a.end == b.start`) is not overlap.
pub fn intervals_overlap(a: (Timestamp, Option<Timestamp>), b: (Timestamp, Option<Timestamp>)) -> bool {
    let empty = |(start, end): (Timestamp, Option<Timestamp>)| end == Some(start);
    let ends_by = |end: Option<Timestamp>, at: Timestamp| end.is_some_and(|e| e <= at);
    !(empty(a) || empty(b) || ends_by(a.1, b.0) || ends_by(b.1, a.0))
}

fn describe_target(ticket: Option<i64>, case: Option<CaseId>) -> String {
    match (ticket, case) {
        (Some(number), Some(case)) => format!("#{number} and case {}", case.short()),
        (Some(number), None) => format!("#{number}"),
        (None, Some(case)) => format!("case {}", case.short()),
        (None, None) => "no target".into(),
    }
}

/// Something a timer can run on, as the interactive picker offers it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PickTarget {
    pub ticket: Option<i64>,
    pub case_id: Option<CaseId>,
    pub title: String,
    /// When the user last started work on it.
    pub last_worked: Option<Timestamp>,
}

impl PickTarget {
    /// The target as `start` takes it.
    pub fn spec(&self) -> Result<TargetSpec> {
        Ok(TargetSpec {
            ticket: self.ticket,
            case: self.case_id.map(|c| c.to_string().parse::<IdPrefix>()).transpose()?,
        })
    }

    /// `#42  Printer jam` or `case 1a2b3c4d  VPN drops`, for the picker's list.
    pub fn label(&self) -> String {
        format!("{}  {}", describe_target(self.ticket, self.case_id), text::escape_for_terminal(&self.title))
    }
}

/// What commands show of a work session; field names are the machine formats' contract.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct WorkSessionView {
    pub work_session_id: WorkSessionId,
    /// The username of the session's owner.
    pub user: String,
    /// The ticket number.
    pub ticket: Option<i64>,
    pub case_id: Option<CaseId>,
    pub start: Timestamp,
    pub end: Option<Timestamp>,
    pub duration_seconds: Option<i64>,
    pub utc_offset: i32,
    pub note: String,
    pub source: Source,
    pub running: bool,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
    /// The session's tags, sorted; empty when it has none.
    #[serde(default)]
    pub tags: Vec<String>,
    /// The titles of its ticket and case, read only when the listing asked for them
    /// ([`WorkFilter::with_titles`], the day view); never part of the view's own formats.
    #[serde(skip)]
    pub ticket_title: Option<String>,
    #[serde(skip)]
    pub case_title: Option<String>,
}

impl WorkSessionView {
    /// The view of `session` owned by `username`, with its `tags` (sorted).
    pub fn of(session: &WorkSession, username: &str, tags: Vec<String>) -> Self {
        Self {
            work_session_id: session.work_session_id,
            user: username.to_owned(),
            ticket: session.ticket.map(|t| t.number),
            case_id: session.case_id,
            start: session.start,
            end: session.end,
            duration_seconds: session.duration,
            utc_offset: session.utc_offset,
            note: session.note.clone(),
            source: session.source,
            running: session.end.is_none(),
            created_at: session.created_at,
            updated_at: session.updated_at,
            tags,
            ticket_title: None,
            case_title: None,
        }
    }

    /// What the session was spent on: `#42`, `case 1a2b3c4d`, or both.
    pub fn target(&self) -> String {
        describe_target(self.ticket, self.case_id)
    }
}

/// Which work sessions storage yields, already resolved to ids. Sessions overlapping
/// `[from, to)` match (running ones count as open-ended; a zero-length one matches when its
/// instant lies in the range); `None` leaves that side open.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WorkFilter {
    pub org_id: OrgId,
    /// `None`: every user of the organisation.
    pub user: Option<UserId>,
    pub ticket_id: Option<i64>,
    pub case_id: Option<CaseId>,
    /// Only sessions carrying this tag.
    pub tag_id: Option<i64>,
    pub from: Option<Timestamp>,
    pub to: Option<Timestamp>,
    pub running_only: bool,
    /// Only the latest this many by start (still yielded oldest first): a bounded question
    /// however long the history.
    pub latest: Option<u32>,
    /// The caller does not need start order (reports), so storage may yield rows in whatever
    /// order is cheapest.
    pub any_order: bool,
    /// Also read each session's ticket and case titles into its view, in the same pass (a
    /// store streams one query at a time, so they cannot be asked for as rows go by).
    pub with_titles: bool,
}

/// What a report reads of a work session: whose it is, what it was on, its tags (when asked
/// for) and when it ran.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WorkInterval {
    /// The owner's username.
    pub user: String,
    /// The ticket number.
    pub ticket: Option<i64>,
    pub case_id: Option<CaseId>,
    pub tags: Vec<String>,
    pub start: Timestamp,
    /// `None` while running: counts up to now.
    pub end: Option<Timestamp>,
}

/// Storage questions about work sessions, and the picker's list of open tickets and cases.
pub trait WorkStore {
    /// The user's running session, if any (there is at most one).
    fn running_work_session(&self, org: OrgId, user: UserId) -> Result<Option<WorkSession>>;
    /// The user's latest non-empty session that starts before `end` (`None`: at any time),
    /// ignoring `exclude`. Only it can overlap a new interval ending at `end`.
    fn work_overlap_candidate(
        &self,
        user: UserId,
        end: Option<Timestamp>,
        exclude: Option<WorkSessionId>,
    ) -> Result<Option<WorkSession>>;
    fn insert_work_session(&self, session: &WorkSession) -> Result<()>;
    fn update_work_session(&self, session: &WorkSession) -> Result<()>;
    fn delete_work_session(&self, org: OrgId, id: WorkSessionId) -> Result<()>;
    fn work_session_by_id(&self, org: OrgId, id: WorkSessionId) -> Result<Option<WorkSession>>;
    /// Ids starting with `prefix` (at most 11), of one user's sessions or of everyone's.
    fn work_sessions_by_prefix(
        &self,
        org: OrgId,
        user: Option<UserId>,
        prefix: &IdPrefix,
    ) -> Result<Vec<WorkSessionId>>;
    /// The user's stopped session that started last.
    fn last_stopped_work_session(&self, org: OrgId, user: UserId) -> Result<Option<WorkSession>>;
    /// The user's session `back` places before their latest by start time (0: the latest),
    /// running or not; among sessions starting in the same second, a running one, then the
    /// longer, comes first.
    fn nth_latest_work_session(&self, org: OrgId, user: UserId, back: u32) -> Result<Option<WorkSession>>;
    /// The user's latest `limit` sessions by start, in the order of `nth_latest_work_session`.
    fn latest_work_sessions(&self, org: OrgId, user: UserId, limit: u32) -> Result<Vec<WorkSession>>;
    /// How many sessions match (`latest` aside), counted where they are stored.
    fn count_work_sessions(&self, filter: &WorkFilter) -> Result<u64>;
    /// Calls `each` for every matching session, ordered by start, one row at a time.
    fn for_each_work_session(
        &self,
        filter: &WorkFilter,
        each: &mut dyn FnMut(WorkSessionView) -> Result<()>,
    ) -> Result<()>;
    /// Calls `each` with what a report sums of every matching session (whose, on what, when;
    /// tags only `with_tags`), in whatever order is cheapest: one buffer refilled row by row,
    /// so a report over millions of sessions allocates nothing per row.
    fn for_each_work_interval(
        &self,
        filter: &WorkFilter,
        with_tags: bool,
        each: &mut dyn FnMut(&WorkInterval) -> Result<()>,
    ) -> Result<()>;
    /// Tickets that are not closed, and cases that are neither closed nor archived (only
    /// `case_owner`'s when given), the ones `user` last worked on first; at most `limit`.
    fn work_pick_targets(
        &self,
        org: OrgId,
        user: UserId,
        case_owner: Option<UserId>,
        limit: u32,
    ) -> Result<Vec<PickTarget>>;
}

/// Storage questions about tags: names kept once per organisation, linked to sessions. A
/// deleted session loses its links with it.
pub trait WorkTagStore {
    /// The session's tag names, sorted.
    fn work_session_tags(&self, org: OrgId, session: WorkSessionId) -> Result<Vec<String>>;
    /// Gives the session exactly `tags` (checked names), creating names the organisation has
    /// not used before.
    fn set_work_session_tags(&self, org: OrgId, session: WorkSessionId, tags: &[String]) -> Result<()>;
    /// The id of the organisation's tag `name`, if any session ever carried it.
    fn tag_id_by_name(&self, org: OrgId, name: &str) -> Result<Option<i64>>;
}

/// The questions `session import` asks about many records at once. The core decides what is
/// refused; a store only answers for a whole batch what it would answer record by record, so
/// that a store across a network pays a few round trips per batch instead of several per
/// record. Every method has a record-by-record default.
pub trait WorkImportStore: WorkStore + WorkTagStore {
    /// How many records an import checks and writes at once. One (the default) keeps the import
    /// record by record, which costs nothing extra where storage is in process (SQLite).
    fn import_batch_size(&self) -> usize {
        1
    }

    /// For each `(user, end)`, what [`WorkStore::work_overlap_candidate`] answers with nothing
    /// excluded, in the same order.
    fn work_overlap_candidates(
        &self,
        spans: &[(UserId, Option<Timestamp>)],
    ) -> Result<Vec<Option<WorkSession>>> {
        spans.iter().map(|(user, end)| self.work_overlap_candidate(*user, *end, None)).collect()
    }

    /// Which of `ids` name stored sessions of `org`.
    fn existing_work_session_ids(&self, org: OrgId, ids: &[WorkSessionId]) -> Result<Vec<WorkSessionId>> {
        let mut existing = Vec::new();
        for id in ids {
            if self.work_session_by_id(org, *id)?.is_some() {
                existing.push(*id);
            }
        }
        Ok(existing)
    }

    /// Stores new sessions of `org`, each with its tags (checked and sorted). When the database
    /// refuses one (a racing writer), the error is returned; a store whose batch is larger than
    /// one then keeps none of them, and the caller checks them again one at a time. (The
    /// default, for batches of one, writes them in turn.)
    fn insert_work_sessions(&self, org: OrgId, sessions: &[(&WorkSession, &[String])]) -> Result<()> {
        for (session, tags) in sessions {
            self.insert_work_session(session)?;
            if !tags.is_empty() {
                self.set_work_session_tags(org, session.work_session_id, tags)?;
            }
        }
        Ok(())
    }
}

/// The stores work commands touch; tickets and cases are looked up through their own ports.
pub trait WorkCommandStore:
    WorkStore + WorkTagStore + WorkImportStore + TicketStore + CaseStore + UserStore + AuditStore + SettingsStore
{
}
impl<
    T: WorkStore
        + WorkTagStore
        + WorkImportStore
        + TicketStore
        + CaseStore
        + UserStore
        + AuditStore
        + SettingsStore
        + ?Sized,
> WorkCommandStore for T
{
}

/// What a session is spent on, as given: a ticket number, a case id prefix, or both.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TargetSpec {
    pub ticket: Option<i64>,
    pub case: Option<IdPrefix>,
}

impl TargetSpec {
    pub fn ticket(number: i64) -> Self {
        Self { ticket: Some(number), case: None }
    }

    pub fn case(prefix: IdPrefix) -> Self {
        Self { ticket: None, case: Some(prefix) }
    }
}

/// A target that exists, is open for work (or forced), and the actor may track time on.
#[derive(Debug, Clone)]
struct Target {
    ticket: Option<TicketRef>,
    case_id: Option<CaseId>,
}

/// `timer start`, and the timer `timer switch` starts as it stops the running one.
#[derive(Debug, Clone, Default)]
pub struct Start {
    pub target: TargetSpec,
    pub note: String,
    /// The new session's tags (checked and sorted here).
    pub tags: Vec<String>,
    /// Back-dates the start; never in the future, never into another session (for a switch,
    /// never before the running timer's start).
    pub at: Option<Timestamp>,
    /// Allows a closed ticket or a closed or archived case.
    pub force: bool,
}

/// `timer stop`.
#[derive(Debug, Clone, Default)]
pub struct Stop {
    /// Replaces the session's note.
    pub note: Option<String>,
    /// Ends the session earlier than now; never before its start.
    pub at: Option<Timestamp>,
}

/// `timer continue`: a new timer on the target of the last stopped session, with its tags.
#[derive(Debug, Clone, Default)]
pub struct Continue {
    /// The new session's note; the last session's note when `None`.
    pub note: Option<String>,
    pub at: Option<Timestamp>,
    pub force: bool,
}

/// How a manual session's end is given.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ManualEnd {
    At(Timestamp),
    /// Seconds after the start.
    After(i64),
}

/// `timer manual`: a completed session in the past.
#[derive(Debug, Clone)]
pub struct Manual {
    pub target: TargetSpec,
    pub from: Timestamp,
    pub end: ManualEnd,
    pub note: String,
    pub tags: Vec<String>,
    /// Allows a session longer than `timer.max_length`, and a closed target.
    pub force: bool,
}

/// Whose sessions a listing covers.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub enum Scope {
    /// The actor's own.
    #[default]
    Own,
    /// One user's, by name (`me` is the actor).
    User(String),
    /// Everyone's in the organisation.
    All,
}

/// `session list` filters, as given.
#[derive(Debug, Clone, Default)]
pub struct WorkSessionFilter {
    pub scope: Scope,
    pub ticket: Option<i64>,
    pub case: Option<IdPrefix>,
    /// Only sessions carrying this tag.
    pub tag: Option<String>,
    pub from: Option<Timestamp>,
    pub to: Option<Timestamp>,
    pub running: bool,
    /// Only the latest this many by start, listed oldest first.
    pub latest: Option<u32>,
}

/// How a work session is named: by id, or counting back from the latest one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SessionSelector {
    /// A whole id or a unique prefix of 4+ hex digits.
    Id(IdPrefix),
    /// `last` or `@1` (1), `@2` (2), ...: the Nth of one user's sessions by start time, newest
    /// first, running or not.
    Latest(u32),
}

/// Largest `@N` accepted; nobody counts further back than this by hand.
pub const MAX_LATEST: u32 = 1_000_000;

impl FromStr for SessionSelector {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self> {
        let text = s.trim();
        if text.eq_ignore_ascii_case("last") {
            return Ok(Self::Latest(1));
        }
        if let Some(count) = text.strip_prefix('@') {
            return match count.parse::<u32>() {
                Ok(n) if (1..=MAX_LATEST).contains(&n) && count.bytes().all(|b| b.is_ascii_digit()) => {
                    Ok(Self::Latest(n))
                }
                _ => Err(Error::invalid(format!(
                    "cannot read {:?}: @N counts back from your latest work session, @1 (= last), @2, ... up to @{MAX_LATEST}",
                    text::escape_for_terminal(s)
                ))),
            };
        }
        text.parse::<IdPrefix>().map(Self::Id).map_err(|_| {
            Error::invalid(format!(
                "not a work session: {:?}; give an id or a prefix of at least {} hex digits, `last`, or @N (the Nth latest)",
                text::escape_for_terminal(s),
                IdPrefix::MIN_HEX_DIGITS
            ))
        })
    }
}

impl fmt::Display for SessionSelector {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Id(prefix) => prefix.fmt(f),
            Self::Latest(n) => write!(f, "@{n}"),
        }
    }
}

impl Serialize for SessionSelector {
    fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

/// A selector read from a request is checked like one typed on the command line.
impl<'de> Deserialize<'de> for SessionSelector {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        let text = <std::borrow::Cow<'de, str>>::deserialize(d)?;
        text.parse().map_err(serde::de::Error::custom)
    }
}

/// A work session named on the command line: an id prefix or a relative reference (`last`,
/// `@2`), optionally within one user's.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WorkSessionRef {
    pub id: SessionSelector,
    /// Look only among this user's sessions (`--user`); relative references count this
    /// user's sessions instead of the caller's.
    pub user: Option<String>,
}

impl WorkSessionRef {
    pub fn new(prefix: IdPrefix) -> Self {
        Self { id: SessionSelector::Id(prefix), user: None }
    }
}

/// `session edit`: `None` leaves a field alone.
#[derive(Debug, Clone, Default)]
pub struct WorkSessionEdit {
    pub from: Option<Timestamp>,
    pub to: Option<Timestamp>,
    /// `Some(None)` removes the ticket (the session must keep a case).
    pub ticket: Option<Option<i64>>,
    /// `Some(None)` removes the case (the session must keep a ticket).
    pub case: Option<Option<IdPrefix>>,
    pub note: Option<String>,
    /// Tags to put on the session.
    pub tag: Vec<String>,
    /// Tags to take off (one it does not carry is no change).
    pub untag: Vec<String>,
    /// Allows a session longer than `timer.max_length`, and a closed target.
    pub force: bool,
}

impl WorkSessionEdit {
    fn is_empty(&self) -> bool {
        self.from.is_none()
            && self.to.is_none()
            && self.ticket.is_none()
            && self.case.is_none()
            && self.note.is_none()
            && self.tag.is_empty()
            && self.untag.is_empty()
    }
}

/// `timer edit`: `None` leaves a field of the running timer alone.
#[derive(Debug, Clone, Default)]
pub struct RunningEdit {
    pub note: Option<String>,
    /// Moves the start; never in the future, never into another session.
    pub start: Option<Timestamp>,
}

/// The result of `session edit` and `timer edit`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Edited {
    pub session: WorkSessionView,
    /// False when every given value was already in place.
    pub changed: bool,
}

/// The result of `timer stop`, and the first half of `timer switch`.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Stopped {
    pub session: WorkSessionView,
    /// The timer ran under a second, so it was deleted instead (audited as `timer.cancel`).
    pub discarded: bool,
}

/// The result of `timer switch`.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Switched {
    /// The timer that ran; `None` when it already ran on the target and nothing changed.
    pub stopped: Option<Stopped>,
    /// The new timer, or the running one when nothing changed.
    pub started: WorkSessionView,
}

/// The result of `timer status`.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct RunningTimer {
    pub session: WorkSessionView,
    pub elapsed_seconds: i64,
    /// The `timer.max_length` setting, in seconds.
    pub max_length: i64,
}

impl RunningTimer {
    pub fn is_over_max_length(&self) -> bool {
        self.elapsed_seconds > self.max_length
    }
}

#[cfg(test)]
mod tests;
