//! Class 3, filesystem: missing directories, database paths that are not database files, a
//! `-wal` or `-shm` that is not a file, read-only files, directories and filesystems (with
//! privileges dropped to `nobody` when the tests run as root, since root ignores file modes),
//! a full disk (a small tmpfs) and a file-size limit. `tests/cli/foundation.rs` already covers
//! `config list` on a directory and on `/dev/null`.

use std::os::unix::fs::{FileTypeExt, PermissionsExt};
use std::path::{Path, PathBuf};
use std::process::Command;

use crate::harness::{Battery, Case, Class, Db, Privileges, chown_tree, fresh, unprivileged};
use crate::support::{ADMIN, Env};

fn chmod(path: &Path, mode: u32) {
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).expect("chmod");
}

fn names(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .expect("ls")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into())
        .collect();
    names.sort();
    names
}

/// Input: a database path in a directory that does not exist; `init` there; a config directory
/// and a home (data) directory that do not exist yet.
/// Expected: exit 8 "no database at" naming the path; `init` exit 1 "cannot create database"
/// and nothing created; missing config and data directories are created (0700) by login/init.
#[test]
fn missing_directories() {
    let env = Env::empty();
    let missing = env.dir.path().join("no").join("such").join("stint.db");
    let m = missing.to_str().expect("utf-8");
    let case = Case::begin(Class::Filesystem, "`config list` with --db in a missing directory", &missing);
    env.cmd(&["--db", m, "config", "list"]).run().fails(8, "no database at");
    case.end(Db::Any);
    let case = Case::begin(Class::Filesystem, "`init` with --db in a missing directory", &missing);
    let run =
        env.cmd(&["--db", m, "init", "--admin", ADMIN, "--password-stdin"]).stdin("a-good-password\n").run();
    run.fails(1, "cannot create database");
    assert!(run.stderr.contains(m), "{}", run.stderr);
    assert!(!env.dir.path().join("no").exists(), "nothing may be created");
    case.end(Db::Any);

    let home = env.dir.path().join("gone-home");
    let h = home.to_str().expect("utf-8");
    let data = home.join(".local/share/stint/stint.db");
    let case = Case::begin(Class::Filesystem, "default database under a missing home directory", &data);
    let run = env.cmd(&["config", "list"]).env_remove("STINT_DB").env("HOME", h).run();
    run.fails(8, "no database at");
    assert!(run.stderr.contains(".local/share/stint/stint.db"), "{}", run.stderr);
    case.end(Db::Any);
    let case =
        Case::begin(Class::Filesystem, "`init` creates the missing data and config directories", &data);
    let config = env.dir.path().join("new").join("config");
    env.cmd(&["init", "--admin", ADMIN, "--password-stdin"])
        .env_remove("STINT_DB")
        .env("HOME", h)
        .on(&config)
        .stdin("a-good-password\n")
        .run()
        .ok();
    assert!(data.is_file());
    assert_eq!(std::fs::metadata(&config).expect("config dir").permissions().mode() & 0o777, 0o700);
    env.cmd(&["config", "list"]).env_remove("STINT_DB").env("HOME", h).on(&config).run().ok();
    case.end(Db::Any);
}

/// Input: `--db` naming a directory, a symlink to one, a FIFO, `/dev/null`, `/dev/zero`, a
/// dangling symlink, a symlink loop and the empty path; a read, a login and `init` on each.
/// Expected: reads and logins exit 8 with the reason, at once (no read of a FIFO or device);
/// `init` refuses to replace what is there (exit 6); the empty path is a usage error (exit 2);
/// nothing on disk changes.
#[test]
fn paths_that_are_not_database_files() {
    let env = Env::empty();
    let dir = &env.dir.path().join("paths");
    std::fs::create_dir(dir).expect("paths dir");
    let sub = dir.join("a-directory");
    std::fs::create_dir(&sub).expect("dir");
    let to_dir = dir.join("to-directory.db");
    std::os::unix::fs::symlink(&sub, &to_dir).expect("symlink");
    let fifo = dir.join("fifo.db");
    assert!(Command::new("mkfifo").arg(&fifo).status().expect("mkfifo").success());
    let dangling = dir.join("dangling.db");
    std::os::unix::fs::symlink(dir.join("nowhere.db"), &dangling).expect("symlink");
    let (loop_a, loop_b) = (dir.join("loop-a.db"), dir.join("loop-b.db"));
    std::os::unix::fs::symlink(&loop_b, &loop_a).expect("symlink");
    std::os::unix::fs::symlink(&loop_a, &loop_b).expect("symlink");
    let rows: Vec<(&str, PathBuf, i32, &str, i32, &str)> = vec![
        ("a directory", sub.clone(), 8, "is a directory", 6, "already exists"),
        ("a symlink to a directory", to_dir, 8, "is a directory", 6, "already exists"),
        ("a FIFO", fifo.clone(), 8, "not a regular file", 6, "already exists"),
        ("/dev/null", PathBuf::from("/dev/null"), 8, "not a regular file", 6, "already exists"),
        ("/dev/zero", PathBuf::from("/dev/zero"), 8, "not a regular file", 6, "already exists"),
        ("a dangling symlink", dangling.clone(), 8, "no database at", 6, "already exists"),
        ("a symlink loop", loop_a.clone(), 8, "symbolic links", 6, "already exists"),
        ("the empty path", PathBuf::new(), 2, "a value is required for '--db", 2, "a value is required"),
    ];
    let before = names(dir);
    for (what, path, code, needle, init_code, init_needle) in rows {
        let p = path.to_str().expect("utf-8");
        for (command, args, input, code, needle) in [
            ("config list", vec!["--db", p, "config", "list"], None, code, needle),
            (
                "auth login",
                vec!["--db", p, "auth", "login", ADMIN, "--password-stdin"],
                Some("pw-pw-pw-pw\n"),
                code,
                needle,
            ),
            (
                "init",
                vec!["--db", p, "init", "--admin", ADMIN, "--password-stdin"],
                Some("pw-pw-pw-pw\n"),
                init_code,
                init_needle,
            ),
        ] {
            let case = Case::begin_without_file(Class::Filesystem, format!("`{command}` with --db {what}"));
            let mut cmd = env.cmd(&args).timeout(std::time::Duration::from_secs(20));
            if let Some(input) = input {
                cmd = cmd.stdin(input);
            }
            let run = cmd.run();
            run.fails(code, needle);
            assert!(!run.stderr.contains("(valid: )"), "{}", run.stderr);
            assert_eq!(names(dir), before, "{what}: `{command}` changed the directory");
            assert!(std::fs::symlink_metadata(&fifo).expect("fifo").file_type().is_fifo());
            assert!(std::fs::symlink_metadata(&dangling).expect("link").file_type().is_symlink());
            case.end(Db::Any);
        }
    }
}

/// Input: `--db` naming a symlink to a real database; a write through it.
/// Expected: exit 0; the change is in the real file, the link is still a link, and no `-wal`
/// or `-shm` is left beside the link.
#[test]
fn a_symlink_to_a_database_is_followed() {
    let env = fresh();
    let link = env.dir.path().join("link.db");
    std::os::unix::fs::symlink(&env.db, &link).expect("symlink");
    let case = Case::begin(Class::Filesystem, "a write through a symlink to the database", &env.db);
    let l = link.to_str().expect("utf-8");
    env.cmd(&["--db", l, "ticket", "create", "Through the link", "-q"]).run().ok();
    assert_eq!(env.cmd(&["ticket", "list", "--format", "csv"]).run().ok().stdout.lines().count(), 2);
    assert!(std::fs::symlink_metadata(&link).expect("link").file_type().is_symlink());
    assert!(!names(env.dir.path()).iter().any(|n| n.starts_with("link.db-")), "{:?}", names(env.dir.path()));
    case.end(Db::Any);
}

/// What is put in the way, where, how, and the exit code and words of the refusal.
type Obstacle<'a> = (&'a str, &'a Path, fn(&Path), i32, &'a str);

/// Input: the database's `-wal` replaced by a directory or a symlink to `/dev/null`, or its
/// `-shm` by a FIFO; a read and a write each time, then the obstacle is removed.
/// Expected: a one-line message naming the database (exit 8 "cannot be opened" for the
/// `-wal`, exit 1 "I/O error" for the `-shm`), no hang, nothing written to `/dev/null`, the
/// database unchanged; once the obstacle is gone both commands work.
#[test]
fn wal_and_shm_that_are_not_files() {
    let env = fresh();
    env.cmd(&["ticket", "create", "Before", "-q"]).run().ok();
    let wal = PathBuf::from(format!("{}-wal", env.db.display()));
    let shm = PathBuf::from(format!("{}-shm", env.db.display()));
    // SQLite cannot open a -wal that is no file (exit 8); a -shm it cannot map is an I/O error.
    let obstacles: [Obstacle; 3] = [
        ("-wal is a directory", &wal, |p| std::fs::create_dir(p).expect("mkdir"), 8, "cannot be opened"),
        (
            "-wal is a symlink to /dev/null",
            &wal,
            |p| std::os::unix::fs::symlink("/dev/null", p).expect("ln"),
            8,
            "cannot be opened",
        ),
        (
            "-shm is a FIFO",
            &shm,
            |p| assert!(Command::new("mkfifo").arg(p).status().expect("mkfifo").success()),
            1,
            "I/O error",
        ),
    ];
    let db = env.db.to_str().expect("utf-8");
    for (what, path, make, code, needle) in obstacles {
        make(path);
        for args in [&["ticket", "list"][..], &["ticket", "create", "During"]] {
            let case = Case::begin(Class::Filesystem, format!("`{}` when {what}", args.join(" ")), &env.db);
            let run = env.cmd(args).timeout(std::time::Duration::from_secs(20)).run();
            run.fails(code, needle);
            assert!(run.stderr.contains(db), "{}", run.stderr);
            case.end(Db::Unchanged);
        }
        let _ = std::fs::remove_dir(path);
        let _ = std::fs::remove_file(path);
        let case = Case::begin(Class::Filesystem, format!("read and write once {what} no more"), &env.db);
        env.cmd(&["ticket", "list"]).run().ok();
        env.cmd(&["ticket", "create", "After", "-q"]).run().ok();
        case.end(Db::Any);
    }
}

/// Input (run as `nobody`; as root file modes would not apply): the database file made
/// read-only (0400), then its directory (0555), then the file unreadable (0000); a read and a
/// write each time; `init` in the read-only directory.
/// Expected: exit 8 "read-only" (or "cannot read") naming the database, byte-identical, no
/// `-wal`/`-shm` left behind; once the mode is restored, reads and writes work again.
#[test]
fn read_only_file_and_directory() {
    let (uid, gid) = match unprivileged() {
        Privileges::Drop(uid, gid) => (Some(uid), Some(gid)),
        Privileges::AlreadyUnprivileged => (None, None),
        Privileges::Impossible(reason) => {
            eprintln!("skipped read_only_file_and_directory: {reason}");
            return;
        }
    };
    let env = fresh();
    env.cmd(&["ticket", "create", "Before", "-q"]).run().ok();
    let dir = env.dir.path().join("data");
    std::fs::create_dir(&dir).expect("data dir");
    let db = dir.join("stint.db");
    std::fs::rename(&env.db, &db).expect("move the database");
    // The token file is keyed by the database path: log in again at the new place.
    if let (Some(uid), Some(gid)) = (uid, gid) {
        chown_tree(env.dir.path(), uid, gid);
    }
    let d = db.to_str().expect("utf-8").to_owned();
    let as_user = |args: &[&str]| {
        let mut all = vec!["--db", d.as_str()];
        all.extend_from_slice(args);
        let cmd = env.cmd(&all);
        match (uid, gid) {
            (Some(uid), Some(gid)) => cmd.run_as(uid, gid),
            _ => cmd,
        }
    };
    as_user(&["auth", "login", ADMIN, "--password-stdin"])
        .stdin(format!("{}\n", crate::support::ADMIN_PASSWORD))
        .run()
        .ok();
    let steps: [(&str, &Path, u32, &str); 3] = [
        ("the file is 0400", &db, 0o400, "read-only"),
        ("the directory is 0555", &dir, 0o555, "read-only"),
        ("the file is 0000", &db, 0o000, "cannot read"),
    ];
    for (what, target, mode, needle) in steps {
        let restore = std::fs::metadata(target).expect("stat").permissions().mode() & 0o777;
        chmod(target, mode);
        let files = names(&dir);
        for args in [&["ticket", "list"][..], &["ticket", "create", "While read-only"]] {
            let case = Case::begin(Class::Filesystem, format!("`{}` when {what}", args.join(" ")), &db);
            let run = as_user(args).run();
            run.fails(8, needle);
            assert!(run.stderr.contains(&d), "{}", run.stderr);
            assert_eq!(names(&dir), files, "{what}: files appeared beside the database");
            case.end(Db::Identical);
        }
        if target == dir.as_path() {
            let case = Case::begin_without_file(Class::Filesystem, "`init` in a read-only directory");
            let fresh_db = dir.join("new.db");
            let run = env
                .cmd(&[
                    "--db",
                    fresh_db.to_str().expect("utf-8"),
                    "init",
                    "--admin",
                    ADMIN,
                    "--password-stdin",
                ])
                .stdin("a-good-password\n");
            let run = match (uid, gid) {
                (Some(uid), Some(gid)) => run.run_as(uid, gid),
                _ => run,
            };
            run.run().fails(1, "cannot create database");
            assert_eq!(names(&dir), files);
            case.end(Db::Any);
        }
        chmod(target, restore);
        let case = Case::begin(Class::Filesystem, format!("read and write once {what} no more"), &db);
        as_user(&["ticket", "list"]).run().ok();
        as_user(&["ticket", "create", "Writable again", "-q"]).run().ok();
        case.end(Db::Any);
    }
}

/// A tmpfs mounted for one test, unmounted when dropped.
struct Tmpfs {
    dir: PathBuf,
}

impl Tmpfs {
    fn mount(dir: &Path, size: &str) -> Result<Self, String> {
        std::fs::create_dir_all(dir).map_err(|e| e.to_string())?;
        let out = Command::new("mount")
            .args(["-t", "tmpfs", "-o", &format!("size={size},mode=0755"), "tmpfs"])
            .arg(dir)
            .output()
            .map_err(|e| format!("mount: {e}"))?;
        if !out.status.success() {
            return Err(format!("cannot mount a tmpfs: {}", String::from_utf8_lossy(&out.stderr).trim()));
        }
        Ok(Self { dir: dir.to_path_buf() })
    }

    fn remount(&self, option: &str) {
        let status = Command::new("mount")
            .args(["-o", &format!("remount,{option}")])
            .arg(&self.dir)
            .status()
            .expect("remount");
        assert!(status.success(), "remount {option}");
    }
}

impl Drop for Tmpfs {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg("-l").arg(&self.dir).status();
    }
}

/// Input: a database on a tmpfs that is then remounted read-only; a read and a write.
/// Expected: exit 8 "read-only" naming the database, byte-identical; after remounting
/// read-write both work.
#[test]
fn read_only_filesystem() {
    let env = Env::empty();
    let mount = match Tmpfs::mount(&env.dir.path().join("ro"), "4m") {
        Ok(mount) => mount,
        Err(reason) => {
            eprintln!("skipped read_only_filesystem: {reason}");
            return;
        }
    };
    let db = mount.dir.join("stint.db");
    let d = db.to_str().expect("utf-8").to_owned();
    let run = |args: &[&str]| {
        let mut all = vec!["--db", d.as_str()];
        all.extend_from_slice(args);
        env.cmd(&all)
    };
    run(&["init", "--admin", ADMIN, "--password-stdin"]).stdin("a-good-password\n").run().ok();
    mount.remount("ro");
    for args in [&["ticket", "list"][..], &["ticket", "create", "On a read-only disk"]] {
        let case =
            Case::begin(Class::Filesystem, format!("`{}` on a read-only filesystem", args.join(" ")), &db);
        run(args).run().fails(8, "read-only");
        case.end(Db::Identical);
    }
    mount.remount("rw");
    let case = Case::begin(Class::Filesystem, "read and write once the filesystem is writable again", &db);
    run(&["ticket", "list"]).run().ok();
    run(&["ticket", "create", "Writable again", "-q"]).run().ok();
    case.end(Db::Any);
}

/// An import of `n` short sessions on ticket 1, one a minute from 2024-01-01, with long notes.
fn sessions_csv(n: usize, note_len: usize) -> String {
    let mut csv = String::from("ticket,start,end,note\n");
    let base = crate::harness::unix("2024-01-01T00:00:00Z");
    for i in 0..n as i64 {
        let start = base + i * 60;
        csv.push_str(&format!(
            "1,{},{},{}\n",
            crate::harness::rfc3339(start),
            crate::harness::rfc3339(start + 30),
            "n".repeat(note_len)
        ));
    }
    csv
}

/// Input: a database on a 2 MiB tmpfs filled up by another file; `ticket create` with a long
/// description, `session import` of 2,000 sessions, and `init` of a second database; then the
/// filler is deleted and the same commands run again.
/// Expected: while full, each exits 1 with one line, the database unchanged and no half-made
/// second database; once space is free, each succeeds.
#[test]
fn disk_full() {
    let env = Env::empty();
    let mount = match Tmpfs::mount(&env.dir.path().join("full"), "4m") {
        Ok(mount) => mount,
        Err(reason) => {
            eprintln!("skipped disk_full: {reason}");
            return;
        }
    };
    let db = mount.dir.join("stint.db");
    let d = db.to_str().expect("utf-8").to_owned();
    let other = mount.dir.join("second.db");
    let o = other.to_str().expect("utf-8").to_owned();
    let with_db = |path: &str, args: &[&str]| {
        let mut all = vec!["--db", path];
        all.extend_from_slice(args);
        env.cmd(&all)
    };
    with_db(&d, &["init", "--admin", ADMIN, "--password-stdin"]).stdin("a-good-password\n").run().ok();
    with_db(&d, &["ticket", "create", "Seed", "-q"]).run().ok();
    let filler = mount.dir.join("filler");
    let fill = || {
        let free = rustix::fs::statvfs(&mount.dir).map(|s| s.f_bavail * s.f_frsize).expect("statvfs");
        std::fs::write(&filler, vec![0_u8; free as usize]).expect("fill the disk");
    };
    fill();
    let csv = sessions_csv(2000, 300);
    let import_file = env.dir.path().join("import.csv");
    std::fs::write(&import_file, &csv).expect("import file");
    let i = import_file.to_str().expect("utf-8");
    let description = "x".repeat(9000);
    let writes: [(&str, Vec<&str>, &str, Option<&str>); 3] = [
        (
            "ticket create",
            vec!["ticket", "create", "Full", "--description", &description, "-q"],
            d.as_str(),
            None,
        ),
        ("session import", vec!["session", "import", i], d.as_str(), None),
        ("init", vec!["init", "--admin", ADMIN, "--password-stdin"], o.as_str(), Some("a-good-password\n")),
    ];
    for (name, args, path, input) in &writes {
        let case = Case::begin(Class::Filesystem, format!("`{name}` on a full disk"), &db);
        let mut cmd = with_db(path, args);
        if let Some(input) = input {
            cmd = cmd.stdin(input);
        }
        let run = cmd.run();
        run.fails(1, "");
        assert!(!other.exists(), "a half-made database was left behind");
        case.end(Db::Unchanged);
    }
    std::fs::remove_file(&filler).expect("free the disk");
    let case = Case::begin(Class::Filesystem, "the refused writes succeed once space is free", &db);
    for (name, args, path, input) in &writes {
        let mut cmd = with_db(path, args);
        if let Some(input) = input {
            cmd = cmd.stdin(input);
        }
        let run = cmd.run();
        assert_eq!(run.code, 0, "retrying `{name}`: {run:?}");
    }
    let listed = with_db(&d, &["session", "list", "--format", "csv"]).run().ok().stdout.lines().count();
    assert_eq!(listed, 2001);
    case.end(Db::Any);
    drop(mount);
}

/// Input: `session import` of 2,000 sessions under a 400 KB file-size limit (RLIMIT_FSIZE via
/// `prlimit`, SIGXFSZ ignored so the write fails instead of killing the process), failing at
/// commit; 12,000 sessions under a 1 MB limit, failing mid-import when the page cache spills;
/// then the first import without the limit.
/// Expected: exit 1 (an I/O failure, not a problem with the data) with one line and the
/// database unchanged; then exit 0 with all 2,000.
#[test]
fn file_size_limit() {
    if !Command::new("prlimit").arg("--version").output().is_ok_and(|o| o.status.success()) {
        eprintln!("skipped file_size_limit: prlimit (util-linux) is not available");
        return;
    }
    let env = fresh();
    env.cmd(&["ticket", "create", "Seed", "-q"]).run().ok();
    for (sessions, limit) in [(2000, 400_000), (12_000, 1_000_000)] {
        let import_file = env.dir.path().join(format!("import-{sessions}.csv"));
        std::fs::write(&import_file, sessions_csv(sessions, 300)).expect("import file");
        let i = import_file.to_str().expect("utf-8");
        let what = format!("`session import` of {sessions} sessions past a {limit}-byte file-size limit");
        let case = Case::begin(Class::Filesystem, what, &env.db);
        let wrapper = format!("trap '' XFSZ; exec prlimit --fsize={limit} -- \"$@\"");
        env.cmd(&["session", "import", i]).wrapped(&["sh", "-c", &wrapper, "sh"]).run().fails(1, "I/O error");
        case.end(Db::Unchanged);
    }
    let case = Case::begin(Class::Filesystem, "the same import without the limit", &env.db);
    let import_file = env.dir.path().join("import-2000.csv");
    env.cmd(&["session", "import", import_file.to_str().expect("utf-8")]).run().ok();
    assert_eq!(env.cmd(&["session", "list", "--format", "csv"]).run().ok().stdout.lines().count(), 2001);
    case.end(Db::Any);
}

/// Input: `TZ` naming `/dev/zero`, `/dev/urandom`, a FIFO, or `/dev/zero` as `:/dev/zero` and
/// relative to the zoneinfo directory; then the same with `--utc`.
/// Expected: exit 2 "not a time zone file" at once (reading the zone file would never end),
/// the database byte-identical; with `--utc` (no local zone needed) the command works.
#[test]
fn tz_naming_a_device_or_fifo_is_refused_not_read() {
    let env = fresh();
    let fifo = env.dir.path().join("tz-fifo");
    assert!(Command::new("mkfifo").arg(&fifo).status().expect("mkfifo").success());
    let fifo = fifo.to_str().expect("utf-8").to_owned();
    for tz in ["/dev/zero", ":/dev/zero", "/dev/urandom", "../../../../../../dev/zero", fifo.as_str()] {
        let case = Case::begin(Class::Filesystem, format!("TZ={tz}"), &env.db);
        let quick = std::time::Duration::from_secs(20);
        env.cmd(&["ticket", "list"]).env("TZ", tz).timeout(quick).run().fails(2, "not a time zone file");
        env.cmd(&["--utc", "ticket", "list"]).env("TZ", tz).timeout(quick).run().ok();
        case.end(Db::Identical);
    }
}
