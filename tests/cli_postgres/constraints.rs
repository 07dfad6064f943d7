//! What PostgreSQL's constraints catch when a write slips past the core's checks (here an
//! operator's direct write racing a command, which the core cannot see until it commits), the
//! exit code each becomes, and a lock held past the timeout. PostgreSQL only: on SQLite a write
//! transaction holds the whole database, so nothing can race the checks.

use std::process::{Child, Output, Stdio};
use std::time::Duration;

use postgres::{Client, NoTls};

use crate::seed;
use crate::support::{Env, Run};
use crate::timer::desk;

/// The home desk's organisation, which the operator's SQL below keeps to: other organisations
/// in the database may have the same usernames and ticket numbers.
const HOME: &str = "(SELECT org_id FROM organizations WHERE name = 'default')";

fn operator(env: &Env) -> Client {
    Client::connect(&env.location, NoTls).expect("connect as the operator")
}

fn spawn(env: &Env, client: &std::path::Path, args: &[&str], stdin: Option<&str>) -> Child {
    let mut cmd = env.command(client, args);
    cmd.stdout(Stdio::piped()).stderr(Stdio::piped());
    if stdin.is_some() {
        cmd.stdin(Stdio::piped());
    }
    let mut child = cmd.spawn().expect("spawn stint");
    if let (Some(input), Some(mut pipe)) = (stdin, child.stdin.take()) {
        use std::io::Write;
        pipe.write_all(input.as_bytes()).expect("stdin");
    }
    child
}

fn finished(output: Output, args: &[&str]) -> Run {
    Run {
        code: output.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
        args: args.join(" "),
    }
}

/// Waits until another connection's statement starting with `statement` waits on a lock.
fn wait_until_blocked(env: &Env, statement: &str) {
    let mut watcher = operator(env);
    for _ in 0..1500 {
        let waiting: i64 = watcher
            .query_one(
                "SELECT count(*) FROM pg_stat_activity
                 WHERE datname = current_database() AND wait_event_type = 'Lock'
                   AND ltrim(query) LIKE $1 || '%'",
                &[&statement],
            )
            .expect("pg_stat_activity")
            .get(0);
        if waiting > 0 {
            return;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    panic!("no statement {statement:?} ever waited");
}

/// Runs `args` while the operator's transaction holds `sql` uncommitted; commits it once the
/// command is blocked on it, and returns what the command did.
fn race(
    env: &Env,
    client: &std::path::Path,
    args: &[&str],
    stdin: Option<&str>,
    sql: &str,
    blocks: &str,
) -> Run {
    let mut op = operator(env);
    let mut tx = op.transaction().expect("operator transaction");
    tx.batch_execute(sql).expect("operator's write");
    let child = spawn(env, client, args, stdin);
    wait_until_blocked(env, blocks);
    tx.commit().expect("operator commits");
    finished(child.wait_with_output().expect("wait for stint"), args)
}

/// A work session for `user` on ticket #1, written by the operator.
fn session_sql(id: &str, user: &str, start: &str, end: Option<&str>) -> String {
    let end = end.map_or("NULL".to_owned(), |e| format!("extract(epoch FROM TIMESTAMPTZ '{e}')::BIGINT"));
    format!(
        "INSERT INTO work_sessions (work_session_id, org_id, user_id, ticket_id, start_at, end_at, duration,
             utc_offset, source, created_at, updated_at)
         SELECT '{id}', u.org_id, u.user_id, t.ticket_id, s.start_at, {end}, {end} - s.start_at, 0, 'manual', 0, 0
         FROM users u, tickets t, (SELECT extract(epoch FROM TIMESTAMPTZ '{start}')::BIGINT AS start_at) s
         WHERE u.username = '{user}' AND t.number = 1 AND u.org_id = {HOME} AND t.org_id = {HOME}"
    )
}

#[test]
fn an_overlap_that_races_the_check_is_refused_by_the_exclusion_constraint_and_named() {
    let (env, tess) = desk();
    let id = "0badc0de-0000-4000-8000-000000000001";
    let sql = session_sql(id, "tess", "2024-03-15 09:00Z", Some("2024-03-15 10:00Z"));
    let args = ["timer", "manual", "--ticket", "2", "--from", "09:30", "--to", "10:30"];
    let run = race(&env, &tess, &args, None, &sql, "INSERT INTO work_sessions");
    run.fails(6, "would overlap work session 0badc0de on #1 (2024-03-15 09:00 to 2024-03-15 10:00)");
    let listed = crate::timer::sessions(&env, &tess, &[]);
    assert_eq!(listed.len(), 1, "only the operator's session: {listed:?}");
}

#[test]
fn a_second_running_timer_that_races_the_check_is_refused_and_names_the_first() {
    let (env, tess) = desk();
    let sql = session_sql("0badc0de-0000-4000-8000-000000000002", "tess", "2024-03-15 11:00Z", None);
    let args = ["timer", "start", "--ticket", "2"];
    let run = race(&env, &tess, &args, None, &sql, "INSERT INTO work_sessions");
    run.fails(6, "a timer is already running on #1 since 2024-03-15 11:00 (session 0badc0de)");
    let status = env.run_on(&tess, &["timer", "status", "--format", "json"]).ok().json();
    assert_eq!(status["work_session_id"], "0badc0de-0000-4000-8000-000000000002");
}

#[test]
fn a_duplicate_username_that_races_the_check_is_a_conflict() {
    let env = Env::new();
    let sql = format!(
        "INSERT INTO users (user_id, org_id, username, role, status, password_hash, created_at, updated_at)
         SELECT 'raced', {HOME}, 'bob', 'viewer', 'active', 'x', 0, 0"
    );
    let args = ["user", "add", "bob", "--role", "technician", "--password-stdin"];
    let run = race(&env, &env.default_client(), &args, Some("bob-password\n"), &sql, "INSERT INTO users");
    run.fails(6, "a user with that name already exists");
}

#[test]
fn a_ticket_number_taken_behind_stints_back_is_a_conflict() {
    let env = Env::new();
    seed::ticket(&env, 1, "open");
    // The operator files #2 without taking it from the organisation's counter.
    let mut op = operator(&env);
    op.batch_execute(&format!(
        "INSERT INTO tickets (org_id, number, title, status, priority, creator_id, created_at, updated_at)
         SELECT org_id, 2, 'by hand', 'open', 'normal', user_id, 0, 0 FROM users
         WHERE username = 'admin' AND org_id = {HOME}"
    ))
    .expect("operator's ticket");
    env.run(&["ticket", "create", "Printer"]).fails(6, "that ticket number is taken");
    // The refused command changed nothing, its counter included; once the operator moves the
    // counter past the number, tickets are created again.
    op.batch_execute(&format!("UPDATE organizations SET next_ticket_number = 3 WHERE org_id = {HOME}"))
        .expect("operator fixes the counter");
    assert_eq!(env.run(&["ticket", "create", "Printer", "-q"]).ok().stdout.trim(), "3");
}

#[test]
fn a_user_lock_held_past_the_timeout_is_busy() {
    let (env, tess) = desk();
    let mut op = operator(&env);
    let mut tx = op.transaction().expect("operator transaction");
    tx.batch_execute(&format!("SELECT 1 FROM users WHERE username = 'tess' AND org_id = {HOME} FOR UPDATE"))
        .expect("lock tess");
    let args = ["timer", "start", "--ticket", "1"];
    let run = env.run_full(&tess, &args, None, &[("STINT_BUSY_TIMEOUT_MS", "300")]);
    run.fails(7, "busy");
    // Another user's commands do not wait for tess.
    env.run(&["timer", "start", "--ticket", "1"]).ok();
    tx.rollback().expect("release");
    env.run_on(&tess, &args).ok();
}

#[test]
fn two_admins_suspending_each_other_at_once_leave_one_active_admin() {
    let env = Env::new();
    let ann = env.user_client("ann", "admin");
    let admin_args = ["user", "suspend", "ann"];
    let ann_args = ["user", "suspend", "admin"];
    let first = spawn(&env, &env.default_client(), &admin_args, None);
    let second = spawn(&env, &ann, &ann_args, None);
    let runs = [
        finished(first.wait_with_output().expect("wait"), &admin_args),
        finished(second.wait_with_output().expect("wait"), &ann_args),
    ];
    let codes: Vec<i32> = runs.iter().map(|r| r.code).collect();
    assert_eq!(codes.iter().filter(|c| **c == 0).count(), 1, "{runs:?}");
    // The other finds itself suspended (exit 4), or the last admin kept (exit 6).
    assert!(codes.iter().all(|c| [0, 4, 6].contains(c)), "{runs:?}");
    let winner = if runs[0].code == 0 { env.default_client() } else { ann };
    let users = env.run_on(&winner, &["user", "list", "--format", "json"]).ok().json();
    let active_admins = users
        .as_array()
        .expect("array")
        .iter()
        .filter(|u| u["role"] == "admin" && u["status"] == "active")
        .count();
    assert_eq!(active_admins, 1, "{users}");
}

/// A second organisation, `acme`, with its admin `boss` logged in on the returned client.
fn with_acme(env: &Env) -> std::path::PathBuf {
    env.run_stdin(&["org", "create", "acme", "--admin", "boss", "--password-stdin", "-q"], "boss-password\n")
        .ok();
    let boss = env.client("boss");
    let login = ["auth", "login", "boss@acme", "--password-stdin"];
    env.run_full(&boss, &login, Some("boss-password\n"), &[]).ok();
    boss
}

#[test]
fn a_row_pointed_across_organisations_is_refused_by_the_composite_keys() {
    let env = Env::new();
    seed::ticket(&env, 1, "open");
    with_acme(&env);
    let mut op = operator(&env);
    let boss: String =
        op.query_one("SELECT user_id FROM users WHERE username = 'boss'", &[]).expect("acme's admin").get(0);
    // The home desk's ticket assigned to acme's admin: the key (org_id, assignee_id) has no user.
    let assigned = op.execute(
        &format!("UPDATE tickets SET assignee_id = $1 WHERE number = 1 AND org_id = {HOME}"),
        &[&boss],
    );
    let refused = assigned.expect_err("a ticket assigned across organisations");
    assert_eq!(refused.as_db_error().and_then(|e| e.constraint()), Some("tickets_assignee_fk"), "{refused}");
    // Acme's admin working on the home desk's ticket, filed in acme.
    let worked = op.execute(
        &format!(
            "INSERT INTO work_sessions (work_session_id, org_id, user_id, ticket_id, start_at, end_at, duration,
                 utc_offset, source, created_at, updated_at)
             SELECT 'cross', u.org_id, u.user_id, t.ticket_id, 0, 60, 60, 0, 'manual', 0, 0
             FROM users u, tickets t WHERE u.user_id = $1 AND t.number = 1 AND t.org_id = {HOME}"
        ),
        &[&boss],
    );
    let refused = worked.expect_err("a work session on another organisation's ticket");
    assert_eq!(
        refused.as_db_error().and_then(|e| e.constraint()),
        Some("work_sessions_ticket_fk"),
        "{refused}"
    );
    // Moving acme's admin into the home desk, rows and all, is refused by every row that refers
    // to them under acme's key.
    let moved = op.execute(&format!("UPDATE users SET org_id = {HOME} WHERE user_id = $1"), &[&boss]);
    assert!(moved.is_err(), "a user moved across organisations with their login sessions");
    env.run(&["ticket", "show", "1"]).ok();
}

#[test]
fn one_organisations_tenant_lock_never_holds_up_another() {
    let env = Env::new();
    let boss = with_acme(&env);
    let mut op = operator(&env);
    let mut tx = op.transaction().expect("operator transaction");
    tx.batch_execute("SELECT 1 FROM organizations WHERE name = 'acme' FOR UPDATE").expect("lock acme");
    let quick = [("STINT_BUSY_TIMEOUT_MS", "300")];
    // Acme's ticket numbers wait for acme's row; the home desk's do not.
    env.run_full(&boss, &["ticket", "create", "Waits"], None, &quick).fails(7, "busy");
    env.run_full(&env.default_client(), &["ticket", "create", "Goes on", "-q"], None, &quick).ok();
    tx.rollback().expect("release");
    assert_eq!(env.run_on(&boss, &["ticket", "create", "Now", "-q"]).ok().stdout.trim(), "1");
}
