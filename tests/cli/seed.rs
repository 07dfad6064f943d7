//! Tickets and cases for the timer, session and report tests, made through the real CLI (so
//! the same seeds work on every store): tickets by the admin, cases by their owner.

use crate::support::{ADMIN, Env};

/// Ticket `#number` titled "Ticket N", with `status`. Tickets are numbered in creation order,
/// so a test seeds #1, #2, ... in turn.
pub fn ticket(env: &Env, number: i64, status: &str) {
    let title = format!("Ticket {number}");
    let created = env.run(&["ticket", "create", &title, "-q"]);
    assert_eq!(created.ok().stdout.trim(), number.to_string(), "tickets are seeded in number order");
    let number = number.to_string();
    match status {
        "open" => {}
        "closed" => {
            env.run(&["ticket", "close", &number]).ok();
        }
        other => {
            env.run(&["ticket", "edit", &number, "--status", other]).ok();
        }
    }
}

/// A case titled "A case", opened by `owner` (logged in on their own client, or the admin on
/// the default one) and left with `status`; returns its id.
pub fn case(env: &Env, owner: &str, status: &str) -> String {
    let client = if owner == ADMIN { env.default_client() } else { env.client(owner) };
    let opened = env.run_on(&client, &["case", "open", "A case", "-q"]);
    let id = opened.ok().stdout.trim().to_owned();
    match status {
        "open" => {}
        "closed" => {
            env.run_on(&client, &["case", "close", &id]).ok();
        }
        "archived" => {
            env.run_on(&client, &["case", "archive", &id]).ok();
        }
        other => {
            env.run_on(&client, &["case", "edit", &id, "--status", other]).ok();
        }
    }
    id
}
