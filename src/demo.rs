//! The sample desk `stint demo` builds: users of every role, tickets, cases with notes, three
//! weeks of work sessions for three technicians, and one timer running. Everything goes through
//! the core's own commands, so the demo data obeys every rule real data does. Deterministic
//! for a given `now` and zone.

use chrono::{Datelike, NaiveTime, Weekday};

use crate::actor::Actor;
use crate::auth::LoggedIn;
use crate::case::{self, NewCase};
use crate::error::Result;
use crate::id::{ClientId, IdPrefix};
use crate::permission::Role;
use crate::setup::{self, Setup};
use crate::store::Tx;
use crate::ticket::{self, NewTicket, TicketEdit, TicketStatus};
use crate::time::{Timestamp, Zone, resolve_local};
use crate::user::{self, NewUser};
use crate::vocabulary::Priority;
use crate::work::{self, Manual, ManualEnd, Start, TargetSpec};

/// The sample desk's organisation.
pub const ORG_NAME: &str = "northwind";

/// The password of every demo user.
pub const DEMO_PASSWORD: &str = "demo-password";

/// Who the demo creates: `(username, display name, role)`.
pub const DEMO_USERS: [(&str, &str, Role); 5] = [
    ("sam", "Sam Okafor", Role::Supervisor),
    ("tess", "Tess Lindqvist", Role::Technician),
    ("theo", "Theo Marchetti", Role::Technician),
    ("tara", "Tara Nakamura", Role::Technician),
    ("vera", "Vera Costa", Role::Viewer),
];

/// The technicians whose days the demo fills.
const TECHNICIANS: [&str; 3] = ["tess", "theo", "tara"];

/// The tags the demo's sessions carry: where the work was done.
const WHERE_WORKED: [&str; 3] = ["remote", "onsite", "phone"];

/// `(title, requester, priority, assignee)`.
const TICKETS: [(&str, &str, Priority, &str); 12] = [
    ("VPN drops every 20 minutes for the sales team", "Maria (Sales)", Priority::High, "tess"),
    ("New starter: laptop and accounts for J. Park", "HR", Priority::Normal, "theo"),
    ("Printer on 3rd floor jams on duplex", "Facilities", Priority::Low, "tara"),
    ("Outlook keeps asking for the password", "Ben (Finance)", Priority::Normal, "tess"),
    ("Shared drive quota full", "Legal", Priority::High, "theo"),
    ("Wi-Fi dead zone in meeting room B", "Office manager", Priority::Normal, "tara"),
    ("Phishing report: fake invoice email", "Accounts payable", Priority::Urgent, "tess"),
    ("Upgrade CAD workstations to 32 GB", "Engineering", Priority::Normal, "theo"),
    ("Badge reader offline at side entrance", "Security", Priority::High, "tara"),
    ("Teams calls drop audio", "CEO office", Priority::Urgent, "tess"),
    ("Decommission old file server", "IT", Priority::Low, "theo"),
    ("Password reset for contractor", "Projects", Priority::Normal, "tara"),
];

/// `(owner, title, linked ticket, notes)`.
const CASES: [(&str, &str, i64, &[&str]); 4] = [
    (
        "tess",
        "VPN disconnects: suspect MTU on the new firewall",
        1,
        &[
            "Reproduced on two laptops; drops line up with rekeying every 20 minutes.",
            "Lowered MTU to 1380 on the test profile; no drop in 2 hours.",
            "Rolled the profile out to the sales team; watching for a day.",
        ],
    ),
    (
        "theo",
        "Quota alerts on the legal share",
        5,
        &[
            "Two scanned archives take 60% of the share.",
            "Asked legal whether they can move to cold storage.",
        ],
    ),
    (
        "tara",
        "Meeting room B coverage",
        6,
        &["Heat map shows -78 dBm in the far corner.", "Ordered a ceiling access point."],
    ),
    (
        "tess",
        "Teams audio: driver or network?",
        10,
        &[
            "Happens only on the docking stations with firmware 1.2.",
            "Firmware 1.4 fixes it on the test dock.",
        ],
    ),
];

/// What `stint demo` built.
#[derive(Debug, Clone)]
pub struct DemoSummary {
    pub admin: LoggedIn,
    pub users: usize,
    pub tickets: usize,
    pub cases: usize,
    pub notes: usize,
    pub sessions: usize,
    /// The first day with work sessions.
    pub first_day: chrono::NaiveDate,
}

/// Deterministic pseudo-random numbers, so the same day gives the same demo.
struct Lcg(u64);

impl Lcg {
    fn below(&mut self, n: u64) -> u64 {
        self.0 = self.0.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
        (self.0 >> 33) % n.max(1)
    }
}

fn actor_of(tx: &dyn Tx, admin: &Actor, name: &str) -> Result<Actor> {
    Ok(user::find(tx, admin, name)?.actor(None))
}

/// Builds the demo desk in an empty database. `password_hash` is the hash of
/// [`DEMO_PASSWORD`]; the admin is logged in on `client`.
pub fn build(
    tx: &dyn Tx,
    password_hash: &str,
    client: ClientId,
    client_label: &str,
    now: Timestamp,
    zone: &dyn Zone,
) -> Result<DemoSummary> {
    let setup = Setup {
        org_name: ORG_NAME.into(),
        admin: "admin".into(),
        password_hash: password_hash.to_owned(),
        client_id: client,
        client_label: client_label.to_owned(),
    };
    let admin_login = setup::initialise(tx, setup, now)?;
    let admin = admin_login.actor.clone();
    for (name, display, role) in DEMO_USERS {
        let new = NewUser {
            username: name.into(),
            role,
            display_name: Some(display.into()),
            email: Some(format!("{name}@northwind.example")),
            password_hash: password_hash.to_owned(),
        };
        user::add(tx, &admin, new, false, now)?;
    }
    let sam = actor_of(tx, &admin, "sam")?;
    for (title, requester, priority, assignee) in TICKETS {
        let new = NewTicket {
            title: title.into(),
            description: String::new(),
            priority,
            requester: requester.into(),
            assignee: Some(assignee.into()),
        };
        ticket::create(tx, &sam, new, now)?;
    }
    let mut notes = 0;
    let mut case_ids = Vec::new();
    for (owner, title, ticket_number, case_notes) in CASES {
        let owner = actor_of(tx, &admin, owner)?;
        let new = NewCase { ticket: Some(ticket_number), ..NewCase::titled(title) };
        let opened = case::open(tx, &owner, new, now)?;
        let prefix: IdPrefix = opened.case_id.to_string().parse()?;
        for body in case_notes {
            case::note(tx, &owner, &prefix, (*body).to_owned(), now)?;
            notes += 1;
        }
        case_ids.push((owner.username.clone(), prefix));
    }

    // Three weeks of weekdays before today, in the local zone.
    let today = now.in_zone(zone).date_naive();
    let mut days = Vec::new();
    let mut day = today;
    while days.len() < 15 {
        day = day.pred_opt().unwrap_or(day);
        if !matches!(day.weekday(), Weekday::Sat | Weekday::Sun) {
            days.push(day);
        }
    }
    days.reverse();
    let mut rng = Lcg(u64::from(today.num_days_from_ce().unsigned_abs()));
    let mut sessions = 0;
    for name in TECHNICIANS {
        let tech = actor_of(tx, &admin, name)?;
        let own_tickets: Vec<i64> =
            TICKETS.iter().enumerate().filter(|(_, t)| t.3 == name).map(|(i, _)| i as i64 + 1).collect();
        let own_cases: Vec<&IdPrefix> = case_ids.iter().filter(|(o, _)| o == name).map(|(_, p)| p).collect();
        for day in &days {
            let mut minute = 8 * 60 + 30 + rng.below(40) as i64;
            let lunch = 12 * 60 + rng.below(30) as i64;
            while minute < 17 * 60 {
                let length = 20 + rng.below(100) as i64;
                let target = if !own_cases.is_empty() && rng.below(4) == 0 {
                    TargetSpec::case(own_cases[rng.below(own_cases.len() as u64) as usize].clone())
                } else {
                    TargetSpec::ticket(own_tickets[rng.below(own_tickets.len() as u64) as usize])
                };
                let start_time = NaiveTime::from_hms_opt((minute / 60) as u32, (minute % 60) as u32, 0);
                let Some(start_time) = start_time else { break };
                // Days with a DST change at these hours simply lose that session.
                let Ok(from) = resolve_local(day.and_time(start_time), zone) else {
                    minute += length;
                    continue;
                };
                let manual = Manual {
                    target,
                    from,
                    end: ManualEnd::After(length * 60),
                    note: String::new(),
                    // Where the work happened, from the length alone: the random sequence,
                    // and so the rest of the desk, stays as it was before tags.
                    tags: vec![WHERE_WORKED[(length % 3) as usize].to_owned()],
                    force: false,
                };
                work::manual(tx, &tech, zone, &manual, now)?;
                sessions += 1;
                minute += length + 5 + rng.below(25) as i64;
                if minute > lunch && minute < lunch + 45 {
                    minute = lunch + 45;
                }
            }
        }
    }
    // Tess is on the phishing report right now.
    let tess = actor_of(tx, &admin, "tess")?;
    let running = Start {
        target: TargetSpec::ticket(7),
        note: "checking mail gateway logs".into(),
        tags: vec!["remote".into(), "security".into()],
        at: Some(now.plus(-40 * 60)?),
        force: false,
    };
    work::start(tx, &tess, zone, &running, now)?;
    sessions += 1;
    // Some history in ticket states.
    for (number, status) in
        [(3, TicketStatus::Resolved), (11, TicketStatus::Closed), (2, TicketStatus::InProgress)]
    {
        let edit = TicketEdit { status: Some(status), ..TicketEdit::default() };
        ticket::edit(tx, &sam, number, edit, now)?;
    }
    let first_day = days.first().copied().unwrap_or(today);
    Ok(DemoSummary {
        admin: admin_login,
        users: DEMO_USERS.len() + 1,
        tickets: TICKETS.len(),
        cases: CASES.len(),
        notes,
        sessions,
        first_day,
    })
}
