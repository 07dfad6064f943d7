//! Architecture checks that read the source: the core's modules form no cycle, and the
//! foundation modules depend on nothing above them (ARCHITECTURE.md, "Layers"); the published
//! crate holds no CI or benchmark tooling.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

/// The bottom layer: vocabulary every domain module may use. They may reference only each other.
const FOUNDATION: &[&str] = &["error", "text", "id", "time", "permission", "password", "actor", "vocabulary"];

/// Module → the core modules it references, each with one file that does, for the message.
type Graph = BTreeMap<String, BTreeMap<String, PathBuf>>;

#[test]
fn the_core_module_graph_has_no_cycle() {
    let graph = core_graph();
    assert!(graph.len() > 10, "found only {:?} in src/", graph.keys());
    if let Some(cycle) = find_cycle(&graph) {
        panic!("the core's modules form a cycle: {}", describe(&graph, &cycle));
    }
}

#[test]
fn the_foundation_references_only_the_foundation() {
    let graph = core_graph();
    for module in FOUNDATION {
        let targets = graph.get(*module).unwrap_or_else(|| panic!("no module {module} in src/"));
        for (target, file) in targets {
            assert!(
                FOUNDATION.contains(&target.as_str()),
                "{module} is in the foundation but references crate::{target} ({})",
                file.display()
            );
        }
    }
}

/// The rules clippy checks for the core: it never prints (src/lib.rs) and reads the environment
/// only through the allowed places in src/cli (clippy.toml).
#[test]
fn clippy_keeps_the_core_from_printing_and_reading_the_environment() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let lib = read(&root.join("src/lib.rs"));
    assert!(
        lib.lines().any(|l| l.trim() == "#![deny(clippy::print_stdout, clippy::print_stderr)]"),
        "src/lib.rs must deny clippy::print_stdout and clippy::print_stderr"
    );
    let config = read(&root.join("clippy.toml"));
    for banned in ["std::env::var", "std::env::var_os", "std::env::vars", "chrono::Utc::now"] {
        let entry = format!("path = \"{banned}\"");
        assert!(
            config.lines().any(|l| l.contains(&entry) && l.contains("reason = ")),
            "clippy.toml must ban {banned} with a reason"
        );
    }
}

#[test]
fn a_cycle_is_found_and_named() {
    let mut graph = Graph::new();
    for (from, to) in [("a", "b"), ("b", "c"), ("c", "a"), ("c", "d")] {
        graph.entry(from.into()).or_default().insert(to.into(), PathBuf::from(format!("src/{from}.rs")));
    }
    graph.entry("d".into()).or_default();
    let cycle = find_cycle(&graph).expect("a → b → c → a");
    assert_eq!(describe(&graph, &cycle), "a → b (src/a.rs) → c (src/b.rs) → a (src/c.rs)");
    graph.get_mut("c").map(|targets| targets.remove("a"));
    assert_eq!(find_cycle(&graph), None);
}

#[test]
fn test_code_comments_and_strings_are_not_references() {
    let source = r#"
use crate::error::Error;
use crate::{id::{self, UserId}, time};
// crate::comment
/* crate::block */
const S: &str = "crate::string";
#[cfg(test)]
mod tests {
    use crate::store::Tx;
    fn f() { let _ = "}"; }
}
#[cfg(test)]
mod support;
fn g() -> crate::Result<()> { crate::text::f() }
"#;
    let (refs, test_modules) = references(source);
    assert_eq!(refs, ["Result", "error", "id", "text", "time"].map(String::from).into());
    assert_eq!(test_modules, ["support".to_owned()]);
}

/// The graph of top-level core modules (everything in src/ but lib.rs, main.rs and cli/),
/// from their non-test code.
fn core_graph() -> Graph {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let reexports = root_reexports(&read(&src.join("lib.rs")));
    let mut files: BTreeMap<String, Vec<PathBuf>> = BTreeMap::new();
    for entry in fs::read_dir(&src).expect("read src/") {
        let path = entry.expect("read src/").path();
        let name = path.file_stem().and_then(|s| s.to_str()).expect("UTF-8 file name").to_owned();
        if ["lib", "main", "cli"].contains(&name.as_str()) {
            continue;
        }
        if path.is_dir() {
            files.entry(name).or_default().extend(rust_files(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            files.entry(name).or_default().push(path);
        }
    }
    // `#[cfg(test)] mod x;` lives in x.rs or x/ beside the declaring file: not part of the graph.
    let mut test_only = BTreeSet::new();
    for path in files.values().flatten() {
        let dir = if path.ends_with("mod.rs") { path.with_file_name("") } else { path.with_extension("") };
        for test_module in references(&read(path)).1 {
            test_only.insert(dir.join(format!("{test_module}.rs")));
            test_only.extend(rust_files(&dir.join(&test_module)));
        }
    }
    let root = src.parent().unwrap_or(&src);
    let mut graph = Graph::new();
    for (module, paths) in &files {
        let targets = graph.entry(module.clone()).or_default();
        for path in paths.iter().filter(|p| !test_only.contains(*p)) {
            for name in references(&read(path)).0 {
                let target = reexports.get(&name).cloned().unwrap_or(name);
                if &target != module && files.contains_key(&target) {
                    targets
                        .entry(target)
                        .or_insert_with(|| path.strip_prefix(root).unwrap_or(path).to_owned());
                }
            }
        }
    }
    graph
}

fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let Ok(entries) = fs::read_dir(dir) else { return Vec::new() };
    let mut files = Vec::new();
    for entry in entries {
        let path = entry.expect("read a source directory").path();
        if path.is_dir() {
            files.extend(rust_files(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            files.push(path);
        }
    }
    files.sort();
    files
}

fn read(path: &Path) -> String {
    fs::read_to_string(path).unwrap_or_else(|e| panic!("read {}: {e}", path.display()))
}

/// `pub use error::{Error, Result};` in lib.rs: `crate::Error` is a reference to `error`.
fn root_reexports(lib: &str) -> BTreeMap<String, String> {
    let mut names = BTreeMap::new();
    for line in lib.lines() {
        let Some(rest) = line.trim().strip_prefix("pub use ") else { continue };
        let Some((module, items)) = rest.trim_end_matches(';').split_once("::") else { continue };
        for item in items.trim_matches(|c| c == '{' || c == '}').split(',') {
            names.insert(item.trim().to_owned(), module.trim().to_owned());
        }
    }
    names
}

/// The first segment of every `crate::` path in non-test code, and the names of the test-only
/// modules declared with `#[cfg(test)] mod name;`.
fn references(source: &str) -> (BTreeSet<String>, Vec<String>) {
    let code = without_tests(&blank_comments_and_strings(source));
    let mut refs = BTreeSet::new();
    let mut rest = code.text.as_str();
    while let Some(at) = rest.find("crate::") {
        rest = &rest[at + "crate::".len()..];
        if let Some(group) = rest.strip_prefix('{') {
            let end = matching_brace(group).unwrap_or(group.len());
            refs.extend(top_level_items(&group[..end]).into_iter().map(|item| first_segment(&item)));
        } else {
            refs.insert(first_segment(rest));
        }
    }
    refs.retain(|r| !r.is_empty() && r != "self");
    (refs, code.test_modules)
}

fn first_segment(path: &str) -> String {
    path.trim_start().chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect()
}

/// `a::{b, c}, d` → `a::{b, c}`, `d`.
fn top_level_items(group: &str) -> Vec<String> {
    let (mut items, mut current, mut depth) = (Vec::new(), String::new(), 0);
    for c in group.chars() {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            ',' if depth == 0 => {
                items.push(std::mem::take(&mut current));
                continue;
            }
            _ => {}
        }
        current.push(c);
    }
    items.push(current);
    items
}

/// The index of the `}` closing a block whose `{` came just before `text`.
fn matching_brace(text: &str) -> Option<usize> {
    let mut depth = 1;
    for (i, c) in text.char_indices() {
        match c {
            '{' => depth += 1,
            '}' => {
                depth -= 1;
                if depth == 0 {
                    return Some(i);
                }
            }
            _ => {}
        }
    }
    None
}

/// Replaces comments and the contents of string and char literals with spaces, so braces and
/// paths inside them count for nothing.
fn blank_comments_and_strings(source: &str) -> String {
    let chars: Vec<char> = source.chars().collect();
    let mut out = String::with_capacity(source.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let next = chars.get(i + 1).copied();
        if c == '/' && next == Some('/') {
            while i < chars.len() && chars[i] != '\n' {
                i += 1;
            }
        } else if c == '/' && next == Some('*') {
            i += 2;
            while i < chars.len() && !(chars[i] == '*' && chars.get(i + 1) == Some(&'/')) {
                i += 1;
            }
            i += 2;
            out.push(' ');
        } else if c == 'r' && (next == Some('"') || next == Some('#')) && !prev_is_ident(&chars, i) {
            // A raw string: r"..." or r#"..."#.
            let mut j = i + 1;
            let mut hashes = 0;
            while chars.get(j) == Some(&'#') {
                hashes += 1;
                j += 1;
            }
            if chars.get(j) != Some(&'"') {
                out.push(c);
                i += 1;
                continue;
            }
            j += 1;
            let closing: Vec<char> = std::iter::once('"').chain(std::iter::repeat_n('#', hashes)).collect();
            while j < chars.len() && !chars[j..].starts_with(&closing) {
                j += 1;
            }
            i = j + closing.len();
            out.push_str("\"\"");
        } else if c == '"' {
            i += 1;
            while i < chars.len() && chars[i] != '"' {
                i += if chars[i] == '\\' { 2 } else { 1 };
            }
            i += 1;
            out.push_str("\"\"");
        } else if c == '\'' && is_char_literal(&chars, i) {
            i += 1;
            while i < chars.len() && chars[i] != '\'' {
                i += if chars[i] == '\\' { 2 } else { 1 };
            }
            i += 1;
            out.push_str("' '");
        } else {
            out.push(c);
            i += 1;
        }
    }
    out
}

fn prev_is_ident(chars: &[char], i: usize) -> bool {
    i > 0 && (chars[i - 1].is_alphanumeric() || chars[i - 1] == '_')
}

/// `'x'` or `'\n'`, not a lifetime `'a`.
fn is_char_literal(chars: &[char], i: usize) -> bool {
    match chars.get(i + 1) {
        Some('\\') => true,
        Some(_) => chars.get(i + 2) == Some(&'\''),
        None => false,
    }
}

struct NonTest {
    text: String,
    test_modules: Vec<String>,
}

/// Drops every item behind `#[cfg(test)]`: a block up to its closing brace, a declaration up
/// to its `;` (and `mod name;` is remembered, so its file is skipped).
fn without_tests(code: &str) -> NonTest {
    const GATE: &str = "#[cfg(test)]";
    let mut text = String::new();
    let mut test_modules = Vec::new();
    let mut rest = code;
    while let Some(at) = rest.find(GATE) {
        text.push_str(&rest[..at]);
        rest = &rest[at + GATE.len()..];
        let brace = rest.find('{').unwrap_or(rest.len());
        let semicolon = rest.find(';').unwrap_or(rest.len());
        if semicolon < brace {
            let item = rest[..semicolon].trim();
            if let Some(name) = item.rsplit_once("mod ").map(|(_, name)| name.trim()) {
                test_modules.push(name.to_owned());
            }
            rest = &rest[(semicolon + 1).min(rest.len())..];
        } else if brace < rest.len() {
            let body = &rest[brace + 1..];
            let end = matching_brace(body).map_or(body.len(), |e| e + 1);
            rest = &body[end..];
        } else {
            rest = "";
        }
    }
    text.push_str(rest);
    NonTest { text, test_modules }
}

/// A cycle as its modules in order (the first is not repeated), or `None`.
fn find_cycle(graph: &Graph) -> Option<Vec<String>> {
    fn visit<'a>(
        graph: &'a Graph,
        module: &'a str,
        path: &mut Vec<&'a str>,
        done: &mut BTreeSet<&'a str>,
    ) -> Option<Vec<String>> {
        if let Some(start) = path.iter().position(|m| *m == module) {
            return Some(path[start..].iter().map(|m| (*m).to_owned()).collect());
        }
        if done.contains(module) {
            return None;
        }
        path.push(module);
        for target in graph.get(module).into_iter().flat_map(BTreeMap::keys) {
            if let Some(cycle) = visit(graph, target, path, done) {
                return Some(cycle);
            }
        }
        path.pop();
        done.insert(module);
        None
    }
    let mut done = BTreeSet::new();
    graph.keys().find_map(|module| visit(graph, module, &mut Vec::new(), &mut done))
}

/// `a → b (src/a.rs) → a (src/b.rs)`: each step with a file that makes it.
fn describe(graph: &Graph, cycle: &[String]) -> String {
    let mut text = cycle[0].clone();
    for (i, from) in cycle.iter().enumerate() {
        let to = &cycle[(i + 1) % cycle.len()];
        let file = graph.get(from).and_then(|targets| targets.get(to)).map(|f| f.display().to_string());
        text.push_str(&format!(" → {to} ({})", file.unwrap_or_default()));
    }
    text
}

/// The published crate holds what builds and documents stint, and no CI or benchmark tooling.
#[test]
fn the_published_crate_ships_no_ci_or_benchmark_tooling() {
    let out = std::process::Command::new(env!("CARGO"))
        .args(["package", "--list", "--allow-dirty", "--offline"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("run cargo package --list");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let listed = String::from_utf8_lossy(&out.stdout);
    let files: Vec<&str> = listed.lines().collect();
    for tooling in [".ci/", "benches/", "BENCHMARKS.md", "tests/battery/run-all.sh"] {
        assert!(!files.iter().any(|f| f.starts_with(tooling)), "{tooling} would ship: {files:?}");
    }
    for needed in ["LICENSE-MIT", "LICENSE-APACHE", "man/stint.1", "completions/stint.bash", "src/main.rs"] {
        assert!(files.contains(&needed), "{needed} would not ship: {files:?}");
    }
}
