//! Users and passwords: reserved names, changing a password, the order of checks and prompts,
//! what suspension does to a running timer, and how the messages count things.

use crate::support::Env;

/// Every message that counts something reads as English: one of a thing, two things.
#[test]
fn counted_messages_read_as_english() {
    let env = Env::new();
    let password = env.add_user("bob", "technician");
    for client in ["a", "b"] {
        env.login(&env.client(client), "bob", &password).ok();
    }
    let run = env.run(&["auth", "revoke", "--user", "bob"]);
    assert!(run.ok().stderr.contains("Revoked 2 login sessions."), "{}", run.stderr);
    env.login(&env.client("a"), "bob", &password).ok();
    let run = env.run(&["auth", "revoke", "--user", "bob"]);
    assert!(run.ok().stderr.contains("Revoked 1 login session."), "{}", run.stderr);

    let bob = env.client("c");
    env.login(&bob, "bob", &password).ok();
    env.run(&["ticket", "create", "One", "-q"]).ok();
    let import = "ticket,start,end\n1,2024-03-14T08:00:00Z,2024-03-14T09:00:00Z\n";
    let run = env.run_full(&bob, &["session", "import", "-", "--input-format", "csv"], Some(import), &[]);
    let stderr = &run.ok().stderr;
    assert!(stderr.contains("Imported 1 work session, ") && stderr.contains(" for 1 user."), "{stderr}");

    let run = env.run_on(&bob, &["auth", "logout"]);
    assert!(run.ok().stderr.contains("Logged out (1 login session revoked)."), "{}", run.stderr);
    let run = env.run(&["auth", "prune"]);
    assert!(run.ok().stderr.contains("dead login sessions."), "{}", run.stderr);
    assert!(!env.run(&["user", "list"]).ok().stderr.contains("(s)"));
}
