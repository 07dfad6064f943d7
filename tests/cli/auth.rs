//! Users, login sessions and the permission matrix rows for users, sessions, settings and audit.

use std::os::unix::fs::PermissionsExt;

use crate::support::{ADMIN, ADMIN_PASSWORD, Env};

fn token_file(client: &std::path::Path) -> std::path::PathBuf {
    let dir = client.join("tokens");
    let mut tokens = std::fs::read_dir(&dir)
        .expect("tokens dir")
        .map(|entry| entry.expect("entry").path())
        .filter(|path| path.extension().is_some_and(|e| e == "token"));
    tokens.next().expect("one token file")
}

#[test]
fn an_admin_script_creates_users_without_a_terminal() {
    let env = Env::new();
    let run = env
        .run_stdin(&["user", "add", "Bob", "--role", "technician", "--password-stdin", "-q"], "pw-for-bob\n");
    let id = run.ok().stdout.trim().to_owned();
    assert!(uuid::Uuid::parse_str(&id).is_ok(), "only the id: {:?}", run.stdout);
    env.run_stdin(&["user", "add", "bob", "--role", "viewer", "--password-stdin"], "pw-for-bob\n")
        .fails(6, "already exists");
    let again = env.run_stdin(
        &["user", "add", "BOB", "--role", "viewer", "--password-stdin", "--if-not-exists", "-q"],
        "pw-for-bob\n",
    );
    assert_eq!(again.ok().stdout.trim(), id, "existing user's id, unchanged");
    env.run(&["user", "add", "carol", "--role", "viewer"]).fails(2, "--password-stdin");
    env.run_stdin(&["user", "add", "carol", "--role", "viewer", "--password-stdin"], "\n")
        .fails(2, "no password");
    let long = format!("{}\n", "x".repeat(5000));
    env.run_stdin(&["user", "add", "carol", "--role", "viewer", "--password-stdin"], &long)
        .fails(2, "longer than");
    let list = env.run(&["user", "list", "--format", "json"]).ok().json();
    let names: Vec<&str> =
        list.as_array().expect("array").iter().filter_map(|u| u["username"].as_str()).collect();
    assert_eq!(names, ["admin", "bob"]);
}

#[test]
fn login_resumes_on_the_same_client_and_opens_another_elsewhere() {
    let env = Env::new();
    let password = env.add_user("bob", "technician");
    let laptop = env.client("laptop");
    let desktop = env.client("desktop");
    let first = env.login(&laptop, "bob", &password);
    assert!(first.ok().stderr.contains("Logged in as bob"), "{}", first.stderr);
    let old_token = std::fs::read_to_string(token_file(&laptop)).expect("token");
    let again = env.login(&laptop, "bob", &password);
    assert!(again.ok().stderr.contains("Resumed your session"), "{}", again.stderr);
    let new_token = std::fs::read_to_string(token_file(&laptop)).expect("token");
    assert_ne!(old_token, new_token, "resuming rotates the token");
    env.login(&desktop, "bob", &password).ok();
    let sessions = env.run_on(&laptop, &["auth", "sessions", "--format", "json"]).ok().json();
    let active = sessions.as_array().expect("array").iter().filter(|s| s["state"] == "active").count();
    assert_eq!(active, 2, "one per client: {sessions}");
    let users = env.run(&["user", "show", "bob", "--format", "json"]).ok().json();
    assert_eq!(users["active_sessions"], 2);
    assert_eq!(users["last_login_at"], "2024-03-15T12:00:00Z");

    // Replaying the superseded token revokes the session it belonged to.
    let replay = env.run_full(&desktop, &["auth", "status"], None, &[("STINT_TOKEN", old_token.trim())]);
    replay.fails(4, "not logged in");
    env.run_on(&laptop, &["auth", "status"]).fails(4, "revoked");
    env.run_on(&desktop, &["auth", "status"]).ok();
    let audit = env.run(&["audit", "list", "--action", "auth.token_reuse", "--format", "json"]).ok().json();
    assert_eq!(audit.as_array().map(Vec::len), Some(1));
}

#[test]
fn the_session_cap_refuses_login_with_a_hint() {
    let env = Env::new();
    env.run(&["config", "set", "session.max_per_user", "2"]).ok();
    let password = env.add_user("bob", "technician");
    env.login(&env.client("a"), "bob", &password).ok();
    env.login(&env.client("b"), "bob", &password).ok();
    let refused = env.login(&env.client("c"), "bob", &password);
    // The locked-out device cannot revoke anything itself: the hint says what can.
    for needle in ["auth revoke", "another device", "an admin", "--replace-oldest"] {
        refused.fails(6, needle);
    }
    env.login(&env.client("a"), "bob", &password).ok(); // resuming is not a new session
    env.run_on(&env.client("b"), &["auth", "logout"]).ok();
    env.login(&env.client("c"), "bob", &password).ok();
}

#[test]
fn login_replace_oldest_ends_the_least_recently_used_session() {
    let mut env = Env::new();
    env.run(&["config", "set", "session.max_per_user", "2"]).ok();
    let password = env.add_user("bob", "technician");
    let (a, b, c) = (env.client("a"), env.client("b"), env.client("c"));
    let replace = |env: &Env, password: &str| {
        env.run_full(
            &c,
            &["auth", "login", "bob", "--password-stdin", "--replace-oldest"],
            Some(&format!("{password}\n")),
            &[],
        )
    };
    env.login(&a, "bob", &password).ok();
    env.now = "2024-03-15T12:01:00Z".into();
    env.login(&b, "bob", &password).ok();
    env.now = "2024-03-15T12:05:00Z".into();
    env.run_on(&a, &["auth", "status"]).ok(); // a was used last; b is the least recently used
    env.now = "2024-03-15T12:06:00Z".into();
    replace(&env, "wrong-password").fails(4, "login failed");
    // Nothing ended without the password (checked as the admin: using b would refresh it).
    let all = env.run(&["auth", "sessions", "--all-users", "--format", "json"]).ok().json();
    let revoked = all.as_array().expect("array").iter().filter(|s| s["state"] == "revoked").count();
    assert_eq!(revoked, 0, "{all}");
    let run = replace(&env, &password);
    assert!(run.ok().stderr.contains("Ended your least recently used session"), "{}", run.stderr);
    env.run_on(&b, &["auth", "status"]).fails(4, "revoked");
    env.run_on(&a, &["auth", "status"]).ok();
    env.run_on(&c, &["auth", "status"]).ok();
    let audit =
        env.run(&["audit", "list", "--action", "auth.replace_oldest", "--format", "json"]).ok().json();
    assert_eq!(audit.as_array().map(Vec::len), Some(1), "{audit}");
    // Below the cap it ends nothing.
    env.run_on(&a, &["auth", "logout"]).ok();
    let run = replace(&env, &password);
    assert!(!run.ok().stderr.contains("Ended"), "{}", run.stderr);
}

#[test]
fn sessions_expire_absolutely_and_when_idle() {
    let mut env = Env::new();
    let password = env.add_user("bob", "technician");
    let short = env.client("short");
    env.run_full(
        &short,
        &["auth", "login", "bob", "--password-stdin", "--ttl", "1h"],
        Some(&format!("{password}\n")),
        &[],
    )
    .ok();
    env.run_full(
        &short,
        &["auth", "login", "bob", "--password-stdin", "--ttl", "30d"],
        Some(&format!("{password}\n")),
        &[],
    )
    .fails(2, "--ttl must be between");
    env.run(&["config", "set", "session.idle_timeout", "2h"]).ok();
    let idle = env.client("idle");
    env.login(&idle, "bob", &password).ok();

    env.now = "2024-03-15T12:59:00Z".into();
    env.run_on(&short, &["auth", "status"]).ok();
    env.now = "2024-03-15T13:00:00Z".into();
    env.run_on(&short, &["auth", "status"]).fails(4, "expired");
    env.now = "2024-03-15T13:30:00Z".into();
    env.run_on(&idle, &["auth", "status"]).ok(); // used: idle clock restarts
    env.now = "2024-03-15T15:29:00Z".into();
    env.run_on(&idle, &["auth", "status"]).ok();
    env.now = "2024-03-15T17:30:00Z".into();
    env.run_on(&idle, &["auth", "status"]).fails(4, "idle");
    env.run(&["auth", "status"]).fails(4, "idle");
    env.login(&env.default_client(), ADMIN, ADMIN_PASSWORD).ok();
    let sessions = env.run(&["auth", "sessions", "--all-users", "--format", "json"]).ok().json();
    let states: Vec<&str> =
        sessions.as_array().expect("array").iter().filter_map(|s| s["state"].as_str()).collect();
    assert!(states.contains(&"idle") && states.contains(&"expired"), "{states:?}");
    env.run(&["auth", "prune"]).ok();
    let left = env.run(&["auth", "sessions", "--all-users", "--format", "json"]).ok().json();
    assert_eq!(left.as_array().map(Vec::len), Some(1), "only the admin's: {left}");
}

#[test]
fn logout_and_revoke_take_effect_on_the_next_command_everywhere() {
    let env = Env::new();
    let password = env.add_user("bob", "technician");
    let (a, b) = (env.client("a"), env.client("b"));
    env.login(&a, "bob", &password).ok();
    env.login(&b, "bob", &password).ok();
    env.run_on(&a, &["auth", "logout", "--all"]).ok();
    env.run_on(&b, &["auth", "status"]).fails(4, "revoked");
    env.run_on(&a, &["auth", "status"]).fails(4, "not logged in");
    env.run_on(&a, &["auth", "logout"]).ok(); // idempotent

    env.login(&a, "bob", &password).ok();
    env.run(&["auth", "revoke", "--user", "bob", "--yes"]).ok();
    env.run_on(&a, &["auth", "status"]).fails(4, "revoked");

    env.login(&a, "bob", &password).ok();
    let sessions = env.run_on(&a, &["auth", "sessions", "--format", "json"]).ok().json();
    let active =
        sessions.as_array().expect("array").iter().find(|s| s["state"] == "active").expect("active").clone();
    let prefix = &active["session_id"].as_str().expect("id")[..8];
    env.run_on(&a, &["auth", "revoke", prefix]).ok();
    env.run_on(&a, &["auth", "status"]).fails(4, "revoked");
    env.run(&["auth", "revoke", "abc"]).fails(2, "at least 4 hex digits");
    env.run(&["auth", "revoke", "ffffffff"]).fails(3, "no login session");
}

#[test]
fn suspension_deactivation_and_password_change_end_sessions() {
    let env = Env::new();
    let bob = env.user_client("bob", "technician");
    env.run(&["user", "suspend", "bob"]).ok();
    env.run_on(&bob, &["auth", "status"]).fails(4, "revoked");
    let again = env.run(&["user", "suspend", "bob"]);
    assert!(again.ok().stderr.contains("already suspended"));
    env.login(&bob, "bob", "bob-password").fails(4, "login failed");
    env.run(&["user", "activate", "bob"]).ok();
    env.login(&bob, "bob", "bob-password").ok();
    env.run_stdin(&["user", "passwd", "bob", "--password-stdin"], "a-new-password\n").ok();
    env.run_on(&bob, &["auth", "status"]).fails(4, "revoked");
    env.login(&bob, "bob", "bob-password").fails(4, "login failed");
    env.login(&bob, "bob", "a-new-password").ok();
    env.run(&["user", "deactivate", "bob"]).ok();
    env.run_on(&bob, &["auth", "status"]).fails(4, "revoked");
}

#[test]
fn a_role_change_applies_to_the_next_command() {
    let env = Env::new();
    let sup = env.user_client("sue", "supervisor");
    env.run_on(&sup, &["audit", "list"]).ok();
    env.run(&["user", "edit", "sue", "--role", "viewer"]).ok();
    env.run_on(&sup, &["audit", "list"]).fails(5, "a viewer cannot read the audit log");
}

#[test]
fn the_three_login_failures_look_the_same() {
    let env = Env::new();
    env.add_user("bob", "technician");
    env.add_user("sam", "technician");
    env.run(&["user", "suspend", "sam"]).ok();
    let client = env.client("x");
    let unknown = env.login(&client, "nobody", "whatever-password");
    let wrong = env.login(&client, "bob", "wrong-password");
    let suspended = env.login(&client, "sam", "sam-password");
    for run in [&unknown, &wrong, &suspended] {
        run.fails(4, "login failed");
        assert_eq!(run.stderr, unknown.stderr);
        assert_eq!(run.stdout, "");
    }
    let audit = env.run(&["audit", "list", "--action", "auth.login_failed", "--format", "json"]).ok().json();
    let reasons: Vec<&str> =
        audit.as_array().expect("array").iter().filter_map(|e| e["after"]["reason"].as_str()).collect();
    assert_eq!(reasons, ["unknown user", "wrong password", "account suspended"]);
}

#[test]
fn repeated_failures_throttle_the_account() {
    let mut env = Env::new();
    let password = env.add_user("bob", "technician");
    let client = env.client("x");
    for _ in 0..5 {
        let run = env.login(&client, "bob", "wrong-password");
        run.fails(4, "login failed");
        assert!(!run.stderr.contains("too many"), "{}", run.stderr);
    }
    // The right password is refused unchecked, and the message says why and for how long.
    let throttled = env.login(&client, "bob", &password);
    throttled.fails(4, "login failed: unknown user, wrong password, or account not active");
    throttled.fails(4, "too many failed attempts; try again in 2 s");
    let audit =
        env.run(&["audit", "list", "--action", "auth.login_failed", "--limit", "1", "--format", "json"]);
    assert_eq!(audit.ok().json()[0]["after"]["reason"], "throttled after repeated failures");
    // An unknown username is throttled exactly alike (in any letter case), so the message
    // reveals nothing about which names exist.
    for _ in 0..5 {
        env.login(&client, "nobody", "wrong-password").fails(4, "login failed");
    }
    let unknown = env.login(&client, "NoBody", "wrong-password");
    assert_eq!(unknown.stderr, throttled.stderr);
    assert_eq!(unknown.code, 4);
    env.now = "2024-03-15T12:00:02Z".into();
    env.login(&client, "bob", &password).ok();
}

#[test]
fn the_database_never_holds_a_raw_token() {
    let env = Env::new();
    let password = env.add_user("bob", "technician");
    let client = env.client("bob");
    env.login(&client, "bob", &password).ok();
    let printed = env.run_full(
        &client,
        &["auth", "login", "bob", "--password-stdin", "--print-token"],
        Some(&format!("{password}\n")),
        &[],
    );
    let bearer = printed.ok().stdout.trim().to_owned();
    let stored = std::fs::read_to_string(token_file(&client)).expect("token").trim().to_owned();
    let bytes = env.db_bytes();
    for token in [&bearer, &stored] {
        assert!(token.starts_with("stint_"));
        let hex = &token["stint_".len()..];
        assert!(!bytes.windows(hex.len()).any(|w| w == hex.as_bytes()), "raw token text in the database");
    }
    // The printed token works from anywhere; the device token only from its own client.
    env.run_full(&env.client("elsewhere"), &["auth", "status"], None, &[("STINT_TOKEN", &bearer)]).ok();
    let copied = env.client("copy");
    std::fs::create_dir_all(copied.join("tokens")).expect("dir");
    std::fs::set_permissions(&copied, std::fs::Permissions::from_mode(0o700)).expect("chmod");
    std::fs::set_permissions(copied.join("tokens"), std::fs::Permissions::from_mode(0o700)).expect("chmod");
    // The token file and the one naming its organisation, as a copied directory would hold.
    for entry in std::fs::read_dir(client.join("tokens")).expect("tokens dir") {
        let path = entry.expect("entry").path();
        std::fs::copy(&path, copied.join("tokens").join(path.file_name().expect("name"))).expect("copy");
    }
    env.run_on(&copied, &["auth", "status"]).fails(4, "another client");
}

#[test]
fn loose_or_linked_token_files_are_refused() {
    let env = Env::new();
    let file = token_file(&env.default_client());
    std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o644)).expect("chmod");
    env.run(&["auth", "status"]).fails(8, "chmod 600");
    std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o600)).expect("chmod");
    env.run(&["auth", "status"]).ok();
    let real = env.dir.path().join("elsewhere.token");
    std::fs::rename(&file, &real).expect("move");
    std::os::unix::fs::symlink(&real, &file).expect("symlink");
    env.run(&["auth", "status"]).fails(8, "symlink");
}

#[test]
fn the_last_admin_stays() {
    let env = Env::new();
    env.run(&["user", "suspend", ADMIN]).fails(6, "last active admin");
    env.run(&["user", "deactivate", ADMIN]).fails(6, "last active admin");
    env.run(&["user", "edit", ADMIN, "--role", "supervisor"]).fails(6, "last active admin");
    env.add_user("root2", "admin");
    env.run(&["user", "remove", "root2", "--yes"]).ok();
    env.run(&["user", "remove", "nobody", "--yes"]).fails(3, "no user named");
    env.run(&["user", "remove", ADMIN, "--yes"]).fails(6, "cannot remove yourself");
    env.add_user("root3", "admin");
    env.run(&["user", "edit", ADMIN, "--role", "supervisor"]).ok();
}

#[test]
fn removing_a_user_who_owns_data_suggests_deactivate() {
    let env = Env::new();
    let tech = env.user_client("tina", "technician");
    env.run_on(&tech, &["ticket", "create", "Printer jam", "-q"]).ok();
    env.run(&["user", "remove", "tina", "--yes"]).fails(6, "stint user deactivate tina");
    env.run(&["user", "deactivate", "tina"]).ok();
    env.run_on(&tech, &["ticket", "list"]).fails(4, "revoked");
    let shown = env.run(&["user", "show", "tina", "--format", "json"]).ok().json();
    assert_eq!(shown["status"], "deactivated");
}

#[test]
fn not_logged_in_is_exit_4_with_a_hint() {
    let env = Env::new();
    let stranger = env.client("stranger");
    for args in [
        &["user", "list"][..],
        &["config", "list"],
        &["audit", "list"],
        &["auth", "status"],
        &["auth", "sessions"],
    ] {
        env.run_on(&stranger, args).fails(4, "stint auth login");
    }
    env.run_full(&stranger, &["auth", "status"], None, &[("STINT_TOKEN", "garbage")]).fails(4, "malformed");
}

/// The rows of the permission matrix this issue owns, for every role.
#[test]
fn permission_matrix_for_users_sessions_settings_and_audit() {
    let env = Env::new();
    let clients = [
        ("admin", env.default_client()),
        ("supervisor", env.user_client("sup", "supervisor")),
        ("technician", env.user_client("tech", "technician")),
        ("viewer", env.user_client("view", "viewer")),
    ];
    for (role, client) in &clients {
        let admin = *role == "admin";
        let may_list = admin || *role == "supervisor";
        let code = |allowed: bool| if allowed { 0 } else { 5 };
        // Manage users and settings.
        let add = env.run_full(
            client,
            &["user", "add", &format!("new-{role}"), "--role", "viewer", "--password-stdin"],
            Some("new-password\n"),
            &[],
        );
        assert_eq!(add.code, code(admin), "{role} user add: {}", add.stderr);
        assert_eq!(
            env.run_on(client, &["config", "set", "session.ttl", "13d"]).code,
            code(admin),
            "{role} config set"
        );
        assert_eq!(env.run_on(client, &["user", "suspend", "view"]).code, code(admin), "{role} suspend");
        if admin {
            env.run(&["user", "activate", "view"]).ok();
            env.login(&clients[3].1, "view", "view-password").ok();
        }
        // List users: everyone, or only oneself.
        let list = env.run_on(client, &["user", "list", "--format", "json"]).ok().json();
        let count = list.as_array().map(Vec::len).unwrap_or(0);
        if may_list {
            assert!(count >= 4, "{role} sees everyone")
        } else {
            assert_eq!(count, 1, "{role} sees self")
        }
        assert_eq!(
            env.run_on(client, &["user", "show", "sup"]).code,
            if may_list || *role == "supervisor" { 0 } else { 5 }
        );
        env.run_on(client, &["user", "show", "me"]).ok();
        // Own login sessions: everyone; everyone's: admins.
        env.run_on(client, &["auth", "sessions"]).ok();
        assert_eq!(
            env.run_on(client, &["auth", "sessions", "--all-users"]).code,
            code(admin),
            "{role} sessions --all-users"
        );
        // Audit log: supervisors and admins.
        assert_eq!(env.run_on(client, &["audit", "list"]).code, code(may_list), "{role} audit");
        // Settings are readable by all.
        env.run_on(client, &["config", "list"]).ok();
    }
}

/// A prompt hook runs `timer status` while `auth login` resumes the session and rotates its
/// token: the old token in flight is neither a replay nor a reason to log the client out.
#[test]
fn commands_racing_a_resuming_login_keep_the_client_logged_in() {
    use std::io::Write as _;
    use std::process::Stdio;
    let env = Env::new();
    let password = env.add_user("bob", "technician");
    let client = env.client("bob");
    let started = std::time::Instant::now();
    env.login(&client, "bob", &password).ok();
    // Spread the status calls over as long as a login takes here, so some land in each phase.
    let gap = started.elapsed() / 20;
    for round in 0..10 {
        let mut login = env.command(&client, &["auth", "login", "bob", "--password-stdin"]);
        let mut login =
            login.stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().expect("spawn");
        if let Some(mut stdin) = login.stdin.take() {
            stdin.write_all(format!("{password}\n").as_bytes()).expect("password");
        }
        let statuses: Vec<_> = (0..20)
            .map(|_| {
                std::thread::sleep(gap);
                env.command(&client, &["timer", "status"])
                    .stdout(Stdio::piped())
                    .stderr(Stdio::piped())
                    .spawn()
                    .expect("spawn")
            })
            .collect();
        let login = login.wait_with_output().expect("login");
        assert!(login.status.success(), "round {round}: {}", String::from_utf8_lossy(&login.stderr));
        for status in statuses {
            let out = status.wait_with_output().expect("status");
            let stderr = String::from_utf8_lossy(&out.stderr);
            assert_eq!(out.status.code(), Some(3), "round {round}: timer status: {stderr}");
        }
        env.run_on(&client, &["auth", "status"]).ok();
    }
    let reuse = env.run(&["audit", "list", "--action", "auth.token_reuse", "--format", "json"]).ok().json();
    assert_eq!(reuse.as_array().map(Vec::len), Some(0), "no false reuse: {reuse}");
}

#[test]
fn logging_in_as_another_user_logs_the_first_out_and_says_so() {
    let env = Env::new();
    let password = env.add_user("bob", "technician");
    let shared = env.default_client();
    let run = env.login(&shared, "bob", &password);
    assert!(run.ok().stderr.contains("Logged out admin on this client"), "{}", run.stderr);
    // The admin's session here is revoked in the database, not left orphaned.
    let desk = env.client("admin-desk");
    env.login(&desk, ADMIN, ADMIN_PASSWORD).ok();
    let admin = env.run_on(&desk, &["user", "show", ADMIN, "--format", "json"]).ok().json();
    assert_eq!(admin["active_sessions"], 1, "only the new one: {admin}");
    let sessions = env.run_on(&desk, &["auth", "sessions", "--format", "json"]).ok().json();
    let states: Vec<&str> =
        sessions.as_array().expect("array").iter().filter_map(|s| s["state"].as_str()).collect();
    assert_eq!(states.iter().filter(|s| **s == "revoked").count(), 1, "{sessions}");
    let audit =
        env.run_on(&desk, &["audit", "list", "--action", "auth.replaced", "--format", "json"]).ok().json();
    assert_eq!(audit.as_array().map(Vec::len), Some(1), "{audit}");
    // Bob's own session on the shared client stays; logging in again resumes it quietly.
    let again = env.login(&shared, "bob", &password);
    assert!(!again.ok().stderr.contains("Logged out"), "{}", again.stderr);
    env.run_on(&shared, &["auth", "status"]).ok();
    // A printed bearer token does not take the client's place, so it logs nobody out.
    let printed = env.run_full(
        &shared,
        &["auth", "login", ADMIN, "--password-stdin", "--print-token"],
        Some(&format!("{ADMIN_PASSWORD}\n")),
        &[],
    );
    assert!(!printed.ok().stderr.contains("Logged out"), "{}", printed.stderr);
    env.run_on(&shared, &["auth", "status"]).ok();
}

/// Runs stint with stdin from `input`, killing it (and failing the test) if it hangs.
fn run_with_deadline(env: &Env, client: &std::path::Path, args: &[&str], input: &str) -> crate::support::Run {
    use std::io::Write as _;
    use std::process::Stdio;
    let mut child = env
        .command(client, args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn stint");
    if let Some(mut stdin) = child.stdin.take() {
        let _ = stdin.write_all(input.as_bytes());
    }
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
    while child.try_wait().expect("wait").is_none() {
        if std::time::Instant::now() > deadline {
            let _ = child.kill();
            let _ = child.wait();
            panic!("`stint {}` hung", args.join(" "));
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    let out = child.wait_with_output().expect("output");
    crate::support::Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        args: args.join(" "),
    }
}

fn make_fifo(path: &std::path::Path) {
    let _ = std::fs::remove_file(path);
    let made = std::process::Command::new("mkfifo").arg("-m").arg("600").arg(path).status().expect("mkfifo");
    assert!(made.success(), "mkfifo {}", path.display());
}

#[test]
fn fifo_or_non_utf8_client_files_are_refused_without_hanging() {
    let env = Env::new();
    let password = env.add_user("bob", "technician");
    let client = env.client("bob");
    env.login(&client, "bob", &password).ok();
    let token = token_file(&client);
    let saved = std::fs::read(&token).expect("token");

    make_fifo(&token);
    for args in [&["auth", "status"][..], &["ticket", "list"], &["auth", "logout"]] {
        run_with_deadline(&env, &client, args, "").fails(8, "not a regular file");
    }
    std::fs::remove_file(&token).expect("remove fifo");

    std::fs::write(&token, b"stint_\xff\xfe\n").expect("write");
    std::fs::set_permissions(&token, std::fs::Permissions::from_mode(0o600)).expect("chmod");
    run_with_deadline(&env, &client, &["auth", "status"], "").fails(4, "malformed");
    std::fs::write(&token, &saved).expect("restore");
    env.run_on(&client, &["auth", "status"]).ok();

    let id_file = client.join("client_id");
    let id = std::fs::read(&id_file).expect("client id");
    make_fifo(&id_file);
    let login = ["auth", "login", "bob", "--password-stdin"];
    run_with_deadline(&env, &client, &login, &format!("{password}\n")).fails(8, "not a regular file");
    run_with_deadline(&env, &client, &["auth", "status"], "").fails(8, "not a regular file");
    std::fs::remove_file(&id_file).expect("remove fifo");
    std::fs::write(&id_file, &id).expect("restore");
    std::fs::set_permissions(&id_file, std::fs::Permissions::from_mode(0o600)).expect("chmod");
    env.run_on(&client, &["auth", "status"]).ok();
}

#[test]
fn init_records_the_admins_first_login() {
    let env = Env::new();
    let admin = env.run(&["user", "show", ADMIN, "--format", "json"]).ok().json();
    assert_eq!(admin["last_login_at"], crate::support::START, "{admin}");
}

#[test]
fn login_and_status_name_the_absolute_and_the_idle_expiry() {
    let env = Env::new();
    env.run(&["config", "set", "session.idle_timeout", "2h"]).ok();
    let password = env.add_user("bob", "technician");
    let client = env.client("bob");
    let absolute = "expires 2024-03-29 12:00";
    let idle = "idle expiry 2024-03-15 14:00";
    for (round, greeting) in [(0, "Logged in as bob"), (1, "Resumed your session")] {
        let run = env.login(&client, "bob", &password);
        let stderr = &run.ok().stderr;
        assert!(stderr.contains(greeting), "round {round}: {stderr}");
        assert!(stderr.contains(absolute) && stderr.contains(idle), "round {round}: {stderr}");
    }
    let table = env.run_on(&client, &["auth", "status"]).ok().stdout.clone();
    assert!(table.contains("Idle expires"), "{table}");
    assert!(table.contains("2024-03-29 12:00") && table.contains("2024-03-15 14:00"), "{table}");
    let json = env.run_on(&client, &["auth", "status", "--format", "json"]).ok().json();
    assert_eq!(json["expires_at"], "2024-03-29T12:00:00Z", "{json}");
    assert_eq!(json["idle_expires_at"], "2024-03-15T14:00:00Z", "{json}");
    let sessions = env.run_on(&client, &["auth", "sessions", "--format", "json"]).ok().json();
    assert_eq!(sessions[0]["idle_expires_at"], "2024-03-15T14:00:00Z", "{sessions}");
}

#[test]
fn sessions_tell_two_clients_on_one_host_apart() {
    let env = Env::new();
    let password = env.add_user("bob", "technician");
    let (first, second) = (env.client("one"), env.client("two"));
    env.login(&first, "bob", &password).ok();
    env.login(&second, "bob", &password).ok();
    let table = env.run_on(&first, &["auth", "sessions"]).ok().stdout.clone();
    for client in [&first, &second] {
        let id = std::fs::read_to_string(client.join("client_id")).expect("client id");
        assert!(table.contains(&id.trim()[..8]), "{} missing from\n{table}", &id.trim()[..8]);
    }
}
