//! Tags on work sessions: set by the timer commands and `session edit`, refused when the name
//! breaks the rule, filtered on, reported by, carried through every machine format and back
//! by `session import`, and kept from Timewarrior and Watson histories.

use serde_json::{Value, json};

use crate::seed;
use crate::support::{ADMIN, ADMIN_PASSWORD, Env};
use crate::timer::{at, desk, sessions};

fn tags_of(list: &[Value]) -> Vec<Value> {
    list.iter().map(|s| s["tags"].clone()).collect()
}

/// tess's morning: a tagged timer, a switch with other tags, a tagged manual entry, then an
/// edit that tags the untagged one.
fn tagged_morning(env: &mut Env, tess: &std::path::Path) {
    at(env, "08:00");
    env.run_on(tess, &["timer", "start", "--ticket", "1", "--tag", "vpn", "--tag", "onsite"]).ok();
    at(env, "09:00");
    env.run_on(tess, &["timer", "switch", "--ticket", "2", "--tag", "phone", "--note", "=call"]).ok();
    at(env, "09:30");
    env.run_on(tess, &["timer", "stop"]).ok();
    at(env, "10:00");
    env.run_on(tess, &["timer", "manual", "--ticket", "1", "--duration", "15m", "--tag", "-urgent"]).ok();
    env.run_on(tess, &["timer", "manual", "--ticket", "2", "--from", "07:00", "--to", "07:30"]).ok();
    at(env, "12:00");
}

#[test]
fn timer_commands_and_edits_set_tags_and_every_listing_shows_them() {
    let (mut env, tess) = desk();
    tagged_morning(&mut env, &tess);
    let listed = sessions(&env, &tess, &[]);
    assert_eq!(tags_of(&listed), [json!([]), json!(["onsite", "vpn"]), json!(["phone"]), json!(["-urgent"])]);
    let untagged = listed[0]["work_session_id"].as_str().expect("id").to_owned();
    let edit = env.run_on(&tess, &["session", "edit", &untagged, "--tag", "remote", "--format", "json"]);
    assert_eq!(edit.ok().json()["tags"], json!(["remote"]));
    let edit = env.run_on(&tess, &["session", "edit", "@2", "--untag", "phone", "--tag", "call", "-q"]);
    edit.ok();
    let listed = sessions(&env, &tess, &[]);
    assert_eq!(listed[2]["tags"], json!(["call"]));
    env.run_on(&tess, &["session", "edit", "@2", "--untag", "absent"]).ok();
    let table = env.run_on(&tess, &["session", "list"]);
    assert!(table.ok().stdout.contains("onsite vpn"), "{}", table.stdout);
    let csv = env.run_on(&tess, &["session", "list", "--format", "csv"]).ok().stdout.clone();
    assert!(csv.lines().nth(2).is_some_and(|l| l.ends_with(",onsite;vpn")), "{csv}");
    assert!(csv.lines().nth(4).is_some_and(|l| l.ends_with(",'-urgent")), "guarded: {csv}");
    // Deleting a session removes its tags with it; the name stays usable as a filter.
    env.run_on(&tess, &["session", "delete", "@2", "--yes"]).ok();
    assert!(sessions(&env, &tess, &["--tag", "call"]).is_empty());
}

#[test]
fn tag_names_that_break_the_rule_are_refused_and_nothing_changes() {
    let (env, tess) = desk();
    for bad in ["two words", "a,b", "a;b", "", &"x".repeat(65)] {
        env.run_on(&tess, &["timer", "start", "--ticket", "1", "--tag", bad])
            .fails(2, "no whitespace, commas or semicolons");
    }
    env.run_on(&tess, &["timer", "status"]).fails(3, "no timer is running");
    env.run_on(&tess, &["timer", "manual", "--ticket", "1", "--duration", "1h", "--tag", "new\nline"])
        .fails(2, "1 to 64 characters");
    assert!(sessions(&env, &tess, &[]).is_empty());
    env.run_on(&tess, &["timer", "manual", "--ticket", "1", "--duration", "1h", "--tag", "ok"]).ok();
    env.run_on(&tess, &["session", "edit", "last", "--tag", "x y"]).fails(2, "no whitespace");
    env.run_on(&tess, &["session", "edit", "last", "--tag", "ok", "--untag", "ok"])
        .fails(2, "both --tag and --untag");
    assert_eq!(tags_of(&sessions(&env, &tess, &[])), [json!(["ok"])]);
    env.run_on(&tess, &["session", "list", "--tag", "a;b"]).fails(2, "no whitespace");
    env.run_on(&tess, &["session", "list", "--tag", "never"]).fails(3, "ever been tagged \"never\"");
}

#[test]
fn reports_group_and_filter_by_tag_and_keep_the_real_total() {
    let (mut env, tess) = desk();
    tagged_morning(&mut env, &tess);
    let rows = env.run_on(&tess, &["session", "report", "--by", "tag", "--format", "json"]).ok().json();
    let got: Vec<(Value, i64)> = rows
        .as_array()
        .expect("rows")
        .iter()
        .map(|r| (r["tag"].clone(), r["duration_seconds"].as_i64().expect("seconds")))
        .collect();
    assert_eq!(
        got,
        [
            (Value::Null, 1800),
            (json!("-urgent"), 900),
            (json!("onsite"), 3600),
            (json!("phone"), 1800),
            (json!("vpn"), 3600)
        ]
    );
    let table = env.run_on(&tess, &["session", "report", "--by", "tag"]);
    let out = &table.ok().stdout;
    // 30m + 1h + 30m + 15m: the session tagged twice counts once in the total.
    assert!(out.lines().last().is_some_and(|l| l.contains("total") && l.contains("2:15:00")), "{out}");
    assert!(table.stderr.contains("several tags counts under each"), "{}", table.stderr);
    let plain = env.run_on(&tess, &["session", "report", "--by", "ticket"]);
    assert!(!plain.ok().stderr.contains("several tags"), "{}", plain.stderr);
    let vpn = env.run_on(&tess, &["session", "report", "--tag", "vpn", "--format", "json"]).ok().json();
    assert_eq!(vpn[0]["duration_seconds"], 3600);
    let listed = sessions(&env, &tess, &["--tag", "phone"]);
    assert_eq!((listed.len(), &listed[0]["note"]), (1, &json!("=call")));
    let by_two = env.run_on(&tess, &["session", "report", "--by", "tag", "--by", "ticket", "--tag", "vpn"]);
    assert!(by_two.ok().stdout.contains("onsite"), "{}", by_two.stdout);
}

/// A fresh database with the tickets and users the exports name, logged in as the admin.
fn empty_desk_like(source: &Env) -> Env {
    let mut target = Env::new();
    target.now = source.now.clone();
    target.login(&target.default_client(), ADMIN, ADMIN_PASSWORD).ok();
    seed::ticket(&target, 1, "open");
    seed::ticket(&target, 2, "in_progress");
    seed::ticket(&target, 3, "closed");
    target.add_user("tess", "technician");
    target
}

#[test]
fn tags_survive_every_machine_format_and_import_back_exactly() {
    let (mut source, tess) = desk();
    tagged_morning(&mut source, &tess);
    source
        .run_on(&tess, &["timer", "start", "--ticket", "1", "--tag", "running", "--note", "tab\there"])
        .ok();
    for format in ["csv", "tsv", "json", "ndjson"] {
        let export =
            |env: &Env| env.run(&["session", "list", "--all-users", "--format", format]).ok().stdout.clone();
        let exported = export(&source);
        assert!(exported.contains("onsite"), "{format}: {exported}");
        let target = empty_desk_like(&source);
        let file = target.dir.path().join(format!("export.{format}"));
        std::fs::write(&file, &exported).expect("write export");
        let path = file.to_str().expect("utf-8");
        let dry = target.run(&["session", "import", path, "--dry-run", "--format", "json"]);
        assert_eq!(dry.ok().json()["sessions"], 5, "{format}");
        target.run(&["session", "import", path]).ok();
        assert_eq!(export(&target), exported, "{format} round trip");
    }
}

#[test]
fn timewarrior_and_watson_tags_and_annotations_are_kept() {
    let (env, tess) = desk();
    let timew = r#"[
        {"id":2,"start":"20240311T080000Z","end":"20240311T093000Z","tags":["ticket:1","vpn","onsite"],"annotation":"VPN outage"},
        {"id":1,"start":"20240312T080000Z","end":"20240312T083000Z","tags":["ticket:2","printer"]}
    ]"#;
    let import = |format: &str, text: &str, extra: &[&str]| {
        let mut args = vec!["session", "import", "-", "--input-format", format];
        args.extend_from_slice(extra);
        env.run_full(&tess, &args, Some(text), &[])
    };
    // Without --map-tag, the dry run says which tags it would not read.
    let dry = import("timewarrior", timew, &["--ticket", "1", "--dry-run"]);
    assert!(dry.ok().stderr.contains("2 ticket:/case: tags would not be read"), "{}", dry.stderr);
    import("timewarrior", timew, &["--map-tag"]).ok();
    let listed = sessions(&env, &tess, &[]);
    assert_eq!(tags_of(&listed), [json!(["onsite", "vpn"]), json!(["printer"])]);
    assert_eq!((&listed[0]["note"], &listed[0]["ticket"]), (&json!("VPN outage"), &json!(1)));
    assert_eq!((&listed[1]["note"], &listed[1]["ticket"]), (&json!(""), &json!(2)));

    let watson = r#"[[1710403200, 1710406800, "support", "a1", ["ticket:2", "phone"], 1710406900],
                     [1710489600, 1710491400, "ticket:1", "a2", ["email"], 1710491400]]"#;
    let done = import("watson", watson, &["--map-tag"]);
    assert!(!done.ok().stderr.contains("not read"), "{}", done.stderr);
    let listed = sessions(&env, &tess, &["--from", "2024-03-14"]);
    assert_eq!(tags_of(&listed), [json!(["phone", "support"]), json!(["email"])]);
    assert_eq!(listed[0]["updated_at"], "2024-03-14T09:01:40Z", "Watson's last change is kept");
    let report =
        env.run_on(&tess, &["session", "report", "--by", "tag", "--tag", "support", "--format", "json"]);
    assert_eq!(report.ok().json()[0]["duration_seconds"], 3600);

    let spaced = r#"[{"start":"20240301T080000Z","end":"20240301T090000Z","tags":["two words"]}]"#;
    import("timew", spaced, &["--ticket", "1"]).fails(2, "record 1: tag \"two words\" is refused");
}
