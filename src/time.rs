//! Instants, durations and the time-input grammar. Instants are UTC seconds; a zone is only
//! consulted to read local input and to find local day, week and month boundaries.

use std::fmt;

use chrono::{
    DateTime, Datelike, Duration as ChronoDuration, FixedOffset, LocalResult, NaiveDate, NaiveDateTime,
    NaiveTime, Offset, TimeZone, Utc,
};

use crate::error::{Error, Result};
use crate::text::escape_for_terminal;

/// A UTC instant with one-second resolution, between years 1 and 9999.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Timestamp(i64);

/// 0001-01-01T00:00:00Z and 9999-12-31T23:59:59Z: the range RFC 3339 can write.
const MIN_UNIX: i64 = -62_135_596_800;
const MAX_UNIX: i64 = 253_402_300_799;

impl Timestamp {
    /// The instant `secs` after the Unix epoch, if it lies in years 1–9999.
    pub fn from_unix(secs: i64) -> Result<Self> {
        if (MIN_UNIX..=MAX_UNIX).contains(&secs) {
            Ok(Self(secs))
        } else {
            Err(Error::invalid(format!("time {secs} is outside years 1 to 9999")))
        }
    }

    pub fn unix(self) -> i64 {
        self.0
    }

    pub fn to_utc(self) -> DateTime<Utc> {
        DateTime::from_timestamp(self.0, 0).unwrap_or(DateTime::<Utc>::MIN_UTC)
    }

    /// RFC 3339 in UTC, as every machine format writes instants. Written digit by digit from
    /// the civil date: exports format millions of these.
    pub fn rfc3339(self) -> String {
        let days = self.0.div_euclid(86_400);
        let secs = self.0.rem_euclid(86_400);
        // Civil-from-days (Howard Hinnant's algorithm), valid for the whole supported range.
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = doy - (153 * mp + 2) / 5 + 1;
        let month = if mp < 10 { mp + 3 } else { mp - 9 };
        let year = yoe + era * 400 + i64::from(month <= 2);
        let mut out = *b"0000-00-00T00:00:00Z";
        let mut put = |at: usize, width: usize, mut value: i64| {
            for i in (0..width).rev() {
                out[at + i] = b'0' + (value % 10) as u8;
                value /= 10;
            }
        };
        put(0, 4, year);
        put(5, 2, month);
        put(8, 2, day);
        put(11, 2, secs / 3600);
        put(14, 2, secs / 60 % 60);
        put(17, 2, secs % 60);
        String::from_utf8_lossy(&out).into_owned()
    }

    /// The instant `secs` later (earlier when negative), refusing to leave years 1–9999.
    pub fn plus(self, secs: i64) -> Result<Self> {
        self.0
            .checked_add(secs)
            .ok_or_else(|| Error::invalid("time is out of range"))
            .and_then(Self::from_unix)
    }

    /// Seconds from `earlier` to `self`.
    pub fn since(self, earlier: Timestamp) -> i64 {
        self.0 - earlier.0
    }

    /// The wall-clock time in `zone`, with that zone's offset at this instant.
    pub fn in_zone(self, zone: &dyn Zone) -> DateTime<FixedOffset> {
        self.to_utc().with_timezone(&zone.offset_at(self))
    }
}

/// Machine formats write instants as RFC 3339 UTC text.
impl serde::Serialize for Timestamp {
    fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        s.collect_str(&self.rfc3339())
    }
}

/// Machine formats and requests read instants back from RFC 3339 text.
impl<'de> serde::Deserialize<'de> for Timestamp {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        let text = <std::borrow::Cow<'de, str>>::deserialize(d)?;
        let parsed = DateTime::parse_from_rfc3339(&text).map_err(serde::de::Error::custom)?;
        Timestamp::from_unix(parsed.timestamp()).map_err(serde::de::Error::custom)
    }
}

impl fmt::Display for Timestamp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.rfc3339())
    }
}

/// The zone rules the core needs: the offset in force at an instant, and the offsets a local
/// wall-clock time can have (none in a DST gap, two in a DST overlap).
pub trait Zone {
    fn offset_at(&self, at: Timestamp) -> FixedOffset;
    fn offsets_of_local(&self, local: NaiveDateTime) -> LocalResult<FixedOffset>;
}

impl<Tz: TimeZone> Zone for Tz {
    fn offset_at(&self, at: Timestamp) -> FixedOffset {
        self.offset_from_utc_datetime(&at.to_utc().naive_utc()).fix()
    }
    fn offsets_of_local(&self, local: NaiveDateTime) -> LocalResult<FixedOffset> {
        self.offset_from_local_datetime(&local).map(|o| o.fix())
    }
}

/// Resolves a local wall-clock time to an instant, refusing DST gaps and overlaps with a hint.
pub fn resolve_local(local: NaiveDateTime, zone: &dyn Zone) -> Result<Timestamp> {
    let shown = local.format("%Y-%m-%d %H:%M:%S");
    let offsets = match zone.offsets_of_local(local) {
        LocalResult::Single(offset) => vec![offset],
        LocalResult::Ambiguous(a, b) => vec![a, b],
        LocalResult::None => Vec::new(),
    };
    // Zones read from TZ files get the edges of a change wrong (the first second of a gap
    // "exists", the first second after an overlap "happens twice"), so each offset must give
    // back the same wall-clock time.
    let mut valid = Vec::new();
    for offset in offsets {
        let at = to_timestamp(local, offset)?;
        if at.in_zone(zone).naive_local() == local {
            valid.push(offset);
        }
    }
    match valid[..] {
        [offset] => to_timestamp(local, offset),
        [a, b] => Err(Error::invalid(format!(
            "{shown} happens twice in the local time zone (DST change); give an offset, \
             e.g. {}{a} or {}{b}",
            local.format("%Y-%m-%dT%H:%M:%S"),
            local.format("%Y-%m-%dT%H:%M:%S")
        ))),
        _ => Err(Error::invalid(format!(
            "{shown} does not exist in the local time zone (skipped by a DST change); \
             give an offset or another time"
        ))),
    }
}

fn to_timestamp(local: NaiveDateTime, offset: FixedOffset) -> Result<Timestamp> {
    let utc = local - ChronoDuration::seconds(i64::from(offset.local_minus_utc()));
    Timestamp::from_unix(utc.and_utc().timestamp())
}

/// The first instant of a local calendar day (midnight, or the first time after a DST gap).
pub fn start_of_local_day(date: NaiveDate, zone: &dyn Zone) -> Timestamp {
    let mut local = date.and_time(NaiveTime::MIN);
    // A gap at midnight moves the day's start forward; gaps never exceed a few hours.
    for _ in 0..(26 * 4) {
        match zone.offsets_of_local(local) {
            LocalResult::Single(o) | LocalResult::Ambiguous(o, _) => {
                if let Ok(ts) = to_timestamp(local, o) {
                    return ts;
                }
                break;
            }
            LocalResult::None => local += ChronoDuration::minutes(15),
        }
    }
    let fallback = date.and_time(NaiveTime::MIN).and_utc().timestamp();
    Timestamp(fallback.clamp(MIN_UNIX, MAX_UNIX))
}

/// Longest time expression accepted; anything longer is a mistake, not a time.
const MAX_INPUT_LEN: usize = 64;

/// What the time grammar accepts, for every refusal to list.
const ACCEPTED_TIMES: &str = "use now, 14:30, 9am, 9:30pm, noon, midnight, yesterday 17:00, 5pm yesterday, \
     monday, last fri 09:00, 2024-05-01 14:30, RFC 3339, -15m, +10m, 2h ago or 20 min ago";

/// Parses a time expression (DESIGN.md §2): `now`; RFC 3339; `YYYY-MM-DD[ TIME]` local;
/// a time of day alone (today); a day with a time of day before or after it; `-15m`,
/// `-1h30m`, `+10m`, `2h ago`, `1 hour ago`.
///
/// A day is `today`, `yesterday` or a weekday (`monday`, `mon`, `last monday`: the most
/// recent such day before today); alone it means that day's midnight. A time of day is
/// `HH:MM[:SS]` (24-hour), `9am`, `9:30pm`, `9 am` (`12am` is midnight, `12pm` noon), `noon` or
/// `midnight` (the day's start).
pub fn parse_instant(input: &str, now: Timestamp, zone: &dyn Zone) -> Result<Timestamp> {
    let text = check_input("time", input)?;
    let lower = text.to_ascii_lowercase();
    let bad =
        || Error::invalid(format!("cannot read time {:?}; {ACCEPTED_TIMES}", escape_for_terminal(input)));
    if lower == "now" {
        return Ok(now);
    }
    if let Some(rest) = lower.strip_suffix(" ago") {
        let secs = parse_duration(rest.trim_end())?;
        return now.plus(-secs);
    }
    if let Some(rest) = lower.strip_prefix('-') {
        return now.plus(-parse_duration(rest)?);
    }
    if let Some(rest) = lower.strip_prefix('+') {
        return now.plus(parse_duration(rest)?);
    }
    if lower.len() >= 10 && lower.as_bytes()[4] == b'-' {
        return parse_dated(text, zone).ok_or_else(bad)?;
    }
    let today = now.in_zone(zone).date_naive();
    let words = words(&lower);
    let (date, time) = day_and_time(&words, today).ok_or_else(bad)?;
    resolve_local(date.and_time(time), zone)
}

/// Space-separated words, with a lone `am`/`pm` joined to the word before it (`9 am`). Tabs
/// and other whitespace are not separators.
fn words(lower: &str) -> Vec<String> {
    let mut words: Vec<String> = Vec::new();
    for word in lower.split(' ').filter(|word| !word.is_empty()) {
        match words.last_mut() {
            Some(last) if word == "am" || word == "pm" => last.push_str(word),
            _ => words.push(word.to_owned()),
        }
    }
    words
}

/// A day and a time of day, in either order, or either alone: the day defaults to today, the
/// time to midnight.
fn day_and_time(words: &[String], today: NaiveDate) -> Option<(NaiveDate, NaiveTime)> {
    let words: Vec<&str> = words.iter().map(String::as_str).collect();
    let (first, rest) = words.split_first()?;
    let (last, init) = words.split_last()?;
    if let Some(time) = time_of_day(first) {
        return match rest {
            [] => Some((today, time)),
            day => Some((day_named(day, today)?, time)),
        };
    }
    if let Some(time) = time_of_day(last) {
        return Some((day_named(init, today)?, time));
    }
    Some((day_named(&words, today)?, NaiveTime::MIN))
}

/// `today`, `yesterday`, or a weekday with an optional `last`: the most recent such day
/// before today (a week ago when today is that weekday).
fn day_named(words: &[&str], today: NaiveDate) -> Option<NaiveDate> {
    match words {
        ["today"] => Some(today),
        ["yesterday"] => today.pred_opt(),
        ["last", name] | [name] => {
            let weekday = weekday_named(name)?;
            (1..=7)
                .filter_map(|back| today.checked_sub_days(chrono::Days::new(back)))
                .find(|d| d.weekday() == weekday)
        }
        _ => None,
    }
}

fn weekday_named(name: &str) -> Option<chrono::Weekday> {
    use chrono::Weekday::{Fri, Mon, Sat, Sun, Thu, Tue, Wed};
    Some(match name {
        "mon" | "monday" => Mon,
        "tue" | "tues" | "tuesday" => Tue,
        "wed" | "weds" | "wednesday" => Wed,
        "thu" | "thur" | "thurs" | "thursday" => Thu,
        "fri" | "friday" => Fri,
        "sat" | "saturday" => Sat,
        "sun" | "sunday" => Sun,
        _ => return None,
    })
}

/// `HH:MM[:SS]` (24-hour), `9am`, `9:30pm`, `12:15:30am`, `noon` or `midnight`.
fn time_of_day(word: &str) -> Option<NaiveTime> {
    match word {
        "noon" => return NaiveTime::from_hms_opt(12, 0, 0),
        "midnight" => return Some(NaiveTime::MIN),
        _ => {}
    }
    let (clock, afternoon) = match (word.strip_suffix("am"), word.strip_suffix("pm")) {
        (Some(clock), _) => (clock, false),
        (_, Some(clock)) => (clock, true),
        _ => return parse_clock(word),
    };
    let (hour, minutes) = match clock.split_once(':') {
        Some((hour, minutes)) => (hour, Some(minutes)),
        None => (clock, None),
    };
    let hour = digits(hour).filter(|h| (1..=12).contains(h) && hour.len() <= 2)?;
    let hour = hour % 12 + if afternoon { 12 } else { 0 };
    match minutes {
        Some(minutes) => parse_clock(&format!("{hour}:{minutes}")),
        None => NaiveTime::from_hms_opt(hour, 0, 0),
    }
}

/// `YYYY-MM-DD`, `YYYY-MM-DD HH:MM[:SS]` (also with `T`), or RFC 3339 with an offset.
fn parse_dated(text: &str, zone: &dyn Zone) -> Option<Result<Timestamp>> {
    let date = parse_date(text.get(..10)?)?;
    let rest = &text[10..];
    if rest.is_empty() {
        return Some(resolve_local(date.and_time(NaiveTime::MIN), zone));
    }
    let rest = rest.strip_prefix([' ', 'T', 't'])?;
    // An explicit offset makes it RFC 3339 and needs no zone.
    if rest.ends_with(['z', 'Z']) || rest.len() > 8 && rest[5..].contains(['+', '-']) {
        let normalised = format!("{}T{}", &text[..10], rest.to_ascii_uppercase());
        let parsed = DateTime::parse_from_rfc3339(&normalised).ok()?;
        return Some(Timestamp::from_unix(parsed.timestamp()));
    }
    let time = match words(&rest.to_ascii_lowercase())[..] {
        [ref word] => time_of_day(word)?,
        _ => return None,
    };
    Some(resolve_local(date.and_time(time), zone))
}

fn parse_date(text: &str) -> Option<NaiveDate> {
    let b = text.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let year = digits(&text[0..4])?;
    let month = digits(&text[5..7])?;
    let day = digits(&text[8..10])?;
    if year == 0 {
        return None;
    }
    NaiveDate::from_ymd_opt(i32::try_from(year).ok()?, month, day)
}

/// `H:MM`, `HH:MM` or `HH:MM:SS`, 24-hour; minutes and seconds always two digits.
fn parse_clock(text: &str) -> Option<NaiveTime> {
    let mut parts = text.split(':');
    let hour = parts.next()?;
    let minute = parts.next()?;
    let second = parts.next();
    if parts.next().is_some() || hour.is_empty() || hour.len() > 2 || minute.len() != 2 {
        return None;
    }
    if second.is_some_and(|s| s.len() != 2) {
        return None;
    }
    let (h, m) = (digits(hour)?, digits(minute)?);
    let s = match second {
        Some(s) => digits(s)?,
        None => 0,
    };
    if h > 23 || m > 59 || s > 59 {
        return None;
    }
    NaiveTime::from_hms_opt(h, m, s)
}

/// An unsigned ASCII decimal that fits in u32.
fn digits(text: &str) -> Option<u32> {
    if text.is_empty() || text.len() > 9 || !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    text.parse().ok()
}

fn check_input<'a>(what: &str, input: &'a str) -> Result<&'a str> {
    let text = input.trim();
    if text.is_empty() {
        return Err(Error::invalid(format!("empty {what}")));
    }
    if text.len() > MAX_INPUT_LEN {
        return Err(Error::invalid(format!("{what} is too long ({} bytes)", text.len())));
    }
    if !text.is_ascii() {
        return Err(Error::invalid(format!(
            "{what} {:?} has non-ASCII characters; use plain digits and letters",
            escape_for_terminal(input)
        )));
    }
    Ok(text)
}

/// Longest duration accepted anywhere: 100 years, far beyond any real work session.
pub const MAX_DURATION_SECS: i64 = 100 * 366 * 86_400;

/// What the duration grammar accepts, for every refusal to list.
const ACCEPTED_DURATIONS: &str = "use 90m, 1h30m, 45 min, 2 hours, 1:30 or 1.5h (units s/sec/second, \
     m/min/minute, h/hr/hour, d/day; m is always minutes)";

/// Parses a duration: `90m`, `1h30m`, `1h 30min`, `45 min`, `2 hours`, `90 seconds`, `2d`,
/// `1.5h`, `1:30` (hours:minutes) or `1:30:15`. `m` is always minutes; months are refused,
/// having no fixed length.
pub fn parse_duration(input: &str) -> Result<i64> {
    let text = check_input("duration", input)?;
    let lower = text.to_ascii_lowercase();
    let bad = || {
        Error::invalid(format!("cannot read duration {:?}; {ACCEPTED_DURATIONS}", escape_for_terminal(input)))
    };
    let secs = if lower.contains(':') {
        parse_clock_duration(&lower).ok_or_else(bad)?
    } else {
        let pairs = unit_pairs(&lower).ok_or_else(bad)?;
        if pairs.iter().any(|(_, unit)| matches!(*unit, "mo" | "mon" | "mos" | "month" | "months")) {
            return Err(Error::invalid(format!(
                "months are not a duration ({:?}): they differ in length; give days, e.g. 30d, or {ACCEPTED_DURATIONS}",
                escape_for_terminal(input)
            )));
        }
        match pairs[..] {
            [(number, unit)] if number.contains('.') => parse_decimal_duration(number, unit_seconds(unit)),
            _ if pairs.iter().any(|(number, _)| number.contains('.')) => None,
            _ => sum_unit_pairs(&pairs),
        }
        .ok_or_else(bad)?
    };
    if secs > MAX_DURATION_SECS {
        return Err(Error::invalid(format!(
            "duration {:?} is longer than 100 years",
            escape_for_terminal(input)
        )));
    }
    Ok(secs)
}

fn unit_seconds(unit: &str) -> Option<i64> {
    match unit {
        "s" | "sec" | "secs" | "second" | "seconds" => Some(1),
        "m" | "min" | "mins" | "minute" | "minutes" => Some(60),
        "h" | "hr" | "hrs" | "hour" | "hours" => Some(3600),
        "d" | "day" | "days" => Some(86_400),
        _ => None,
    }
}

/// Splits `1h 30min` into number–unit pairs (`("1", "h")`, `("30", "min")`). Spaces go only
/// next to a long unit name: `45 min` and `1h 30min`, but not `1 h` or `1h 30m`.
fn unit_pairs(lower: &str) -> Option<Vec<(&str, &str)>> {
    let bytes = lower.as_bytes();
    let mut pairs = Vec::new();
    let mut i = 0;
    let run = |i: &mut usize, accept: fn(u8) -> bool| {
        let start = *i;
        while *i < bytes.len() && accept(bytes[*i]) {
            *i += 1;
        }
        &lower[start..*i]
    };
    let long = |unit: &str| unit.len() > 1;
    let mut spaced_after_previous = false;
    while i < bytes.len() {
        let number = run(&mut i, |b| b.is_ascii_digit() || b == b'.');
        let spaced_inside = !run(&mut i, |b| b == b' ').is_empty();
        let unit = run(&mut i, |b| b.is_ascii_alphabetic());
        if number.is_empty() || unit.is_empty() || spaced_inside && !long(unit) {
            return None;
        }
        if spaced_after_previous && !long(unit) && !pairs.last().is_some_and(|&(_, previous)| long(previous))
        {
            return None;
        }
        pairs.push((number, unit));
        spaced_after_previous = !run(&mut i, |b| b == b' ').is_empty();
    }
    (!pairs.is_empty()).then_some(pairs)
}

/// `1h30m`, `90 min`, `2d 4h`: whole numbers, each unit at most once, largest first.
fn sum_unit_pairs(pairs: &[(&str, &str)]) -> Option<i64> {
    let mut total: i64 = 0;
    let mut last_unit = i64::MAX;
    for (number, unit) in pairs {
        let unit = unit_seconds(unit)?;
        if number.len() > 12 || unit >= last_unit {
            return None;
        }
        total = total.checked_add(number.parse::<i64>().ok()?.checked_mul(unit)?)?;
        last_unit = unit;
    }
    Some(total)
}

/// `1.5h`: one decimal number and one unit, rounded to the second.
fn parse_decimal_duration(number: &str, unit: Option<i64>) -> Option<i64> {
    let unit = unit?;
    let (whole, frac) = number.split_once('.')?;
    if whole.is_empty() && frac.is_empty() || whole.len() > 12 || frac.len() > 6 {
        return None;
    }
    let whole_value = if whole.is_empty() { 0 } else { i64::from(digits(whole)?) };
    let frac_value = if frac.is_empty() { 0 } else { i64::from(digits(frac)?) };
    let scale = 10_i64.pow(u32::try_from(frac.len()).ok()?);
    let secs = whole_value.checked_mul(unit)? + (frac_value * unit + scale / 2) / scale;
    Some(secs)
}

/// `1:30` (hours:minutes) or `1:30:15`.
fn parse_clock_duration(text: &str) -> Option<i64> {
    let parts: Vec<&str> = text.split(':').collect();
    if !(2..=3).contains(&parts.len()) || parts[1..].iter().any(|p| p.len() != 2) {
        return None;
    }
    let hours = i64::from(digits(parts[0])?);
    let minutes = i64::from(digits(parts[1])?);
    let seconds = match parts.get(2) {
        Some(s) => i64::from(digits(s)?),
        None => 0,
    };
    if minutes > 59 || seconds > 59 {
        return None;
    }
    Some(hours * 3600 + minutes * 60 + seconds)
}

/// Formats seconds as `H:MM:SS`, the way every table shows a duration.
pub fn format_duration(secs: i64) -> String {
    let sign = if secs < 0 { "-" } else { "" };
    let secs = secs.unsigned_abs();
    format!("{sign}{}:{:02}:{:02}", secs / 3600, secs / 60 % 60, secs % 60)
}

/// Named calendar ranges in the local zone: `[start, end)`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Period {
    Today,
    Yesterday,
    Week,
    LastWeek,
    Month,
    LastMonth,
}

impl Period {
    /// The period containing `now` (or the one before it) as a half-open interval.
    pub fn range(self, now: Timestamp, zone: &dyn Zone) -> (Timestamp, Timestamp) {
        let today = now.in_zone(zone).date_naive();
        let (first, next) = match self {
            Period::Today => (today, today.succ_opt().unwrap_or(today)),
            Period::Yesterday => (today.pred_opt().unwrap_or(today), today),
            Period::Week | Period::LastWeek => {
                let monday = today - ChronoDuration::days(i64::from(today.weekday().num_days_from_monday()));
                let monday = if self == Period::LastWeek { monday - ChronoDuration::days(7) } else { monday };
                (monday, monday + ChronoDuration::days(7))
            }
            Period::Month | Period::LastMonth => {
                let first = today.with_day(1).unwrap_or(today);
                let first = if self == Period::LastMonth {
                    first.pred_opt().and_then(|d| d.with_day(1)).unwrap_or(first)
                } else {
                    first
                };
                (first, first.checked_add_months(chrono::Months::new(1)).unwrap_or(first))
            }
        };
        (start_of_local_day(first, zone), start_of_local_day(next, zone))
    }
}

/// Whether `rule` is a POSIX `TZ` rule (`EST5`, `<+0330>-3:30`, `CET-1CEST,M3.5.0,M10.5.0/3`)
/// in the form the zone reader (chrono) accepts: a standard name of 3–7 letters or a `<...>`
/// quoted one, an offset up to 23:59:59, and optionally a daylight-saving name, offset and the
/// two transition days (`Jn`, `n` or `Mm.w.d`, each with an optional `/hh[:mm[:ss]]`). A zone
/// name such as `Europe/Berlin` is not a rule: it names a file.
pub fn is_posix_tz_rule(rule: &str) -> bool {
    let mut rest = rule.trim_matches(|c: char| c.is_ascii_whitespace()).as_bytes();
    let ok = (|| {
        tz_name(&mut rest)?;
        tz_hms(&mut rest, true, 23)?;
        if rest.is_empty() {
            return Some(());
        }
        tz_name(&mut rest)?;
        if rest.first() != Some(&b',') {
            tz_hms(&mut rest, true, 23)?;
        }
        for _ in 0..2 {
            rest = rest.strip_prefix(b",")?;
            tz_rule_day(&mut rest)?;
        }
        rest.is_empty().then_some(())
    })();
    ok.is_some()
}

fn tz_name(rest: &mut &[u8]) -> Option<()> {
    let name: &[u8] = if let Some(quoted) = rest.strip_prefix(b"<") {
        let end = quoted.iter().position(|&b| b == b'>')?;
        let name = &quoted[..end];
        *rest = &quoted[end + 1..];
        name
    } else {
        let end = rest.iter().position(|b| !b.is_ascii_alphabetic()).unwrap_or(rest.len());
        let name = &rest[..end];
        *rest = &rest[end..];
        name
    };
    let valid = |b: &u8| b.is_ascii_alphanumeric() || *b == b'+' || *b == b'-';
    ((3..=7).contains(&name.len()) && name.iter().all(valid)).then_some(())
}

fn tz_number(rest: &mut &[u8]) -> Option<u32> {
    let end = rest.iter().position(|b| !b.is_ascii_digit()).unwrap_or(rest.len());
    if end == 0 || end > 3 {
        return None;
    }
    let digits = std::str::from_utf8(&rest[..end]).ok()?;
    *rest = &rest[end..];
    digits.parse().ok()
}

/// `[+-]hh[:mm[:ss]]` (the sign only where `signed`), hours at most `max_hour`.
fn tz_hms(rest: &mut &[u8], signed: bool, max_hour: u32) -> Option<()> {
    if signed && let Some((b'+' | b'-', tail)) = rest.split_first() {
        *rest = tail;
    }
    if tz_number(rest)? > max_hour {
        return None;
    }
    for _ in 0..2 {
        match rest.strip_prefix(b":") {
            Some(tail) => {
                *rest = tail;
                if tz_number(rest)? > 59 {
                    return None;
                }
            }
            None => break,
        }
    }
    Some(())
}

fn tz_rule_day(rest: &mut &[u8]) -> Option<()> {
    if let Some(tail) = rest.strip_prefix(b"M") {
        *rest = tail;
        let month = tz_number(rest)?;
        *rest = rest.strip_prefix(b".")?;
        let week = tz_number(rest)?;
        *rest = rest.strip_prefix(b".")?;
        let day = tz_number(rest)?;
        ((1..=12).contains(&month) && (1..=5).contains(&week) && day <= 6).then_some(())?;
    } else if let Some(tail) = rest.strip_prefix(b"J") {
        *rest = tail;
        (1..=365).contains(&tz_number(rest)?).then_some(())?;
    } else {
        (tz_number(rest)? <= 365).then_some(())?;
    }
    if let Some(tail) = rest.strip_prefix(b"/") {
        *rest = tail;
        tz_hms(rest, false, 24)?;
    }
    Some(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::Timelike;
    use chrono_tz::{America::New_York, Europe::Berlin};

    fn at(rfc: &str) -> Timestamp {
        let parsed = DateTime::parse_from_rfc3339(rfc).expect("valid fixture");
        Timestamp::from_unix(parsed.timestamp()).expect("in range")
    }

    const NOW: &str = "2024-03-15T12:00:00Z";

    fn parse(input: &str) -> Result<Timestamp> {
        parse_instant(input, at(NOW), &Utc)
    }

    #[test]
    fn accepts_every_documented_form() {
        let cases = [
            ("now", "2024-03-15T12:00:00Z"),
            ("2024-03-01T10:00:00Z", "2024-03-01T10:00:00Z"),
            ("2024-03-01T10:00:00+02:00", "2024-03-01T08:00:00Z"),
            ("2024-03-01 10:00:00-05:00", "2024-03-01T15:00:00Z"),
            ("2024-03-01", "2024-03-01T00:00:00Z"),
            ("2024-03-01 09:30", "2024-03-01T09:30:00Z"),
            ("2024-03-01T09:30:15", "2024-03-01T09:30:15Z"),
            ("09:30", "2024-03-15T09:30:00Z"),
            ("9:30", "2024-03-15T09:30:00Z"),
            ("23:59:59", "2024-03-15T23:59:59Z"),
            ("today", "2024-03-15T00:00:00Z"),
            ("today 08:15", "2024-03-15T08:15:00Z"),
            ("yesterday", "2024-03-14T00:00:00Z"),
            ("Yesterday 17:00", "2024-03-14T17:00:00Z"),
            ("-15m", "2024-03-15T11:45:00Z"),
            ("-1h30m", "2024-03-15T10:30:00Z"),
            ("+10m", "2024-03-15T12:10:00Z"),
            ("2h ago", "2024-03-15T10:00:00Z"),
            ("  -1d  ", "2024-03-14T12:00:00Z"),
        ];
        for (input, expected) in cases {
            assert_eq!(parse(input).map(Timestamp::rfc3339), Ok(expected.to_owned()), "{input}");
        }
    }

    #[test]
    fn refuses_malformed_and_out_of_range() {
        for input in [
            "",
            "   ",
            "24:00",
            "9:5",
            "09:5",
            "12:60",
            "12:00:60",
            "2024-02-30",
            "2023-02-29",
            "10000-01-01",
            "0000-01-01",
            "2024-13-01",
            "2024-1-01",
            "tomorrow",
            "today9:00",
            "yesterday 25:00",
            "now now",
            "-15",
            "-15x",
            "-m",
            "15m",
            "2h  ago x",
            "2024-03-01 10",
            "2024-03-01X10:00",
            "١٢:٠٠",
            "１２:００",
            "12:00\u{200b}",
            "-99999999999999d",
            "2024-03-01T10:00:00+25:00",
            "x2024-03-01",
            "2024-03-01 10:00 junk",
            "--15m",
        ] {
            let result = parse(input);
            assert_eq!(result.map_err(|e| e.kind()), Err(crate::ErrorKind::Invalid), "{input:?}");
        }
        let long = "1".repeat(65);
        assert!(parse(&long).is_err());
    }

    #[test]
    fn local_times_use_the_zone() {
        // 2024-03-15 in Berlin is UTC+1.
        let ts = parse_instant("2024-03-15 09:00", at(NOW), &Berlin).expect("valid");
        assert_eq!(ts.rfc3339(), "2024-03-15T08:00:00Z");
        // In New York (EDT since 10 March) it is UTC-4.
        let ts = parse_instant("09:00", at(NOW), &New_York).expect("valid");
        assert_eq!(ts.rfc3339(), "2024-03-15T13:00:00Z");
    }

    #[test]
    fn dst_gap_and_overlap_are_refused_in_two_zones() {
        let now = at(NOW);
        for (zone, gap, overlap) in [
            (&Berlin as &dyn Zone, "2024-03-31 02:30", "2024-10-27 02:30"),
            (&New_York as &dyn Zone, "2024-03-10 02:30", "2024-11-03 01:30"),
        ] {
            let err = parse_instant(gap, now, zone).expect_err("gap");
            assert!(err.message().contains("does not exist"), "{}", err.message());
            let err = parse_instant(overlap, now, zone).expect_err("overlap");
            assert!(err.message().contains("happens twice"), "{}", err.message());
            assert!(err.message().contains("give an offset"));
        }
        // The edges: the first second of a gap does not exist; the first after an overlap is
        // unique. (Checked through zone files with TZ by the battery as well.)
        for (zone, gap_start, after_overlap) in [
            (&Berlin as &dyn Zone, "2024-03-31 02:00", "2024-10-27 03:00"),
            (&New_York as &dyn Zone, "2024-03-10 02:00", "2024-11-03 02:00"),
        ] {
            assert!(parse_instant(gap_start, now, zone).is_err(), "{gap_start}");
            assert!(parse_instant(after_overlap, now, zone).is_ok(), "{after_overlap}");
        }
        // The new forms are refused in the same way: Sunday 31 March 2:30am in Berlin, seen
        // from Tuesday; Sunday 3 November 1:30am in New York, seen from Tuesday.
        let err = parse_instant("sun 2:30am", at("2024-04-02T12:00:00Z"), &Berlin).expect_err("gap");
        assert!(err.message().contains("does not exist"), "{}", err.message());
        let err =
            parse_instant("last sunday 1:30am", at("2024-11-05T12:00:00Z"), &New_York).expect_err("overlap");
        assert!(err.message().contains("happens twice"), "{}", err.message());
        // The hint's offsets are usable as given.
        let ts = parse_instant("2024-10-27T02:30:00+01:00", now, &Berlin).expect("explicit offset");
        assert_eq!(ts.rfc3339(), "2024-10-27T01:30:00Z");
    }

    #[test]
    fn durations() {
        for (input, secs) in [
            ("90m", 5400),
            ("1h30m", 5400),
            ("1:30", 5400),
            ("1.5h", 5400),
            ("45s", 45),
            ("2d", 172_800),
            ("1d2h3m4s", 93_784),
            ("0m", 0),
            (".5h", 1800),
            ("1:30:15", 5415),
            ("1H", 3600),
        ] {
            assert_eq!(parse_duration(input), Ok(secs), "{input}");
        }
        for input in [
            "",
            "90",
            "m",
            "1m1h",
            "1h1h",
            "1.5",
            "1:3",
            "1:60",
            "1.2.3h",
            "1,5h",
            "١h",
            "99999999999999999999h",
            "-5m",
            "1y",
            "36700d",
        ] {
            assert!(parse_duration(input).is_err(), "{input:?}");
        }
    }

    #[test]
    fn accepts_the_times_people_type() {
        // NOW is Friday 2024-03-15 12:00 UTC.
        let cases = [
            ("9am", "2024-03-15T09:00:00Z"),
            ("9:30pm", "2024-03-15T21:30:00Z"),
            ("9 AM", "2024-03-15T09:00:00Z"),
            ("9:30:15 pm", "2024-03-15T21:30:15Z"),
            ("12am", "2024-03-15T00:00:00Z"),
            ("12:30am", "2024-03-15T00:30:00Z"),
            ("12pm", "2024-03-15T12:00:00Z"),
            ("noon", "2024-03-15T12:00:00Z"),
            ("midnight", "2024-03-15T00:00:00Z"),
            ("today noon", "2024-03-15T12:00:00Z"),
            ("monday", "2024-03-11T00:00:00Z"),
            ("mon 09:00", "2024-03-11T09:00:00Z"),
            ("last monday", "2024-03-11T00:00:00Z"),
            ("Last Mon 9am", "2024-03-11T09:00:00Z"),
            ("9am monday", "2024-03-11T09:00:00Z"),
            ("thu", "2024-03-14T00:00:00Z"),
            ("thursday 5pm", "2024-03-14T17:00:00Z"),
            // Today is a Friday: `friday` is a week ago, never today.
            ("friday", "2024-03-08T00:00:00Z"),
            ("sat", "2024-03-09T00:00:00Z"),
            ("yesterday 5pm", "2024-03-14T17:00:00Z"),
            ("17:30 yesterday", "2024-03-14T17:30:00Z"),
            ("5pm yesterday", "2024-03-14T17:00:00Z"),
            ("yesterday midnight", "2024-03-14T00:00:00Z"),
            ("20min ago", "2024-03-15T11:40:00Z"),
            ("45 min ago", "2024-03-15T11:15:00Z"),
            ("1 hour ago", "2024-03-15T11:00:00Z"),
            ("2 days ago", "2024-03-13T12:00:00Z"),
            ("90 seconds ago", "2024-03-15T11:58:30Z"),
            ("1h 30min ago", "2024-03-15T10:30:00Z"),
            ("-20 min", "2024-03-15T11:40:00Z"),
            ("2024-03-01 9am", "2024-03-01T09:00:00Z"),
            ("2024-03-01 9:30 pm", "2024-03-01T21:30:00Z"),
        ];
        for (input, expected) in cases {
            assert_eq!(parse(input).map(Timestamp::rfc3339), Ok(expected.to_owned()), "{input}");
        }
    }

    #[test]
    fn refusals_list_what_is_accepted() {
        for input in [
            "13pm",
            "0am",
            "9:60am",
            "9:5pm",
            "123am",
            "am",
            "tomorrow",
            "last",
            "last week",
            "next monday",
            "mon tue",
            "9am 10am",
            "monday 25:00",
            "9am last",
            "last 9am monday",
            "mondays",
            "9",
        ] {
            let err = parse(input).expect_err(input);
            assert_eq!(err.kind(), crate::ErrorKind::Invalid, "{input}");
            for listed in ["now", "9am", "noon", "monday", "2h ago", "RFC 3339"] {
                assert!(err.message().contains(listed), "{input}: {}", err.message());
            }
        }
        let months = [
            ("2 months ago", parse("2 months ago").map(|_| 0)),
            ("3mo ago", parse("3mo ago").map(|_| 0)),
            ("1 month", parse_duration("1 month")),
            ("2mon", parse_duration("2mon")),
        ];
        for (input, refused) in months {
            let err = refused.expect_err(input);
            assert!(err.message().contains("months are not a duration"), "{input}: {}", err.message());
            assert!(err.message().contains("30d") && err.message().contains("90m"), "{}", err.message());
        }
        let err = parse_duration("1 week").expect_err("weeks");
        assert!(
            err.message().contains("45 min") && err.message().contains("m is always minutes"),
            "{}",
            err.message()
        );
    }

    #[test]
    fn long_unit_names_with_or_without_a_space() {
        for (input, secs) in [
            ("45min", 2700),
            ("45 min", 2700),
            ("45 mins", 2700),
            ("1 minute", 60),
            ("2 minutes", 120),
            ("1 hour", 3600),
            ("2 hours", 7200),
            ("2hrs", 7200),
            ("1 day", 86_400),
            ("2 days", 172_800),
            ("90 seconds", 90),
            ("30 sec", 30),
            ("1h 30min", 5400),
            ("1 hour 30m", 5400),
            ("1 hour 30 minutes", 5400),
            ("1.5 hours", 5400),
            ("1 Hour", 3600),
        ] {
            assert_eq!(parse_duration(input), Ok(secs), "{input}");
        }
        for input in [
            "mins",
            "1 hour 1 hour",
            "30min 1h",
            "1.5h 30m",
            "1 week",
            "1 hourly",
            "1 h ago",
            "1 h",
            "1h 30m",
            "1\thour",
        ] {
            assert!(parse_duration(input).is_err(), "{input:?}");
        }
    }

    #[test]
    fn rfc3339_matches_chrono_across_the_range() {
        for secs in [MIN_UNIX, -1, 0, 951_782_400, 1_709_251_199, 4_107_542_400, MAX_UNIX] {
            let ts = Timestamp::from_unix(secs).expect("in range");
            assert_eq!(ts.rfc3339(), ts.to_utc().format("%Y-%m-%dT%H:%M:%SZ").to_string(), "{secs}");
        }
    }

    proptest::proptest! {
        #[test]
        fn rfc3339_matches_chrono(secs in MIN_UNIX..=MAX_UNIX) {
            let ts = Timestamp::from_unix(secs).expect("in range");
            proptest::prop_assert_eq!(ts.rfc3339(), ts.to_utc().format("%Y-%m-%dT%H:%M:%SZ").to_string());
        }
    }

    #[test]
    fn duration_format() {
        assert_eq!(format_duration(0), "0:00:00");
        assert_eq!(format_duration(5415), "1:30:15");
        assert_eq!(format_duration(90_000), "25:00:00");
    }

    #[test]
    fn periods_follow_local_calendar_and_dst() {
        // Week of 2024-03-27 (Wednesday) in Berlin spans the spring-forward Sunday: 167 hours.
        let (start, end) = Period::Week.range(at("2024-03-27T12:00:00Z"), &Berlin);
        assert_eq!(start.rfc3339(), "2024-03-24T23:00:00Z");
        assert_eq!(end.since(start), 167 * 3600);
        let (start, end) = Period::LastMonth.range(at("2024-03-15T12:00:00Z"), &Utc);
        assert_eq!(
            (start.rfc3339().as_str(), end.rfc3339().as_str()),
            ("2024-02-01T00:00:00Z", "2024-03-01T00:00:00Z")
        );
        let (start, end) = Period::Yesterday.range(at("2024-11-04T12:00:00Z"), &New_York);
        assert_eq!(end.since(start), 25 * 3600);
    }

    proptest::proptest! {
        #[test]
        fn parser_never_panics(input in "\\PC{0,70}") {
            let _ = parse_instant(&input, at(NOW), &Berlin);
            let _ = parse_duration(&input);
        }

        #[test]
        fn parser_never_panics_on_near_misses(input in "[-+0-9: .TtZz]{0,30}(ago|h|m|s|d)?") {
            let _ = parse_instant(&input, at(NOW), &New_York);
            let _ = parse_duration(&input);
        }

        #[test]
        fn parser_never_panics_on_word_salad(
            input in "(last |yesterday |today |mon |fri |noon |midnight |[0-9]{1,3}(:[0-9]{1,2})?(am|pm| am)? |[0-9.]{1,4} ?(min|hours|days|mo|s) |ago ){0,4}"
        ) {
            let _ = parse_instant(&input, at(NOW), &Berlin);
            let _ = parse_duration(&input);
        }
    }

    /// A generated time expression, its local (day, time of day) or its offset from now.
    #[derive(Debug, Clone)]
    enum Meaning {
        Local { day: Day, time: NaiveTime },
        Relative(i64),
    }

    #[derive(Debug, Clone, Copy)]
    enum Day {
        Back(i64),
        /// Counted from Monday (0).
        Weekday(i64),
    }

    /// Spells a time of day one of the ways the grammar accepts, or `None` when that way
    /// cannot write it (12-hour forms with seconds are written with minutes too).
    fn spell_time(time: NaiveTime, style: u8) -> String {
        let (h, m, s) = (time.hour(), time.minute(), time.second());
        let twelve = if h % 12 == 0 { 12 } else { h % 12 };
        let half = if h < 12 { "am" } else { "pm" };
        match style {
            0 if s == 0 => format!("{h:02}:{m:02}"),
            1 if s == 0 && m == 0 => format!("{twelve}{half}"),
            2 if s == 0 => format!("{twelve}:{m:02} {}", half.to_uppercase()),
            3 if (h, m, s) == (12, 0, 0) => "noon".into(),
            3 if (h, m, s) == (0, 0, 0) => "midnight".into(),
            4 => format!("{twelve}:{m:02}:{s:02}{half}"),
            _ => format!("{h}:{m:02}:{s:02}"),
        }
    }

    fn expression() -> impl proptest::strategy::Strategy<Value = (String, Meaning)> {
        use proptest::prelude::*;
        const WEEKDAYS: [&str; 7] = ["mon", "tuesday", "wed", "thurs", "fri", "saturday", "sun"];
        const UNITS: [(&str, i64); 8] = [
            ("s", 1),
            (" seconds", 1),
            ("min", 60),
            (" mins", 60),
            ("h", 3600),
            (" hour", 3600),
            ("d", 86_400),
            (" days", 86_400),
        ];
        let time = (0u32..24, 0u32..60, 0u32..60, any::<bool>())
            .prop_map(|(h, m, s, round)| {
                NaiveTime::from_hms_opt(h, if round { 0 } else { m }, if round { 0 } else { s })
            })
            .prop_filter_map("valid", |t| t);
        let day = prop_oneof![
            Just((String::new(), Day::Back(0))),
            Just(("today".to_owned(), Day::Back(0))),
            Just(("yesterday".to_owned(), Day::Back(1))),
            (0usize..7, any::<bool>()).prop_map(|(w, last)| {
                (format!("{}{}", if last { "last " } else { "" }, WEEKDAYS[w]), Day::Weekday(w as i64))
            }),
        ];
        let local = (day, time, 0u8..6, any::<bool>()).prop_map(|((day, meant_day), time, style, after)| {
            let clock = spell_time(time, style);
            let text = match (day.is_empty(), after) {
                (true, _) => clock,
                (false, true) => format!("{clock} {day}"),
                (false, false) => format!("{day} {clock}"),
            };
            (text, Meaning::Local { day: meant_day, time })
        });
        let ago = (0i64..5000, 0usize..UNITS.len()).prop_map(|(n, u)| {
            let (unit, secs) = UNITS[u];
            (format!("{n}{unit} ago"), Meaning::Relative(-n * secs))
        });
        prop_oneof![3 => local, 1 => ago]
    }

    /// The instant `meaning` names in `tz`, computed without the parser: `None` when the local
    /// time falls in a DST gap or overlap.
    fn meant<Tz: TimeZone>(meaning: &Meaning, now: Timestamp, tz: &Tz) -> Option<DateTime<FixedOffset>> {
        match meaning {
            Meaning::Relative(secs) => Some(now.plus(*secs).ok()?.to_utc().fixed_offset()),
            Meaning::Local { day, time } => {
                let today = now.to_utc().with_timezone(tz).date_naive();
                let back = match *day {
                    Day::Back(days) => days,
                    // 1 to 7 days back, never today.
                    Day::Weekday(wanted) => {
                        (i64::from(today.weekday().num_days_from_monday()) - wanted - 1).rem_euclid(7) + 1
                    }
                };
                let date = today - ChronoDuration::days(back);
                tz.from_local_datetime(&date.and_time(*time)).single().map(|t| t.fixed_offset())
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn every_accepted_form_is_the_instant_of_its_rfc3339_equivalent(
            (text, meaning) in expression(),
            now in 946_684_800i64..2_145_916_800,
            zone in 0usize..3,
        ) {
            let now = Timestamp::from_unix(now).expect("in range");
            let (zone, expected): (&dyn Zone, _) = match zone {
                0 => (&Utc, meant(&meaning, now, &Utc)),
                1 => (&Berlin, meant(&meaning, now, &Berlin)),
                _ => (&New_York, meant(&meaning, now, &New_York)),
            };
            let parsed = parse_instant(&text, now, zone);
            match expected {
                Some(instant) => {
                    let equivalent = parse_instant(&instant.to_rfc3339(), now, zone).expect("RFC 3339");
                    proptest::prop_assert_eq!(parsed, Ok(equivalent), "{} at {}", text, now);
                    proptest::prop_assert_eq!(equivalent.unix(), instant.timestamp());
                }
                None => {
                    let message = parsed.expect_err("a DST gap or overlap is refused").message().to_owned();
                    proptest::prop_assert!(message.contains("DST"), "{}: {}", text, message);
                }
            }
        }
    }

    #[test]
    fn posix_tz_rules_are_told_from_zone_names() {
        for rule in [
            "EST5",
            "UTC0",
            "<+0330>-3:30",
            "CET-1CEST,M3.5.0,M10.5.0/3",
            "EST5EDT,M3.2.0/2:00:00,M11.1.0/2",
            "NZST-12NZDT-13,M9.5.0,M4.1.0/3",
            "AAA3BBB,J60/2,300",
            " EST5 ",
        ] {
            assert!(is_posix_tz_rule(rule), "{rule}");
        }
        for name in [
            "",
            "UTC",
            "EST5EDT",
            "Mars/Olympus",
            "Europe/Berln",
            "EST",
            "ES5",
            "ESTABLISHED5",
            "EST24",
            "EST5:60",
            "<+03",
            "CET-1CEST",
            "CET-1CEST,M13.5.0,M10.5.0",
            "CET-1CEST,M3.6.0,M10.5.0",
            "CET-1CEST,M3.5.7,M10.5.0",
            "CET-1CEST,M3.5.0,M10.5.0/25",
            "CET-1CEST,M3.5.0",
            "CET-1CEST,M3.5.0,M10.5.0,",
            "AAA3BBB,J0,300",
            "EST5x",
            "EST5\u{0}",
        ] {
            assert!(!is_posix_tz_rule(name), "{name:?}");
        }
    }
}
