//! Online backup of a SQLite database: a consistent snapshot written beside its target and
//! renamed into place only once complete and on disk.

use std::fs;
use std::os::unix::fs::OpenOptionsExt;
use std::path::{Path, PathBuf};

use rusqlite::{Connection, OpenFlags};

use super::{SqliteStore, remove_with_journals, shown};
use crate::error::{Error, Result};

/// Whether a backup may replace a file already at its target.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Overwrite {
    Refuse,
    Replace,
}

impl SqliteStore {
    /// Writes a consistent snapshot of this database to `target` (mode 0600) while other
    /// connections keep writing. The snapshot is built under a temporary name beside `target`,
    /// synced, and renamed into place, so `target` holds either what it held before or the whole
    /// backup; nothing else is left behind.
    pub fn backup_to(&mut self, target: &Path, overwrite: Overwrite) -> Result<()> {
        let directory = check_target(&self.path, target, overwrite)?;
        let name =
            target.file_name().ok_or_else(|| Error::invalid(format!("{} names no file", shown(target))))?;
        let temporary = directory.join(format!(".{}.backup-{}", name.to_string_lossy(), std::process::id()));
        let written = self.snapshot_into(&temporary).and_then(|()| place(&temporary, target, overwrite));
        remove_with_journals(&temporary);
        written?;
        // The new name must survive a power cut as well.
        fs::File::open(&directory)
            .and_then(|d| d.sync_all())
            .map_err(|e| Error::internal(format!("cannot sync directory {}: {e}", shown(&directory))))
    }

    /// `VACUUM INTO` reads one snapshot (a read transaction, so writers carry on) into a new
    /// file; the copy is then put in WAL mode like every stint database and synced.
    fn snapshot_into(&self, temporary: &Path) -> Result<()> {
        let cannot = |e: &dyn std::fmt::Display| Error::internal(format!("cannot write the backup: {e}"));
        let text = temporary.to_str().ok_or_else(|| {
            Error::invalid(format!("{} is not a UTF-8 path, which SQLite needs", shown(temporary)))
        })?;
        // Made first, empty and private: VACUUM INTO keeps an empty file's mode.
        fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .mode(0o600)
            .open(temporary)
            .map_err(|e| cannot(&e))?;
        self.conn.execute("VACUUM INTO ?1", [text])?;
        let flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let copy = Connection::open_with_flags(temporary, flags)?;
        copy.pragma_update_and_check(None, "journal_mode", "WAL", |_| Ok(()))?;
        let busy: i64 = copy.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |r| r.get(0))?;
        if busy != 0 {
            return Err(Error::internal("cannot checkpoint the backup"));
        }
        copy.close().map_err(|(_, e)| Error::from(e))?;
        fs::File::open(temporary).and_then(|f| f.sync_all()).map_err(|e| cannot(&e))
    }
}

/// Refuses, before anything is written, a target that cannot or may not take the backup, and
/// returns the directory it goes in.
fn check_target(source: &Path, target: &Path, overwrite: Overwrite) -> Result<PathBuf> {
    let t = shown(target);
    let directory = match target.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir.to_path_buf(),
        _ => PathBuf::from("."),
    };
    match fs::metadata(&directory) {
        Ok(meta) if meta.is_dir() => {}
        Ok(_) => {
            return Err(Error::invalid(format!(
                "cannot back up to {t}: {} is not a directory",
                shown(&directory)
            )));
        }
        Err(e) => {
            return Err(Error::invalid(format!(
                "cannot back up to {t}: directory {}: {e}",
                shown(&directory)
            )));
        }
    }
    match fs::symlink_metadata(target) {
        Err(_) => Ok(directory),
        Ok(meta) if meta.is_dir() => Err(Error::invalid(format!("cannot back up to {t}: it is a directory"))),
        Ok(_) if same_file(source, target) => {
            Err(Error::invalid(format!("cannot back up to {t}: it is the database being backed up")))
        }
        Ok(_) if overwrite == Overwrite::Refuse => {
            Err(Error::conflict(format!("{t} already exists; give --force to replace it")))
        }
        Ok(_) => Ok(directory),
    }
}

fn same_file(a: &Path, b: &Path) -> bool {
    matches!((fs::canonicalize(a), fs::canonicalize(b)), (Ok(a), Ok(b)) if a == b)
}

/// Moves the finished backup to `target`: a link that fails on an existing file when nothing may
/// be replaced (one may have appeared meanwhile), else a rename over it.
fn place(temporary: &Path, target: &Path, overwrite: Overwrite) -> Result<()> {
    let t = shown(target);
    match overwrite {
        Overwrite::Refuse => fs::hard_link(temporary, target).map_err(|e| match e.kind() {
            std::io::ErrorKind::AlreadyExists => {
                Error::conflict(format!("{t} already exists; give --force to replace it"))
            }
            _ => Error::internal(format!("cannot write the backup {t}: {e}")),
        }),
        Overwrite::Replace => fs::rename(temporary, target)
            .map_err(|e| Error::internal(format!("cannot write the backup {t}: {e}"))),
    }
}
