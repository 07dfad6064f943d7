//! Dynamic completion driven through real bash, zsh and fish: each shell sources the script
//! `COMPLETE=<shell> stint` prints and asks its registered completion for a command line, as
//! pressing Tab would, against a seeded temporary database (and through `stint serve` again in
//! tests/cli_server_sqlite).

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::support::Env;

/// The shells the completions are tested in.
const SHELLS: [&str; 3] = ["bash", "zsh", "fish"];

/// bash: the function `complete -F` registered for `stint`, called with COMP_WORDS and the rest
/// set as readline sets them; one candidate per line.
const BASH: &str = r#"
source <(COMPLETE=bash "$STINT_BIN")
spec=$(complete -p stint) || { echo "no completion registered" >&2; exit 3; }
fn=${spec##*-F }; fn=${fn%% *}
read -r -a COMP_WORDS <<< "$LINE"
[[ "$LINE" == *" " ]] && COMP_WORDS+=("")
COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 ))
COMP_LINE="$LINE"; COMP_POINT=${#LINE}; COMP_TYPE=9
"$fn" stint "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"
printf '%s\n' "${COMPREPLY[@]}"
"#;

/// zsh: the function `compdef` registered for `stint`, run with `words` and `CURRENT` as the
/// completion system sets them; `_describe` (usable only inside a completion widget) prints
/// the `value:description` pairs it would show.
const ZSH: &str = r#"
autoload -Uz compinit && compinit -u -d "$HOME/.zcompdump"
source <(COMPLETE=zsh "$STINT_BIN")
fn=${_comps[stint]}
[[ -n $fn ]] || { echo "no completion registered" >&2; exit 3; }
_describe() { printf '%s\n' "${(@P)3}"; }
words=(${=LINE})
[[ "$LINE" == *" " ]] && words+=("")
CURRENT=${#words}
$fn
"#;

/// fish: `complete -C`, fish's own answer for a command line; `value<TAB>description` lines.
const FISH: &str = r#"
COMPLETE=fish $STINT_BIN | source
complete -C "$LINE"
"#;

/// What one shell offered for `line`, and what it printed on stderr; `None` when the shell is
/// not installed and CI is unset (under CI a missing shell fails the test).
fn complete(env: &Env, client: &Path, shell: &str, line: &str) -> Option<(Vec<String>, String)> {
    let (args, script): (&[&str], &str) = match shell {
        "bash" => (&["--norc", "--noprofile", "-c"], BASH),
        "zsh" => (&["-f", "-c"], ZSH),
        "fish" => (&["--no-config", "-c"], FISH),
        other => panic!("no driver for {other}"),
    };
    // The environment stint's own runs get (database, config directory, clock, zone).
    let template = env.command(client, &[]);
    let mut command = Command::new(shell);
    command.env_clear();
    for (key, value) in template.get_envs() {
        if let Some(value) = value {
            command.env(key, value);
        }
    }
    command
        .args(args)
        .arg(script)
        .env("STINT_BIN", env!("CARGO_BIN_EXE_stint"))
        .env("LINE", line)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let output = match command.output() {
        Ok(output) => output,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound && !under_ci() => {
            eprintln!("skipped: {shell} is not installed");
            return None;
        }
        Err(e) => panic!("cannot run {shell} (installed by .ci/run under CI): {e}"),
    };
    let stdout = String::from_utf8_lossy(&output.stdout).into_owned();
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    assert!(output.status.success(), "{shell} failed completing {line:?}: {stderr}");
    Some((stdout.lines().map(str::to_owned).collect(), stderr))
}

fn under_ci() -> bool {
    #[allow(clippy::disallowed_methods)] // the test's own environment, not stint's
    let ci = std::env::var_os("CI");
    ci.is_some_and(|v| !v.is_empty())
}

/// The values offered, without their descriptions (`1\tPrinter` in fish, `1:Printer` in zsh).
fn values(shell: &str, lines: &[String]) -> Vec<String> {
    let split = |line: &String| match shell {
        "fish" => line.split('\t').next().unwrap_or_default().to_owned(),
        "zsh" => line.split(':').next().unwrap_or_default().to_owned(),
        _ => line.clone(),
    };
    lines.iter().map(split).collect()
}

#[track_caller]
fn assert_offers(shell: &str, line: &str, lines: &[String], wanted: &[&str]) {
    let offered = values(shell, lines);
    for want in wanted {
        assert!(
            offered.iter().any(|v| v == want),
            "{shell}: {line:?} should offer {want:?}, offered {lines:?}"
        );
    }
}

/// A closed-value flag's values, setting keys, and the seeded tickets, users, cases and work
/// sessions come back in every shell; fish and zsh also show their descriptions.
#[test]
fn every_shell_completes_values_and_the_users_own_data() {
    let env = Env::new();
    env.run(&["ticket", "create", "Printer jams", "-q"]).ok();
    env.run(&["ticket", "create", "VPN drops", "-q"]).ok();
    env.add_user("tess", "technician");
    let case = env.run(&["case", "open", "Slow laptop", "-q"]).ok().stdout.trim().to_owned();
    let session = env.run(&["timer", "start", "--ticket", "1", "-q"]).ok().stdout.trim().to_owned();
    assert_eq!(case.len(), 36, "case open -q prints the case id: {case:?}");
    assert_eq!(session.len(), 36, "timer start -q prints the session id: {session:?}");
    let client = env.default_client();
    for shell in SHELLS {
        let ask = |line: &str| complete(&env, &client, shell, line);
        let Some((tickets, stderr)) = ask("stint ticket show ") else { continue };
        assert_offers(shell, "ticket show", &tickets, &["1", "2"]);
        assert!(stderr.is_empty(), "{shell} printed {stderr:?}");
        if shell != "bash" {
            // bash shows values only; the others show each ticket's title beside it.
            assert!(tickets.iter().any(|l| l.contains("Printer jams")), "{shell}: {tickets:?}");
        }
        let (narrowed, _) = ask("stint ticket close 2").unwrap_or_default();
        assert_eq!(values(shell, &narrowed), ["2"], "{shell}: the typed digits narrow the numbers");
        let (users, _) = ask("stint user show ").unwrap_or_default();
        assert_offers(shell, "user show", &users, &["me", "admin", "tess"]);
        let (assignees, _) = ask("stint ticket list --assignee t").unwrap_or_default();
        assert_eq!(values(shell, &assignees), ["tess"], "{shell}: {assignees:?}");
        let (actors, _) = ask("stint audit list --actor ").unwrap_or_default();
        assert_offers(shell, "audit list --actor", &actors, &["admin", "tess"]);
        assert!(!values(shell, &actors).contains(&"me".to_owned()), "{shell}: the log names no `me`");
        let (cases, _) = ask("stint case show ").unwrap_or_default();
        assert_offers(shell, "case show", &cases, &[&case[..8]]);
        let (on_case, _) = ask(&format!("stint timer switch --case {}", &case[..4])).unwrap_or_default();
        assert_offers(shell, "timer switch --case", &on_case, &[&case[..8]]);
        let (sessions, _) = ask("stint session show ").unwrap_or_default();
        assert_offers(shell, "session show", &sessions, &["last", &session[..8]]);
        let (keys, _) = ask("stint config get session.").unwrap_or_default();
        assert_offers(shell, "config get", &keys, &["session.ttl", "session.idle_timeout"]);
        let (statuses, _) = ask("stint ticket list --status ").unwrap_or_default();
        assert_offers(
            shell,
            "--status",
            &statuses,
            &["open", "in_progress", "on_hold", "resolved", "closed"],
        );
        let (roles, _) = ask("stint user add bob --role ").unwrap_or_default();
        assert_offers(shell, "--role", &roles, &["admin", "supervisor", "technician", "viewer"]);
    }
}

/// Logged out (a client with no login): the static words still come, no ticket number does,
/// nothing is printed on stderr, and the answer is quick.
#[test]
fn logged_out_completion_offers_only_static_words_and_no_error() {
    let env = Env::new();
    env.run(&["ticket", "create", "Printer jams", "-q"]).ok();
    let stranger = env.client("stranger");
    for shell in SHELLS {
        let started = Instant::now();
        let Some((tickets, stderr)) = complete(&env, &stranger, shell, "stint ticket show ") else {
            continue;
        };
        assert!(started.elapsed() < Duration::from_secs(5), "{shell} took {:?}", started.elapsed());
        assert!(stderr.is_empty(), "{shell} printed {stderr:?}");
        let offered = values(shell, &tickets);
        assert!(!offered.iter().any(|v| v == "1"), "{shell} offered a ticket logged out: {tickets:?}");
        assert!(offered.iter().any(|v| v == "--help"), "{shell}: the flags still complete: {tickets:?}");
        let (statuses, stderr) =
            complete(&env, &stranger, shell, "stint ticket list --status ").unwrap_or_default();
        assert_offers(shell, "--status", &statuses, &["in_progress"]);
        assert!(stderr.is_empty(), "{shell} printed {stderr:?}");
    }
}

/// Completing never creates a database where there is none, and never migrates one: a
/// missing file stays missing, and the answer is only the static words.
#[test]
fn completing_creates_no_database() {
    let env = Env::empty();
    let client = env.default_client();
    for shell in SHELLS {
        let Some((offered, stderr)) = complete(&env, &client, shell, "stint ticket show ") else { continue };
        assert!(stderr.is_empty(), "{shell} printed {stderr:?}");
        assert!(values(shell, &offered).iter().any(|v| v == "--help"), "{shell}: {offered:?}");
        assert!(!env.db.exists(), "{shell}: completing created {}", env.db.display());
    }
}

/// A server that accepts the connection and never answers: the shell still hears back within
/// 5 s, with the static words only and nothing on stderr.
#[test]
fn a_silent_server_does_not_hang_the_shell() {
    let env = Env::new();
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    let url = format!("http://{}", listener.local_addr().expect("address"));
    let client = env.default_client();
    let token = format!("stint_{}", "a".repeat(64));
    let started = Instant::now();
    let template = env.command(&client, &[]);
    let mut command = Command::new(env!("CARGO_BIN_EXE_stint"));
    command.env_clear();
    for (key, value) in template.get_envs() {
        if let Some(value) = value {
            command.env(key, value);
        }
    }
    let output = command
        .args(["--", "stint", "ticket", "show", ""])
        .env("COMPLETE", "fish")
        .env_remove("STINT_DB")
        .env("STINT_SERVER", &url)
        .env("STINT_TOKEN", &token)
        .stdin(Stdio::null())
        .output()
        .expect("run stint");
    let took = started.elapsed();
    drop(listener);
    assert!(took < Duration::from_secs(5), "the completion took {took:?}");
    assert!(output.status.success());
    assert!(output.stderr.is_empty(), "printed {:?}", String::from_utf8_lossy(&output.stderr));
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(stdout.lines().any(|l| l.starts_with("--help")), "static words: {stdout}");
    assert!(!stdout.lines().any(|l| l.starts_with("1\t")), "{stdout}");
}
