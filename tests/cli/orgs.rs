//! Organisations: the operator's `stint org` commands, logins that name the organisation, and
//! the isolation between two desks with overlapping usernames and ticket numbers: an object of
//! the other organisation is answered exactly like one that does not exist.

use std::path::PathBuf;

use serde_json::Value;

use crate::seed;
use crate::support::{ADMIN, Env, Run};

const ACME_PASSWORD: &str = "acme-admin-password";

/// Two desks in one database. `default` (from `init`): tickets #1-#3, users admin and tess
/// (one work session). `acme`: tickets #1-#4 titled "Acme secret N", users admin, tess and
/// carol, a case and a work session of its tess, and its own session limit setting.
struct Desks {
    env: Env,
    home_tess: PathBuf,
    acme_admin: PathBuf,
    acme_tess: PathBuf,
    acme_case: String,
    acme_session: String,
    home_case: String,
}

fn manual(env: &Env, client: &std::path::Path, ticket: &str) -> String {
    let args = ["timer", "manual", "--ticket", ticket, "--from", "09:00", "--to", "10:00", "-q"];
    env.run_on(client, &args).ok().stdout.trim().to_owned()
}

fn two_desks() -> Desks {
    // Alone: this suite makes its own second organisation, counts them, and logs in without --org.
    let env = Env::alone();
    seed::ticket(&env, 1, "open");
    seed::ticket(&env, 2, "open");
    seed::ticket(&env, 3, "open");
    // Logged in while the database holds one organisation: no --org needed.
    let home_tess = env.user_client("tess", "technician");
    manual(&env, &home_tess, "1");
    let home_case =
        env.run_on(&home_tess, &["case", "open", "Home case", "-q"]).ok().stdout.trim().to_owned();

    env.run_stdin(
        &["org", "create", "Acme", "--admin", ADMIN, "--password-stdin", "-q"],
        &format!("{ACME_PASSWORD}\n"),
    )
    .ok();
    let acme_admin = env.client("acme-admin");
    login(&env, &acme_admin, "admin@acme", ACME_PASSWORD).ok();
    for n in 1..=4 {
        let created = env.run_on(&acme_admin, &["ticket", "create", &format!("Acme secret {n}"), "-q"]);
        assert_eq!(created.ok().stdout.trim(), n.to_string(), "acme counts its own ticket numbers");
    }
    for (name, password) in [("tess", "acme-tess-password"), ("carol", "acme-carol-password")] {
        let add = ["user", "add", name, "--role", "technician", "--password-stdin", "-q"];
        env.run_full(&acme_admin, &add, Some(&format!("{password}\n")), &[]).ok();
    }
    let acme_tess = env.client("acme-tess");
    login(&env, &acme_tess, "tess", "acme-tess-password").fails(2, "--org");
    login(&env, &acme_tess, "tess@acme", "acme-tess-password").ok();
    let acme_session = manual(&env, &acme_tess, "4");
    let acme_case =
        env.run_on(&acme_tess, &["case", "open", "Acme case", "-q"]).ok().stdout.trim().to_owned();
    env.run_on(&acme_admin, &["config", "set", "session.max_per_user", "3"]).ok();
    Desks { env, home_tess, acme_admin, acme_tess, acme_case, acme_session, home_case }
}

fn login(env: &Env, client: &std::path::Path, name: &str, password: &str) -> Run {
    env.run_full(client, &["auth", "login", name, "--password-stdin"], Some(&format!("{password}\n")), &[])
}

/// The refusal of `args` run on `client`, with `what` (the name or id it gave) replaced, so two
/// refusals that differ only in what they name compare equal.
fn not_found(env: &Env, client: &std::path::Path, args: &[&str], what: &str) -> String {
    let run = env.run_on(client, args);
    run.fails(3, "");
    run.stderr.replace(what, "WHAT")
}

/// `template` with `{}` replaced by `value`.
fn with(template: &[&str], value: &str) -> Vec<String> {
    template.iter().map(|a| a.replace("{}", value)).collect()
}

/// Asserts that naming `theirs` (the other organisation's object) in each command is answered
/// exactly as naming `nothing` (an object that exists nowhere) is.
fn same_as_missing(env: &Env, client: &std::path::Path, commands: &[&[&str]], theirs: &str, nothing: &str) {
    for template in commands {
        let (a, b) = (with(template, theirs), with(template, nothing));
        let a: Vec<&str> = a.iter().map(String::as_str).collect();
        let b: Vec<&str> = b.iter().map(String::as_str).collect();
        assert_eq!(not_found(env, client, &a, theirs), not_found(env, client, &b, nothing), "{template:?}");
    }
}

fn json(env: &Env, client: &std::path::Path, args: &[&str]) -> Value {
    let mut args = args.to_vec();
    args.extend(["--format", "json"]);
    env.run_on(client, &args).ok().json()
}

#[test]
fn logins_name_the_organisation_and_status_shows_it() {
    let desks = two_desks();
    let env = &desks.env;
    let client = env.client("laptop");
    // Several organisations and none named: exit 2 naming --org.
    login(env, &client, "admin", ACME_PASSWORD).fails(2, "--org");
    login(env, &client, "admin@acme", ACME_PASSWORD).ok();
    assert_eq!(json(env, &client, &["auth", "status"])["org"], "acme");
    // --org, folded like a username; the home desk's admin has another password.
    let home = env.client("home");
    login(env, &home, "admin", crate::support::ADMIN_PASSWORD).fails(2, "--org");
    let run = env.run_full(
        &home,
        &["auth", "login", "--org", "DEFAULT", "admin", "--password-stdin"],
        Some(&format!("{}\n", crate::support::ADMIN_PASSWORD)),
        &[],
    );
    run.ok();
    assert_eq!(json(env, &home, &["auth", "status"])["org"], "default");
    let csv = env.run_on(&home, &["auth", "status", "--format", "csv"]).ok().stdout.clone();
    assert!(
        csv.starts_with("org,") && csv.lines().nth(1).is_some_and(|l| l.starts_with("default,")),
        "{csv}"
    );
    assert!(env.run_on(&home, &["auth", "status"]).ok().stdout.starts_with("Organisation  default"));
    // The same password under the other organisation's name is no login at all.
    login(env, &home, "admin@default", ACME_PASSWORD).fails(4, "login failed");
    // NAME@ORG and a different --org disagree.
    let both = ["auth", "login", "--org", "default", "admin@acme", "--password-stdin"];
    env.run_full(&client, &both, Some("x\n"), &[]).fails(2, "different organisations");

    // An unknown organisation and an unknown user get the same answer.
    let unknown_org = login(env, &client, "admin@nowhere", ACME_PASSWORD);
    let unknown_user = login(env, &client, "nobody@acme", ACME_PASSWORD);
    let bad_org_name = login(env, &client, "admin@No Such Desk!", ACME_PASSWORD);
    assert_eq!((unknown_org.code, &unknown_org.stderr), (4, &unknown_user.stderr));
    assert_eq!((bad_org_name.code, &bad_org_name.stderr), (4, &unknown_user.stderr));

    // One client holds logins to both; the latest login is the one commands use.
    login(env, &client, "admin@default", crate::support::ADMIN_PASSWORD).ok();
    assert_eq!(json(env, &client, &["auth", "status"])["org"], "default");
    let again = login(env, &client, "admin@acme", ACME_PASSWORD);
    assert!(again.ok().stderr.contains("Resumed your session"), "{}", again.stderr);
    assert_eq!(json(env, &client, &["auth", "status"])["org"], "acme");
    // Logging out of acme leaves the login to default on this client, held for the next login.
    env.run_on(&client, &["auth", "logout"]).ok();
    let back = login(env, &client, "admin@default", crate::support::ADMIN_PASSWORD);
    assert!(back.ok().stderr.contains("Resumed your session"), "{}", back.stderr);
}

#[test]
fn another_organisations_objects_are_answered_as_missing() {
    let desks = two_desks();
    let env = &desks.env;
    let home = env.default_client();
    // Ticket #4 exists only in acme.
    same_as_missing(
        env,
        &home,
        &[
            &["ticket", "show", "{}"],
            &["ticket", "edit", "{}", "--title", "Mine now"],
            &["ticket", "close", "{}"],
            &["ticket", "assign", "{}", "tess"],
        ],
        "4",
        "99",
    );
    same_as_missing(env, &desks.home_tess, &[&["timer", "start", "--ticket", "{}"]], "4", "99");
    // acme's case and work session, by whole id and by prefix.
    let missing_id = "ffffffff-ffff-4fff-bfff-ffffffffffff";
    for (theirs, nothing) in [(desks.acme_case.as_str(), missing_id), (&desks.acme_case[..8], "ffffffff")] {
        same_as_missing(
            env,
            &home,
            &[&["case", "show", "{}"], &["case", "note", "{}", "mine"], &["case", "close", "{}"]],
            theirs,
            nothing,
        );
    }
    for (theirs, nothing) in
        [(desks.acme_session.as_str(), missing_id), (&desks.acme_session[..8], "ffffffff")]
    {
        same_as_missing(
            env,
            &home,
            &[
                &["session", "show", "{}"],
                &["session", "edit", "{}", "--note", "x"],
                &["session", "delete", "{}", "--yes"],
            ],
            theirs,
            nothing,
        );
    }
    // carol exists only in acme.
    same_as_missing(
        env,
        &home,
        &[
            &["user", "show", "{}"],
            &["user", "suspend", "{}"],
            &["user", "edit", "{}", "--display-name", "x"],
            &["session", "list", "--user", "{}"],
            &["session", "report", "--user", "{}"],
        ],
        "carol",
        "nobody",
    );
    // An import for acme's carol, and one onto acme-only ticket #4: refused as for a user or a
    // ticket that exists nowhere (an import names the refused line, exit 2).
    let csv = "ticket,start,end\n1,2024-03-01T08:00:00Z,2024-03-01T09:00:00Z\n";
    let import = |user: &str| {
        let args = ["session", "import", "-", "--input-format", "csv", "--user", user];
        let run = env.run_full(&home, &args, Some(csv), &[]);
        assert_ne!(run.code, 0, "{}", run.stderr);
        (run.code, run.stderr.replace(user, "WHAT"))
    };
    assert_eq!(import("carol"), import("nobody"));
    let onto = |ticket: &str| {
        let text = format!("ticket,start,end\n{ticket},2024-03-01T08:00:00Z,2024-03-01T09:00:00Z\n");
        let run = env.run_full(&home, &["session", "import", "-", "--input-format", "csv"], Some(&text), &[]);
        assert_ne!(run.code, 0, "{}", run.stderr);
        (run.code, run.stderr.replace(ticket, "N"))
    };
    assert_eq!(onto("4"), onto("99"));
    // A login session of acme, by prefix.
    let acme_sessions = json(env, &desks.acme_admin, &["auth", "sessions"]);
    let acme_login = acme_sessions[0]["session_id"].as_str().expect("a session id")[..8].to_owned();
    same_as_missing(env, &home, &[&["auth", "revoke", "{}"]], &acme_login, "ffffffff");
    // And the other way: the home desk's case is nothing to acme.
    same_as_missing(env, &desks.acme_admin, &[&["case", "show", "{}"]], &desks.home_case, missing_id);
    // Nothing of acme changed.
    let acme_ticket = json(env, &desks.acme_admin, &["ticket", "show", "4"]);
    assert_eq!(
        (&acme_ticket["title"], &acme_ticket["status"]),
        (&Value::from("Acme secret 4"), &Value::from("open"))
    );
    assert_eq!(json(env, &desks.acme_tess, &["session", "list"]).as_array().map(Vec::len), Some(1));
}

#[test]
fn listings_reports_audit_and_config_keep_to_their_organisation() {
    let desks = two_desks();
    let env = &desks.env;
    let home = env.default_client();
    let mut titles: Vec<String> = json(env, &home, &["ticket", "list"])
        .as_array()
        .expect("tickets")
        .iter()
        .filter_map(|t| t["title"].as_str().map(str::to_owned))
        .collect();
    titles.sort();
    assert_eq!(titles, ["Ticket 1", "Ticket 2", "Ticket 3"]);
    let users: Vec<Value> = json(env, &home, &["user", "list"])
        .as_array()
        .expect("users")
        .iter()
        .map(|u| u["username"].clone())
        .collect();
    assert_eq!(users, [ADMIN, "tess"]);
    let cases = json(env, &home, &["case", "list", "--all-users"]);
    assert_eq!(cases.as_array().map(Vec::len), Some(1), "{cases}");
    let sessions = json(env, &home, &["session", "list", "--all-users"]);
    assert_eq!(sessions.as_array().map(Vec::len), Some(1), "{sessions}");
    let report = json(env, &home, &["session", "report", "--all-users"]);
    let total: i64 =
        report.as_array().expect("rows").iter().filter_map(|r| r["duration_seconds"].as_i64()).sum();
    assert_eq!(total, 3600, "{report}");
    let exported =
        env.run_on(&home, &["session", "list", "--all-users", "--format", "csv"]).ok().stdout.clone();
    assert!(!exported.contains(&desks.acme_session), "{exported}");
    let logins = json(env, &home, &["auth", "sessions", "--all-users"]);
    assert!(logins.as_array().expect("sessions").iter().all(|s| s["username"] != "carol"), "{logins}");

    let text = env.run_on(&home, &["audit", "list", "--format", "json"]).ok().stdout.clone();
    for secret in ["Acme", "carol", "org.create", desks.acme_session.as_str(), desks.acme_case.as_str()] {
        assert!(!text.contains(secret), "the home audit log names {secret}: {text}");
    }
    let acme_audit = json(env, &desks.acme_admin, &["audit", "list"]).to_string();
    assert!(acme_audit.contains("org.create") && !acme_audit.contains("Ticket 1"), "{acme_audit}");

    let setting = |client: &std::path::Path| {
        env.run_on(client, &["config", "get", "session.max_per_user"]).ok().stdout.clone()
    };
    assert!(setting(&desks.acme_admin).contains('3'));
    assert!(!setting(&home).contains('3'), "{}", setting(&home));
}

#[test]
fn a_token_of_one_organisation_acts_only_in_it_and_suspension_stops_it() {
    let desks = two_desks();
    let env = &desks.env;
    let printed = env.run_full(
        &desks.acme_admin,
        &["auth", "login", "admin@acme", "--print-token", "--password-stdin"],
        Some(&format!("{ACME_PASSWORD}\n")),
        &[],
    );
    let token = printed.ok().stdout.trim().to_owned();
    // Presented on the home desk's client, it is still acme's token: it sees acme only.
    let run = |args: &[&str]| env.run_full(&env.default_client(), args, None, &[("STINT_TOKEN", &token)]);
    assert_eq!(run(&["auth", "status", "--format", "json"]).ok().json()["org"], "acme");
    run(&["case", "show", &desks.home_case]).fails(3, "");
    run(&["user", "show", "carol"]).ok();

    env.run(&["org", "suspend", "acme"]).ok();
    let again = env.run(&["org", "suspend", "acme"]);
    assert!(again.ok().stderr.contains("already suspended"), "{}", again.stderr);
    run(&["ticket", "list"]).fails(4, "organisation is suspended");
    env.run_on(&desks.acme_tess, &["timer", "status"]).fails(4, "organisation is suspended");
    login(env, &env.client("new"), "tess@acme", "acme-tess-password").fails(4, "login failed");
    // The other desk goes on.
    env.run_on(&desks.home_tess, &["session", "list"]).ok();
    env.run(&["org", "activate", "acme"]).ok();
    run(&["ticket", "show", "4"]).ok();
    let audit = json(env, &desks.acme_admin, &["audit", "list", "--action", "org.suspend"]);
    assert_eq!(audit.as_array().map(Vec::len), Some(1), "{audit}");
}

#[test]
fn operators_list_show_rename_limit_and_delete_organisations() {
    let desks = two_desks();
    let env = &desks.env;
    let list = env.run(&["org", "list", "--format", "json"]).ok().json();
    let names: Vec<&str> = list.as_array().expect("orgs").iter().filter_map(|o| o["name"].as_str()).collect();
    assert_eq!(names, ["acme", "default"]);
    let acme = &list[0];
    assert_eq!(
        (&acme["status"], &acme["users"], &acme["tickets"], &acme["sessions"]),
        (&"active".into(), &3.into(), &4.into(), &1.into())
    );
    assert!(
        acme["org_id"].as_str().is_some_and(|id| id.len() == 36) && acme["created_at"].is_string(),
        "{acme}"
    );
    env.run(&["org", "show", "ACME"]).ok();
    env.run(&["org", "show", "nowhere"]).fails(3, "no organisation named \"nowhere\"");
    env.run_stdin(&["org", "create", "acme", "--admin", "x", "--password-stdin"], "whatever-password\n")
        .fails(6, "already exists");
    env.run_stdin(&["org", "create", "Bad Name", "--admin", "x", "--password-stdin"], "whatever-password\n")
        .fails(2, "invalid organisation name");

    // Limits: the fourth user is refused, naming the limit.
    env.run(&["org", "limit", "acme", "--max-users", "3"]).ok();
    let show = env.run(&["org", "show", "acme", "--format", "json"]).ok().json();
    assert_eq!((&show["max_users"], &show["users"]), (&3.into(), &3.into()));
    let add = ["user", "add", "dave", "--role", "viewer", "--password-stdin"];
    env.run_full(&desks.acme_admin, &add, Some("dave-password\n"), &[]).fails(6, "max_users");
    env.run(&["org", "limit", "acme", "--no-max-users"]).ok();
    env.run_full(&desks.acme_admin, &add, Some("dave-password\n"), &[]).ok();

    // Rename: logins use the new name; the old one is unknown.
    env.run(&["org", "rename", "acme", "acme-corp"]).ok();
    login(env, &env.client("x"), "tess@acme", "acme-tess-password").fails(4, "login failed");
    login(env, &env.client("x"), "tess@acme-corp", "acme-tess-password").ok();
    env.run(&["org", "rename", "acme-corp", "default"]).fails(6, "already exists");

    // Delete: asks on a terminal, needs --yes off one, and removes everything of acme-corp.
    env.run(&["org", "delete", "acme-corp"]).fails(2, "--yes");
    env.run(&["org", "delete", "acme-corp", "--yes"]).ok();
    let left = env.run(&["org", "list", "--format", "json"]).ok().json();
    assert_eq!(left.as_array().map(Vec::len), Some(1));
    env.run_on(&desks.acme_tess, &["timer", "status"]).fails(4, "");
    env.run(&["org", "delete", "default", "--yes"]).fails(6, "last one");
    env.run(&["db", "check"]).ok();
    // The home desk is whole.
    assert_eq!(json(env, &env.default_client(), &["ticket", "list"]).as_array().map(Vec::len), Some(3));
    // With one organisation again, logins need no --org.
    login(env, &env.client("y"), "tess", "tess-password").ok();
}

#[test]
fn org_commands_need_direct_access_to_the_database() {
    let mut env = Env::new();
    let url = match env.server.clone() {
        Some(url) => url,
        None => env.serve().url.clone(),
    };
    env.run(&["--server", &url, "org", "list"]).fails(5, "needs direct access to the database");
}
