//! Case operations: open, list, show, note, log, edit, close, archive.

use serde::{Deserialize, Serialize};

use super::session::{LatestSessions, latest_sessions};
use super::{Call, Mode, Op, Registry};
use crate::auth::Authenticated;
use crate::case::{
    self as core, CaseChanged, CaseDetail, CaseFilter, CaseStatus, CaseView, NewCase, NoteView,
};
use crate::error::{Error, Result};
use crate::id::IdPrefix;
use crate::store::Tx;
use crate::vocabulary::Priority;

pub fn register<R: Registry>(registry: &mut R) {
    registry.op::<CaseOpen>();
    registry.op::<CaseList>();
    registry.op::<CaseShow>();
    registry.op::<CaseNote>();
    registry.op::<CaseLog>();
    registry.op::<CaseEdit>();
    registry.op::<CaseClose>();
    registry.op::<CaseArchive>();
}

/// A case named by its id or a unique prefix, for the commands that take nothing else.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct IdRequest {
    pub id: IdPrefix,
}

pub struct CaseOpen;
impl Op for CaseOpen {
    const PATH: &'static str = "case/open";
    const MODE: Mode = Mode::Write;
    type Req = NewCase;
    type Resp = CaseView;
    fn run(tx: &dyn Tx, auth: &Authenticated, new: &NewCase, call: &Call) -> Result<CaseView> {
        core::open(tx, &auth.actor, new.clone(), call.now)
    }
}

pub struct CaseList;
impl Op for CaseList {
    const PATH: &'static str = "case/list";
    const MODE: Mode = Mode::Read;
    type Req = CaseFilter;
    type Resp = Vec<CaseView>;
    fn run(tx: &dyn Tx, auth: &Authenticated, filter: &CaseFilter, _: &Call) -> Result<Vec<CaseView>> {
        core::list(tx, &auth.actor, filter)
    }
}

/// `case show`: the case and whether to list its latest work sessions too.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ShowRequest {
    pub id: IdPrefix,
    /// As for `ticket show`: the sessions are always counted, and listed when asked.
    pub sessions: bool,
}

/// The case, how many work sessions it has and, when asked for, the latest.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CaseShown {
    pub case: CaseDetail,
    pub sessions: LatestSessions,
}

pub struct CaseShow;
impl Op for CaseShow {
    const PATH: &'static str = "case/show";
    const MODE: Mode = Mode::Read;
    type Req = ShowRequest;
    type Resp = CaseShown;
    fn run(tx: &dyn Tx, auth: &Authenticated, r: &ShowRequest, _: &Call) -> Result<CaseShown> {
        let case = core::show(tx, &auth.actor, &r.id)?;
        // The whole id: the prefix typed named this case, and must not be read again.
        let id: IdPrefix = case.case.case_id.to_string().parse()?;
        let sessions = latest_sessions(tx, &auth.actor, r.sessions, None, Some(id))?;
        Ok(CaseShown { case, sessions })
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NoteRequest {
    pub id: IdPrefix,
    pub body: String,
}

pub struct CaseNote;
impl Op for CaseNote {
    const PATH: &'static str = "case/note";
    const MODE: Mode = Mode::Write;
    type Req = NoteRequest;
    type Resp = NoteView;
    fn run(tx: &dyn Tx, auth: &Authenticated, r: &NoteRequest, call: &Call) -> Result<NoteView> {
        core::note(tx, &auth.actor, &r.id, r.body.clone(), call.now)
    }
}

pub struct CaseLog;
impl Op for CaseLog {
    const PATH: &'static str = "case/log";
    const MODE: Mode = Mode::Read;
    type Req = IdRequest;
    type Resp = Vec<NoteView>;
    fn run(tx: &dyn Tx, auth: &Authenticated, r: &IdRequest, _: &Call) -> Result<Vec<NoteView>> {
        core::log(tx, &auth.actor, &r.id)
    }
}

/// `case edit`: `None` leaves a field alone.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EditRequest {
    pub id: IdPrefix,
    pub title: Option<String>,
    pub description: Option<String>,
    pub status: Option<CaseStatus>,
    pub priority: Option<Priority>,
    /// Link the case to this ticket number instead.
    pub ticket: Option<i64>,
    /// Take the case off its ticket.
    pub no_ticket: bool,
}

pub struct CaseEdit;
impl Op for CaseEdit {
    const PATH: &'static str = "case/edit";
    const MODE: Mode = Mode::Write;
    type Req = EditRequest;
    type Resp = CaseChanged;
    fn run(tx: &dyn Tx, auth: &Authenticated, r: &EditRequest, call: &Call) -> Result<CaseChanged> {
        let edit = core::CaseEdit {
            title: r.title.clone(),
            description: r.description.clone(),
            status: r.status,
            priority: r.priority,
            ticket: relink(r.ticket, r.no_ticket, "--ticket", "--no-ticket")?,
        };
        core::edit(tx, &auth.actor, &r.id, edit, call.now)
    }
}

/// A change of link as typed: a new target (`Some(Some)`), none (`Some(None)`), or the
/// current one (`None`); asking for both a new one and none is refused.
pub(crate) fn relink<T>(
    new: Option<T>,
    none: bool,
    new_flag: &str,
    none_flag: &str,
) -> Result<Option<Option<T>>> {
    match (new, none) {
        (Some(_), true) => Err(Error::invalid(format!("give {new_flag} or {none_flag}, not both"))),
        (None, true) => Ok(Some(None)),
        (new, false) => Ok(new.map(Some)),
    }
}

pub struct CaseClose;
impl Op for CaseClose {
    const PATH: &'static str = "case/close";
    const MODE: Mode = Mode::Write;
    type Req = IdRequest;
    type Resp = CaseChanged;
    fn run(tx: &dyn Tx, auth: &Authenticated, r: &IdRequest, call: &Call) -> Result<CaseChanged> {
        core::close(tx, &auth.actor, &r.id, call.now)
    }
}

pub struct CaseArchive;
impl Op for CaseArchive {
    const PATH: &'static str = "case/archive";
    const MODE: Mode = Mode::Write;
    type Req = IdRequest;
    type Resp = CaseChanged;
    fn run(tx: &dyn Tx, auth: &Authenticated, r: &IdRequest, call: &Call) -> Result<CaseChanged> {
        core::archive(tx, &auth.actor, &r.id, call.now)
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;
    use crate::id::{CaseId, UserId};
    use crate::service::session::tests::{at, refuses_unknown_field, round_trip};

    fn case_view() -> CaseView {
        CaseView {
            case_id: CaseId::random(),
            title: "VPN drops at noon".into(),
            status: CaseStatus::Investigating,
            priority: Priority::High,
            owner_id: UserId::random(),
            owner: "tess".into(),
            ticket: Some(42),
            created_at: at(0),
            updated_at: at(900),
            message_count: 3,
        }
    }

    #[test]
    fn responses_survive_json() {
        round_trip(&case_view());
        round_trip(&vec![case_view(), CaseView { ticket: None, ..case_view() }]);
        let detail =
            CaseDetail { case: case_view(), description: "Since the firmware update.\nTwice.".into() };
        round_trip(&detail);
        round_trip(&CaseShown {
            case: detail,
            sessions: LatestSessions { count: 3, ..LatestSessions::default() },
        });
        round_trip(&CaseChanged { case: case_view(), changed: true });
        let note = NoteView {
            note_id: 7,
            case_id: CaseId::random(),
            author: "root".into(),
            created_at: at(60),
            body: "Rebooted the gateway; no change.".into(),
        };
        round_trip(&note);
        round_trip(&vec![note.clone(), NoteView { note_id: 8, ..note }]);
    }

    #[test]
    fn requests_refuse_unknown_fields() {
        refuses_unknown_field::<IdRequest>(json!({"id": "1a2b"}));
        refuses_unknown_field::<ShowRequest>(json!({"id": "1a2b", "sessions": true}));
        refuses_unknown_field::<NewCase>(json!({"title": "VPN", "description": "",
            "priority": "normal", "ticket": 42}));
        refuses_unknown_field::<CaseFilter>(json!({"statuses": ["open"], "owner": "me",
            "all_users": false, "limit": null, "sort": "updated"}));
        refuses_unknown_field::<NoteRequest>(json!({"id": "1a2b", "body": "Called the ISP."}));
        refuses_unknown_field::<EditRequest>(json!({"id": "1a2b", "title": null, "description": null,
            "status": "archived", "priority": null, "ticket": null, "no_ticket": true}));
    }

    #[test]
    fn a_link_change_is_read_as_typed() {
        assert_eq!(relink(Some(4), false, "--ticket", "--no-ticket").expect("new"), Some(Some(4)));
        assert_eq!(relink::<i64>(None, true, "--ticket", "--no-ticket").expect("none"), Some(None));
        assert_eq!(relink::<i64>(None, false, "--ticket", "--no-ticket").expect("kept"), None);
        let both = relink(Some(4), true, "--ticket", "--no-ticket").expect_err("both");
        assert_eq!(both.message(), "give --ticket or --no-ticket, not both");
    }
}
