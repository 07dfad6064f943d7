//! Ticket operations: create, list, show (with its work sessions), edit, assign, close, reopen.

use serde::{Deserialize, Serialize};

use super::session::{LatestSessions, latest_sessions};
use super::{Call, Mode, Op, Registry};
use crate::auth::Authenticated;
use crate::error::Result;
use crate::store::Tx;
use crate::ticket::{self as core, NewTicket, TicketChanged, TicketFilter, TicketView};

pub fn register<R: Registry>(registry: &mut R) {
    registry.op::<TicketCreate>();
    registry.op::<TicketList>();
    registry.op::<TicketShow>();
    registry.op::<TicketTitles>();
    registry.op::<TicketEdit>();
    registry.op::<TicketAssign>();
    registry.op::<TicketClose>();
    registry.op::<TicketReopen>();
}

/// A ticket named by its number, for the commands that take nothing else.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NumberRequest {
    pub number: i64,
}

pub struct TicketCreate;
impl Op for TicketCreate {
    const PATH: &'static str = "ticket/create";
    const MODE: Mode = Mode::Write;
    type Req = NewTicket;
    type Resp = TicketView;
    fn run(tx: &dyn Tx, auth: &Authenticated, new: &NewTicket, call: &Call) -> Result<TicketView> {
        core::create(tx, &auth.actor, new.clone(), call.now)
    }
}

pub struct TicketList;
impl Op for TicketList {
    const PATH: &'static str = "ticket/list";
    const MODE: Mode = Mode::Read;
    type Req = TicketFilter;
    type Resp = Vec<TicketView>;
    fn run(tx: &dyn Tx, auth: &Authenticated, filter: &TicketFilter, call: &Call) -> Result<Vec<TicketView>> {
        core::list(tx, &auth.actor, filter, call.now)
    }
}

/// `ticket/titles`: what completion asks for, the first digits typed and how many to offer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TitlesRequest {
    pub digits: String,
    pub limit: u32,
}

/// Ticket numbers with titles, newest first, for completion.
pub struct TicketTitles;
impl Op for TicketTitles {
    const PATH: &'static str = "ticket/titles";
    const MODE: Mode = Mode::Read;
    type Req = TitlesRequest;
    type Resp = Vec<(i64, String)>;
    fn run(tx: &dyn Tx, auth: &Authenticated, r: &TitlesRequest, _call: &Call) -> Result<Vec<(i64, String)>> {
        core::titles(tx, &auth.actor, &r.digits, r.limit)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ShowRequest {
    pub number: i64,
    /// Also the ticket's latest work sessions: everyone's, or only the caller's for those who
    /// may see only their own time (none for those who may see no time). They are always
    /// counted.
    pub sessions: bool,
    /// The ticket's time spent and its sessions, whose count and sum read every session on it.
    /// False: the ticket alone, its time spent left 0 and no sessions, for a view that shows
    /// the ticket first and asks again for the rest.
    #[serde(default = "counted")]
    pub totals: bool,
}

/// Requests that do not say (older clients) get the totals.
fn counted() -> bool {
    true
}

/// `ticket show`: the ticket, how many work sessions it has and, when asked for, the latest.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TicketShown {
    pub ticket: TicketView,
    pub sessions: LatestSessions,
}

pub struct TicketShow;
impl Op for TicketShow {
    const PATH: &'static str = "ticket/show";
    const MODE: Mode = Mode::Read;
    type Req = ShowRequest;
    type Resp = TicketShown;
    fn run(tx: &dyn Tx, auth: &Authenticated, r: &ShowRequest, call: &Call) -> Result<TicketShown> {
        let actor = &auth.actor;
        if !r.totals {
            let ticket = core::show_without_total(tx, actor, r.number)?;
            return Ok(TicketShown { ticket, sessions: LatestSessions::default() });
        }
        let ticket = core::show(tx, actor, r.number, call.now)?;
        let sessions = latest_sessions(tx, actor, r.sessions, Some(r.number), None)?;
        Ok(TicketShown { ticket, sessions })
    }
}

/// `ticket edit`: the ticket and the fields to change.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EditRequest {
    pub number: i64,
    pub edit: core::TicketEdit,
}

pub struct TicketEdit;
impl Op for TicketEdit {
    const PATH: &'static str = "ticket/edit";
    const MODE: Mode = Mode::Write;
    type Req = EditRequest;
    type Resp = TicketChanged;
    fn run(tx: &dyn Tx, auth: &Authenticated, r: &EditRequest, call: &Call) -> Result<TicketChanged> {
        core::edit(tx, &auth.actor, r.number, r.edit.clone(), call.now)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AssignRequest {
    pub number: i64,
    /// The user to assign (`me` for the caller); `None` takes the ticket off everyone.
    pub user: Option<String>,
}

pub struct TicketAssign;
impl Op for TicketAssign {
    const PATH: &'static str = "ticket/assign";
    const MODE: Mode = Mode::Write;
    type Req = AssignRequest;
    type Resp = TicketChanged;
    fn run(tx: &dyn Tx, auth: &Authenticated, r: &AssignRequest, call: &Call) -> Result<TicketChanged> {
        core::assign(tx, &auth.actor, r.number, r.user.as_deref(), call.now)
    }
}

pub struct TicketClose;
impl Op for TicketClose {
    const PATH: &'static str = "ticket/close";
    const MODE: Mode = Mode::Write;
    type Req = NumberRequest;
    type Resp = TicketChanged;
    fn run(tx: &dyn Tx, auth: &Authenticated, r: &NumberRequest, call: &Call) -> Result<TicketChanged> {
        core::close(tx, &auth.actor, r.number, call.now)
    }
}

pub struct TicketReopen;
impl Op for TicketReopen {
    const PATH: &'static str = "ticket/reopen";
    const MODE: Mode = Mode::Write;
    type Req = NumberRequest;
    type Resp = TicketChanged;
    fn run(tx: &dyn Tx, auth: &Authenticated, r: &NumberRequest, call: &Call) -> Result<TicketChanged> {
        core::reopen(tx, &auth.actor, r.number, call.now)
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;
    use crate::id::UserId;
    use crate::service::session::tests::{at, refuses_unknown_field, round_trip, session_view};
    use crate::ticket::TicketStatus;
    use crate::vocabulary::Priority;

    fn ticket_view() -> TicketView {
        TicketView {
            number: 42,
            title: "Printer on floor 3".into(),
            description: "Jams on every \"duplex\" job".into(),
            status: TicketStatus::InProgress,
            priority: Priority::Urgent,
            requester: "Ann <ann@example.org>".into(),
            assignee: Some("tess".into()),
            assignee_id: Some(UserId::random()),
            creator: "root".into(),
            created_at: at(0),
            updated_at: at(600),
            total_seconds: 5400,
        }
    }

    #[test]
    fn responses_survive_json() {
        round_trip(&ticket_view());
        round_trip(&TicketView { assignee: None, assignee_id: None, ..ticket_view() });
        round_trip(&vec![ticket_view()]);
        round_trip(&TicketChanged { ticket: ticket_view(), changed: false });
        let sessions =
            LatestSessions { sessions: vec![session_view(), session_view()], count: 12, all_users: true };
        round_trip(&TicketShown { ticket: ticket_view(), sessions });
    }

    #[test]
    fn requests_refuse_unknown_fields() {
        refuses_unknown_field::<NumberRequest>(json!({"number": 42}));
        refuses_unknown_field::<NewTicket>(json!({"title": "Printer", "description": "",
            "priority": "high", "requester": "", "assignee": "me"}));
        let filter = json!({"statuses": ["open", "on_hold"], "assignee": {"user": "me"},
            "priority": null, "search": "50%", "limit": 10, "sort": "priority"});
        refuses_unknown_field::<TicketFilter>(filter.clone());
        refuses_unknown_field::<TicketFilter>(json!({"statuses": [], "assignee": "unassigned",
            "priority": "low", "search": null, "limit": null, "sort": "newest"}));
        refuses_unknown_field::<ShowRequest>(json!({"number": 42, "sessions": true, "totals": false}));
        // A client that does not say gets the totals, as before the field existed.
        let older: ShowRequest =
            serde_json::from_value(json!({"number": 42, "sessions": true})).unwrap_or_else(|e| panic!("{e}"));
        assert!(older.totals);
        let edit = json!({"title": null, "description": "", "status": "resolved", "priority": null,
            "requester": null});
        refuses_unknown_field::<core::TicketEdit>(edit.clone());
        refuses_unknown_field::<EditRequest>(json!({"number": 42, "edit": edit}));
        refuses_unknown_field::<AssignRequest>(json!({"number": 42, "user": null}));
    }
}
