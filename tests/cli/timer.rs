//! `stint timer ...`: every command and refusal, the forgotten-timer warning, and real
//! concurrent processes racing for one user's timer.

use std::path::PathBuf;
use std::sync::atomic::{AtomicI64, Ordering};

use serde_json::Value;

use crate::seed;
use crate::support::{Env, Run};

/// A database with open tickets #1 and #2, closed #3, and a technician `tess` logged in on
/// her own client. The clock stands at 2024-03-15 12:00 UTC.
pub fn desk() -> (Env, PathBuf) {
    let env = Env::new();
    seed::ticket(&env, 1, "open");
    seed::ticket(&env, 2, "in_progress");
    seed::ticket(&env, 3, "closed");
    let tess = env.user_client("tess", "technician");
    (env, tess)
}

pub fn at(env: &mut Env, clock: &str) {
    env.now = format!("2024-03-15T{clock}:00Z");
}

pub fn sessions(env: &Env, client: &std::path::Path, extra: &[&str]) -> Vec<Value> {
    let mut args = vec!["session", "list", "--format", "json"];
    args.extend_from_slice(extra);
    let run = env.run_on(client, &args);
    run.ok().json().as_array().cloned().unwrap_or_default()
}

#[test]
fn start_status_and_stop_round_trip() {
    let (mut env, tess) = desk();
    at(&mut env, "09:00");
    env.run_on(&tess, &["timer", "status"]).fails(3, "no timer is running");
    let none = env.run_on(&tess, &["timer", "status", "--format", "json"]);
    assert_eq!((none.code, none.stdout.as_str()), (3, ""), "nothing on stdout when nothing runs");
    let started =
        env.run_on(&tess, &["timer", "start", "--ticket", "#1", "--note", "printer", "--format", "json"]);
    assert!(started.ok().stderr.contains("Started a timer on #1 at 2024-03-15 09:00"), "{}", started.stderr);
    let session = started.json();
    assert_eq!((session["ticket"].as_i64(), &session["running"]), (Some(1), &Value::Bool(true)));
    assert_eq!(
        (session["start"].as_str(), session["source"].as_str()),
        (Some("2024-03-15T09:00:00Z"), Some("timer"))
    );

    at(&mut env, "10:15");
    let status = env.run_on(&tess, &["timer", "status", "--format", "json"]).ok().json();
    assert_eq!(status["elapsed_seconds"], 4500);
    assert_eq!(status["work_session_id"], session["work_session_id"]);
    let table = env.run_on(&tess, &["timer", "status"]);
    assert!(table.ok().stdout.contains("1:15:00"), "{}", table.stdout);

    at(&mut env, "10:30");
    let stopped = env.run_on(&tess, &["timer", "stop", "--format", "json"]);
    assert!(stopped.ok().stderr.contains("after 1:30:00"), "{}", stopped.stderr);
    let stopped = stopped.json();
    assert_eq!(
        (stopped["duration_seconds"].as_i64(), stopped["end"].as_str()),
        (Some(5400), Some("2024-03-15T10:30:00Z"))
    );
    env.run_on(&tess, &["timer", "stop"]).fails(6, "no timer is running");
    env.run_on(&tess, &["timer", "status"]).fails(3, "no timer");
}

#[test]
fn quiet_start_and_manual_print_only_the_id() {
    let (env, tess) = desk();
    let run =
        env.run_on(&tess, &["timer", "manual", "--ticket", "1", "--from", "08:00", "--to", "09:00", "-q"]);
    let id = run.ok().stdout.trim().to_owned();
    assert!(uuid::Uuid::parse_str(&id).is_ok() && run.stderr.is_empty(), "{run:?}");
    let run = env.run_on(&tess, &["timer", "start", "--ticket", "1", "-q"]);
    assert!(uuid::Uuid::parse_str(run.ok().stdout.trim()).is_ok(), "{run:?}");
}

#[test]
fn a_second_start_names_the_running_timer_and_how_to_stop_it() {
    let (mut env, tess) = desk();
    at(&mut env, "09:00");
    let id = env.run_on(&tess, &["timer", "start", "--ticket", "1", "-q"]).ok().stdout.trim().to_owned();
    at(&mut env, "09:05");
    let run = env.run_on(&tess, &["timer", "start", "--ticket", "2"]);
    run.fails(6, "already running on #1 since 2024-03-15 09:00");
    assert!(run.stderr.contains(&id[..8]) && run.stderr.contains("stint timer stop"), "{}", run.stderr);
    assert_eq!(sessions(&env, &tess, &[]).len(), 1);
}

#[test]
fn start_refuses_the_future_other_sessions_and_a_missing_target() {
    let (mut env, tess) = desk();
    at(&mut env, "12:00");
    env.run_on(&tess, &["timer", "start", "--ticket", "1", "--at", "+5m"]).fails(2, "in the future");
    env.run_on(&tess, &["timer", "start", "--ticket", "1", "--at", "24:00"]).fails(2, "cannot read time");
    env.run_on(&tess, &["timer", "start"]).fails(2, "--ticket");
    env.run_on(&tess, &["timer", "start", "--ticket", "x1"]).fails(2, "ticket");
    let id = env
        .run_on(&tess, &["timer", "manual", "--ticket", "1", "--from", "09:00", "--to", "10:00", "-q"])
        .ok()
        .stdout
        .trim()
        .to_owned();
    let run = env.run_on(&tess, &["timer", "start", "--ticket", "2", "--at", "09:30"]);
    run.fails(6, "would overlap work session");
    assert!(
        run.stderr.contains(&id[..8]) && run.stderr.contains("2024-03-15 09:00 to 2024-03-15 10:00"),
        "{}",
        run.stderr
    );
    env.run_on(&tess, &["timer", "start", "--ticket", "2", "--at", "2h ago"]).ok();
}

#[test]
fn targets_must_exist_be_open_and_be_yours_unless_forced() {
    let (env, tess) = desk();
    env.run_on(&tess, &["timer", "start", "--ticket", "99"]).fails(3, "no ticket #99");
    env.run_on(&tess, &["timer", "start", "--ticket", "3"]).fails(6, "closed");
    let archived = seed::case(&env, "tess", "archived");
    env.run_on(&tess, &["timer", "start", "--case", &archived[..8]]).fails(6, "archived");
    let theirs = seed::case(&env, "admin", "open");
    env.run_on(&tess, &["timer", "start", "--case", &theirs[..8]]).fails(3, "no case of yours");
    env.run_on(&tess, &["timer", "start", "--case", "zz"]).fails(2, "hex digits");
    env.run_on(&tess, &["timer", "start", "--ticket", "3", "--force"]).ok();
    env.run_on(&tess, &["timer", "stop"]).ok();
    let mine = seed::case(&env, "tess", "investigating");
    let run =
        env.run_on(&tess, &["timer", "start", "--ticket", "1", "--case", &mine[..6], "--format", "json"]);
    assert_eq!(run.ok().json()["case_id"].as_str(), Some(mine.as_str()));
    // Supervisors and admins may track time on anyone's case.
    env.run(&["timer", "start", "--case", &theirs]).ok();
    let sam = env.user_client("sam", "supervisor");
    env.run_on(&sam, &["timer", "start", "--case", &mine]).ok();
    let vic = env.user_client("vic", "viewer");
    env.run_on(&vic, &["timer", "start", "--ticket", "1"]).fails(5, "cannot track time");
}

#[test]
fn stop_at_before_the_start_is_refused_and_the_timer_keeps_running() {
    let (mut env, tess) = desk();
    at(&mut env, "09:00");
    env.run_on(&tess, &["timer", "start", "--ticket", "1"]).ok();
    at(&mut env, "17:00");
    env.run_on(&tess, &["timer", "stop", "--at", "08:59"]).fails(2, "before the timer's start");
    env.run_on(&tess, &["timer", "stop", "--at", "17:01"]).fails(2, "in the future");
    env.run_on(&tess, &["timer", "status"]).ok();
    let stopped =
        env.run_on(&tess, &["timer", "stop", "--at", "-4h30m", "--note", "forgot", "--format", "json"]);
    let stopped = stopped.ok().json();
    assert_eq!(
        (stopped["duration_seconds"].as_i64(), stopped["note"].as_str()),
        (Some(12_600), Some("forgot"))
    );
}

#[test]
fn no_empty_sessions_a_timer_stopped_in_the_second_it_started_records_nothing() {
    let (env, tess) = desk();
    env.run_on(&tess, &["timer", "start", "--ticket", "1"]).ok();
    let stopped = env.run_on(&tess, &["-q", "timer", "stop", "--format", "json"]);
    assert!(stopped.ok().stderr.contains("discarded: it ran under a second"), "{}", stopped.stderr);
    assert_eq!(stopped.stdout, "", "nothing was recorded, so nothing is printed");
    assert!(sessions(&env, &tess, &[]).is_empty());
    env.run_on(&tess, &["timer", "status"]).fails(3, "no timer is running");
    let audit = env.run(&["audit", "list", "--action", "timer.cancel", "--format", "json"]).ok().json();
    assert_eq!(audit.as_array().map(Vec::len), Some(1), "audited as a cancel: {audit}");
    // A switch in that second discards the first timer too.
    env.run_on(&tess, &["timer", "start", "--ticket", "1"]).ok();
    let switched = env.run_on(&tess, &["timer", "switch", "--ticket", "2"]);
    assert!(
        switched.ok().stderr.contains("discarded: it ran under a second; started one on #2"),
        "{}",
        switched.stderr
    );
    assert_eq!(sessions(&env, &tess, &[]).len(), 1);
    // A manual or corrected session of zero length is refused.
    env.run_on(&tess, &["timer", "manual", "--ticket", "1", "--from", "09:00", "--duration", "0m"])
        .fails(2, "must be after the start");
    let id =
        env.run_on(&tess, &["timer", "manual", "--ticket", "1", "--from", "09:00", "--to", "10:00", "-q"]);
    let id = id.ok().stdout.trim().to_owned();
    env.run_on(&tess, &["session", "edit", &id[..8], "--to", "09:00"]).fails(2, "must be after the start");
}

#[test]
fn switching_to_what_already_runs_changes_nothing_and_says_so() {
    let (mut env, tess) = desk();
    at(&mut env, "09:00");
    let first = env.run_on(&tess, &["timer", "start", "--ticket", "1", "-q"]).ok().stdout.trim().to_owned();
    at(&mut env, "10:00");
    let same = env.run_on(&tess, &["timer", "switch", "--ticket", "#1", "--format", "json"]);
    assert!(
        same.ok().stderr.contains("already runs on #1 (since 2024-03-15 09:00); nothing changed"),
        "{}",
        same.stderr
    );
    assert_eq!(same.json()["work_session_id"].as_str(), Some(first.as_str()));
    let listed = sessions(&env, &tess, &[]);
    assert_eq!((listed.len(), &listed[0]["running"]), (1, &Value::Bool(true)));
    let audit = env.run(&["audit", "list", "--action", "timer.stop", "--format", "json"]).ok().json();
    assert_eq!(audit.as_array().map(Vec::len), Some(0), "{audit}");
}

#[test]
fn switch_moves_the_timer_and_a_refused_switch_leaves_it_running() {
    let (mut env, tess) = desk();
    at(&mut env, "09:00");
    env.run_on(&tess, &["timer", "switch", "--ticket", "2"]).fails(6, "no timer is running");
    env.run_on(&tess, &["timer", "switch"]).fails(2, "--ticket");
    let first = env.run_on(&tess, &["timer", "start", "--ticket", "1", "-q"]).ok().stdout.trim().to_owned();
    at(&mut env, "10:00");
    env.run_on(&tess, &["timer", "switch", "--ticket", "3"]).fails(6, "closed");
    env.run_on(&tess, &["timer", "switch", "--ticket", "99"]).fails(3, "no ticket #99");
    let status = env.run_on(&tess, &["timer", "status", "--format", "json"]).ok().json();
    assert_eq!(
        (status["work_session_id"].as_str(), status["ticket"].as_i64()),
        (Some(first.as_str()), Some(1))
    );
    assert_eq!(sessions(&env, &tess, &[]).len(), 1, "the refused switch changed nothing");
    let run = env.run_on(&tess, &["timer", "switch", "--ticket", "2", "--note", "vpn", "--format", "json"]);
    assert!(
        run.ok().stderr.contains("Stopped the timer on #1 after 1:00:00; started one on #2"),
        "{}",
        run.stderr
    );
    let listed = sessions(&env, &tess, &[]);
    assert_eq!(listed.len(), 2);
    assert_eq!(listed[0]["end"], listed[1]["start"], "the same instant");
    assert_eq!((listed[1]["ticket"].as_i64(), listed[1]["note"].as_str()), (Some(2), Some("vpn")));
}

#[test]
fn cancel_discards_the_timer_and_is_audited() {
    let (env, tess) = desk();
    env.run_on(&tess, &["timer", "cancel"]).fails(6, "no timer is running");
    env.run_on(&tess, &["timer", "start", "--ticket", "1"]).ok();
    let run = env.run_on(&tess, &["timer", "cancel"]);
    assert!(run.ok().stderr.contains("nothing was recorded") && run.stdout.is_empty(), "{run:?}");
    assert!(sessions(&env, &tess, &[]).is_empty());
    let audit = env.run(&["audit", "list", "--action", "timer.cancel", "--format", "json"]).ok().json();
    assert_eq!(audit.as_array().map(Vec::len), Some(1));
    assert_eq!(audit[0]["actor"], "tess");
}

#[test]
fn continue_restarts_the_last_target() {
    let (mut env, tess) = desk();
    at(&mut env, "09:00");
    env.run_on(&tess, &["timer", "continue"]).fails(3, "no stopped work session");
    env.run_on(&tess, &["timer", "start", "--ticket", "2", "--note", "vpn"]).ok();
    at(&mut env, "10:00");
    env.run_on(&tess, &["timer", "stop"]).ok();
    at(&mut env, "11:00");
    let run = env.run_on(&tess, &["timer", "continue", "--format", "json"]);
    let continued = run.ok().json();
    assert_eq!((continued["ticket"].as_i64(), continued["note"].as_str()), (Some(2), Some("vpn")));
    assert_eq!(continued["start"], "2024-03-15T11:00:00Z");
    env.run_on(&tess, &["timer", "continue"]).fails(6, "already running");
}

#[test]
fn manual_entries_and_their_refusals() {
    let (mut env, tess) = desk();
    at(&mut env, "12:00");
    let made = env.run_on(
        &tess,
        &["timer", "manual", "--ticket", "1", "--from", "08:00", "--to", "09:30", "--format", "json"],
    );
    assert!(made.ok().stderr.contains("Recorded 1:30:00 on #1"), "{}", made.stderr);
    assert_eq!(
        (made.json()["source"].as_str(), made.json()["duration_seconds"].as_i64()),
        (Some("manual"), Some(5400))
    );
    let by_duration = env.run_on(
        &tess,
        &["timer", "manual", "--ticket", "2", "--from", "09:30", "--duration", "1:15", "--format", "json"],
    );
    assert_eq!(by_duration.ok().json()["end"], "2024-03-15T10:45:00Z");
    env.run_on(&tess, &["timer", "manual", "--ticket", "1", "--from", "10:00", "--to", "10:30"])
        .fails(6, "would overlap");
    env.run_on(&tess, &["timer", "manual", "--ticket", "1", "--from", "11:00", "--to", "11:00"])
        .fails(2, "must be after the start");
    env.run_on(&tess, &["timer", "manual", "--ticket", "1", "--from", "11:00", "--to", "10:59"])
        .fails(2, "must be after the start");
    env.run_on(&tess, &["timer", "manual", "--ticket", "1", "--from", "11:30", "--to", "12:30"])
        .fails(2, "future");
    let combinations =
        "give --from and --to, --from and --duration, --to and --duration, or --duration alone";
    env.run_on(&tess, &["timer", "manual", "--ticket", "1", "--from", "11:00"]).fails(2, combinations);
    env.run_on(&tess, &["timer", "manual", "--ticket", "1", "--to", "11:00"]).fails(2, combinations);
    env.run_on(&tess, &["timer", "manual", "--ticket", "1"]).fails(2, combinations);
    env.run_on(
        &tess,
        &["timer", "manual", "--ticket", "1", "--from", "11:00", "--to", "11:30", "--duration", "5m"],
    )
    .fails(2, combinations);
    env.run_on(&tess, &["timer", "manual", "--ticket", "1", "--from", "11:00", "--duration", "5x"])
        .fails(2, "cannot read duration");
    env.run_on(&tess, &["timer", "manual", "--from", "11:00", "--duration", "5m"]).fails(2, "--ticket");
    env.run_on(&tess, &["timer", "manual", "--ticket", "3", "--from", "11:00", "--duration", "5m"])
        .fails(6, "closed");
    env.run_on(
        &tess,
        &["timer", "manual", "--ticket", "3", "--from", "11:00", "--duration", "5m", "--force"],
    )
    .ok();
    env.run_on(&tess, &["timer", "manual", "--ticket", "1", "--from", "10:45", "--to", "11:00"]).ok(); // touching both
    // Longer than timer.max_length (12h by default) needs --force.
    env.run_on(
        &tess,
        &["timer", "manual", "--ticket", "1", "--from", "2024-03-13 00:00", "--duration", "12h1s"],
    )
    .fails(2, "timer.max_length (12h)");
    env.run_on(
        &tess,
        &["timer", "manual", "--ticket", "1", "--from", "2024-03-13 00:00", "--duration", "12h1s", "--force"],
    )
    .ok();
    assert_eq!(sessions(&env, &tess, &[]).len(), 5);
}

#[test]
fn two_users_may_record_identical_intervals() {
    let (env, tess) = desk();
    let theo = env.user_client("theo", "technician");
    for client in [&tess, &theo] {
        env.run_on(client, &["timer", "manual", "--ticket", "1", "--from", "09:00", "--to", "10:00"]).ok();
        env.run_on(client, &["timer", "start", "--ticket", "1", "--at", "10:00"]).ok();
    }
    let all = env.run(&["session", "list", "--all-users", "--format", "json"]).ok().json();
    assert_eq!(all.as_array().map(Vec::len), Some(4));
}

#[test]
fn local_times_use_tz_and_the_offset_is_recorded() {
    let (mut env, tess) = desk();
    env.tz = "Europe/Berlin".into();
    let made = env.run_on(
        &tess,
        &["timer", "manual", "--ticket", "1", "--from", "09:00", "--to", "10:00", "--format", "json"],
    );
    let made = made.ok().json();
    assert_eq!(
        (made["start"].as_str(), made["utc_offset"].as_i64()),
        (Some("2024-03-15T08:00:00Z"), Some(3600))
    );
    let utc = env.run_on(
        &tess,
        &[
            "--utc", "timer", "manual", "--ticket", "1", "--from", "09:00", "--to", "09:30", "--format",
            "json",
        ],
    );
    assert_eq!(utc.ok().json()["utc_offset"], 0);
    env.now = "2024-04-01T12:00:00Z".into();
    env.login(&tess, "tess", "tess-password").ok();
    env.run_on(
        &tess,
        &["timer", "manual", "--ticket", "1", "--from", "2024-03-31 02:30", "--duration", "10m"],
    )
    .fails(2, "does not exist");
    env.run_on(
        &tess,
        &[
            "timer",
            "manual",
            "--ticket",
            "1",
            "--from",
            "2024-03-31 01:30",
            "--duration",
            "2h",
            "--format",
            "json",
        ],
    )
    .ok();
}

#[test]
fn a_forgotten_timer_is_warned_about_on_every_command() {
    let (mut env, tess) = desk();
    at(&mut env, "08:00");
    env.run_on(&tess, &["timer", "start", "--ticket", "1"]).ok();
    at(&mut env, "20:00");
    let fine = env.run_on(&tess, &["session", "list"]);
    assert!(!fine.ok().stderr.contains("warning"), "exactly 12h is not over: {}", fine.stderr);
    at(&mut env, "21:30");
    for args in [&["session", "list"][..], &["user", "show", "me"], &["timer", "status"], &["auth", "status"]]
    {
        let run = env.run_on(&tess, args);
        assert!(
            run.ok().stderr.contains("warning: your timer on #1 has been running for 13:30:00"),
            "{args:?}: {}",
            run.stderr
        );
    }
    // Another user is not warned about tess's timer.
    assert!(!env.run(&["session", "list", "--all-users"]).ok().stderr.contains("warning"));
    let stopped = env.run_on(&tess, &["timer", "stop", "--at", "17:00"]);
    assert!(!stopped.ok().stderr.contains("warning"), "{}", stopped.stderr);
    // The limit is a setting.
    env.run(&["config", "set", "timer.max_length", "1h"]).ok();
    at(&mut env, "22:00");
    env.run_on(&tess, &["timer", "start", "--ticket", "1", "--at", "20:30"]).ok();
    assert!(env.run_on(&tess, &["timer", "status"]).ok().stderr.contains("timer.max_length (1h)"));
}

fn instant(secs: i64) -> String {
    chrono::DateTime::from_timestamp(secs, 0)
        .expect("in range")
        .to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}

#[test]
fn parallel_starts_for_one_user_give_exactly_one_timer() {
    let (env, tess) = desk();
    const N: usize = 50;
    let mut children: Vec<_> = (0..N)
        .map(|_| {
            let mut cmd = env.command(&tess, &["timer", "start", "--ticket", "1", "-q"]);
            // The rule under test is "exactly one wins", not how fast fifty processes queue on
            // two cores: a generous wait keeps a loaded machine from turning losers into exit 7.
            cmd.env("STINT_BUSY_TIMEOUT_MS", "60000");
            cmd.stdout(std::process::Stdio::piped()).stderr(std::process::Stdio::piped());
            cmd.spawn().expect("spawn")
        })
        .collect();
    let outputs: Vec<_> = children.drain(..).map(|c| c.wait_with_output().expect("wait")).collect();
    let codes: Vec<i32> = outputs.iter().map(|o| o.status.code().unwrap_or(-1)).collect();
    assert_eq!(codes.iter().filter(|c| **c == 0).count(), 1, "{codes:?}");
    assert_eq!(codes.iter().filter(|c| **c == 6).count(), N - 1, "{codes:?}");
    for output in outputs.iter().filter(|o| o.status.code() == Some(6)) {
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(stderr.contains("already running"), "{stderr}");
    }
    let listed = sessions(&env, &tess, &[]);
    assert_eq!(listed.len(), 1);
    assert_eq!(listed[0]["running"], true);
}

#[test]
fn processes_looping_start_and_stop_account_for_every_session() {
    let (env, tess) = desk();
    const PROCESSES: usize = 6;
    const ROUNDS: usize = 8;
    let base = chrono::DateTime::parse_from_rfc3339(crate::support::START).expect("start").timestamp() + 60;
    // One clock for everyone, a second further for each command started.
    let clock = AtomicI64::new(0);
    let run = |args: &[&str]| -> Run {
        let now = instant(base + clock.fetch_add(1, Ordering::SeqCst));
        env.run_full(&tess, args, None, &[("STINT_TEST_NOW", &now)])
    };
    let tallies: Vec<(usize, usize)> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..PROCESSES)
            .map(|_| {
                scope.spawn(|| {
                    let (mut started, mut stopped) = (0, 0);
                    for _ in 0..ROUNDS {
                        let start = run(&["timer", "start", "--ticket", "1"]);
                        match start.code {
                            0 => started += 1,
                            6 => {}
                            _ => panic!("start: {start:?}"),
                        }
                        let stop = run(&["timer", "stop"]);
                        match stop.code {
                            0 => stopped += 1,
                            // Another process's timer may have started after this one's clock.
                            2 if stop.stderr.contains("before the timer's start") => {}
                            6 => {}
                            _ => panic!("stop: {stop:?}"),
                        }
                    }
                    (started, stopped)
                })
            })
            .collect();
        handles.into_iter().map(|h| h.join().expect("worker")).collect()
    });
    let started: usize = tallies.iter().map(|t| t.0).sum();
    let stopped: usize = tallies.iter().map(|t| t.1).sum();
    assert!(started > 0, "some start must win");
    let listed = sessions(&env, &tess, &[]);
    assert_eq!(listed.len(), started, "every successful start left exactly one session");
    let running = listed.iter().filter(|s| s["running"] == true).count();
    assert_eq!(listed.len() - running, stopped, "every successful stop ended exactly one");
    assert!(running <= 1);
    let span = |s: &Value| -> (i64, i64) {
        let secs = |v: &Value| {
            chrono::DateTime::parse_from_rfc3339(v.as_str().expect("time")).expect("rfc").timestamp()
        };
        let start = secs(&s["start"]);
        let end = if s["end"].is_null() { i64::MAX } else { secs(&s["end"]) };
        if !s["end"].is_null() {
            assert_eq!(s["duration_seconds"].as_i64(), Some(end - start), "{s}");
        }
        (start, end)
    };
    let spans: Vec<(i64, i64)> = listed.iter().map(span).collect();
    for (i, a) in spans.iter().enumerate() {
        for b in &spans[i + 1..] {
            let empty = a.0 == a.1 || b.0 == b.1;
            assert!(empty || a.1 <= b.0 || b.1 <= a.0, "{a:?} overlaps {b:?}");
        }
    }
}

#[test]
fn timer_edit_and_note_change_the_running_timer() {
    let (mut env, tess) = desk();
    at(&mut env, "10:00");
    env.run_on(&tess, &["timer", "note", "x"]).fails(6, "no timer is running");
    env.run_on(&tess, &["timer", "manual", "--ticket", "1", "--from", "08:00", "--to", "09:00"]).ok();
    env.run_on(&tess, &["timer", "start", "--ticket", "2", "--at", "09:30", "--note", "first"]).ok();
    env.run_on(&tess, &["timer", "edit"]).fails(2, "--note");
    let noted = env.run_on(&tess, &["timer", "note", "printer jam", "--format", "json"]);
    assert!(noted.ok().stderr.contains("Updated work session"), "{}", noted.stderr);
    assert_eq!(
        (noted.json()["note"].as_str(), &noted.json()["running"]),
        (Some("printer jam"), &Value::Bool(true))
    );
    let moved = env.run_on(&tess, &["timer", "edit", "--start", "09:15", "--note", "", "--format", "json"]);
    assert_eq!(
        (moved.ok().json()["start"].as_str(), moved.json()["note"].as_str()),
        (Some("2024-03-15T09:15:00Z"), Some(""))
    );
    env.run_on(&tess, &["timer", "edit", "--start", "08:30"]).fails(6, "would overlap work session");
    env.run_on(&tess, &["timer", "edit", "--start", "10:01"]).fails(2, "future");
    env.run_on(&tess, &["timer", "edit", "--start", "soon"]).fails(2, "cannot read time");
    let same = env.run_on(&tess, &["timer", "note", ""]);
    assert!(same.ok().stderr.contains("nothing changed"), "{}", same.stderr);
    let status = env.run_on(&tess, &["timer", "status", "--format", "json"]).ok().json();
    assert_eq!(
        (status["start"].as_str(), status["elapsed_seconds"].as_i64()),
        (Some("2024-03-15T09:15:00Z"), Some(2700))
    );
    let audit = env.run(&["audit", "list", "--action", "work_session.edit", "--format", "json"]).ok().json();
    assert_eq!(audit.as_array().map(Vec::len), Some(2), "{audit}");
}

#[test]
fn manual_takes_any_two_of_from_to_and_duration_or_a_duration_ending_now() {
    let (mut env, tess) = desk();
    at(&mut env, "12:00");
    let manual = |args: &[&str]| {
        let mut all = vec!["timer", "manual", "--ticket", "1", "--format", "json"];
        all.extend_from_slice(args);
        let made = env.run_on(&tess, &all).ok().json();
        (made["start"].as_str().map(str::to_owned), made["end"].as_str().map(str::to_owned))
    };
    let span =
        |from: &str, to: &str| (Some(format!("2024-03-15T{from}:00Z")), Some(format!("2024-03-15T{to}:00Z")));
    assert_eq!(
        manual(&["--duration", "45m"]),
        span("11:15", "12:00"),
        "\"I just finished a 45-minute call\""
    );
    assert_eq!(manual(&["--to", "11:00", "--duration", "1h"]), span("10:00", "11:00"));
    assert_eq!(manual(&["--from", "08:00", "--duration", "90m"]), span("08:00", "09:30"));
    assert_eq!(manual(&["--from", "09:30", "--to", "10:00"]), span("09:30", "10:00"));
    env.run_on(&tess, &["timer", "manual", "--ticket", "1", "--duration", "5m"]).fails(6, "would overlap");
    env.run_on(&tess, &["timer", "manual", "--ticket", "1", "--to", "13:00", "--duration", "5m"])
        .fails(2, "future");
}

#[test]
fn switch_at_stops_and_starts_at_that_instant() {
    let (mut env, tess) = desk();
    at(&mut env, "09:00");
    env.run_on(&tess, &["timer", "start", "--ticket", "1"]).ok();
    at(&mut env, "11:00");
    env.run_on(&tess, &["timer", "switch", "--ticket", "2", "--at", "08:59"])
        .fails(2, "before the timer's start");
    env.run_on(&tess, &["timer", "switch", "--ticket", "2", "--at", "11:01"]).fails(2, "future");
    let run = env.run_on(&tess, &["timer", "switch", "--ticket", "2", "--at", "-30m", "--format", "json"]);
    assert!(run.ok().stderr.contains("after 1:30:00; started one on #2"), "{}", run.stderr);
    assert_eq!(run.json()["start"], "2024-03-15T10:30:00Z");
    let listed = sessions(&env, &tess, &[]);
    assert_eq!(
        (listed[0]["end"].as_str(), listed[1]["start"].as_str()),
        (Some("2024-03-15T10:30:00Z"), Some("2024-03-15T10:30:00Z"))
    );
    let stopped = env.run_on(&tess, &["timer", "stop", "--at", "10:45", "--format", "json"]).ok().json();
    assert_eq!(stopped["duration_seconds"], 900);
}

#[test]
fn the_times_people_type_are_read_in_the_local_zone() {
    let (mut env, tess) = desk();
    env.tz = "America/New_York".into();
    // Friday 15 March 2024, 12:00 UTC = 08:00 in New York (EDT, UTC-4).
    let manual = |from: &str, to: &str| {
        let args = ["timer", "manual", "--ticket", "1", "--from", from, "--to", to, "--format", "json"];
        let made = env.run_on(&tess, &args).ok().json();
        (made["start"].as_str().map(str::to_owned), made["end"].as_str().map(str::to_owned))
    };
    let utc = |from: &str, to: &str| (Some(from.to_owned()), Some(to.to_owned()));
    assert_eq!(manual("mon 9am", "last monday 10:30am"), utc("2024-03-11T13:00:00Z", "2024-03-11T14:30:00Z"));
    assert_eq!(
        manual("yesterday 5pm", "17:45 yesterday"),
        utc("2024-03-14T21:00:00Z", "2024-03-14T21:45:00Z")
    );
    assert_eq!(manual("12am", "1 hour ago"), utc("2024-03-15T04:00:00Z", "2024-03-15T11:00:00Z"));
    let made =
        env.run_on(&tess, &["timer", "manual", "--ticket", "2", "--duration", "20 min", "--format", "json"]);
    assert_eq!(made.ok().json()["start"], "2024-03-15T11:40:00Z");
    env.run_on(&tess, &["timer", "start", "--ticket", "2", "--at", "tomorrow"])
        .fails(2, "use now, 14:30, 9am");
    env.run_on(&tess, &["timer", "start", "--ticket", "2", "--at", "2 months ago"])
        .fails(2, "months are not a duration");
    env.run_on(&tess, &["timer", "manual", "--ticket", "2", "--duration", "1mo"])
        .fails(2, "give days, e.g. 30d");
}

#[test]
fn switch_without_a_target_offers_the_picker_on_a_terminal() {
    use crate::support::Answer;
    let (mut env, _) = desk();
    at(&mut env, "09:00");
    // The pseudo-terminal runs as the admin on the default client.
    env.run(&["timer", "start", "--ticket", "1"]).ok();
    at(&mut env, "10:00");
    env.run(&["timer", "switch"]).fails(2, "picker only on a terminal");
    let run =
        env.run_in_terminal(&["timer", "switch"], &[Answer { prompt: "Switch to", answer: "Ticket 2" }]);
    assert_eq!(run.code, 0, "{run:?}");
    assert!(run.stdout.contains("started one on #2"), "{run:?}");
    let status = env.run(&["timer", "status", "--format", "json"]).ok().json();
    assert_eq!(status["ticket"], 2);
}
