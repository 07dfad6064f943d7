//! Shell completions and man pages, generated from the clap definitions. `stint completions`
//! prints a script; the committed files in `completions/` and `man/` are checked by a test.

use std::io::Write;

use clap::{Args, CommandFactory};
use clap_complete::Shell;

use super::Cli;
use super::values::ShellArg;

#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// Shell to complete for
    #[arg(value_enum, ignore_case = true)]
    pub shell: ShellArg,
}

pub fn run(args: CompletionsArgs) -> anyhow::Result<()> {
    // Into memory first: clap_complete panics when its writer fails (a closed pipe).
    let mut script = Vec::new();
    clap_complete::generate(Shell::from(args.shell), &mut Cli::command(), "stint", &mut script);
    let mut out = std::io::stdout().lock();
    out.write_all(&script)?;
    out.flush()?;
    Ok(())
}

#[cfg(test)]
/// Every generated file, as `(path relative to the repository, contents)`.
pub fn generated_files() -> anyhow::Result<Vec<(String, Vec<u8>)>> {
    let mut files = Vec::new();
    for (shell, name) in [
        (Shell::Bash, "stint.bash"),
        (Shell::Zsh, "_stint"),
        (Shell::Fish, "stint.fish"),
        (Shell::Elvish, "stint.elv"),
        (Shell::PowerShell, "_stint.ps1"),
    ] {
        let mut buf = Vec::new();
        clap_complete::generate(shell, &mut Cli::command(), "stint", &mut buf);
        files.push((format!("completions/{name}"), buf));
    }
    // Built once with no `help` subcommands: every page then shows the global options it
    // accepts and its true command line (`stint timer start`), and names no `*-help` page.
    let mut root = Cli::command().disable_help_subcommand(true);
    root.build();
    add_man_pages(&root, &[], &mut files)?;
    Ok(files)
}

/// The date on every man page; moved when the pages' content changes.
#[cfg(test)]
const MAN_DATE: &str = "2026-12-03";

/// One page per command: `stint.1`, `stint-user.1`, `stint-user-add.1`, ...
#[cfg(test)]
fn add_man_pages(
    cmd: &clap::Command,
    path: &[&str],
    files: &mut Vec<(String, Vec<u8>)>,
) -> anyhow::Result<()> {
    let page = std::iter::once("stint").chain(path.iter().copied()).collect::<Vec<_>>().join("-");
    files.push((format!("man/{page}.1"), man_page(cmd, path, &page)?));
    for sub in cmd.get_subcommands() {
        let sub_path: Vec<&str> = path.iter().copied().chain([sub.get_name()]).collect();
        add_man_pages(sub, &sub_path, files)?;
    }
    Ok(())
}

/// The page of the command at `path`: clap_mangen's sections, then stint's own.
#[cfg(test)]
fn man_page(cmd: &clap::Command, path: &[&str], page: &str) -> anyhow::Result<Vec<u8>> {
    use clap_mangen::roff::{Roff, bold, italic, roman};

    let man = clap_mangen::Man::new(cmd.clone())
        .title(page.to_uppercase())
        .date(MAN_DATE)
        .source(format!("stint {}", env!("CARGO_PKG_VERSION")))
        .manual("stint manual");
    let mut buf = Vec::new();
    man.render_title(&mut buf)?;
    man.render_name_section(&mut buf)?;
    man.render_synopsis_section(&mut buf)?;
    man.render_description_section(&mut buf)?;
    if cmd.get_arguments().any(|a| !a.is_hide_set()) {
        man.render_options_section(&mut buf)?;
    }
    if cmd.has_subcommands() {
        man.render_subcommands_section(&mut buf)?;
    }

    let mut roff = Roff::new();
    let examples = super::help::examples(&path.join(" "));
    if !examples.is_empty() {
        roff.control("SH", ["EXAMPLES"]);
        for (i, example) in examples.iter().enumerate() {
            if i > 0 {
                roff.control("PP", []);
            }
            roff.text([roman(example.what)]);
            roff.control("RS", ["4"]).control("nf", []);
            roff.text([bold(example.run)]);
            roff.control("fi", []).control("RE", []);
        }
    }
    roff.control("SH", ["EXIT STATUS"]);
    for (code, what) in super::help::EXIT_CODES {
        roff.control("TP", []).text([bold(code.to_string())]).text([roman(*what)]);
    }
    roff.control("SH", ["ENVIRONMENT"]);
    for (name, what) in super::help::ENVIRONMENT {
        roff.control("TP", []).text([bold(*name)]).text([roman(*what)]);
    }
    roff.control("SH", ["FILES"]);
    for (file, what) in super::help::FILES {
        roff.control("TP", []).text([italic(*file)]).text([roman(*what)]);
    }
    roff.control("SH", ["SEE ALSO"]);
    roff.text([roman(see_also(cmd, path).join(", "))]);
    // One preamble per page: each render above wrote its own, which roff needs only once.
    let preamble = ".ie \\n(.g .ds Aq \\(aq\n.el .ds Aq '\n";
    let mut text = String::from_utf8(buf)?;
    text = format!("{preamble}{}", text.replace(preamble, ""));
    text.push_str(&roff.to_roff());
    // clap_mangen separates an option's help from its values with `.br`, an empty line (a
    // paragraph break) and `.br` again, which mandoc warns about: one `.sp` says the same.
    Ok(text.replace("\n.br\n\n.br\n", "\n.sp\n").into_bytes())
}

/// The pages a command's page points to: its parent, its siblings' group, and stint(1).
#[cfg(test)]
fn see_also(cmd: &clap::Command, path: &[&str]) -> Vec<String> {
    let page = |p: &[&str]| std::iter::once("stint").chain(p.iter().copied()).collect::<Vec<_>>().join("-");
    let mut refs = Vec::new();
    if !path.is_empty() {
        refs.push("stint(1)".to_owned());
    }
    if path.len() > 1 {
        refs.push(format!("{}(1)", page(&path[..path.len() - 1])));
    }
    if path.is_empty() {
        refs.extend(cmd.get_subcommands().map(|s| format!("{}(1)", page(&[s.get_name()]))));
    }
    refs
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Fails when `completions/` or `man/` differ from what the clap definitions generate.
    /// Regenerate with: STINT_REGENERATE_DOCS=1 cargo test --bin stint generated_docs_are_fresh
    #[test]
    fn generated_docs_are_fresh() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let files = generated_files().expect("generate");
        #[allow(clippy::disallowed_methods)] // the regeneration switch of this test
        let regenerate = std::env::var_os("STINT_REGENERATE_DOCS").is_some();
        if regenerate {
            for dir in ["completions", "man"] {
                let _ = std::fs::remove_dir_all(root.join(dir));
                std::fs::create_dir_all(root.join(dir)).expect("create dir");
            }
            for (path, contents) in &files {
                std::fs::write(root.join(path), contents).expect("write generated file");
            }
            return;
        }
        let mut stale = Vec::new();
        for (path, contents) in &files {
            if std::fs::read(root.join(path)).ok().as_deref() != Some(contents.as_slice()) {
                stale.push(path.clone());
            }
        }
        for dir in ["completions", "man"] {
            for entry in std::fs::read_dir(root.join(dir)).into_iter().flatten().flatten() {
                let path = format!("{dir}/{}", entry.file_name().to_string_lossy());
                if !files.iter().any(|(p, _)| *p == path) {
                    stale.push(format!("{path} (no longer generated)"));
                }
            }
        }
        assert!(
            stale.is_empty(),
            "completions/man pages are stale: {stale:?}\nregenerate with: \
             STINT_REGENERATE_DOCS=1 cargo test --bin stint generated_docs_are_fresh"
        );
    }
}

#[cfg(test)]
mod man_lint {
    /// Every generated man page passes `mandoc -T lint` with no warning. Without mandoc the test
    /// is skipped, except under CI, where `.ci/run` installs it.
    #[test]
    fn man_pages_pass_mandoc_lint() {
        let dir = tempfile::tempdir().expect("temp dir");
        let mut pages = Vec::new();
        for (path, contents) in super::generated_files().expect("generate") {
            if let Some(name) = path.strip_prefix("man/") {
                std::fs::write(dir.path().join(name), contents).expect("write page");
                pages.push(dir.path().join(name));
            }
        }
        let output = match std::process::Command::new("mandoc")
            .args(["-T", "lint", "-W", "warning"])
            .args(&pages)
            .output()
        {
            Ok(output) => output,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                #[allow(clippy::disallowed_methods)] // whether this run is CI decides skip or fail
                let ci = std::env::var_os("CI").is_some_and(|v| !v.is_empty());
                assert!(!ci, "mandoc is not installed, and CI is set: .ci/run should install it");
                eprintln!("skipped: mandoc is not installed");
                return;
            }
            Err(e) => panic!("cannot run mandoc: {e}"),
        };
        let report =
            format!("{}{}", String::from_utf8_lossy(&output.stdout), String::from_utf8_lossy(&output.stderr));
        assert!(output.status.success() && report.trim().is_empty(), "mandoc -T lint:\n{report}");
        assert!(pages.len() > 50, "only {} pages generated", pages.len());
    }
}
