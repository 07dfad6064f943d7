//! Class 9, load (slow, `#[ignore]`): 100,000 work sessions across 50 users, imported in one
//! `session import`, then every report grouping and every export format checked against totals
//! computed while generating the data (with sessions across midnight, so clipping counts), and
//! the peak memory of streaming exports compared at 1,000 and 100,000 rows.

use std::collections::BTreeMap;

use chrono::Datelike;
use serde_json::Value;

use crate::harness::{Battery, Case, Class, Db, Rng, add_user, fresh, rfc3339, unix};
use crate::support::Env;

const USERS: usize = 50;
const TICKETS: u64 = 40;
const PER_DAY: usize = 8;

/// One generated session: user index, ticket, start, end.
struct Session {
    user: usize,
    ticket: u64,
    start: i64,
    end: i64,
}

/// Deterministic history: weekdays from 2022-01-03, each user eight sessions of 10 to 60
/// minutes from about 08:00, and every tenth user-day a late session across midnight.
fn generate(total: usize) -> Vec<Session> {
    let mut rng = Rng::new(2024);
    let mut sessions = Vec::with_capacity(total);
    let mut day = unix("2022-01-03T00:00:00Z");
    let mut index = 0_i64;
    while sessions.len() < total {
        let weekday = (day / 86_400 + 3).rem_euclid(7);
        if weekday < 5 {
            for user in 0..USERS {
                let mut cursor = day + 8 * 3600 + rng.below(3600) as i64;
                for _ in 0..PER_DAY {
                    if sessions.len() == total {
                        break;
                    }
                    let length = 600 + rng.below(50 * 60) as i64;
                    sessions.push(Session {
                        user,
                        ticket: 1 + rng.below(TICKETS),
                        start: cursor,
                        end: cursor + length,
                    });
                    cursor += length + rng.below(900) as i64;
                }
                if (index + user as i64) % 10 == 0 && sessions.len() < total {
                    let start = day + 23 * 3600 + 1800;
                    let end = start + 3600 + rng.below(3600) as i64;
                    sessions.push(Session { user, ticket: 1 + rng.below(TICKETS), start, end });
                }
            }
            index += 1;
        }
        day += 86_400;
    }
    sessions
}

fn username(user: usize) -> String {
    format!("tech{user:02}")
}

/// Totals per report key, computed from the generated sessions, clipped at UTC midnights.
#[derive(Default)]
struct Expected {
    total: i64,
    by_user: BTreeMap<String, i64>,
    by_ticket: BTreeMap<i64, i64>,
    by_day: BTreeMap<String, i64>,
    by_week: BTreeMap<String, i64>,
    by_month: BTreeMap<String, i64>,
}

fn expected(sessions: &[Session]) -> Expected {
    let mut e = Expected::default();
    for s in sessions {
        let length = s.end - s.start;
        e.total += length;
        *e.by_user.entry(username(s.user)).or_default() += length;
        *e.by_ticket.entry(s.ticket as i64).or_default() += length;
        let mut at = s.start;
        while at < s.end {
            let midnight = (at / 86_400 + 1) * 86_400;
            let piece = s.end.min(midnight) - at;
            let date = chrono::DateTime::from_timestamp(at, 0).expect("date").date_naive();
            *e.by_day.entry(date.format("%Y-%m-%d").to_string()).or_default() += piece;
            *e.by_month.entry(date.format("%Y-%m").to_string()).or_default() += piece;
            let week = date.iso_week();
            *e.by_week.entry(format!("{}-W{:02}", week.year(), week.week())).or_default() += piece;
            at = midnight;
        }
    }
    e
}

fn csv_of(sessions: &[Session]) -> String {
    let mut csv = String::with_capacity(sessions.len() * 80);
    csv.push_str("user,ticket,start,end,note\n");
    for (i, s) in sessions.iter().enumerate() {
        csv.push_str(&format!(
            "{},{},{},{},load {i}\n",
            username(s.user),
            s.ticket,
            rfc3339(s.start),
            rfc3339(s.end)
        ));
    }
    csv
}

fn report(env: &Env, extra: &[&str]) -> Vec<Value> {
    let mut args = vec!["session", "report", "--all-users", "--format", "json"];
    args.extend_from_slice(extra);
    env.cmd(&args).run().ok().json().as_array().cloned().unwrap_or_default()
}

fn by_key(rows: &[Value], key: &str) -> BTreeMap<String, i64> {
    rows.iter()
        .map(|r| {
            let k = match &r[key] {
                Value::String(s) => s.clone(),
                other => other.to_string(),
            };
            (k, r["duration_seconds"].as_i64().expect("seconds"))
        })
        .collect()
}

fn stringify<K: ToString>(map: &BTreeMap<K, i64>) -> BTreeMap<String, i64> {
    map.iter().map(|(k, v)| (k.to_string(), *v)).collect()
}

/// Sums a CSV/TSV column of a listing and counts its rows.
fn column_sum(text: &str, delimiter: u8, column: &str) -> (usize, i64) {
    let mut reader = csv::ReaderBuilder::new().delimiter(delimiter).from_reader(text.as_bytes());
    let at = reader.headers().expect("headers").iter().position(|h| h == column).expect("column");
    let mut rows = 0;
    let mut sum = 0;
    for record in reader.records() {
        let record = record.expect("record");
        rows += 1;
        sum += record[at].parse::<i64>().unwrap_or(0);
    }
    (rows, sum)
}

/// Peak resident memory in KiB of one command, by `/usr/bin/time`.
fn peak_rss_kib(env: &Env, args: &[&str]) -> Option<u64> {
    let out = env.dir.path().join("rss.txt");
    let o = out.to_str().expect("utf-8");
    if !std::path::Path::new("/usr/bin/time").exists() {
        return None;
    }
    env.cmd(args).wrapped(&["/usr/bin/time", "-f", "%M", "-o", o]).run().ok();
    std::fs::read_to_string(&out).ok()?.lines().last()?.trim().parse().ok()
}

/// Input: 100,000 sessions of 50 users on 40 tickets over a year of weekdays (some across
/// midnight), imported by the admin in one `session import`; then `session report` by user,
/// ticket, day, week, month, user and month, and ungrouped, in JSON, CSV, TSV, NDJSON and a
/// table; `session list` in every machine format, clipped to a month, and for one user;
/// `ticket list` and `ticket show` totals; peak memory of CSV, TSV, JSON and NDJSON exports at
/// about 1,000 and at 100,000 rows.
/// Expected: every total equals the generated data's (clipped at midnight where reports
/// clip); every listing has 100,000 rows summing to the total; each streaming export's peak
/// memory at 100,000 rows is within 16 MiB of the same export at 1,000 rows.
#[test]
#[ignore = "slow: 100,000-session load; run by tests/battery/run-all.sh"]
fn slow_load_100k_sessions_50_users_reports_and_exports() {
    let env = fresh();
    for t in 0..TICKETS {
        env.cmd(&["ticket", "create", &format!("Load ticket {t}"), "-q"]).run().ok();
    }
    for user in 0..USERS {
        add_user(&env, &username(user), "technician");
    }
    let sessions = generate(100_000);
    let want = expected(&sessions);
    let file = env.dir.path().join("load.csv");
    std::fs::write(&file, csv_of(&sessions)).expect("write the load file");

    let case = Case::begin(Class::Load, "import 100,000 sessions of 50 users in one command", &env.db);
    let started = std::time::Instant::now();
    let imported = env.cmd(&["session", "import", file.to_str().expect("utf-8"), "--format", "json"]).run();
    let summary = imported.ok().json();
    eprintln!("import of 100,000 sessions: {:?}", started.elapsed());
    assert_eq!(
        (summary["sessions"].as_i64(), summary["users"].as_i64()),
        (Some(100_000), Some(USERS as i64))
    );
    assert_eq!(summary["seconds"].as_i64(), Some(want.total));
    case.end(Db::Any);

    let check = |what: &str, run: &dyn Fn()| {
        let case = Case::begin(Class::Load, what, &env.db);
        let started = std::time::Instant::now();
        run();
        eprintln!("{what}: {:?}", started.elapsed());
        case.end(Db::Identical);
    };
    check("report, ungrouped: total and session count", &|| {
        let rows = report(&env, &[]);
        assert_eq!(rows[0]["duration_seconds"].as_i64(), Some(want.total));
        assert_eq!(rows[0]["sessions"].as_i64(), Some(100_000));
    });
    check("report by user (JSON)", &|| {
        assert_eq!(by_key(&report(&env, &["--by", "user"]), "user"), want.by_user)
    });
    check("report by ticket (CSV)", &|| {
        let out = env.cmd(&["session", "report", "--all-users", "--by", "ticket", "--format", "csv"]).run();
        let mut got = BTreeMap::new();
        let mut reader = csv::Reader::from_reader(out.ok().stdout.as_bytes());
        for record in reader.records() {
            let record = record.expect("record");
            got.insert(record[0].to_owned(), record[1].parse::<i64>().expect("seconds"));
        }
        assert_eq!(got, stringify(&want.by_ticket));
    });
    check("report by day, clipped at midnight (NDJSON)", &|| {
        let out = env.cmd(&["session", "report", "--all-users", "--by", "day", "--format", "ndjson"]).run();
        let rows: Vec<Value> =
            out.ok().stdout.lines().map(|l| serde_json::from_str(l).expect("json")).collect();
        assert_eq!(by_key(&rows, "day"), want.by_day);
    });
    check("report by ISO week (TSV)", &|| {
        let out = env.cmd(&["session", "report", "--all-users", "--by", "week", "--format", "tsv"]).run();
        let got: BTreeMap<String, i64> = out
            .ok()
            .stdout
            .lines()
            .skip(1)
            .map(|l| {
                let mut cells = l.split('\t');
                let key = cells.next().expect("week").to_owned();
                (key, cells.next().expect("seconds").parse().expect("seconds"))
            })
            .collect();
        assert_eq!(got, want.by_week);
    });
    check("report by month (JSON)", &|| {
        assert_eq!(by_key(&report(&env, &["--by", "month"]), "month"), want.by_month)
    });
    check("report by user and month: every row sums to the total", &|| {
        let rows = report(&env, &["--by", "user", "--by", "month"]);
        let sum: i64 = rows.iter().filter_map(|r| r["duration_seconds"].as_i64()).sum();
        assert_eq!(sum, want.total);
        assert_eq!(rows.len(), USERS * want.by_month.len());
    });
    check("report table: the total line", &|| {
        let table = env.cmd(&["session", "report", "--all-users", "--by", "month"]).run().ok().stdout.clone();
        let last = table.lines().last().expect("total line").to_owned();
        assert!(
            last.starts_with("total") && last.contains(&stint::time::format_duration(want.total)),
            "{last}"
        );
    });
    check("report of one month's range equals that month's clipped total", &|| {
        let rows = report(&env, &["--from", "2022-06-01", "--to", "2022-07-01"]);
        assert_eq!(rows[0]["duration_seconds"].as_i64(), want.by_month.get("2022-06").copied());
    });
    for (format, delimiter) in [("csv", b','), ("tsv", b'\t')] {
        check(&format!("session list, all 100,000 ({format})"), &|| {
            let out = env.cmd(&["session", "list", "--all-users", "--format", format]).run();
            assert_eq!(column_sum(&out.ok().stdout, delimiter, "duration_seconds"), (100_000, want.total));
        });
    }
    check("session list, all 100,000 (NDJSON)", &|| {
        let out = env.cmd(&["session", "list", "--all-users", "--format", "ndjson"]).run();
        let mut rows = 0;
        let mut sum = 0;
        for line in out.ok().stdout.lines() {
            let row: Value = serde_json::from_str(line).expect("json line");
            rows += 1;
            sum += row["duration_seconds"].as_i64().unwrap_or(0);
        }
        assert_eq!((rows, sum), (100_000, want.total));
    });
    check("session list, all 100,000 (JSON)", &|| {
        let out = env.cmd(&["session", "list", "--all-users", "--format", "json"]).run();
        let rows = out.ok().json();
        let rows = rows.as_array().expect("array");
        let sum: i64 = rows.iter().filter_map(|r| r["duration_seconds"].as_i64()).sum();
        assert_eq!((rows.len(), sum), (100_000, want.total));
    });
    check("session list --clip to one month sums to the month's total", &|| {
        let out = env
            .cmd(&[
                "session",
                "list",
                "--all-users",
                "--clip",
                "--from",
                "2022-06-01",
                "--to",
                "2022-07-01",
                "--format",
                "csv",
            ])
            .run();
        let (_, sum) = column_sum(&out.ok().stdout, b',', "duration_seconds");
        assert_eq!(Some(sum), want.by_month.get("2022-06").copied());
    });
    check("session list of one user", &|| {
        let out = env.cmd(&["session", "list", "--user", "tech07", "--format", "csv"]).run();
        let (rows, sum) = column_sum(&out.ok().stdout, b',', "duration_seconds");
        assert_eq!(sum, want.by_user["tech07"]);
        assert!(rows >= 2000, "{rows}");
    });
    check("ticket list and ticket show totals", &|| {
        let list = env.cmd(&["ticket", "list", "--format", "json"]).run().ok().json();
        let got: BTreeMap<i64, i64> = list
            .as_array()
            .expect("array")
            .iter()
            .map(|t| (t["number"].as_i64().expect("number"), t["total_seconds"].as_i64().expect("total")))
            .collect();
        assert_eq!(got, want.by_ticket);
        let shown = env.cmd(&["ticket", "show", "7", "--format", "json"]).run().ok().json();
        assert_eq!(shown["total_seconds"].as_i64(), want.by_ticket.get(&7).copied());
    });

    // The last ~1,000 sessions start after this instant.
    let recent = rfc3339(sessions[sessions.len() - 1000].start);
    for format in ["csv", "tsv", "json", "ndjson"] {
        check(&format!("peak memory of a streaming {format} export, 1,000 vs 100,000 rows"), &|| {
            let small = peak_rss_kib(
                &env,
                &["session", "list", "--all-users", "--from", &recent, "--format", format],
            );
            let large = peak_rss_kib(&env, &["session", "list", "--all-users", "--format", format]);
            match (small, large) {
                (Some(small), Some(large)) => {
                    eprintln!("{format}: peak RSS {small} KiB at ~1,000 rows, {large} KiB at 100,000 rows");
                    assert!(large <= small + 16 * 1024, "{format}: {small} KiB -> {large} KiB is not flat");
                }
                _ => eprintln!("skipped the memory comparison: /usr/bin/time is not available"),
            }
        });
    }
}
