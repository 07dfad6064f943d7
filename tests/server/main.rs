//! Team mode end to end: real `stint serve` processes on 127.0.0.1:0 over a temporary SQLite
//! database, and real `stint` clients talking to them.

#[path = "../cli/support.rs"]
mod support;

use std::path::Path;
use std::process::{Child, Stdio};
use std::time::Duration;

use support::{ADMIN, ADMIN_PASSWORD, Env};

const BACKEND: support::Backend = support::Backend::Sqlite;

use support::ServerProcess as Server;

/// Starts a server on the environment's database and waits for its `listening on` line.
fn start(env: &Env, extra: &[&str]) -> Server {
    Server::start(env.serve_command(extra))
}

/// A database with its admin, served, and the admin logged in through the server.
fn served() -> (Env, Server) {
    let mut env = Env::new();
    let server = start(&env, &[]);
    env.server = Some(server.url.clone());
    env.login(&env.default_client(), ADMIN, ADMIN_PASSWORD).ok();
    (env, server)
}

#[test]
fn a_refused_database_binds_nothing() {
    let env = Env::empty();
    let missing = env.dir.path().join("missing.db");
    let out = env
        .command(
            &env.default_client(),
            &["serve", "--db", missing.to_str().expect("utf-8"), "--listen", "127.0.0.1:0"],
        )
        .output()
        .expect("run stint serve");
    assert_eq!(out.status.code(), Some(8), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(!String::from_utf8_lossy(&out.stdout).contains("listening"));
    assert!(!missing.exists(), "a refused database must not be created");
}

#[test]
fn plain_http_is_refused_off_loopback() {
    let env = Env::new();
    let out = env
        .command(&env.default_client(), &["serve", "--db", &env.location, "--listen", "0.0.0.0:0"])
        .output()
        .expect("run stint serve");
    assert_eq!(out.status.code(), Some(2), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(String::from_utf8_lossy(&out.stderr).contains("plain HTTP"));
    let mut client = Env::new();
    client.server = Some("http://192.0.2.1:8443".into());
    client.run(&["timer", "status"]).fails(2, "plain http");
}

#[test]
fn timers_run_through_the_server() {
    let (env, _server) = served();
    env.run(&["ticket", "create", "Printer jam", "-q"]).ok();
    let started = env
        .run(&["timer", "start", "--ticket", "1", "--note", "first look", "--at", "-30m"])
        .ok()
        .json_or_table();
    assert!(started.contains("#1"), "{started}");
    env.run(&["timer", "start", "--ticket", "1"]).fails(6, "already running");
    env.run(&["timer", "status"]).ok();
    let stopped = env.run(&["timer", "stop"]);
    assert!(stopped.ok().stderr.contains("after 0:30:00"), "{}", stopped.stderr);
    env.run(&["timer", "status"]).fails(3, "no timer is running");
    let listed = env.run(&["session", "list", "--format", "csv"]).ok().stdout.clone();
    assert_eq!(listed.lines().count(), 2, "{listed}");
}

trait Shown {
    fn json_or_table(&self) -> String;
}
impl Shown for support::Run {
    fn json_or_table(&self) -> String {
        self.stdout.clone()
    }
}

/// The same commands, run locally on one copy of a database and through a server on another,
/// print the same bytes and exit the same way.
#[test]
fn the_server_answers_byte_for_byte_as_local_mode() {
    for tz in ["UTC", "Europe/Berlin"] {
        let mut local = Env::new();
        local.tz = tz.into();
        local.run(&["ticket", "create", "Printer jam", "--priority", "high", "-q"]).ok();
        local.run(&["ticket", "create", "VPN drops", "-q"]).ok();
        // The same database and the same client (id) on the other side.
        let mut remote = Env::empty();
        remote.tz = tz.into();
        std::fs::copy(&local.db, &remote.db).expect("copy the database");
        // The copy holds the neighbouring organisation too, so logins there name theirs.
        remote.neighbour = local.neighbour;
        {
            use std::os::unix::fs::DirBuilderExt;
            std::fs::DirBuilder::new().mode(0o700).create(remote.default_client()).expect("client dir");
        }
        let client_id = remote.default_client().join("client_id");
        std::fs::copy(local.default_client().join("client_id"), &client_id).expect("copy the client id");
        let server = start(&remote, &[]);
        remote.server = Some(server.url.clone());
        remote.login(&remote.default_client(), ADMIN, ADMIN_PASSWORD).ok();
        let script: &[&[&str]] = &[
            &["timer", "start", "--ticket", "1", "--at", "11:30", "--note", "on site"],
            &["timer", "status"],
            &["timer", "start", "--ticket", "2"],
            &["timer", "switch", "--ticket", "2", "--note", "call"],
            &["timer", "stop", "--at", "-5m"],
            &["timer", "manual", "--ticket", "1", "--from", "yesterday 09:00", "--duration", "45m"],
            &["timer", "manual", "--ticket", "9", "--from", "09:00", "--duration", "45m"],
            &["timer", "start", "--at", "not a time", "--ticket", "1"],
            &["ticket", "list"],
            &["ticket", "show", "1", "--format", "json"],
            &["session", "list"],
            &["session", "list", "--format", "csv"],
            &["session", "list", "--format", "ndjson", "--today"],
            &["session", "report", "--by", "day"],
            &["session", "report", "--by", "ticket", "--format", "json"],
            &["timer", "cancel"],
            &["user", "list", "--format", "tsv"],
            &["config", "list"],
            &["ticket", "show", "99"],
            &["case", "open", "VPN drops", "--format", "json"],
        ];
        for args in script {
            let here = local.run(args);
            let there = remote.run(args);
            assert_eq!(
                (here.code, mask_ids(&here.stdout), mask_ids(&here.stderr)),
                (there.code, mask_ids(&there.stdout), mask_ids(&there.stderr)),
                "TZ={tz} stint {}",
                args.join(" ")
            );
        }
        // Refusals that need another user, another token or a held lock: exits 4, 5 and 7.
        for env in [&local, &remote] {
            let password = env.add_user("tess", "technician");
            env.login(&env.client("tess"), "tess", &password).ok();
        }
        let cases: &[Refusal] = &[
            ("tess", &["user", "add", "mallory", "--role", "admin", "--password-stdin"], &[], 5),
            ("tess", &["config", "set", "timer.max_length", "1h"], &[], 5),
            ("default", &["timer", "status"], &[("STINT_TOKEN", "stint_0123")], 4),
        ];
        for (client, args, extra, expected) in cases {
            let run = |env: &Env| {
                let client = if *client == "default" { env.default_client() } else { env.client(client) };
                env.run_full(&client, args, Some("a-password\n"), extra)
            };
            let (here, there) = (run(&local), run(&remote));
            assert_eq!(here.code, *expected, "stint {}: {}", args.join(" "), here.stderr);
            assert_eq!(
                (here.code, mask_ids(&here.stdout), mask_ids(&here.stderr)),
                (there.code, mask_ids(&there.stdout), mask_ids(&there.stderr)),
                "TZ={tz} stint {}",
                args.join(" ")
            );
        }
        let busy = [("STINT_BUSY_TIMEOUT_MS", "200")];
        let here = {
            let _lock = local.hold_write_lock(ADMIN);
            local.run_full(&local.default_client(), &["ticket", "create", "Held"], None, &busy)
        };
        let there = {
            let _lock = remote.hold_write_lock(ADMIN);
            remote.run_full(&remote.default_client(), &["ticket", "create", "Held"], None, &busy)
        };
        assert_eq!(here.code, 7, "{}", here.stderr);
        assert_eq!((here.code, &here.stderr), (there.code, &there.stderr), "TZ={tz} a held lock");
        // A client directory others can read: exit 8 before anything is sent.
        let unusable = |env: &Env| {
            use std::os::unix::fs::PermissionsExt;
            let client = env.default_client();
            std::fs::set_permissions(&client, std::fs::Permissions::from_mode(0o755)).expect("chmod");
            let run = env.run(&["timer", "status"]);
            std::fs::set_permissions(&client, std::fs::Permissions::from_mode(0o700)).expect("chmod");
            (run.code, run.stderr.replace(&*env.dir.path().to_string_lossy(), "[dir]"))
        };
        let (here, there) = (unusable(&local), unusable(&remote));
        assert_eq!(here.0, 8, "{}", here.1);
        assert_eq!(here, there, "TZ={tz} an unusable client directory");
        // An import round trip: what one side exports, both import (once, then refused as a clash).
        let export = local.run(&["session", "list", "--format", "csv"]).ok().stdout.clone();
        for dry_run in [true, false, false] {
            let args: &[&str] = if dry_run {
                &["session", "import", "--input-format", "csv", "--dry-run", "-"]
            } else {
                &["session", "import", "--input-format", "csv", "-"]
            };
            let here = local.run_stdin(args, &export);
            let there = remote.run_stdin(args, &export);
            assert_eq!(
                (here.code, mask_ids(&here.stdout), mask_ids(&here.stderr)),
                (there.code, mask_ids(&there.stdout), mask_ids(&there.stderr)),
                "TZ={tz} stint {}",
                args.join(" ")
            );
        }
    }
}

/// A refusal to compare: the client that runs it, its arguments, extra environment, the exit.
type Refusal<'a> = (&'a str, &'a [&'a str], &'a [(&'a str, &'a str)], i32);

/// Ids are random on each side: every whole UUID and every 8-hex-digit short id is masked.
fn mask_ids(text: &str) -> String {
    let is_id_char = |c: char| c.is_ascii_hexdigit() || c == '-';
    let mut out = String::new();
    let mut token = String::new();
    let flush = |token: &mut String, out: &mut String| {
        let hex = token.chars().filter(|c| c.is_ascii_hexdigit()).count();
        let uuid = token.len() == 36 && hex == 32;
        let short = token.len() == 8 && hex == 8;
        out.push_str(if uuid || short { "<id>" } else { token });
        token.clear();
    };
    for c in text.chars() {
        if is_id_char(c) {
            token.push(c);
        } else {
            flush(&mut token, &mut out);
            out.push(c);
        }
    }
    flush(&mut token, &mut out);
    out
}

#[test]
fn bad_credentials_are_refused() {
    let (env, server) = served();
    env.run_full(&env.default_client(), &["timer", "status"], None, &[("STINT_TOKEN", "stint_nonsense")])
        .fails(4, "");
    let fresh = env.client("nobody");
    env.run_on(&fresh, &["timer", "status"]).fails(4, "not logged in");
    // A device token works only from the client it was issued to.
    let token = std::fs::read_dir(env.default_client().join("tokens"))
        .expect("tokens")
        .filter_map(|e| e.ok())
        .filter(|e| e.path().extension().is_some_and(|x| x == "token"))
        .map(|e| std::fs::read_to_string(e.path()).expect("token"))
        .last()
        .expect("a token file");
    let elsewhere = env.client("elsewhere");
    env.run_on(&elsewhere, &["auth", "status"]).fails(4, "");
    env.run_full(&elsewhere, &["timer", "status"], None, &[("STINT_TOKEN", token.trim())]).fails(4, "");
    drop(server);
}

#[test]
fn suspension_and_revocation_act_on_the_next_request() {
    let (env, _server) = served();
    let bob = env.user_client("bob", "technician");
    env.run_on(&bob, &["timer", "status"]).fails(3, "no timer");
    env.run(&["user", "suspend", "bob"]).ok();
    env.run_on(&bob, &["timer", "status"]).fails(4, "");
    env.run(&["user", "activate", "bob"]).ok();
    let password = "bob-password";
    env.login(&bob, "bob", password).ok();
    env.run_on(&bob, &["timer", "status"]).fails(3, "no timer");
    env.run(&["auth", "revoke", "--user", "bob", "--yes"]).ok();
    env.run_on(&bob, &["timer", "status"]).fails(4, "");
}

/// A raw request, for what the CLI never sends.
fn post(url: &str, path: &str, body: Vec<u8>) -> (u16, String) {
    let agent: ureq::Agent = ureq::Agent::config_builder().http_status_as_error(false).build().into();
    let mut response = agent
        .post(format!("{url}/v1/{path}"))
        .header("content-type", "application/json")
        .header("authorization", "Bearer stint_0000")
        .send(&body[..])
        .expect("a reply");
    let status = response.status().as_u16();
    (status, response.body_mut().read_to_string().unwrap_or_default())
}

#[test]
fn malformed_requests_are_refused_with_one_line() {
    let (_env, server) = served();
    let (status, body) = post(&server.url, "timer/status", b"{\"bogus\": 1}".to_vec());
    assert_eq!(status, 400, "{body}");
    assert!(body.contains("\"invalid\"") && body.contains("bogus"), "{body}");
    let (status, body) = post(&server.url, "timer/status", vec![b' '; 300 * 1024]);
    assert_eq!(status, 400, "{body}");
    assert!(body.contains("larger than the server accepts"), "{body}");
    let (status, body) = post(&server.url, "timer/teleport", b"{}".to_vec());
    assert_eq!(status, 500, "{body}");
    assert!(body.contains("no operation"), "{body}");
    let agent: ureq::Agent = ureq::Agent::config_builder().http_status_as_error(false).build().into();
    let health = agent.get(format!("{}/healthz", server.url)).call().expect("healthz");
    assert_eq!(health.status().as_u16(), 200);
    let version = agent.get(format!("{}/v1/version", server.url)).call().expect("version");
    assert_eq!(version.headers().get("stint-api-version").and_then(|v| v.to_str().ok()), Some("1"));
}

/// A raw write with a bearer token and an idempotency key.
fn post_keyed(url: &str, token: &str, path: &str, key: &str, body: &str) -> (u16, String) {
    let agent: ureq::Agent = ureq::Agent::config_builder().http_status_as_error(false).build().into();
    let mut response = agent
        .post(format!("{url}/v1/{path}"))
        .header("content-type", "application/json")
        .header("authorization", format!("Bearer {token}"))
        .header("idempotency-key", key)
        .send(body.as_bytes())
        .expect("a reply");
    let status = response.status().as_u16();
    (status, response.body_mut().read_to_string().unwrap_or_default())
}

#[test]
fn a_replayed_idempotency_key_writes_nothing_twice() {
    let (env, server) = served();
    env.run(&["ticket", "create", "Outage", "-q"]).ok();
    let token = env
        .run_stdin(
            &["auth", "login", ADMIN, "--password-stdin", "--print-token"],
            &format!("{ADMIN_PASSWORD}\n"),
        )
        .ok()
        .stdout
        .trim()
        .to_owned();
    let start = r#"{"target": {"ticket": 1, "case": null}, "note": "once", "at": null, "force": false}"#;
    let first = post_keyed(&server.url, &token, "timer/start", "key-1", start);
    assert_eq!(first.0, 200, "{}", first.1);
    let again = post_keyed(&server.url, &token, "timer/start", "key-1", start);
    assert_eq!(again, first, "a replay answers with the first reply");
    let sessions = env.run(&["session", "list", "--format", "csv"]).ok().stdout.clone();
    assert_eq!(sessions.lines().count(), 2, "one session, not two: {sessions}");
    let other = start.replace("once", "twice");
    let (status, body) = post_keyed(&server.url, &token, "timer/start", "key-1", &other);
    assert_eq!(status, 400, "{body}");
    assert!(body.contains("another request"), "{body}");
    // A fresh key runs the write: here it is refused, as a second start is.
    let (status, body) = post_keyed(&server.url, &token, "timer/start", "key-2", start);
    assert_eq!(status, 409, "{body}");
}

#[test]
fn fifty_clients_race_for_one_timer() {
    let (env, _server) = served();
    env.run(&["ticket", "create", "Outage", "-q"]).ok();
    let children: Vec<Child> = (0..50)
        .map(|_| {
            env.command(&env.default_client(), &["timer", "start", "--ticket", "1"])
                .env("STINT_BUSY_TIMEOUT_MS", "60000")
                .stdout(Stdio::null())
                .stderr(Stdio::piped())
                .spawn()
                .expect("spawn a client")
        })
        .collect();
    let codes: Vec<i32> = children
        .into_iter()
        .map(|c| c.wait_with_output().expect("wait").status.code().unwrap_or(-1))
        .collect();
    assert_eq!(codes.iter().filter(|&&c| c == 0).count(), 1, "{codes:?}");
    assert_eq!(codes.iter().filter(|&&c| c == 6).count(), 49, "{codes:?}");
    let running = env.run(&["session", "list", "--running", "--format", "csv"]).ok().stdout.clone();
    assert_eq!(running.lines().count(), 2, "{running}");
}

#[test]
fn sigterm_lets_a_request_in_flight_finish() {
    let (env, server) = served();
    env.run(&["ticket", "create", "Outage", "-q"]).ok();
    let lock = env.hold_write_lock(ADMIN);
    let client = env
        .command(&env.default_client(), &["timer", "start", "--ticket", "1"])
        .env("STINT_BUSY_TIMEOUT_MS", "20000")
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn a client");
    std::thread::sleep(Duration::from_millis(500));
    let server_pid = server.id();
    let stopping = std::thread::spawn(move || server.terminate());
    std::thread::sleep(Duration::from_millis(300));
    drop(lock);
    let out = client.wait_with_output().expect("wait for the client");
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let status = stopping.join().expect("the server stopped");
    assert!(status.success(), "server {server_pid} ended with {status:?}");
}

/// A private CA and a leaf for localhost and 127.0.0.1 signed by it, written as PEM files.
fn test_ca(dir: &Path) -> (std::path::PathBuf, std::path::PathBuf, std::path::PathBuf) {
    use rcgen::{BasicConstraints, CertificateParams, IsCa, KeyPair};
    let ca_key = KeyPair::generate().expect("CA key");
    let mut ca_params = CertificateParams::new(Vec::<String>::new()).expect("CA params");
    ca_params.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
    let ca = ca_params.self_signed(&ca_key).expect("CA certificate");
    let leaf_key = KeyPair::generate().expect("leaf key");
    let leaf_params =
        CertificateParams::new(vec!["localhost".to_owned(), "127.0.0.1".to_owned()]).expect("leaf params");
    let issuer = rcgen::Issuer::new(ca_params, ca_key);
    let leaf = leaf_params.signed_by(&leaf_key, &issuer).expect("leaf certificate");
    let (ca_file, cert_file, key_file) = (dir.join("ca.pem"), dir.join("server.pem"), dir.join("server.key"));
    std::fs::write(&ca_file, ca.pem()).expect("write CA");
    std::fs::write(&cert_file, leaf.pem()).expect("write certificate");
    std::fs::write(&key_file, leaf_key.serialize_pem()).expect("write key");
    (ca_file, cert_file, key_file)
}

#[test]
fn tls_is_verified_against_the_private_ca() {
    let mut env = Env::new();
    let (ca, cert, key) = test_ca(env.dir.path());
    let server = start(
        &env,
        &["--tls-cert", cert.to_str().expect("utf-8"), "--tls-key", key.to_str().expect("utf-8")],
    );
    assert!(server.url.starts_with("https://127.0.0.1:"), "{}", server.url);
    env.server = Some(server.url.clone());
    // Without the CA the certificate is not trusted: exit 8, nothing sent.
    env.run_full(
        &env.default_client(),
        &["auth", "login", ADMIN, "--password-stdin"],
        Some("admin-password\n"),
        &[],
    )
    .fails(8, "TLS");
    let with_ca = [("STINT_SERVER_CA", ca.to_str().expect("utf-8"))];
    env.run_full(
        &env.default_client(),
        &["auth", "login", ADMIN, "--password-stdin"],
        Some("admin-password\n"),
        &with_ca,
    )
    .ok();
    env.run_full(&env.default_client(), &["timer", "status"], None, &with_ca).fails(3, "no timer");
    // A private CA that did not issue the certificate: the system's roots are tried as well,
    // and neither vouches for it.
    let elsewhere = env.dir.path().join("other-ca");
    std::fs::create_dir(&elsewhere).expect("a directory");
    let (other_ca, _, _) = test_ca(&elsewhere);
    let other = ("STINT_SERVER_CA", other_ca.to_str().expect("utf-8"));
    env.run_full(&env.default_client(), &["timer", "status"], None, &[other]).fails(8, "TLS");
    // The system's roots (here `SSL_CERT_FILE`) still count beside a private CA.
    let system = ("SSL_CERT_FILE", ca.to_str().expect("utf-8"));
    env.run_full(&env.default_client(), &["timer", "status"], None, &[other, system]).fails(3, "no timer");
}

#[test]
fn logins_through_the_server_record_where_they_came_from() {
    let (env, _server) = served();
    let sessions = env.run(&["auth", "sessions", "--format", "json"]).ok().json();
    let mine = &sessions[0];
    assert_eq!(mine["client_address"], "127.0.0.1", "{sessions}");
    assert_eq!(mine["user_agent"], format!("stint/{}", env!("CARGO_PKG_VERSION")), "{sessions}");
    let table = env.run(&["auth", "sessions"]).ok().stdout.clone();
    assert!(table.contains("from 127.0.0.1"), "{table}");
}

#[test]
fn one_address_with_many_failed_logins_is_refused_unchecked() {
    let (env, _server) = served();
    let client = env.client("guesser");
    // Another name each time, so the per-account throttle never applies.
    for i in 0..20 {
        env.run_full(
            &client,
            &["auth", "login", &format!("guess{i}"), "--password-stdin"],
            Some("wrong-password\n"),
            &[],
        )
        .fails(4, "");
    }
    let refused = env.run_full(
        &client,
        &["auth", "login", ADMIN, "--password-stdin"],
        Some(&format!("{ADMIN_PASSWORD}\n")),
        &[],
    );
    refused.fails(4, "too many failed attempts");
    // The admin's own client, another address in real life, is the same address here: the
    // limit is per address, not per account, so it applies to everyone behind it.
    assert!(refused.stderr.contains("try again in"), "{}", refused.stderr);
}

#[test]
fn killing_the_server_mid_import_leaves_nothing_of_it() {
    use std::io::Write;
    let (env, mut server) = served();
    env.run(&["ticket", "create", "Outage", "-q"]).ok();
    // The whole file's sessions before the import, which must add none to any organisation.
    let before: i64 = rusqlite::Connection::open(&env.db)
        .and_then(|conn| conn.query_row("SELECT count(*) FROM work_sessions", [], |r| r.get(0)))
        .expect("count before");
    let mut client = env
        .command(&env.default_client(), &["session", "import", "--input-format", "csv", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn the import");
    let mut input = client.stdin.take().expect("the import's stdin");
    writeln!(
        input,
        "work_session_id,user,ticket,case_id,start,end,duration_seconds,utc_offset,note,source,running,created_at,updated_at"
    )
    .expect("header");
    for i in 0..2000_i64 {
        let start = 1_600_000_000 + i * 120;
        let at = |secs: i64| {
            chrono::DateTime::from_timestamp(secs, 0)
                .expect("instant")
                .to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
        };
        writeln!(
            input,
            "{},admin,1,,{},{},60,0,record {i},manual,false,{},{}",
            uuid::Uuid::new_v4(),
            at(start),
            at(start + 60),
            at(start),
            at(start)
        )
        .expect("a record");
    }
    input.flush().expect("flush");
    // The server is reading the records inside the import's open transaction when it dies.
    std::thread::sleep(Duration::from_millis(700));
    server.kill();
    drop(input);
    let out = client.wait_with_output().expect("the import ends");
    assert_ne!(out.status.code(), Some(0), "the import cannot have succeeded");
    let conn = rusqlite::Connection::open(&env.db).expect("open the database");
    let count: i64 = conn.query_row("SELECT count(*) FROM work_sessions", [], |r| r.get(0)).expect("count");
    assert_eq!(count, before, "nothing of the import may remain");
    let check: String = conn.query_row("PRAGMA integrity_check", [], |r| r.get(0)).expect("integrity");
    assert_eq!(check, "ok");
}

#[test]
fn a_panic_is_an_internal_error_and_the_server_serves_on() {
    let (env, server) = served();
    for route in ["test/panic-async", "test/panic-blocking"] {
        let (status, body) = post(&server.url, route, b"{}".to_vec());
        assert_eq!(status, 500, "{route}: {body}");
        assert!(body.contains("\"internal\"") && body.contains("internal error"), "{route}: {body}");
        assert!(!body.contains("asked for"), "the panic's text stays in the log: {body}");
    }
    env.run(&["timer", "status"]).fails(3, "no timer");
}

#[test]
fn sighup_reloads_a_renewed_certificate() {
    let mut env = Env::new();
    let (first_ca, cert, key) = test_ca(env.dir.path());
    let server = start(
        &env,
        &["--tls-cert", cert.to_str().expect("utf-8"), "--tls-key", key.to_str().expect("utf-8")],
    );
    env.server = Some(server.url.clone());
    let trusting = |ca: &Path| [("STINT_SERVER_CA", ca.to_str().expect("utf-8").to_owned())];
    let login = |ca: &Path| {
        let extra = trusting(ca);
        let extra: Vec<(&str, &str)> = extra.iter().map(|(k, v)| (*k, v.as_str())).collect();
        env.run_full(
            &env.default_client(),
            &["auth", "login", ADMIN, "--password-stdin"],
            Some("admin-password\n"),
            &extra,
        )
    };
    login(&first_ca).ok();
    // A renewal from another CA replaces the files; the server reads them on SIGHUP.
    let renewed = env.dir.path().join("renewed");
    std::fs::create_dir(&renewed).expect("dir");
    let (second_ca, new_cert, new_key) = test_ca(&renewed);
    std::fs::copy(&new_cert, &cert).expect("replace the certificate");
    std::fs::copy(&new_key, &key).expect("replace the key");
    let pid = rustix::process::Pid::from_raw(server.id() as i32).expect("a pid");
    rustix::process::kill_process(pid, rustix::process::Signal::HUP).expect("SIGHUP");
    let reloaded = (0..50).any(|_| {
        std::thread::sleep(Duration::from_millis(100));
        login(&second_ca).code == 0
    });
    assert!(reloaded, "the renewed certificate was never served");
    login(&first_ca).fails(8, "TLS");
}
