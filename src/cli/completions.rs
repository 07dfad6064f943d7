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
    let root = Cli::command();
    add_man_pages(&root, "stint", &mut files)?;
    Ok(files)
}

#[cfg(test)]
/// One page per command: `stint.1`, `stint-user.1`, `stint-user-add.1`, ...
fn add_man_pages(cmd: &clap::Command, name: &str, files: &mut Vec<(String, Vec<u8>)>) -> anyhow::Result<()> {
    let cmd = cmd.clone().name(name.to_owned());
    let mut buf = Vec::new();
    clap_mangen::Man::new(cmd.clone()).render(&mut buf)?;
    files.push((format!("man/{name}.1"), buf));
    for sub in cmd.get_subcommands().filter(|s| s.get_name() != "help") {
        add_man_pages(sub, &format!("{name}-{}", sub.get_name()), files)?;
    }
    Ok(())
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
