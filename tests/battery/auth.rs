//! Class 7, authentication and permissions: forged, expired, idle and revoked tokens (device
//! and bearer), a device token taken to another client, token files with loose modes,
//! symlinks or another owner, users suspended, deactivated or demoted mid-session, and every
//! refused cell of the permission matrix (DESIGN.md §1, `src/permission.rs`). `tests/cli/auth.rs`
//! already covers device-session expiry and idleness, logout/revoke, token reuse, a copied
//! token file, a 0644 or symlinked token file, and the allowed cells of the matrix.

use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};

use crate::harness::{
    Battery, Case, Class, Db, Privileges, add_user, fresh, login, unprivileged, user_client,
};
use crate::support::{ADMIN, Env};

fn token_file(client: &Path) -> PathBuf {
    let dir = client.join("tokens");
    // The token itself, not the file naming its organisation.
    std::fs::read_dir(dir)
        .expect("tokens dir")
        .map(|entry| entry.expect("entry").path())
        .find(|path| path.extension().is_some_and(|e| e == "token"))
        .expect("a token file")
}

fn chmod(path: &Path, mode: u32) {
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).expect("chmod");
}

/// Input: forged tokens in `STINT_TOKEN` and in the token file: random, one digit off, cut
/// short, too long, not hex, a stored hash presented as a token, empty, 1 MiB of garbage.
/// Expected: exit 4 with one line that never echoes the token; nothing written.
#[test]
fn forged_tokens_are_not_authenticated() {
    let env = fresh();
    let real = std::fs::read_to_string(token_file(&env.default_client())).expect("token").trim().to_owned();
    let hex = &real["stint_".len()..];
    let flipped = format!("stint_{}{}", if hex.starts_with('0') { '1' } else { '0' }, &hex[1..]);
    let stored_hash: String = {
        let conn = rusqlite::Connection::open(&env.db).expect("open");
        let hash: Vec<u8> =
            conn.query_row("SELECT token_hash FROM login_sessions LIMIT 1", [], |r| r.get(0)).expect("hash");
        hash.iter().map(|b| format!("{b:02x}")).collect()
    };
    let forged: [(&str, String, &str); 7] = [
        ("a random token", format!("stint_{}", "7e".repeat(32)), "unknown session"),
        ("the real token with one digit changed", flipped, "unknown session"),
        ("the real token cut short", real[..real.len() - 1].to_owned(), "malformed"),
        ("the real token with a digit more", format!("{real}0"), "malformed"),
        ("64 letters that are not hex", format!("stint_{}", "g".repeat(64)), "malformed"),
        ("the stored hash as a token", format!("stint_{stored_hash}"), "unknown session"),
        ("a token without its prefix", hex.to_owned(), "malformed"),
    ];
    for (what, token, needle) in &forged {
        let case = Case::begin(Class::Auth, format!("STINT_TOKEN: {what}"), &env.db);
        let run = env.cmd(&["ticket", "list"]).env("STINT_TOKEN", token).run();
        run.fails(4, needle);
        assert!(
            !run.stderr.contains(&token["stint_".len().min(token.len())..]),
            "{what}: echoed: {}",
            run.stderr
        );
        case.end(Db::Unchanged);
    }
    let file = token_file(&env.default_client());
    let mut files: Vec<(&str, Vec<u8>, &str)> = forged
        .iter()
        .map(|(what, token, needle)| (*what, format!("{token}\n").into_bytes(), *needle))
        .collect();
    files.push(("an empty file", Vec::new(), "malformed"));
    files.push(("1 MiB of garbage", vec![b'A'; 1 << 20], "malformed"));
    for (what, bytes, needle) in files {
        let case = Case::begin(Class::Auth, format!("token file: {what}"), &env.db);
        std::fs::write(&file, &bytes).expect("forge the token file");
        let run = env.cmd(&["ticket", "list"]).run();
        run.fails(4, needle);
        case.end(Db::Unchanged);
    }
    std::fs::write(&file, format!("{real}\n")).expect("restore");
    env.cmd(&["ticket", "list"]).run().ok();
}

/// Input: bearer tokens (`auth login --print-token`) that expired (`--ttl 1h`, used at +1 h),
/// went idle (`session.idle_timeout` 2h), or were revoked by the admin; a device token (the
/// token file's content) presented in `STINT_TOKEN` from another client.
/// Expected: each is exit 4 with the reason (expired, idle, revoked, another client); a bearer
/// token still in date works from anywhere.
#[test]
fn expired_idle_revoked_and_misplaced_tokens() {
    let mut env = fresh();
    let password = add_user(&env, "bob", "technician");
    env.cmd(&["config", "set", "session.idle_timeout", "2h"]).run().ok();
    let bearer = |env: &Env, extra: &[&str]| {
        let mut args = vec!["auth", "login", "bob", "--password-stdin", "--print-token"];
        args.extend_from_slice(extra);
        env.cmd(&args)
            .on(&env.client("script"))
            .stdin(format!("{password}\n"))
            .run()
            .ok()
            .stdout
            .trim()
            .to_owned()
    };
    let short = bearer(&env, &["--ttl", "1h"]);
    let idle = bearer(&env, &[]);
    let revoked = bearer(&env, &[]);
    let elsewhere = env.client("elsewhere");
    let use_token =
        |env: &Env, token: &str| env.cmd(&["auth", "status"]).on(&elsewhere).env("STINT_TOKEN", token).run();

    let case = Case::begin(Class::Auth, "a bearer token in date works from any client", &env.db);
    use_token(&env, &short).ok();
    case.end(Db::Any);
    let status =
        env.cmd(&["auth", "status", "--format", "json"]).on(&elsewhere).env("STINT_TOKEN", &revoked).run();
    let revoked_id = status.ok().json()["session_id"].as_str().expect("session id").to_owned();
    env.cmd(&["auth", "revoke", &revoked_id]).run().ok();
    let case = Case::begin(Class::Auth, "a revoked bearer token", &env.db);
    let run = use_token(&env, &revoked);
    run.fails(4, "revoked");
    case.end(Db::Unchanged);

    env.now = "2024-03-15T13:00:00Z".into();
    let case = Case::begin(Class::Auth, "a bearer token past its --ttl", &env.db);
    use_token(&env, &short).fails(4, "expired");
    case.end(Db::Unchanged);
    env.now = "2024-03-15T16:00:00Z".into();
    let case = Case::begin(Class::Auth, "a bearer token idle past session.idle_timeout", &env.db);
    use_token(&env, &idle).fails(4, "idle");
    case.end(Db::Unchanged);

    env.now = crate::support::START.into();
    let device = env.client("bob-device");
    login(&env, &device, "bob", &password).ok();
    let device_token = std::fs::read_to_string(token_file(&device)).expect("token").trim().to_owned();
    let case = Case::begin(Class::Auth, "a device token in STINT_TOKEN on another client", &env.db);
    use_token(&env, &device_token).fails(4, "another client");
    case.end(Db::Unchanged);
    let case = Case::begin(Class::Auth, "a device token in STINT_TOKEN on its own client", &env.db);
    env.cmd(&["auth", "status"]).on(&device).env("STINT_TOKEN", &device_token).run().ok();
    case.end(Db::Any);
}

/// Input: a device session resumed by `auth login` (its token rotated), then its superseded
/// token presented again: on its own client within the grace window, on its own client after
/// it (`auth::ROTATION_GRACE_SECS`, 30 s), and, after a fresh rotation, from another client
/// within the window.
/// Expected: within the window on its own client the old token still works; the other two are
/// replays: exit 4, the session is revoked on its own client too, and each writes one
/// `auth.token_reuse` event.
#[test]
fn replayed_superseded_tokens_revoke_the_session() {
    let mut env = fresh();
    let password = add_user(&env, "bob", "technician");
    let device = env.client("bob-device");
    let elsewhere = env.client("elsewhere");
    let rotate = |env: &Env| {
        login(env, &device, "bob", &password).ok();
        let old = std::fs::read_to_string(token_file(&device)).expect("token").trim().to_owned();
        let resumed = login(env, &device, "bob", &password);
        assert!(resumed.ok().stderr.contains("Resumed"), "{}", resumed.stderr);
        old
    };
    let reuse_events = |env: &Env| {
        let audit = env.cmd(&["audit", "list", "--action", "auth.token_reuse", "--format", "json"]).run();
        audit.ok().json().as_array().map(Vec::len).unwrap_or(0)
    };
    let old = rotate(&env);

    env.now = "2024-03-15T12:00:10Z".into();
    let case =
        Case::begin(Class::Auth, "a superseded token on its own client within the grace window", &env.db);
    env.cmd(&["auth", "status"]).on(&device).env("STINT_TOKEN", &old).run().ok();
    env.cmd(&["auth", "status"]).on(&device).run().ok();
    case.end(Db::Any);
    assert_eq!(reuse_events(&env), 0);

    env.now = "2024-03-15T12:00:31Z".into();
    let case =
        Case::begin(Class::Auth, "a superseded token on its own client after the grace window", &env.db);
    env.cmd(&["auth", "status"]).on(&device).env("STINT_TOKEN", &old).run().fails(4, "not logged in");
    env.cmd(&["auth", "status"]).on(&device).run().fails(4, "revoked");
    case.end(Db::Any);
    assert_eq!(reuse_events(&env), 1);

    let old = rotate(&env);
    let case = Case::begin(Class::Auth, "a superseded token from another client within the window", &env.db);
    env.cmd(&["auth", "status"]).on(&elsewhere).env("STINT_TOKEN", &old).run().fails(4, "not logged in");
    env.cmd(&["auth", "status"]).on(&device).run().fails(4, "revoked");
    case.end(Db::Any);
    assert_eq!(reuse_events(&env), 2);
}

/// Input: bob logs in on a client, then carol logs in on the same client.
/// Expected: bob's session there is revoked in the database (no orphan left counting against
/// his cap) and carol's login says it logged bob out.
#[test]
fn a_login_as_someone_else_leaves_no_orphaned_session() {
    let env = fresh();
    let bob = add_user(&env, "bob", "technician");
    let carol = add_user(&env, "carol", "technician");
    let shared = env.client("shared-desk");
    login(&env, &shared, "bob", &bob).ok();
    let case = Case::begin(Class::Auth, "a second user logs in on a client", &env.db);
    let second = login(&env, &shared, "carol", &carol);
    assert!(second.ok().stderr.contains("Logged out bob"), "{}", second.stderr);
    case.end(Db::Any);
    let sessions = env.cmd(&["auth", "sessions", "--all-users", "--format", "json"]).run();
    let sessions = sessions.ok().json();
    let bobs: Vec<_> =
        sessions.as_array().expect("a list").iter().filter(|s| s["username"] == "bob").collect();
    assert_eq!(bobs.len(), 1, "{sessions}");
    assert_eq!(bobs[0]["state"], "revoked", "bob keeps an orphaned session: {sessions}");
}

/// Input: six wrong passwords for a known user and for an unknown one, then the right one.
/// Expected: while throttled, both names get the same text ending in "too many failed attempts;
/// try again in N s" (exit 4), so the throttle tells an attacker nothing about which exists;
/// the right password is refused while throttled.
#[test]
fn a_throttled_login_says_so_and_reveals_nothing() {
    let env = fresh();
    let bob = add_user(&env, "bob", "technician");
    let client = env.client("attacker");
    let case = Case::begin(Class::Auth, "repeated failures for a known and an unknown name", &env.db);
    let mut last = Vec::new();
    for name in ["bob", "nobody"] {
        for _ in 0..6 {
            login(&env, &client, name, "wrong-password-1").fails(4, "login failed");
        }
        let throttled = login(&env, &client, name, "wrong-password-1");
        throttled.fails(4, "too many failed attempts; try again in");
        last.push(throttled.stderr.replace(name, "NAME"));
    }
    login(&env, &client, "bob", &bob).fails(4, "too many failed attempts; try again in");
    case.end(Db::Any);
    assert_eq!(last[0], last[1], "the throttle tells known and unknown names apart");
}

/// Input: the config directory, the tokens directory, the token file and the client id file
/// with loose modes, and the tokens directory or the config directory replaced by a symlink.
/// Expected: exit 8 naming the path and the fix (`chmod 700`/`chmod 600`) or "symlink";
/// nothing written; after the fix the client works again.
#[test]
fn loose_or_linked_client_files_are_refused() {
    let env = fresh();
    let client = env.default_client();
    let tokens = client.join("tokens");
    let file = token_file(&client);
    let id_file = client.join("client_id");
    let rows: [(&str, &Path, u32, u32, &str); 8] = [
        ("token file 0640", &file, 0o640, 0o600, "chmod 600"),
        ("token file 0604", &file, 0o604, 0o600, "chmod 600"),
        ("token file 0660", &file, 0o660, 0o600, "chmod 600"),
        ("tokens directory 0755", &tokens, 0o755, 0o700, "chmod 700"),
        ("tokens directory 0730", &tokens, 0o730, 0o700, "chmod 700"),
        ("config directory 0755", &client, 0o755, 0o700, "chmod 700"),
        ("config directory 0701", &client, 0o701, 0o700, "chmod 700"),
        ("client id file 0644", &id_file, 0o644, 0o600, "chmod 600"),
    ];
    for (what, path, loose, fixed, needle) in rows {
        chmod(path, loose);
        let case = Case::begin(Class::Auth, what, &env.db);
        let run = env.cmd(&["ticket", "list"]).run();
        run.fails(8, needle);
        case.end(Db::Identical);
        chmod(path, fixed);
        env.cmd(&["ticket", "list"]).run().ok();
    }
    let moved = env.dir.path().join("real-tokens");
    std::fs::rename(&tokens, &moved).expect("move");
    std::os::unix::fs::symlink(&moved, &tokens).expect("symlink");
    let case = Case::begin(Class::Auth, "tokens directory is a symlink", &env.db);
    env.cmd(&["ticket", "list"]).run().fails(8, "symlink");
    case.end(Db::Identical);
    std::fs::remove_file(&tokens).expect("unlink");
    std::fs::rename(&moved, &tokens).expect("move back");
    let linked = env.dir.path().join("linked-config");
    std::os::unix::fs::symlink(&client, &linked).expect("symlink");
    let case = Case::begin(Class::Auth, "config directory is a symlink", &env.db);
    env.cmd(&["ticket", "list"]).on(&linked).run().fails(8, "symlink");
    case.end(Db::Identical);
}

/// Input (as root, which can give files away): the token file, the tokens directory and the
/// client id file owned by `nobody`.
/// Expected: exit 8 "belongs to another user"; nothing written.
#[test]
fn client_files_owned_by_someone_else_are_refused() {
    if !matches!(unprivileged(), Privileges::Drop(..)) {
        eprintln!("skipped client_files_owned_by_someone_else_are_refused: needs root to chown files");
        return;
    }
    let env = fresh();
    let client = env.default_client();
    for (what, path) in [
        ("token file", token_file(&client)),
        ("tokens directory", client.join("tokens")),
        ("client id file", client.join("client_id")),
    ] {
        std::os::unix::fs::lchown(&path, Some(65534), Some(65534)).expect("chown");
        let case = Case::begin(Class::Auth, format!("{what} owned by nobody"), &env.db);
        env.cmd(&["ticket", "list"]).run().fails(8, "belongs to another user");
        case.end(Db::Identical);
        std::os::unix::fs::lchown(&path, Some(0), Some(0)).expect("chown back");
        env.cmd(&["ticket", "list"]).run().ok();
    }
}

/// Input: a technician with a running timer is suspended, then (with a new timer) deactivated,
/// then demoted to viewer; an admin is demoted to supervisor; each keeps using the session
/// they had.
/// Expected: suspended or deactivated: the next command is exit 4, and the timer was stopped at
/// that instant (ended, with its duration, audited as a `timer.stop` by the admin), so it no
/// longer counts; after reactivation and a new login no timer is running.
/// Demoted to viewer: the session stays valid but `timer stop` is exit 5 "a viewer cannot track
/// time" (the timer keeps running, visible in `timer status`); a supervisor can delete it.
/// Demoted admin: `user add` is exit 5 on the very next command.
#[test]
fn suspended_and_demoted_mid_session() {
    let (mut env, tess) = crate::harness::desk();
    let start_timer = |env: &Env| {
        env.cmd(&["timer", "start", "--ticket", "1"]).on(&tess).run().ok();
        let timer = env.cmd(&["timer", "status", "--format", "json"]).on(&tess).run().ok().json();
        timer["work_session_id"].as_str().expect("id").to_owned()
    };
    for (status, hour) in [("suspend", 9), ("deactivate", 11)] {
        env.now = format!("2024-03-15T{hour:02}:00:00Z");
        let id = start_timer(&env);
        env.now = format!("2024-03-15T{:02}:00:00Z", hour + 1);
        let case = Case::begin(Class::Auth, format!("{status}d with a running timer"), &env.db);
        env.cmd(&["user", status, "tess"]).run().ok();
        for args in [&["timer", "stop"][..], &["timer", "status"], &["session", "list"]] {
            env.cmd(args).on(&tess).run().fails(4, "");
        }
        let running = env
            .cmd(&["session", "list", "--user", "tess", "--running", "--format", "json"])
            .run()
            .ok()
            .json();
        assert_eq!(running.as_array().map(Vec::len), Some(0), "the timer still runs: {running}");
        let shown = env.cmd(&["session", "show", &id[..8], "--format", "json"]).run().ok().json();
        assert_eq!(
            (shown["end"].as_str(), shown["duration_seconds"].as_i64()),
            (Some(env.now.as_str()), Some(3600))
        );
        let audit =
            env.cmd(&["audit", "list", "--action", "timer.stop", "--format", "json"]).run().ok().json();
        let stop =
            audit.as_array().and_then(|a| a.iter().find(|e| e["object_id"] == id.as_str())).expect("audited");
        assert_eq!(stop["actor"], ADMIN);
        env.cmd(&["user", "activate", "tess"]).run().ok();
        login(&env, &tess, "tess", "tess-password").ok();
        env.cmd(&["timer", "status"]).on(&tess).run().fails(3, "no timer is running");
        case.end(Db::Any);
    }
    let id = start_timer(&env);
    let case = Case::begin(Class::Auth, "demoted to viewer with a running timer", &env.db);
    env.cmd(&["user", "edit", "tess", "--role", "viewer"]).run().ok();
    env.cmd(&["timer", "stop"]).on(&tess).run().fails(5, "a viewer cannot track time");
    env.cmd(&["timer", "start", "--ticket", "2"]).on(&tess).run().fails(5, "a viewer cannot track time");
    env.cmd(&["timer", "status"]).on(&tess).run().ok();
    let sue = user_client(&env, "sue", "supervisor");
    env.cmd(&["session", "delete", &id[..8], "--yes"]).on(&sue).run().ok();
    env.cmd(&["timer", "status"]).on(&tess).run().fails(3, "no timer is running");
    case.end(Db::Any);
    let root2 = user_client(&env, "root2", "admin");
    let case = Case::begin(Class::Auth, "an admin demoted to supervisor mid-session", &env.db);
    env.cmd(&["user", "edit", "root2", "--role", "supervisor"]).run().ok();
    env.cmd(&["user", "add", "x", "--role", "viewer", "--password-stdin"])
        .on(&root2)
        .stdin("a-good-password\n")
        .run()
        .fails(5, "a supervisor cannot manage users");
    case.end(Db::Any);
}

/// Input: for every refused cell of the permission matrix, the commands that need that
/// capability, by a user of that role, on someone else's objects where the row is about them.
/// Expected: exit 5 with one line (naming the role and the capability, or that the object
/// belongs to another user), and the database unchanged.
#[test]
fn every_refused_cell_of_the_permission_matrix() {
    let (env, tess) = crate::harness::desk();
    let sue = user_client(&env, "sue", "supervisor");
    let tom = user_client(&env, "tom", "technician");
    let vic = user_client(&env, "vic", "viewer");
    let session = env
        .cmd(&["timer", "manual", "--ticket", "1", "--from", "08:00", "--to", "09:00", "-q"])
        .on(&tess)
        .run();
    let session = session.ok().stdout.trim().to_owned();
    let case_id =
        env.cmd(&["case", "open", "Tess's case", "-q"]).on(&tess).run().ok().stdout.trim().to_owned();
    let import = "ticket,start,end\n1,2024-03-14T08:00:00Z,2024-03-14T09:00:00Z\n";
    let manage_users: Vec<Vec<&str>> = vec![
        vec!["user", "add", "newbie", "--role", "viewer", "--password-stdin"],
        vec!["user", "edit", "tess", "--display-name", "T"],
        vec!["user", "passwd", "tess", "--password-stdin"],
        vec!["user", "suspend", "tess"],
        vec!["user", "activate", "tess"],
        vec!["user", "deactivate", "tess"],
        vec!["user", "remove", "tess", "--yes"],
        vec!["config", "set", "session.ttl", "7d"],
    ];
    let all_sessions: Vec<Vec<&str>> = vec![
        vec!["auth", "sessions", "--all-users"],
        vec!["auth", "revoke", "--user", "tess", "--yes"],
        vec!["auth", "prune"],
    ];
    let edit_tickets: Vec<Vec<&str>> = vec![
        vec!["ticket", "create", "x"],
        vec!["ticket", "edit", "1", "--title", "y"],
        vec!["ticket", "assign", "1", "me"],
        vec!["ticket", "close", "1"],
        vec!["ticket", "reopen", "3"],
    ];
    let own_cases: Vec<Vec<&str>> =
        vec![vec!["case", "open", "x"], vec!["case", "list"], vec!["case", "note", &case_id, "hi"]];
    let all_cases: Vec<Vec<&str>> = vec![
        vec!["case", "list", "--all-users"],
        vec!["case", "list", "--owner", "tess"],
        vec!["case", "show", &case_id],
        vec!["case", "log", &case_id],
        vec!["case", "note", &case_id, "hi"],
        vec!["case", "edit", &case_id, "--priority", "low"],
        vec!["case", "close", &case_id],
        vec!["case", "archive", &case_id],
    ];
    let track_time: Vec<Vec<&str>> = vec![
        vec!["timer", "start", "--ticket", "1"],
        vec!["timer", "stop"],
        vec!["timer", "switch", "--ticket", "2"],
        vec!["timer", "cancel"],
        vec!["timer", "continue"],
        vec!["timer", "manual", "--ticket", "1", "--from", "06:00", "--to", "07:00"],
        vec!["session", "import", "-", "--input-format", "csv"],
    ];
    let view_all: Vec<Vec<&str>> = vec![
        vec!["session", "list", "--all-users"],
        vec!["session", "list", "--user", "tess"],
        vec!["session", "report", "--all-users"],
        vec!["session", "report", "--user", "tess"],
    ];
    let correct_all: Vec<Vec<&str>> = vec![
        vec!["session", "edit", &session[..8], "--user", "tess", "--note", "x"],
        vec!["session", "delete", &session[..8], "--user", "tess", "--yes"],
        vec!["session", "import", "-", "--input-format", "csv", "--user", "tess"],
    ];
    let read_audit: Vec<Vec<&str>> = vec![vec!["audit", "list"], vec!["audit", "list", "--object", "user"]];
    let list_users: Vec<Vec<&str>> = vec![vec!["user", "show", "sue"]];
    let cells: Vec<(&str, &str, &Path, &Vec<Vec<&str>>)> = vec![
        ("manage users and settings", "supervisor", &sue, &manage_users),
        ("manage users and settings", "technician", &tom, &manage_users),
        ("manage users and settings", "viewer", &vic, &manage_users),
        ("list users", "technician", &tom, &list_users),
        ("list users", "viewer", &vic, &list_users),
        ("manage everyone's login sessions", "supervisor", &sue, &all_sessions),
        ("manage everyone's login sessions", "technician", &tom, &all_sessions),
        ("manage everyone's login sessions", "viewer", &vic, &all_sessions),
        ("create and edit tickets", "viewer", &vic, &edit_tickets),
        ("open cases and add notes", "viewer", &vic, &own_cases),
        ("view and edit everyone's cases", "technician", &tom, &all_cases),
        ("view and edit everyone's cases", "viewer", &vic, &all_cases),
        ("track time", "viewer", &vic, &track_time),
        ("view everyone's work sessions", "technician", &tom, &view_all),
        ("correct everyone's work sessions", "technician", &tom, &correct_all),
        ("correct everyone's work sessions", "viewer", &vic, &correct_all),
        ("read the audit log", "technician", &tom, &read_audit),
        ("read the audit log", "viewer", &vic, &read_audit),
    ];
    for (capability, role, client, commands) in cells {
        let case = Case::begin(Class::Auth, format!("a {role} cannot {capability}"), &env.db);
        for args in commands {
            let mut cmd = env.cmd(args).on(client);
            if args.contains(&"--password-stdin") {
                cmd = cmd.stdin("a-good-password\n");
            } else if args.contains(&"import") {
                cmd = cmd.stdin(import);
            }
            let run = cmd.run();
            assert_eq!(run.code, 5, "a {role} ran `{}`: {run:?}", args.join(" "));
            run.fails(5, "");
            assert!(
                run.stderr.contains("permission denied") || run.stderr.contains("belongs to another user"),
                "{}",
                run.stderr
            );
        }
        case.end(Db::Unchanged);
    }
}

/// Input: `me` in any case as a new user's name (`user add`, `init --admin`, the user field of
/// an import record); then a database that already holds a user named `me` (written directly,
/// as older versions allowed) while an admin runs `user edit me`, `auth revoke --user me`.
/// Expected: each new `me` is exit 2 saying the name is reserved, the database unchanged (no
/// file at all for `init`); with the legacy user present, `me` acts on the admin alone, and the
/// legacy user's role and login session stay as they were, reachable by id.
#[test]
fn me_never_names_another_user() {
    let env = fresh();
    let tess = user_client(&env, "tess", "technician");
    env.cmd(&["ticket", "create", "One", "-q"]).run().ok();
    for name in ["me", "ME", "mE"] {
        let case = Case::begin(Class::Auth, format!("user add {name}"), &env.db);
        env.cmd(&["user", "add", name, "--role", "admin", "--password-stdin"])
            .stdin("a-good-password\n")
            .run()
            .fails(2, "reserved");
        case.end(Db::Unchanged);
        let case = Case::begin(Class::Auth, format!("an import record of user {name}"), &env.db);
        let csv = format!("user,ticket,start,end\n{name},1,2024-03-14T08:00:00Z,2024-03-14T09:00:00Z\n");
        env.cmd(&["session", "import", "-", "--input-format", "csv"])
            .on(&tess)
            .stdin(csv)
            .run()
            .fails(2, "reserved");
        case.end(Db::Unchanged);
    }
    let empty = Env::empty();
    let case = Case::begin_without_file(Class::Auth, "init --admin me");
    empty
        .cmd(&["init", "--admin", "Me", "--password-stdin"])
        .stdin("a-good-password\n")
        .run()
        .fails(2, "reserved");
    assert!(!empty.db.exists(), "init made a database");
    case.end(Db::Any);

    let password = add_user(&env, "meg", "technician");
    env.execute("UPDATE users SET username = 'me' WHERE username = $1", &["meg"]);
    let legacy = env.client("legacy");
    login(&env, &legacy, "me", &password).ok();
    let id = env.cmd(&["user", "show", "me", "--format", "json"]).on(&legacy).run().ok().json()["user_id"]
        .as_str()
        .expect("id")
        .to_owned();
    let root2 = user_client(&env, "root2", "admin");
    let case = Case::begin(Class::Auth, "an admin's `me` beside a user named me", &env.db);
    env.cmd(&["user", "edit", "me", "--display-name", "Root Two"]).on(&root2).run().ok();
    env.cmd(&["auth", "revoke", "--user", "me", "--yes"]).on(&root2).run().ok();
    env.cmd(&["auth", "status"]).on(&root2).run().fails(4, "revoked");
    let shown = env.cmd(&["user", "show", &id, "--format", "json"]).run().ok().json();
    assert_eq!((shown["role"].as_str(), shown["display_name"].as_str()), (Some("technician"), Some("")));
    assert_eq!(shown["active_sessions"], 1, "{shown}");
    env.cmd(&["auth", "status"]).on(&legacy).run().ok();
    case.end(Db::Any);
}

/// Input: someone holding a technician's login session (a laptop left unlocked) tries to change
/// that user's password without knowing it: the new password alone, an empty first line, a
/// wrong current password again and again, then the right one while throttled.
/// Expected: one line alone or an empty current password is exit 2, a wrong or throttled one
/// exit 4; the password stays the one the user knows, and the failures throttle `auth login`
/// too. Once the pause is over the user changes it with the current one, keeps this session,
/// and every other session of theirs is revoked.
#[test]
fn a_held_session_cannot_change_the_password_alone() {
    let mut env = fresh();
    let tess = user_client(&env, "tess", "technician");
    let phone = env.client("tess-phone");
    login(&env, &phone, "tess", "tess-password").ok();
    let passwd = |env: &Env, stdin: &str| {
        env.cmd(&["user", "passwd", "--password-stdin"]).on(&tess).stdin(stdin).run()
    };
    let case = Case::begin(Class::Auth, "passwd (self) with the new password alone", &env.db);
    passwd(&env, "attackers-password\n").fails(2, "two lines");
    passwd(&env, "\nattackers-password\n").fails(2, "no password on stdin");
    case.end(Db::Unchanged);
    let case = Case::begin(Class::Auth, "passwd (self) guessing the current password", &env.db);
    for guess in ["password", "tess", "tess-password1", "Tess-password", "tess-passwor"] {
        passwd(&env, &format!("{guess}\nattackers-password\n")).fails(4, "current password is wrong");
    }
    passwd(&env, "tess-password\nattackers-password\n").fails(4, "too many failed attempts; try again in");
    login(&env, &env.client("elsewhere"), "tess", "tess-password").fails(4, "login failed");
    case.end(Db::Any);

    env.now = "2024-03-15T13:00:00Z".into();
    let case = Case::begin(Class::Auth, "passwd (self) with the current password", &env.db);
    passwd(&env, "tess-password\ntess-new-password\n").ok();
    env.cmd(&["auth", "status"]).on(&tess).run().ok();
    env.cmd(&["auth", "status"]).on(&phone).run().fails(4, "revoked");
    login(&env, &env.client("elsewhere"), "tess", "tess-new-password").ok();
    login(&env, &env.client("attacker"), "tess", "attackers-password").fails(4, "login failed");
    case.end(Db::Any);
}
