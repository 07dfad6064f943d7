//! Class 4, foreign and corrupt files: every fixture is refused with exit 8 by a read, a login
//! and an authenticated write, `init` refuses to overwrite it (exit 6), and the file (with its
//! write-ahead log) is left byte-identical. `tests/cli/foundation.rs` already checks `config
//! list` on an empty, text, random, truncated-header, other-application and newer-schema file.

use std::path::{Path, PathBuf};

use rusqlite::Connection;
use rusqlite::config::DbConfig;

use crate::harness::{Battery, Case, Class, Db, Rng, fresh};
use crate::support::Env;

/// A stint database with a little of everything in it, as a file to copy fixtures from.
fn populated() -> Env {
    let env = fresh();
    env.cmd(&["ticket", "create", "Printer", "-q"]).run().ok();
    env.cmd(&["timer", "manual", "--ticket", "1", "--from", "09:00", "--to", "10:00"]).run().ok();
    env.cmd(&["case", "open", "Jam", "-q"]).run().ok();
    env
}

fn random_bytes(rng: &mut Rng, n: usize) -> Vec<u8> {
    (0..n).map(|_| rng.next() as u8).collect()
}

/// Writes `bytes` to a fixture file named `name` in `dir`.
fn fixture(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, bytes).expect("write fixture");
    path
}

/// Copies a stint database to `name` and lets `change` alter the copy through SQLite, leaving
/// what it wrote in the write-ahead log (no checkpoint on close), as a crashed writer would.
fn altered_in_wal(source: &Path, dir: &Path, name: &str, change: &str) -> PathBuf {
    let path = dir.join(name);
    std::fs::copy(source, &path).expect("copy");
    let conn = Connection::open(&path).expect("open copy");
    conn.set_db_config(DbConfig::SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, true).expect("no checkpoint");
    conn.execute_batch(change).expect("change");
    drop(conn);
    assert!(
        std::fs::metadata(format!("{}-wal", path.display())).is_ok_and(|m| m.len() > 0),
        "the change should sit in the WAL"
    );
    path
}

/// Every foreign, damaged or newer fixture, with the words its refusal must contain.
fn fixtures(source: &Env, dir: &Path) -> Vec<(&'static str, PathBuf, &'static str)> {
    let mut rng = Rng::new(7);
    let stint = std::fs::read(&source.db).expect("stint db");
    let page = 4096;
    let header_only = {
        let mut b = b"SQLite format 3\0".to_vec();
        b.resize(99, 0);
        b
    };
    let stint_header_garbage_body = {
        let mut b = stint[..100].to_vec();
        b.extend(random_bytes(&mut rng, 3 * page));
        b
    };
    let zeroed_users_page = {
        let conn = Connection::open(&source.db).expect("open");
        let root: i64 = conn
            .query_row("SELECT rootpage FROM sqlite_schema WHERE name = 'users'", [], |r| r.get(0))
            .expect("root page");
        let root = usize::try_from(root).expect("page number");
        let mut b = stint.clone();
        b[(root - 1) * page..root * page].fill(0);
        b
    };
    let other_app = dir.join("other-app.sqlite");
    {
        let conn = Connection::open(&other_app).expect("other app");
        conn.execute_batch("CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES ('hello');")
            .expect("fill");
    }
    let other_app_hot_wal = dir.join("other-app-wal.sqlite");
    {
        let conn = Connection::open(&other_app_hot_wal).expect("other app");
        conn.pragma_update_and_check(None, "journal_mode", "WAL", |_| Ok(())).expect("wal");
        conn.set_db_config(DbConfig::SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, true).expect("no checkpoint");
        conn.execute_batch("CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES ('hello');")
            .expect("fill");
    }
    let stint_id_foreign_schema = dir.join("stint-id-foreign-schema.db");
    {
        let conn = Connection::open(&stint_id_foreign_schema).expect("fake");
        conn.execute_batch(&format!(
            "CREATE TABLE notes (body TEXT); PRAGMA application_id = {}; PRAGMA user_version = 1;",
            0x5354_4e54
        ))
        .expect("fake");
    }
    let negative_version = dir.join("negative-version.db");
    std::fs::copy(&source.db, &negative_version).expect("copy");
    Connection::open(&negative_version)
        .expect("open")
        .pragma_update(None, "user_version", -1)
        .expect("version");
    let newer_header = dir.join("newer-header.db");
    std::fs::copy(&source.db, &newer_header).expect("copy");
    Connection::open(&newer_header).expect("open").pragma_update(None, "user_version", 99).expect("version");
    vec![
        ("empty file", fixture(dir, "empty.db", b""), "empty file"),
        ("one byte", fixture(dir, "one-byte.db", b"S"), "not a stint database"),
        ("a 99-byte SQLite header", fixture(dir, "short-header.db", &header_only), "not a stint database"),
        ("4 KiB of zeros", fixture(dir, "zeros.db", &[0; 4096]), "not a stint database"),
        (
            "a text file",
            fixture(dir, "notes.txt", b"just some notes\nabout printers\n"),
            "not a stint database",
        ),
        (
            "64 KiB of random bytes",
            fixture(dir, "random.db", &random_bytes(&mut rng, 65536)),
            "not a stint database",
        ),
        (
            "stint's header over random pages",
            fixture(dir, "garbage-body.db", &stint_header_garbage_body),
            "corrupt",
        ),
        ("a stint database cut to its first page", fixture(dir, "first-page.db", &stint[..page]), "corrupt"),
        (
            "a stint database cut in half",
            fixture(dir, "half.db", &stint[..stint.len() / 2 / page * page]),
            "corrupt",
        ),
        (
            "a stint database cut mid-page",
            fixture(dir, "mid-page.db", &stint[..stint.len() - 1000]),
            "corrupt",
        ),
        (
            "a stint database with its users page zeroed",
            fixture(dir, "zeroed-page.db", &zeroed_users_page),
            "corrupt",
        ),
        ("another application's database", other_app, "not a stint database"),
        ("another application's database with a hot WAL", other_app_hot_wal, "not a stint database"),
        ("stint's application id over a foreign schema", stint_id_foreign_schema, "stint's schema"),
        ("a stint database with schema version -1", negative_version, "schema version -1"),
        ("a stint database from a newer schema (header)", newer_header, "newer than this stint"),
        (
            "a stint database from a newer schema (in its WAL)",
            altered_in_wal(&source.db, dir, "newer-wal.db", "PRAGMA user_version = 7;"),
            "newer than this stint",
        ),
    ]
}

/// A command run on a fixture: name, arguments, stdin, `STINT_TOKEN`, exit code, words.
type Probe<'a> = (&'a str, Vec<&'a str>, Option<&'a str>, Option<&'a str>, i32, &'a str);

/// Input: each fixture as `--db`, with `config list`, `auth login`, an authenticated
/// `ticket create` (STINT_TOKEN) and `init`.
/// Expected: exit 8 with a one-line message naming the file and the reason (`init`: exit 6
/// "already exists"); the file and its WAL byte-identical; nothing else appears beside it.
#[test]
fn foreign_corrupt_and_newer_files_are_refused_and_left_byte_identical() {
    let source = populated();
    let env = Env::empty();
    let dir = env.dir.path().join("fixtures");
    std::fs::create_dir(&dir).expect("fixtures dir");
    // A bearer token of the source's admin: fixtures SQLite can open get as far as reading data.
    let token = source
        .cmd(&["auth", "login", "admin", "--password-stdin", "--print-token"])
        .stdin(format!("{}\n", crate::support::ADMIN_PASSWORD))
        .run()
        .ok()
        .stdout
        .trim()
        .to_owned();
    for (what, path, needle) in fixtures(&source, &dir) {
        let p = path.to_str().expect("utf-8 path").to_owned();
        let listing = |dir: &Path| -> Vec<String> {
            let mut names: Vec<String> = std::fs::read_dir(dir)
                .expect("ls")
                .map(|e| e.expect("entry").file_name().to_string_lossy().into())
                .collect();
            names.sort();
            names
        };
        let before = listing(&dir);
        let runs: [Probe; 4] = [
            ("config list", vec!["--db", &p, "config", "list"], None, Some(token.as_str()), 8, needle),
            (
                "auth login",
                vec!["--db", &p, "auth", "login", "admin", "--password-stdin"],
                Some("admin-password\n"),
                None,
                8,
                needle,
            ),
            (
                "ticket create",
                vec!["--db", &p, "ticket", "create", "x"],
                None,
                Some(token.as_str()),
                8,
                needle,
            ),
            (
                "init",
                vec!["--db", &p, "init", "--admin", "boss", "--password-stdin"],
                Some("a-good-password\n"),
                None,
                6,
                "already exists",
            ),
        ];
        for (command, args, input, bearer, code, needle) in runs {
            let case = Case::begin_foreign(Class::Foreign, format!("`{command}` on {what}"), &path);
            let mut cmd = env.cmd(&args);
            if let Some(input) = input {
                cmd = cmd.stdin(input);
            }
            if let Some(bearer) = bearer {
                cmd = cmd.env("STINT_TOKEN", bearer);
            }
            let run = cmd.run();
            run.fails(code, needle);
            assert!(run.stderr.contains(&p), "{what}: `{command}` does not name the file: {}", run.stderr);
            assert_eq!(listing(&dir), before, "{what}: `{command}` left files beside it");
            case.end(Db::Identical);
        }
    }
}
