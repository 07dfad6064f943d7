//! The battery's harness on top of the hermetic one in `tests/cli/support.rs`: every run of the
//! binary has a timeout (a hang fails the case) and is checked for panics (exit 101); processes
//! can be held behind a barrier and released together, run as an unprivileged user, or killed;
//! and [`Case`] checks the database's invariants after every case and tallies the cases per
//! class (to the file named by `STINT_BATTERY_TALLY`, which `tests/battery/run-all.sh` sums).

use std::ffi::{OsStr, OsString};
use std::fs::File;
use std::io::{Read, Write};
use std::os::unix::ffi::OsStrExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use crate::invariants::{self, Snapshot};
use crate::support::{ADMIN, ADMIN_PASSWORD, Env, Run};

/// Longest any single run of the binary may take before it counts as a hang.
pub const TIMEOUT: Duration = Duration::from_secs(60);

/// The classes of the battery, as RELIABILITY.md counts them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Class {
    Concurrency,
    Crash,
    Filesystem,
    Foreign,
    TimeInput,
    Overlap,
    Auth,
    Injection,
    Load,
}

/// What a case expects of the database file once it is over.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Db {
    /// Not one byte of the file (and its write-ahead log) changed.
    Identical,
    /// Every row of every table is the same (files may differ, e.g. after a checkpoint).
    Unchanged,
    /// Anything, as long as the invariants hold.
    Any,
}

/// One battery case: states what it does, checks the invariants afterwards, and is counted.
pub struct Case {
    class: Class,
    what: String,
    db: PathBuf,
    bytes: Vec<u8>,
    before: Option<Snapshot>,
    /// False for foreign or corrupt fixtures, whose invariants are not stint's.
    check: bool,
}

/// The database file followed by its write-ahead log, if any.
pub fn file_bytes(db: &Path) -> Vec<u8> {
    let mut bytes = std::fs::read(db).unwrap_or_default();
    bytes.extend(std::fs::read(format!("{}-wal", db.display())).unwrap_or_default());
    bytes
}

impl Case {
    /// Starts a case on the database at `db`; its invariants must already hold if it is one.
    pub fn begin(class: Class, what: impl Into<String>, db: &Path) -> Self {
        let what = what.into();
        let before = invariants::inspect(db).unwrap_or_else(|e| panic!("[{class:?}] {what}: before: {e}"));
        Self { class, what, db: db.to_path_buf(), bytes: file_bytes(db), before, check: true }
    }

    /// Starts a case on a file that is not a valid stint database: only its bytes are compared.
    pub fn begin_foreign(class: Class, what: impl Into<String>, file: &Path) -> Self {
        Self {
            class,
            what: what.into(),
            db: file.to_path_buf(),
            bytes: file_bytes(file),
            before: None,
            check: false,
        }
    }

    /// Starts a case about a path that holds no readable file (a FIFO, a device, nothing).
    pub fn begin_without_file(class: Class, what: impl Into<String>) -> Self {
        Self { class, what: what.into(), db: PathBuf::new(), bytes: Vec::new(), before: None, check: false }
    }

    /// Ends the case: invariants hold, the audit log only grew, and the file is as `expect`s.
    #[track_caller]
    pub fn end(self, expect: Db) {
        let Case { class, what, db, bytes, before, check } = self;
        match expect {
            Db::Identical if db.as_os_str().is_empty() => panic!("{what}: no file to compare"),
            Db::Identical => {
                assert!(file_bytes(&db) == bytes, "[{class:?}] {what}: {} changed", db.display());
            }
            Db::Unchanged | Db::Any => {}
        }
        if check {
            let after = invariants::inspect(&db).unwrap_or_else(|e| panic!("[{class:?}] {what}: {e}"));
            if let (Some(before), Some(after)) = (&before, &after) {
                invariants::audit_only_grew(before, after)
                    .unwrap_or_else(|e| panic!("[{class:?}] {what}: {e}"));
                if expect == Db::Unchanged {
                    assert_eq!(before.digest, after.digest, "[{class:?}] {what}: the database changed");
                }
            }
            if before.is_some() {
                assert!(after.is_some(), "[{class:?}] {what}: the database is gone");
            }
        }
        tally(class, &what);
    }
}

/// Checks the invariants of `db` now, outside a case (e.g. inside a long loop).
#[track_caller]
pub fn assert_invariants(db: &Path, context: &str) -> Option<Snapshot> {
    invariants::inspect(db).unwrap_or_else(|e| panic!("{context}: {e}"))
}

/// A number the battery's runner may set in the environment (`STINT_BATTERY_*`).
#[allow(clippy::disallowed_methods)] // the battery's knobs, not the product's environment
pub fn knob(name: &str) -> Option<u64> {
    std::env::var(name).ok().and_then(|s| s.parse().ok())
}

fn tally(class: Class, what: &str) {
    #[allow(clippy::disallowed_methods)] // where tests/battery/run-all.sh collects the tally
    let Some(path) = std::env::var_os("STINT_BATTERY_TALLY") else { return };
    let line = format!("{class:?}\t{}\n", what.replace(['\n', '\t'], " "));
    let mut file =
        std::fs::OpenOptions::new().create(true).append(true).open(path).expect("open the tally file");
    file.write_all(line.as_bytes()).expect("write the tally");
}

/// How a test can run the binary where file modes apply (root ignores them).
pub enum Privileges {
    /// Running as root: drop to this uid and gid (`nobody`) with `setpriv`.
    Drop(u32, u32),
    /// Not root: modes already apply.
    AlreadyUnprivileged,
    /// Root without a way to drop privileges; the reason is printed when skipping.
    Impossible(String),
}

pub fn unprivileged() -> Privileges {
    if !rustix::process::geteuid().is_root() {
        return Privileges::AlreadyUnprivileged;
    }
    let probe = Command::new("setpriv")
        .args(["--reuid=65534", "--regid=65534", "--clear-groups", "--", "true"])
        .stdin(Stdio::null())
        .output();
    match probe {
        Ok(out) if out.status.success() => Privileges::Drop(65534, 65534),
        Ok(out) => Privileges::Impossible(format!(
            "running as root and `setpriv` cannot drop to nobody: {}",
            String::from_utf8_lossy(&out.stderr).trim()
        )),
        Err(e) => Privileges::Impossible(format!("running as root and `setpriv` is not available: {e}")),
    }
}

/// Gives the tree at `path` to `uid:gid` (without following symlinks).
pub fn chown_tree(path: &Path, uid: u32, gid: u32) {
    std::os::unix::fs::lchown(path, Some(uid), Some(gid)).expect("chown");
    if std::fs::symlink_metadata(path).expect("stat").is_dir() {
        for entry in std::fs::read_dir(path).expect("read dir") {
            chown_tree(&entry.expect("entry").path(), uid, gid);
        }
    }
}

/// Releases processes that wait behind it all at once: each child announces itself on the
/// `ready` FIFO and blocks reading a line from the `go` FIFO; the barrier waits for all of them,
/// then writes one line each.
pub struct Barrier {
    ready: PathBuf,
    go: PathBuf,
    go_end: File,
    ready_end: Option<File>,
    waiting: usize,
    _dir: tempfile::TempDir,
}

const BARRIER_SCRIPT: &str = "printf . >>\"$1\"; read -r _ <\"$2\"; shift 2; exec \"$@\"";

impl Barrier {
    pub fn new() -> Self {
        let dir = tempfile::tempdir().expect("barrier dir");
        let ready = dir.path().join("ready");
        let go = dir.path().join("go");
        for fifo in [&ready, &go] {
            let status = Command::new("mkfifo").arg(fifo).status().expect("mkfifo");
            assert!(status.success(), "mkfifo failed");
        }
        // Holding both ends open keeps the children's opens from blocking.
        let open = |p: &Path| std::fs::OpenOptions::new().read(true).write(true).open(p).expect("open fifo");
        let ready_end = Some(open(&ready));
        let go_end = open(&go);
        Self { ready, go, go_end, ready_end, waiting: 0, _dir: dir }
    }

    /// Lets everyone started so far go at once, after all of them have arrived.
    pub fn release(&mut self) {
        let n = self.waiting;
        let mut ready = self.ready_end.take().expect("release once");
        let (tx, rx) = mpsc::channel();
        std::thread::spawn(move || {
            let mut buf = vec![0_u8; n];
            let read = ready.read_exact(&mut buf);
            let _ = tx.send(read.map(|_| ready));
        });
        let ready = rx
            .recv_timeout(TIMEOUT)
            .unwrap_or_else(|_| panic!("not all {n} processes reached the barrier"))
            .expect("read barrier");
        self.ready_end = Some(ready);
        self.go_end.write_all(&vec![b'\n'; n]).expect("open the barrier");
        self.waiting = 0;
    }
}

/// A command line for the binary under test, built from an [`Env`].
pub struct Cmd<'e> {
    env: &'e Env,
    client: PathBuf,
    args: Vec<OsString>,
    stdin: Option<Vec<u8>>,
    /// Leave stdin open for the test to write (see [`Running::stdin`]).
    stdin_open: bool,
    envs: Vec<(OsString, Option<OsString>)>,
    user: Option<(u32, u32)>,
    timeout: Duration,
    barrier: Option<(PathBuf, PathBuf)>,
    prefix: Vec<OsString>,
    /// Leave stdout's pipe to the test (see [`Running::take_stdout_pipe`]).
    raw_stdout: bool,
    stdout: Option<Stdio>,
    stderr: Option<Stdio>,
}

/// Builds commands from the battery's environments.
pub trait Battery {
    /// `stint ARGS` on the default client.
    fn cmd(&self, args: &[&str]) -> Cmd<'_>;
    /// `stint ARGS` with raw (possibly non-UTF-8) arguments.
    fn cmd_raw(&self, args: &[&[u8]]) -> Cmd<'_>;
}

impl Battery for Env {
    fn cmd(&self, args: &[&str]) -> Cmd<'_> {
        Cmd::new(self, args.iter().map(OsString::from).collect())
    }
    fn cmd_raw(&self, args: &[&[u8]]) -> Cmd<'_> {
        Cmd::new(self, args.iter().map(|a| OsStr::from_bytes(a).to_owned()).collect())
    }
}

impl<'e> Cmd<'e> {
    fn new(env: &'e Env, args: Vec<OsString>) -> Self {
        Self {
            env,
            client: env.default_client(),
            args,
            stdin: None,
            stdin_open: false,
            envs: Vec::new(),
            user: None,
            timeout: TIMEOUT,
            barrier: None,
            prefix: Vec::new(),
            raw_stdout: false,
            stdout: None,
            stderr: None,
        }
    }

    /// Runs from another client (config directory).
    pub fn on(mut self, client: &Path) -> Self {
        self.client = client.to_path_buf();
        self
    }

    pub fn stdin(mut self, input: impl AsRef<[u8]>) -> Self {
        self.stdin = Some(input.as_ref().to_vec());
        self
    }

    /// Gives the process a stdin pipe the test writes to and closes itself.
    pub fn stdin_open(mut self) -> Self {
        self.stdin_open = true;
        self
    }

    pub fn env(mut self, key: &str, value: impl AsRef<OsStr>) -> Self {
        self.envs.push((key.into(), Some(value.as_ref().to_owned())));
        self
    }

    pub fn env_remove(mut self, key: &str) -> Self {
        self.envs.push((key.into(), None));
        self
    }

    /// Runs the binary as this user (via `setpriv`).
    pub fn run_as(mut self, uid: u32, gid: u32) -> Self {
        self.user = Some((uid, gid));
        self
    }

    /// Runs the binary through a wrapper command line (e.g. `sh -c '...' sh`).
    pub fn wrapped(mut self, prefix: &[&str]) -> Self {
        self.prefix = prefix.iter().map(OsString::from).collect();
        self
    }

    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = timeout;
        self
    }

    /// Holds the process behind `barrier` until it is released.
    pub fn behind(mut self, barrier: &mut Barrier) -> Self {
        barrier.waiting += 1;
        self.barrier = Some((barrier.ready.clone(), barrier.go.clone()));
        self
    }

    /// Gives stdout's pipe to the test instead of collecting it.
    pub fn raw_stdout(mut self) -> Self {
        self.raw_stdout = true;
        self
    }

    /// Sends stdout (and stderr) somewhere other than a pipe the harness reads.
    pub fn stdout(mut self, out: Stdio) -> Self {
        self.stdout = Some(out);
        self
    }
    pub fn stderr(mut self, err: Stdio) -> Self {
        self.stderr = Some(err);
        self
    }

    /// The command line for messages, with very long arguments cut short.
    pub fn describe(&self) -> String {
        let shorten = |a: &OsString| {
            let a = a.to_string_lossy();
            match a.char_indices().nth(80) {
                Some((cut, _)) => format!("{}...({} bytes)", &a[..cut], a.len()),
                None => a.into_owned(),
            }
        };
        self.args.iter().map(shorten).collect::<Vec<_>>().join(" ")
    }

    /// Starts the process; its output is collected as it runs.
    pub fn start(self) -> Running {
        let described = self.describe();
        let base = self.env.command(&self.client, &[]);
        let mut argv: Vec<OsString> = vec![base.get_program().to_owned()];
        argv.extend(self.args);
        if !self.prefix.is_empty() {
            let mut wrapped = self.prefix.clone();
            wrapped.extend(argv);
            argv = wrapped;
        }
        if let Some((uid, gid)) = self.user {
            let mut wrapped: Vec<OsString> =
                ["setpriv", &format!("--reuid={uid}"), &format!("--regid={gid}")]
                    .iter()
                    .map(OsString::from)
                    .collect();
            wrapped.extend(["--clear-groups".into(), "--".into()]);
            wrapped.extend(argv);
            argv = wrapped;
        }
        if let Some((ready, go)) = &self.barrier {
            let mut wrapped: Vec<OsString> =
                vec!["sh".into(), "-c".into(), BARRIER_SCRIPT.into(), "sh".into(), ready.into(), go.into()];
            wrapped.extend(argv);
            argv = wrapped;
        }
        let mut cmd = Command::new(&argv[0]);
        cmd.args(&argv[1..]).env_clear();
        for (key, value) in base.get_envs() {
            if let Some(value) = value {
                cmd.env(key, value);
            }
        }
        for (key, value) in &self.envs {
            match value {
                Some(value) => cmd.env(key, value),
                None => cmd.env_remove(key),
            };
        }
        cmd.stdin(if self.stdin.is_some() || self.stdin_open { Stdio::piped() } else { Stdio::null() });
        let capture_out = self.stdout.is_none() && !self.raw_stdout;
        let capture_err = self.stderr.is_none();
        cmd.stdout(self.stdout.unwrap_or_else(Stdio::piped));
        cmd.stderr(self.stderr.unwrap_or_else(Stdio::piped));
        let mut child = cmd.spawn().unwrap_or_else(|e| panic!("spawn `stint {described}`: {e}"));
        let writer = match (self.stdin, self.stdin_open) {
            (Some(input), false) => child.stdin.take().map(|mut pipe| {
                std::thread::spawn(move || {
                    let _ = pipe.write_all(&input);
                })
            }),
            _ => None,
        };
        let reader = |pipe: Option<Box<dyn Read + Send>>| {
            pipe.map(|mut p| {
                std::thread::spawn(move || {
                    let mut bytes = Vec::new();
                    let _ = p.read_to_end(&mut bytes);
                    bytes
                })
            })
        };
        let out = if capture_out { reader(child.stdout.take().map(|p| Box::new(p) as _)) } else { None };
        let err = if capture_err { reader(child.stderr.take().map(|p| Box::new(p) as _)) } else { None };
        Running { child, described, timeout: self.timeout, started: Instant::now(), writer, out, err }
    }

    /// Runs to the end (within the timeout) and checks it did not panic.
    pub fn run(self) -> Run {
        self.start().wait()
    }
}

/// A started process.
pub struct Running {
    child: Child,
    described: String,
    timeout: Duration,
    started: Instant,
    writer: Option<JoinHandle<()>>,
    out: Option<JoinHandle<Vec<u8>>>,
    err: Option<JoinHandle<Vec<u8>>>,
}

impl Running {
    /// The stdin pipe of a command started with [`Cmd::stdin_open`].
    pub fn stdin(&mut self) -> std::process::ChildStdin {
        self.child.stdin.take().expect("started with stdin_open")
    }

    /// The stdout pipe of a command started with [`Cmd::raw_stdout`].
    pub fn take_stdout_pipe(&mut self) -> Option<std::process::ChildStdout> {
        self.child.stdout.take()
    }

    /// `kill -9`, then collect what it printed.
    pub fn kill9(mut self) -> Run {
        let _ = self.child.kill();
        self.finish(true)
    }

    /// Waits within the timeout; a process still running then is killed and fails the case.
    pub fn wait(self) -> Run {
        self.finish(false)
    }

    fn finish(mut self, killed: bool) -> Run {
        let status = loop {
            match self.child.try_wait().expect("wait") {
                Some(status) => break status,
                None if self.started.elapsed() > self.timeout => {
                    let _ = self.child.kill();
                    let _ = self.child.wait();
                    panic!("hang: `stint {}` still ran after {:?}", self.described, self.timeout);
                }
                None => std::thread::sleep(Duration::from_millis(2)),
            }
        };
        if let Some(writer) = self.writer.take() {
            let _ = writer.join();
        }
        let collect = |h: Option<JoinHandle<Vec<u8>>>| {
            h.map(|h| String::from_utf8_lossy(&h.join().expect("reader")).into_owned()).unwrap_or_default()
        };
        let run = Run {
            code: status.code().unwrap_or(-1),
            stdout: collect(self.out.take()),
            stderr: collect(self.err.take()),
            args: self.described.clone(),
        };
        if !killed {
            assert!(
                run.code != 101 && !run.stderr.contains("panicked"),
                "panic: `stint {}` exited {}: {}",
                run.args,
                run.code,
                run.stderr
            );
            assert!(run.code >= 0, "`stint {}` died from a signal ({status:?}): {}", run.args, run.stderr);
        }
        run
    }
}

/// A small deterministic random source (SplitMix64), so failing runs can be replayed from the
/// seed they print.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Self(seed)
    }

    /// A seed from `STINT_BATTERY_SEED`, else from the clock; printed so a run can be replayed.
    pub fn seeded(name: &str) -> Self {
        let seed = knob("STINT_BATTERY_SEED")
            .unwrap_or_else(|| std::time::UNIX_EPOCH.elapsed().map(|d| d.as_nanos() as u64).unwrap_or(42));
        eprintln!("{name}: STINT_BATTERY_SEED={seed}");
        Self(seed)
    }

    pub fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    pub fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }
}

/// An RFC 3339 UTC instant for `secs` after the epoch.
pub fn rfc3339(secs: i64) -> String {
    chrono::DateTime::from_timestamp(secs, 0)
        .expect("in range")
        .to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}

/// Seconds since the epoch of an RFC 3339 instant.
pub fn unix(rfc: &str) -> i64 {
    chrono::DateTime::parse_from_rfc3339(rfc).unwrap_or_else(|e| panic!("{rfc:?}: {e}")).timestamp()
}

/// A database with open tickets #1 and #2, closed #3, and technician `tess` logged in on her
/// own client (the same desk as `tests/cli/timer.rs`), tickets made through the binary.
pub fn desk() -> (Env, PathBuf) {
    let env = fresh();
    for title in ["One", "Two", "Three"] {
        env.cmd(&["ticket", "create", title, "-q"]).run().ok();
    }
    env.cmd(&["ticket", "edit", "2", "--status", "in_progress"]).run().ok();
    env.cmd(&["ticket", "close", "3"]).run().ok();
    let tess = user_client(&env, "tess", "technician");
    (env, tess)
}

/// A database made by `stint init`, with its admin logged in on the default client.
pub fn fresh() -> Env {
    let env = Env::empty();
    env.cmd(&["init", "--admin", ADMIN, "--password-stdin"]).stdin(format!("{ADMIN_PASSWORD}\n")).run().ok();
    env
}

/// Adds a user as the admin and returns its password.
pub fn add_user(env: &Env, name: &str, role: &str) -> String {
    let password = format!("{name}-password");
    env.cmd(&["user", "add", name, "--role", role, "--password-stdin", "-q"])
        .stdin(format!("{password}\n"))
        .run()
        .ok();
    password
}

pub fn login(env: &Env, client: &Path, name: &str, password: &str) -> Run {
    env.cmd(&["auth", "login", name, "--password-stdin"]).on(client).stdin(format!("{password}\n")).run()
}

/// A client on which a new user of `role` is logged in.
pub fn user_client(env: &Env, name: &str, role: &str) -> PathBuf {
    let password = add_user(env, name, role);
    let client = env.client(name);
    login(env, &client, name, &password).ok();
    client
}
