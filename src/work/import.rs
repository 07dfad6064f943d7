//! `session import`: every record checked against every rule, and all written or none.

use serde::{Deserialize, Serialize};

use super::tags::{put_tags, tag_set};
use super::{Rules, Source, Target, TargetSpec, WorkCommandStore, WorkSession, check_note, utc_offset};
use crate::actor::Actor;
use crate::audit::Change;
use crate::error::{Error, ErrorKind, Result};
use crate::id::{IdPrefix, UserId, WorkSessionId};
use crate::permission::{self, Capability};
use crate::settings::format_duration_units;
use crate::time::{Timestamp, Zone, format_duration};
use crate::user;

/// How `session import` treats the records it reads.
#[derive(Debug, Clone, Default)]
pub struct ImportOptions {
    /// Whose sessions records without a user column are (default: the actor).
    pub user: Option<String>,
    /// The target of records that name none.
    pub ticket: Option<i64>,
    pub case: Option<IdPrefix>,
    /// Allow sessions longer than `timer.max_length` and closed targets.
    pub force: bool,
}

/// What an import did (or, on a dry run, would do).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ImportSummary {
    pub sessions: u64,
    pub seconds: i64,
    pub users: u64,
    pub running: u64,
    /// `ticket:`/`case:` tags of foreign records left unread because targets were not read
    /// from tags (`--map-tag`); the summary says so, since nothing else keeps them.
    #[serde(default)]
    pub unread_target_tags: u64,
}

/// The most problems an import lists before giving up on the rest.
const MAX_IMPORT_PROBLEMS: usize = 5;

/// Errors that end an import as themselves instead of being listed as a record's problem: a
/// failing database (busy, full, unusable) and a permission the actor lacks.
fn ends_import(e: &Error) -> bool {
    use crate::ErrorKind::{Busy, Internal, PermissionDenied, Unusable};
    matches!(e.kind(), Busy | Internal | Unusable | PermissionDenied)
}

/// Why one record was refused: a clash with a stored session (an overlap, or an id already
/// taken) makes the whole refusal a conflict (exit 6); anything else is invalid input, unless
/// [`ends_import`] says the error ends the import as itself.
enum Refusal {
    Clash(Error),
    Other(Error),
}

impl From<Error> for Refusal {
    fn from(e: Error) -> Self {
        Refusal::Other(e)
    }
}

/// Imports work sessions: every record is checked against every rule (target, permissions,
/// overlaps with stored sessions and with earlier records), and all are written or none. The
/// caller drives the parser: `records` is called once with a sink for each parsed record.
pub fn import(
    tx: &dyn WorkCommandStore,
    actor: &Actor,
    zone: &dyn Zone,
    options: &ImportOptions,
    records: impl FnOnce(&mut dyn FnMut(crate::import_formats::ImportRecord) -> Result<()>) -> Result<()>,
    now: Timestamp,
) -> Result<ImportSummary> {
    use std::collections::{HashMap, HashSet};

    permission::require(actor.role, Capability::TrackOwnTime)?;
    let rules = Rules { tx, actor, zone, now };
    let default_target = TargetSpec { ticket: options.ticket, case: options.case.clone() };
    let default_user = options.user.clone().unwrap_or_else(|| actor.username.clone());
    let max_length = rules.max_length()?;
    let mut users: HashMap<String, UserId> = HashMap::new();
    let mut targets: HashMap<(Option<i64>, Option<String>), Target> = HashMap::new();
    let mut seen_users = HashSet::new();
    let mut summary = ImportSummary::default();
    // Each problem, and whether the record clashed with a stored session (see [`Refusal`]).
    let mut problems: Vec<(bool, String)> = Vec::new();

    let mut import_one = |record: crate::import_formats::ImportRecord| -> std::result::Result<(), Refusal> {
        // In a record `me` names no one (in `--user` it means the importer): taken for the
        // importer, it would file another user's exported sessions as theirs.
        if record.user.as_deref().is_some_and(user::is_reserved) {
            return Err(Refusal::Other(Error::invalid(
                "user \"me\" is reserved (in commands it means yourself); give that user's id, or leave user empty to import as yourself",
            )));
        }
        let name = record.user.clone().unwrap_or_else(|| default_user.clone());
        let user_id = match users.get(&name) {
            Some(id) => *id,
            None => {
                let found = user::find(tx, actor, &name)?;
                if found.user_id != actor.user_id {
                    permission::require(actor.role, Capability::CorrectAllTime)?;
                    // Queue with that user's own commands, as a correction does.
                    tx.lock_user_for_write(actor.org_id, found.user_id)?;
                }
                users.insert(name.clone(), found.user_id);
                found.user_id
            }
        };
        let spec = if record.ticket.is_none() && record.case_id.is_none() {
            default_target.clone()
        } else {
            let case = record.case_id.as_deref().map(str::parse::<IdPrefix>).transpose()?;
            TargetSpec { ticket: record.ticket, case }
        };
        let key = (spec.ticket, spec.case.as_ref().map(|c| c.to_string()));
        let target = match targets.get(&key) {
            Some(target) => target.clone(),
            None => {
                let target = rules.resolve_target(&spec, options.force)?;
                targets.insert(key, target.clone());
                target
            }
        };
        check_note(&record.note)?;
        let tags = tag_set(&record.tags)?;
        match record.end {
            Some(end) if end < record.start => {
                return Err(Error::invalid("the end is before the start").into());
            }
            Some(end) if end > now => return Err(Error::invalid("the session ends in the future").into()),
            Some(end) if end.since(record.start) > max_length && !options.force => {
                return Err(Error::invalid(format!(
                    "the session lasts {}, longer than timer.max_length ({}); use --force if that is right",
                    format_duration(end.since(record.start)),
                    format_duration_units(max_length)
                ))
                .into());
            }
            None if record.start > now => {
                return Err(Error::invalid("the running session starts in the future").into());
            }
            _ => {}
        }
        rules.check_free(user_id, record.start, record.end, None).map_err(Refusal::Clash)?;
        let id = match &record.work_session_id {
            Some(text) => {
                let id: WorkSessionId = text.parse()?;
                if tx.work_session_by_id(actor.org_id, id)?.is_some() {
                    return Err(Refusal::Clash(Error::conflict(format!("work session {id} already exists"))));
                }
                id
            }
            None => WorkSessionId::random(),
        };
        let source = match record.source.as_deref() {
            Some(text) => text.parse()?,
            None => Source::Import,
        };
        let session = WorkSession {
            work_session_id: id,
            org_id: actor.org_id,
            user_id,
            ticket: target.ticket,
            case_id: target.case_id,
            start: record.start,
            end: record.end,
            duration: record.end.map(|end| end.since(record.start)),
            utc_offset: record.utc_offset.unwrap_or_else(|| utc_offset(zone, record.start)),
            note: record.note,
            source,
            created_at: record.created_at.unwrap_or(now),
            updated_at: record.updated_at.unwrap_or(now),
        };
        // The database refuses a clash the checks above could not see (a racing writer).
        rules.save(&session, true).map_err(|e| match e.kind() {
            ErrorKind::Conflict => Refusal::Clash(e),
            _ => Refusal::Other(e),
        })?;
        put_tags(tx, actor.org_id, session.work_session_id, &[], &tags)?;
        summary.unread_target_tags += record.unread_target_tags;
        summary.sessions += 1;
        summary.seconds += session.duration.unwrap_or(0);
        summary.running += u64::from(session.end.is_none());
        if seen_users.insert(user_id) {
            summary.users += 1;
        }
        Ok(())
    };
    let mut sink = |record: crate::import_formats::ImportRecord| -> Result<()> {
        let position = record.position;
        if let Err(refusal) = import_one(record) {
            let (clash, e) = match refusal {
                Refusal::Clash(e) => (true, e),
                Refusal::Other(e) => (false, e),
            };
            // Problems that the data causes are collected; a failing database ends the import.
            if ends_import(&e) {
                return Err(e);
            }
            problems.push((clash, format!("{position}: {}", e.message())));
            if problems.len() >= MAX_IMPORT_PROBLEMS {
                return Err(Error::invalid("too many problems"));
            }
        }
        Ok(())
    };
    let parsed = records(&mut sink);
    if let Err(e) = &parsed
        && ends_import(e)
    {
        return Err(e.clone());
    }
    if let Err(e) = &parsed
        && problems.len() < MAX_IMPORT_PROBLEMS
    {
        // The input itself is malformed at this point.
        problems.push((false, e.message().to_owned()));
    }
    if !problems.is_empty() {
        let conflict = problems.iter().any(|(clash, _)| *clash);
        let listed: Vec<&str> = problems.iter().map(|(_, text)| text.as_str()).collect();
        let message = format!(
            "import refused, nothing was written: {}{}",
            listed.join("; "),
            if problems.len() >= MAX_IMPORT_PROBLEMS { "; ..." } else { "" }
        );
        return Err(if conflict { Error::conflict(message) } else { Error::invalid(message) });
    }
    #[derive(Serialize)]
    struct Imported<'a> {
        #[serde(flatten)]
        summary: &'a ImportSummary,
    }
    rules
        .record(Change::new("session.import", "work_session", "*").after(&Imported { summary: &summary }))?;
    Ok(summary)
}
