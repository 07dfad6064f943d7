//! The work-session rules: one running timer per user, no overlap of one user's sessions,
//! the max length, open targets and who may act on whose sessions, decided here above storage
//! for every command that writes a session.

use chrono::Timelike;

use super::tags::{put_tags, tag_set};
use super::{
    MAX_NOTE_CHARS, SessionSelector, Source, Start, Stopped, Target, TargetSpec, TicketRef, WorkCommandStore,
    WorkSession, WorkSessionRef, WorkSessionView,
};
use crate::actor::Actor;
use crate::audit::{self, Change};
use crate::case::{self, CaseStatus};
use crate::error::{Error, ErrorKind, Result};
use crate::id::{self, CaseId, IdPrefix, OrgId, UserId, WorkSessionId};
use crate::permission::{self, Capability};
use crate::settings::{self, format_duration_units};
use crate::text;
use crate::ticket::{self, TicketStatus};
use crate::time::{Timestamp, Zone, format_duration};
use crate::user::{self, StoppedTimer, UserTimers};

/// The view of a session, with its owner's username and its tags.
pub(super) fn view_of(
    tx: &dyn WorkCommandStore,
    actor: &Actor,
    session: &WorkSession,
) -> Result<WorkSessionView> {
    let tags = tx.work_session_tags(session.org_id, session.work_session_id)?;
    if session.user_id == actor.user_id {
        return Ok(WorkSessionView::of(session, &actor.username, tags));
    }
    let owner = tx
        .user_by_id(actor.org_id, session.user_id)?
        .ok_or_else(|| Error::internal(format!("work session {} has no owner", session.work_session_id)))?;
    Ok(WorkSessionView::of(session, &owner.username, tags))
}

/// Finds a named session the actor may act on: their own with `own`, anyone's with `all`.
/// Those who cannot see everyone's sessions look among their own only; relative references
/// (`last`, `@2`) count the actor's sessions, or those of the user named with `--user`.
pub(super) fn find_session(
    tx: &dyn WorkCommandStore,
    actor: &Actor,
    reference: &WorkSessionRef,
    own: Capability,
    all: Capability,
) -> Result<WorkSession> {
    let named_user = match &reference.user {
        Some(name) => {
            let user = user::find(tx, actor, name)?;
            if user.user_id != actor.user_id {
                permission::require(actor.role, all)?;
            }
            Some(user)
        }
        None => None,
    };
    let session = match &reference.id {
        SessionSelector::Id(prefix) => {
            let scope = match &named_user {
                Some(user) => Some(user.user_id),
                // Those who may see everyone's sessions find them, and are refused below if
                // they may not act on them; the others look among their own.
                None if permission::allows(actor.role, all)
                    || permission::allows(actor.role, Capability::ViewAllTime) =>
                {
                    None
                }
                None => Some(actor.user_id),
            };
            let what = if scope == Some(actor.user_id) { "work session of yours" } else { "work session" };
            let ids = tx.work_sessions_by_prefix(actor.org_id, scope, prefix)?;
            let id = id::resolve_prefix(what, prefix, ids)?;
            tx.work_session_by_id(actor.org_id, id)?
                .ok_or_else(|| Error::not_found(format!("no work session {id}")))?
        }
        SessionSelector::Latest(n) => {
            let (user_id, whose) = match &named_user {
                Some(user) if user.user_id != actor.user_id => {
                    (user.user_id, format!("{} has", user.username))
                }
                _ => (actor.user_id, "you have".to_owned()),
            };
            permission::require(actor.role, own)?;
            tx.nth_latest_work_session(actor.org_id, user_id, n.saturating_sub(1))?.ok_or_else(|| {
                let count = if *n == 1 {
                    "no work sessions".to_owned()
                } else {
                    format!("fewer than {n} work sessions")
                };
                Error::not_found(format!("no work session {}: {whose} {count}", reference.id))
            })?
        }
    };
    let needed = if session.user_id == actor.user_id { own } else { all };
    permission::require(actor.role, needed)?;
    Ok(session)
}

/// A correction of another user's session takes that user's lock too (the actor's own was
/// taken when the command authenticated), then reads the session again: it queues with the
/// owner's own commands instead of racing them.
pub(super) fn lock_owner(
    tx: &dyn WorkCommandStore,
    actor: &Actor,
    session: WorkSession,
) -> Result<WorkSession> {
    if session.user_id == actor.user_id {
        return Ok(session);
    }
    tx.lock_user_for_write(actor.org_id, session.user_id)?;
    tx.work_session_by_id(actor.org_id, session.work_session_id)?
        .ok_or_else(|| Error::not_found(format!("no work session {}", session.work_session_id)))
}

/// The work-session rules, bound to everything a command needs besides its own input: the
/// transaction, the actor, their zone for messages and the current instant.
pub(super) struct Rules<'a> {
    pub(super) tx: &'a dyn WorkCommandStore,
    pub(super) actor: &'a Actor,
    pub(super) zone: &'a dyn Zone,
    pub(super) now: Timestamp,
}

/// A local wall-clock time for messages: `2024-03-15 09:30`, with seconds when not zero.
pub(super) fn local(at: Timestamp, zone: &dyn Zone) -> String {
    let t = at.in_zone(zone);
    if t.second() == 0 { t.format("%Y-%m-%d %H:%M") } else { t.format("%Y-%m-%d %H:%M:%S") }.to_string()
}

pub(super) fn span(start: Timestamp, end: Option<Timestamp>, zone: &dyn Zone) -> String {
    match end {
        Some(end) => format!("{} to {}", local(start, zone), local(end, zone)),
        None => format!("running since {}", local(start, zone)),
    }
}

pub(super) fn utc_offset(zone: &dyn Zone, at: Timestamp) -> i32 {
    zone.offset_at(at).local_minus_utc()
}

pub(super) fn check_note(note: &str) -> Result<()> {
    text::validate("note", note, false, MAX_NOTE_CHARS)
}

impl Rules<'_> {
    pub(super) fn org(&self) -> OrgId {
        self.actor.org_id
    }

    pub(super) fn view(&self, session: &WorkSession) -> Result<WorkSessionView> {
        view_of(self.tx, self.actor, session)
    }

    pub(super) fn running(&self) -> Result<Option<WorkSession>> {
        self.tx.running_work_session(self.org(), self.actor.user_id)
    }

    pub(super) fn already_running(&self, running: &WorkSession) -> Error {
        Error::conflict(format!(
            "a timer is already running on {} since {} (session {}); stop it with `stint timer stop` or move on with `stint timer switch`",
            running.target(),
            local(running.start, self.zone),
            running.work_session_id.short()
        ))
    }

    pub(super) fn running_or_conflict(&self) -> Result<WorkSession> {
        self.running()?
            .ok_or_else(|| Error::conflict("no timer is running; start one with `stint timer start`"))
    }

    pub(super) fn max_length(&self) -> Result<i64> {
        Ok(settings::load(self.tx, self.org())?.timer_max_length)
    }

    pub(super) fn resolve_ticket(&self, number: i64, force: bool) -> Result<TicketRef> {
        let ticket = ticket::find(self.tx, self.org(), number)?.ticket;
        if ticket.status == TicketStatus::Closed && !force {
            return Err(Error::conflict(format!(
                "ticket #{number} is closed; reopen it, or use --force to record time on it anyway"
            )));
        }
        Ok(TicketRef { ticket_id: ticket.ticket_id, number: ticket.number })
    }

    /// Technicians track time on the cases they own; supervisors and admins on any case.
    pub(super) fn resolve_case(&self, prefix: &IdPrefix, force: bool) -> Result<CaseId> {
        let any = permission::allows(self.actor.role, Capability::ManageAllCases);
        let owner = if any { None } else { Some(self.actor.user_id) };
        let id = case::id_by_prefix(self.tx, self.org(), prefix, owner)?;
        let case = self
            .tx
            .case_by_id(self.org(), id)?
            .map(|row| row.case)
            .ok_or_else(|| Error::not_found(format!("no case of yours matches {prefix}")))?;
        if matches!(case.status, CaseStatus::Closed | CaseStatus::Archived) && !force {
            return Err(Error::conflict(format!(
                "case {} is {}; reopen it, or use --force to record time on it anyway",
                id.short(),
                case.status
            )));
        }
        Ok(id)
    }

    pub(super) fn resolve_target(&self, spec: &TargetSpec, force: bool) -> Result<Target> {
        if spec.ticket.is_none() && spec.case.is_none() {
            return Err(Error::invalid("name what the time is for: --ticket N, --case ID, or both"));
        }
        let ticket = spec.ticket.map(|n| self.resolve_ticket(n, force)).transpose()?;
        let case_id = spec.case.as_ref().map(|p| self.resolve_case(p, force)).transpose()?;
        Ok(Target { ticket, case_id })
    }

    /// Refuses `[start, end)` (`None`: running) when it overlaps another non-empty session of
    /// `user`, naming that session.
    pub(super) fn check_free(
        &self,
        user: UserId,
        start: Timestamp,
        end: Option<Timestamp>,
        exclude: Option<WorkSessionId>,
    ) -> Result<()> {
        if end == Some(start) {
            return Ok(());
        }
        match self.tx.work_overlap_candidate(user, end, exclude)? {
            Some(other) if other.overlaps(start, end) => Err(self.overlap(start, end, &other)),
            _ => Ok(()),
        }
    }

    /// The refusal of `[start, end)` because it overlaps `other`, naming that session.
    pub(super) fn overlap(&self, start: Timestamp, end: Option<Timestamp>, other: &WorkSession) -> Error {
        Error::conflict(format!(
            "{} would overlap work session {} on {} ({}); one person's sessions may touch but not overlap",
            span(start, end, self.zone),
            other.work_session_id.short(),
            other.target(),
            span(other.start, other.end, self.zone),
        ))
    }

    /// The rules for a completed session entered or corrected by hand.
    pub(super) fn check_completed(&self, start: Timestamp, end: Timestamp, force: bool) -> Result<()> {
        if end <= start {
            return Err(Error::invalid(format!(
                "the end ({}) must be after the start ({})",
                local(end, self.zone),
                local(start, self.zone)
            )));
        }
        if end > self.now {
            return Err(Error::invalid(format!(
                "the session would end in the future ({}); record only past work, or start a timer",
                local(end, self.zone)
            )));
        }
        let max = self.max_length()?;
        let length = end.since(start);
        if length > max && !force {
            return Err(Error::invalid(format!(
                "the session would last {}, longer than timer.max_length ({}); use --force if that is right",
                format_duration(length),
                format_duration_units(max)
            )));
        }
        Ok(())
    }

    /// Stores a new session (`new`) or the new state of one. The database refuses what breaks
    /// its constraints even when a concurrent writer got past the checks above (a direct
    /// database write, a correction racing the owner); the refusal is then explained the way
    /// those checks would have, naming the session in the way.
    pub(super) fn save(&self, session: &WorkSession, new: bool) -> Result<()> {
        let saved =
            if new { self.tx.insert_work_session(session) } else { self.tx.update_work_session(session) };
        match saved {
            Err(e) if e.kind() == ErrorKind::Conflict => Err(self.explain_refusal(session).unwrap_or(e)),
            other => other,
        }
    }

    pub(super) fn explain_refusal(&self, session: &WorkSession) -> Option<Error> {
        if session.end.is_none()
            && let Ok(Some(running)) = self.tx.running_work_session(session.org_id, session.user_id)
            && running.work_session_id != session.work_session_id
        {
            return Some(self.already_running(&running));
        }
        self.check_free(session.user_id, session.start, session.end, Some(session.work_session_id))
            .err()
            .filter(|e| e.kind() == ErrorKind::Conflict)
    }

    pub(super) fn record(&self, change: Change) -> Result<()> {
        audit::record(self.tx, self.actor, self.now, change)
    }

    /// Starts the actor's timer at `at`.
    pub(super) fn begin(&self, request: &Start, at: Timestamp, action: &'static str) -> Result<WorkSession> {
        permission::require(self.actor.role, Capability::TrackOwnTime)?;
        check_note(&request.note)?;
        let tags = tag_set(&request.tags)?;
        if at > self.now {
            return Err(Error::invalid(format!(
                "the start ({}) is in the future; a timer can only start now or earlier",
                local(at, self.zone)
            )));
        }
        if let Some(running) = self.running()? {
            return Err(self.already_running(&running));
        }
        let target = self.resolve_target(&request.target, request.force)?;
        self.check_free(self.actor.user_id, at, None, None)?;
        let session = WorkSession {
            work_session_id: WorkSessionId::random(),
            org_id: self.org(),
            user_id: self.actor.user_id,
            ticket: target.ticket,
            case_id: target.case_id,
            start: at,
            end: None,
            duration: None,
            utc_offset: utc_offset(self.zone, at),
            note: request.note.clone(),
            source: Source::Timer,
            created_at: self.now,
            updated_at: self.now,
        };
        self.save(&session, true)?;
        put_tags(self.tx, self.org(), session.work_session_id, &[], &tags)?;
        let view = self.view(&session)?;
        self.record(Change::new(action, "work_session", session.work_session_id).after(&view))?;
        Ok(session)
    }

    /// Stops the actor's running timer at `at`; one that would end in the second it started
    /// is discarded instead, since an empty session records nothing.
    pub(super) fn end(&self, note: Option<&str>, at: Timestamp) -> Result<Stopped> {
        permission::require(self.actor.role, Capability::TrackOwnTime)?;
        if let Some(note) = note {
            check_note(note)?;
        }
        let before = self.running_or_conflict()?;
        if at > self.now {
            return Err(Error::invalid(format!(
                "the stop time ({}) is in the future; a timer can only stop now or earlier",
                local(at, self.zone)
            )));
        }
        if at < before.start {
            return Err(Error::invalid(format!(
                "the stop time ({}) is before the timer's start ({})",
                local(at, self.zone),
                local(before.start, self.zone)
            )));
        }
        if at == before.start {
            return Ok(Stopped { session: self.discard(&before)?, discarded: true });
        }
        Ok(Stopped { session: self.view(&self.close(&before, note, at)?)?, discarded: false })
    }

    /// Deletes the actor's running timer without recording it, audited as `timer.cancel`.
    pub(super) fn discard(&self, running: &WorkSession) -> Result<WorkSessionView> {
        // Viewed first: the tags go with the session.
        let view = self.view(running)?;
        self.tx.delete_work_session(self.org(), running.work_session_id)?;
        self.record(Change::new("timer.cancel", "work_session", running.work_session_id).before(&view))?;
        Ok(view)
    }

    /// Ends a running session at `at` (not before its start), computing its duration, and
    /// audits it as `timer.stop` by the actor.
    pub(super) fn close(
        &self,
        before: &WorkSession,
        note: Option<&str>,
        at: Timestamp,
    ) -> Result<WorkSession> {
        let mut after = before.clone();
        after.end = Some(at);
        after.duration = Some(at.since(before.start));
        if let Some(note) = note {
            after.note = note.to_owned();
        }
        after.updated_at = self.now;
        self.save(&after, false)?;
        self.record(
            Change::new("timer.stop", "work_session", after.work_session_id)
                .before(&self.view(before)?)
                .after(&self.view(&after)?),
        )?;
        Ok(after)
    }
}

/// Stops the running timer of `user`, whom `actor` (an admin) has just suspended or
/// deactivated: someone who cannot act cannot stop it, and it would count in every report
/// until deleted. It ends now (at its start, if that is later), audited as the usual
/// `timer.stop` with the admin as actor. The caller holds `user`'s lock.
pub(super) fn stop_for_inactive_user(
    tx: &dyn WorkCommandStore,
    actor: &Actor,
    user: UserId,
    now: Timestamp,
) -> Result<Option<WorkSessionView>> {
    let Some(running) = tx.running_work_session(actor.org_id, user)? else {
        return Ok(None);
    };
    // No message of this path shows a local time, so the zone does not matter.
    let rules = Rules { tx, actor, zone: &chrono::Utc, now };
    let stopped = rules.close(&running, None, now.max(running.start))?;
    rules.view(&stopped).map(Some)
}

/// `user`'s question about timers, answered here for every store work runs on.
impl<T: WorkCommandStore> UserTimers for T {
    fn stop_timer_of_inactive_user(
        &self,
        actor: &Actor,
        user: UserId,
        now: Timestamp,
    ) -> Result<Option<StoppedTimer>> {
        let stopped = stop_for_inactive_user(self, actor, user, now)?;
        Ok(stopped.map(|session| StoppedTimer {
            target: session.target(),
            end: session.end,
            duration_seconds: session.duration_seconds,
        }))
    }
}
