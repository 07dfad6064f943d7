//! Users and passwords: reserved names, changing a password, the order of checks and prompts,
//! what suspension does to a running timer, and how the messages count things.

use crate::support::{ADMIN, Env};

/// Every message that counts something reads as English: one of a thing, two things.
#[test]
fn counted_messages_read_as_english() {
    let env = Env::new();
    let password = env.add_user("bob", "technician");
    for client in ["a", "b"] {
        env.login(&env.client(client), "bob", &password).ok();
    }
    let run = env.run(&["auth", "revoke", "--user", "bob", "--yes"]);
    assert!(run.ok().stderr.contains("Revoked 2 login sessions."), "{}", run.stderr);
    env.login(&env.client("a"), "bob", &password).ok();
    let run = env.run(&["auth", "revoke", "--user", "bob", "--yes"]);
    assert!(run.ok().stderr.contains("Revoked 1 login session."), "{}", run.stderr);

    let bob = env.client("c");
    env.login(&bob, "bob", &password).ok();
    env.run(&["ticket", "create", "One", "-q"]).ok();
    let import = "ticket,start,end\n1,2024-03-14T08:00:00Z,2024-03-14T09:00:00Z\n";
    let run = env.run_full(&bob, &["session", "import", "-", "--input-format", "csv"], Some(import), &[]);
    let stderr = &run.ok().stderr;
    assert!(stderr.contains("Imported 1 work session, ") && stderr.contains(" for 1 user."), "{stderr}");

    let run = env.run_on(&bob, &["auth", "logout"]);
    assert!(run.ok().stderr.contains("Logged out (1 login session revoked)."), "{}", run.stderr);
    let run = env.run(&["auth", "prune"]);
    assert!(run.ok().stderr.contains("dead login sessions."), "{}", run.stderr);
    assert!(!env.run(&["user", "list"]).ok().stderr.contains("(s)"));
}

/// `me` means yourself wherever a user is named, so no user may be called that.
#[test]
fn me_is_reserved_as_a_username() {
    let env = Env::new();
    for name in ["me", "ME", "Me"] {
        env.run_stdin(&["user", "add", name, "--role", "viewer", "--password-stdin"], "a-good-password\n")
            .fails(2, "the username \"me\" is reserved");
    }
    let users = env.run(&["user", "list", "--format", "json"]).ok().json();
    assert_eq!(users.as_array().map(Vec::len), Some(1), "{users}");

    let empty = Env::empty();
    empty.run_stdin(&["init", "--admin", "me", "--password-stdin"], "a-good-password\n").fails(2, "reserved");
    assert!(!empty.db.exists(), "init made a database");

    let tess = env.user_client("tess", "technician");
    env.run(&["ticket", "create", "One", "-q"]).ok();
    let import = "user,ticket,start,end\nme,1,2024-03-14T08:00:00Z,2024-03-14T09:00:00Z\n";
    env.run_full(&tess, &["session", "import", "-", "--input-format", "csv"], Some(import), &[])
        .fails(2, "user \"me\" is reserved");
    let sessions = env.run_on(&tess, &["session", "list", "--format", "json"]).ok().json();
    assert_eq!(sessions.as_array().map(Vec::len), Some(0), "{sessions}");
}

/// A database from before `me` was reserved keeps working: that user is flagged, reached by
/// id, and `me` still means the one who runs the command.
#[test]
fn a_user_already_named_me_is_flagged_and_reached_by_id() {
    let env = Env::new();
    let password = env.add_user("meg", "technician");
    env.execute("UPDATE users SET username = 'me' WHERE username = $1", &["meg"]);
    let users = env.run(&["user", "list", "--format", "json"]).ok().json();
    let legacy = users.as_array().and_then(|u| u.iter().find(|u| u["username"] == "me")).expect("me");
    let id = legacy["user_id"].as_str().expect("id").to_owned();
    assert_eq!(legacy["username_reserved"], true);
    let admin = users.as_array().and_then(|u| u.iter().find(|u| u["username"] == ADMIN)).expect("admin");
    assert_eq!(admin["username_reserved"], false);
    let table = env.run(&["user", "list"]);
    assert!(table.ok().stdout.contains("me (reserved name; use the id)"), "{}", table.stdout);
    assert!(table.stderr.contains(&id), "{}", table.stderr);

    // `me` is the admin; the id is the legacy user.
    env.run(&["user", "edit", "me", "--display-name", "The Admin"]).ok();
    env.run(&["user", "edit", &id, "--role", "viewer"]).ok();
    let shown = env.run(&["user", "show", &id, "--format", "json"]).ok().json();
    assert_eq!((shown["username"].as_str(), shown["role"].as_str()), (Some("me"), Some("viewer")));
    assert_eq!(shown["display_name"], "");
    let me = env.run(&["user", "show", "ME", "--format", "json"]).ok().json();
    assert_eq!((me["username"].as_str(), me["role"].as_str()), (Some(ADMIN), Some("admin")));
    assert_eq!(me["display_name"], "The Admin");

    // That user can still log in, and is `me` to themselves.
    let client = env.client("legacy");
    env.login(&client, "me", &password).ok();
    let own = env.run_on(&client, &["user", "show", "me", "--format", "json"]).ok().json();
    assert_eq!(own["user_id"], id.as_str());
}

/// Every check comes before a password is asked for: off a terminal, a refused command names
/// the real problem, not the missing --password-stdin.
#[test]
fn checks_come_before_the_password() {
    let env = Env::new();
    env.add_user("bob", "technician");
    env.run(&["user", "add", "bob", "--role", "viewer"]).fails(6, "user \"bob\" already exists");
    let again = env.run(&["user", "add", "BOB", "--role", "viewer", "--if-not-exists"]);
    assert!(again.ok().stderr.contains("User bob already exists; nothing changed."), "{}", again.stderr);
    env.run(&["user", "add", "carol", "--role", "viewer", "--email", "nope"]).fails(2, "invalid email");
    env.run(&["init", "--admin", "root"]).fails(6, "already exists");

    let vic = env.user_client("vic", "viewer");
    env.run_on(&vic, &["user", "add", "carol", "--role", "viewer"]).fails(5, "permission denied");
    env.run_on(&vic, &["user", "passwd", "bob"]).fails(5, "permission denied");
    env.run(&["user", "passwd", "nobody"]).fails(3, "no user named \"nobody\"");

    // A weak password is refused before anything else is read.
    env.run_stdin(&["user", "add", "carol", "--role", "viewer", "--password-stdin"], "short\nshort\n")
        .fails(2, "at least 8 characters");

    let missing = Env::empty();
    for args in
        [&["user", "add", "carol", "--role", "viewer"][..], &["user", "passwd"], &["auth", "login", "carol"]]
    {
        let run = missing.run(args);
        assert!(matches!(run.code, 3 | 8) && !run.stderr.contains("password"), "{run:?}");
        assert!(run.stderr.contains("create one with `stint init`"), "{run:?}");
    }
}

/// On a terminal too, every check comes before a prompt, and a weak new password is refused
/// before it is asked for again.
#[test]
fn on_a_terminal_checks_come_before_any_prompt() {
    use crate::support::Answer;
    let env = Env::new();
    env.add_user("bob", "technician");
    let refused_unasked = |args: &[&str], code: i32, message: &str| {
        let run = env.run_in_terminal(args, &[]);
        assert_eq!(run.code, code, "{run:?}");
        assert!(run.stdout.contains(message), "{run:?}");
        assert!(!run.stdout.contains("assword"), "asked for a password first: {run:?}");
    };
    refused_unasked(&["user", "add", "bob", "--role", "viewer"], 6, "already exists");
    refused_unasked(&["user", "passwd", "nobody"], 3, "no user named");
    refused_unasked(&["init", "--admin", "root"], 6, "already exists");
    let missing = Env::empty();
    for args in [&["auth", "login", "carol"][..], &["user", "add", "carol", "--role", "viewer"]] {
        let run = missing.run_in_terminal(args, &[]);
        assert_eq!(run.code, 8, "{run:?}");
        assert!(
            run.stdout.contains("create one with `stint init`") && !run.stdout.contains("assword"),
            "{run:?}"
        );
    }

    let weak = [Answer { prompt: "assword", answer: "short" }];
    let run = env.run_in_terminal(&["user", "add", "carol", "--role", "viewer"], &weak);
    assert_eq!(run.code, 2, "{run:?}");
    assert!(run.stdout.contains("at least 8 characters"), "{run:?}");
    assert!(!run.stdout.contains("Repeat to confirm"), "asked again for a weak password: {run:?}");

    let strong = [
        Answer { prompt: "New password for carol", answer: "carols-password" },
        Answer { prompt: "Repeat to confirm", answer: "carols-password" },
    ];
    env.run_in_terminal(&["user", "add", "carol", "--role", "viewer"], &strong).ok();
    env.login(&env.client("carol"), "carol", "carols-password").ok();

    // Your own password: the current one first, then the new one twice.
    let own = [
        Answer { prompt: "urrent password", answer: crate::support::ADMIN_PASSWORD },
        Answer { prompt: "ew password", answer: "admins-new-password" },
        Answer { prompt: "Repeat to confirm", answer: "admins-new-password" },
    ];
    let run = env.run_in_terminal(&["user", "passwd"], &own);
    assert_eq!(run.code, 0, "{run:?}");
    env.login(&env.client("again"), crate::support::ADMIN, "admins-new-password").ok();
}

/// A name that reads as a user id would be taken for that user wherever a user is named: an
/// admin naming the new account would act on another one.
#[test]
fn a_username_that_reads_as_a_user_id_is_refused() {
    let env = Env::new();
    env.add_user("bob", "technician");
    let bob_id = env.run(&["user", "show", "bob", "--format", "json"]).ok().json()["user_id"]
        .as_str()
        .expect("an id")
        .to_owned();
    env.run_stdin(&["user", "add", &bob_id, "--role", "viewer", "--password-stdin"], "a-good-password\n")
        .fails(2, "reads as a user id");
    let users = env.run(&["user", "list", "--format", "json"]).ok().json();
    assert_eq!(users.as_array().map(Vec::len), Some(2), "{users}");
}

/// Changing your own password takes the current one (two lines off a terminal); a wrong one is
/// a failed login that feeds the throttle; the session you changed it from stays logged in.
#[test]
fn changing_your_own_password_asks_for_the_current_one() {
    let mut env = Env::new();
    let password = env.add_user("bob", "technician");
    let (laptop, phone) = (env.client("laptop"), env.client("phone"));
    env.login(&laptop, "bob", &password).ok();
    env.login(&phone, "bob", &password).ok();
    let passwd = |env: &Env, stdin: &str| {
        env.run_full(&laptop, &["user", "passwd", "--password-stdin"], Some(stdin), &[])
    };

    passwd(&env, "bobs-new-password\n").fails(2, "two lines from --password-stdin");
    passwd(&env, &format!("{password}\nshort\n")).fails(2, "at least 8 characters");
    passwd(&env, "not-the-password\nbobs-new-password\n").fails(4, "the current password is wrong");
    let audit = env.run(&["audit", "list", "--format", "json"]).ok().stdout.clone();
    assert!(audit.contains("auth.login_failed") && audit.contains("wrong current password"), "{audit}");
    // Four more wrong ones make five in a row: now even the right password is refused.
    for _ in 0..4 {
        passwd(&env, "not-the-password\nbobs-new-password\n").fails(4, "the current password is wrong");
    }
    passwd(&env, &format!("{password}\nbobs-new-password\n"))
        .fails(4, "too many failed attempts; try again in");
    env.login(&env.client("other"), "bob", &password).fails(4, "login failed");

    env.now = "2024-03-15T13:00:00Z".into();
    let run = passwd(&env, &format!("{password}\nbobs-new-password\n"));
    assert!(
        run.ok()
            .stderr
            .contains("Changed your password; 1 other login session ended, and this one stays logged in."),
        "{}",
        run.stderr
    );
    env.run_on(&laptop, &["auth", "status"]).ok();
    env.run_on(&phone, &["auth", "status"]).fails(4, "revoked");
    env.login(&env.client("other"), "bob", &password).fails(4, "login failed");
    env.login(&env.client("other"), "bob", "bobs-new-password").ok();

    // An admin resets someone else's with the new password alone; naming yourself is your own.
    let run = env.run_stdin(&["user", "passwd", "bob", "--password-stdin"], "reset-by-admin\n");
    assert!(
        run.ok().stderr.contains("Changed the password of bob; 2 login sessions ended."),
        "{}",
        run.stderr
    );
    env.run(&["auth", "status"]).ok();
    env.run_stdin(&["user", "passwd", ADMIN, "--password-stdin"], "admins-new-password\n")
        .fails(2, "two lines");
}

/// Suspending or deactivating a user stops their running timer at that instant, audited as a
/// timer stop by the admin, so it stops counting in reports.
#[test]
fn suspension_and_deactivation_stop_the_running_timer() {
    let mut env = Env::new();
    env.run(&["ticket", "create", "One", "-q"]).ok();
    let tess = env.user_client("tess", "technician");
    env.add_user("theo", "technician");
    env.now = "2024-03-15T12:30:00Z".into();
    env.run_on(&tess, &["timer", "start", "--ticket", "1"]).ok();
    env.now = "2024-03-15T13:30:00Z".into();
    let run = env.run(&["user", "suspend", "tess"]);
    let notice =
        "tess is now suspended; their running timer on #1 was stopped at 2024-03-15 13:30, after 1:00:00.";
    assert!(run.ok().stderr.contains(notice), "{}", run.stderr);
    let run = env.run(&["user", "suspend", "theo"]);
    assert!(run.ok().stderr.contains("theo is now suspended."), "{}", run.stderr);

    env.now = "2024-03-15T16:00:00Z".into();
    let sessions = env.run(&["session", "list", "--user", "tess", "--format", "json"]).ok().json();
    assert_eq!(sessions.as_array().map(Vec::len), Some(1), "{sessions}");
    assert_eq!(sessions[0]["end"], "2024-03-15T13:30:00Z");
    assert_eq!(
        (sessions[0]["duration_seconds"].as_i64(), sessions[0]["running"].as_bool()),
        (Some(3600), Some(false))
    );
    let stops = env.run(&["audit", "list", "--action", "timer.stop", "--format", "json"]).ok().json();
    assert_eq!(stops.as_array().map(Vec::len), Some(1), "{stops}");
    assert_eq!(stops[0]["actor"], ADMIN);

    env.run(&["user", "activate", "tess"]).ok();
    env.login(&tess, "tess", "tess-password").ok();
    env.run_on(&tess, &["timer", "status"]).fails(3, "no timer is running");
    env.run_on(&tess, &["timer", "start", "--ticket", "1"]).ok();
    env.now = "2024-03-15T16:30:00Z".into();
    let run = env.run(&["user", "deactivate", "tess"]);
    assert!(
        run.ok().stderr.contains("tess is now deactivated; their running timer on #1 was stopped"),
        "{}",
        run.stderr
    );
    let running =
        env.run(&["session", "list", "--user", "tess", "--running", "--format", "json"]).ok().json();
    assert_eq!(running.as_array().map(Vec::len), Some(0), "{running}");
}

/// `user remove` and `auth revoke --user` ask on a terminal, and need `--yes` off one.
#[test]
fn removing_a_user_and_revoking_their_sessions_ask_first() {
    use crate::support::Answer;
    let env = Env::new();
    env.add_user("bob", "technician");
    env.login(&env.client("bob"), "bob", "bob-password").ok();
    env.run(&["user", "remove", "bob"]).fails(2, "add --yes");
    env.run(&["auth", "revoke", "--user", "bob"]).fails(2, "add --yes");
    env.run(&["auth", "revoke", "--yes"]).fails(2, "--user");
    let no = [Answer { prompt: "[y/N]", answer: "n" }];
    let kept = env.run_in_terminal(&["auth", "revoke", "--user", "bob"], &no);
    assert!(kept.stdout.contains("Revoke every login session of bob? [y/N]"), "{kept:?}");
    assert!(kept.stdout.contains("Nothing was revoked"), "{kept:?}");
    env.run_on(&env.client("bob"), &["timer", "status"]).fails(3, "no timer");
    let yes = [Answer { prompt: "[y/N]", answer: "y" }];
    let revoked = env.run_in_terminal(&["auth", "revoke", "--user", "bob"], &yes);
    assert!(revoked.stdout.contains("Revoked 1 login session"), "{revoked:?}");
    env.run_on(&env.client("bob"), &["timer", "status"]).fails(4, "");
    let kept = env.run_in_terminal(&["user", "remove", "bob"], &no);
    assert!(
        kept.stdout.contains("Remove user bob? [y/N]") && kept.stdout.contains("Nothing was removed"),
        "{kept:?}"
    );
    env.run(&["user", "show", "bob"]).ok();
    let removed = env.run_in_terminal(&["user", "remove", "bob"], &yes);
    assert!(removed.stdout.contains("Removed bob"), "{removed:?}");
    env.run(&["user", "show", "bob"]).fails(3, "no user named");
}

/// `user list --limit N`: the N users added last, oldest first.
#[test]
fn limit_lists_the_users_added_last() {
    let mut env = Env::new();
    for (name, at) in
        [("zoe", "2024-03-15T12:01:00Z"), ("ann", "2024-03-15T12:02:00Z"), ("bob", "2024-03-15T12:03:00Z")]
    {
        env.now = at.into();
        env.add_user(name, "technician");
    }
    let names = |args: &[&str]| -> Vec<String> {
        let json = env.run(&[&["user", "list", "--format", "json"], args].concat()).ok().json();
        json.as_array()
            .into_iter()
            .flatten()
            .filter_map(|u| u["username"].as_str().map(String::from))
            .collect()
    };
    assert_eq!(names(&[]), ["admin", "ann", "bob", "zoe"], "by name without a limit");
    assert_eq!(names(&["--limit", "2"]), ["ann", "bob"]);
    assert_eq!(names(&["--limit", "9"]), ["admin", "zoe", "ann", "bob"]);
    env.run(&["user", "list", "--limit", "0"]).fails(2, "--limit");
}
