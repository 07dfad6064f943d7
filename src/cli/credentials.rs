//! The client's local state in stint's config directory: its client id, per database the
//! login session token, and `config.toml`, the client's defaults. The directory is 0700 and
//! every file 0600; anything looser, a symlink, or a file owned by someone else is refused.

use std::fs;
use std::io::Write;
use std::os::unix::fs::{DirBuilderExt, MetadataExt, OpenOptionsExt, PermissionsExt};
use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};
use stint::Error;
use stint::auth::{Credential, Token};
use stint::id::ClientId;
use stint::server_url::ServerUrl;
use stint::store::Location;

use super::output::Format;

/// The largest CA file read.
const MAX_CA_FILE_BYTES: u64 = 1024 * 1024;

/// Reads a private CA's certificate file: a regular file of at most 1 MiB.
pub fn read_ca_file(path: &Path) -> anyhow::Result<Vec<u8>> {
    use std::io::Read;
    let cannot = |why: String| Error::unusable(format!("cannot use the CA file {}: {why}", shown(path)));
    let file = fs::OpenOptions::new()
        .read(true)
        .custom_flags(no_block_no_follow())
        .open(path)
        .map_err(|e| cannot(e.to_string()))?;
    let meta = file.metadata().map_err(|e| cannot(e.to_string()))?;
    if !meta.is_file() {
        return Err(cannot("not a regular file".into()).into());
    }
    let mut bytes = Vec::new();
    file.take(MAX_CA_FILE_BYTES + 1).read_to_end(&mut bytes).map_err(|e| cannot(e.to_string()))?;
    if bytes.len() as u64 > MAX_CA_FILE_BYTES {
        return Err(cannot("larger than 1 MiB".into()).into());
    }
    Ok(bytes)
}

/// The client's own defaults in the config directory (not the team-wide `stint config`).
pub const CONFIG_FILE: &str = "config.toml";

/// The largest `config.toml` read: a few lines are expected; a bigger file is refused whole
/// rather than read in part.
const MAX_CONFIG_FILE_BYTES: u64 = 64 * 1024;

/// What `config.toml` holds: this client's defaults, below the command line and the
/// environment. Unknown keys are refused, so a misspelt key is never silently ignored.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClientConfig {
    /// The database commands use when neither `--db`/`--server` nor their variables are set.
    #[serde(default, skip_serializing_if = "Option::is_none", deserialize_with = "database_value")]
    pub db: Option<String>,
    /// The server commands go through by default; `auth login --server` records it.
    #[serde(default, skip_serializing_if = "Option::is_none", deserialize_with = "server_value")]
    pub server: Option<String>,
    /// The private CA that server's certificate is checked against.
    #[serde(default, skip_serializing_if = "Option::is_none", deserialize_with = "path_value")]
    pub ca_file: Option<PathBuf>,
    /// The default `--format`.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "format_value")]
    pub format: Option<Format>,
    /// The default of `--utc`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub utc: Option<bool>,
}

fn non_empty<'de, D: serde::Deserializer<'de>>(d: D, what: &str) -> Result<String, D::Error> {
    let text = <String as serde::Deserialize>::deserialize(d)?;
    if text.trim().is_empty() {
        return Err(serde::de::Error::custom(format!("{what} must not be empty")));
    }
    Ok(text)
}

/// `db`: checked as `--db` is, so a bad one is refused at its line.
fn database_value<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    let text = non_empty(d, "db")?;
    Location::parse(std::ffi::OsStr::new(&text)).map_err(|e| serde::de::Error::custom(e.message()))?;
    Ok(Some(text))
}

/// `server`: an address `--server` would take.
fn server_value<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    let text = non_empty(d, "server")?;
    ServerUrl::parse(&text).map_err(|e| serde::de::Error::custom(e.message()))?;
    Ok(Some(text))
}

fn path_value<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<PathBuf>, D::Error> {
    Ok(Some(PathBuf::from(non_empty(d, "ca_file")?)))
}

/// `format`: one of `--format`'s values, by the same names.
mod format_value {
    use clap::ValueEnum;

    use super::Format;

    pub fn serialize<S: serde::Serializer>(format: &Option<Format>, s: S) -> Result<S::Ok, S::Error> {
        let name = format.and_then(|f| f.to_possible_value()).map(|v| v.get_name().to_owned());
        s.serialize_str(name.as_deref().unwrap_or_default())
    }

    pub fn deserialize<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<Format>, D::Error> {
        let text = <String as serde::Deserialize>::deserialize(d)?;
        Format::from_str(&text, false).map(Some).map_err(|_| {
            let names: Vec<String> = Format::value_variants()
                .iter()
                .filter_map(|f| f.to_possible_value().map(|v| v.get_name().to_owned()))
                .collect();
            serde::de::Error::custom(format!(
                "format {:?} is not one of {}",
                stint::text::escape_for_terminal(&text),
                names.join(", ")
            ))
        })
    }
}

/// The line (1-based) that byte `offset` of `text` is on.
fn line_of(text: &[u8], offset: usize) -> usize {
    text[..offset.min(text.len())].iter().filter(|&&b| b == b'\n').count() + 1
}

/// The line a key is set on, for refusals that concern the whole file.
fn line_of_key(text: &str, key: &str) -> usize {
    text.lines()
        .position(|line| {
            line.trim_start().strip_prefix(key).is_some_and(|rest| rest.trim_start().starts_with('='))
        })
        .map_or(1, |index| index + 1)
}

/// The key a `key = value` line sets, if it is one.
fn key_of(line: &str) -> Option<&str> {
    let (key, _) = line.split_once('=')?;
    let key = key.trim();
    (!key.is_empty() && key.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')).then_some(key)
}

/// `fresh` (one `key = value` line per key set) laid over the `old` file: a key's line is
/// replaced where it stands, a key no longer set loses its line, new keys go at the end, and
/// every comment and blank line stays. A multi-line value cannot be replaced line by line, so
/// such a file is written afresh.
fn merge_config_lines(old: &str, fresh: &str) -> String {
    if old.contains("\"\"\"") || old.contains("'''") {
        return fresh.to_owned();
    }
    let mut unplaced: Vec<(&str, &str)> = fresh.lines().filter_map(|l| Some((key_of(l)?, l))).collect();
    let mut merged = String::with_capacity(old.len() + fresh.len());
    for line in old.lines() {
        let replaced = match line.split('#').next().and_then(key_of) {
            Some(key) => match unplaced.iter().position(|(k, _)| *k == key) {
                Some(at) => Some(unplaced.remove(at).1),
                None => continue,
            },
            None => Some(line),
        };
        if let Some(line) = replaced {
            merged.push_str(line);
            merged.push('\n');
        }
    }
    for (_, line) in unplaced {
        merged.push_str(line);
        merged.push('\n');
    }
    merged
}

/// Reads `config.toml`'s text; every refusal names the file and the line, and is invalid input
/// (exit 2): the file is the user's own, like a flag.
pub fn parse_config(path: &Path, bytes: &[u8]) -> anyhow::Result<ClientConfig> {
    let refuse = |line: usize, why: &str| {
        Error::invalid(format!("{}: line {line}: {}", shown(path), stint::text::escape_for_terminal(why)))
    };
    let text =
        std::str::from_utf8(bytes).map_err(|e| refuse(line_of(bytes, e.valid_up_to()), "not UTF-8 text"))?;
    let config: ClientConfig = toml::from_str(text).map_err(|e| {
        let line = e.span().map_or(1, |span| line_of(bytes, span.start));
        // One line: toml's message may carry a note on the lines below.
        let message = e.message().lines().next().unwrap_or("not valid TOML").to_owned();
        refuse(line, &message)
    })?;
    if config.db.is_some() && config.server.is_some() {
        let line = line_of_key(text, "db").max(line_of_key(text, "server"));
        return Err(refuse(line, "set db or server, not both").into());
    }
    Ok(config)
}

/// The config directory and what lives in it.
pub struct ClientState {
    dir: PathBuf,
}

fn shown(path: &Path) -> String {
    stint::text::escape_for_terminal(&path.display().to_string())
}

impl ClientState {
    pub fn new(dir: PathBuf) -> Self {
        Self { dir }
    }

    /// Creates the directory (0700) if missing and checks it if present.
    fn ensure_dir(&self, dir: &Path) -> anyhow::Result<()> {
        match fs::symlink_metadata(dir) {
            Ok(meta) => check_private(dir, &meta, true),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                fs::DirBuilder::new()
                    .recursive(true)
                    .mode(0o700)
                    .create(dir)
                    .map_err(|e| Error::internal(format!("cannot create {}: {e}", shown(dir))))?;
                fs::set_permissions(dir, fs::Permissions::from_mode(0o700))?;
                Ok(())
            }
            Err(e) => Err(Error::internal(format!("cannot read {}: {e}", shown(dir))).into()),
        }
    }

    /// Checks a directory if it exists; reading needs the same safety as writing.
    fn check_existing_dir(&self, dir: &Path) -> anyhow::Result<()> {
        match fs::symlink_metadata(dir) {
            Ok(meta) => check_private(dir, &meta, true),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
            Err(e) => Err(Error::internal(format!("cannot read {}: {e}", shown(dir))).into()),
        }
    }

    /// This client's id, created on first use.
    pub fn client_id(&self) -> anyhow::Result<ClientId> {
        self.ensure_dir(&self.dir)?;
        let path = self.dir.join("client_id");
        match read_private(&path)? {
            Some(bytes) => {
                Ok(std::str::from_utf8(&bytes).ok().and_then(|t| t.trim().parse().ok()).ok_or_else(|| {
                    Error::unusable(format!(
                        "{} is damaged; delete it to make this a new client",
                        shown(&path)
                    ))
                })?)
            }
            None => {
                let id = ClientId::random();
                write_private(&path, &format!("{id}\n"))?;
                Ok(id)
            }
        }
    }

    /// Where the token for `database` is kept: one file per location and organisation, so a
    /// client can hold logins to several organisations and servers at once. An empty
    /// organisation is the file of a login from before organisations (keyed by location only).
    fn token_path(&self, database: &Location, org: &str) -> PathBuf {
        let mut key = database.key();
        if !org.is_empty() {
            key.push('\0');
            key.push_str(org);
        }
        self.dir.join("tokens").join(format!("{}.token", digest(&key)))
    }

    /// The file naming the organisation this client last logged in to at `database`: the one
    /// whose token commands present.
    fn current_org_path(&self, database: &Location) -> PathBuf {
        self.dir.join("tokens").join(format!("{}.org", digest(&database.key())))
    }

    /// The organisation commands at `database` act in (the last login's); empty when none is
    /// recorded.
    pub fn current_org(&self, database: &Location) -> anyhow::Result<String> {
        let bytes = read_private(&self.current_org_path(database))?.unwrap_or_default();
        Ok(String::from_utf8_lossy(&bytes).trim().to_owned())
    }

    /// The credential to present: `STINT_TOKEN` if set, else this client's token file.
    pub fn credential(&self, database: &Location, env_token: Option<&str>) -> anyhow::Result<Credential> {
        self.check_existing_dir(&self.dir)?;
        if let Some(text) = env_token {
            // This client's id if it has one, so a device token stays bound to its client.
            let client_id = match read_private(&self.dir.join("client_id"))? {
                Some(id) => std::str::from_utf8(&id).ok().and_then(|id| id.trim().parse().ok()),
                None => None,
            };
            return Ok(Credential { token: Token::parse(text)?, client_id });
        }
        let tokens = self.dir.join("tokens");
        self.check_existing_dir(&tokens)?;
        let path = self.token_path(database, &self.current_org(database)?);
        let bytes = read_private(&path)?.ok_or_else(|| {
            Error::unauthenticated("not logged in to this database; log in with `stint auth login`")
        })?;
        // Text that is not UTF-8 is no token at all: not authenticated, like any malformed one.
        let token = Token::parse(&String::from_utf8_lossy(&bytes))?;
        Ok(Credential { token, client_id: Some(self.client_id()?) })
    }

    /// Where `config.toml` is.
    pub fn config_path(&self) -> PathBuf {
        self.dir.join(CONFIG_FILE)
    }

    /// This client's defaults (`config.toml`); none when the file does not exist.
    pub fn config(&self) -> anyhow::Result<ClientConfig> {
        self.check_existing_dir(&self.dir)?;
        let path = self.config_path();
        let Some(bytes) = read_private_up_to(&path, MAX_CONFIG_FILE_BYTES + 1)? else {
            return Ok(ClientConfig::default());
        };
        if bytes.len() as u64 > MAX_CONFIG_FILE_BYTES {
            return Err(
                Error::invalid(format!("{}: larger than 64 KiB; stint refuses it", shown(&path))).into()
            );
        }
        parse_config(&path, &bytes)
    }

    /// Replaces `config.toml` (0600, atomically) with `config`, keeping the comments, blank
    /// lines and key order of the file it replaces: the file is the user's own.
    pub fn save_config(&self, config: &ClientConfig) -> anyhow::Result<()> {
        self.ensure_dir(&self.dir)?;
        let path = self.config_path();
        let fresh = toml::to_string(config)
            .map_err(|e| Error::internal(format!("cannot write the client config: {e}")))?;
        let old = read_private_up_to(&path, MAX_CONFIG_FILE_BYTES)?.unwrap_or_default();
        let text = merge_config_lines(&String::from_utf8_lossy(&old), &fresh);
        write_private(&path, &text)
    }

    /// Stores a session token for `database` and organisation `org` (0600, replaced
    /// atomically), and makes that organisation the one commands there act in.
    pub fn save_token(&self, database: &Location, org: &str, token: &Token) -> anyhow::Result<()> {
        self.ensure_dir(&self.dir)?;
        let path = self.token_path(database, org);
        if let Some(parent) = path.parent() {
            self.ensure_dir(parent)?;
        }
        write_private(&path, &format!("{}\n", token.expose()))?;
        write_private(&self.current_org_path(database), &format!("{org}\n"))
    }

    /// Forgets the token commands at `database` present (the current organisation's); missing
    /// files are fine. Logins to its other organisations stay.
    pub fn forget_token(&self, database: &Location) -> anyhow::Result<()> {
        let org = self.current_org(database)?;
        for path in [self.token_path(database, &org), self.current_org_path(database)] {
            match fs::remove_file(path) {
                Err(e) if e.kind() != std::io::ErrorKind::NotFound => return Err(e.into()),
                _ => {}
            }
        }
        Ok(())
    }
}

/// The first 128 bits of a key's SHA-256, in hex: a file name that says nothing of the key.
fn digest(key: &str) -> String {
    Sha256::digest(key.as_bytes()).iter().take(16).map(|b| format!("{b:02x}")).collect()
}

/// Refuses symlinks, other owners and group/other access.
fn check_private(path: &Path, meta: &fs::Metadata, is_dir: bool) -> anyhow::Result<()> {
    let p = shown(path);
    if meta.file_type().is_symlink() {
        return Err(
            Error::unusable(format!("{p} is a symlink; stint refuses to follow it for secrets")).into()
        );
    }
    // A FIFO or a device where a file should be would block or never end a read.
    if (is_dir && !meta.is_dir()) || (!is_dir && !meta.is_file()) {
        let expected = if is_dir { "a directory" } else { "a regular file" };
        return Err(Error::unusable(format!("{p} is not {expected}; stint refuses it")).into());
    }
    if meta.uid() != rustix::process::getuid().as_raw() {
        return Err(Error::unusable(format!("{p} belongs to another user; stint refuses it")).into());
    }
    let mode = meta.mode() & 0o777;
    if mode & 0o077 != 0 {
        let fix = if is_dir { "chmod 700" } else { "chmod 600" };
        return Err(Error::unusable(format!(
            "{p} is accessible to other users (mode {mode:o}); run `{fix} {p}` or delete it"
        ))
        .into());
    }
    Ok(())
}

/// Client files are tiny; reading stops here, so a huge file costs nothing (it is malformed).
const MAX_PRIVATE_FILE: u64 = 64 * 1024;

/// Opening never blocks (a FIFO swapped in after the check) and never follows a symlink.
fn no_block_no_follow() -> i32 {
    use rustix::fs::OFlags;
    (OFlags::NONBLOCK | OFlags::NOFOLLOW).bits() as i32
}

/// Reads a private file; `None` when it does not exist. It is opened without following a link
/// and without blocking, then checked as opened, so a FIFO or device cannot hang the read and
/// a file replaced meanwhile (`auth login` renames a new token into place) is simply the new one.
fn read_private(path: &Path) -> anyhow::Result<Option<Vec<u8>>> {
    read_private_up_to(path, MAX_PRIVATE_FILE)
}

/// [`read_private`], reading at most `limit` bytes.
fn read_private_up_to(path: &Path, limit: u64) -> anyhow::Result<Option<Vec<u8>>> {
    use std::io::Read;
    let cannot = |e: std::io::Error| Error::internal(format!("cannot read {}: {e}", shown(path)));
    let file = match fs::OpenOptions::new().read(true).custom_flags(no_block_no_follow()).open(path) {
        Ok(file) => file,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) if e.raw_os_error() == Some(rustix::io::Errno::LOOP.raw_os_error()) => {
            // O_NOFOLLOW met a symlink: check_private words that refusal.
            let link = fs::symlink_metadata(path).map_err(cannot)?;
            check_private(path, &link, false)?;
            return Err(cannot(e).into());
        }
        Err(e) => return Err(cannot(e).into()),
    };
    check_private(path, &file.metadata().map_err(cannot)?, false)?;
    let mut bytes = Vec::new();
    file.take(limit).read_to_end(&mut bytes).map_err(cannot)?;
    Ok(Some(bytes))
}

/// Writes a private file atomically: a 0600 temporary file renamed over the target.
fn write_private(path: &Path, contents: &str) -> anyhow::Result<()> {
    let tmp = path.with_extension(format!("tmp{}", std::process::id()));
    let mut file = fs::OpenOptions::new()
        .write(true)
        .create(true)
        .truncate(true)
        .mode(0o600)
        .custom_flags(no_block_no_follow())
        .open(&tmp)
        .map_err(|e| Error::internal(format!("cannot write {}: {e}", shown(&tmp))))?;
    file.write_all(contents.as_bytes())?;
    file.sync_all()?;
    drop(file);
    fs::rename(&tmp, path).map_err(|e| Error::internal(format!("cannot write {}: {e}", shown(path))))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::merge_config_lines;

    #[test]
    fn rewriting_the_config_keeps_comments_and_order() {
        let old = "# where my desk is\ndb = \"/srv/desk.db\"  # the old one\n\n# always UTC\nutc = true\n";
        let fresh = "server = \"https://desk.example\"\nutc = true\n";
        assert_eq!(
            merge_config_lines(old, fresh),
            "# where my desk is\n\n# always UTC\nutc = true\nserver = \"https://desk.example\"\n"
        );
        let replaced = merge_config_lines(
            "server = \"https://a\" # ours\nformat = \"csv\"\n",
            "server = \"https://b\"\nformat = \"csv\"\n",
        );
        assert_eq!(replaced, "server = \"https://b\"\nformat = \"csv\"\n");
        // A multi-line value cannot be edited line by line: the file is written afresh.
        assert_eq!(merge_config_lines("db = \"\"\"\n/x\n\"\"\"\n", "utc = true\n"), "utc = true\n");
    }
}
