//! Generates realistic work-session history as stint's import CSV, for the benchmark suite:
//! `cargo run --release --example bench_data -- SESSIONS USERS TICKETS > sessions.csv`.
//! Each user works weekdays from about 08:00 to 17:00 UTC in sessions of 10 to 120 minutes
//! with gaps; history runs backwards from 2026-10-30 until SESSIONS rows are written.
//! Deterministic: the same arguments always give the same file.

use std::io::{BufWriter, Write};

/// A small deterministic generator (SplitMix64), so runs are comparable.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }
}

fn rfc3339(secs: i64) -> String {
    let days = secs.div_euclid(86_400);
    let rem = secs.rem_euclid(86_400);
    // Civil-from-days (Howard Hinnant's algorithm).
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!("{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}Z", rem / 3600, rem / 60 % 60, rem % 60)
}

fn main() -> std::io::Result<()> {
    let args: Vec<u64> = std::env::args().skip(1).filter_map(|a| a.parse().ok()).collect();
    let (sessions, users, tickets) = match args.as_slice() {
        [s, u, t] => (*s, *u, *t),
        _ => {
            eprintln!("usage: bench_data SESSIONS USERS TICKETS");
            std::process::exit(2);
        }
    };
    let mut rng = Rng(42);
    let mut out = BufWriter::new(std::io::stdout().lock());
    writeln!(out, "user,ticket,start,end,note")?;
    // 2026-10-30 (a Friday) 00:00 UTC; walk back one day at a time, skipping weekends.
    let mut day_start: i64 = 1_793_318_400;
    let mut written = 0;
    let per_user_day = (sessions / users.max(1) / 250).clamp(1, 8);
    while written < sessions {
        let weekday = (day_start / 86_400 + 3).rem_euclid(7); // 0 = Monday
        if weekday < 5 {
            for user in 0..users {
                let mut cursor = day_start + 8 * 3600 + rng.below(3600) as i64;
                for _ in 0..per_user_day {
                    if written >= sessions {
                        break;
                    }
                    let length = 600 + rng.below(110 * 60) as i64;
                    let ticket = 1 + rng.below(tickets);
                    writeln!(
                        out,
                        "tech{user:02},{ticket},{},{},bench work {written}",
                        rfc3339(cursor),
                        rfc3339(cursor + length)
                    )?;
                    written += 1;
                    cursor += length + rng.below(1800) as i64;
                }
            }
        }
        day_start -= 86_400;
    }
    out.flush()
}
