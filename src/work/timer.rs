//! Timer commands: start, stop, switch, status, cancel, continue and manual entries, and the
//! picker's targets and the forgotten-timer warning.

use super::tags::{put_tags, tag_set};
use super::{
    Continue, Manual, ManualEnd, PickTarget, Rules, RunningTimer, Source, Start, Stop, Stopped, Switched,
    TargetSpec, WorkCommandStore, WorkSession, WorkSessionView, check_note, utc_offset,
};
use crate::actor::Actor;
use crate::audit::Change;
use crate::error::{Error, Result};
use crate::id::{IdPrefix, WorkSessionId};
use crate::permission::{self, Capability};
use crate::settings::{self, format_duration_units};
use crate::time::{Timestamp, Zone, format_duration};

/// Starts the actor's timer on a ticket and/or case, now or back-dated with `at`.
pub fn start(
    tx: &dyn WorkCommandStore,
    actor: &Actor,
    zone: &dyn Zone,
    request: &Start,
    now: Timestamp,
) -> Result<WorkSessionView> {
    let rules = Rules { tx, actor, zone, now };
    let session = rules.begin(request, request.at.unwrap_or(now), "timer.start")?;
    rules.view(&session)
}

/// Stops the actor's running timer, now or at `at`, and computes its duration. A timer stopped
/// in the second it started ran under a second and is discarded, audited as a cancel.
pub fn stop(
    tx: &dyn WorkCommandStore,
    actor: &Actor,
    zone: &dyn Zone,
    request: &Stop,
    now: Timestamp,
) -> Result<Stopped> {
    let rules = Rules { tx, actor, zone, now };
    rules.end(request.note.as_deref(), request.at.unwrap_or(now))
}

/// Stops the running timer and starts one on another target at the same instant (now, or
/// `at`); a switch to what already runs changes nothing. The caller runs this in one
/// transaction: when the start is refused, nothing changes.
pub fn switch(
    tx: &dyn WorkCommandStore,
    actor: &Actor,
    zone: &dyn Zone,
    request: &Start,
    now: Timestamp,
) -> Result<Switched> {
    permission::require(actor.role, Capability::TrackOwnTime)?;
    let rules = Rules { tx, actor, zone, now };
    let running = rules.running_or_conflict()?;
    // Closed or not, the target the timer runs on is the one asked for.
    let target = rules.resolve_target(&request.target, true)?;
    if target.ticket.map(|t| t.ticket_id) == running.ticket.map(|t| t.ticket_id)
        && target.case_id == running.case_id
    {
        return Ok(Switched { stopped: None, started: rules.view(&running)? });
    }
    let at = request.at.unwrap_or(now);
    let stopped = rules.end(None, at)?;
    let start = Start {
        target: request.target.clone(),
        note: request.note.clone(),
        tags: request.tags.clone(),
        at: request.at,
        force: request.force,
    };
    let started = rules.begin(&start, at, "timer.switch")?;
    Ok(Switched { stopped: Some(stopped), started: rules.view(&started)? })
}

/// The actor's running timer and how long it has run; not found when none runs.
pub fn status(tx: &dyn WorkCommandStore, actor: &Actor, now: Timestamp) -> Result<RunningTimer> {
    permission::require(actor.role, Capability::ViewOwnTime)?;
    let session = tx
        .running_work_session(actor.org_id, actor.user_id)?
        .ok_or_else(|| Error::not_found("no timer is running"))?;
    let max_length = settings::load(tx, actor.org_id)?.timer_max_length;
    let tags = tx.work_session_tags(actor.org_id, session.work_session_id)?;
    Ok(RunningTimer {
        session: WorkSessionView::of(&session, &actor.username, tags),
        elapsed_seconds: now.since(session.start).max(0),
        max_length,
    })
}

/// Discards the actor's running timer, audited.
pub fn cancel(tx: &dyn WorkCommandStore, actor: &Actor, now: Timestamp) -> Result<WorkSessionView> {
    permission::require(actor.role, Capability::TrackOwnTime)?;
    let session = tx
        .running_work_session(actor.org_id, actor.user_id)?
        .ok_or_else(|| Error::conflict("no timer is running; nothing to cancel"))?;
    // No message of this path shows a local time, so the zone does not matter.
    Rules { tx, actor, zone: &chrono::Utc, now }.discard(&session)
}

/// Starts a timer on the target of the actor's last stopped session.
pub fn continue_last(
    tx: &dyn WorkCommandStore,
    actor: &Actor,
    zone: &dyn Zone,
    request: &Continue,
    now: Timestamp,
) -> Result<WorkSessionView> {
    permission::require(actor.role, Capability::TrackOwnTime)?;
    let rules = Rules { tx, actor, zone, now };
    let last = tx.last_stopped_work_session(actor.org_id, actor.user_id)?.ok_or_else(|| {
        Error::not_found("no stopped work session to continue; start one with `stint timer start`")
    })?;
    let case = last.case_id.map(|c| c.to_string().parse::<IdPrefix>()).transpose()?;
    let start = Start {
        target: TargetSpec { ticket: last.ticket.map(|t| t.number), case },
        note: request.note.clone().unwrap_or_else(|| last.note.clone()),
        tags: tx.work_session_tags(actor.org_id, last.work_session_id)?,
        at: request.at,
        force: request.force,
    };
    let session = rules.begin(&start, request.at.unwrap_or(now), "timer.continue")?;
    rules.view(&session)
}

/// Records a completed session in the past: end after start, no later than now, at most
/// `timer.max_length` long unless forced, overlapping none of the actor's sessions.
pub fn manual(
    tx: &dyn WorkCommandStore,
    actor: &Actor,
    zone: &dyn Zone,
    request: &Manual,
    now: Timestamp,
) -> Result<WorkSessionView> {
    permission::require(actor.role, Capability::TrackOwnTime)?;
    let rules = Rules { tx, actor, zone, now };
    check_note(&request.note)?;
    let tags = tag_set(&request.tags)?;
    let start = request.from;
    let end = match request.end {
        ManualEnd::At(end) => end,
        ManualEnd::After(secs) if secs < 0 => return Err(Error::invalid("a duration cannot be negative")),
        ManualEnd::After(secs) => start.plus(secs)?,
    };
    rules.check_completed(start, end, request.force)?;
    let target = rules.resolve_target(&request.target, request.force)?;
    rules.check_free(actor.user_id, start, Some(end), None)?;
    let session = WorkSession {
        work_session_id: WorkSessionId::random(),
        org_id: actor.org_id,
        user_id: actor.user_id,
        ticket: target.ticket,
        case_id: target.case_id,
        start,
        end: Some(end),
        duration: Some(end.since(start)),
        utc_offset: utc_offset(zone, start),
        note: request.note.clone(),
        source: Source::Manual,
        created_at: now,
        updated_at: now,
    };
    rules.save(&session, true)?;
    put_tags(tx, actor.org_id, session.work_session_id, &[], &tags)?;
    let view = rules.view(&session)?;
    rules.record(Change::new("timer.manual", "work_session", session.work_session_id).after(&view))?;
    Ok(view)
}

/// Most targets a picker offers.
pub const PICK_LIMIT: u32 = 500;

/// What the actor may start a timer on, most recently worked first: open tickets, and open
/// cases (their own, or everyone's for supervisors and admins).
pub fn pick_targets(tx: &dyn WorkCommandStore, actor: &Actor) -> Result<Vec<PickTarget>> {
    permission::require(actor.role, Capability::TrackOwnTime)?;
    let any = permission::allows(actor.role, Capability::ManageAllCases);
    let owner = if any { None } else { Some(actor.user_id) };
    tx.work_pick_targets(actor.org_id, actor.user_id, owner, PICK_LIMIT)
}

/// A warning for stderr when the actor's timer has run longer than `timer.max_length`: most
/// likely it was forgotten.
pub fn forgotten_timer_warning(
    tx: &dyn WorkCommandStore,
    actor: &Actor,
    now: Timestamp,
) -> Result<Option<String>> {
    let Some(running) = tx.running_work_session(actor.org_id, actor.user_id)? else {
        return Ok(None);
    };
    let max = settings::load(tx, actor.org_id)?.timer_max_length;
    let elapsed = now.since(running.start);
    if elapsed <= max {
        return Ok(None);
    }
    Ok(Some(format!(
        "your timer on {} has been running for {}, longer than timer.max_length ({}); if you forgot to stop it, use `stint timer stop --at TIME`",
        running.target(),
        format_duration(elapsed),
        format_duration_units(max)
    )))
}
