//! Work-session records: listing (show, list, for_each) and corrections (edit, delete).

use super::tags::{check_tag, edit_tags, put_tags};
use super::{
    Edited, Rules, RunningEdit, Scope, WorkCommandStore, WorkFilter, WorkInterval, WorkSession,
    WorkSessionEdit, WorkSessionFilter, WorkSessionRef, WorkSessionView, check_note, find_session, local,
    lock_owner, utc_offset, view_of,
};
use crate::actor::Actor;
use crate::audit::{self, Change};
use crate::case;
use crate::error::{Error, Result};
use crate::permission::{self, Capability};
use crate::text;
use crate::ticket;
use crate::time::{Timestamp, Zone};
use crate::user;

/// Turns `session list` filters into a storage filter, checking the actor may see them.
fn resolve_filter(
    tx: &dyn WorkCommandStore,
    actor: &Actor,
    filter: &WorkSessionFilter,
) -> Result<WorkFilter> {
    permission::require(actor.role, Capability::ViewOwnTime)?;
    let user = match &filter.scope {
        Scope::Own => Some(actor.user_id),
        Scope::User(name) => {
            let user = user::find(tx, actor, name)?;
            if user.user_id != actor.user_id {
                permission::require(actor.role, Capability::ViewAllTime)?;
            }
            Some(user.user_id)
        }
        Scope::All => {
            permission::require(actor.role, Capability::ViewAllTime)?;
            None
        }
    };
    if let (Some(from), Some(to)) = (filter.from, filter.to)
        && from >= to
    {
        return Err(Error::invalid(format!("the range is empty: --from {from} is not before --to {to}")));
    }
    let ticket_id = match filter.ticket {
        Some(number) => Some(ticket::find(tx, actor.org_id, number)?.ticket.ticket_id),
        None => None,
    };
    let case_id = match &filter.case {
        Some(prefix) => {
            let any = permission::allows(actor.role, Capability::ManageAllCases)
                || permission::allows(actor.role, Capability::ViewAllTime);
            let owner = if any { None } else { Some(actor.user_id) };
            Some(case::id_by_prefix(tx, actor.org_id, prefix, owner)?)
        }
        None => None,
    };
    let tag_id = match &filter.tag {
        Some(name) => {
            check_tag(name)?;
            let id = tx.tag_id_by_name(actor.org_id, name)?;
            Some(id.ok_or_else(|| {
                Error::not_found(format!(
                    "no work session has ever been tagged {:?}",
                    text::escape_for_terminal(name)
                ))
            })?)
        }
        None => None,
    };
    Ok(WorkFilter {
        org_id: actor.org_id,
        user,
        ticket_id,
        case_id,
        tag_id,
        from: filter.from,
        to: filter.to,
        running_only: filter.running,
        latest: filter.latest,
        any_order: false,
        with_titles: false,
    })
}

/// Calls `each` for every session the filter selects, ordered by start, without holding them
/// all in memory.
pub fn for_each(
    tx: &dyn WorkCommandStore,
    actor: &Actor,
    filter: &WorkSessionFilter,
    each: &mut dyn FnMut(WorkSessionView) -> Result<()>,
) -> Result<()> {
    let query = resolve_filter(tx, actor, filter)?;
    tx.for_each_work_session(&query, each)
}

/// What a report sums of every session the filter selects, in no particular order (see
/// [`WorkStore::for_each_work_interval`]); tags are read only `with_tags`.
pub fn for_each_interval(
    tx: &dyn WorkCommandStore,
    actor: &Actor,
    filter: &WorkSessionFilter,
    with_tags: bool,
    each: &mut dyn FnMut(&WorkInterval) -> Result<()>,
) -> Result<()> {
    let query = WorkFilter { any_order: true, ..resolve_filter(tx, actor, filter)? };
    tx.for_each_work_interval(&query, with_tags, each)
}

/// Like [`for_each`], each view also carrying its ticket's and case's titles.
pub fn for_each_with_titles(
    tx: &dyn WorkCommandStore,
    actor: &Actor,
    filter: &WorkSessionFilter,
    each: &mut dyn FnMut(WorkSessionView) -> Result<()>,
) -> Result<()> {
    let query = WorkFilter { with_titles: true, ..resolve_filter(tx, actor, filter)? };
    tx.for_each_work_session(&query, each)
}

/// How many sessions the filter selects (`latest` aside), without reading them.
pub fn count(tx: &dyn WorkCommandStore, actor: &Actor, filter: &WorkSessionFilter) -> Result<u64> {
    let query = resolve_filter(tx, actor, filter)?;
    tx.count_work_sessions(&query)
}

/// Like [`for_each`], in no particular order: for totals, where the cheapest scan wins.
pub fn for_each_in_any_order(
    tx: &dyn WorkCommandStore,
    actor: &Actor,
    filter: &WorkSessionFilter,
    each: &mut dyn FnMut(WorkSessionView) -> Result<()>,
) -> Result<()> {
    let query = WorkFilter { any_order: true, ..resolve_filter(tx, actor, filter)? };
    tx.for_each_work_session(&query, each)
}

/// The sessions the filter selects, ordered by start.
pub fn list(
    tx: &dyn WorkCommandStore,
    actor: &Actor,
    filter: &WorkSessionFilter,
) -> Result<Vec<WorkSessionView>> {
    let mut sessions = Vec::new();
    for_each(tx, actor, filter, &mut |view| {
        sessions.push(view);
        Ok(())
    })?;
    Ok(sessions)
}

/// The most sessions [`recent`] returns.
pub const MAX_RECENT: u32 = 100;

/// The sessions a shell completion offers, bounded whatever the history's size: with `prefix`,
/// those whose id starts with it (at most 11, as an id lookup finds); otherwise the latest
/// `limit` (at most [`MAX_RECENT`]) by start. One's own, or those of `user` (anyone's, with a
/// prefix and no user) for those who may view all time.
pub fn recent(
    tx: &dyn WorkCommandStore,
    actor: &Actor,
    user: Option<&str>,
    prefix: Option<&crate::id::IdPrefix>,
    limit: u32,
) -> Result<Vec<WorkSessionView>> {
    permission::require(actor.role, Capability::ViewOwnTime)?;
    let named = match user {
        Some(name) => Some(user::find(tx, actor, name)?.user_id),
        None => None,
    };
    if named.is_some_and(|id| id != actor.user_id) {
        permission::require(actor.role, Capability::ViewAllTime)?;
    }
    let sessions = match prefix {
        Some(prefix) => {
            let scope = match named {
                Some(id) => Some(id),
                None if permission::allows(actor.role, Capability::ViewAllTime) => None,
                None => Some(actor.user_id),
            };
            let mut found = Vec::new();
            for id in tx.work_sessions_by_prefix(actor.org_id, scope, prefix)? {
                found.extend(tx.work_session_by_id(actor.org_id, id)?);
            }
            found
        }
        None => {
            tx.latest_work_sessions(actor.org_id, named.unwrap_or(actor.user_id), limit.min(MAX_RECENT))?
        }
    };
    sessions.iter().map(|session| view_of(tx, actor, session)).collect()
}

/// One session by id prefix: one's own, or anyone's for those who may view all time.
pub fn show(tx: &dyn WorkCommandStore, actor: &Actor, reference: &WorkSessionRef) -> Result<WorkSessionView> {
    let session = find_session(tx, actor, reference, Capability::ViewOwnTime, Capability::ViewAllTime)?;
    view_of(tx, actor, &session)
}

/// Corrects a session: its times, target or note. Anyone's with `CorrectAllTime`, otherwise
/// one's own. Changed times must make a completed session in the past, at most
/// `timer.max_length` long unless forced, overlapping none of the owner's other sessions; the
/// duration is recomputed. A running session keeps running: only its owner stops it.
pub fn edit(
    tx: &dyn WorkCommandStore,
    actor: &Actor,
    zone: &dyn Zone,
    reference: &WorkSessionRef,
    edit: &WorkSessionEdit,
    now: Timestamp,
) -> Result<Edited> {
    if edit.is_empty() {
        return Err(Error::invalid(
            "nothing to change: give --from, --to, --ticket, --case, --note, --tag or --untag",
        ));
    }
    let rules = Rules { tx, actor, zone, now };
    let found = find_session(tx, actor, reference, Capability::TrackOwnTime, Capability::CorrectAllTime)?;
    let before = lock_owner(tx, actor, found)?;
    apply_edit(&rules, before, edit)
}

/// `timer edit`: changes the note or the start of the actor's running timer, under the same
/// rules as `session edit` (a start never in the future, never inside another session).
pub fn edit_running(
    tx: &dyn WorkCommandStore,
    actor: &Actor,
    zone: &dyn Zone,
    edit: &RunningEdit,
    now: Timestamp,
) -> Result<Edited> {
    if edit.note.is_none() && edit.start.is_none() {
        return Err(Error::invalid("nothing to change: give --note TEXT or --start TIME"));
    }
    permission::require(actor.role, Capability::TrackOwnTime)?;
    let rules = Rules { tx, actor, zone, now };
    let running = rules.running_or_conflict()?;
    let change = WorkSessionEdit { from: edit.start, note: edit.note.clone(), ..WorkSessionEdit::default() };
    apply_edit(&rules, running, &change)
}

/// Applies `edit` to `before` (already found, its owner locked), checks the result and saves
/// and audits it when anything changed.
fn apply_edit(rules: &Rules<'_>, before: WorkSession, edit: &WorkSessionEdit) -> Result<Edited> {
    let (zone, now) = (rules.zone, rules.now);
    let mut after = before.clone();
    if let Some(note) = &edit.note {
        check_note(note)?;
        after.note.clone_from(note);
    }
    match edit.ticket {
        Some(Some(number)) => after.ticket = Some(rules.resolve_ticket(number, edit.force)?),
        Some(None) => after.ticket = None,
        None => {}
    }
    match &edit.case {
        Some(Some(prefix)) => after.case_id = Some(rules.resolve_case(prefix, edit.force)?),
        Some(None) => after.case_id = None,
        None => {}
    }
    if after.ticket.is_none() && after.case_id.is_none() {
        return Err(Error::invalid("a work session needs a ticket or a case; keep one of them"));
    }
    if edit.from.is_some() || edit.to.is_some() {
        after.start = edit.from.unwrap_or(before.start);
        match (before.end, edit.to) {
            (None, Some(_)) => {
                return Err(Error::conflict(format!(
                    "work session {} is still running; its owner stops it with `stint timer stop --at TIME`",
                    before.work_session_id.short()
                )));
            }
            (None, None) if after.start > now => {
                return Err(Error::invalid(format!(
                    "the start ({}) is in the future",
                    local(after.start, zone)
                )));
            }
            (None, None) => {}
            (Some(old_end), to) => {
                let end = to.unwrap_or(old_end);
                rules.check_completed(after.start, end, edit.force)?;
                after.end = Some(end);
                after.duration = Some(end.since(after.start));
            }
        }
        rules.check_free(before.user_id, after.start, after.end, Some(before.work_session_id))?;
        if after.start != before.start {
            after.utc_offset = utc_offset(zone, after.start);
        }
    }
    let old = rules.view(&before)?;
    let tags = edit_tags(&old.tags, &edit.tag, &edit.untag)?;
    if after == before && tags == old.tags {
        return Ok(Edited { session: old, changed: false });
    }
    after.updated_at = now;
    rules.save(&after, false)?;
    put_tags(rules.tx, after.org_id, after.work_session_id, &old.tags, &tags)?;
    let new = rules.view(&after)?;
    rules.record(
        Change::new("work_session.edit", "work_session", after.work_session_id).before(&old).after(&new),
    )?;
    Ok(Edited { session: new, changed: true })
}

/// Deletes a session: one's own, or anyone's with `CorrectAllTime`; audited with its content.
pub fn delete(
    tx: &dyn WorkCommandStore,
    actor: &Actor,
    reference: &WorkSessionRef,
    now: Timestamp,
) -> Result<WorkSessionView> {
    let found = find_session(tx, actor, reference, Capability::TrackOwnTime, Capability::CorrectAllTime)?;
    let session = lock_owner(tx, actor, found)?;
    // Viewed first: the tags go with the session.
    let view = view_of(tx, actor, &session)?;
    tx.delete_work_session(actor.org_id, session.work_session_id)?;
    audit::record(
        tx,
        actor,
        now,
        Change::new("work_session.delete", "work_session", session.work_session_id).before(&view),
    )?;
    Ok(view)
}
