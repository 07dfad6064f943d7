//! A throwaway PostgreSQL cluster for tests: `initdb --no-sync` into a temporary directory,
//! `postgres` listening only on a Unix socket there (no TCP), one fresh database per test, and
//! a watchdog that stops the cluster and removes its files when the test process exits.
//! Shared by the unit tests and, through `#[path]`, by the CLI integration tests.

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::OnceLock;
use std::sync::atomic::{AtomicU32, Ordering};

/// A running cluster.
pub struct Cluster {
    dir: PathBuf,
    socket_dir: PathBuf,
    run_as_postgres: bool,
    counter: AtomicU32,
}

const SUPERUSER: &str = "stint";

/// The cluster shared by every test of this process. The tests that call it are ignored when
/// the build found no PostgreSQL (see `build.rs`), so a cluster that cannot start is a failure,
/// as it is under `CI=true` whatever the build found.
pub fn shared() -> &'static Cluster {
    static CLUSTER: OnceLock<Result<Cluster, String>> = OnceLock::new();
    match CLUSTER.get_or_init(Cluster::start) {
        Ok(cluster) => cluster,
        Err(why) => panic!("the PostgreSQL test cluster cannot start: {why}"),
    }
}

fn bin_dir() -> Result<PathBuf, String> {
    // A test helper, not the core: it honours the same override as build.rs.
    #[allow(clippy::disallowed_methods)]
    let configured = std::env::var_os("STINT_PG_BINDIR");
    if let Some(dir) = configured {
        return Ok(PathBuf::from(dir));
    }
    let mut found: Vec<PathBuf> = std::fs::read_dir("/usr/lib/postgresql")
        .map_err(|_| "no /usr/lib/postgresql (install postgresql-15)".to_owned())?
        .flatten()
        .map(|e| e.path().join("bin"))
        .filter(|p| p.join("postgres").exists() && p.join("initdb").exists())
        .collect();
    found.sort();
    found.pop().ok_or_else(|| "no PostgreSQL server binaries under /usr/lib/postgresql".to_owned())
}

fn is_root() -> bool {
    Command::new("id").arg("-u").output().is_ok_and(|o| String::from_utf8_lossy(&o.stdout).trim() == "0")
}

impl Cluster {
    fn start() -> Result<Self, String> {
        let bin = bin_dir()?;
        let run_as_postgres = is_root();
        let dir = std::env::temp_dir().join(format!("stint-pg-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
        let socket_dir = dir.join("socket");
        std::fs::create_dir_all(&socket_dir).map_err(|e| e.to_string())?;
        let cluster = Self { dir, socket_dir, run_as_postgres, counter: AtomicU32::new(0) };
        if run_as_postgres {
            let status = Command::new("chown").args(["-R", "postgres:postgres"]).arg(&cluster.dir).status();
            if !status.is_ok_and(|s| s.success()) {
                return Err("cannot hand the cluster directory to the postgres user".into());
            }
        }
        let data = cluster.dir.join("data");
        cluster.run(
            &bin.join("initdb"),
            &[
                "--no-sync",
                "--auth=trust",
                "--encoding=UTF8",
                "--locale=C",
                &format!("--username={SUPERUSER}"),
                "-D",
                &data.to_string_lossy(),
            ],
        )?;
        let options = format!(
            "-c listen_addresses='' -k {} -F -c fsync=off -c full_page_writes=off -c max_connections=200",
            cluster.socket_dir.display()
        );
        cluster.run(
            &bin.join("pg_ctl"),
            &[
                "-D",
                &data.to_string_lossy(),
                "-o",
                &options,
                "-w",
                "-l",
                &cluster.dir.join("log").to_string_lossy(),
                "start",
            ],
        )?;
        cluster.spawn_watchdog(&bin, &data);
        Ok(cluster)
    }

    fn command(&self, program: &Path) -> Command {
        if self.run_as_postgres {
            let mut cmd = Command::new("runuser");
            cmd.args(["-u", "postgres", "--"]).arg(program);
            cmd
        } else {
            Command::new(program)
        }
    }

    fn run(&self, program: &Path, args: &[&str]) -> Result<(), String> {
        let out = self
            .command(program)
            .args(args)
            .stdin(Stdio::null())
            .output()
            .map_err(|e| format!("cannot run {}: {e}", program.display()))?;
        if out.status.success() {
            Ok(())
        } else {
            Err(format!("{} failed: {}", program.display(), String::from_utf8_lossy(&out.stderr).trim()))
        }
    }

    /// Stops the cluster and deletes its files once this process is gone.
    fn spawn_watchdog(&self, bin: &Path, data: &Path) {
        let stop = if self.run_as_postgres { "runuser -u postgres -- " } else { "" };
        let script = format!(
            "while kill -0 {pid} 2>/dev/null; do sleep 1; done; {stop}{pg_ctl} -D '{data}' -m immediate stop >/dev/null 2>&1; rm -rf '{dir}'",
            pid = std::process::id(),
            pg_ctl = bin.join("pg_ctl").display(),
            data = data.display(),
            dir = self.dir.display(),
        );
        let _ = Command::new("sh")
            .args(["-c", &script])
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn();
    }

    /// A URL for `dbname` over the cluster's Unix socket.
    pub fn url(&self, dbname: &str) -> String {
        format!("postgresql:///{dbname}?host={}&user={SUPERUSER}", self.socket_dir.display())
    }

    /// Creates an empty database for one test and returns its URL.
    pub fn fresh_database(&self) -> String {
        let n = self.counter.fetch_add(1, Ordering::SeqCst);
        let name = format!("t{}_{n}", std::process::id());
        let mut admin = postgres::Client::connect(&self.url("postgres"), postgres::NoTls)
            .expect("connect to the test cluster");
        admin.batch_execute(&format!("CREATE DATABASE {name}")).expect("create a test database");
        self.url(&name)
    }
}
