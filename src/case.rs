//! Cases: troubleshooting investigations owned by a user, with a conversation of notes and an
//! optional linked ticket. Cases belong to users, never to login sessions.

use serde::{Deserialize, Serialize};

use crate::actor::Actor;
use crate::audit::{self, AuditStore, Change};
use crate::error::{Error, Result};
use crate::id::{self, CaseId, IdPrefix, OrgId, UserId};
use crate::permission::{self, Capability};
use crate::text;
use crate::ticket::{self, TicketStore};
use crate::time::Timestamp;
use crate::user::{self, UserStore};
use crate::vocabulary::{Priority, check_description, check_title, named_enum};

/// Longest note, in characters (the schema checks the same limit).
pub const MAX_NOTE_CHARS: usize = 20_000;

named_enum!(
    /// Where a case stands.
    CaseStatus, "case status", {
        Open => "open",
        Investigating => "investigating",
        Resolved => "resolved",
        Closed => "closed",
        Archived => "archived",
    }
);

/// A stored case. `ticket_id` is the linked ticket's internal id.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Case {
    pub case_id: CaseId,
    pub org_id: OrgId,
    pub title: String,
    pub description: String,
    pub status: CaseStatus,
    pub priority: Priority,
    pub owner_id: UserId,
    pub ticket_id: Option<i64>,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
}

#[cfg(test)]
impl Case {
    /// An open case of `owner` titled `case <id>`, stored with a chosen id by tests that make
    /// id prefixes collide.
    pub(crate) fn with_id(case_id: CaseId, owner: &Actor, at: Timestamp) -> Case {
        Case {
            case_id,
            org_id: owner.org_id,
            title: format!("case {case_id}"),
            description: String::new(),
            status: CaseStatus::Open,
            priority: Priority::Normal,
            owner_id: owner.user_id,
            ticket_id: None,
            created_at: at,
            updated_at: at,
        }
    }
}

/// A case with what its ids stand for and its note count, as storage returns it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CaseRow {
    pub case: Case,
    pub owner: String,
    pub ticket_number: Option<i64>,
    pub message_count: i64,
}

/// What commands show of a case. It has no login-session field: the same user sees the same
/// case from every client.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CaseView {
    pub case_id: CaseId,
    pub title: String,
    pub status: CaseStatus,
    pub priority: Priority,
    pub owner_id: UserId,
    pub owner: String,
    /// The linked ticket's number.
    pub ticket: Option<i64>,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
    pub message_count: i64,
}

impl CaseView {
    pub fn of(row: &CaseRow) -> Self {
        let c = &row.case;
        Self {
            case_id: c.case_id,
            title: c.title.clone(),
            status: c.status,
            priority: c.priority,
            owner_id: c.owner_id,
            owner: row.owner.clone(),
            ticket: row.ticket_number,
            created_at: c.created_at,
            updated_at: c.updated_at,
            message_count: row.message_count,
        }
    }
}

/// What `case show` prints: the case and its description.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CaseDetail {
    #[serde(flatten)]
    pub case: CaseView,
    pub description: String,
}

impl CaseDetail {
    pub fn of(row: &CaseRow) -> Self {
        Self { case: CaseView::of(row), description: row.case.description.clone() }
    }
}

/// A stored note: one message of a case's conversation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CaseNote {
    pub note_id: i64,
    pub case_id: CaseId,
    pub author_id: UserId,
    pub created_at: Timestamp,
    pub body: String,
}

/// A note with its author's username, as storage returns it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NoteRow {
    pub note: CaseNote,
    pub author: String,
}

/// What commands show of a note.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NoteView {
    pub note_id: i64,
    pub case_id: CaseId,
    pub author: String,
    pub created_at: Timestamp,
    pub body: String,
}

impl NoteView {
    pub fn of(row: &NoteRow) -> Self {
        Self {
            note_id: row.note.note_id,
            case_id: row.note.case_id,
            author: row.author.clone(),
            created_at: row.note.created_at,
            body: row.note.body.clone(),
        }
    }
}

/// The audit snapshot of a case.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
struct Snapshot {
    title: String,
    description: String,
    status: CaseStatus,
    priority: Priority,
    owner: String,
    ticket: Option<i64>,
}

fn snapshot(row: &CaseRow) -> Snapshot {
    let c = &row.case;
    Snapshot {
        title: c.title.clone(),
        description: c.description.clone(),
        status: c.status,
        priority: c.priority,
        owner: row.owner.clone(),
        ticket: row.ticket_number,
    }
}

/// The order of `case list`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CaseSort {
    /// Most recently opened first.
    #[default]
    Newest,
    /// Earliest opened first.
    Oldest,
    /// Most recently changed (or noted) first.
    Updated,
}

impl CaseSort {
    pub const ALL: [CaseSort; 3] = [CaseSort::Newest, CaseSort::Oldest, CaseSort::Updated];

    pub fn as_str(self) -> &'static str {
        match self {
            CaseSort::Newest => "newest",
            CaseSort::Oldest => "oldest",
            CaseSort::Updated => "updated",
        }
    }
}

impl std::str::FromStr for CaseSort {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self> {
        CaseSort::ALL.into_iter().find(|v| v.as_str().eq_ignore_ascii_case(s.trim())).ok_or_else(|| {
            Error::invalid(format!(
                "unknown sort order {:?}; valid values: newest, oldest, updated",
                text::escape_for_terminal(s)
            ))
        })
    }
}

/// What `case list` asks for, as people give it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CaseFilter {
    /// Any of these statuses; empty means all.
    pub statuses: Vec<CaseStatus>,
    /// Whose cases (a username or `me`); the default is the actor's own.
    pub owner: Option<String>,
    /// Everyone's cases (supervisors and admins).
    pub all_users: bool,
    pub limit: Option<u32>,
    pub sort: CaseSort,
}

/// Which cases storage should return.
#[derive(Debug, Clone, Default)]
pub struct CaseQuery {
    /// Any of these statuses, each once; empty means all.
    pub statuses: Vec<CaseStatus>,
    /// One owner's cases, or everyone's with `None`.
    pub owner: Option<UserId>,
    pub limit: Option<u32>,
    pub sort: CaseSort,
}

/// Storage questions about cases and their notes.
pub trait CaseStore {
    fn insert_case(&self, case: &Case) -> Result<()>;
    fn case_by_id(&self, org: OrgId, case: CaseId) -> Result<Option<CaseRow>>;
    /// Ids starting with `prefix` (at most 11, in id order), of one owner or of anyone.
    fn cases_by_prefix(&self, org: OrgId, prefix: &IdPrefix, owner: Option<UserId>) -> Result<Vec<CaseId>>;
    fn update_case(&self, case: &Case) -> Result<()>;
    fn list_cases(&self, org: OrgId, query: &CaseQuery) -> Result<Vec<CaseRow>>;
    /// Stores a new note (its `note_id` is ignored) and returns its id.
    fn insert_case_note(&self, note: &CaseNote) -> Result<i64>;
    /// A case's notes, oldest first.
    fn case_notes(&self, case: CaseId) -> Result<Vec<NoteRow>>;
}

/// The stores case commands touch.
pub trait CaseCommandStore: CaseStore + TicketStore + UserStore + AuditStore {}
impl<T: CaseStore + TicketStore + UserStore + AuditStore + ?Sized> CaseCommandStore for T {}

fn check_note(body: &str) -> Result<()> {
    text::validate("note", body, true, MAX_NOTE_CHARS)
}

/// Whether the actor may see and change every case, not only their own.
fn sees_all(actor: &Actor) -> bool {
    permission::allows(actor.role, Capability::ManageAllCases)
}

/// Finds the case a prefix names, as the actor may see it. Those who see only their own cases
/// resolve among those, so an ambiguity never lists anyone else's; a case that exists but
/// belongs to someone else is refused as permission denied.
fn resolve(tx: &dyn CaseCommandStore, actor: &Actor, prefix: &IdPrefix) -> Result<CaseRow> {
    permission::require(actor.role, Capability::WorkOwnCases)?;
    let id = if sees_all(actor) {
        id_by_prefix(tx, actor.org_id, prefix, None)?
    } else {
        let own = tx.cases_by_prefix(actor.org_id, prefix, Some(actor.user_id))?;
        if own.is_empty() && !tx.cases_by_prefix(actor.org_id, prefix, None)?.is_empty() {
            return Err(Error::denied(format!(
                "permission denied: case {prefix} belongs to another user, and a {} can only see and change their own cases",
                actor.role
            )));
        }
        id::resolve_prefix("case", prefix, own)?
    };
    tx.case_by_id(actor.org_id, id)?.ok_or_else(|| Error::not_found(format!("no case {id}")))
}

/// The one case `prefix` names among those `owner` owns, or among all cases when `owner` is
/// `None`; the refusal says "case of yours" when only one's own were searched.
pub fn id_by_prefix<S: CaseStore + ?Sized>(
    tx: &S,
    org: OrgId,
    prefix: &IdPrefix,
    owner: Option<UserId>,
) -> Result<CaseId> {
    let label = if owner.is_some() { "case of yours" } else { "case" };
    id::resolve_prefix(label, prefix, tx.cases_by_prefix(org, prefix, owner)?)
}

/// The internal id of ticket `number`, as not-found when missing.
fn ticket_id(tx: &dyn CaseCommandStore, org: OrgId, number: i64) -> Result<i64> {
    Ok(ticket::find(tx, org, number)?.ticket.ticket_id)
}

/// A new case's fields; its owner is the actor.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NewCase {
    pub title: String,
    pub description: String,
    pub priority: Priority,
    /// The number of a ticket to link.
    pub ticket: Option<i64>,
}

impl NewCase {
    /// A case with only a title: normal priority, no description, no ticket.
    pub fn titled(title: impl Into<String>) -> Self {
        Self { title: title.into(), description: String::new(), priority: Priority::Normal, ticket: None }
    }
}

/// Opens a case owned by the actor.
pub fn open(tx: &dyn CaseCommandStore, actor: &Actor, new: NewCase, now: Timestamp) -> Result<CaseView> {
    permission::require(actor.role, Capability::WorkOwnCases)?;
    check_title(&new.title)?;
    check_description(&new.description)?;
    let ticket_id = new.ticket.map(|n| ticket_id(tx, actor.org_id, n)).transpose()?;
    let case = Case {
        case_id: CaseId::random(),
        org_id: actor.org_id,
        title: new.title,
        description: new.description,
        status: CaseStatus::Open,
        priority: new.priority,
        owner_id: actor.user_id,
        ticket_id,
        created_at: now,
        updated_at: now,
    };
    tx.insert_case(&case)?;
    let row = CaseRow { case, owner: actor.username.clone(), ticket_number: new.ticket, message_count: 0 };
    audit::record(tx, actor, now, Change::new("case.open", "case", row.case.case_id).after(&snapshot(&row)))?;
    Ok(CaseView::of(&row))
}

/// Lists cases, newest first unless `filter.sort` says otherwise: the actor's own by default;
/// another user's (`owner`) or everyone's (`all_users`) for supervisors and admins.
pub fn list(tx: &dyn CaseCommandStore, actor: &Actor, filter: &CaseFilter) -> Result<Vec<CaseView>> {
    permission::require(actor.role, Capability::WorkOwnCases)?;
    if filter.limit == Some(0) {
        return Err(Error::invalid("--limit must be at least 1"));
    }
    let owner = match (&filter.owner, filter.all_users) {
        (Some(_), true) => return Err(Error::invalid("give --owner or --all-users, not both")),
        (None, true) => {
            permission::require(actor.role, Capability::ManageAllCases)?;
            None
        }
        (None, false) => Some(actor.user_id),
        (Some(name), false) => {
            let owner = user::find(tx, actor, name)?;
            if owner.user_id != actor.user_id {
                permission::require(actor.role, Capability::ManageAllCases)?;
            }
            Some(owner.user_id)
        }
    };
    let mut statuses = filter.statuses.clone();
    statuses.sort();
    statuses.dedup();
    let query = CaseQuery { statuses, owner, limit: filter.limit, sort: filter.sort };
    Ok(tx.list_cases(actor.org_id, &query)?.iter().map(CaseView::of).collect())
}

/// Shows one case with its description.
pub fn show(tx: &dyn CaseCommandStore, actor: &Actor, prefix: &IdPrefix) -> Result<CaseDetail> {
    Ok(CaseDetail::of(&resolve(tx, actor, prefix)?))
}

/// Adds a note to a case's conversation: the owner's own case, or anyone's for supervisors and
/// admins. An archived case takes no notes.
pub fn note(
    tx: &dyn CaseCommandStore,
    actor: &Actor,
    prefix: &IdPrefix,
    body: String,
    now: Timestamp,
) -> Result<NoteView> {
    permission::require(actor.role, Capability::WorkOwnCases)?;
    check_note(&body)?;
    let mut row = resolve(tx, actor, prefix)?;
    if row.case.status == CaseStatus::Archived {
        return Err(Error::conflict(format!(
            "case {} is archived; reopen it with `stint case edit {} --status open` to add notes",
            row.case.case_id, row.case.case_id
        )));
    }
    let mut note =
        CaseNote { note_id: 0, case_id: row.case.case_id, author_id: actor.user_id, created_at: now, body };
    note.note_id = tx.insert_case_note(&note)?;
    row.case.updated_at = now;
    tx.update_case(&row.case)?;
    let view = NoteView::of(&NoteRow { note, author: actor.username.clone() });
    audit::record(tx, actor, now, Change::new("case.note", "case", row.case.case_id).after(&view))?;
    Ok(view)
}

/// A case's conversation, oldest first.
pub fn log(tx: &dyn CaseCommandStore, actor: &Actor, prefix: &IdPrefix) -> Result<Vec<NoteView>> {
    let row = resolve(tx, actor, prefix)?;
    Ok(tx.case_notes(row.case.case_id)?.iter().map(NoteView::of).collect())
}

/// Fields `case edit` may change; `None` leaves a field alone.
#[derive(Debug, Clone, Default)]
pub struct CaseEdit {
    pub title: Option<String>,
    pub description: Option<String>,
    pub status: Option<CaseStatus>,
    pub priority: Option<Priority>,
    /// `Some(None)` unlinks the ticket.
    pub ticket: Option<Option<i64>>,
}

impl CaseEdit {
    fn is_empty(&self) -> bool {
        self.title.is_none()
            && self.description.is_none()
            && self.status.is_none()
            && self.priority.is_none()
            && self.ticket.is_none()
    }
}

/// The outcome of a change that may already have been in effect.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CaseChanged {
    pub case: CaseView,
    /// False when the case already was as asked; nothing was written or audited.
    pub changed: bool,
}

/// Writes `after` if it differs from `before`, with one audit event.
fn apply(
    tx: &dyn CaseCommandStore,
    actor: &Actor,
    action: &'static str,
    before: &CaseRow,
    mut after: CaseRow,
    now: Timestamp,
) -> Result<CaseChanged> {
    let changed = snapshot(before) != snapshot(&after);
    if changed {
        after.case.updated_at = now;
        tx.update_case(&after.case)?;
        audit::record(
            tx,
            actor,
            now,
            Change::new(action, "case", after.case.case_id)
                .before(&snapshot(before))
                .after(&snapshot(&after)),
        )?;
    }
    Ok(CaseChanged { case: CaseView::of(&after), changed })
}

/// Edits a case's title, description, status, priority or linked ticket.
pub fn edit(
    tx: &dyn CaseCommandStore,
    actor: &Actor,
    prefix: &IdPrefix,
    edit: CaseEdit,
    now: Timestamp,
) -> Result<CaseChanged> {
    permission::require(actor.role, Capability::WorkOwnCases)?;
    if edit.is_empty() {
        return Err(Error::invalid(
            "nothing to change; give --title, --description, --status, --priority, --ticket or --no-ticket",
        ));
    }
    if let Some(title) = &edit.title {
        check_title(title)?;
    }
    if let Some(description) = &edit.description {
        check_description(description)?;
    }
    let before = resolve(tx, actor, prefix)?;
    let mut after = before.clone();
    if let Some(title) = edit.title {
        after.case.title = title;
    }
    if let Some(description) = edit.description {
        after.case.description = description;
    }
    if let Some(status) = edit.status {
        after.case.status = status;
    }
    if let Some(priority) = edit.priority {
        after.case.priority = priority;
    }
    if let Some(link) = edit.ticket {
        after.case.ticket_id = link.map(|n| ticket_id(tx, actor.org_id, n)).transpose()?;
        after.ticket_number = link;
    }
    apply(tx, actor, "case.edit", &before, after, now)
}

fn set_status(
    tx: &dyn CaseCommandStore,
    actor: &Actor,
    prefix: &IdPrefix,
    status: CaseStatus,
    action: &'static str,
    now: Timestamp,
) -> Result<CaseChanged> {
    let before = resolve(tx, actor, prefix)?;
    let mut after = before.clone();
    after.case.status = status;
    apply(tx, actor, action, &before, after, now)
}

/// Closes a case; closing a closed case changes nothing.
pub fn close(
    tx: &dyn CaseCommandStore,
    actor: &Actor,
    prefix: &IdPrefix,
    now: Timestamp,
) -> Result<CaseChanged> {
    set_status(tx, actor, prefix, CaseStatus::Closed, "case.close", now)
}

/// Archives a case; archiving an archived case changes nothing.
pub fn archive(
    tx: &dyn CaseCommandStore,
    actor: &Actor,
    prefix: &IdPrefix,
    now: Timestamp,
) -> Result<CaseChanged> {
    set_status(tx, actor, prefix, CaseStatus::Archived, "case.archive", now)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ErrorKind;
    use crate::audit::AuditFilter;
    use crate::permission::Role;
    use crate::store::sqlite::test_support::{Team, t0, team};
    use crate::ticket::NewTicket;
    use crate::vocabulary::MAX_DESCRIPTION_CHARS;

    fn at(secs: i64) -> Timestamp {
        t0().plus(secs).expect("in range")
    }

    fn prefix(text: &str) -> IdPrefix {
        text.parse().expect("prefix")
    }

    fn whole(view: &CaseView) -> IdPrefix {
        prefix(&view.case_id.to_string())
    }

    fn open_titled(team: &mut Team, actor: &Actor, title: &str, when: Timestamp) -> CaseView {
        let actor = actor.clone();
        team.store.write(|tx| open(tx, &actor, NewCase::titled(title), when)).expect("opened")
    }

    /// Stores a case with a chosen id, so tests can make prefixes collide.
    fn insert_with_id(team: &mut Team, owner: &Actor, id: &str) {
        let case = Case::with_id(id.parse().expect("uuid"), owner, t0());
        team.store.write(|tx| tx.insert_case(&case)).expect("inserted");
    }

    fn listed(team: &mut Team, actor: &Actor, filter: CaseFilter) -> Result<Vec<String>> {
        let actor = actor.clone();
        let views = team.store.read(|tx| list(tx, &actor, &filter))?;
        Ok(views.into_iter().map(|c| c.title).collect())
    }

    fn events(team: &mut Team, case: &CaseView) -> Vec<crate::audit::AuditEvent> {
        let actor = team.admin.clone();
        let filter = AuditFilter::default().with_object(&format!("case:{}", case.case_id));
        team.store.read(|tx| audit::list(tx, &actor, &filter)).expect("audit")
    }

    /// The case's latest audit event (the log lists oldest first).
    fn latest_event(team: &mut Team, case: &CaseView) -> crate::audit::AuditEvent {
        events(team, case).pop().expect("an audit event")
    }

    #[test]
    fn invalid_status_lists_the_valid_values() {
        let err = "done".parse::<CaseStatus>().expect_err("invalid");
        assert_eq!(err.kind(), ErrorKind::Invalid);
        assert_eq!(
            err.message(),
            "unknown case status \"done\"; valid values: open, investigating, resolved, closed, archived"
        );
        for s in CaseStatus::ALL {
            assert_eq!(s.as_str().parse::<CaseStatus>(), Ok(*s));
        }
        assert!("x".parse::<CaseSort>().expect_err("invalid").message().contains("newest, oldest, updated"));
    }

    #[test]
    fn open_show_note_and_log() {
        let mut team = team();
        let tom = team.technician.clone();
        let ticket =
            team.store.write(|tx| ticket::create(tx, &tom, NewTicket::titled("VPN"), t0())).expect("t");
        let new = NewCase {
            title: "VPN drops after sleep".into(),
            description: "Since the update".into(),
            priority: Priority::High,
            ticket: Some(ticket.number),
        };
        let case = team.store.write(|tx| open(tx, &tom, new.clone(), t0())).expect("opened");
        assert_eq!((case.owner.as_str(), case.owner_id), ("tom", tom.user_id));
        assert_eq!((case.status, case.priority, case.ticket), (CaseStatus::Open, Priority::High, Some(1)));
        assert_eq!(case.message_count, 0);

        let id = whole(&case);
        let short = prefix(&case.case_id.to_string()[..6]);
        let first =
            team.store.write(|tx| note(tx, &tom, &short, "Checked the driver".into(), at(10))).expect("n");
        let second =
            team.store.write(|tx| note(tx, &tom, &id, "Power plan fixed it".into(), at(5))).expect("n");
        assert_eq!((first.author.as_str(), first.case_id), ("tom", case.case_id));
        assert!(second.note_id > first.note_id);

        let shown = team.store.read(|tx| show(tx, &tom, &short)).expect("shown");
        assert_eq!(shown.description, "Since the update");
        assert_eq!(shown.case.message_count, 2);
        assert_eq!(shown.case.updated_at, at(5));
        assert_eq!(shown.case.created_at, t0());

        // The conversation comes oldest first, in the order it was written.
        let log = team.store.read(|tx| log(tx, &tom, &id)).expect("log");
        let bodies: Vec<&str> = log.iter().map(|n| n.body.as_str()).collect();
        assert_eq!(bodies, ["Checked the driver", "Power plan fixed it"]);
        assert_eq!(log[0], first);
        let json = serde_json::to_value(&log[0]).expect("json");
        assert_eq!(json["created_at"], "2023-11-14T22:13:30Z");
    }

    #[test]
    fn case_json_has_exactly_the_contract_fields() {
        let mut team = team();
        let tom = team.technician.clone();
        let case = open_titled(&mut team, &tom, "Fields", t0());
        let json = serde_json::to_value(&case).expect("json");
        let mut keys: Vec<&str> = json.as_object().expect("object").keys().map(String::as_str).collect();
        keys.sort_unstable();
        assert_eq!(
            keys,
            [
                "case_id",
                "created_at",
                "message_count",
                "owner",
                "owner_id",
                "priority",
                "status",
                "ticket",
                "title",
                "updated_at"
            ]
        );
        assert_eq!(json["ticket"], serde_json::Value::Null);
        assert_eq!(json["case_id"], case.case_id.to_string());
        let detail = team.store.read(|tx| show(tx, &tom, &whole(&case))).expect("shown");
        let json = serde_json::to_value(&detail).expect("json");
        let object = json.as_object().expect("object");
        assert_eq!(object.len(), 11);
        assert_eq!(object["description"], "");
        assert!(!object.keys().any(|k| k.contains("session")));
    }

    #[test]
    fn linked_ticket_must_exist() {
        let mut team = team();
        let tom = team.technician.clone();
        let new = NewCase { ticket: Some(7), ..NewCase::titled("x") };
        let err = team.store.write(|tx| open(tx, &tom, new.clone(), t0())).expect_err("no ticket");
        assert_eq!((err.kind(), err.message()), (ErrorKind::NotFound, "no ticket #7"));
        let case = open_titled(&mut team, &tom, "x", t0());
        let id = whole(&case);
        let link = CaseEdit { ticket: Some(Some(7)), ..Default::default() };
        let err = team.store.write(|tx| edit(tx, &tom, &id, link.clone(), t0())).expect_err("no ticket");
        assert_eq!(err.kind(), ErrorKind::NotFound);
        team.store.write(|tx| ticket::create(tx, &tom, NewTicket::titled("t"), t0())).expect("ticket");
        let link = CaseEdit { ticket: Some(Some(1)), ..Default::default() };
        let linked = team.store.write(|tx| edit(tx, &tom, &id, link.clone(), at(1))).expect("linked");
        assert_eq!((linked.changed, linked.case.ticket), (true, Some(1)));
        let unlink = CaseEdit { ticket: Some(None), ..Default::default() };
        let unlinked = team.store.write(|tx| edit(tx, &tom, &id, unlink.clone(), at(2))).expect("unlinked");
        assert_eq!((unlinked.changed, unlinked.case.ticket), (true, None));
        let again =
            team.store.write(|tx| edit(tx, &tom, &id, unlink.clone(), at(3))).expect("unlinked again");
        assert!(!again.changed);
    }

    #[test]
    fn prefixes_resolve_uniquely_or_list_candidates() {
        let mut team = team();
        let (sam, tom, tina) = (team.supervisor.clone(), team.technician.clone(), team.technician2.clone());
        insert_with_id(&mut team, &tom, "abcd0000-0000-4000-8000-000000000001");
        insert_with_id(&mut team, &tom, "abcd0000-0000-4000-8000-000000000002");
        insert_with_id(&mut team, &tina, "abce0000-0000-4000-8000-000000000003");
        insert_with_id(&mut team, &tina, "abcd1000-0000-4000-8000-000000000004");

        let shown = team.store.read(|tx| show(tx, &sam, &prefix("ABCE"))).expect("unique");
        assert_eq!(shown.case.title, "case abce0000-0000-4000-8000-000000000003");
        let shown = team.store.read(|tx| show(tx, &tom, &prefix("abcd0000-0000-4000-8000-000000000002")));
        assert_eq!(shown.expect("whole id").case.owner, "tom");

        let err = team.store.read(|tx| show(tx, &sam, &prefix("abcd"))).expect_err("ambiguous");
        assert_eq!(err.kind(), ErrorKind::Invalid);
        assert_eq!(
            err.message(),
            "case prefix abcd is ambiguous: abcd0000-0000-4000-8000-000000000001, \
             abcd0000-0000-4000-8000-000000000002, abcd1000-0000-4000-8000-000000000004"
        );
        // A technician's ambiguity lists only their own cases.
        let err = team.store.read(|tx| show(tx, &tom, &prefix("abcd"))).expect_err("ambiguous");
        assert_eq!(err.kind(), ErrorKind::Invalid);
        assert!(!err.message().contains("0004"), "{}", err.message());
        // ... and a prefix unique among their own cases names that case.
        let shown = team.store.read(|tx| show(tx, &tina, &prefix("abcd"))).expect("own");
        assert_eq!(shown.case.case_id.to_string(), "abcd1000-0000-4000-8000-000000000004");

        let err = team.store.read(|tx| show(tx, &sam, &prefix("ffff"))).expect_err("none");
        assert_eq!((err.kind(), err.message()), (ErrorKind::NotFound, "no case matches ffff"));
        assert_eq!("abc".parse::<IdPrefix>().expect_err("short").kind(), ErrorKind::Invalid);
        assert_eq!("abcg".parse::<IdPrefix>().expect_err("not hex").kind(), ErrorKind::Invalid);
    }

    #[test]
    fn cases_of_other_users_are_denied_to_technicians() {
        let mut team = team();
        let (sam, tom, tina, vic, alice) = (
            team.supervisor.clone(),
            team.technician.clone(),
            team.technician2.clone(),
            team.viewer.clone(),
            team.admin.clone(),
        );
        let case = open_titled(&mut team, &tom, "Tom's", t0());
        let id = whole(&case);
        let short = prefix(&case.case_id.to_string()[..8]);
        for p in [&id, &short] {
            let outcomes = team.store.write(|tx| {
                Ok([
                    show(tx, &tina, p).map(|_| ()),
                    log(tx, &tina, p).map(|_| ()),
                    note(tx, &tina, p, "hi".into(), t0()).map(|_| ()),
                    edit(tx, &tina, p, CaseEdit { title: Some("mine".into()), ..Default::default() }, t0())
                        .map(|_| ()),
                    close(tx, &tina, p, t0()).map(|_| ()),
                    archive(tx, &tina, p, t0()).map(|_| ()),
                ])
            });
            for outcome in outcomes.expect("ran") {
                let err = outcome.expect_err("denied");
                assert_eq!(err.kind(), ErrorKind::PermissionDenied);
                assert!(err.message().contains("belongs to another user"), "{}", err.message());
            }
        }
        // Supervisors and admins see and change anyone's case.
        for boss in [&sam, &alice] {
            team.store.read(|tx| show(tx, boss, &short)).expect("show");
            let written =
                team.store.write(|tx| note(tx, boss, &short, format!("from {}", boss.username), t0()));
            assert_eq!(written.expect("note").author, boss.username);
        }
        let log = team.store.read(|tx| log(tx, &tom, &id)).expect("log");
        assert_eq!(log.len(), 2);
        // Viewers have no case capability at all.
        let err = team.store.read(|tx| show(tx, &vic, &id)).expect_err("viewer");
        assert_eq!(err.kind(), ErrorKind::PermissionDenied);
        assert_eq!(err.message(), "permission denied: a viewer cannot open cases and add notes");
    }

    #[test]
    fn permission_rows_for_cases() {
        let mut team = team();
        let roles: Vec<(Actor, Role)> = team.by_role().into_iter().map(|(a, r)| (a.clone(), r)).collect();
        let tina = team.technician2.clone();
        open_titled(&mut team, &tina, "Tina's", t0());
        for (actor, role) in roles {
            let works = role != Role::Viewer;
            let sees_all = matches!(role, Role::Admin | Role::Supervisor);
            let opened = team.store.write(|tx| open(tx, &actor, NewCase::titled(format!("{role}'s")), at(1)));
            assert_eq!(opened.is_ok(), works, "{role} open");
            let own = listed(&mut team, &actor, CaseFilter::default());
            let all = listed(&mut team, &actor, CaseFilter { all_users: true, ..Default::default() });
            let others =
                listed(&mut team, &actor, CaseFilter { owner: Some("tina".into()), ..Default::default() });
            if works {
                assert_eq!(own.expect("own"), [format!("{role}'s")], "{role} sees only own by default");
                let me =
                    listed(&mut team, &actor, CaseFilter { owner: Some("me".into()), ..Default::default() });
                assert_eq!(me.expect("me").len(), 1);
            } else {
                assert_eq!(own.expect_err("viewer").kind(), ErrorKind::PermissionDenied);
            }
            if sees_all {
                assert!(all.expect("all").len() >= 2);
                assert_eq!(others.expect("tina's"), ["Tina's"]);
            } else {
                assert_eq!(all.expect_err("all").kind(), ErrorKind::PermissionDenied, "{role} --all-users");
                assert_eq!(others.expect_err("other").kind(), ErrorKind::PermissionDenied, "{role} --owner");
            }
        }
        let alice = team.admin.clone();
        let both = CaseFilter { owner: Some("tina".into()), all_users: true, ..Default::default() };
        assert_eq!(listed(&mut team, &alice, both).expect_err("both").kind(), ErrorKind::Invalid);
        let unknown = CaseFilter { owner: Some("zed".into()), ..Default::default() };
        assert_eq!(listed(&mut team, &alice, unknown).expect_err("unknown").kind(), ErrorKind::NotFound);
    }

    #[test]
    fn list_orders_and_filters() {
        let mut team = team();
        let tom = team.technician.clone();
        for (i, title) in ["a", "b", "c", "d"].into_iter().enumerate() {
            open_titled(&mut team, &tom, title, at(i as i64 / 2)); // a and b, c and d share a second
        }
        let newest = listed(&mut team, &tom, CaseFilter::default()).expect("list");
        assert_eq!(newest.len(), 4);
        let oldest = listed(&mut team, &tom, CaseFilter { sort: CaseSort::Oldest, ..Default::default() });
        let mut reversed = oldest.expect("list");
        reversed.reverse();
        assert_eq!(newest, reversed, "ties break the same way in both directions");
        assert_eq!(newest[..2].iter().filter(|t| *t == "c" || *t == "d").count(), 2);
        // Listing twice gives the same order.
        assert_eq!(listed(&mut team, &tom, CaseFilter::default()).expect("again"), newest);

        let b = team
            .store
            .read(|tx| list(tx, &tom, &CaseFilter::default()))
            .expect("list")
            .into_iter()
            .find(|c| c.title == "b")
            .expect("b");
        team.store.write(|tx| close(tx, &tom, &whole(&b), at(10))).expect("closed");
        let updated = listed(&mut team, &tom, CaseFilter { sort: CaseSort::Updated, ..Default::default() });
        assert_eq!(updated.expect("list")[0], "b");
        let closed = CaseFilter { statuses: vec![CaseStatus::Closed], ..Default::default() };
        assert_eq!(listed(&mut team, &tom, closed).expect("closed"), ["b"]);
        let open_or_closed = CaseFilter {
            statuses: vec![CaseStatus::Closed, CaseStatus::Open],
            limit: Some(2),
            sort: CaseSort::Oldest,
            ..Default::default()
        };
        assert_eq!(listed(&mut team, &tom, open_or_closed).expect("two").len(), 2);
        let zero = CaseFilter { limit: Some(0), ..Default::default() };
        assert_eq!(listed(&mut team, &tom, zero).expect_err("zero").kind(), ErrorKind::Invalid);
    }

    #[test]
    fn changes_are_audited_with_before_and_after() {
        let mut team = team();
        let tom = team.technician.clone();
        let case = open_titled(&mut team, &tom, "Disk full", t0());
        let id = whole(&case);
        let opened = events(&mut team, &case);
        assert_eq!((opened.len(), opened[0].action.as_str()), (1, "case.open"));
        assert_eq!(opened[0].after.as_ref().expect("after")["owner"], "tom");

        let change = CaseEdit {
            status: Some(CaseStatus::Investigating),
            description: Some("C: at 99%".into()),
            ..Default::default()
        };
        let edited = team.store.write(|tx| edit(tx, &tom, &id, change.clone(), at(1))).expect("edited");
        assert_eq!((edited.changed, edited.case.status), (true, CaseStatus::Investigating));
        let latest = &latest_event(&mut team, &case);
        assert_eq!(latest.action, "case.edit");
        assert_eq!(latest.before.as_ref().expect("before")["status"], "open");
        assert_eq!(latest.after.as_ref().expect("after")["status"], "investigating");
        assert_eq!(latest.after.as_ref().expect("after")["description"], "C: at 99%");

        team.store.write(|tx| note(tx, &tom, &id, "Cleared temp".into(), at(2))).expect("note");
        let latest = &latest_event(&mut team, &case);
        assert_eq!(latest.action, "case.note");
        assert_eq!(latest.after.as_ref().expect("after")["body"], "Cleared temp");

        let closed = team.store.write(|tx| close(tx, &tom, &id, at(3))).expect("closed");
        assert_eq!((closed.changed, closed.case.status), (true, CaseStatus::Closed));
        assert_eq!(latest_event(&mut team, &case).action, "case.close");
        let again = team.store.write(|tx| close(tx, &tom, &id, at(4))).expect("closed again");
        assert_eq!((again.changed, again.case.updated_at), (false, at(3)));
        let archived = team.store.write(|tx| archive(tx, &tom, &id, at(5))).expect("archived");
        assert!(archived.changed);
        assert!(!team.store.write(|tx| archive(tx, &tom, &id, at(6))).expect("again").changed);
        let actions: Vec<String> = events(&mut team, &case).into_iter().map(|e| e.action).collect();
        assert_eq!(actions, ["case.open", "case.edit", "case.note", "case.close", "case.archive"]);

        // An archived case takes no notes until it is reopened.
        let err = team.store.write(|tx| note(tx, &tom, &id, "late".into(), at(7))).expect_err("archived");
        assert_eq!(err.kind(), ErrorKind::Conflict);
        let reopen = CaseEdit { status: Some(CaseStatus::Open), ..Default::default() };
        team.store.write(|tx| edit(tx, &tom, &id, reopen.clone(), at(8))).expect("reopened");
        team.store.write(|tx| note(tx, &tom, &id, "late".into(), at(9))).expect("noted");
        let err = team.store.write(|tx| edit(tx, &tom, &id, CaseEdit::default(), at(9))).expect_err("empty");
        assert_eq!(err.kind(), ErrorKind::Invalid);
    }

    #[test]
    fn text_limits_and_nul_are_refused() {
        let mut team = team();
        let tom = team.technician.clone();
        let at_limits =
            NewCase { description: "d".repeat(MAX_DESCRIPTION_CHARS), ..NewCase::titled("é".repeat(200)) };
        let case = team.store.write(|tx| open(tx, &tom, at_limits.clone(), t0())).expect("at the limits");
        let id = whole(&case);
        for new in [
            NewCase::titled("é".repeat(201)),
            NewCase::titled(" "),
            NewCase::titled("a\0b"),
            NewCase { description: "d".repeat(MAX_DESCRIPTION_CHARS + 1), ..NewCase::titled("t") },
            NewCase { description: "\0".into(), ..NewCase::titled("t") },
        ] {
            let err = team.store.write(|tx| open(tx, &tom, new.clone(), t0())).expect_err("refused");
            assert_eq!(err.kind(), ErrorKind::Invalid);
        }
        let long = "ü".repeat(MAX_NOTE_CHARS);
        let stored = team.store.write(|tx| note(tx, &tom, &id, long.clone(), t0())).expect("longest note");
        assert_eq!(stored.body, long);
        for body in ["ü".repeat(MAX_NOTE_CHARS + 1), String::new(), "\n \t".into(), "nul\0".into()] {
            let err = team.store.write(|tx| note(tx, &tom, &id, body.clone(), t0())).expect_err("refused");
            assert_eq!(err.kind(), ErrorKind::Invalid);
        }
        let change = CaseEdit { title: Some(String::new()), ..Default::default() };
        let err = team.store.write(|tx| edit(tx, &tom, &id, change.clone(), t0())).expect_err("blank");
        assert_eq!(err.kind(), ErrorKind::Invalid);
        // Text is stored exactly.
        let exact = "line one\nline \u{1b}[2J two\u{202e}";
        team.store.write(|tx| note(tx, &tom, &id, exact.into(), at(1))).expect("noted");
        let log = team.store.read(|tx| log(tx, &tom, &id)).expect("log");
        assert_eq!(log.last().expect("note").body, exact);
    }
}
