//! The hermetic harness: runs the real `stint` binary against a temporary database and config
//! directory, with a fixed clock (honoured only by test builds), fixed `TZ` and `NO_COLOR`.

// Shared by two test binaries (SQLite and PostgreSQL); each uses a different part.
#![allow(dead_code)]

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

pub const ADMIN: &str = "admin";
pub const ADMIN_PASSWORD: &str = "admin-password";
/// The instant every test starts at, unless it moves the clock.
pub const START: &str = "2024-03-15T12:00:00Z";
/// The busy organisation every [`Env::new`] database also holds.
pub const NEIGHBOUR: &str = "neighbour";

/// What one run of the binary did.
#[derive(Debug)]
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
    pub args: String,
}

impl Run {
    /// Asserts success and returns self for chaining.
    #[track_caller]
    pub fn ok(&self) -> &Self {
        assert_eq!(
            self.code, 0,
            "`stint {}` failed:\nstdout: {}\nstderr: {}",
            self.args, self.stdout, self.stderr
        );
        self
    }

    /// Asserts an exit code and a one-line error on stderr mentioning `needle`.
    #[track_caller]
    pub fn fails(&self, code: i32, needle: &str) -> &Self {
        assert_eq!(
            self.code, code,
            "`stint {}`: expected exit {code}\nstdout: {}\nstderr: {}",
            self.args, self.stdout, self.stderr
        );
        assert!(
            self.stderr.contains(needle),
            "`stint {}`: stderr lacks {needle:?}: {}",
            self.args,
            self.stderr
        );
        assert_eq!(self.stderr.trim_end().lines().count(), 1, "error is not one line: {}", self.stderr);
        assert!(!self.stderr.contains("panicked"), "panic: {}", self.stderr);
        self
    }

    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.stdout)
            .unwrap_or_else(|e| panic!("`stint {}` printed no JSON ({e}): {}", self.args, self.stdout))
    }
}

/// A lock held by a connection of the test itself; dropping it closes the connection, which
/// rolls its transaction back.
pub enum WriteLock {
    Sqlite(rusqlite::Connection),
    Postgres(postgres::Client),
}

/// Which store the tests run against, and whether through a `stint serve`; each test binary
/// sets `crate::BACKEND`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
    /// A `stint serve` on 127.0.0.1:0 over a SQLite file; the CLI talks to it (`STINT_SERVER`).
    ServerSqlite,
    /// A `stint serve` over a database of the throwaway PostgreSQL cluster.
    ServerPostgres,
}

impl Backend {
    /// Whether the database underneath is PostgreSQL (through a server or not).
    pub fn postgres(self) -> bool {
        matches!(self, Backend::Postgres | Backend::ServerPostgres)
    }

    /// Whether commands go through a `stint serve` instead of opening the database.
    pub fn through_server(self) -> bool {
        matches!(self, Backend::ServerSqlite | Backend::ServerPostgres)
    }
}

/// A running `stint serve`; killed when dropped.
pub struct ServerProcess {
    child: std::process::Child,
    pub url: String,
}

impl ServerProcess {
    /// Runs `command` (a `stint serve`) and waits up to 30 s for its `listening on` line.
    pub fn start(mut command: Command) -> ServerProcess {
        use std::io::{BufRead, BufReader};
        command.stdout(Stdio::piped());
        let mut child = command.spawn().expect("spawn stint serve");
        let stdout = child.stdout.take().expect("server stdout");
        let (sender, receiver) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            let mut line = String::new();
            let _ = BufReader::new(stdout).read_line(&mut line);
            let _ = sender.send(line);
        });
        let line = receiver
            .recv_timeout(std::time::Duration::from_secs(30))
            .expect("the server printed where it listens");
        let url = line.trim().strip_prefix("listening on ").expect("a listening line").to_owned();
        ServerProcess { child, url }
    }

    /// Sends SIGTERM and waits for the server to end.
    pub fn terminate(mut self) -> std::process::ExitStatus {
        let pid = rustix::process::Pid::from_raw(self.child.id() as i32).expect("a pid");
        rustix::process::kill_process(pid, rustix::process::Signal::TERM).expect("signal the server");
        self.child.wait().expect("wait for the server")
    }

    /// The server's process id.
    pub fn id(&self) -> u32 {
        self.child.id()
    }

    /// Kills the server at once (SIGKILL) and waits for it.
    pub fn kill(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Drop for ServerProcess {
    fn drop(&mut self) {
        self.kill();
    }
}

#[path = "../../src/store/postgres/cluster.rs"]
mod cluster;

/// A temporary world: one database, a default client, a clock and a zone.
pub struct Env {
    /// The `stint serve` of a server backend; first, so it ends before the directory goes.
    served_by: Option<ServerProcess>,
    pub dir: tempfile::TempDir,
    /// The SQLite file (unused on PostgreSQL).
    pub db: PathBuf,
    /// What `STINT_DB` names: the file, or a fresh PostgreSQL database's URL.
    pub location: String,
    pub now: String,
    pub tz: String,
    client: PathBuf,
    /// When set, commands go through this `stint serve` (`STINT_SERVER`) instead of `STINT_DB`.
    pub server: Option<String>,
    /// The database also holds the busy neighbouring organisation ([`Env::seed_neighbour`]).
    pub neighbour: bool,
}

impl Env {
    /// No database yet. On PostgreSQL a fresh database of this process's throwaway cluster
    /// (`tests/cli_postgres` runs only when the build found PostgreSQL, or under `CI=true`).
    pub fn empty() -> Self {
        let dir = tempfile::tempdir().expect("temp dir");
        let db = dir.path().join("stint.db");
        let location = match crate::BACKEND.postgres() {
            false => db.to_string_lossy().into_owned(),
            true => cluster::shared().fresh_database(),
        };
        let client = dir.path().join("client-default");
        Self {
            served_by: None,
            dir,
            db,
            location,
            now: START.into(),
            tz: "UTC".into(),
            client,
            server: None,
            neighbour: false,
        }
    }

    /// A database made by `stint init`, with its admin logged in on the default client, beside
    /// a busy neighbouring organisation ([`Env::seed_neighbour`]). On a server backend the
    /// database is then served, and the admin logged in through the server.
    pub fn new() -> Self {
        let mut env = Self::alone();
        env.seed_neighbour();
        env
    }

    /// [`Env::new`] without the neighbouring organisation: `init`'s is the database's only one.
    pub fn alone() -> Self {
        let mut env = Self::empty();
        env.run_stdin(&["init", "--admin", ADMIN, "--password-stdin"], &format!("{ADMIN_PASSWORD}\n")).ok();
        if crate::BACKEND.through_server() {
            // The login session `init` made, moved to the server's name (`auth login
            // --with-token` audits nothing): the same history as in local mode, and the client
            // holds only the server's token, as a technician's does.
            let tokens = env.client.join("tokens");
            let stored = std::fs::read_dir(&tokens)
                .expect("init made a tokens directory")
                .map(|entry| entry.expect("a token file").path())
                .filter(|path| path.extension().is_some_and(|e| e == "token"))
                .collect::<Vec<_>>();
            let [local] = stored.as_slice() else { panic!("init stored one token: {stored:?}") };
            let token = std::fs::read_to_string(local).expect("the token");
            env.serve();
            env.run_stdin(&["auth", "login", "--with-token"], &token).ok();
            std::fs::remove_file(local).expect("remove the local token");
        }
        env
    }

    /// A second, busy organisation beside the one every test works in, holding what tests
    /// there look for: the same admin name, a technician `tess`, tickets #1-#3 (#1 assigned to
    /// tess), a tag, a case with a note, closed work sessions on the test day and the day
    /// before, and tess's timer running since 10:30 that day. A leak of any of it into the
    /// test's own organisation changes what that test sees. Logins in these tests name
    /// `default` (the harness adds `--org default`, see [`Env::command`]). [`Env::new`] seeds
    /// it right after `init`; a fixed desk whose snapshots show database-wide counters (audit
    /// event and note ids) seeds it once the desk is built, so its own numbers stay put.
    pub fn seed_neighbour(&mut self) {
        // Its times are the test day's, so it is built at the usual noon whatever the clock.
        let now = std::mem::replace(&mut self.now, START.into());
        self.run_stdin(
            &["org", "create", NEIGHBOUR, "--admin", ADMIN, "--password-stdin", "-q"],
            "neighbour-password\n",
        )
        .ok();
        self.neighbour = true;
        let login = |client: &Path, name: &str, password: &str| {
            let args = ["auth", "login", "--org", NEIGHBOUR, name, "--password-stdin"];
            self.run_full(client, &args, Some(&format!("{password}\n")), &[]).ok();
        };
        let admin = self.client("neighbour-admin");
        login(&admin, ADMIN, "neighbour-password");
        let add = ["user", "add", "tess", "--role", "technician", "--password-stdin", "-q"];
        self.run_full(&admin, &add, Some("neighbour-tess-password\n"), &[]).ok();
        self.run_on(&admin, &["ticket", "create", "Neighbour 1", "--assignee", "tess", "-q"]).ok();
        for title in ["Neighbour 2", "Neighbour 3"] {
            self.run_on(&admin, &["ticket", "create", title, "-q"]).ok();
        }
        let worked = |client: &Path, target: &[&str], from: &str, to: &str| {
            let mut args = vec!["timer", "manual", "--from", from, "--to", to, "--tag", "billable"];
            args.extend(target);
            args.extend(["--note", "Neighbour work", "-q"]);
            self.run_on(client, &args).ok();
        };
        worked(&admin, &["--ticket", "1"], "2024-03-15T09:00:00Z", "2024-03-15T10:00:00Z");
        worked(&admin, &["--ticket", "3"], "2024-03-14T13:00:00Z", "2024-03-14T15:00:00Z");
        let tess = self.client("neighbour-tess");
        login(&tess, "tess", "neighbour-tess-password");
        let open = ["case", "open", "Neighbour case", "--ticket", "3", "-q"];
        let case = self.run_on(&tess, &open).ok().stdout.trim().to_owned();
        self.run_on(&tess, &["case", "note", &case, "Neighbour note"]).ok();
        worked(&tess, &["--case", &case], "2024-03-14T09:00:00Z", "2024-03-14T10:00:00Z");
        worked(&tess, &["--ticket", "1"], "2024-03-15T08:00:00Z", "2024-03-15T09:30:00Z");
        self.run_on(&tess, &["timer", "start", "--ticket", "2", "--at", "2024-03-15T10:30:00Z"]).ok();
        self.now = now;
    }

    /// A `stint serve` (debug clock honoured) of this database on 127.0.0.1:0, with `extra`
    /// options; its log goes nowhere unless the caller says where.
    pub fn serve_command(&self, extra: &[&str]) -> Command {
        let mut command = self.command(
            &self.default_client(),
            &["serve", "--db", &self.location, "--listen", "127.0.0.1:0", "--test-clock"],
        );
        command.args(extra).env_remove("STINT_SERVER").env_remove("STINT_DB").stderr(Stdio::null());
        command
    }

    /// Starts [`Env::serve_command`], logging to `serve.log` in the directory, and points this
    /// environment's commands at it.
    pub fn serve(&mut self) -> &ServerProcess {
        let mut command = self.serve_command(&[]);
        let log = std::fs::File::create(self.dir.path().join("serve.log")).expect("the server's log");
        command.stderr(log);
        let process = ServerProcess::start(command);
        self.server = Some(process.url.clone());
        self.served_by.insert(process)
    }

    /// Stops this environment's server with SIGTERM and returns how it ended.
    pub fn stop_server(&mut self) -> Option<std::process::ExitStatus> {
        self.served_by.take().map(ServerProcess::terminate)
    }

    /// The config directory of a named client (another device of the same or another user).
    pub fn client(&self, name: &str) -> PathBuf {
        self.dir.path().join(format!("client-{name}"))
    }

    pub fn default_client(&self) -> PathBuf {
        self.client.clone()
    }

    pub fn command(&self, client: &Path, args: &[&str]) -> Command {
        // PATH is the one variable the tests pass on from their own environment.
        #[allow(clippy::disallowed_methods)]
        let path = std::env::var_os("PATH").unwrap_or_default();
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_stint"));
        // Beside the neighbour a login must name its organisation: the tests' logins are to
        // `default` unless they name one themselves (global options may come first).
        let login = args.windows(2).position(|pair| pair == ["auth", "login"]);
        let named = args.iter().any(|a| a.starts_with("--org") || *a == "--with-token" || a.contains('@'));
        let args: Vec<&str> = match login {
            Some(at) if self.neighbour && !named => {
                [&args[..at + 2], &["--org", "default"], &args[at + 2..]].concat()
            }
            _ => args.to_vec(),
        };
        cmd.args(&args)
            .env_clear()
            .env("PATH", path)
            .env("HOME", self.dir.path())
            .env("STINT_CONFIG_DIR", client)
            .env("STINT_TEST_NOW", &self.now)
            .env("TZ", &self.tz)
            .env("NO_COLOR", "1")
            .stdin(Stdio::null());
        // Operator commands need direct access to the database, so through a server the
        // tests run them as the operator would: on the database itself.
        let operator_command = matches!(args.first(), Some(&("init" | "demo" | "serve" | "db" | "org")));
        match &self.server {
            Some(url) if !operator_command => cmd.env("STINT_SERVER", url),
            _ => cmd.env("STINT_DB", &self.location),
        };
        cmd
    }

    pub fn run_full(
        &self,
        client: &Path,
        args: &[&str],
        stdin: Option<&str>,
        extra_env: &[(&str, &str)],
    ) -> Run {
        let mut cmd = self.command(client, args);
        for (k, v) in extra_env {
            cmd.env(k, v);
        }
        if stdin.is_some() {
            cmd.stdin(Stdio::piped());
        }
        cmd.stdout(Stdio::piped()).stderr(Stdio::piped());
        let mut child = cmd.spawn().expect("spawn stint");
        if let Some(input) = stdin
            && let Some(mut pipe) = child.stdin.take()
        {
            let _ = pipe.write_all(input.as_bytes());
        }
        let out = child.wait_with_output().expect("wait for stint");
        Run {
            code: out.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
            args: args.join(" "),
        }
    }

    /// Runs as the default client.
    pub fn run(&self, args: &[&str]) -> Run {
        self.run_full(&self.client, args, None, &[])
    }

    pub fn run_stdin(&self, args: &[&str], stdin: &str) -> Run {
        self.run_full(&self.client, args, Some(stdin), &[])
    }

    /// Runs from another client (config directory).
    pub fn run_on(&self, client: &Path, args: &[&str]) -> Run {
        self.run_full(client, args, None, &[])
    }

    /// Adds a user as the admin (default client) and returns its password.
    pub fn add_user(&self, name: &str, role: &str) -> String {
        let password = format!("{name}-password");
        self.run_stdin(
            &["user", "add", name, "--role", role, "--password-stdin", "-q"],
            &format!("{password}\n"),
        )
        .ok();
        password
    }

    /// Logs `name` in on `client` and returns that client's config dir.
    pub fn login(&self, client: &Path, name: &str, password: &str) -> Run {
        self.run_full(
            client,
            &["auth", "login", name, "--password-stdin"],
            Some(&format!("{password}\n")),
            &[],
        )
    }

    /// A client on which a new user of `role` is logged in.
    pub fn user_client(&self, name: &str, role: &str) -> PathBuf {
        let password = self.add_user(name, role);
        let client = self.client(name);
        self.login(&client, name, &password).ok();
        client
    }

    /// Runs one statement straight against the database, bypassing stint, for fixtures the
    /// CLI cannot make (chosen ids). Write it with `$1`, `$2`... placeholders and portable SQL
    /// (`CAST(x AS TEXT)`, not `x::TEXT`); every parameter is text.
    pub fn execute(&self, sql: &str, params: &[&str]) {
        match crate::BACKEND.postgres() {
            false => {
                let mut sqlite = sql.to_owned();
                for n in (1..=params.len()).rev() {
                    sqlite = sqlite.replace(&format!("${n}"), &format!("?{n}"));
                }
                let conn = rusqlite::Connection::open(&self.db).expect("open the test database");
                conn.execute(&sqlite, rusqlite::params_from_iter(params)).expect("statement");
            }
            true => {
                let mut client = postgres::Client::connect(&self.location, postgres::NoTls)
                    .expect("connect to the test database");
                let values: Vec<&(dyn postgres::types::ToSql + Sync)> =
                    params.iter().map(|p| p as &(dyn postgres::types::ToSql + Sync)).collect();
                client.execute(sql, &values).expect("statement");
            }
        }
    }

    /// Holds what a write of `user` waits for until the guard is dropped: SQLite's write lock
    /// (the whole file), or on PostgreSQL the row of `default`'s user of that name.
    pub fn hold_write_lock(&self, user: &str) -> WriteLock {
        match crate::BACKEND.postgres() {
            false => {
                let conn = rusqlite::Connection::open(&self.db).expect("open the test database");
                conn.execute_batch("BEGIN IMMEDIATE").expect("hold the write lock");
                WriteLock::Sqlite(conn)
            }
            true => {
                let mut client = postgres::Client::connect(&self.location, postgres::NoTls)
                    .expect("connect to the test database");
                client.batch_execute("BEGIN").expect("begin");
                client
                    .execute(
                        "SELECT 1 FROM users WHERE username = $1
                         AND org_id = (SELECT org_id FROM organizations WHERE name = 'default') FOR UPDATE",
                        &[&user],
                    )
                    .expect("lock the user");
                WriteLock::Postgres(client)
            }
        }
    }

    /// What the database holds, as bytes: the SQLite file and its WAL, or on PostgreSQL every
    /// row of every table as text.
    pub fn db_bytes(&self) -> Vec<u8> {
        match crate::BACKEND.postgres() {
            false => {
                let mut bytes = std::fs::read(&self.db).unwrap_or_default();
                bytes.extend(std::fs::read(format!("{}-wal", self.db.display())).unwrap_or_default());
                bytes
            }
            true => {
                let mut client = postgres::Client::connect(&self.location, postgres::NoTls)
                    .expect("connect to the test database");
                let tables = client
                    .query("SELECT quote_ident(tablename) FROM pg_tables WHERE schemaname = 'public'", &[])
                    .expect("tables");
                let mut bytes = Vec::new();
                for table in tables {
                    let name: String = table.get(0);
                    for row in client.query(&format!("SELECT t::TEXT FROM {name} t"), &[]).expect("rows") {
                        bytes.extend(row.get::<_, String>(0).into_bytes());
                    }
                }
                bytes
            }
        }
    }
}

/// The terminal [`Env::run_in_terminal_with`] runs a command on.
#[derive(Default)]
pub struct Terminal<'a> {
    pub columns: Option<u16>,
    pub env: Vec<(&'a str, Option<&'a str>)>,
}

/// One step of a conversation with a command on a terminal: once `prompt` has appeared on the
/// screen, type `answer`.
pub struct Answer<'a> {
    pub prompt: &'a str,
    pub answer: &'a str,
}

impl Env {
    /// Runs `stint` in a pseudo-terminal (util-linux `script`), as a person at a terminal
    /// would, answering prompts as they appear. `stdout` of the result is the whole screen
    /// transcript (the command's stdout and stderr, and the prompts). A command still running
    /// after 20 s is killed, so a prompt nobody answers fails the test instead of hanging it.
    pub fn run_in_terminal(&self, args: &[&str], answers: &[Answer]) -> Run {
        self.run_in_terminal_with(args, answers, &Terminal::default())
    }

    /// [`Env::run_in_terminal`] on a terminal of `terminal.columns` columns (`None`: the
    /// pseudo-terminal's own, which reports 0) with `terminal.env` changed (`None` removes).
    pub fn run_in_terminal_with(&self, args: &[&str], answers: &[Answer], terminal: &Terminal) -> Run {
        use std::io::Read;
        use std::sync::mpsc;
        use std::time::{Duration, Instant};

        let mut inner = self.command(&self.client, args);
        for (key, value) in &terminal.env {
            match value {
                Some(value) => inner.env(key, value),
                None => inner.env_remove(key),
            };
        }
        let quote = |s: &std::ffi::OsStr| format!("'{}'", s.to_string_lossy().replace('\'', r"'\''"));
        let line =
            std::iter::once(inner.get_program()).chain(inner.get_args()).map(quote).collect::<Vec<_>>();
        let mut cmd = Command::new("script");
        let size = terminal.columns.map(|c| format!("stty cols {c} rows 40; ")).unwrap_or_default();
        cmd.args(["-qefc", &format!("{size}{}", line.join(" ")), "/dev/null"]).env_clear();
        for (key, value) in inner.get_envs() {
            if let Some(value) = value {
                cmd.env(key, value);
            }
        }
        let mut child = cmd
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("spawn script (util-linux)");
        let mut input = child.stdin.take().expect("script's stdin");
        let mut screen_pipe = child.stdout.take().expect("script's stdout");
        let (sender, screen) = mpsc::channel::<Vec<u8>>();
        std::thread::spawn(move || {
            let mut buffer = [0_u8; 4096];
            while let Ok(n) = screen_pipe.read(&mut buffer) {
                if n == 0 || sender.send(buffer[..n].to_vec()).is_err() {
                    break;
                }
            }
        });
        let deadline = Instant::now() + Duration::from_secs(20);
        let mut transcript = Vec::new();
        let mut pending = answers.iter();
        let mut next = pending.next();
        let mut finished = false;
        // Where the screen not yet answered begins, so a prompt repeated is answered again.
        let mut unanswered = 0;
        while Instant::now() < deadline {
            match screen.recv_timeout(Duration::from_millis(50)) {
                Ok(bytes) => transcript.extend_from_slice(&bytes),
                Err(mpsc::RecvTimeoutError::Disconnected) => {
                    finished = true;
                    break;
                }
                Err(mpsc::RecvTimeoutError::Timeout) => {}
            }
            if let Some(step) = next
                && String::from_utf8_lossy(&transcript[unanswered..]).contains(step.prompt)
            {
                // Typed after the prompt shows, as a person would; the terminal echoes nothing.
                std::thread::sleep(Duration::from_millis(50));
                let _ = input.write_all(format!("{}\r", step.answer).as_bytes());
                let _ = input.flush();
                transcript.extend_from_slice(format!("<typed {}>\n", step.answer).as_bytes());
                unanswered = transcript.len();
                next = pending.next();
            }
        }
        if !finished {
            let _ = child.kill();
        }
        let status = child.wait().expect("wait for script");
        let screen = String::from_utf8_lossy(&transcript).replace('\r', "");
        assert!(finished, "still running after 20 s (a prompt nobody answered?):\n{screen}");
        Run { code: status.code().unwrap_or(-1), stdout: screen, stderr: String::new(), args: args.join(" ") }
    }
}

/// What a terminal shows without its styling escapes (CSI sequences: ESC [ parameters
/// final-byte).
pub fn unstyled(screen: &str) -> String {
    let mut plain = String::new();
    let mut chars = screen.chars();
    while let Some(c) = chars.next() {
        if c == '\u{1b}' {
            for next in chars.by_ref() {
                if next.is_ascii_alphabetic() {
                    break;
                }
            }
        } else {
            plain.push(c);
        }
    }
    plain
}
