//! The user's time zone as data: resolved from `TZ` the way chrono reads it, written in a
//! compact header form, and built into a [`Zone`] with tz-rs, so every place that is given the
//! same [`ZoneSpec`] reads and shows local times identically.

use std::ffi::OsStr;
use std::io;
use std::path::{Path, PathBuf};

use base64::Engine as _;
use chrono::{FixedOffset, LocalResult, NaiveDateTime, Offset as _};

use crate::error::{Error, Result};
use crate::text::escape_for_terminal;
use crate::time::{Timestamp, Zone, is_posix_tz_rule};

/// The directories a zone name is looked up in, in chrono's order.
pub const ZONE_INFO_DIRECTORIES: [&str; 4] =
    ["/usr/share/zoneinfo", "/share/zoneinfo", "/etc/zoneinfo", "/usr/share/lib/zoneinfo"];

/// The system's zone file, used when `TZ` is unset or names `localtime`.
pub const LOCALTIME: &str = "/etc/localtime";

/// Zone files are a few KiB; anything larger is not one, and is not read whole.
pub const MAX_ZONE_FILE_BYTES: usize = 256 * 1024;

/// The longest header form accepted: a zone file of about 12 KiB, far above any real one.
pub const MAX_HEADER_BYTES: usize = 16 * 1024;

/// A time zone as the bytes that define it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ZoneSpec {
    Utc,
    /// A POSIX `TZ` rule such as `CET-1CEST,M3.5.0,M10.5.0/3`.
    Posix(String),
    /// The contents of a TZif zone file (RFC 8536).
    Tzif(Vec<u8>),
}

impl ZoneSpec {
    /// Resolves a `TZ` value as chrono's `Local` does: unset → [`LOCALTIME`] (UTC if there is
    /// none); empty, `UTC` or `:` → UTC; `:name`, an absolute path or a name under
    /// [`ZONE_INFO_DIRECTORIES`] → the first such file that exists; else a POSIX rule.
    ///
    /// `read` returns a file's bytes, `None` when there is no such file, and an error for
    /// anything that is there but is no readable regular file of at most
    /// [`MAX_ZONE_FILE_BYTES`]. chrono silently takes UTC for whatever it cannot read, so typed
    /// local times would be stored hours off: such a `TZ` is refused instead.
    pub fn from_tz(tz: Option<&OsStr>, read: impl Fn(&Path) -> io::Result<Option<Vec<u8>>>) -> Result<Self> {
        let Some(tz) = tz else {
            return match read(Path::new(LOCALTIME)) {
                Ok(None) => Ok(Self::Utc),
                Ok(Some(bytes)) if tz_zone_from_tzif(&bytes).is_ok() => Ok(Self::Tzif(bytes)),
                Ok(Some(_)) | Err(_) => Err(Error::invalid(format!(
                    "{LOCALTIME} is not a time zone file; set TZ to a zone such as Europe/Berlin, or use --utc"
                ))),
            };
        };
        let Some(tz) = tz.to_str() else {
            return Err(Error::invalid("TZ is not valid UTF-8; set it to a zone such as Europe/Berlin"));
        };
        let (name, file_only) = match tz.strip_prefix(':') {
            Some(name) => (name, true),
            None => (tz, false),
        };
        if name.is_empty() || name == "UTC" {
            return Ok(Self::Utc);
        }
        let shown = escape_for_terminal(tz);
        let refuse = |why: String| {
            Error::invalid(format!("TZ={shown} {why}; set TZ to a zone such as Europe/Berlin, or use --utc"))
        };
        let candidates: Vec<PathBuf> = if name == "localtime" && !file_only {
            vec![PathBuf::from(LOCALTIME)]
        } else if name.starts_with('/') {
            vec![PathBuf::from(name)]
        } else {
            ZONE_INFO_DIRECTORIES.iter().map(|d| Path::new(d).join(name)).collect()
        };
        for path in candidates {
            let file = escape_for_terminal(&path.display().to_string());
            return match read(&path) {
                Ok(None) => continue,
                Ok(Some(bytes)) if tz_zone_from_tzif(&bytes).is_ok() => Ok(Self::Tzif(bytes)),
                Ok(Some(_)) | Err(_) => Err(refuse(format!("names {file}, which is not a time zone file"))),
            };
        }
        if file_only {
            return Err(refuse("names no time zone file".into()));
        }
        let rule = name.trim_matches(|c: char| c.is_ascii_whitespace());
        if is_posix_tz_rule(rule) && tz_zone_from_posix(rule).is_ok() {
            return Ok(Self::Posix(rule.to_owned()));
        }
        Err(refuse("names no time zone: no such zone file, and not a POSIX TZ rule".into()))
    }

    /// The header form: `utc`, `posix:<rule>` or `tzif:<base64 of the file>`.
    pub fn to_header(&self) -> String {
        match self {
            Self::Utc => "utc".into(),
            Self::Posix(rule) => format!("posix:{rule}"),
            Self::Tzif(bytes) => format!("tzif:{}", base64::engine::general_purpose::STANDARD.encode(bytes)),
        }
    }

    /// Reads the header form back, refusing anything that does not build a zone.
    pub fn parse_header(text: &str) -> Result<Self> {
        if text.len() > MAX_HEADER_BYTES {
            return Err(Error::invalid(format!("the zone is longer than {} KiB", MAX_HEADER_BYTES / 1024)));
        }
        let spec = if text == "utc" {
            Self::Utc
        } else if let Some(rule) = text.strip_prefix("posix:") {
            // Only the exact form `from_tz` produces: a trimmed rule, never a file name.
            if rule.trim_matches(|c: char| c.is_ascii_whitespace()) != rule || !is_posix_tz_rule(rule) {
                return Err(Error::invalid("the zone is not a valid POSIX TZ rule"));
            }
            Self::Posix(rule.to_owned())
        } else if let Some(data) = text.strip_prefix("tzif:") {
            let bytes = base64::engine::general_purpose::STANDARD
                .decode(data)
                .map_err(|_| Error::invalid("the zone file is not valid base64"))?;
            Self::Tzif(bytes)
        } else {
            return Err(Error::invalid("the zone is not utc, posix:<rule> or tzif:<base64>"));
        };
        spec.zone()?;
        Ok(spec)
    }

    /// The zone rules this spec defines.
    pub fn zone(&self) -> Result<Box<dyn Zone + Send + Sync>> {
        match self {
            Self::Utc => Ok(Box::new(chrono::Utc)),
            Self::Posix(rule) => Ok(Box::new(tz_zone_from_posix(rule)?)),
            Self::Tzif(bytes) => Ok(Box::new(tz_zone_from_tzif(bytes)?)),
        }
    }
}

/// A zone read by tz-rs, with the distinct offsets it can ever be at.
struct TzZone {
    tz: tz::TimeZone,
    /// Largest first, so the instants a wall time maps to come out earliest first.
    offsets: Vec<i32>,
}

fn tz_zone_from_tzif(bytes: &[u8]) -> Result<TzZone> {
    let tz = tz::TimeZone::from_tz_data(bytes)
        .map_err(|_| Error::invalid("the zone file is not a valid TZif file"))?;
    TzZone::new(tz)
}

fn tz_zone_from_posix(rule: &str) -> Result<TzZone> {
    let bad = || Error::invalid("the zone is not a valid POSIX TZ rule");
    if !is_posix_tz_rule(rule) {
        return Err(bad());
    }
    // No directories and a reader that finds nothing: a rule is never taken for a file name.
    let no_files = tz::TimeZoneSettings::new(&[], |_| Err("a POSIX rule names no file".into()));
    let tz = no_files.parse_posix_tz(rule).map_err(|_| bad())?;
    TzZone::new(tz)
}

impl TzZone {
    fn new(tz: tz::TimeZone) -> Result<Self> {
        let mut offsets: Vec<i32> = tz.as_ref().local_time_types().iter().map(|t| t.ut_offset()).collect();
        // chrono's FixedOffset holds less than a day either way.
        if offsets.iter().any(|o| o.unsigned_abs() >= 86_400) {
            return Err(Error::invalid("the zone has an offset of a day or more"));
        }
        offsets.sort_unstable_by(|a, b| b.cmp(a));
        offsets.dedup();
        Ok(Self { tz, offsets })
    }

    /// Seconds east of UTC at `unix`. A file without a rule for times after its last
    /// transition keeps that transition's offset, as zone readers do.
    fn offset_secs(&self, unix: i64) -> i32 {
        if let Ok(local) = self.tz.find_local_time_type(unix) {
            return local.ut_offset();
        }
        let zone = self.tz.as_ref();
        let index = zone.transitions().last().map_or(0, |t| t.local_time_type_index());
        zone.local_time_types().get(index).map_or(0, |t| t.ut_offset())
    }
}

impl Zone for TzZone {
    fn offset_at(&self, at: Timestamp) -> FixedOffset {
        fixed(self.offset_secs(at.unix()))
    }

    /// The offsets that give back `local`: each offset the zone ever has is tried, so no change
    /// is missed however close to another, and the edges of a change come out exact.
    fn offsets_of_local(&self, local: NaiveDateTime) -> LocalResult<FixedOffset> {
        let wall = local.and_utc().timestamp();
        let valid: Vec<i32> = self
            .offsets
            .iter()
            .copied()
            .filter(|&offset| {
                wall.checked_sub(i64::from(offset)).is_some_and(|at| self.offset_secs(at) == offset)
            })
            .collect();
        match valid[..] {
            [] => LocalResult::None,
            [offset] => LocalResult::Single(fixed(offset)),
            [earliest, .., latest] => LocalResult::Ambiguous(fixed(earliest), fixed(latest)),
        }
    }
}

/// `TzZone::new` refused offsets `FixedOffset` cannot hold, so UTC is never taken here.
fn fixed(secs: i32) -> FixedOffset {
    FixedOffset::east_opt(secs).unwrap_or_else(|| chrono::Utc.fix())
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{Duration, NaiveDate, TimeZone as _};
    use proptest::prelude::*;

    fn system_file(name: &str) -> ZoneSpec {
        let path = Path::new(ZONE_INFO_DIRECTORIES[0]).join(name);
        ZoneSpec::Tzif(std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display())))
    }

    fn local_result(result: LocalResult<FixedOffset>) -> Vec<i32> {
        match result {
            LocalResult::None => vec![],
            LocalResult::Single(a) => vec![a.local_minus_utc()],
            LocalResult::Ambiguous(a, b) => vec![a.local_minus_utc(), b.local_minus_utc()],
        }
    }

    /// Every instant and every wall time of `years`, in `step` minutes, agrees with chrono-tz.
    fn agrees_with(
        spec: &ZoneSpec,
        reference: impl chrono::TimeZone,
        years: std::ops::Range<i32>,
        step: i64,
    ) {
        let zone = spec.zone().expect("builds");
        let start =
            NaiveDate::from_ymd_opt(years.start, 1, 1).expect("date").and_hms_opt(0, 0, 0).expect("time");
        let end = NaiveDate::from_ymd_opt(years.end, 1, 1).expect("date").and_hms_opt(0, 0, 0).expect("time");
        let (mut gaps, mut overlaps) = (0, 0);
        let mut t = start;
        while t < end {
            let at = Timestamp::from_unix(t.and_utc().timestamp()).expect("in range");
            let expected = reference.offset_from_utc_datetime(&t).fix();
            assert_eq!(zone.offset_at(at), expected, "offset at {t}Z");
            let got = local_result(zone.offsets_of_local(t));
            let want = local_result(reference.offset_from_local_datetime(&t).map(|o| o.fix()));
            assert_eq!(got, want, "offsets of local {t}");
            gaps += usize::from(got.is_empty());
            overlaps += usize::from(got.len() == 2);
            t += Duration::minutes(step);
        }
        assert!(
            gaps > 0 && overlaps > 0,
            "the range crosses DST changes ({gaps} gap, {overlaps} overlap steps)"
        );
    }

    fn at(rfc: &str) -> Timestamp {
        Timestamp::from_unix(chrono::DateTime::parse_from_rfc3339(rfc).expect("fixture").timestamp())
            .expect("range")
    }

    fn wall(text: &str) -> NaiveDateTime {
        NaiveDateTime::parse_from_str(text, "%Y-%m-%d %H:%M:%S").expect("fixture")
    }

    #[test]
    fn berlin_and_new_york_files_match_chrono_tz_every_half_hour() {
        agrees_with(&system_file("Europe/Berlin"), chrono_tz::Europe::Berlin, 2022..2026, 30);
        agrees_with(&system_file("America/New_York"), chrono_tz::America::New_York, 2022..2026, 30);
    }

    #[test]
    fn the_posix_rule_for_central_europe_matches_berlin() {
        let rule = ZoneSpec::Posix("CET-1CEST,M3.5.0,M10.5.0/3".into());
        agrees_with(&rule, chrono_tz::Europe::Berlin, 2023..2026, 15);
        agrees_with(
            &ZoneSpec::Posix("EST5EDT,M3.2.0,M11.1.0".into()),
            chrono_tz::America::New_York,
            2023..2025,
            30,
        );
    }

    /// The seconds at the edges of a change, where readers of zone files go wrong.
    #[test]
    fn the_edges_of_a_change_are_exact() {
        for spec in [system_file("Europe/Berlin"), ZoneSpec::Posix("CET-1CEST,M3.5.0,M10.5.0/3".into())] {
            let zone = spec.zone().expect("builds");
            let offsets = |text: &str| local_result(zone.offsets_of_local(wall(text)));
            assert_eq!(offsets("2024-03-31 01:59:59"), [3600]);
            assert_eq!(offsets("2024-03-31 02:00:00"), Vec::<i32>::new());
            assert_eq!(offsets("2024-03-31 02:59:59"), Vec::<i32>::new());
            assert_eq!(offsets("2024-03-31 03:00:00"), [7200]);
            assert_eq!(offsets("2024-10-27 01:59:59"), [7200]);
            assert_eq!(offsets("2024-10-27 02:00:00"), [7200, 3600], "earliest instant first");
            assert_eq!(offsets("2024-10-27 02:59:59"), [7200, 3600]);
            assert_eq!(offsets("2024-10-27 03:00:00"), [3600]);
            assert_eq!(zone.offset_at(at("2024-03-31T00:59:59Z")).local_minus_utc(), 3600);
            assert_eq!(zone.offset_at(at("2024-03-31T01:00:00Z")).local_minus_utc(), 7200);
            assert_eq!(zone.offset_at(at("2024-10-27T00:59:59Z")).local_minus_utc(), 7200);
            assert_eq!(zone.offset_at(at("2024-10-27T01:00:00Z")).local_minus_utc(), 3600);
        }
    }

    #[test]
    fn utc_is_utc() {
        let zone = ZoneSpec::Utc.zone().expect("builds");
        assert_eq!(zone.offset_at(at("2024-07-01T12:00:00Z")).local_minus_utc(), 0);
        assert_eq!(local_result(zone.offsets_of_local(wall("2024-03-31 02:30:00"))), [0]);
    }

    #[test]
    fn the_header_form_round_trips() {
        for spec in [
            ZoneSpec::Utc,
            ZoneSpec::Posix("CET-1CEST,M3.5.0,M10.5.0/3".into()),
            ZoneSpec::Posix("<+0330>-3:30".into()),
            system_file("Europe/Berlin"),
            system_file("America/New_York"),
        ] {
            let header = spec.to_header();
            assert!(header.len() <= MAX_HEADER_BYTES, "{} bytes", header.len());
            assert!(header.bytes().all(|b| b.is_ascii_graphic()), "{header}");
            assert_eq!(ZoneSpec::parse_header(&header).expect("reads back"), spec);
        }
    }

    #[test]
    fn bad_header_forms_are_refused() {
        let huge = format!("tzif:{}", "A".repeat(MAX_HEADER_BYTES));
        let not_tzif =
            format!("tzif:{}", base64::engine::general_purpose::STANDARD.encode(b"TZif but not really"));
        for text in [
            "",
            "UTC",
            "Utc",
            "utc ",
            "posix:",
            "posix:Europe/Berlin",
            "posix: EST5",
            "posix:EST5 ",
            "posix:CET-1CEST",
            "posix::EST5",
            "posix:/etc/localtime",
            "tzif:",
            "tzif:!!!!",
            "tzif:QUJD",
            &not_tzif,
            &huge,
        ] {
            let error = ZoneSpec::parse_header(text).expect_err(text);
            assert_eq!(error.kind(), crate::ErrorKind::Invalid, "{text}");
        }
    }

    /// A reader over a fixed set of files; `Err` for a path that is there but is no file.
    fn files(entries: &[(&str, Option<&[u8]>)]) -> impl Fn(&Path) -> io::Result<Option<Vec<u8>>> + use<> {
        let entries: Vec<(PathBuf, Option<Vec<u8>>)> =
            entries.iter().map(|(p, b)| (PathBuf::from(p), b.map(<[u8]>::to_vec))).collect();
        move |path| match entries.iter().find(|(p, _)| p == path) {
            None => Ok(None),
            Some((_, Some(bytes))) => Ok(Some(bytes.clone())),
            Some((_, None)) => Err(io::Error::other("not a regular file")),
        }
    }

    fn resolve(tz: Option<&str>, read: &impl Fn(&Path) -> io::Result<Option<Vec<u8>>>) -> Result<ZoneSpec> {
        ZoneSpec::from_tz(tz.map(OsStr::new), read)
    }

    #[test]
    fn tz_resolves_as_chrono_reads_it() {
        let ZoneSpec::Tzif(berlin) = system_file("Europe/Berlin") else { unreachable!() };
        let read = files(&[
            ("/etc/localtime", Some(&berlin)),
            ("/etc/zoneinfo/Europe/Berlin", Some(&berlin)),
            ("/usr/share/zoneinfo/localtime", Some(&berlin)),
            ("/zones/berlin", Some(&berlin)),
            ("/usr/share/zoneinfo/EST5", Some(&berlin)),
        ]);
        let tzif = ZoneSpec::Tzif(berlin.clone());
        for tz in ["", ":", "UTC", ":UTC"] {
            assert_eq!(resolve(Some(tz), &read).expect(tz), ZoneSpec::Utc, "TZ={tz}");
        }
        for tz in
            ["Europe/Berlin", ":Europe/Berlin", "/zones/berlin", ":/zones/berlin", "localtime", ":localtime"]
        {
            assert_eq!(resolve(Some(tz), &read).expect(tz), tzif, "TZ={tz}");
        }
        assert_eq!(resolve(None, &read).expect("unset"), tzif);
        assert_eq!(resolve(None, &files(&[])).expect("unset"), ZoneSpec::Utc, "no /etc/localtime: UTC");
        // A file of the name wins over the rule, as in chrono.
        assert_eq!(resolve(Some("EST5"), &read).expect("file"), tzif);
        assert_eq!(resolve(Some("EST5"), &files(&[])).expect("rule"), ZoneSpec::Posix("EST5".into()));
        assert_eq!(resolve(Some(" EST5 "), &files(&[])).expect("rule"), ZoneSpec::Posix("EST5".into()));
    }

    #[test]
    fn tz_naming_nothing_readable_is_refused() {
        let read = files(&[
            ("/dev/zero", None),
            ("/usr/share/zoneinfo/America", None),
            ("/etc/hostname", Some(b"desk\n")),
            ("/etc/localtime", Some(b"TZif garbage")),
        ]);
        let suffix = "; set TZ to a zone such as Europe/Berlin, or use --utc";
        for (tz, why) in [
            ("/dev/zero", "names /dev/zero, which is not a time zone file"),
            (":/dev/zero", "names /dev/zero, which is not a time zone file"),
            ("America", "names /usr/share/zoneinfo/America, which is not a time zone file"),
            ("/etc/hostname", "names /etc/hostname, which is not a time zone file"),
            ("localtime", "names /etc/localtime, which is not a time zone file"),
            (":EST5", "names no time zone file"),
            ("Nowhere/Nothing", "names no time zone: no such zone file, and not a POSIX TZ rule"),
            ("CET-1CEST", "names no time zone: no such zone file, and not a POSIX TZ rule"),
        ] {
            let error = resolve(Some(tz), &read).expect_err(tz);
            assert_eq!(error.to_string(), format!("TZ={tz} {why}{suffix}"));
        }
        let error = resolve(None, &read).expect_err("garbage localtime");
        assert!(error.to_string().contains("/etc/localtime is not a time zone file"), "{error}");
        use std::os::unix::ffi::OsStrExt;
        let error = ZoneSpec::from_tz(Some(OsStr::from_bytes(b"\xff")), &read).expect_err("not UTF-8");
        assert_eq!(error.to_string(), "TZ is not valid UTF-8; set it to a zone such as Europe/Berlin");
    }

    proptest! {
        #[test]
        fn files_match_chrono_tz_at_any_minute(minutes in 3_000_000_i64..35_000_000, new_york in any::<bool>()) {
            let t = chrono::DateTime::from_timestamp(minutes * 60, 0).expect("range").naive_utc();
            let spec = system_file(if new_york { "America/New_York" } else { "Europe/Berlin" });
            let zone = spec.zone().expect("builds");
            let at = Timestamp::from_unix(minutes * 60).expect("range");
            let (offset, local) = if new_york {
                let tz = chrono_tz::America::New_York;
                (tz.offset_from_utc_datetime(&t).fix(), tz.offset_from_local_datetime(&t).map(|o| o.fix()))
            } else {
                let tz = chrono_tz::Europe::Berlin;
                (tz.offset_from_utc_datetime(&t).fix(), tz.offset_from_local_datetime(&t).map(|o| o.fix()))
            };
            prop_assert_eq!(zone.offset_at(at), offset);
            prop_assert_eq!(local_result(zone.offsets_of_local(t)), local_result(local));
        }

        #[test]
        fn the_header_parser_never_panics(text in ".{0,64}", bytes in proptest::collection::vec(any::<u8>(), 0..512)) {
            let _ = ZoneSpec::parse_header(&text);
            let _ = ZoneSpec::parse_header(&format!("posix:{text}"));
            let encoded = base64::engine::general_purpose::STANDARD.encode(&bytes);
            let _ = ZoneSpec::parse_header(&format!("tzif:{encoded}"));
            let mut tzif = b"TZif2".to_vec();
            tzif.extend(&bytes);
            let encoded = base64::engine::general_purpose::STANDARD.encode(&tzif);
            if let Ok(spec) = ZoneSpec::parse_header(&format!("tzif:{encoded}")) {
                let zone = spec.zone().expect("a parsed spec builds");
                let _ = zone.offsets_of_local(wall("2024-03-31 02:30:00"));
            }
        }
    }
}
