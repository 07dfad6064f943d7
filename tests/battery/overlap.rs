//! Class 6, overlap and timer edge cases: candidates touching, identical to, inside, around
//! and one second over either edge of a session; a running timer's open end; edits that make
//! or remove overlaps; imports with one bad record among 200. `tests/cli` covers touching on
//! both sides, one overlapping manual entry and edit, identical intervals of two users, and one
//! import with three bad records.

use std::path::Path;

use serde_json::Value;

use crate::harness::{Battery, Case, Class, Db, desk, rfc3339, unix, user_client};
use crate::support::{Env, Run};

fn today(clock: &str) -> String {
    format!("2024-03-15 {clock}")
}

fn manual(env: &Env, client: &Path, from: &str, to: &str) -> Run {
    env.cmd(&["timer", "manual", "--ticket", "1", "--from", &today(from), "--to", &today(to), "-q"])
        .on(client)
        .run()
}

fn sv(parts: &[&str]) -> Vec<String> {
    parts.iter().map(|p| (*p).to_owned()).collect()
}

fn id_of(run: &Run) -> String {
    run.ok().stdout.trim().to_owned()
}

/// Input: a session [10:00, 11:00) and manual candidates around it, each alone.
/// Expected: touching or one second apart is accepted (exit 0); identical, inside, around, and
/// one second over either edge is exit 6 "would overlap work session <id>" and writes nothing;
/// an empty or backwards interval is exit 2.
#[test]
fn manual_sessions_around_one_session() {
    let (env, tess) = desk();
    let reference = id_of(&manual(&env, &tess, "10:00", "11:00"));
    let rows: [(&str, &str, &str, i32); 16] = [
        ("touching before", "09:00", "10:00", 0),
        ("touching after", "11:00", "11:30", 0),
        ("a second apart before", "09:00", "09:59:59", 0),
        ("a second apart after", "11:00:01", "11:30", 0),
        ("identical", "10:00", "11:00", 6),
        ("inside", "10:15", "10:45", 6),
        ("around", "09:00", "11:30", 6),
        ("one second over the start", "09:00", "10:00:01", 6),
        ("one second over the end", "10:59:59", "11:30", 6),
        ("the first second", "10:00", "10:00:01", 6),
        ("the last second", "10:59:59", "11:00", 6),
        ("same start, shorter", "10:00", "10:30", 6),
        ("same end, later start", "10:30", "11:00", 6),
        ("same start, longer", "10:00", "11:30", 6),
        ("empty", "10:30", "10:30", 2),
        ("backwards", "10:45", "10:15", 2),
    ];
    for (what, from, to, code) in rows {
        let case =
            Case::begin(Class::Overlap, format!("manual [{from}, {to}) vs [10:00, 11:00): {what}"), &env.db);
        let run = manual(&env, &tess, from, to);
        match code {
            0 => {
                let id = id_of(&run);
                env.cmd(&["session", "delete", &id, "--yes"]).on(&tess).run().ok();
                case.end(Db::Any);
            }
            6 => {
                run.fails(6, &format!("would overlap work session {}", &reference[..8]));
                case.end(Db::Unchanged);
            }
            _ => {
                run.fails(code, "must be after the start");
                case.end(Db::Unchanged);
            }
        }
    }
}

/// Input: `timer start --at` into, before and at the end of a finished session; then, with a
/// timer running since 11:00, manual sessions after its start, edits into it, a second start
/// and a stop before its start.
/// Expected: a back-dated start inside or before the session is exit 6 (a running timer
/// reaches to infinity), at its end exit 0; anything at or after the running timer's start is
/// exit 6 naming it; a stop before the start is exit 2 and the timer keeps running.
#[test]
fn a_running_timer_occupies_everything_after_its_start() {
    let (env, tess) = desk();
    let reference = id_of(&manual(&env, &tess, "10:00", "11:00"));
    for (at, code) in [("10:30", 6), ("10:59:59", 6), ("09:59", 6), ("11:00", 0)] {
        let case = Case::begin(Class::Overlap, format!("`timer start --at {at}` vs [10:00, 11:00)"), &env.db);
        let run = env.cmd(&["timer", "start", "--ticket", "2", "--at", &today(at)]).on(&tess).run();
        if code == 0 {
            run.ok();
            case.end(Db::Any);
        } else {
            run.fails(6, &reference[..8]);
            case.end(Db::Unchanged);
        }
    }
    let running = env.cmd(&["timer", "status", "--format", "json"]).on(&tess).run().ok().json();
    let running_id = running["work_session_id"].as_str().expect("running id").to_owned();
    let short = &running_id[..8];
    let rows: [(&str, Vec<String>, i32, &str); 10] = [
        ("manual across the running start", sv(&["manual", "10:30", "11:30"]), 6, ""),
        ("manual after the running start", sv(&["manual", "11:30", "11:45"]), 6, short),
        ("manual at the running start", sv(&["manual", "11:00", "11:00:01"]), 6, short),
        ("manual just before now", sv(&["manual", "11:59", "12:00"]), 6, short),
        ("a second timer", sv(&["timer", "start", "--ticket", "1"]), 6, "already running"),
        (
            "the finished session's end into the timer",
            sv(&["edit", &reference[..8], "--to", &today("11:00:01")]),
            6,
            short,
        ),
        (
            "the timer's start into the finished session",
            sv(&["edit", short, "--from", &today("10:59:59")]),
            6,
            &reference[..8],
        ),
        (
            "the timer's start before the finished session",
            sv(&["edit", short, "--from", &today("09:00")]),
            6,
            &reference[..8],
        ),
        (
            "a stop before the start",
            sv(&["timer", "stop", "--at", &today("10:59")]),
            2,
            "before the timer's start",
        ),
        (
            "an end for a running timer by edit",
            sv(&["edit", short, "--to", &today("11:30")]),
            6,
            "timer stop --at",
        ),
    ];
    for (what, spec, code, needle) in rows {
        let case = Case::begin(Class::Overlap, format!("running since 11:00: {what}"), &env.db);
        let run = match spec[0].as_str() {
            "manual" => manual(&env, &tess, &spec[1], &spec[2]),
            "edit" => {
                let mut args = vec!["session", "edit"];
                args.extend(spec[1..].iter().map(String::as_str));
                env.cmd(&args).on(&tess).run()
            }
            _ => env.cmd(&spec.iter().map(String::as_str).collect::<Vec<_>>()).on(&tess).run(),
        };
        run.fails(code, needle);
        case.end(Db::Unchanged);
    }
    let case = Case::begin(Class::Overlap, "running since 11:00: a session entirely before both", &env.db);
    manual(&env, &tess, "08:00", "09:00").ok();
    env.cmd(&["timer", "status"]).on(&tess).run().ok();
    case.end(Db::Any);
}

/// Input: touching sessions A [08:00, 09:00), B [09:00, 10:00), C [10:00, 11:00), D [11:00,
/// 11:30); edits that push an edge one second into a neighbour, swallow one, land inside
/// one, jump over others to free time, shrink to free time and then extend into it, delete a
/// session and take its place; and the same edit by a supervisor on the technician's behalf.
/// Expected: every edit that would overlap is exit 6 naming the neighbour and changes
/// nothing; every other is exit 0 with duration = end - start; invariants hold throughout.
#[test]
fn edits_that_make_or_remove_overlaps() {
    let (env, tess) = desk();
    let a = id_of(&manual(&env, &tess, "08:00", "09:00"));
    let b = id_of(&manual(&env, &tess, "09:00", "10:00"));
    let c = id_of(&manual(&env, &tess, "10:00", "11:00"));
    let d = id_of(&manual(&env, &tess, "11:00", "11:30"));
    let sue = user_client(&env, "sue", "supervisor");
    let (a, b, c, d) = (&a[..8], &b[..8], &c[..8], &d[..8]);
    let rows: [(&str, &str, &[&str], i32, &str); 14] = [
        ("A's end one second into B", a, &["--to", "09:00:01"], 6, b),
        ("B's start one second into A", b, &["--from", "08:59:59"], 6, a),
        ("B's end one second into C", b, &["--to", "10:00:01"], 6, c),
        ("B swallowing A", b, &["--from", "08:00", "--to", "10:00"], 6, a),
        ("A moved inside B", a, &["--from", "09:30", "--to", "09:45"], 6, b),
        ("A moved onto C exactly", a, &["--from", "10:00", "--to", "11:00"], 6, c),
        ("A shrunk to [08:00, 08:30)", a, &["--to", "08:30"], 0, ""),
        ("B extended into the freed half hour", b, &["--from", "08:30"], 0, ""),
        ("A jumping over B, C and D", a, &["--from", "11:30", "--to", "11:45"], 0, ""),
        ("A back before B, touching it", a, &["--from", "08:00", "--to", "08:30"], 0, ""),
        ("D made empty", d, &["--to", "11:00"], 2, "must be after the start"),
        ("B with the times it has", b, &["--from", "08:30", "--to", "10:00"], 0, ""),
        ("C stretched over D", c, &["--to", "11:15"], 6, d),
        ("C moved an hour back into A and B", c, &["--from", "08:15", "--to", "09:15"], 6, b),
    ];
    for (what, id, change, code, needle) in rows {
        let case = Case::begin(Class::Overlap, format!("edit: {what}"), &env.db);
        let mut args = vec!["session", "edit", id];
        let times: Vec<String> =
            change.iter().map(|c| if c.contains(':') { today(c) } else { (*c).to_owned() }).collect();
        args.extend(times.iter().map(String::as_str));
        let run = env.cmd(&args).on(&tess).run();
        if code == 0 {
            run.ok();
            case.end(Db::Any);
        } else {
            run.fails(code, needle);
            case.end(Db::Unchanged);
        }
    }
    let case = Case::begin(Class::Overlap, "delete C, then B takes its place", &env.db);
    env.cmd(&["session", "delete", c, "--yes"]).on(&tess).run().ok();
    env.cmd(&["session", "edit", b, "--to", &today("11:00")]).on(&tess).run().ok();
    case.end(Db::Any);
    let case =
        Case::begin(Class::Overlap, "a supervisor's correction into an overlap is refused too", &env.db);
    env.cmd(&["session", "edit", b, "--user", "tess", "--to", &today("11:00:01")]).on(&sue).run().fails(6, d);
    case.end(Db::Unchanged);
    let listed = env.cmd(&["session", "list", "--format", "json"]).on(&tess).run().ok().json();
    for s in listed.as_array().expect("array") {
        let (start, end) = (unix(s["start"].as_str().expect("start")), unix(s["end"].as_str().expect("end")));
        assert_eq!(s["duration_seconds"].as_i64(), Some(end - start), "{s}");
    }
}

/// 200 good records for tess, one hour each, on February days, as CSV lines after a header.
fn good_records() -> Vec<String> {
    let base = unix("2024-02-01T00:00:00Z");
    (0..200)
        .map(|i| format!("tess,1,{},{},good {i}", rfc3339(base + i * 7200), rfc3339(base + i * 7200 + 3600)))
        .collect()
}

/// Input: 200 good records with one bad record first, in the middle or last: an overlap with a
/// stored session, an overlap with an earlier record of the same file, a second running
/// record, an end before the start, an end in the future, an unknown ticket, a closed ticket,
/// an unknown user, a session longer than `timer.max_length`, a malformed time, an existing
/// session id, a `duration_seconds` that disagrees, and a zero-length record inside another
/// (which is fine); CSV, and the overlap also as NDJSON and JSON.
/// Expected: exit 6 (conflicts) or 2 (invalid) naming the bad record's line or number, and
/// nothing written at all; the good records alone then import; the empty record is accepted.
#[test]
fn imports_with_one_bad_record_among_two_hundred() {
    let (env, tess) = desk();
    let stored = id_of(&manual(&env, &tess, "10:00", "11:00"));
    let header = "user,ticket,start,end,note";
    let good = good_records();
    let bad: [(&str, String, i32, &str); 11] = [
        (
            "an overlap with a stored session",
            "tess,1,2024-03-15T10:30:00Z,2024-03-15T11:30:00Z,bad".into(),
            6,
            "would overlap",
        ),
        (
            "an overlap with an earlier record",
            "tess,1,2024-02-01T00:30:00Z,2024-02-01T00:45:00Z,bad".into(),
            6,
            "would overlap",
        ),
        (
            "an end before the start",
            "tess,1,2024-03-14T10:00:00Z,2024-03-14T09:00:00Z,bad".into(),
            2,
            "the end is before the start",
        ),
        (
            "an end in the future",
            "tess,1,2024-03-15T11:30:00Z,2024-03-15T12:30:00Z,bad".into(),
            2,
            "in the future",
        ),
        (
            "an unknown ticket",
            "tess,99,2024-03-14T10:00:00Z,2024-03-14T11:00:00Z,bad".into(),
            2,
            "no ticket #99",
        ),
        ("a closed ticket", "tess,3,2024-03-14T10:00:00Z,2024-03-14T11:00:00Z,bad".into(), 2, "closed"),
        ("an unknown user", "ghost,1,2024-03-14T10:00:00Z,2024-03-14T11:00:00Z,bad".into(), 2, "ghost"),
        (
            "a session over timer.max_length",
            "tess,1,2024-03-10T00:00:00Z,2024-03-10T12:00:01Z,bad".into(),
            2,
            "timer.max_length",
        ),
        ("a malformed time", "tess,1,2024-03-14 10:00,2024-03-14T11:00:00Z,bad".into(), 2, "RFC 3339"),
        (
            "a running record before stored sessions",
            "tess,1,2024-03-14T10:00:00Z,,bad".into(),
            6,
            "would overlap",
        ),
        ("two running records", "tess,1,2024-03-15T11:30:00Z,,first".into(), 6, ""),
    ];
    for (what, record, code, needle) in bad {
        for position in [0, 100, 200] {
            let mut lines = good.clone();
            lines.insert(position, record.clone());
            if what == "two running records" {
                lines.insert(position, "tess,2,2024-03-15T11:40:00Z,,second".into());
            }
            let csv = format!("{header}\n{}\n", lines.join("\n"));
            let case =
                Case::begin(Class::Overlap, format!("import: {what} at record {}", position + 1), &env.db);
            let run = env
                .cmd(&["session", "import", "-", "--input-format", "csv"])
                .on(&env.default_client())
                .stdin(csv)
                .run();
            run.fails(code, needle);
            assert!(run.stderr.contains("nothing was written"), "{}", run.stderr);
            // The refusal names the later of two clashing records: the good one, when the bad
            // one comes first and clashes with a good one.
            let line = match what {
                "two running records" => None,
                "an overlap with an earlier record" if position == 0 => Some(3),
                _ => Some(position + 2),
            };
            if let Some(line) = line {
                assert!(run.stderr.contains(&format!("line {line}:")), "{what}: {}", run.stderr);
            }
            case.end(Db::Unchanged);
        }
    }
    let extra: [(&str, &str, &str); 2] = [
        ("an existing session id", "work_session_id,ticket,start,end\n", "already exists"),
        ("a duration that disagrees", "ticket,start,end,duration_seconds\n", "does not match"),
    ];
    for (what, head, needle) in extra {
        let case = Case::begin(Class::Overlap, format!("import: {what} last of 200"), &env.db);
        let base = unix("2024-01-01T00:00:00Z");
        let mut csv = head.to_owned();
        for i in 0..200 {
            let (start, end) = (rfc3339(base + i * 7200), rfc3339(base + i * 7200 + 60));
            csv.push_str(&match what {
                "an existing session id" => format!(",1,{start},{end}\n"),
                _ => format!("1,{start},{end},60\n"),
            });
        }
        csv.push_str(&match what {
            "an existing session id" => format!("{stored},1,2024-02-28T00:00:00Z,2024-02-28T01:00:00Z\n"),
            _ => "1,2024-02-28T00:00:00Z,2024-02-28T01:00:00Z,60\n".into(),
        });
        let run = env.cmd(&["session", "import", "-", "--input-format", "csv"]).on(&tess).stdin(csv).run();
        run.fails(if what == "an existing session id" { 6 } else { 2 }, needle);
        assert!(run.stderr.contains("line 202"), "{}", run.stderr);
        case.end(Db::Unchanged);
    }
    for format in ["ndjson", "json"] {
        let case = Case::begin(
            Class::Overlap,
            format!("import ({format}): an overlap with a stored session at record 101"),
            &env.db,
        );
        let base = unix("2024-02-01T00:00:00Z");
        let mut records: Vec<Value> = (0..200)
            .map(|i| serde_json::json!({"ticket": 1, "start": rfc3339(base + i * 7200), "end": rfc3339(base + i * 7200 + 3600)}))
            .collect();
        records.insert(
            100,
            serde_json::json!({"ticket": 1, "start": "2024-03-15T10:30:00Z", "end": "2024-03-15T11:30:00Z"}),
        );
        let input = if format == "json" {
            serde_json::to_string(&records).expect("json")
        } else {
            records.iter().map(Value::to_string).collect::<Vec<_>>().join("\n")
        };
        let run = env.cmd(&["session", "import", "-", "--input-format", format]).on(&tess).stdin(input).run();
        run.fails(6, if format == "json" { "record 101" } else { "line 101" });
        case.end(Db::Unchanged);
    }
    let case = Case::begin(
        Class::Overlap,
        "import: the 200 good records alone, and an empty one inside a stored session",
        &env.db,
    );
    let csv =
        format!("{header}\n{}\ntess,1,2024-03-15T10:30:00Z,2024-03-15T10:30:00Z,empty\n", good.join("\n"));
    env.cmd(&["session", "import", "-", "--input-format", "csv"])
        .on(&env.default_client())
        .stdin(csv)
        .run()
        .ok();
    let listed = env.cmd(&["session", "list", "--format", "csv"]).on(&tess).run().ok().stdout.lines().count();
    assert_eq!(listed, 1 + 1 + 200 + 1);
    case.end(Db::Any);
}
