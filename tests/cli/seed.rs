//! Tickets and cases written straight into a test database, for the timer and session tests,
//! until `ticket create` and `case open` exist on this branch.

use rusqlite::{Connection, params};

use crate::support::{ADMIN, Env};

fn open(env: &Env) -> Connection {
    let conn = Connection::open(&env.db).expect("open test database");
    conn.busy_timeout(std::time::Duration::from_secs(5)).expect("busy timeout");
    conn
}

fn org_and_user(conn: &Connection, username: &str) -> (String, String) {
    conn.query_row("SELECT org_id, user_id FROM users WHERE username = ?1", [username], |r| {
        Ok((r.get(0)?, r.get(1)?))
    })
    .expect("user exists")
}

/// Ticket `#number` titled "Ticket N", with `status`.
pub fn ticket(env: &Env, number: i64, status: &str) {
    let conn = open(env);
    let (org, admin) = org_and_user(&conn, ADMIN);
    conn.execute(
        "INSERT INTO tickets (org_id, number, title, status, priority, creator_id, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, 'normal', ?5, 0, 0)",
        params![org, number, format!("Ticket {number}"), status, admin],
    )
    .expect("insert ticket");
}

/// A case owned by `owner` with `status`; returns its id.
pub fn case(env: &Env, owner: &str, status: &str) -> String {
    let conn = open(env);
    let (org, owner) = org_and_user(&conn, owner);
    let id = uuid::Uuid::new_v4().to_string();
    conn.execute(
        "INSERT INTO cases (case_id, org_id, title, status, priority, owner_id, created_at, updated_at)
         VALUES (?1, ?2, 'A case', ?3, 'normal', ?4, 0, 0)",
        params![id, org, status, owner],
    )
    .expect("insert case");
    id
}
