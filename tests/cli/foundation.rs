//! The foundation: init, opening and refusing database files, settings, the audit log,
//! output formats and exit codes.

use std::os::unix::fs::PermissionsExt;

use crate::support::{ADMIN, Env};

#[test]
fn init_creates_a_private_database_and_logs_the_admin_in() {
    let env = Env::new();
    if !crate::BACKEND.postgres() {
        let mode = std::fs::metadata(&env.db).expect("db exists").permissions().mode() & 0o777;
        assert_eq!(mode, 0o600);
    }
    let status = env.run(&["auth", "status", "--format", "json"]);
    status.ok();
    assert_eq!(status.json()["username"], ADMIN);
    assert_eq!(status.json()["role"], "admin");
    let config_mode =
        std::fs::metadata(env.default_client()).expect("config dir").permissions().mode() & 0o777;
    assert_eq!(config_mode, 0o700);
}

#[test]
fn init_refuses_an_existing_database_without_touching_it() {
    let env = Env::new();
    let before = env.db_bytes();
    env.run_stdin(&["init", "--admin", "other", "--password-stdin"], "another-password\n")
        .fails(6, "already exists");
    assert_eq!(env.db_bytes(), before);
}

#[test]
fn init_off_a_terminal_needs_password_stdin() {
    let env = Env::empty();
    env.run(&["init", "--admin", "boss"]).fails(2, "--password-stdin");
    assert!(!env.db.exists() && env.db_bytes().is_empty(), "nothing may be created");
    env.run_stdin(&["init", "--admin", "boss", "--password-stdin"], "short\n").fails(2, "at least 8");
    env.run_stdin(&["init", "--admin", "bad name", "--password-stdin"], "long enough\n")
        .fails(2, "invalid username");
    assert!(!env.db.exists() && env.db_bytes().is_empty());
}

#[test]
fn a_missing_database_points_to_init() {
    let env = Env::empty();
    env.run(&["config", "list"]).fails(8, "stint init");
}

/// Each foreign file is refused with exit 8 and left byte-for-byte unchanged.
#[test]
fn foreign_empty_corrupt_and_newer_files_are_refused_untouched() {
    if crate::BACKEND.postgres() {
        return; // SQLite files only: how stint refuses a path before SQLite opens it.
    }
    let env = Env::empty();
    let other_sqlite = env.dir.path().join("other.sqlite");
    {
        let conn = rusqlite::Connection::open(&other_sqlite).expect("sqlite");
        conn.execute_batch("CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES ('hello');")
            .expect("other app");
    }
    let newer = Env::new();
    {
        let conn = rusqlite::Connection::open(&newer.db).expect("open stint db");
        conn.pragma_update(None, "user_version", 99).expect("bump version");
    }
    let mut random = Vec::new();
    let mut x: u32 = 12345;
    for _ in 0..8192 {
        x = x.wrapping_mul(1_103_515_245).wrapping_add(12345);
        random.push((x >> 16) as u8);
    }
    let mut truncated_header = b"SQLite format 3\0".to_vec();
    truncated_header.extend([0; 20]);
    let cases: Vec<(&str, std::path::PathBuf, &str)> = vec![
        ("empty", write(&env, "empty.db", b""), "empty file"),
        ("text", write(&env, "notes.txt", b"just some notes\n"), "not a stint database"),
        ("random", write(&env, "random.db", &random), "not a stint database"),
        ("truncated", write(&env, "truncated.db", &truncated_header), "not a stint database"),
        ("other app", other_sqlite, "not a stint database"),
        ("newer schema", newer.db.clone(), "newer than this stint"),
    ];
    for (what, path, needle) in cases {
        let before = std::fs::read(&path).expect("fixture");
        let path_text = path.to_str().expect("utf-8 path");
        let run = env.run(&["--db", path_text, "config", "list"]);
        run.fails(8, needle);
        assert!(run.stderr.contains(path_text), "{what}: message names the path: {}", run.stderr);
        assert_eq!(std::fs::read(&path).expect("fixture"), before, "{what}: file changed");
    }
}

#[test]
fn a_directory_or_special_file_is_not_a_database() {
    if crate::BACKEND.postgres() {
        return; // SQLite files only: the same paths are checked whatever STINT_DB says.
    }
    let env = Env::empty();
    let dir = env.dir.path().to_str().expect("utf-8");
    env.run(&["--db", dir, "config", "list"]).fails(8, "is a directory");
    env.run(&["--db", "/dev/null", "config", "list"]).fails(8, "not a regular file");
}

#[test]
fn settings_list_get_set_with_validation_and_audit() {
    let env = Env::new();
    let list = env.run(&["config", "list", "--format", "json"]);
    list.ok();
    let list = list.json();
    let keys: Vec<&str> = list.as_array().expect("array").iter().filter_map(|s| s["key"].as_str()).collect();
    assert_eq!(keys, ["session.ttl", "session.idle_timeout", "session.max_per_user", "timer.max_length"]);
    assert_eq!(env.run(&["config", "get", "timer.max_length"]).ok().stdout, "12h\n");
    env.run(&["config", "set", "timer.max_length", "10h"]).ok();
    assert_eq!(env.run(&["config", "get", "timer.max_length"]).ok().stdout, "10h\n");
    env.run(&["config", "set", "timer.max_length", "10 weeks"]).fails(2, "cannot read duration");
    env.run(&["config", "set", "session.max_per_user", "0"]).fails(2, "between 1 and 1000");
    env.run(&["config", "set", "no.such", "1"]).fails(2, "session.ttl");
    env.run(&["config", "get", "no.such"])
        .fails(2, "invalid value 'no.such' for '<KEY>' (valid: session.ttl");
    let audit = env.run(&["audit", "list", "--object", "setting:timer.max_length", "--format", "json"]);
    let events = audit.ok().json();
    assert_eq!(events.as_array().map(Vec::len), Some(1));
    assert_eq!(events[0]["before"]["value"], "12h");
    assert_eq!(events[0]["after"]["value"], "10h");

    let tech = env.user_client("tina", "technician");
    assert_eq!(env.run_on(&tech, &["config", "get", "timer.max_length"]).ok().stdout, "10h\n");
    env.run_on(&tech, &["config", "set", "timer.max_length", "1h"]).fails(5, "manage users and settings");
    assert_eq!(env.run(&["config", "get", "timer.max_length"]).ok().stdout, "10h\n");
}

#[test]
fn audit_list_filters_and_formats() {
    let env = Env::new();
    env.add_user("bob", "technician");
    env.run(&["config", "set", "session.ttl", "7d"]).ok();
    let all = env.run(&["audit", "list", "--format", "json"]).ok().json();
    let actions: Vec<&str> =
        all.as_array().expect("array").iter().filter_map(|e| e["action"].as_str()).collect();
    assert_eq!(actions, ["user.add", "auth.login", "user.add", "setting.set"], "oldest first");
    let users = env.run(&["audit", "list", "--action", "user", "--format", "ndjson"]).ok().stdout.clone();
    assert_eq!(users.lines().count(), 2);
    let csv = env.run(&["audit", "list", "--limit", "1", "--format", "csv"]).ok().stdout.clone();
    let mut lines = csv.lines();
    assert_eq!(lines.next(), Some("event_id,at,actor_id,actor,action,object_type,object_id,before,after"));
    assert!(lines.next().is_some_and(|l| l.contains(",setting.set,setting,session.ttl,")));
    let tsv = env.run(&["audit", "list", "--actor", "nobody", "--format", "tsv"]).ok().stdout.clone();
    assert_eq!(tsv.lines().count(), 1, "header only: {tsv}");
    let recent = env.run(&["audit", "list", "--since", "-1h", "--format", "json"]).ok().json();
    assert_eq!(recent.as_array().map(Vec::len), Some(4), "relative times work: {recent}");
    let later = env.run(&["audit", "list", "--since", "2024-03-16", "--format", "json"]).ok().json();
    assert_eq!(later.as_array().map(Vec::len), Some(0));
    env.run(&["audit", "list", "--since", "2024-02-30"]).fails(2, "cannot read time");
    let bob = env.client("bob");
    env.login(&bob, "bob", "bob-password").ok();
    env.run_on(&bob, &["audit", "list"]).fails(5, "read the audit log");
}

/// The audit table says what an edit changed, field by field; JSON keeps both images whole.
#[test]
fn the_audit_table_shows_what_changed() {
    let env = Env::new();
    env.run(&["ticket", "create", "Printer jam", "-q"]).ok();
    env.run(&["ticket", "edit", "1", "--title", "Printer jam on floor 3", "--status", "in_progress"]).ok();
    let table = env.run(&["audit", "list", "--action", "ticket.edit"]).ok().stdout.clone();
    assert!(
        table.contains(r#"title: "Printer jam" → "Printer jam on floor 3", status: open → in_progress"#),
        "{table}"
    );
    let created = env.run(&["audit", "list", "--action", "ticket.create"]).ok().stdout.clone();
    assert!(created.contains(r#"title: "Printer jam", status: open, priority: normal"#), "{created}");
    let json = env.run(&["audit", "list", "--action", "ticket.edit", "--format", "json"]).ok().json();
    assert_eq!(json[0]["before"]["title"], "Printer jam");
    assert_eq!(json[0]["after"]["title"], "Printer jam on floor 3");
    assert_eq!(json[0]["after"]["description"], "", "the whole after-image: {json}");
}

#[test]
fn csv_cells_are_guarded_and_tables_escape_control_characters() {
    let env = Env::new();
    env.run_stdin(
        &[
            "user",
            "add",
            "eve",
            "--role",
            "viewer",
            "--display-name",
            "=HYPERLINK(\"x\")",
            "--password-stdin",
        ],
        "eve-password\n",
    )
    .ok();
    env.run(&["user", "edit", "admin", "--display-name", "Ad\u{1b}[31mmin\u{202e}"]).ok();
    let csv = env.run(&["user", "list", "--format", "csv"]).ok().stdout.clone();
    assert!(csv.contains(",\"'=HYPERLINK(\"\"x\"\")\","), "{csv}");
    let table = env.run(&["user", "list"]).ok().stdout.clone();
    assert!(!table.contains('\u{1b}') && !table.contains('\u{202e}'), "{table}");
    assert!(table.contains("Ad\\u{1b}[31mmin\\u{202e}"), "{table}");
    let json = env.run(&["user", "show", "admin", "--format", "json"]).ok().json();
    assert_eq!(json["display_name"], "Ad\u{1b}[31mmin\u{202e}", "JSON keeps exact text");
}

#[test]
fn busy_database_is_exit_7_and_safe_to_retry() {
    let env = Env::new();
    let lock = env.hold_write_lock(ADMIN);
    let run = env.run_full(
        &env.default_client(),
        &["config", "set", "timer.max_length", "2h"],
        None,
        &[("STINT_BUSY_TIMEOUT_MS", "200")],
    );
    run.fails(7, "busy");
    drop(lock);
    env.run(&["config", "set", "timer.max_length", "2h"]).ok();
    assert_eq!(env.run(&["config", "get", "timer.max_length"]).ok().stdout, "2h\n");
}

#[test]
fn an_out_of_range_busy_timeout_is_refused_with_the_range() {
    let env = Env::new();
    let before = env.db_bytes();
    for value in ["2147483648", "4294967296", "18446744073709551616", "-1", "5s"] {
        let run = env.run_full(
            &env.default_client(),
            &["config", "set", "timer.max_length", "2h"],
            None,
            &[("STINT_BUSY_TIMEOUT_MS", value)],
        );
        run.fails(2, "STINT_BUSY_TIMEOUT_MS");
        assert!(run.stderr.contains("from 0 to 2147483647"), "{value}: {}", run.stderr);
    }
    assert_eq!(env.db_bytes(), before);
    for value in ["2147483647", "0"] {
        env.run_full(&env.default_client(), &["auth", "status"], None, &[("STINT_BUSY_TIMEOUT_MS", value)])
            .ok();
    }
}

/// A server that cannot be reached may be back in a moment: exit 7 with the cause, never the
/// password.
#[test]
fn an_unreachable_postgres_server_is_safe_to_retry_and_names_the_cause() {
    let env = Env::empty();
    let no_socket = env.dir.path().join("no-socket-here");
    std::fs::create_dir(&no_socket).expect("socket dir");
    let cases = [
        ("postgres://admin:S3cretPW@127.0.0.1:1/stint?sslmode=require".to_owned(), "refused"),
        (format!("postgresql:///stint?host={}&password=S3cretPW", no_socket.display()), "No such file"),
        ("postgres://admin:S3cretPW@nonexistent.invalid/stint?sslmode=require".to_owned(), "lookup"),
    ];
    for (url, cause) in cases {
        let run = env.run_full(&env.default_client(), &["ticket", "list"], None, &[("STINT_DB", &url)]);
        run.fails(7, cause);
        assert!(run.stderr.contains("cannot connect"), "{}", run.stderr);
        assert!(!run.stderr.contains("S3cretPW"), "the password leaks: {}", run.stderr);
    }
}

/// A misspelt scheme is refused as such, not taken for a file name and shown whole.
#[test]
fn a_database_url_of_another_scheme_is_refused_without_its_password() {
    let env = Env::empty();
    for url in ["postgress://admin:S3cretPW@db.example/stint", "mysql://admin:S3cretPW@db.example/stint"] {
        for args in [&["ticket", "list"][..], &["init", "--admin", "alice", "--password-stdin"]] {
            let run = env.run_full(&env.default_client(), args, Some("adminpass1\n"), &[("STINT_DB", url)]);
            run.fails(2, "is not a database stint can open");
            assert!(!run.stderr.contains("S3cretPW"), "the password leaks: {}", run.stderr);
        }
    }
}

/// A peer that accepts the connection and then never answers (a firewall, a wrong port) is
/// given up after three times the connect timeout, as safe to retry, instead of hanging.
#[test]
fn a_silent_postgres_peer_is_given_up_as_safe_to_retry() {
    let env = Env::empty();
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    let port = listener.local_addr().expect("address").port();
    // Accepts and holds every connection without a byte in reply.
    std::thread::spawn(move || {
        let mut held = Vec::new();
        for stream in listener.incoming().flatten() {
            held.push(stream);
        }
    });
    let url = format!("postgres://admin:S3cretPW@127.0.0.1:{port}/stint?sslmode=require&connect_timeout=1");
    let run = env.run_full(&env.default_client(), &["ticket", "list"], None, &[("STINT_DB", &url)]);
    run.fails(7, "no answer within 3 s (safe to retry)");
    assert!(!run.stderr.contains("S3cretPW"), "the password leaks: {}", run.stderr);
}

/// The test cluster's URL rewritten with a password in each form a URL can carry one (the
/// cluster trusts every local connection, so any password works).
fn with_passwords(location: &str) -> Vec<(String, &'static str)> {
    let rest = location.strip_prefix("postgresql:///").expect("a socket URL");
    let (db, query) = rest.split_once("?host=").expect("host parameter");
    let (socket, user) = query.split_once("&user=").expect("user parameter");
    let socket = socket.replace('/', "%2F");
    vec![
        (format!("{location}&password=S3cretPW"), "S3cretPW"),
        (format!("postgresql:///{db}?password=S3cretPW&host={socket}&user={user}"), "S3cretPW"),
        (format!("postgresql://{user}:S3cretPW@{socket}/{db}"), "S3cretPW"),
        (format!("postgresql://{user}:S3c%40retPW@{socket}/{db}"), "retPW"),
        (format!("postgresql://{user}:pa@ss@w0rdZ@{socket}/{db}"), "w0rdZ"),
    ]
}

/// Every message that names a PostgreSQL database hides its password, whichever form the URL
/// carries it in: the init notice, the conflict when it exists, a refused connection.
#[test]
fn messages_that_name_a_postgres_database_never_show_its_password() {
    if !crate::BACKEND.postgres() {
        return; // PostgreSQL URLs only; SQLite locations are paths.
    }
    for form in 0..with_passwords("postgresql:///d?host=/s&user=u").len() {
        let env = Env::empty();
        let (url, secret) = with_passwords(&env.location).swap_remove(form);
        let with_url = [("STINT_DB", url.as_str())];
        let init = env.run_full(
            &env.default_client(),
            &["init", "--admin", ADMIN, "--password-stdin"],
            Some("admin-password\n"),
            &with_url,
        );
        init.ok();
        assert!(init.stderr.contains("Created postgresql://"), "{url}: {}", init.stderr);
        assert!(!init.stderr.contains(secret), "{url}: the init notice shows the password: {}", init.stderr);
        let again = env.run_full(
            &env.default_client(),
            &["init", "--admin", "other", "--password-stdin"],
            Some("admin-password\n"),
            &with_url,
        );
        again.fails(6, "already exists");
        assert!(!again.stderr.contains(secret), "{url}: the conflict shows the password: {}", again.stderr);
        env.run_full(&env.default_client(), &["auth", "status"], None, &with_url).ok();

        let missing = env.dir.path().join("gone");
        let (unreachable, _) =
            with_passwords(&format!("postgresql:///x?host={}&user=u", missing.display())).swap_remove(form);
        let run =
            env.run_full(&env.default_client(), &["auth", "status"], None, &[("STINT_DB", &unreachable)]);
        run.fails(7, "cannot connect");
        assert!(!run.stderr.contains(secret), "{unreachable}: the error shows the password: {}", run.stderr);
    }
}

/// A `TZ` chrono cannot read would silently mean UTC and store typed local times hours off.
#[test]
fn a_tz_that_names_no_zone_is_refused_and_real_ones_are_used() {
    let mut env = Env::new();
    env.run(&["ticket", "create", "Printer", "-q"]).ok();
    let before = env.db_bytes();
    let manual = ["timer", "manual", "--ticket", "1", "--from", "2024-03-15 06:00", "--duration", "5m"];
    for tz in ["Mars/Olympus", "Europe/Berln", "America", "/etc/passwd", ":EST5", "CET-1CEST", "EST5x"] {
        env.tz = tz.into();
        let run = env.run(&manual);
        run.fails(2, &format!("TZ={tz}"));
    }
    env.tz = "Mars/Olympus".into();
    env.run(&["--utc", "auth", "status"]).ok();
    assert_eq!(env.db_bytes(), before, "nothing was written");
    for tz in ["", "UTC", ":Europe/Berlin", "/usr/share/zoneinfo/Europe/Berlin", "EST5EDT", "Asia/Tokyo"] {
        env.tz = tz.into();
        env.run(&["auth", "status"]).ok();
    }
    for (tz, from, start) in [
        ("EST5", "2024-03-15 06:00", "2024-03-15T11:00:00Z"),
        ("CET-1CEST,M3.5.0,M10.5.0/3", "2024-03-14 06:00", "2024-03-14T05:00:00Z"),
        ("<+0330>-3:30", "2024-03-13 06:00", "2024-03-13T02:30:00Z"),
    ] {
        env.tz = tz.into();
        let mut args = manual.to_vec();
        args[5] = from;
        args.extend(["--format", "json"]);
        assert_eq!(env.run(&args).ok().json()["start"], start, "TZ={tz}");
    }
}

/// Input without line ends would be buffered whole: every format caps a record at 1 MiB.
#[test]
fn an_import_record_over_1_mib_is_refused_with_its_position() {
    let env = Env::new();
    env.run(&["ticket", "create", "Printer", "-q"]).ok();
    let before = env.db_bytes();
    let endless = "x".repeat(2 * 1024 * 1024);
    let good = "1,2024-03-14T09:00:00Z,2024-03-14T09:10:00Z,fine\n";
    for (format, input, position) in [
        ("csv", format!("ticket,start,end,note\n{good}1,2024-03-14T10:00:00Z,,{endless}"), "line 3"),
        ("ndjson", format!("{{\"ticket\":1,\"start\":\"{endless}"), "line 1"),
        ("json", format!("[{{\"ticket\":1,\"note\":\"{endless}\"}}]"), "record 1"),
    ] {
        let run = env.run_stdin(&["session", "import", "-", "--input-format", format], &input);
        run.fails(2, position);
        assert!(run.stderr.contains("1 MiB"), "{format}: {}", run.stderr);
    }
    assert_eq!(env.db_bytes(), before);
}

#[test]
fn usage_errors_are_one_line_exit_2() {
    let env = Env::new();
    env.run(&["user", "list", "--format", "xml"]).fails(2, "valid: table, json, csv, tsv, ndjson");
    env.run(&["nonsense"]).fails(2, "unrecognized subcommand");
    env.run(&["user", "add", "x", "--role", "boss"]).fails(2, "valid: admin, supervisor, technician, viewer");
    assert_eq!(env.run(&["--version"]).ok().stdout, format!("stint {}\n", env!("CARGO_PKG_VERSION")));
}

/// A URL in `STINT_DB` may carry the database password: help names the variable, never its value.
#[test]
fn help_never_shows_an_environment_value() {
    let env = Env::empty();
    let secrets = [
        ("STINT_DB", "postgres://admin:S3cretPW@db.example/stint"),
        ("STINT_TOKEN", "stint_TokenValue123"),
        ("STINT_CONFIG_DIR", "/tmp/ConfigDirValue"),
        ("STINT_BUSY_TIMEOUT_MS", "4321"),
    ];
    for args in [
        vec!["--help"],
        vec!["-h"],
        vec!["ticket", "--help"],
        vec!["session", "import", "--help"],
        vec!["init", "-h"],
        vec!["help", "timer", "start"],
    ] {
        let run = env.run_full(&env.default_client(), &args, None, &secrets);
        run.ok();
        for (name, value) in secrets {
            assert!(!run.stdout.contains(value), "`stint {}` shows {name}: {}", run.args, run.stdout);
        }
        if args.len() == 1 {
            assert!(run.stdout.contains("STINT_DB"), "help still names the variable: {}", run.stdout);
        }
    }
}

#[test]
fn completions_print_a_script() {
    let env = Env::empty();
    let run = env.run(&["completions", "bash"]);
    assert!(run.ok().stdout.contains("_stint()"));
}

fn write(env: &Env, name: &str, bytes: &[u8]) -> std::path::PathBuf {
    let path = env.dir.path().join(name);
    std::fs::write(&path, bytes).expect("write fixture");
    path
}
