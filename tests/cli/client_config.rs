//! `config.toml`, the client's own defaults: precedence (flag > environment > file > default),
//! refusals that name the file and line, and `auth status` naming where its database came from.

use std::os::unix::fs::PermissionsExt;

use crate::support::{ADMIN, ADMIN_PASSWORD, Env};

/// Writes the default client's config.toml, private as stint requires.
fn write_config(env: &Env, text: &str) {
    let path = env.default_client().join("config.toml");
    std::fs::write(&path, text).expect("write config.toml");
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600)).expect("chmod");
}

/// A second database, its admin logged in on the default client; returns its path.
fn second_database(env: &Env) -> String {
    let other = env.dir.path().join("other.db").to_string_lossy().into_owned();
    env.run_stdin(
        &["--db", &other, "init", "--admin", ADMIN, "--password-stdin"],
        &format!("{ADMIN_PASSWORD}\n"),
    )
    .ok();
    other
}

#[test]
fn the_database_comes_from_the_flag_then_the_environment_then_the_file() {
    let env = Env::new();
    let other = second_database(&env);
    let status = |args: &[&str], no_env: bool| {
        let mut cmd = env.command(&env.default_client(), args);
        if no_env {
            cmd.env_remove("STINT_DB");
        }
        let out = cmd.output().expect("run stint");
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
        (json["location"].as_str().unwrap_or_default().to_owned(), json["location_source"].clone())
    };
    let ours = env.db.to_string_lossy().into_owned();
    write_config(&env, &format!("db = {other:?}\n"));
    // The file beats the default.
    assert_eq!(status(&["auth", "status", "--format", "json"], true), (other.clone(), "config_file".into()));
    // The environment beats the file.
    assert_eq!(status(&["auth", "status", "--format", "json"], false), (ours.clone(), "environment".into()));
    // The flag beats the environment.
    let flagged = status(&["--db", &other, "auth", "status", "--format", "json"], false);
    assert_eq!(flagged, (other, "command_line".into()));
    let table = env.run(&["auth", "status"]);
    table.ok();
    assert!(table.stdout.contains("(from the environment)"), "{}", table.stdout);
}

#[test]
fn the_format_comes_from_the_flag_then_the_file_then_the_default() {
    let env = Env::new();
    assert!(env.run(&["auth", "status"]).ok().stdout.starts_with("Organisation"));
    write_config(&env, "format = \"json\"\nutc = true\n");
    env.run(&["auth", "status"]).ok().json();
    assert!(env.run(&["--format", "table", "auth", "status"]).ok().stdout.starts_with("Organisation"));
}

#[test]
fn unknown_keys_and_bad_values_are_refused_with_the_line() {
    let env = Env::new();
    write_config(&env, "utc = true\ncolour = \"red\"\n");
    env.run(&["ticket", "list"]).fails(2, "config.toml: line 2: unknown field `colour`");
    write_config(&env, "format = \"xml\"\n");
    env.run(&["ticket", "list"]).fails(2, "config.toml: line 1: format \"xml\" is not one of");
    write_config(&env, "\n\nutc = \"yes\"\n");
    env.run(&["ticket", "list"]).fails(2, "config.toml: line 3");
    write_config(&env, "db = \"a.db\"\nserver = \"https://example.com\"\n");
    env.run(&["ticket", "list"]).fails(2, "config.toml: line 2: set db or server, not both");
}

/// `auth login --server` remembers its server in config.toml, where the next command finds it;
/// the environment's `STINT_SERVER` beats the file, and `--server` beats the environment.
#[test]
fn the_server_is_remembered_in_the_file_and_the_environment_and_flag_beat_it() {
    let mut env = Env::new();
    if crate::BACKEND.through_server() {
        return;
    }
    let url = env.serve().url.clone();
    let client = env.client("laptop");
    // As a technician's shell is: nothing in the environment says where stint is.
    let bare = |args: &[&str], extra: &[(&str, &str)], stdin: Option<&str>| {
        let mut cmd = env.command(&client, args);
        cmd.env_remove("STINT_SERVER").env_remove("STINT_DB");
        for (k, v) in extra {
            cmd.env(k, v);
        }
        cmd.stdin(if stdin.is_some() { std::process::Stdio::piped() } else { std::process::Stdio::null() });
        let mut child = cmd
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .expect("run stint");
        if let (Some(text), Some(mut pipe)) = (stdin, child.stdin.take()) {
            std::io::Write::write_all(&mut pipe, text.as_bytes()).expect("write stdin");
        }
        let out = child.wait_with_output().expect("wait for stint");
        let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
        (out.status.code(), String::from_utf8_lossy(&out.stdout).into_owned(), stderr)
    };
    std::fs::create_dir(&client).expect("the laptop's config directory");
    std::fs::set_permissions(&client, std::fs::Permissions::from_mode(0o700)).expect("chmod");
    let config = client.join("config.toml");
    std::fs::write(&config, "# the laptop's own\nformat = \"table\"\n").expect("write config.toml");
    std::fs::set_permissions(&config, std::fs::Permissions::from_mode(0o600)).expect("chmod");
    let login = bare(
        &["auth", "login", "--server", &url, ADMIN, "--password-stdin"],
        &[],
        Some(&format!("{ADMIN_PASSWORD}\n")),
    );
    assert_eq!(login.0, Some(0), "{login:?}");
    let file = std::fs::read_to_string(client.join("config.toml")).expect("config.toml written");
    assert!(file.contains(&format!("server = {url:?}")), "the server is remembered: {file}");
    assert!(file.starts_with("# the laptop's own\nformat = \"table\"\n"), "the rest is kept: {file}");

    let where_from = |extra: &[(&str, &str)], flags: &[&str]| {
        let args: Vec<&str> = flags.iter().copied().chain(["auth", "status", "--format", "json"]).collect();
        let (code, stdout, stderr) = bare(&args, extra, None);
        assert_eq!(code, Some(0), "{stderr}");
        let json: serde_json::Value = serde_json::from_str(&stdout).expect("json");
        (json["location"].as_str().unwrap_or_default().to_owned(), json["location_source"].clone())
    };
    assert_eq!(where_from(&[], &[]), (url.clone(), "config_file".into()));
    // The environment beats the file: here a database the laptop has no login on is asked.
    let ours = env.db.to_string_lossy().into_owned();
    let (code, _, stderr) = bare(&["auth", "status"], &[("STINT_DB", &ours)], None);
    assert_eq!(code, Some(4), "the file's server was not used: {stderr}");
    // ... and the flag beats the environment.
    let flagged = where_from(&[("STINT_SERVER", "https://127.0.0.1:9")], &["--server", &url]);
    assert_eq!(flagged, (url, "command_line".into()));
}

/// `utc = true` in the file shows times in UTC; `--utc` is not needed on each command.
#[test]
fn utc_in_the_file_shows_times_in_utc() {
    let mut env = Env::new();
    env.tz = "Europe/Berlin".into();
    crate::seed::ticket(&env, 1, "open");
    env.run(&[
        "timer",
        "manual",
        "--ticket",
        "1",
        "--from",
        "2024-03-15T09:00:00Z",
        "--to",
        "2024-03-15T10:00:00Z",
        "-q",
    ])
    .ok();
    // Berlin is an hour ahead: 10:00-11:00 there, 09:00-10:00 in UTC.
    let listed = || env.run(&["session", "list"]).ok().stdout.clone();
    let local = listed();
    assert!(local.contains("2024-03-15 10:00  11:00"), "local time: {local}");
    write_config(&env, "utc = true\n");
    let utc = listed();
    assert!(utc.contains("2024-03-15 09:00  10:00"), "UTC from the file: {utc}");
}
