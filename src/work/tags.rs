//! Tags on work sessions: the name rule, and a session's set of tags as the commands change it
//! (kept sorted and without repeats, so every output lists them the same way).

use super::WorkCommandStore;
use crate::error::{Error, Result};
use crate::id::{OrgId, WorkSessionId};
use crate::text;

/// Longest tag name, in characters.
pub const MAX_TAG_CHARS: usize = 64;

/// The rule as refusals state it.
const TAG_RULE: &str = "a tag is 1 to 64 characters with no whitespace, commas or semicolons";

/// Refuses a tag name that breaks the rule. Whitespace would split it in Timewarrior and on the
/// command line, commas and semicolons in CSV/TSV, where a session's tags are joined by `;`;
/// control characters are refused with whitespace, so a tag always prints as typed.
pub fn check_tag(name: &str) -> Result<()> {
    let chars = name.chars().count();
    let bad = name.chars().find(|c| c.is_whitespace() || c.is_control() || matches!(c, ',' | ';'));
    if chars == 0 || chars > MAX_TAG_CHARS || bad.is_some() {
        return Err(Error::invalid(format!(
            "tag {:?} is refused: {TAG_RULE}",
            text::escape_for_terminal(name)
        )));
    }
    Ok(())
}

/// Checks every name and returns the set sorted, repeats dropped.
pub fn tag_set(names: &[String]) -> Result<Vec<String>> {
    for name in names {
        check_tag(name)?;
    }
    let mut set = names.to_vec();
    set.sort_unstable();
    set.dedup();
    Ok(set)
}

/// `before` with `add` put on and `remove` taken off, checked and sorted. A tag both added and
/// removed is refused: the command would contradict itself.
pub fn edit_tags(before: &[String], add: &[String], remove: &[String]) -> Result<Vec<String>> {
    let add = tag_set(add)?;
    let remove = tag_set(remove)?;
    if let Some(both) = add.iter().find(|t| remove.contains(t)) {
        return Err(Error::invalid(format!(
            "tag {:?} is given to both --tag and --untag",
            text::escape_for_terminal(both)
        )));
    }
    let mut after: Vec<String> = before.iter().filter(|t| !remove.contains(t)).cloned().collect();
    after.extend(add);
    after.sort_unstable();
    after.dedup();
    Ok(after)
}

/// Gives a session exactly `tags` (a checked, sorted set), storing only when it changes.
pub(super) fn put_tags(
    tx: &dyn WorkCommandStore,
    org: OrgId,
    session: WorkSessionId,
    before: &[String],
    tags: &[String],
) -> Result<()> {
    if before == tags {
        return Ok(());
    }
    tx.set_work_session_tags(org, session, tags)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_name_rule_is_stated_in_every_refusal() {
        for name in ["", "two words", "a,b", "a;b", "tab\there", "new\nline", &"x".repeat(65)] {
            let e = check_tag(name).expect_err(name);
            assert!(e.message().contains(TAG_RULE), "{}", e.message());
        }
        for name in ["vpn", "ticket:42", "€uro", "a-b_c.d/e", &"é".repeat(64)] {
            check_tag(name).expect(name);
        }
    }

    #[test]
    fn sets_are_sorted_without_repeats_and_edits_apply_both_ways() {
        let names = |list: &[&str]| list.iter().map(|s| (*s).to_owned()).collect::<Vec<_>>();
        assert_eq!(tag_set(&names(&["vpn", "onsite", "vpn"])).expect("set"), names(&["onsite", "vpn"]));
        let after = edit_tags(&names(&["onsite", "vpn"]), &names(&["call"]), &names(&["vpn", "absent"]));
        assert_eq!(after.expect("edit"), names(&["call", "onsite"]));
        let e = edit_tags(&[], &names(&["x"]), &names(&["x"])).expect_err("both");
        assert!(e.message().contains("both --tag and --untag"), "{}", e.message());
    }
}
