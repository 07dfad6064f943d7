//! Timer operations: start, stop, switch, status, cancel, continue, manual, and the targets the
//! start picker offers. Time expressions arrive as typed and are read here, with the service's
//! clock and the caller's zone.

use serde::{Deserialize, Serialize};

use super::{Call, Empty, Mode, Op, Registry};
use crate::auth::Authenticated;
use crate::error::{Error, Result};
use crate::store::Tx;
use crate::time::{Timestamp, parse_duration, parse_instant};
use crate::work::{
    self, Continue, Edited, Manual, ManualEnd, PickTarget, RunningEdit, RunningTimer, Start, Stop, Stopped,
    Switched, TargetSpec, WorkSessionView,
};

pub fn register<R: Registry>(registry: &mut R) {
    registry.op::<TimerTargets>();
    registry.op::<TimerStart>();
    registry.op::<TimerStop>();
    registry.op::<TimerSwitch>();
    registry.op::<TimerStatus>();
    registry.op::<TimerCancel>();
    registry.op::<TimerContinue>();
    registry.op::<TimerManual>();
    registry.op::<TimerEdit>();
}

/// Reads an optional time expression with the service's clock, in the caller's zone.
pub(crate) fn instant(text: Option<&str>, call: &Call) -> Result<Option<Timestamp>> {
    text.map(|t| parse_instant(t, call.now, call.zone)).transpose()
}

/// What the `timer start` picker offers: open tickets and cases, most recently worked first.
pub struct TimerTargets;
impl Op for TimerTargets {
    const PATH: &'static str = "timer/targets";
    const MODE: Mode = Mode::Check;
    type Req = Empty;
    type Resp = Vec<PickTarget>;
    fn run(tx: &dyn Tx, auth: &Authenticated, _: &Empty, _: &Call) -> Result<Vec<PickTarget>> {
        work::pick_targets(tx, &auth.actor)
    }
}

/// A timer to start: by `timer start`, or by `timer switch` as it stops the running one.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StartRequest {
    pub target: TargetSpec,
    pub note: String,
    /// The new session's tags.
    #[serde(default)]
    pub tags: Vec<String>,
    /// A time expression (`09:15`, `-20m`); never in the future. For a switch: when the one
    /// timer stops and the other starts (default: now).
    pub at: Option<String>,
    pub force: bool,
}

impl StartRequest {
    fn read(&self, call: &Call) -> Result<Start> {
        Ok(Start {
            target: self.target.clone(),
            note: self.note.clone(),
            tags: self.tags.clone(),
            at: instant(self.at.as_deref(), call)?,
            force: self.force,
        })
    }
}

pub struct TimerStart;
impl Op for TimerStart {
    const PATH: &'static str = "timer/start";
    const MODE: Mode = Mode::Write;
    type Req = StartRequest;
    type Resp = WorkSessionView;
    fn run(tx: &dyn Tx, auth: &Authenticated, r: &StartRequest, call: &Call) -> Result<WorkSessionView> {
        work::start(tx, &auth.actor, call.zone, &r.read(call)?, call.now)
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StopRequest {
    pub note: Option<String>,
    pub at: Option<String>,
}

pub struct TimerStop;
impl Op for TimerStop {
    const PATH: &'static str = "timer/stop";
    const MODE: Mode = Mode::Write;
    type Req = StopRequest;
    type Resp = Stopped;
    fn run(tx: &dyn Tx, auth: &Authenticated, r: &StopRequest, call: &Call) -> Result<Stopped> {
        let request = Stop { note: r.note.clone(), at: instant(r.at.as_deref(), call)? };
        work::stop(tx, &auth.actor, call.zone, &request, call.now)
    }
}

pub struct TimerSwitch;
impl Op for TimerSwitch {
    const PATH: &'static str = "timer/switch";
    const MODE: Mode = Mode::Write;
    type Req = StartRequest;
    type Resp = Switched;
    fn run(tx: &dyn Tx, auth: &Authenticated, r: &StartRequest, call: &Call) -> Result<Switched> {
        work::switch(tx, &auth.actor, call.zone, &r.read(call)?, call.now)
    }
}

pub struct TimerStatus;
impl Op for TimerStatus {
    const PATH: &'static str = "timer/status";
    const MODE: Mode = Mode::Read;
    type Req = Empty;
    type Resp = RunningTimer;
    fn run(tx: &dyn Tx, auth: &Authenticated, _: &Empty, call: &Call) -> Result<RunningTimer> {
        work::status(tx, &auth.actor, call.now)
    }
}

pub struct TimerCancel;
impl Op for TimerCancel {
    const PATH: &'static str = "timer/cancel";
    const MODE: Mode = Mode::Write;
    type Req = Empty;
    type Resp = WorkSessionView;
    fn run(tx: &dyn Tx, auth: &Authenticated, _: &Empty, call: &Call) -> Result<WorkSessionView> {
        work::cancel(tx, &auth.actor, call.now)
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ContinueRequest {
    pub note: Option<String>,
    pub at: Option<String>,
    pub force: bool,
}

pub struct TimerContinue;
impl Op for TimerContinue {
    const PATH: &'static str = "timer/continue";
    const MODE: Mode = Mode::Write;
    type Req = ContinueRequest;
    type Resp = WorkSessionView;
    fn run(tx: &dyn Tx, auth: &Authenticated, r: &ContinueRequest, call: &Call) -> Result<WorkSessionView> {
        let request = Continue { note: r.note.clone(), at: instant(r.at.as_deref(), call)?, force: r.force };
        work::continue_last(tx, &auth.actor, call.zone, &request, call.now)
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ManualRequest {
    pub target: TargetSpec,
    /// Two of `from`, `to` (time expressions) and `duration` (`90m`, `1:30`), or the duration
    /// alone for work that ended now.
    pub from: Option<String>,
    pub to: Option<String>,
    pub duration: Option<String>,
    pub note: String,
    #[serde(default)]
    pub tags: Vec<String>,
    pub force: bool,
}

pub struct TimerManual;
impl Op for TimerManual {
    const PATH: &'static str = "timer/manual";
    const MODE: Mode = Mode::Write;
    type Req = ManualRequest;
    type Resp = WorkSessionView;
    fn run(tx: &dyn Tx, auth: &Authenticated, r: &ManualRequest, call: &Call) -> Result<WorkSessionView> {
        let time = |text: &str| parse_instant(text, call.now, call.zone);
        let (from, end) = match (&r.from, &r.to, &r.duration) {
            (Some(from), Some(to), None) => (time(from)?, ManualEnd::At(time(to)?)),
            (Some(from), None, Some(duration)) => (time(from)?, ManualEnd::After(parse_duration(duration)?)),
            (None, Some(to), Some(duration)) => {
                let to = time(to)?;
                (to.plus(-parse_duration(duration)?)?, ManualEnd::At(to))
            }
            (None, None, Some(duration)) => {
                (call.now.plus(-parse_duration(duration)?)?, ManualEnd::At(call.now))
            }
            _ => {
                return Err(Error::invalid(
                    "give --from and --to, --from and --duration, --to and --duration, or --duration \
                     alone (work that ended now)",
                ));
            }
        };
        let request = Manual {
            target: r.target.clone(),
            from,
            end,
            note: r.note.clone(),
            tags: r.tags.clone(),
            force: r.force,
        };
        work::manual(tx, &auth.actor, call.zone, &request, call.now)
    }
}

/// `timer edit` and `timer note`: `None` leaves a field of the running timer alone.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TimerEditRequest {
    pub note: Option<String>,
    /// A time expression for the new start.
    pub start: Option<String>,
}

pub struct TimerEdit;
impl Op for TimerEdit {
    const PATH: &'static str = "timer/edit";
    const MODE: Mode = Mode::Write;
    type Req = TimerEditRequest;
    type Resp = Edited;
    fn run(tx: &dyn Tx, auth: &Authenticated, r: &TimerEditRequest, call: &Call) -> Result<Edited> {
        let edit = RunningEdit { note: r.note.clone(), start: instant(r.start.as_deref(), call)? };
        work::edit_running(tx, &auth.actor, call.zone, &edit, call.now)
    }
}
