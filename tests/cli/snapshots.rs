//! Snapshots of what people read (every table view, the notices of the main write commands) and
//! of the machine contract (one `--format json` per record type, the CSV header and a row), so
//! any change to them shows up as a reviewed diff (`tests/cli/snapshots/`, ARCHITECTURE.md).
//! The PostgreSQL suite runs this module too, against the same snapshot files.

use std::path::{Path, PathBuf};

use crate::support::{ADMIN, ADMIN_PASSWORD, Env, Run};

/// What the client label of every login session is set to: the real one is this machine's
/// host name, which would change both the text and the column widths from machine to machine.
const HOST: &str = "desk-pc";

/// Regex-escapes a literal (a temporary directory's path) for an insta filter.
fn literal(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars() {
        if "\\.+*?()|[]{}^$#&-~".contains(c) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// A command's whole effect as one exact text: arguments, exit code, stdout and stderr. The
/// closing line keeps a missing or extra final newline visible (insta trims trailing ones).
fn transcript(run: &Run) -> String {
    format!(
        "$ stint {}\nexit {}\n--- stdout\n{}--- stderr\n{}--- end\n",
        run.args, run.code, run.stdout, run.stderr
    )
}

/// Asserts a snapshot of `run` with ids and the temporary directory redacted. Redactions keep
/// each id's width (36 or 8 characters), so the snapshot shows the real column layout.
macro_rules! snap {
    ($env:expr, $name:expr, $run:expr) => {{
        let run: Run = $run;
        let dir = literal(&$env.dir.path().to_string_lossy());
        insta::with_settings!({
            filters => vec![
                (dir.as_str(), "[dir]"),
                (
                    r"\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b",
                    "xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx",
                ),
                (r"\b[0-9a-f]{8}\b", "xxxxxxxx"),
                // `auth status` names the database or server, which differs per backend.
                (r"(?m)^Via( +)\S.* \(from ", "Via$1[location] (from "),
            ],
            prepend_module_to_snapshot => false,
            omit_expression => true,
        }, {
            insta::assert_snapshot!($name, transcript(&run));
        });
    }};
}

/// A small desk, always the same: the admin, a supervisor `sam`, a technician `tess` and a
/// viewer `vera`; tickets #1 (in progress, high, assigned to tess), #2 (urgent, open), #3
/// (closed); tess's case on #1 with two notes; past work in February and March, one session
/// across midnight, and tess's timer running on #1 since 11:15; some sessions tagged, one twice. Built from 08:00 on
/// 2024-03-15 (a Friday, UTC); the clock then stands at 12:00.
struct Desk {
    env: Env,
    tess: PathBuf,
    sam: PathBuf,
    case: String,
}

impl Desk {
    fn new() -> Self {
        let mut env = Env::empty();
        // The clock only moves forward, so every created/updated/last-seen time is plausible.
        env.now = "2024-03-15T08:00:00Z".into();
        env.run_stdin(&["init", "--admin", ADMIN, "--password-stdin"], &format!("{ADMIN_PASSWORD}\n")).ok();
        env.run_stdin(
            &[
                "user",
                "add",
                "tess",
                "--role",
                "technician",
                "--display-name",
                "Tess Ng",
                "--email",
                "tess@example.com",
                "--password-stdin",
            ],
            "tess-password\n",
        )
        .ok();
        env.add_user("sam", "supervisor");
        env.add_user("vera", "viewer");
        // Login sessions list newest first with ties in id order, so no two share an instant.
        env.now = "2024-03-15T08:05:00Z".into();
        let tess = env.client("tess");
        env.login(&tess, "tess", "tess-password").ok();
        env.now = "2024-03-15T08:10:00Z".into();
        let sam = env.client("sam");
        env.login(&sam, "sam", "sam-password").ok();

        env.now = "2024-03-15T08:30:00Z".into();
        env.run(&[
            "ticket",
            "create",
            "Printer jam on floor 3",
            "--priority",
            "high",
            "--requester",
            "Front desk",
            "--assignee",
            "tess",
            "--description",
            "Tray 2 jams on every job.",
        ])
        .ok();
        env.run(&["ticket", "edit", "1", "--status", "in_progress"]).ok();
        env.run(&["ticket", "create", "VPN drops every hour", "--priority", "urgent"]).ok();
        env.run(&["ticket", "create", "New laptop for Ana", "--requester", "Ana"]).ok();
        env.now = "2024-03-15T09:00:00Z".into();
        env.run(&["ticket", "close", "3"]).ok();

        env.now = "2024-03-15T09:30:00Z".into();

        let case = env
            .run_on(
                &tess,
                &[
                    "case",
                    "open",
                    "Outlook crashes on start",
                    "--ticket",
                    "1",
                    "--priority",
                    "high",
                    "--description",
                    "Since Monday's update.",
                    "-q",
                ],
            )
            .ok()
            .stdout
            .trim()
            .to_owned();
        env.now = "2024-03-15T10:05:00Z".into();
        env.run_on(&tess, &["case", "note", &case, "Safe mode starts fine."]).ok();
        env.now = "2024-03-15T10:40:00Z".into();
        env.run_on(
            &tess,
            &[
                "case",
                "note",
                &case,
                "Disabled the PDF add-in; fixed.\n\nAsked Ana to\nreport any new crash.",
            ],
        )
        .ok();

        env.now = "2024-03-15T10:50:00Z".into();
        let manual = |client: &Path, target: &[&str], from: &str, to: &str, note: &str| {
            let mut args = vec!["timer", "manual"];
            args.extend_from_slice(target);
            args.extend(["--from", from, "--to", to, "--note", note, "--force"]);
            env.run_on(client, &args).ok();
        };
        manual(&tess, &["--ticket", "2"], "2024-02-29 14:00", "2024-02-29 15:00", "leap day call");
        let tray = ["--ticket", "1", "--tag", "printer", "--tag", "onsite"];
        manual(&tess, &tray, "2024-03-11 09:00", "2024-03-11 10:30", "reseated the tray");
        manual(
            &tess,
            &["--case", &case, "--tag", "remote"],
            "2024-03-13 23:00",
            "2024-03-14 01:00",
            "night shift",
        );
        manual(&sam, &["--ticket", "2"], "2024-03-14 10:00", "2024-03-14 11:00", "");
        env.now = "2024-03-15T11:15:00Z".into();
        env.run_on(&tess, &["timer", "start", "--ticket", "1", "--note", "tray 2 again", "--tag", "printer"])
            .ok();
        env.now = crate::support::START.into();
        env.execute("UPDATE login_sessions SET client_label = $1", &[HOST]);
        // Last, so the desk's audit event and note ids (database-wide counters the snapshots
        // show) are the same as in a database of its own.
        env.seed_neighbour();
        Desk { env, tess, sam, case }
    }

    fn admin(&self, args: &[&str]) -> Run {
        self.env.run(args)
    }

    fn tess(&self, args: &[&str]) -> Run {
        self.env.run_on(&self.tess, args)
    }

    /// The id of tess's work session that starts at `start` (RFC 3339).
    fn session_id(&self, start: &str) -> String {
        let list = self.tess(&["session", "list", "--format", "json"]).ok().json();
        let rows = list.as_array().cloned().unwrap_or_default();
        let row =
            rows.iter().find(|r| r["start"] == start).unwrap_or_else(|| panic!("no session at {start}"));
        row["work_session_id"].as_str().unwrap_or_default().to_owned()
    }
}

#[test]
fn user_views() {
    let desk = Desk::new();
    snap!(desk.env, "user_list", desk.admin(&["user", "list"]));
    snap!(desk.env, "user_show", desk.admin(&["user", "show", "tess"]));
    snap!(desk.env, "user_list_as_technician", desk.tess(&["user", "list"]));
}

#[test]
fn auth_views() {
    let desk = Desk::new();
    snap!(desk.env, "auth_status", desk.tess(&["auth", "status"]));
    snap!(desk.env, "auth_sessions", desk.tess(&["auth", "sessions"]));
    desk.env.run_on(&desk.sam, &["auth", "logout"]).ok();
    snap!(desk.env, "auth_sessions_all", desk.admin(&["auth", "sessions", "--all-users"]));
}

#[test]
fn ticket_views() {
    let desk = Desk::new();
    snap!(desk.env, "ticket_list", desk.admin(&["ticket", "list"]));
    snap!(desk.env, "ticket_show", desk.admin(&["ticket", "show", "1"]));
    snap!(desk.env, "ticket_show_as_technician", desk.tess(&["ticket", "show", "2"]));
}

#[test]
fn case_views() {
    let desk = Desk::new();
    snap!(desk.env, "case_list", desk.tess(&["case", "list"]));
    snap!(desk.env, "case_show", desk.tess(&["case", "show", &desk.case]));
    snap!(desk.env, "case_log", desk.tess(&["case", "log", &desk.case]));
}

#[test]
fn timer_and_session_views() {
    let desk = Desk::new();
    snap!(desk.env, "timer_status", desk.tess(&["timer", "status"]));
    snap!(desk.env, "timer_status_none", desk.admin(&["timer", "status"]));
    snap!(desk.env, "session_list", desk.tess(&["session", "list"]));
    snap!(desk.env, "session_list_all_users", desk.admin(&["session", "list", "--all-users"]));
    snap!(desk.env, "session_list_clip", desk.tess(&["session", "list", "--clip", "--from", "2024-03-14"]));
    snap!(desk.env, "session_summary_week", desk.tess(&["session", "summary", "--week"]));
    snap!(
        desk.env,
        "session_summary_all_users",
        desk.admin(&["session", "summary", "--all-users", "--week"])
    );
    let night = desk.session_id("2024-03-13T23:00:00Z");
    snap!(desk.env, "session_show", desk.tess(&["session", "show", &night]));
    let running = desk.session_id("2024-03-15T11:15:00Z");
    snap!(desk.env, "session_show_running", desk.tess(&["session", "show", &running]));
}

#[test]
fn report_views() {
    let desk = Desk::new();
    let range = ["session", "report", "--all-users", "--from", "2024-02-01", "--to", "2024-03-16"];
    let report = |by: &[&str]| {
        let mut args = range.to_vec();
        for group in by {
            args.extend(["--by", group]);
        }
        desk.admin(&args)
    };
    snap!(desk.env, "session_report", report(&[]));
    for by in ["user", "ticket", "case", "tag", "day", "week", "month"] {
        snap!(desk.env, format!("session_report_by_{by}").as_str(), report(&[by]));
    }
    snap!(desk.env, "session_report_by_user_by_day", report(&["user", "day"]));
    let mut rounded = range.to_vec();
    rounded.extend(["--by", "ticket", "--round", "1h"]);
    snap!(desk.env, "session_report_by_ticket_rounded", desk.admin(&rounded));
}

#[test]
fn config_and_audit_views() {
    let desk = Desk::new();
    snap!(desk.env, "config_list", desk.admin(&["config", "list"]));
    snap!(desk.env, "audit_list", desk.admin(&["audit", "list", "--limit", "12"]));
}

#[test]
fn write_notices() {
    let mut desk = Desk::new();
    let env = &desk.env;
    snap!(
        env,
        "notice_user_add",
        env.run_stdin(&["user", "add", "ola", "--role", "technician", "--password-stdin"], "ola-password\n")
    );
    let ola = env.client("ola");
    snap!(env, "notice_auth_login", env.login(&ola, "ola", "ola-password"));
    snap!(env, "notice_auth_login_resumed", env.login(&ola, "ola", "ola-password"));
    snap!(
        env,
        "notice_ticket_create",
        env.run(&["ticket", "create", "Badge reader offline", "--priority", "low"])
    );
    snap!(env, "notice_case_open", env.run_on(&ola, &["case", "open", "Badge reader logs", "--ticket", "4"]));
    snap!(
        env,
        "notice_timer_start",
        env.run_on(&ola, &["timer", "start", "--ticket", "4", "--note", "on site"])
    );
    desk.env.now = "2024-03-15T12:20:00Z".into();
    let env = &desk.env;
    snap!(env, "notice_timer_switch", env.run_on(&ola, &["timer", "switch", "--ticket", "2"]));
    desk.env.now = "2024-03-15T13:05:30Z".into();
    let env = &desk.env;
    snap!(env, "notice_timer_stop", env.run_on(&ola, &["timer", "stop"]));
}

/// `args` with `--format json`.
fn json<'a>(args: &[&'a str]) -> Vec<&'a str> {
    [args, &["--format", "json"]].concat()
}

#[test]
fn machine_contract() {
    let desk = Desk::new();
    snap!(desk.env, "json_user", desk.admin(&json(&["user", "show", "tess"])));
    snap!(desk.env, "json_login_session", desk.tess(&json(&["auth", "sessions"])));
    snap!(desk.env, "json_ticket", desk.admin(&json(&["ticket", "show", "1"])));
    snap!(desk.env, "json_case", desk.tess(&json(&["case", "show", &desk.case])));
    snap!(desk.env, "json_case_notes", desk.tess(&json(&["case", "log", &desk.case])));
    let night = desk.session_id("2024-03-13T23:00:00Z");
    snap!(desk.env, "json_work_session", desk.tess(&json(&["session", "show", &night])));
    snap!(
        desk.env,
        "json_report",
        desk.admin(&json(&["session", "report", "--all-users", "--by", "user", "--by", "day", "--today"]))
    );
    snap!(
        desk.env,
        "json_audit_event",
        desk.admin(&json(&["audit", "list", "--action", "ticket.close", "--limit", "1"]))
    );
    snap!(desk.env, "json_setting", desk.admin(&json(&["config", "get", "session.max_per_user"])));
    snap!(
        desk.env,
        "csv_session_list",
        desk.tess(&["session", "list", "--from", "2024-03-11", "--to", "2024-03-12", "--format", "csv"])
    );
}
