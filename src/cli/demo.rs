//! `stint demo`: build a sample service desk in a fresh database and show what stint does.

use stint::demo::{self, DEMO_PASSWORD};
use stint::report::{self, GroupBy};
use stint::store::{Location, Store};
use stint::time::Period;
use stint::work::{Scope, WorkSessionFilter};

use super::Ctx;
use super::output::eprint_line;
use super::report::print_report;

/// Where the demo goes: `--db` when given on the command line, else a new temporary file
/// (never `STINT_DB`, which may be a real database).
fn location(ctx: &Ctx) -> anyhow::Result<Location> {
    if ctx.sources.db_on_command_line() {
        return ctx.db_location();
    }
    let mut suffix = [0_u8; 4];
    getrandom::fill(&mut suffix).map_err(|e| stint::Error::internal(format!("random source: {e}")))?;
    let name: String = suffix.iter().map(|b| format!("{b:02x}")).collect();
    Ok(Location::File(std::env::temp_dir().join(format!("stint-demo-{name}.db"))))
}

pub fn run(ctx: &Ctx) -> anyhow::Result<()> {
    let location = location(ctx)?;
    let hash = stint::password::hash(DEMO_PASSWORD)?;
    let clients = ctx.client_state()?;
    let client = clients.client_id()?;
    let (now, zone) = (ctx.now, ctx.zone.as_ref());
    let label = super::host_label();
    let (mut store, built) =
        Store::create(&location, ctx.open_options(), |tx| demo::build(tx, &hash, client, &label, now, zone))?;
    clients.save_token(&location, stint::demo::ORG_NAME, &built.admin.token)?;

    let shown = stint::text::escape_for_terminal(&location.to_string());
    eprint_line(format_args!(
        "Built a demo service desk in {shown}:\n  {} users (admin, supervisor sam, technicians tess, theo and tara, viewer vera),\n  \
         {} tickets, {} cases with {} notes, {} work sessions since {} (tess has a timer running).\n",
        built.users,
        built.tickets,
        built.cases,
        built.notes,
        built.sessions,
        built.first_day.format("%Y-%m-%d"),
    ));
    let admin = built.admin.actor.clone();
    let last_week = Period::LastWeek.range(now, zone);
    let filter = WorkSessionFilter {
        scope: Scope::All,
        from: Some(last_week.0),
        to: Some(last_week.1),
        ..WorkSessionFilter::default()
    };
    for (title, groups) in
        [("Last week, day by day:", vec![GroupBy::Day]), ("Last week, per technician:", vec![GroupBy::User])]
    {
        eprint_line(title);
        let result = store.read(|tx| report::run(tx, &admin, &filter, groups.clone(), now, zone))?;
        print_report(ctx, &result, Some(15 * 60))?;
        eprint_line("");
    }
    let db_flag = if shown.contains(' ') { format!("--db '{shown}'") } else { format!("--db {shown}") };
    eprint_line(format_args!(
        "You are logged in there as admin on this client. Explore it:\n  \
         stint {db_flag} ticket list\n  \
         stint {db_flag} session report --all-users --by user --by week\n  \
         stint {db_flag} session list --all-users --week --format csv\n  \
         stint {db_flag} audit list --limit 10\n\
         Log in as a technician from another client (every demo password is {DEMO_PASSWORD}):\n  \
         echo {DEMO_PASSWORD} | STINT_CONFIG_DIR=/tmp/tess stint {db_flag} auth login tess --password-stdin\n  \
         STINT_CONFIG_DIR=/tmp/tess stint {db_flag} timer status"
    ));
    Ok(())
}
