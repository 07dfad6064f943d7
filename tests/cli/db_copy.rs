//! `stint db copy`: a desk copied into a new SQLite file lists the same tickets once its users
//! log in again there, and a target that already holds data is refused.

use crate::support::{ADMIN, ADMIN_PASSWORD, Env};

#[test]
fn a_copy_into_a_new_file_lists_the_same_tickets_and_refuses_a_second_time() {
    let env = Env::new();
    if crate::BACKEND.postgres() {
        return;
    }
    crate::seed::ticket(&env, 1, "open");
    let target = env.dir.path().join("copy.db");
    let to = target.to_string_lossy().into_owned();
    env.run(&["db", "copy", "--to", &to]).ok();
    env.run(&["db", "copy", "--to", &to]).fails(6, "already exists");

    let client = env.client("copied");
    let on_copy = [("STINT_DB", to.as_str())];
    env.run_full(
        &client,
        &["auth", "login", ADMIN, "--password-stdin"],
        Some(&format!("{ADMIN_PASSWORD}\n")),
        &on_copy,
    )
    .ok();
    let listed = |client, extra: &[(&str, &str)]| {
        env.run_full(client, &["ticket", "list", "--format", "csv"], None, extra).ok().stdout.clone()
    };
    assert_eq!(listed(&client, &on_copy), listed(&env.default_client(), &[]));
}
