//! Build script: finds out whether PostgreSQL's server binaries are installed, so the tests that
//! need a throwaway cluster are reported as ignored (with the reason) rather than as passed when
//! they cannot run. Sets `stint_pg` when the binaries are found, `stint_ci` under `CI=true` (where
//! those tests run, and fail, regardless). The binary itself never depends on either.

use std::path::{Path, PathBuf};

/// Where the tests look for `initdb` and `postgres`, as `src/store/postgres/cluster.rs` does.
fn has_server_binaries(dir: &Path) -> bool {
    dir.join("postgres").exists() && dir.join("initdb").exists()
}

// A build script's inputs are environment variables that cargo tracks (`rerun-if-env-changed`).
#[allow(clippy::disallowed_methods)]
fn main() {
    println!("cargo::rustc-check-cfg=cfg(stint_pg)");
    println!("cargo::rustc-check-cfg=cfg(stint_ci)");
    println!("cargo::rerun-if-changed=build.rs");
    println!("cargo::rerun-if-env-changed=STINT_PG_BINDIR");
    println!("cargo::rerun-if-env-changed=CI");
    let found = match std::env::var_os("STINT_PG_BINDIR") {
        Some(dir) => {
            let dir = PathBuf::from(dir);
            // A path that does not exist would make cargo rebuild the crate every time.
            if dir.exists() {
                println!("cargo::rerun-if-changed={}", dir.display());
            }
            has_server_binaries(&dir)
        }
        None => {
            let root = Path::new("/usr/lib/postgresql");
            // Installing or removing a version changes this directory. Without it, nothing
            // says when PostgreSQL arrives: the ignore reason says to rerun this probe.
            if root.exists() {
                println!("cargo::rerun-if-changed={}", root.display());
            }
            std::fs::read_dir(root)
                .map(|entries| entries.flatten().any(|e| has_server_binaries(&e.path().join("bin"))))
                .unwrap_or(false)
        }
    };
    if found {
        println!("cargo::rustc-cfg=stint_pg");
    }
    if std::env::var("CI").is_ok_and(|v| v == "true") {
        println!("cargo::rustc-cfg=stint_ci");
    }
}
