//! Dynamic shell completion (`source <(COMPLETE=bash stint)`): clap_complete's engine runs the
//! binary on each Tab, and the completers here add the user's own tickets, users, cases and
//! work sessions to the static words (subcommands, flags, closed values, setting keys). They
//! read through the service exactly as the command would, never prompt, print nothing but
//! candidates, give up after [`WAIT`], and never create or migrate a database.

use std::ffi::{OsStr, OsString};
use std::sync::mpsc;
use std::time::Duration;

use clap::{CommandFactory, FromArgMatches};
use clap_complete::engine::{ArgValueCompleter, CompletionCandidate};
use stint::ErrorKind;
use stint::case::{CaseFilter, CaseView};
use stint::id::IdPrefix;
use stint::service::case::CaseList;
use stint::service::session::{RecentRequest, SessionRecent};
use stint::service::ticket::{TicketTitles, TitlesRequest};
use stint::service::user::{ListRequest, UserList};
use stint::work::WorkSessionView;

use super::{Cli, Ctx, GlobalArgs, Sources};

/// The longest a completion waits for its database or server; past it the shell gets only the
/// static words. The shell is answered well inside 5 s even when the server never replies.
const WAIT: Duration = Duration::from_secs(2);

/// The most tickets, cases, users or work sessions one completion offers: enough to choose
/// from, few enough to read, and each query stays bounded whatever the history's size.
const MAX_CANDIDATES: u32 = 50;

/// Answers the shell and exits when `COMPLETE` names one (the registration script or the
/// candidates); does nothing otherwise. Called first thing in `main`.
pub fn complete_if_asked() {
    clap_complete::CompleteEnv::with_factory(Cli::command).complete();
}

/// `ticket show 4<Tab>`, `--ticket`: ticket numbers, newest first, with their titles.
pub fn tickets() -> ArgValueCompleter {
    ArgValueCompleter::new(|current: &OsStr| {
        let typed = current.to_string_lossy();
        let (hash, digits) = match typed.strip_prefix('#') {
            Some(digits) => ("#", digits.to_owned()),
            None => ("", typed.into_owned()),
        };
        if !digits.bytes().all(|b| b.is_ascii_digit()) {
            return Vec::new();
        }
        let request = TitlesRequest { digits, limit: MAX_CANDIDATES };
        let found = ask(move |ctx, _| Ok(ctx.with_service(|s| s.call::<TicketTitles>(request))?.value));
        found
            .unwrap_or_default()
            .into_iter()
            .map(|(number, title)| candidate(format!("{hash}{number}"), &title))
            .collect()
    })
}

/// `user show <Tab>`, `--user`, `--assignee`: usernames with display names, after `me`.
pub fn users() -> ArgValueCompleter {
    ArgValueCompleter::new(|current: &OsStr| user_candidates(current, true))
}

/// `audit list --actor`: usernames only, since the audit log records names, not `me`.
pub fn usernames() -> ArgValueCompleter {
    ArgValueCompleter::new(|current: &OsStr| user_candidates(current, false))
}

fn user_candidates(current: &OsStr, with_me: bool) -> Vec<CompletionCandidate> {
    let typed = current.to_string_lossy().into_owned();
    let mut words = Vec::new();
    if with_me {
        words.push(candidate(stint::user::SELF_NAME.to_owned(), "yourself"));
    }
    let request = ListRequest { role: None, status: None, limit: None };
    let found = ask(move |ctx, _| Ok(ctx.with_service(|s| s.call::<UserList>(request))?.value));
    words.retain(|c| c.get_value().to_string_lossy().starts_with(&typed));
    let users = found.unwrap_or_default().into_iter().filter(|u| u.username.starts_with(&typed));
    words.extend(users.take(MAX_CANDIDATES as usize).map(|u| candidate(u.username, &u.display_name)));
    words
}

/// `case show <Tab>`, `--case`: case id prefixes (the eight digits tables show) with titles;
/// everyone's for those who may see them, otherwise one's own.
pub fn cases() -> ArgValueCompleter {
    ArgValueCompleter::new(|current: &OsStr| {
        let typed = current.to_string_lossy().to_ascii_lowercase();
        let found = ask(|ctx, _| {
            let list = |all_users| {
                let filter = CaseFilter { all_users, limit: Some(MAX_CANDIDATES), ..CaseFilter::default() };
                ctx.with_service(|s| s.call::<CaseList>(filter)).map(|r| r.value)
            };
            match list(true) {
                Err(e) if kind_of(&e) == Some(ErrorKind::PermissionDenied) => list(false),
                other => other,
            }
        });
        found
            .unwrap_or_default()
            .into_iter()
            .filter(|c| c.case_id.to_string().starts_with(&typed))
            .map(|c: CaseView| candidate(shown_id(c.case_id.to_string(), &typed), &c.title))
            .collect()
    })
}

/// `session show <Tab>`: `last`, then the latest work sessions by start (of `--user` when
/// given), or those whose id starts with the typed prefix; each with when and what.
pub fn sessions() -> ArgValueCompleter {
    ArgValueCompleter::new(|current: &OsStr| {
        let typed = current.to_string_lossy().to_ascii_lowercase();
        let mut words = vec![candidate("last".to_owned(), "your latest work session by start")];
        let prefix = typed.parse::<IdPrefix>().ok();
        let found = ask(move |ctx, user| {
            let request = RecentRequest { user, prefix, limit: MAX_CANDIDATES };
            let views = ctx.with_service(|s| s.call::<SessionRecent>(request))?.value;
            let view = ctx.printer().view;
            Ok(views.iter().map(|s| (s.work_session_id.to_string(), describe(s, &view))).collect::<Vec<_>>())
        });
        words.extend(
            found
                .unwrap_or_default()
                .into_iter()
                .filter(|(id, _)| id.starts_with(&typed))
                .map(|(id, what)| candidate(shown_id(id, &typed), &what)),
        );
        words.retain(|c| c.get_value().to_string_lossy().starts_with(&typed));
        words
    })
}

/// A session as a completion describes it: start, target and note.
fn describe(session: &WorkSessionView, view: &super::output::View) -> String {
    let mut text = format!("{} {}", view.time(session.start), session.target());
    if session.running {
        text.push_str(" (running)");
    }
    if !session.note.is_empty() {
        text.push_str(&format!(" {}", session.note));
    }
    text
}

/// An id as offered: the eight digits tables show, or the whole id once more has been typed.
fn shown_id(id: String, typed: &str) -> String {
    if typed.len() > 8 { id } else { id.chars().take(8).collect() }
}

fn candidate(value: String, help: &str) -> CompletionCandidate {
    let help = stint::text::escape_for_terminal(help);
    CompletionCandidate::new(value).help((!help.is_empty()).then(|| help.into()))
}

fn kind_of(error: &anyhow::Error) -> Option<ErrorKind> {
    error.chain().find_map(|c| c.downcast_ref::<stint::Error>()).map(stint::Error::kind)
}

/// Runs `query` with a context built from the words typed so far, as the command itself would
/// build it (`--db`/`--server` and the rest, then the environment, then config.toml), on a
/// thread of its own so the shell hears back within [`WAIT`] whatever the database or server
/// does. `None` on any failure or timeout: the shell then offers the static words only. The
/// query is also handed the `--user` typed, if any.
fn ask<T: Send + 'static>(
    query: impl FnOnce(&Ctx, Option<String>) -> anyhow::Result<T> + Send + 'static,
) -> Option<T> {
    // A panic's message would land in the middle of the user's command line.
    std::panic::set_hook(Box::new(|_| {}));
    let words = typed_words();
    let (sender, receiver) = mpsc::channel();
    std::thread::Builder::new()
        .name("completion".into())
        .spawn(move || {
            let _ = sender.send(answer(words, query));
        })
        .ok()?;
    receiver.recv_timeout(WAIT).ok()?.ok()
}

fn answer<T>(
    words: Vec<OsString>,
    query: impl FnOnce(&Ctx, Option<String>) -> anyhow::Result<T>,
) -> anyhow::Result<T> {
    let matches = Cli::command().ignore_errors(true).try_get_matches_from(words)?;
    let global = GlobalArgs::from_arg_matches(&matches)?;
    let sources = Sources::from_matches(&matches);
    let mut ctx = Ctx::new(GlobalArgs { quiet: true, ..global }, sources, false)?;
    ctx.migrate = false;
    ctx.env.busy_timeout = ctx.env.busy_timeout.min(WAIT);
    let mut leaf = &matches;
    while let Some((_, sub)) = leaf.subcommand() {
        leaf = sub;
    }
    let user = leaf.try_get_one::<String>("user").ok().flatten().cloned();
    query(&ctx, user)
}

/// The command line being completed, as the shell passed it after `--` (`stint ticket show 4`),
/// without the word being completed: the options typed so far choose the database or server.
fn typed_words() -> Vec<OsString> {
    let mut words: Vec<OsString> = std::env::args_os().skip_while(|a| a != "--").skip(1).collect();
    words.pop();
    words
}
