//! How a served desk ends: SIGTERM after real work closes the pooled connections cleanly.

use crate::support::Env;

#[test]
fn sigterm_after_work_ends_the_server_cleanly() {
    let mut env = Env::new();
    env.run(&["ticket", "create", "Printer jam", "-q"]).ok();
    env.run(&["timer", "start", "--ticket", "1", "-q"]).ok();
    env.run(&["session", "list", "--format", "csv"]).ok();
    let status = env.stop_server().expect("a server backend");
    let log = std::fs::read_to_string(env.dir.path().join("serve.log")).expect("the server's log");
    assert!(status.success(), "the server ended with {status}:\n{log}");
    assert!(!log.contains("panicked"), "{log}");
    assert!(log.contains("stopping"), "{log}");
}
