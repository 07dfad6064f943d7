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
    assert!(env.run(&["auth", "status"]).ok().stdout.starts_with("User"));
    write_config(&env, "format = \"json\"\nutc = true\n");
    env.run(&["auth", "status"]).ok().json();
    assert!(env.run(&["--format", "table", "auth", "status"]).ok().stdout.starts_with("User"));
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
