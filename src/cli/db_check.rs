//! `stint db check`: prints each broken invariant of a database (any format) and exits 8 when
//! there is one; the checks themselves live in `stint::store::check`.

use stint::Error;
use stint::store::Store;
use stint::store::check::Violation;

use super::Ctx;
use super::output::{Record, View};
use super::table::Col;

impl Record for Violation {
    const COLUMNS: &'static [&'static str] = &["kind", "table", "id", "problem"];
    // Ids here may be any key a broken row holds, so they are shown whole.
    const HEADERS: &'static [Col] =
        &[Col::fixed("KIND"), Col::fixed("TABLE"), Col::fixed("ID"), Col::text("PROBLEM")];
    fn row(&self, _view: &View) -> Vec<String> {
        vec![self.kind.as_str().to_owned(), self.table.clone(), self.id.clone(), self.problem.clone()]
    }
}

pub fn check(ctx: &Ctx) -> anyhow::Result<()> {
    let location = ctx.db_location()?;
    let printer = ctx.printer();
    let mut sink = printer.sink::<Violation>()?;
    let found = Store::check(&location, ctx.open_options(), &mut |violation| {
        sink.push(&violation).map_err(|e| Error::internal(format!("cannot write the report: {e}")))
    })?;
    sink.finish()?;
    let shown = stint::text::escape_for_terminal(&location.to_string());
    if found == 0 {
        ctx.notice(format!("{shown}: no violations found."));
        return Ok(());
    }
    let noun = if found == 1 { "violation" } else { "violations" };
    Err(Error::unusable(format!("{shown}: {found} {noun} of stint's invariants found")).into())
}
