//! Class 5, time input: hostile time and duration expressions through every flag that takes
//! one, DST gaps and overlaps in several zones, and a property test that the parser never
//! panics and never returns an instant outside years 1–9999. `src/time.rs` unit-tests the
//! grammar itself (32 refused forms, DST in Berlin and New York, a never-panics property).

use std::path::PathBuf;

use chrono_tz::Tz;
use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};
use stint::time::{Timestamp, Zone, parse_duration, parse_instant};

use crate::harness::{Battery, Case, Class, Db, desk};
use crate::support::Env;

/// Expressions that are not a time: malformed, out of range, foreign digits, huge, junk.
const HOSTILE_TIMES: &[&str] = &[
    // malformed
    "",
    " ",
    "\t",
    "tomorrow",
    "12h00",
    "12.00",
    "2024/03/01",
    "01.03.2024",
    "03/01/2024",
    "2024-03-01T",
    "T10:00",
    "10:00:00.5",
    "10:00:00Z",
    "1710500000",
    "@1710500000",
    "-",
    "--",
    "-15",
    "+",
    "ago",
    "2h ago ago",
    "2 h ago",
    "now()",
    "NOW!",
    "today12:00",
    "yesterday\t17:00",
    "2024-03-01 10",
    "2024-03-01 10:0",
    "2024-3-1",
    "24-03-01",
    "2024-03-01T10:00:00+0100",
    "2024-03-01T10:00+01:00",
    "2024-03-01 10:00:00 +01:00",
    // out of range
    "0000-12-31",
    "10000-01-01",
    "2024-02-30",
    "2023-02-29",
    "2024-13-01",
    "2024-00-10",
    "24:00",
    "23:60",
    "23:59:60",
    "yesterday 25:00",
    "2024-03-01T25:00",
    "-36601d",
    "9999-12-31T23:59:59-14:00",
    "0001-01-01T00:00:00+14:00",
    "2024-03-01T10:00:00+24:00",
    // unicode digits and look-alikes
    "١٢:٠٠",
    "１２:００",
    "۱۲:۰۰",
    "１２:00",
    "2024-03-01 ０9:00",
    "12:00\u{200b}",
    "\u{feff}12:00",
    "12\u{2236}00",
    "\u{2212}15m",
    "\u{2013}15m",
    "Ⅻ:00",
    "-１h",
    // huge
    "-99999999999h",
    "-999999999999999999999m",
    "-9223372036854775808s",
    "-18446744073709551616s",
    "99999-01-01",
    "-99999999999999999999999999999999999999999999999999999999999999999999d",
    // leading and trailing junk
    "x12:00",
    "12:00x",
    "12:00;DROP TABLE users",
    "now'",
    "'now'",
    "2024-03-01 10:00 junk",
    "-15m junk",
    "15m ago!",
    "12:00 UTC",
    "2024-03-01T10:00:00Z[Europe/Berlin]",
    "now now",
    "--15m",
    "+-15m",
];

/// Expressions that are not a duration.
const HOSTILE_DURATIONS: &[&str] = &[
    "",
    "0x10m",
    "90",
    "m",
    "1.5",
    "1:3",
    "1:60",
    "1:30:60",
    "1:30:15:00",
    "1.2.3h",
    "1,5h",
    "1 h",
    "1h 30m",
    "1y",
    "1w",
    "PT1H",
    "36601d",
    "99999999999999999999h",
    "999999999999h",
    "-5m",
    "+5m",
    "1h1h",
    "1m1h",
    "١h",
    "１h",
    "1.5.h",
    ".h",
    "1e3m",
    "inf h",
    "NaNh",
    "0.0000001h",
    "1:",
    ":30",
    "h1",
    "1h30m junk",
];

/// A desk whose technician has a running timer (since 11:00) and one finished session.
fn desk_with_history() -> (Env, PathBuf, String) {
    let (env, tess) = desk();
    let done = env
        .cmd(&["timer", "manual", "--ticket", "1", "--from", "08:00", "--to", "09:00", "-q"])
        .on(&tess)
        .run();
    let id = done.ok().stdout.trim().to_owned();
    env.cmd(&["timer", "start", "--ticket", "2", "--at", "11:00"]).on(&tess).run().ok();
    (env, tess, id)
}

/// The flags that read a time, as `(command line, whose)`; `{}` is replaced by the input.
fn time_flags(id: &str) -> Vec<(Vec<String>, bool)> {
    let line = |parts: &[&str]| parts.iter().map(|p| p.replace("{ID}", &id[..8])).collect::<Vec<_>>();
    vec![
        (line(&["timer", "start", "--ticket", "1", "--at={}"]), true),
        (line(&["timer", "stop", "--at={}"]), true),
        (line(&["timer", "manual", "--ticket", "1", "--from={}", "--duration", "10m"]), true),
        (line(&["timer", "manual", "--ticket", "1", "--from", "07:00", "--to={}"]), true),
        (line(&["session", "edit", "{ID}", "--from={}"]), true),
        (line(&["session", "list", "--from={}"]), true),
        (line(&["session", "report", "--to={}"]), true),
        (line(&["audit", "list", "--since={}"]), false),
    ]
}

/// Input: each hostile time expression through three of the eight flags that read a time
/// (`timer start/stop --at`, `timer manual --from/--to`, `session edit --from`, `session
/// list --from`, `session report --to`, `audit list --since`), rotating so that every flag
/// sees every kind of input.
/// Expected: exit 2 with one line on stderr, nothing on stdout, the database byte-identical
/// (the running timer keeps running).
#[test]
fn hostile_time_expressions_are_refused_and_write_nothing() {
    let (env, tess, id) = desk_with_history();
    let flags = time_flags(&id);
    for (i, input) in HOSTILE_TIMES.iter().enumerate() {
        let case = Case::begin(Class::TimeInput, format!("time {input:?}"), &env.db);
        for k in [i, i + 3, i + 5] {
            let (template, as_tess) = &flags[k % flags.len()];
            let args: Vec<String> = template.iter().map(|a| a.replace("{}", input)).collect();
            let args: Vec<&str> = args.iter().map(String::as_str).collect();
            let client = if *as_tess { tess.clone() } else { env.default_client() };
            let run = env.cmd(&args).on(&client).run();
            run.fails(2, "");
            assert_eq!(run.stdout, "", "{input:?}");
        }
        case.end(Db::Identical);
    }
    env.cmd(&["timer", "status"]).on(&tess).run().ok();
}

/// Input: each hostile duration through two of `timer manual --duration`, `config set
/// timer.max_length`, `session report --round` and `auth login --ttl`.
/// Expected: exit 2 with one line, the database byte-identical.
#[test]
fn hostile_durations_are_refused_and_write_nothing() {
    let (env, tess, _) = desk_with_history();
    let flags: [(&[&str], bool, Option<&str>); 4] = [
        (&["timer", "manual", "--ticket", "1", "--from", "06:00", "--duration={}"], true, None),
        (&["config", "set", "timer.max_length", "{}"], false, None),
        (&["session", "report", "--round={}"], true, None),
        (&["auth", "login", "tess", "--password-stdin", "--ttl={}"], true, Some("tess-password\n")),
    ];
    for (i, input) in HOSTILE_DURATIONS.iter().enumerate() {
        let case = Case::begin(Class::TimeInput, format!("duration {input:?}"), &env.db);
        for k in [i, i + 1] {
            let (template, as_tess, stdin) = flags[k % flags.len()];
            let args: Vec<String> = template.iter().map(|a| a.replace("{}", input)).collect();
            let args: Vec<&str> = args.iter().map(String::as_str).collect();
            let client = if as_tess { tess.clone() } else { env.default_client() };
            let mut cmd = env.cmd(&args).on(&client);
            if let Some(stdin) = stdin {
                cmd = cmd.stdin(stdin);
            }
            let run = cmd.run();
            run.fails(2, "");
        }
        case.end(Db::Identical);
    }
}

/// Input: local times that a DST change skips or repeats, as dates, as clock times on the
/// day and as `yesterday` times: Berlin (1 h), New York, Lord Howe (30 min), São Paulo (a
/// skipped midnight, so even the bare date), through `timer manual --from` and `session list
/// --from`; then the offset the refusal suggests.
/// Expected: exit 2 "does not exist" or "happens twice ... give an offset", nothing written
/// (also for the first second of a gap); the first second after a change is accepted as the
/// one instant it is; the suggested RFC 3339 form with an offset is accepted.
#[test]
fn dst_gaps_and_overlaps_are_refused_with_a_hint() {
    let (mut env, tess) = desk();
    let rows: [(&str, &str, &str, &str); 12] = [
        ("Europe/Berlin", "2024-04-02T12:00:00Z", "2024-03-31 02:30", "does not exist"),
        ("Europe/Berlin", "2024-04-02T12:00:00Z", "2024-03-31 02:00", "does not exist"),
        ("Europe/Berlin", "2024-04-02T12:00:00Z", "2024-03-31 02:59:59", "does not exist"),
        ("Europe/Berlin", "2024-10-28T12:00:00Z", "2024-10-27 02:30", "happens twice"),
        ("Europe/Berlin", "2024-10-28T12:00:00Z", "2024-10-27 02:00", "happens twice"),
        ("Europe/Berlin", "2024-03-31T12:00:00Z", "02:30", "does not exist"),
        ("Europe/Berlin", "2024-10-28T12:00:00Z", "yesterday 02:15", "happens twice"),
        ("America/New_York", "2024-03-11T12:00:00Z", "2024-03-10 02:30", "does not exist"),
        ("America/New_York", "2024-11-04T12:00:00Z", "2024-11-03 01:30", "happens twice"),
        ("Australia/Lord_Howe", "2024-10-07T00:00:00Z", "2024-10-06 02:15", "does not exist"),
        ("Australia/Lord_Howe", "2024-04-08T00:00:00Z", "2024-04-07 01:45", "happens twice"),
        ("America/Sao_Paulo", "2018-11-05T12:00:00Z", "2018-11-04", "does not exist"),
    ];
    for (zone, now, input, needle) in rows {
        env.tz = zone.into();
        env.now = now.into();
        crate::harness::login(&env, &tess, "tess", "tess-password").ok();
        let case = Case::begin(Class::TimeInput, format!("{input:?} in {zone}"), &env.db);
        let from = format!("--from={input}");
        env.cmd(&["timer", "manual", "--ticket", "1", &from, "--duration", "10m"])
            .on(&tess)
            .run()
            .fails(2, needle);
        env.cmd(&["session", "list", &from]).on(&tess).run().fails(2, needle);
        case.end(Db::Unchanged);
    }
    for (zone, now, input, start) in [
        ("Europe/Berlin", "2024-10-28T12:00:00Z", "2024-10-27 03:00", "2024-10-27T02:00:00Z"),
        ("America/New_York", "2024-11-04T12:00:00Z", "2024-11-03 02:00", "2024-11-03T07:00:00Z"),
        ("Europe/Berlin", "2024-04-02T12:00:00Z", "2024-03-31 03:00", "2024-03-31T01:00:00Z"),
    ] {
        env.tz = zone.into();
        env.now = now.into();
        crate::harness::login(&env, &tess, "tess", "tess-password").ok();
        let case = Case::begin(
            Class::TimeInput,
            format!("{input:?} in {zone}, just after a change, is unique"),
            &env.db,
        );
        let from = format!("--from={input}");
        let made = env
            .cmd(&["timer", "manual", "--ticket", "1", &from, "--duration", "1s", "--format", "json"])
            .on(&tess)
            .run();
        assert_eq!(made.ok().json()["start"], start, "{zone} {input}");
        case.end(Db::Any);
    }
    let case = Case::begin(Class::TimeInput, "the offset a DST refusal suggests is accepted", &env.db);
    env.tz = "Europe/Berlin".into();
    env.now = "2024-10-28T12:00:00Z".into();
    crate::harness::login(&env, &tess, "tess", "tess-password").ok();
    let refused = env
        .cmd(&["timer", "manual", "--ticket", "1", "--from", "2024-10-27 02:30", "--duration", "10m"])
        .on(&tess)
        .run();
    refused.fails(2, "2024-10-27T02:30:00+01:00");
    let made = env
        .cmd(&[
            "timer",
            "manual",
            "--ticket",
            "1",
            "--from",
            "2024-10-27T02:30:00+01:00",
            "--duration",
            "10m",
            "--format",
            "json",
        ])
        .on(&tess)
        .run();
    assert_eq!(made.ok().json()["start"], "2024-10-27T01:30:00Z");
    case.end(Db::Any);
}

fn zones() -> [Tz; 6] {
    [
        chrono_tz::UTC,
        chrono_tz::Europe::Berlin,
        chrono_tz::America::New_York,
        chrono_tz::Australia::Lord_Howe,
        chrono_tz::America::Sao_Paulo,
        chrono_tz::Pacific::Kiritimati,
    ]
}

/// Pieces hostile input is made of: digits (ASCII and not), separators, units, words, signs.
fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        "[0-9]{1,4}",
        "[0-9]{5,25}",
        prop::sample::select(vec![
            "-",
            "+",
            ":",
            ".",
            " ",
            "T",
            "t",
            "Z",
            "z",
            "/",
            ",",
            "'",
            "\t",
            "h",
            "m",
            "s",
            "d",
            "ago",
            "now",
            "today",
            "yesterday",
            "١",
            "０",
            "\u{2212}",
            "\u{200b}",
            "+01:00",
            "-14:00",
            "+23:59",
            "9999",
            "0000",
            "24",
            "60",
            "59",
            "12",
            "02:30",
            "2024-03-31",
            "2024-10-27",
            "10000",
            "\u{0}",
        ])
        .prop_map(String::from),
    ]
}

/// Input: 512 generated near-miss expressions (1 to 8 pieces), six zones with DST gaps of an
/// hour, half an hour and at midnight, and `now` anywhere in years 1–9999.
/// Expected: the parser never panics; every accepted time lies in years 1–9999; a relative
/// time is exactly `now` minus the duration it names; every accepted duration is 0 to 100 years.
#[test]
fn the_time_parser_never_panics_or_leaves_the_range() {
    let case = Case::begin_without_file(Class::TimeInput, "property: 512 generated expressions in 6 zones");
    let mut runner = TestRunner::new(Config { cases: 512, failure_persistence: None, ..Config::default() });
    let inputs =
        (prop::collection::vec(piece(), 1..8), 0..6_usize, -62_135_596_800_i64..=253_402_300_799_i64);
    runner
        .run(&inputs, |(pieces, zone, now)| {
            let input: String = pieces.concat();
            let zone = zones()[zone];
            let now = Timestamp::from_unix(now).expect("in range");
            if let Ok(at) = parse_instant(&input, now, &zone as &dyn Zone) {
                prop_assert!(Timestamp::from_unix(at.unix()).is_ok());
            }
            if let Some(rest) = input.strip_prefix('-')
                && let (Ok(at), Ok(secs)) =
                    (parse_instant(&input, now, &zone as &dyn Zone), parse_duration(rest))
            {
                prop_assert_eq!(at.unix(), now.unix() - secs);
            }
            if let Ok(secs) = parse_duration(&input) {
                prop_assert!((0..=stint::time::MAX_DURATION_SECS).contains(&secs));
            }
            Ok(())
        })
        .unwrap_or_else(|e| panic!("{e}"));
    case.end(Db::Any);
}

/// Input: a `TZ` that names no zone (an unknown region, misspellings, a directory of zones, a
/// file that is not a zone file, a DST name without its rule, a rule with junk or out-of-range
/// fields), on every command that reads local times.
/// Expected: exit 2 naming `TZ` before anything is read or written (chrono would silently take
/// UTC, storing typed local times hours off); with `--utc` the same commands run.
#[test]
fn a_tz_that_names_no_zone_is_refused_everywhere() {
    let (mut env, tess) = desk();
    let zones = [
        "Mars/Olympus",
        "Europe/Berln",
        "europe/berlin",
        "Europe",
        "/etc/hostname",
        "/nonexistent/zone",
        ":Nowhere",
        "EST5EDT6",
        "CET-1CEST,M3.5.0",
        "CET-1CEST,M3.5.0,M13.5.0",
        "XX1",
        "EST99",
    ];
    let commands: [&[&str]; 4] = [
        &["timer", "start", "--ticket", "1", "--at", "09:00"],
        &["timer", "manual", "--ticket", "1", "--from", "2024-03-14 09:00", "--duration", "10m"],
        &["session", "list", "--from", "2024-03-14 09:00"],
        &["session", "report", "--week"],
    ];
    for zone in zones {
        env.tz = zone.into();
        for args in commands {
            let case = Case::begin(Class::TimeInput, format!("TZ={zone} for `{}`", args.join(" ")), &env.db);
            env.cmd(args).on(&tess).run().fails(2, &format!("TZ={zone}"));
            case.end(Db::Identical);
        }
        let case = Case::begin(Class::TimeInput, format!("TZ={zone} with --utc"), &env.db);
        env.cmd(&["--utc", "session", "list", "--from", "2024-03-14 09:00"]).on(&tess).run().ok();
        case.end(Db::Unchanged);
    }
}
