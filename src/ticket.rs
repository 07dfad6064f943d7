//! Tickets: numbered work requests with a status, a priority, a requester and an assignee.

use std::str::FromStr;

use serde::{Deserialize, Serialize};

use crate::actor::Actor;
use crate::audit::{self, AuditStore, Change};
use crate::error::{Error, Result};
use crate::id::{OrgId, UserId};
use crate::permission::{self, Capability};
use crate::text;
use crate::time::Timestamp;
use crate::user::{self, Status, UserStore};
use crate::vocabulary::{MAX_TITLE_CHARS, Priority, check_description, check_title, named_enum};

/// Longest requester text, in characters.
pub const MAX_REQUESTER_CHARS: usize = 200;

named_enum!(
    /// Where a ticket stands.
    TicketStatus, "ticket status", {
        Open => "open",
        InProgress => "in_progress",
        OnHold => "on_hold",
        Resolved => "resolved",
        Closed => "closed",
    }
);

/// A stored ticket. `ticket_id` is internal; people and scripts use `number`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ticket {
    pub ticket_id: i64,
    pub org_id: OrgId,
    pub number: i64,
    pub title: String,
    pub description: String,
    pub status: TicketStatus,
    pub priority: Priority,
    pub requester: String,
    pub assignee_id: Option<UserId>,
    pub creator_id: UserId,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
}

/// A ticket with the usernames its ids stand for, as storage returns it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TicketRow {
    pub ticket: Ticket,
    pub assignee: Option<String>,
    pub creator: String,
}

/// What commands show of a ticket.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TicketView {
    pub number: i64,
    pub title: String,
    pub description: String,
    pub status: TicketStatus,
    pub priority: Priority,
    pub requester: String,
    pub assignee: Option<String>,
    pub assignee_id: Option<UserId>,
    pub creator: String,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
    /// Seconds of work sessions on the ticket, running ones counted up to now.
    pub total_seconds: i64,
}

impl TicketView {
    pub fn of(row: &TicketRow, total_seconds: i64) -> Self {
        let t = &row.ticket;
        Self {
            number: t.number,
            title: t.title.clone(),
            description: t.description.clone(),
            status: t.status,
            priority: t.priority,
            requester: t.requester.clone(),
            assignee: row.assignee.clone(),
            assignee_id: t.assignee_id,
            creator: row.creator.clone(),
            created_at: t.created_at,
            updated_at: t.updated_at,
            total_seconds,
        }
    }
}

/// The audit snapshot of a ticket.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
struct Snapshot {
    number: i64,
    title: String,
    description: String,
    status: TicketStatus,
    priority: Priority,
    requester: String,
    assignee: Option<String>,
}

fn snapshot(row: &TicketRow) -> Snapshot {
    let t = &row.ticket;
    Snapshot {
        number: t.number,
        title: t.title.clone(),
        description: t.description.clone(),
        status: t.status,
        priority: t.priority,
        requester: t.requester.clone(),
        assignee: row.assignee.clone(),
    }
}

/// Reads a ticket number as people write it: `42` or `#42`.
pub fn parse_number(input: &str) -> Result<i64> {
    let digits = input.trim();
    let digits = digits.strip_prefix('#').unwrap_or(digits);
    match digits.parse::<i64>() {
        Ok(n) if n >= 1 && digits.bytes().all(|b| b.is_ascii_digit()) => Ok(n),
        _ => Err(Error::invalid(format!(
            "not a ticket number: {:?} (use a whole number such as 42 or #42)",
            text::escape_for_terminal(input)
        ))),
    }
}

/// Whose tickets `ticket list` shows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
pub enum AssigneeFilter {
    /// Assigned to the named user (`me` for the actor).
    User(String),
    /// Assigned to nobody.
    Unassigned,
}

/// The order of `ticket list`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TicketSort {
    /// Highest number first.
    #[default]
    Newest,
    /// Lowest number first.
    Oldest,
    /// Most recently changed first.
    Updated,
    /// Most urgent first, then newest.
    Priority,
}

impl TicketSort {
    pub const ALL: [TicketSort; 4] =
        [TicketSort::Newest, TicketSort::Oldest, TicketSort::Updated, TicketSort::Priority];

    pub fn as_str(self) -> &'static str {
        match self {
            TicketSort::Newest => "newest",
            TicketSort::Oldest => "oldest",
            TicketSort::Updated => "updated",
            TicketSort::Priority => "priority",
        }
    }
}

impl FromStr for TicketSort {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self> {
        TicketSort::ALL.into_iter().find(|v| v.as_str().eq_ignore_ascii_case(s.trim())).ok_or_else(|| {
            Error::invalid(format!(
                "unknown sort order {:?}; valid values: newest, oldest, updated, priority",
                text::escape_for_terminal(s)
            ))
        })
    }
}

/// What `ticket list` asks for, as people give it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TicketFilter {
    /// Any of these statuses; empty means all.
    pub statuses: Vec<TicketStatus>,
    pub assignee: Option<AssigneeFilter>,
    pub priority: Option<Priority>,
    /// Text that the title or description contains, matched literally and case-insensitively
    /// for ASCII letters.
    pub search: Option<String>,
    pub limit: Option<u32>,
    pub sort: TicketSort,
}

/// Which tickets storage should return, with names already resolved to ids.
#[derive(Debug, Clone, Default)]
pub struct TicketQuery {
    /// Any of these statuses, each once; empty means all.
    pub statuses: Vec<TicketStatus>,
    /// `Some(None)`: unassigned tickets; `Some(Some(id))`: tickets assigned to `id`.
    pub assignee: Option<Option<UserId>>,
    pub priority: Option<Priority>,
    pub search: Option<String>,
    pub limit: Option<u32>,
    pub sort: TicketSort,
}

/// Storage questions about tickets.
pub trait TicketStore {
    /// Takes the organisation's next ticket number; numbers only ever grow.
    fn allocate_ticket_number(&self, org: OrgId) -> Result<i64>;
    /// Stores a new ticket (its `ticket_id` is ignored) and returns its internal id.
    fn insert_ticket(&self, ticket: &Ticket) -> Result<i64>;
    fn ticket_by_number(&self, org: OrgId, number: i64) -> Result<Option<TicketRow>>;
    fn update_ticket(&self, ticket: &Ticket) -> Result<()>;
    /// Tickets matching `query`, each with its total seconds of work up to `now`.
    fn list_tickets(&self, org: OrgId, query: &TicketQuery, now: Timestamp) -> Result<Vec<(TicketRow, i64)>>;
    /// Seconds of work sessions on the ticket, running ones counted up to `now`.
    fn ticket_total_seconds(&self, ticket_id: i64, now: Timestamp) -> Result<i64>;
    /// The newest `limit` tickets whose number starts with `digits` (empty: any), as number and
    /// title, newest first.
    fn ticket_titles(&self, org: OrgId, digits: &str, limit: u32) -> Result<Vec<(i64, String)>>;
}

/// The stores ticket commands touch.
pub trait TicketCommandStore: TicketStore + UserStore + AuditStore {}
impl<T: TicketStore + UserStore + AuditStore + ?Sized> TicketCommandStore for T {}

/// Finds a ticket by number, as not-found when missing.
pub fn find<S: TicketStore + ?Sized>(tx: &S, org: OrgId, number: i64) -> Result<TicketRow> {
    tx.ticket_by_number(org, number)?.ok_or_else(|| Error::not_found(format!("no ticket #{number}")))
}

fn view(tx: &dyn TicketCommandStore, row: &TicketRow, now: Timestamp) -> Result<TicketView> {
    Ok(TicketView::of(row, tx.ticket_total_seconds(row.ticket.ticket_id, now)?))
}

fn check_requester(requester: &str) -> Result<()> {
    text::validate("requester", requester, false, MAX_REQUESTER_CHARS)
}

/// Finds the user a ticket is assigned to; only active users take tickets.
fn assignable(tx: &dyn TicketCommandStore, actor: &Actor, name: &str) -> Result<user::User> {
    let user = user::find(tx, actor, name)?;
    if user.status != Status::Active {
        return Err(Error::conflict(format!(
            "{} is {}; only active users can be assigned tickets",
            user.username, user.status
        )));
    }
    Ok(user)
}

/// A new ticket's fields.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NewTicket {
    pub title: String,
    pub description: String,
    pub priority: Priority,
    pub requester: String,
    /// A username, or `me`.
    pub assignee: Option<String>,
}

impl NewTicket {
    /// A ticket with only a title: normal priority, no description, requester or assignee.
    pub fn titled(title: impl Into<String>) -> Self {
        Self {
            title: title.into(),
            description: String::new(),
            priority: Priority::Normal,
            requester: String::new(),
            assignee: None,
        }
    }
}

/// Creates a ticket with the organisation's next number.
pub fn create(
    tx: &dyn TicketCommandStore,
    actor: &Actor,
    new: NewTicket,
    now: Timestamp,
) -> Result<TicketView> {
    permission::require(actor.role, Capability::EditTickets)?;
    check_title(&new.title)?;
    check_description(&new.description)?;
    check_requester(&new.requester)?;
    let assignee = new.assignee.as_deref().map(|name| assignable(tx, actor, name)).transpose()?;
    let mut ticket = Ticket {
        ticket_id: 0,
        org_id: actor.org_id,
        number: tx.allocate_ticket_number(actor.org_id)?,
        title: new.title,
        description: new.description,
        status: TicketStatus::Open,
        priority: new.priority,
        requester: new.requester,
        assignee_id: assignee.as_ref().map(|u| u.user_id),
        creator_id: actor.user_id,
        created_at: now,
        updated_at: now,
    };
    ticket.ticket_id = tx.insert_ticket(&ticket)?;
    let row = TicketRow { ticket, assignee: assignee.map(|u| u.username), creator: actor.username.clone() };
    audit::record(
        tx,
        actor,
        now,
        Change::new("ticket.create", "ticket", row.ticket.number).after(&snapshot(&row)),
    )?;
    Ok(TicketView::of(&row, 0))
}

/// Lists tickets, newest first unless `filter.sort` says otherwise.
pub fn list(
    tx: &dyn TicketCommandStore,
    actor: &Actor,
    filter: &TicketFilter,
    now: Timestamp,
) -> Result<Vec<TicketView>> {
    permission::require(actor.role, Capability::ViewTickets)?;
    if filter.limit == Some(0) {
        return Err(Error::invalid("--limit must be at least 1"));
    }
    if let Some(search) = &filter.search {
        text::validate("search text", search, true, MAX_TITLE_CHARS)?;
    }
    let assignee = match &filter.assignee {
        None => None,
        Some(AssigneeFilter::Unassigned) => Some(None),
        Some(AssigneeFilter::User(name)) => Some(Some(user::find(tx, actor, name)?.user_id)),
    };
    let mut statuses = filter.statuses.clone();
    statuses.sort();
    statuses.dedup();
    let query = TicketQuery {
        statuses,
        assignee,
        priority: filter.priority,
        search: filter.search.clone(),
        limit: filter.limit,
        sort: filter.sort,
    };
    Ok(tx
        .list_tickets(actor.org_id, &query, now)?
        .iter()
        .map(|(row, total)| TicketView::of(row, *total))
        .collect())
}

/// The most tickets a [`titles`] answer holds.
pub const MAX_TITLES: u32 = 200;

/// Ticket numbers and titles for completion: the newest `limit` (at most [`MAX_TITLES`])
/// whose number starts with `digits`. Cheaper than [`list`], which totals each ticket's time.
pub fn titles(
    tx: &dyn TicketCommandStore,
    actor: &Actor,
    digits: &str,
    limit: u32,
) -> Result<Vec<(i64, String)>> {
    permission::require(actor.role, Capability::ViewTickets)?;
    if digits.len() > 19 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return Err(Error::invalid("a ticket number prefix is at most 19 digits"));
    }
    if !(1..=MAX_TITLES).contains(&limit) {
        return Err(Error::invalid(format!("the limit must be between 1 and {MAX_TITLES}")));
    }
    tx.ticket_titles(actor.org_id, digits, limit)
}

/// Shows one ticket with its total time spent.
pub fn show(tx: &dyn TicketCommandStore, actor: &Actor, number: i64, now: Timestamp) -> Result<TicketView> {
    permission::require(actor.role, Capability::ViewTickets)?;
    let row = find(tx, actor.org_id, number)?;
    view(tx, &row, now)
}

/// [`show`] without the time spent (left 0), which sums every work session on the ticket.
pub fn show_without_total(tx: &dyn TicketCommandStore, actor: &Actor, number: i64) -> Result<TicketView> {
    permission::require(actor.role, Capability::ViewTickets)?;
    Ok(TicketView::of(&find(tx, actor.org_id, number)?, 0))
}

/// Fields `ticket edit` may change; `None` leaves a field alone.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TicketEdit {
    pub title: Option<String>,
    pub description: Option<String>,
    pub status: Option<TicketStatus>,
    pub priority: Option<Priority>,
    pub requester: Option<String>,
}

impl TicketEdit {
    fn is_empty(&self) -> bool {
        self.title.is_none()
            && self.description.is_none()
            && self.status.is_none()
            && self.priority.is_none()
            && self.requester.is_none()
    }
}

/// The outcome of a change that may already have been in effect.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TicketChanged {
    pub ticket: TicketView,
    /// False when the ticket already was as asked; nothing was written or audited.
    pub changed: bool,
}

/// Writes `after` if it differs from `before`, with one audit event.
fn apply(
    tx: &dyn TicketCommandStore,
    actor: &Actor,
    action: &'static str,
    before: &TicketRow,
    mut after: TicketRow,
    now: Timestamp,
) -> Result<TicketChanged> {
    let changed = snapshot(before) != snapshot(&after);
    if changed {
        after.ticket.updated_at = now;
        tx.update_ticket(&after.ticket)?;
        audit::record(
            tx,
            actor,
            now,
            Change::new(action, "ticket", after.ticket.number)
                .before(&snapshot(before))
                .after(&snapshot(&after)),
        )?;
    }
    Ok(TicketChanged { ticket: view(tx, &after, now)?, changed })
}

/// Edits a ticket's title, description, status, priority or requester.
pub fn edit(
    tx: &dyn TicketCommandStore,
    actor: &Actor,
    number: i64,
    edit: TicketEdit,
    now: Timestamp,
) -> Result<TicketChanged> {
    permission::require(actor.role, Capability::EditTickets)?;
    if edit.is_empty() {
        return Err(Error::invalid(
            "nothing to change; give --title, --description, --status, --priority or --requester",
        ));
    }
    if let Some(title) = &edit.title {
        check_title(title)?;
    }
    if let Some(description) = &edit.description {
        check_description(description)?;
    }
    if let Some(requester) = &edit.requester {
        check_requester(requester)?;
    }
    let before = find(tx, actor.org_id, number)?;
    let mut after = before.clone();
    if let Some(title) = edit.title {
        after.ticket.title = title;
    }
    if let Some(description) = edit.description {
        after.ticket.description = description;
    }
    if let Some(requester) = edit.requester {
        after.ticket.requester = requester;
    }
    if let Some(status) = edit.status {
        after.ticket.status = status;
    }
    if let Some(priority) = edit.priority {
        after.ticket.priority = priority;
    }
    apply(tx, actor, "ticket.edit", &before, after, now)
}

/// Assigns a ticket to a user (`me` for the actor), or unassigns it with `None`.
pub fn assign(
    tx: &dyn TicketCommandStore,
    actor: &Actor,
    number: i64,
    assignee: Option<&str>,
    now: Timestamp,
) -> Result<TicketChanged> {
    permission::require(actor.role, Capability::EditTickets)?;
    let before = find(tx, actor.org_id, number)?;
    let mut after = before.clone();
    match assignee {
        Some(name) => {
            let user = assignable(tx, actor, name)?;
            after.ticket.assignee_id = Some(user.user_id);
            after.assignee = Some(user.username);
        }
        None => {
            after.ticket.assignee_id = None;
            after.assignee = None;
        }
    }
    let action = if assignee.is_some() { "ticket.assign" } else { "ticket.unassign" };
    apply(tx, actor, action, &before, after, now)
}

/// Closes a ticket; closing a closed ticket changes nothing.
pub fn close(
    tx: &dyn TicketCommandStore,
    actor: &Actor,
    number: i64,
    now: Timestamp,
) -> Result<TicketChanged> {
    permission::require(actor.role, Capability::EditTickets)?;
    let before = find(tx, actor.org_id, number)?;
    let mut after = before.clone();
    after.ticket.status = TicketStatus::Closed;
    apply(tx, actor, "ticket.close", &before, after, now)
}

/// Reopens a resolved or closed ticket; any other status is left as it is.
pub fn reopen(
    tx: &dyn TicketCommandStore,
    actor: &Actor,
    number: i64,
    now: Timestamp,
) -> Result<TicketChanged> {
    permission::require(actor.role, Capability::EditTickets)?;
    let before = find(tx, actor.org_id, number)?;
    let mut after = before.clone();
    if matches!(before.ticket.status, TicketStatus::Resolved | TicketStatus::Closed) {
        after.ticket.status = TicketStatus::Open;
    }
    apply(tx, actor, "ticket.reopen", &before, after, now)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ErrorKind;
    use crate::audit::AuditFilter;
    use crate::permission::Role;
    use crate::store::sqlite::test_support::{Team, t0, team};
    use crate::vocabulary::MAX_DESCRIPTION_CHARS;

    fn at(secs: i64) -> Timestamp {
        t0().plus(secs).expect("in range")
    }

    fn create_titled(team: &mut Team, actor: &Actor, title: &str) -> TicketView {
        let actor = actor.clone();
        team.store.write(|tx| create(tx, &actor, NewTicket::titled(title), t0())).expect("created")
    }

    fn list_with(team: &mut Team, filter: TicketFilter) -> Vec<i64> {
        let actor = team.admin.clone();
        let views = team.store.read(|tx| list(tx, &actor, &filter, t0())).expect("listed");
        views.iter().map(|t| t.number).collect()
    }

    fn events(team: &mut Team, object_id: &str) -> Vec<crate::audit::AuditEvent> {
        let actor = team.admin.clone();
        let filter = AuditFilter::default().with_object(&format!("ticket:{object_id}"));
        team.store.read(|tx| audit::list(tx, &actor, &filter)).expect("audit")
    }

    /// The ticket's latest audit event (the log lists oldest first).
    fn latest_event(team: &mut Team, object_id: &str) -> crate::audit::AuditEvent {
        events(team, object_id).pop().expect("an audit event")
    }

    #[test]
    fn numbers_are_sequential_per_organisation() {
        let mut team = team();
        let tech = team.technician.clone();
        let numbers: Vec<i64> =
            (0..3).map(|i| create_titled(&mut team, &tech, &format!("t{i}")).number).collect();
        assert_eq!(numbers, [1, 2, 3]);
        // A refused create takes no number with it.
        let refused = team.store.write(|tx| create(tx, &tech, NewTicket::titled(""), t0()));
        assert_eq!(refused.expect_err("blank title").kind(), ErrorKind::Invalid);
        assert_eq!(create_titled(&mut team, &tech, "t3").number, 4);
    }

    #[test]
    fn invalid_status_and_priority_list_the_valid_values() {
        let err = "bogus".parse::<TicketStatus>().expect_err("invalid");
        assert_eq!(err.kind(), ErrorKind::Invalid);
        assert_eq!(
            err.message(),
            "unknown ticket status \"bogus\"; valid values: open, in_progress, on_hold, resolved, closed"
        );
        let err = "asap".parse::<Priority>().expect_err("invalid");
        assert_eq!(err.kind(), ErrorKind::Invalid);
        assert_eq!(err.message(), "unknown priority \"asap\"; valid values: low, normal, high, urgent");
        assert_eq!("HIGH".parse::<Priority>(), Ok(Priority::High));
        assert_eq!("in_progress".parse::<TicketStatus>(), Ok(TicketStatus::InProgress));
        assert!("in-progress".parse::<TicketStatus>().is_err());
        for p in Priority::ALL {
            assert_eq!(p.as_str().parse::<Priority>(), Ok(*p));
            assert_eq!(serde_json::to_value(p).expect("json"), p.as_str());
        }
        for s in TicketStatus::ALL {
            assert_eq!(s.as_str().parse::<TicketStatus>(), Ok(*s));
            assert_eq!(serde_json::to_value(s).expect("json"), s.as_str());
        }
        assert!("random".parse::<TicketSort>().expect_err("invalid").message().contains("newest, oldest"));
    }

    #[test]
    fn ticket_numbers_parse_with_or_without_hash() {
        assert_eq!(parse_number("42"), Ok(42));
        assert_eq!(parse_number("#42"), Ok(42));
        assert_eq!(parse_number(" 7 "), Ok(7));
        for bad in ["", "#", "0", "-1", "+4", "4x", "##4", "99999999999999999999", "4 2"] {
            assert_eq!(parse_number(bad).expect_err(bad).kind(), ErrorKind::Invalid, "{bad:?}");
        }
    }

    #[test]
    fn create_show_and_view_fields() {
        let mut team = team();
        let tech = team.technician.clone();
        let new = NewTicket {
            title: "Printer on fire".into(),
            description: "Third floor".into(),
            priority: Priority::Urgent,
            requester: "Dana <dana@example.com>".into(),
            assignee: Some("me".into()),
        };
        let created = team.store.write(|tx| create(tx, &tech, new.clone(), t0())).expect("created");
        assert_eq!(created.number, 1);
        assert_eq!(created.status, TicketStatus::Open);
        assert_eq!(created.assignee.as_deref(), Some("tom"));
        assert_eq!(created.assignee_id, Some(tech.user_id));
        assert_eq!(created.creator, "tom");
        let viewer = team.viewer.clone();
        let shown = team.store.read(|tx| show(tx, &viewer, 1, at(60))).expect("shown");
        assert_eq!(shown, created);
        let json = serde_json::to_value(&shown).expect("json");
        let mut keys: Vec<&str> = json.as_object().expect("object").keys().map(String::as_str).collect();
        keys.sort_unstable();
        assert_eq!(
            keys,
            [
                "assignee",
                "assignee_id",
                "created_at",
                "creator",
                "description",
                "number",
                "priority",
                "requester",
                "status",
                "title",
                "total_seconds",
                "updated_at",
            ]
        );
        assert_eq!(json["created_at"], "2023-11-14T22:13:20Z");
        assert_eq!(json["priority"], "urgent");
        let missing = team.store.read(|tx| show(tx, &viewer, 99, t0())).expect_err("missing");
        assert_eq!(missing.kind(), ErrorKind::NotFound);
        assert_eq!(missing.message(), "no ticket #99");
    }

    #[test]
    fn permission_rows_for_tickets() {
        let mut team = team();
        let admin = team.admin.clone();
        create_titled(&mut team, &admin, "seed");
        let roles: Vec<(Actor, Role)> = team.by_role().into_iter().map(|(a, r)| (a.clone(), r)).collect();
        for (actor, role) in roles {
            let may_edit = role != Role::Viewer;
            let outcomes = team.store.write(|tx| {
                Ok([
                    create(tx, &actor, NewTicket::titled("x"), t0()).map(|_| ()),
                    edit(
                        tx,
                        &actor,
                        1,
                        TicketEdit { title: Some(format!("by {role}")), ..Default::default() },
                        t0(),
                    )
                    .map(|_| ()),
                    assign(tx, &actor, 1, Some("me"), t0()).map(|_| ()),
                    assign(tx, &actor, 1, None, t0()).map(|_| ()),
                    close(tx, &actor, 1, t0()).map(|_| ()),
                    reopen(tx, &actor, 1, t0()).map(|_| ()),
                ])
            });
            for outcome in outcomes.expect("ran") {
                match outcome {
                    Ok(()) => assert!(may_edit, "{role} may not edit tickets"),
                    Err(e) => {
                        assert!(!may_edit, "{role} may edit tickets: {e}");
                        assert_eq!(e.kind(), ErrorKind::PermissionDenied);
                        assert_eq!(e.message(), "permission denied: a viewer cannot create and edit tickets");
                    }
                }
            }
            // Everyone may view tickets.
            team.store.read(|tx| show(tx, &actor, 1, t0())).expect("show");
            team.store.read(|tx| list(tx, &actor, &TicketFilter::default(), t0())).expect("list");
        }
        // A viewer is refused even for a ticket that does not exist.
        let viewer = team.viewer.clone();
        let err = team.store.write(|tx| close(tx, &viewer, 99, t0())).expect_err("denied");
        assert_eq!(err.kind(), ErrorKind::PermissionDenied);
    }

    #[test]
    fn search_is_literal() {
        let mut team = team();
        let tech = team.technician.clone();
        for title in ["100% done", "1000 done", "snake_case", "snakeXcase", r"back\slash", "plain"] {
            create_titled(&mut team, &tech, title);
        }
        let description = NewTicket { description: "50% off".into(), ..NewTicket::titled("sale") };
        team.store.write(|tx| create(tx, &tech, description.clone(), t0())).expect("created");
        let search = |s: &str| TicketFilter { search: Some(s.into()), ..Default::default() };
        assert_eq!(list_with(&mut team, search("%")), [7, 1]);
        assert_eq!(list_with(&mut team, search("0%")), [7, 1]);
        assert_eq!(list_with(&mut team, search("_")), [3]);
        assert_eq!(list_with(&mut team, search("e_c")), [3]);
        assert_eq!(list_with(&mut team, search(r"\")), [5]);
        assert_eq!(list_with(&mut team, search(r"k\s")), [5]);
        assert_eq!(list_with(&mut team, search("SNAKE")), [4, 3]);
        assert_eq!(list_with(&mut team, search("done")), [2, 1]);
        let admin = team.admin.clone();
        for bad in ["", "a\0b"] {
            let err = team.store.read(|tx| list(tx, &admin, &search(bad), t0())).expect_err("refused");
            assert_eq!(err.kind(), ErrorKind::Invalid, "{bad:?}");
        }
    }

    #[test]
    fn list_filters_sorts_and_limits() {
        let mut team = team();
        let (tech, tina, admin) = (team.technician.clone(), team.technician2.clone(), team.admin.clone());
        // #1 tom low open, #2 tina high in_progress, #3 nobody urgent on_hold, #4 tom normal closed
        let specs = [
            (Some("tom"), Priority::Low, None),
            (Some("tina"), Priority::High, Some(TicketStatus::InProgress)),
            (None, Priority::Urgent, Some(TicketStatus::OnHold)),
            (Some("tom"), Priority::Normal, Some(TicketStatus::Closed)),
        ];
        for (i, (assignee, priority, status)) in specs.into_iter().enumerate() {
            let new = NewTicket {
                priority,
                assignee: assignee.map(String::from),
                ..NewTicket::titled(format!("ticket {i}"))
            };
            team.store
                .write(|tx| {
                    let created = create(tx, &admin, new.clone(), at(i as i64))?;
                    if let Some(status) = status {
                        let change = TicketEdit { status: Some(status), ..Default::default() };
                        edit(tx, &admin, created.number, change, at(100 - i as i64))?;
                    }
                    Ok(())
                })
                .expect("seeded");
        }
        assert_eq!(list_with(&mut team, TicketFilter::default()), [4, 3, 2, 1]);
        let statuses = |s: &[TicketStatus]| TicketFilter { statuses: s.to_vec(), ..Default::default() };
        assert_eq!(list_with(&mut team, statuses(&[TicketStatus::Open])), [1]);
        assert_eq!(
            list_with(
                &mut team,
                statuses(&[TicketStatus::Closed, TicketStatus::OnHold, TicketStatus::Closed])
            ),
            [4, 3]
        );
        let assignee = |a: AssigneeFilter| TicketFilter { assignee: Some(a), ..Default::default() };
        assert_eq!(list_with(&mut team, assignee(AssigneeFilter::User("TOM".into()))), [4, 1]);
        assert_eq!(list_with(&mut team, assignee(AssigneeFilter::Unassigned)), [3]);
        let mine = team
            .store
            .read(|tx| list(tx, &tina, &assignee(AssigneeFilter::User("me".into())), t0()))
            .expect("mine");
        assert_eq!(mine.iter().map(|t| t.number).collect::<Vec<_>>(), [2]);
        let nobody =
            team.store.read(|tx| list(tx, &tech, &assignee(AssigneeFilter::User("zed".into())), t0()));
        assert_eq!(nobody.expect_err("no such user").kind(), ErrorKind::NotFound);
        let priority = TicketFilter { priority: Some(Priority::High), ..Default::default() };
        assert_eq!(list_with(&mut team, priority), [2]);
        let sorted = |sort: TicketSort| TicketFilter { sort, ..Default::default() };
        assert_eq!(list_with(&mut team, sorted(TicketSort::Oldest)), [1, 2, 3, 4]);
        assert_eq!(list_with(&mut team, sorted(TicketSort::Priority)), [3, 2, 4, 1]);
        // Updated: #2 at 99, #3 at 98, #4 at 97, #1 untouched at 0.
        assert_eq!(list_with(&mut team, sorted(TicketSort::Updated)), [2, 3, 4, 1]);
        let limited = TicketFilter { limit: Some(2), sort: TicketSort::Oldest, ..Default::default() };
        assert_eq!(list_with(&mut team, limited), [1, 2]);
        let combined = TicketFilter {
            statuses: vec![TicketStatus::Open, TicketStatus::Closed],
            assignee: Some(AssigneeFilter::User("tom".into())),
            priority: Some(Priority::Normal),
            ..Default::default()
        };
        assert_eq!(list_with(&mut team, combined), [4]);
        let zero = TicketFilter { limit: Some(0), ..Default::default() };
        let err = team.store.read(|tx| list(tx, &admin, &zero, t0())).expect_err("zero");
        assert_eq!(err.kind(), ErrorKind::Invalid);
    }

    #[test]
    fn edits_are_audited_with_before_and_after() {
        let mut team = team();
        let tech = team.technician.clone();
        create_titled(&mut team, &tech, "Wifi drops");
        let created = events(&mut team, "1");
        assert_eq!(created.len(), 1);
        assert_eq!(created[0].action, "ticket.create");
        assert_eq!(created[0].actor, "tom");
        assert_eq!(created[0].before, None);
        assert_eq!(created[0].after.as_ref().expect("after")["title"], "Wifi drops");

        let change = TicketEdit {
            title: Some("Wifi drops hourly".into()),
            priority: Some(Priority::High),
            ..Default::default()
        };
        let edited = team.store.write(|tx| edit(tx, &tech, 1, change.clone(), at(10))).expect("edited");
        assert!(edited.changed);
        assert_eq!(edited.ticket.updated_at, at(10));
        assert_eq!(edited.ticket.created_at, t0());
        let latest = &latest_event(&mut team, "1");
        assert_eq!(latest.action, "ticket.edit");
        let (before, after) =
            (latest.before.as_ref().expect("before"), latest.after.as_ref().expect("after"));
        assert_eq!(
            (before["title"].as_str(), after["title"].as_str()),
            (Some("Wifi drops"), Some("Wifi drops hourly"))
        );
        assert_eq!((before["priority"].as_str(), after["priority"].as_str()), (Some("normal"), Some("high")));

        let assigned = team.store.write(|tx| assign(tx, &tech, 1, Some("tina"), at(20))).expect("assigned");
        assert_eq!(assigned.ticket.assignee.as_deref(), Some("tina"));
        let latest = &latest_event(&mut team, "1");
        assert_eq!(latest.action, "ticket.assign");
        assert_eq!(latest.before.as_ref().expect("before")["assignee"], serde_json::Value::Null);
        assert_eq!(latest.after.as_ref().expect("after")["assignee"], "tina");

        let unassigned = team.store.write(|tx| assign(tx, &tech, 1, None, at(30))).expect("unassigned");
        assert_eq!((unassigned.ticket.assignee, unassigned.ticket.assignee_id), (None, None));
        assert_eq!(latest_event(&mut team, "1").action, "ticket.unassign");

        let closed = team.store.write(|tx| close(tx, &tech, 1, at(40))).expect("closed");
        assert!(closed.changed);
        assert_eq!(closed.ticket.status, TicketStatus::Closed);
        let latest = &latest_event(&mut team, "1");
        assert_eq!(latest.action, "ticket.close");
        assert_eq!(latest.before.as_ref().expect("before")["status"], "open");
        assert_eq!(latest.after.as_ref().expect("after")["status"], "closed");
        let count = events(&mut team, "1").len();

        // Idempotent changes succeed, report no change, and write nothing.
        let again = team.store.write(|tx| close(tx, &tech, 1, at(50))).expect("closed again");
        assert!(!again.changed);
        assert_eq!(again.ticket.updated_at, at(40));
        let same = TicketEdit { title: Some("Wifi drops hourly".into()), ..Default::default() };
        assert!(!team.store.write(|tx| edit(tx, &tech, 1, same.clone(), at(50))).expect("same").changed);
        assert!(!team.store.write(|tx| assign(tx, &tech, 1, None, at(50))).expect("none").changed);
        assert_eq!(events(&mut team, "1").len(), count);

        let reopened = team.store.write(|tx| reopen(tx, &tech, 1, at(60))).expect("reopened");
        assert!(reopened.changed);
        assert_eq!(reopened.ticket.status, TicketStatus::Open);
        assert_eq!(latest_event(&mut team, "1").action, "ticket.reopen");
        assert!(!team.store.write(|tx| reopen(tx, &tech, 1, at(70))).expect("open already").changed);
        let held = TicketEdit { status: Some(TicketStatus::OnHold), ..Default::default() };
        team.store.write(|tx| edit(tx, &tech, 1, held.clone(), at(80))).expect("held");
        let not_closed = team.store.write(|tx| reopen(tx, &tech, 1, at(90))).expect("on hold stays");
        assert_eq!((not_closed.changed, not_closed.ticket.status), (false, TicketStatus::OnHold));
    }

    #[test]
    fn edit_needs_a_change_and_an_existing_ticket() {
        let mut team = team();
        let tech = team.technician.clone();
        let err = team.store.write(|tx| edit(tx, &tech, 1, TicketEdit::default(), t0())).expect_err("empty");
        assert_eq!(err.kind(), ErrorKind::Invalid);
        let change = TicketEdit { title: Some("x".into()), ..Default::default() };
        let err = team.store.write(|tx| edit(tx, &tech, 1, change.clone(), t0())).expect_err("missing");
        assert_eq!(err.kind(), ErrorKind::NotFound);
        for call in [close, reopen] {
            let err = team.store.write(|tx| call(tx, &tech, 5, t0())).expect_err("missing");
            assert_eq!(err.kind(), ErrorKind::NotFound);
        }
    }

    #[test]
    fn only_active_existing_users_take_tickets() {
        let mut team = team();
        let (admin, tech) = (team.admin.clone(), team.technician.clone());
        create_titled(&mut team, &tech, "x");
        let err = team.store.write(|tx| assign(tx, &tech, 1, Some("nobody"), t0())).expect_err("unknown");
        assert_eq!(err.kind(), ErrorKind::NotFound);
        let err = team.store.write(|tx| assign(tx, &tech, 1, Some("Not Valid"), t0())).expect_err("bad name");
        assert_eq!(err.kind(), ErrorKind::Invalid);
        team.store
            .write(|tx| user::set_status(tx, &admin, "tina", Status::Suspended, t0()))
            .expect("suspended");
        let err = team.store.write(|tx| assign(tx, &tech, 1, Some("tina"), t0())).expect_err("suspended");
        assert_eq!(err.kind(), ErrorKind::Conflict);
        assert_eq!(err.message(), "tina is suspended; only active users can be assigned tickets");
        let new = NewTicket { assignee: Some("tina".into()), ..NewTicket::titled("y") };
        let err = team.store.write(|tx| create(tx, &tech, new.clone(), t0())).expect_err("suspended");
        assert_eq!(err.kind(), ErrorKind::Conflict);
    }

    #[test]
    fn text_limits_and_nul_are_refused() {
        let mut team = team();
        let tech = team.technician.clone();
        let try_create =
            |team: &mut Team, new: NewTicket| team.store.write(|tx| create(tx, &tech, new.clone(), t0()));
        let max = NewTicket {
            description: "d".repeat(MAX_DESCRIPTION_CHARS),
            ..NewTicket::titled("é".repeat(200))
        };
        let stored = try_create(&mut team, max).expect("at the limits");
        assert_eq!(stored.title.chars().count(), 200);
        let cases = [
            NewTicket::titled("é".repeat(201)),
            NewTicket::titled(""),
            NewTicket::titled("  \n"),
            NewTicket::titled("nul\0byte"),
            NewTicket { description: "d".repeat(MAX_DESCRIPTION_CHARS + 1), ..NewTicket::titled("t") },
            NewTicket { description: "a\0".into(), ..NewTicket::titled("t") },
            NewTicket { requester: "r".repeat(MAX_REQUESTER_CHARS + 1), ..NewTicket::titled("t") },
            NewTicket { requester: "\0".into(), ..NewTicket::titled("t") },
        ];
        for new in cases {
            let shown = format!("{new:?}");
            let err = try_create(&mut team, new).expect_err("refused");
            assert_eq!(err.kind(), ErrorKind::Invalid, "{}", &shown[..shown.len().min(80)]);
        }
        let change = TicketEdit { title: Some("x".repeat(201)), ..Default::default() };
        let err = team.store.write(|tx| edit(tx, &tech, 1, change.clone(), t0())).expect_err("long");
        assert_eq!(err.kind(), ErrorKind::Invalid);
        // Text is stored exactly, control characters and all.
        let exact = "tab\there \u{1b}[31m red\u{202e} ";
        let stored = try_create(&mut team, NewTicket::titled(exact)).expect("created");
        let admin = team.admin.clone();
        let shown = team.store.read(|tx| show(tx, &admin, stored.number, t0())).expect("shown");
        assert_eq!(shown.title, exact);
    }
}
