//! Pure report aggregation: work-session intervals plus a range and a grouping become rows of
//! totals. Sessions are clipped at the range edges and split at local day boundaries (which are
//! also week and month boundaries), the same way for every output format. Nothing here prints.

use std::collections::{BTreeMap, HashMap};
use std::fmt;
use std::str::FromStr;

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::actor::Actor;
use crate::error::{Error, Result};
use crate::time::{Timestamp, Zone, start_of_local_day};
use crate::work::{self, WorkCommandStore, WorkInterval, WorkSessionFilter, WorkSessionView};

/// One dimension a report can group by; several nest in the order given.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum GroupBy {
    User,
    Ticket,
    Case,
    /// A session with several tags counts under each; one with none under no tag.
    Tag,
    Day,
    Week,
    Month,
}

impl GroupBy {
    pub const ALL: [GroupBy; 7] = [
        GroupBy::User,
        GroupBy::Ticket,
        GroupBy::Case,
        GroupBy::Tag,
        GroupBy::Day,
        GroupBy::Week,
        GroupBy::Month,
    ];

    /// The machine column this grouping fills.
    pub fn column(self) -> &'static str {
        match self {
            GroupBy::User => "user",
            GroupBy::Ticket => "ticket",
            GroupBy::Case => "case_id",
            GroupBy::Tag => "tag",
            GroupBy::Day => "day",
            GroupBy::Week => "week",
            GroupBy::Month => "month",
        }
    }

    fn name(self) -> &'static str {
        match self {
            GroupBy::Case => "case",
            other => other.column(),
        }
    }

    pub fn is_calendar(self) -> bool {
        matches!(self, GroupBy::Day | GroupBy::Week | GroupBy::Month)
    }
}

impl FromStr for GroupBy {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self> {
        GroupBy::ALL.into_iter().find(|g| g.name() == s.trim().to_ascii_lowercase()).ok_or_else(|| {
            Error::invalid(format!(
                "cannot group by {:?}; use user, ticket, case, tag, day, week or month",
                crate::text::escape_for_terminal(s)
            ))
        })
    }
}

impl fmt::Display for GroupBy {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// The value of one grouping for one row. Ordering sorts rows: users and cases by text,
/// tickets by number (none last), calendar keys chronologically.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum GroupKey {
    User(String),
    /// `None` sorts first; the session had no ticket.
    Ticket(Option<i64>),
    Case(Option<String>),
    /// `None` sorts first; the session had no tag.
    Tag(Option<String>),
    Day(#[serde(with = "date_text")] NaiveDate),
    /// ISO year and week number.
    Week(i32, u32),
    Month(i32, u32),
}

impl fmt::Display for GroupKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            GroupKey::User(name) => f.write_str(name),
            GroupKey::Ticket(Some(n)) => write!(f, "#{n}"),
            GroupKey::Ticket(None) | GroupKey::Case(None) | GroupKey::Tag(None) => f.write_str("-"),
            GroupKey::Case(Some(id)) | GroupKey::Tag(Some(id)) => f.write_str(id),
            GroupKey::Day(d) => write!(f, "{}", d.format("%Y-%m-%d")),
            GroupKey::Week(y, w) => write!(f, "{y}-W{w:02}"),
            GroupKey::Month(y, m) => write!(f, "{y}-{m:02}"),
        }
    }
}

impl GroupKey {
    /// The machine value: text, a ticket number, or null.
    pub fn to_json(&self) -> serde_json::Value {
        match self {
            GroupKey::Ticket(Some(n)) => serde_json::Value::from(*n),
            GroupKey::Ticket(None) | GroupKey::Case(None) | GroupKey::Tag(None) => serde_json::Value::Null,
            other => serde_json::Value::from(other.to_string()),
        }
    }
}

/// A calendar day as `YYYY-MM-DD` text on the wire.
mod date_text {
    use chrono::NaiveDate;
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(day: &NaiveDate, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(&day.format("%Y-%m-%d"))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<NaiveDate, D::Error> {
        let text = <std::borrow::Cow<'de, str>>::deserialize(d)?;
        NaiveDate::parse_from_str(&text, "%Y-%m-%d").map_err(serde::de::Error::custom)
    }
}

/// What to aggregate: a half-open range (either side open) and the groupings.
#[derive(Debug, Clone, Default)]
pub struct ReportSpec {
    pub from: Option<Timestamp>,
    pub to: Option<Timestamp>,
    pub group_by: Vec<GroupBy>,
}

/// One group's total.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReportRow {
    pub keys: Vec<GroupKey>,
    pub seconds: i64,
    /// Whether a running session contributed.
    pub running: bool,
    /// How many (pieces of) sessions contributed.
    pub sessions: u64,
}

/// The whole report: rows in key order and the range total.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Report {
    pub group_by: Vec<GroupBy>,
    pub rows: Vec<ReportRow>,
    /// The range's real total: a session under several tags counts once here.
    pub total_seconds: i64,
    pub running: bool,
    /// Grouped by tag, some session counted under more than one tag, so the rows add up to
    /// more than the total.
    #[serde(default)]
    pub counted_under_several_tags: bool,
    /// The titles of the tickets and cases the rows name, for people to read beside them.
    #[serde(default)]
    pub titles: Titles,
}

/// Titles of the targets a report names: tickets by number, cases by id.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Titles {
    pub tickets: std::collections::BTreeMap<i64, String>,
    pub cases: std::collections::BTreeMap<String, String>,
}

impl Titles {
    /// The title of the ticket or case `key` names, if it names one.
    pub fn of(&self, key: &GroupKey) -> Option<&str> {
        match key {
            GroupKey::Ticket(Some(number)) => self.tickets.get(number).map(String::as_str),
            GroupKey::Case(Some(id)) => self.cases.get(id).map(String::as_str),
            _ => None,
        }
    }
}

/// Clips `[start, end)` (end = `now` while running) to the spec's range. `None` when nothing
/// of it lies inside.
pub fn clip(interval: &WorkInterval, spec: &ReportSpec, now: Timestamp) -> Option<(Timestamp, Timestamp)> {
    let end = interval.end.unwrap_or(now.max(interval.start));
    let start = spec.from.map_or(interval.start, |from| interval.start.max(from));
    let end = spec.to.map_or(end, |to| end.min(to));
    (start < end).then_some((start, end))
}

/// Splits `[start, end)` at local midnights.
pub fn split_by_day(
    start: Timestamp,
    end: Timestamp,
    zone: &dyn Zone,
) -> Vec<(NaiveDate, Timestamp, Timestamp)> {
    let mut pieces = Vec::new();
    let mut cursor = start;
    while cursor < end {
        let day = cursor.in_zone(zone).date_naive();
        let next_day = day.succ_opt().map(|d| start_of_local_day(d, zone));
        let piece_end = match next_day {
            Some(next) if next > cursor => next.min(end),
            _ => end,
        };
        pieces.push((day, cursor, piece_end));
        cursor = piece_end;
    }
    pieces
}

/// Accumulates intervals into a report, one at a time, so callers can stream sessions.
pub struct Aggregator<'z> {
    spec: ReportSpec,
    now: Timestamp,
    zone: &'z dyn Zone,
    groups: HashMap<Vec<GroupKey>, ReportRow>,
    total: i64,
    running: bool,
    several_tags: bool,
}

impl<'z> Aggregator<'z> {
    pub fn new(spec: ReportSpec, now: Timestamp, zone: &'z dyn Zone) -> Self {
        Self { spec, now, zone, groups: HashMap::new(), total: 0, running: false, several_tags: false }
    }

    pub fn add(&mut self, interval: &WorkInterval) {
        let Some((start, end)) = clip(interval, &self.spec, self.now) else {
            return;
        };
        let running = interval.end.is_none();
        self.running |= running;
        let calendar = self.spec.group_by.iter().any(|g| g.is_calendar());
        let pieces = if calendar {
            split_by_day(start, end, self.zone)
        } else {
            vec![(start.in_zone(self.zone).date_naive(), start, end)]
        };
        self.several_tags |= interval.tags.len() > 1 && self.spec.group_by.contains(&GroupBy::Tag);
        for (day, piece_start, piece_end) in pieces {
            let seconds = piece_end.since(piece_start);
            for keys in key_combinations(&self.spec.group_by, interval, day) {
                let row = self.groups.entry(keys).or_insert_with_key(|keys| ReportRow {
                    keys: keys.clone(),
                    seconds: 0,
                    running: false,
                    sessions: 0,
                });
                row.seconds += seconds;
                row.running |= running;
                row.sessions += 1;
            }
            self.total += seconds;
        }
    }

    pub fn finish(self) -> Report {
        Report {
            group_by: self.spec.group_by,
            rows: {
                let mut rows: Vec<ReportRow> = self.groups.into_values().collect();
                rows.sort_unstable_by(|a, b| a.keys.cmp(&b.keys));
                rows
            },
            total_seconds: self.total,
            running: self.running,
            counted_under_several_tags: self.several_tags,
            titles: Titles::default(),
        }
    }
}

/// Every row a piece of `interval` on `day` counts in: one key per grouping, except that a
/// tag grouping gives one key per tag (or the no-tag key), so several tags give several rows.
fn key_combinations(groups: &[GroupBy], interval: &WorkInterval, day: NaiveDate) -> Vec<Vec<GroupKey>> {
    let mut combinations = vec![Vec::with_capacity(groups.len())];
    for group in groups {
        let keys = keys_for(*group, interval, day);
        combinations = combinations
            .into_iter()
            .flat_map(|prefix| {
                keys.iter().map(move |key| {
                    let mut next = prefix.clone();
                    next.push(key.clone());
                    next
                })
            })
            .collect();
    }
    combinations
}

/// The keys of one grouping for a piece of `interval` on `day`: one, or one per tag.
fn keys_for(group: GroupBy, interval: &WorkInterval, day: NaiveDate) -> Vec<GroupKey> {
    let key = match group {
        GroupBy::User => GroupKey::User(interval.user.clone()),
        GroupBy::Ticket => GroupKey::Ticket(interval.ticket),
        GroupBy::Case => GroupKey::Case(interval.case_id.map(|c| c.to_string())),
        GroupBy::Tag if !interval.tags.is_empty() => {
            return interval.tags.iter().map(|t| GroupKey::Tag(Some(t.clone()))).collect();
        }
        GroupBy::Tag => GroupKey::Tag(None),
        GroupBy::Day => GroupKey::Day(day),
        GroupBy::Week => {
            let week = day.iso_week();
            GroupKey::Week(week.year(), week.week())
        }
        GroupBy::Month => GroupKey::Month(day.year(), day.month()),
    };
    vec![key]
}

/// Aggregates a whole slice (convenient for tests and small reports).
pub fn aggregate(intervals: &[WorkInterval], spec: ReportSpec, now: Timestamp, zone: &dyn Zone) -> Report {
    let mut aggregator = Aggregator::new(spec, now, zone);
    for interval in intervals {
        aggregator.add(interval);
    }
    aggregator.finish()
}

impl From<&WorkSessionView> for WorkInterval {
    fn from(view: &WorkSessionView) -> Self {
        Self {
            user: view.user.clone(),
            ticket: view.ticket,
            case_id: view.case_id,
            tags: view.tags.clone(),
            start: view.start,
            end: view.end,
        }
    }
}

/// `session report`: the sessions `filter` selects (with its permission checks), clipped to
/// its range and grouped by `group_by`.
pub fn run(
    tx: &dyn WorkCommandStore,
    actor: &Actor,
    filter: &WorkSessionFilter,
    group_by: Vec<GroupBy>,
    now: Timestamp,
    zone: &dyn Zone,
) -> Result<Report> {
    let mut seen = std::collections::HashSet::new();
    for group in &group_by {
        if !seen.insert(*group) {
            return Err(Error::invalid(format!("--by {group} is given twice")));
        }
    }
    let spec = ReportSpec { from: filter.from, to: filter.to, group_by };
    let with_tags = spec.group_by.contains(&GroupBy::Tag);
    let mut aggregator = Aggregator::new(spec, now, zone);
    work::for_each_interval(tx, actor, filter, with_tags, &mut |interval| {
        aggregator.add(interval);
        Ok(())
    })?;
    let mut report = aggregator.finish();
    report.titles = titles(tx, actor, &report.rows)?;
    Ok(report)
}

/// Looks up each ticket and case the rows name, once.
fn titles(tx: &dyn WorkCommandStore, actor: &Actor, rows: &[ReportRow]) -> Result<Titles> {
    let mut titles = Titles::default();
    titles_into(tx, actor, rows.iter().flat_map(|row| &row.keys), &mut titles)?;
    Ok(titles)
}

/// Adds the titles of the tickets and cases `keys` name that `titles` lacks.
fn titles_into<'k>(
    tx: &dyn WorkCommandStore,
    actor: &Actor,
    keys: impl IntoIterator<Item = &'k GroupKey>,
    titles: &mut Titles,
) -> Result<()> {
    for key in keys {
        match key {
            GroupKey::Ticket(Some(number)) if !titles.tickets.contains_key(number) => {
                if let Some(row) = tx.ticket_by_number(actor.org_id, *number)? {
                    titles.tickets.insert(*number, row.ticket.title);
                }
            }
            GroupKey::Case(Some(id)) if !titles.cases.contains_key(id) => {
                if let Ok(case_id) = id.parse()
                    && let Some(row) = tx.case_by_id(actor.org_id, case_id)?
                {
                    titles.cases.insert(id.clone(), row.case.title);
                }
            }
            _ => {}
        }
    }
    Ok(())
}

/// The pieces of a session as a clipped export shows them: cut to `[from, to)`, split at local
/// midnights, a running session counted up to `now`. Each piece keeps the session's id and
/// carries its own start, end and duration, so per-day exports sum to the report's totals.
pub fn clip_view(
    view: &WorkSessionView,
    from: Option<Timestamp>,
    to: Option<Timestamp>,
    now: Timestamp,
    zone: &dyn Zone,
) -> Vec<WorkSessionView> {
    let spec = ReportSpec { from, to, group_by: Vec::new() };
    let Some((start, end)) = clip(&WorkInterval::from(view), &spec, now) else {
        return Vec::new();
    };
    split_by_day(start, end, zone)
        .into_iter()
        .map(|(_, piece_start, piece_end)| WorkSessionView {
            start: piece_start,
            end: Some(piece_end),
            duration_seconds: Some(piece_end.since(piece_start)),
            ..view.clone()
        })
        .collect()
}

/// One line of `session summary`: the piece of a work session on one local day, with the
/// title of its target and that day's total.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SummaryEntry {
    #[serde(with = "date_text")]
    pub day: NaiveDate,
    /// The session as `session list --clip` shows it: cut to the day and the range, a running
    /// one counted up to now (and still `running`).
    #[serde(flatten)]
    pub session: WorkSessionView,
    pub ticket_title: Option<String>,
    pub case_title: Option<String>,
    pub day_total_seconds: i64,
}

/// `session summary`: hands `each` the sessions `filter` selects, oldest first, cut at local
/// midnights and to the range, each with its target's title and its day's total. A day is
/// handed over once no later session can add to it, so memory holds a day, not the range.
pub fn summary(
    tx: &dyn WorkCommandStore,
    actor: &Actor,
    filter: &WorkSessionFilter,
    now: Timestamp,
    zone: &dyn Zone,
    each: &mut dyn FnMut(SummaryEntry) -> Result<()>,
) -> Result<()> {
    let mut open_days: BTreeMap<NaiveDate, Vec<SummaryEntry>> = BTreeMap::new();
    work::for_each_with_titles(tx, actor, filter, &mut |view| {
        // Sessions come in start order, so every later piece lies on this session's first
        // day or after it: the days before are complete.
        hand_over_days_before(&mut open_days, Some(view.start.in_zone(zone).date_naive()), each)?;
        for piece in clip_view(&view, filter.from, filter.to, now, zone) {
            let day = piece.start.in_zone(zone).date_naive();
            open_days.entry(day).or_default().push(SummaryEntry {
                day,
                ticket_title: view.ticket_title.clone(),
                case_title: view.case_title.clone(),
                day_total_seconds: 0,
                session: piece,
            });
        }
        Ok(())
    })?;
    hand_over_days_before(&mut open_days, None, each)
}

/// Hands `each` every day before `before` (all of them when `None`), its entries by start
/// (a piece after midnight of a session begun the day before comes first) with the day's total.
fn hand_over_days_before(
    open_days: &mut BTreeMap<NaiveDate, Vec<SummaryEntry>>,
    before: Option<NaiveDate>,
    each: &mut dyn FnMut(SummaryEntry) -> Result<()>,
) -> Result<()> {
    while let Some(day) = open_days.first_entry() {
        if before.is_some_and(|before| *day.key() >= before) {
            break;
        }
        let mut entries = day.remove();
        entries.sort_by_key(|e| e.session.start);
        let total = entries.iter().map(|e| e.session.duration_seconds.unwrap_or(0)).sum();
        for entry in entries {
            each(SummaryEntry { day_total_seconds: total, ..entry })?;
        }
    }
    Ok(())
}

/// Display rounding of a total to the nearest multiple of `unit` seconds (halves round up).
pub fn round_to(seconds: i64, unit: i64) -> i64 {
    if unit <= 1 {
        return seconds;
    }
    (seconds + unit / 2) / unit * unit
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::Utc;
    use chrono_tz::{America::New_York, Europe::Berlin};
    use proptest::prelude::*;

    fn at(rfc: &str) -> Timestamp {
        let parsed = chrono::DateTime::parse_from_rfc3339(rfc).expect("fixture");
        Timestamp::from_unix(parsed.timestamp()).expect("range")
    }

    fn interval(user: &str, ticket: i64, start: &str, end: Option<&str>) -> WorkInterval {
        WorkInterval {
            user: user.into(),
            ticket: Some(ticket),
            case_id: None,
            tags: Vec::new(),
            start: at(start),
            end: end.map(at),
        }
    }

    fn by(groups: &[GroupBy]) -> ReportSpec {
        ReportSpec { from: None, to: None, group_by: groups.to_vec() }
    }

    const NOW: &str = "2024-04-01T12:00:00Z";

    #[test]
    fn sessions_split_at_midnight_and_clip_at_the_range() {
        let sessions = [interval("ann", 1, "2024-03-04T22:00:00Z", Some("2024-03-05T02:00:00Z"))];
        let report = aggregate(&sessions, by(&[GroupBy::Day]), at(NOW), &Utc);
        let days: Vec<(String, i64)> =
            report.rows.iter().map(|r| (r.keys[0].to_string(), r.seconds)).collect();
        assert_eq!(days, [("2024-03-04".into(), 7200), ("2024-03-05".into(), 7200)]);
        let spec = ReportSpec { from: Some(at("2024-03-05T00:00:00Z")), ..by(&[GroupBy::Day]) };
        let report = aggregate(&sessions, spec, at(NOW), &Utc);
        assert_eq!(report.total_seconds, 7200);
    }

    #[test]
    fn month_boundary_splits_in_the_local_zone() {
        // 23:30 to 00:30 Berlin time across 31 March / 1 April (CEST, UTC+2).
        let sessions = [interval("ann", 1, "2024-03-31T21:30:00Z", Some("2024-03-31T22:30:00Z"))];
        let report = aggregate(&sessions, by(&[GroupBy::Month]), at(NOW), &Berlin);
        let months: Vec<(String, i64)> =
            report.rows.iter().map(|r| (r.keys[0].to_string(), r.seconds)).collect();
        assert_eq!(months, [("2024-03".into(), 1800), ("2024-04".into(), 1800)]);
        let utc = aggregate(&sessions, by(&[GroupBy::Month]), at(NOW), &Utc);
        assert_eq!(utc.rows.len(), 1, "in UTC it is all March");
    }

    #[test]
    fn dst_nights_have_their_real_length() {
        // Berlin springs forward on 2024-03-31: 22:00 on the 30th to 06:00 on the 31st is 7 hours.
        let berlin = [interval("ann", 1, "2024-03-30T21:00:00Z", Some("2024-03-31T04:00:00Z"))];
        let report = aggregate(&berlin, by(&[GroupBy::Day]), at(NOW), &Berlin);
        let days: Vec<(String, i64)> =
            report.rows.iter().map(|r| (r.keys[0].to_string(), r.seconds)).collect();
        assert_eq!(days, [("2024-03-30".into(), 2 * 3600), ("2024-03-31".into(), 5 * 3600)]);
        // New York springs forward on 2024-03-10.
        let ny = [interval("ann", 1, "2024-03-10T04:00:00Z", Some("2024-03-11T04:00:00Z"))];
        let report = aggregate(&ny, by(&[GroupBy::Day]), at(NOW), &New_York);
        let days: Vec<(String, i64)> =
            report.rows.iter().map(|r| (r.keys[0].to_string(), r.seconds)).collect();
        assert_eq!(days, [("2024-03-09".into(), 3600), ("2024-03-10".into(), 23 * 3600)]);
    }

    #[test]
    fn running_sessions_count_up_to_now_and_are_flagged() {
        let sessions = [
            interval("ann", 1, "2024-04-01T10:00:00Z", None),
            interval("bob", 2, "2024-04-01T09:00:00Z", Some("2024-04-01T10:00:00Z")),
        ];
        let report = aggregate(&sessions, by(&[GroupBy::User]), at(NOW), &Utc);
        assert!(report.running);
        assert_eq!(report.rows[0].keys, [GroupKey::User("ann".into())]);
        assert_eq!((report.rows[0].seconds, report.rows[0].running), (7200, true));
        assert_eq!((report.rows[1].seconds, report.rows[1].running), (3600, false));
    }

    #[test]
    fn nested_groups_and_iso_weeks() {
        let sessions = [
            interval("ann", 1, "2024-12-30T09:00:00Z", Some("2024-12-30T10:00:00Z")),
            interval("ann", 2, "2024-12-31T09:00:00Z", Some("2024-12-31T09:30:00Z")),
            interval("bob", 1, "2024-12-30T09:00:00Z", Some("2024-12-30T09:15:00Z")),
        ];
        let report =
            aggregate(&sessions, by(&[GroupBy::Week, GroupBy::User]), at("2025-01-05T00:00:00Z"), &Utc);
        let rows: Vec<String> =
            report.rows.iter().map(|r| format!("{} {} {}", r.keys[0], r.keys[1], r.seconds)).collect();
        assert_eq!(rows, ["2025-W01 ann 5400", "2025-W01 bob 900"]);
    }

    #[test]
    fn a_session_counts_under_each_of_its_tags_and_once_in_the_total() {
        let tagged = |tags: &[&str], start: &str, end: &str| WorkInterval {
            tags: tags.iter().map(|t| (*t).to_owned()).collect(),
            ..interval("ann", 1, start, Some(end))
        };
        let sessions = [
            tagged(&["onsite", "vpn"], "2024-03-04T09:00:00Z", "2024-03-04T10:00:00Z"),
            tagged(&["vpn"], "2024-03-05T09:00:00Z", "2024-03-05T09:30:00Z"),
            tagged(&[], "2024-03-05T10:00:00Z", "2024-03-05T10:15:00Z"),
        ];
        let report = aggregate(&sessions, by(&[GroupBy::Tag]), at(NOW), &Utc);
        let rows: Vec<(String, i64, u64)> =
            report.rows.iter().map(|r| (r.keys[0].to_string(), r.seconds, r.sessions)).collect();
        assert_eq!(rows, [("-".into(), 900, 1), ("onsite".into(), 3600, 1), ("vpn".into(), 5400, 2)]);
        assert_eq!(report.total_seconds, 3600 + 1800 + 900, "the real total, not the sum of rows");
        assert!(report.counted_under_several_tags);
        let nested = aggregate(&sessions, by(&[GroupBy::Day, GroupBy::Tag]), at(NOW), &Utc);
        assert_eq!(nested.rows.len(), 4);
        assert_eq!(nested.total_seconds, report.total_seconds);
        let single = aggregate(&sessions[1..], by(&[GroupBy::Tag]), at(NOW), &Utc);
        assert!(!single.counted_under_several_tags, "no session had two tags");
        let ungrouped = aggregate(&sessions, by(&[GroupBy::User]), at(NOW), &Utc);
        assert!(!ungrouped.counted_under_several_tags, "said only when grouped by tag");
        assert_eq!("tag".parse::<GroupBy>(), Ok(GroupBy::Tag));
    }

    #[test]
    fn rounding_is_to_the_nearest_unit() {
        assert_eq!(round_to(7 * 60 + 29, 15 * 60), 0);
        assert_eq!(round_to(7 * 60 + 30, 15 * 60), 15 * 60);
        assert_eq!(round_to(100, 1), 100);
        assert_eq!(round_to(100, 0), 100);
    }

    fn arb_interval() -> impl Strategy<Value = WorkInterval> {
        let base = 1_709_251_200_i64; // 2024-03-01T00:00:00Z
        (0_i64..40 * 86_400, 0_i64..3 * 86_400, prop::bool::weighted(0.1), 0_usize..3).prop_map(
            move |(offset, length, running, user)| WorkInterval {
                user: ["ann", "bob", "cy"][user].into(),
                ticket: Some(1),
                case_id: None,
                tags: Vec::new(),
                start: Timestamp::from_unix(base + offset).expect("range"),
                end: (!running).then(|| Timestamp::from_unix(base + offset + length).expect("range")),
            },
        )
    }

    proptest! {
        #[test]
        fn per_day_totals_sum_to_the_range_total(
            sessions in prop::collection::vec(arb_interval(), 0..30),
            from in 0_i64..20 * 86_400,
            span in 0_i64..30 * 86_400,
            berlin in any::<bool>(),
        ) {
            let base = 1_709_251_200_i64;
            let spec = |groups: &[GroupBy]| ReportSpec {
                from: Some(Timestamp::from_unix(base + from).expect("range")),
                to: Some(Timestamp::from_unix(base + from + span).expect("range")),
                group_by: groups.to_vec(),
            };
            let now = Timestamp::from_unix(base + 45 * 86_400).expect("range");
            let zone: &dyn Zone = if berlin { &Berlin } else { &Utc };
            let plain = aggregate(&sessions, spec(&[]), now, zone);
            for groups in [&[GroupBy::Day][..], &[GroupBy::Week, GroupBy::Day], &[GroupBy::Month, GroupBy::User]] {
                let grouped = aggregate(&sessions, spec(groups), now, zone);
                prop_assert_eq!(grouped.total_seconds, plain.total_seconds);
                prop_assert_eq!(grouped.rows.iter().map(|r| r.seconds).sum::<i64>(), plain.total_seconds);
            }
        }

        #[test]
        fn clipping_never_lengthens_a_session(session in arb_interval(), from in 0_i64..50 * 86_400, span in 0_i64..10 * 86_400) {
            let base = 1_709_251_200_i64;
            let now = Timestamp::from_unix(base + 45 * 86_400).expect("range");
            let spec = ReportSpec {
                from: Some(Timestamp::from_unix(base + from).expect("range")),
                to: Some(Timestamp::from_unix(base + from + span).expect("range")),
                group_by: vec![],
            };
            let full = session.end.unwrap_or(now.max(session.start)).since(session.start);
            if let Some((start, end)) = clip(&session, &spec, now) {
                prop_assert!(end.since(start) <= full);
                prop_assert!(start >= session.start);
                let pieces = split_by_day(start, end, &Berlin);
                prop_assert_eq!(pieces.iter().map(|(_, s, e)| e.since(*s)).sum::<i64>(), end.since(start));
            }
        }
    }
}
