//! `session import`: every record checked against every rule, and all written or none.

use std::collections::{BTreeMap, HashMap, HashSet};

use serde::{Deserialize, Serialize};

use super::tags::{put_tags, tag_set};
use super::{Rules, Source, Target, TargetSpec, WorkCommandStore, WorkSession, check_note, utc_offset};
use crate::actor::Actor;
use crate::audit::Change;
use crate::error::{Error, ErrorKind, Result};
use crate::id::{IdPrefix, UserId, WorkSessionId};
use crate::import_formats::{ImportRecord, Position};
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

/// A record that passed every check of its own (user, target, note, tags, times) and waits in
/// the batch for the checks against other sessions. Problems the record-by-record order finds
/// only after the overlap check (a malformed id or source) wait with it, so an overlap is still
/// what such a record is refused for.
struct Pending {
    position: Position,
    session: WorkSession,
    tags: Vec<String>,
    /// The record named its id, which must not be taken.
    named_id: bool,
    id_error: Option<Error>,
    source_error: Option<Error>,
    unread_target_tags: u64,
}

impl Pending {
    /// Whether the session occupies time (an empty one overlaps nothing).
    fn occupies_time(&self) -> bool {
        self.session.end != Some(self.session.start)
    }
}

/// One import in progress: the caches of what records name, the batch waiting for its checks
/// against other sessions, and what has been found and written so far.
struct Importer<'a> {
    rules: Rules<'a>,
    options: &'a ImportOptions,
    default_target: TargetSpec,
    default_user: String,
    max_length: i64,
    batch_size: usize,
    users: HashMap<String, UserId>,
    targets: HashMap<(Option<i64>, Option<String>), Target>,
    seen_users: HashSet<UserId>,
    summary: ImportSummary,
    batch: Vec<Pending>,
    /// Each problem, and whether the record clashed with a stored session (see [`Refusal`]).
    problems: Vec<(bool, String)>,
}

/// Imports work sessions: every record is checked against every rule (target, permissions,
/// overlaps with stored sessions and with earlier records), and all are written or none. The
/// caller drives the parser: `records` is called once with a sink for each parsed record.
///
/// Records are checked and written in batches of the store's [`import_batch_size`](super::WorkImportStore::import_batch_size):
/// a record's own rules as it arrives, then the batch's overlaps and ids in one question to the
/// store, decided here against stored sessions and the batch's earlier records, then the
/// accepted records in one write. The outcome is the record-by-record one: a record is refused
/// for what stands in its way among stored sessions and the earlier records that were accepted,
/// and problems are listed in input order, at most [`MAX_IMPORT_PROBLEMS`].
pub fn import(
    tx: &dyn WorkCommandStore,
    actor: &Actor,
    zone: &dyn Zone,
    options: &ImportOptions,
    records: impl FnOnce(&mut dyn FnMut(ImportRecord) -> Result<()>) -> Result<()>,
    now: Timestamp,
) -> Result<ImportSummary> {
    permission::require(actor.role, Capability::TrackOwnTime)?;
    let rules = Rules { tx, actor, zone, now };
    let max_length = rules.max_length()?;
    let mut importer = Importer {
        rules,
        options,
        default_target: TargetSpec { ticket: options.ticket, case: options.case.clone() },
        default_user: options.user.clone().unwrap_or_else(|| actor.username.clone()),
        max_length,
        batch_size: tx.import_batch_size().max(1),
        users: HashMap::new(),
        targets: HashMap::new(),
        seen_users: HashSet::new(),
        summary: ImportSummary::default(),
        batch: Vec::new(),
        problems: Vec::new(),
    };
    let parsed = records(&mut |record| importer.take(record));
    if let Err(e) = &parsed
        && ends_import(e)
    {
        return Err(e.clone());
    }
    // The records read before the end of the input (or before malformed input) are checked.
    // Only reaching the most problems listed may stop that short; any other failure ends the
    // import as itself, so no batch is ever left unchecked or unwritten.
    if importer.problems.len() < MAX_IMPORT_PROBLEMS
        && let Err(e) = importer.flush()
        && importer.problems.len() < MAX_IMPORT_PROBLEMS
    {
        return Err(e);
    }
    if let Err(e) = &parsed
        && importer.problems.len() < MAX_IMPORT_PROBLEMS
    {
        // The input itself is malformed at this point.
        importer.problems.push((false, e.message().to_owned()));
    }
    let Importer { rules, problems, summary, .. } = importer;
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

/// What ends the parse once the most problems an import lists have been found.
fn too_many_problems() -> Error {
    Error::invalid("too many problems")
}

impl Importer<'_> {
    /// The parser's sink: checks one record's own rules and queues it, or lists its problem. A
    /// problem found here comes after those of the queued (earlier) records, so they are
    /// checked first and the list stays in input order.
    fn take(&mut self, record: ImportRecord) -> Result<()> {
        let position = record.position;
        match self.check_own(record) {
            Ok(pending) if self.batch_size <= 1 => {
                let outcome = self.write_one(pending);
                self.settle(position, outcome)
            }
            Ok(pending) => {
                self.batch.push(pending);
                if self.batch.len() >= self.batch_size { self.flush() } else { Ok(()) }
            }
            Err(refusal) => {
                self.flush()?;
                self.settle(position, Err(refusal))
            }
        }
    }

    /// Lists a refused record's problem: an error that [`ends_import`] returns as itself, and
    /// the most problems listed end the parse.
    fn settle(&mut self, position: Position, outcome: std::result::Result<(), Refusal>) -> Result<()> {
        let Err(refusal) = outcome else { return Ok(()) };
        let (clash, e) = match refusal {
            Refusal::Clash(e) => (true, e),
            Refusal::Other(e) => (false, e),
        };
        // Problems that the data causes are collected; a failing database ends the import.
        if ends_import(&e) {
            return Err(e);
        }
        self.problems.push((clash, format!("{position}: {}", e.message())));
        if self.problems.len() >= MAX_IMPORT_PROBLEMS {
            return Err(too_many_problems());
        }
        Ok(())
    }

    /// The rules a record obeys on its own, and the session it would become.
    fn check_own(&mut self, record: ImportRecord) -> std::result::Result<Pending, Refusal> {
        let (tx, actor) = (self.rules.tx, self.rules.actor);
        // In a record `me` names no one (in `--user` it means the importer): taken for the
        // importer, it would file another user's exported sessions as theirs.
        if record.user.as_deref().is_some_and(user::is_reserved) {
            return Err(Refusal::Other(Error::invalid(
                "user \"me\" is reserved (in commands it means yourself); give that user's id, or leave user empty to import as yourself",
            )));
        }
        let name = record.user.clone().unwrap_or_else(|| self.default_user.clone());
        let user_id = match self.users.get(&name) {
            Some(id) => *id,
            None => {
                let found = user::find(tx, actor, &name)?;
                if found.user_id != actor.user_id {
                    permission::require(actor.role, Capability::CorrectAllTime)?;
                    // Queue with that user's own commands, as a correction does.
                    tx.lock_user_for_write(actor.org_id, found.user_id)?;
                }
                self.users.insert(name.clone(), found.user_id);
                found.user_id
            }
        };
        let spec = if record.ticket.is_none() && record.case_id.is_none() {
            self.default_target.clone()
        } else {
            let case = record.case_id.as_deref().map(str::parse::<IdPrefix>).transpose()?;
            TargetSpec { ticket: record.ticket, case }
        };
        let key = (spec.ticket, spec.case.as_ref().map(|c| c.to_string()));
        let target = match self.targets.get(&key) {
            Some(target) => target.clone(),
            None => {
                let target = self.rules.resolve_target(&spec, self.options.force)?;
                self.targets.insert(key, target.clone());
                target
            }
        };
        check_note(&record.note)?;
        let tags = tag_set(&record.tags)?;
        let now = self.rules.now;
        match record.end {
            Some(end) if end < record.start => {
                return Err(Error::invalid("the end is before the start").into());
            }
            Some(end) if end > now => return Err(Error::invalid("the session ends in the future").into()),
            Some(end) if end.since(record.start) > self.max_length && !self.options.force => {
                return Err(Error::invalid(format!(
                    "the session lasts {}, longer than timer.max_length ({}); use --force if that is right",
                    format_duration(end.since(record.start)),
                    format_duration_units(self.max_length)
                ))
                .into());
            }
            None if record.start > now => {
                return Err(Error::invalid("the running session starts in the future").into());
            }
            _ => {}
        }
        let (id, id_error) = match record.work_session_id.as_deref().map(str::parse::<WorkSessionId>) {
            Some(Ok(id)) => (id, None),
            Some(Err(e)) => (WorkSessionId::random(), Some(e)),
            None => (WorkSessionId::random(), None),
        };
        let (source, source_error) = match record.source.as_deref().map(str::parse::<Source>) {
            Some(Ok(source)) => (source, None),
            Some(Err(e)) => (Source::Import, Some(e)),
            None => (Source::Import, None),
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
            utc_offset: record.utc_offset.unwrap_or_else(|| utc_offset(self.rules.zone, record.start)),
            note: record.note,
            source,
            created_at: record.created_at.unwrap_or(now),
            updated_at: record.updated_at.unwrap_or(now),
        };
        Ok(Pending {
            position: record.position,
            session,
            tags,
            named_id: record.work_session_id.is_some() && id_error.is_none(),
            id_error,
            source_error,
            unread_target_tags: record.unread_target_tags,
        })
    }

    /// Checks the batch against stored sessions and its own earlier records, in input order,
    /// and writes the accepted records at once. The batch is asked about in two questions
    /// (each record's overlap candidate among stored sessions, the named ids already taken);
    /// the rules are applied here.
    fn flush(&mut self) -> Result<()> {
        let batch = std::mem::take(&mut self.batch);
        if batch.is_empty() {
            return Ok(());
        }
        let (tx, org) = (self.rules.tx, self.rules.actor.org_id);
        let spans: Vec<(UserId, Option<Timestamp>)> =
            batch.iter().map(|p| (p.session.user_id, p.session.end)).collect();
        let stored = tx.work_overlap_candidates(&spans)?;
        if stored.len() != batch.len() {
            return Err(Error::internal("the store answered for a different number of sessions"));
        }
        let named: Vec<WorkSessionId> =
            batch.iter().filter(|p| p.named_id).map(|p| p.session.work_session_id).collect();
        let taken: HashSet<WorkSessionId> = if named.is_empty() {
            HashSet::new()
        } else {
            tx.existing_work_session_ids(org, &named)?.into_iter().collect()
        };
        let problems_before = self.problems.len();
        // The batch's accepted sessions that occupy time, per user by start, and their ids.
        let mut accepted_by_user: HashMap<UserId, BTreeMap<Timestamp, usize>> = HashMap::new();
        let mut accepted_ids: HashSet<WorkSessionId> = HashSet::new();
        let mut accepted: Vec<usize> = Vec::with_capacity(batch.len());
        for (index, (pending, stored)) in batch.iter().zip(&stored).enumerate() {
            let session = &pending.session;
            // Of the sessions before it, only the latest non-empty one starting before its end
            // can overlap it (one user's sessions never overlap), as `Rules::check_free` asks.
            let earlier = accepted_by_user.get(&session.user_id).and_then(|starts| {
                let before = match session.end {
                    Some(end) => starts.range(..end).next_back(),
                    None => starts.iter().next_back(),
                };
                before.map(|(_, &i)| &batch[i].session)
            });
            let candidate = match (stored.as_ref(), earlier) {
                (Some(a), Some(b)) => Some(if a.start > b.start { a } else { b }),
                (a, b) => a.or(b),
            };
            let outcome = match candidate {
                Some(other) if pending.occupies_time() && other.overlaps(session.start, session.end) => {
                    Err(Refusal::Clash(self.rules.overlap(session.start, session.end, other)))
                }
                _ => Self::check_after_overlap(pending, |id| {
                    Ok(taken.contains(&id) || accepted_ids.contains(&id))
                }),
            };
            match outcome {
                Ok(()) => {
                    if pending.occupies_time() {
                        accepted_by_user.entry(session.user_id).or_default().insert(session.start, index);
                    }
                    accepted_ids.insert(session.work_session_id);
                    accepted.push(index);
                }
                Err(refusal) => self.settle(pending.position, Err(refusal))?,
            }
        }
        let rows: Vec<(&WorkSession, &[String])> =
            accepted.iter().map(|&i| (&batch[i].session, batch[i].tags.as_slice())).collect();
        match tx.insert_work_sessions(org, &rows) {
            Ok(()) => {
                for &i in &accepted {
                    self.count(&batch[i]);
                }
                Ok(())
            }
            // The database refused what the checks above did not see (a writer racing the
            // import, a value only its constraints check). Nothing of the batch was written;
            // it is checked again record by record, against the sessions as they now stand,
            // so the record in the way is named as it would have been, and the batch's
            // problems are listed afresh.
            Err(e) if !ends_import(&e) => {
                self.problems.truncate(problems_before);
                for pending in batch {
                    let position = pending.position;
                    let outcome = self.write_one(pending);
                    self.settle(position, outcome)?;
                }
                Ok(())
            }
            Err(e) => Err(e),
        }
    }

    /// What the record-by-record order checks after the overlap: the id (well-formed, not
    /// taken), then the source.
    fn check_after_overlap(
        pending: &Pending,
        is_taken: impl FnOnce(WorkSessionId) -> Result<bool>,
    ) -> std::result::Result<(), Refusal> {
        if let Some(e) = &pending.id_error {
            return Err(Refusal::Other(e.clone()));
        }
        let id = pending.session.work_session_id;
        if pending.named_id && is_taken(id)? {
            return Err(Refusal::Clash(Error::conflict(format!("work session {id} already exists"))));
        }
        if let Some(e) = &pending.source_error {
            return Err(Refusal::Other(e.clone()));
        }
        Ok(())
    }

    /// Checks one record against the stored sessions (earlier records included) and writes it.
    fn write_one(&mut self, pending: Pending) -> std::result::Result<(), Refusal> {
        let (tx, org) = (self.rules.tx, self.rules.actor.org_id);
        let session = &pending.session;
        self.rules.check_free(session.user_id, session.start, session.end, None).map_err(Refusal::Clash)?;
        Self::check_after_overlap(&pending, |id| Ok(tx.work_session_by_id(org, id)?.is_some()))?;
        // The database refuses a clash the checks above could not see (a racing writer).
        self.rules.save(session, true).map_err(|e| match e.kind() {
            ErrorKind::Conflict => Refusal::Clash(e),
            _ => Refusal::Other(e),
        })?;
        put_tags(tx, org, session.work_session_id, &[], &pending.tags)?;
        self.count(&pending);
        Ok(())
    }

    /// Adds a written record to the summary.
    fn count(&mut self, pending: &Pending) {
        let session = &pending.session;
        self.summary.unread_target_tags += pending.unread_target_tags;
        self.summary.sessions += 1;
        self.summary.seconds += session.duration.unwrap_or(0);
        self.summary.running += u64::from(session.end.is_none());
        if self.seen_users.insert(session.user_id) {
            self.summary.users += 1;
        }
    }
}
