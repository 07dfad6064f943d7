#!/usr/bin/env bash
# The benchmark suite: builds a release binary, generates databases of 10,000 / 100,000 /
# 1,000,000 work sessions through stint's own import (50 technicians, 200 tickets, realistic
# weekdays), times whole commands with hyperfine next to SQLite's own floor (the sqlite3 CLI
# doing the same work), and regenerates BENCHMARKS.md.
#
#   benches/run.sh                      # every size (about 5 minutes on 2 cores)
#   STINT_BENCH_SIZES=10000 benches/run.sh
#
# Needs: cargo, hyperfine, sqlite3, python3 and GNU time (/usr/bin/time); on Debian the script
# installs hyperfine, sqlite3 and time with apt when they are missing.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
SIZES=${STINT_BENCH_SIZES:-"10000 100000 1000000"}

missing=()
command -v hyperfine >/dev/null || missing+=(hyperfine)
command -v sqlite3 >/dev/null || missing+=(sqlite3)
[ -x /usr/bin/time ] || missing+=(time)
if [ ${#missing[@]} -gt 0 ]; then
  sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get install -y -qq "${missing[@]}" >/dev/null || { $sudo apt-get update -qq && $sudo apt-get install -y -qq "${missing[@]}" >/dev/null; }
fi

cargo build --release --locked --quiet
cargo build --release --locked --quiet --example bench_data
B="$ROOT/target/release/stint"
GEN="$ROOT/target/release/examples/bench_data"
WORK=$(mktemp -d /tmp/stint-bench.XXXXXX)
trap 'rm -rf "$WORK"' EXIT
RESULTS="$WORK/results"
mkdir -p "$RESULTS"

# hyperfine NAME SIZE RUNS [hyperfine options...] -- COMMAND
bench() {
  local name=$1 size=$2 runs=$3
  shift 3
  hyperfine --style none --warmup 1 --runs "$runs" --export-json "$RESULTS/$size-$name.json" "$@" >/dev/null
}

# Peak resident memory (KiB) of a command, median of three runs.
peak_rss() {
  local out=$1; shift
  for _ in 1 2 3; do /usr/bin/time -f %M "$@" 2>&1 >/dev/null | tail -1; done | sort -n | sed -n 2p > "$out"
}

for N in $SIZES; do
  echo "== $N work sessions" >&2
  DB="$WORK/stint-$N.db"
  ADMIN_DIR="$WORK/admin-$N" TECH_DIR="$WORK/tech-$N"
  admin() { STINT_DB="$DB" STINT_CONFIG_DIR="$ADMIN_DIR" "$B" "$@"; }
  tech() { STINT_DB="$DB" STINT_CONFIG_DIR="$TECH_DIR" "$B" "$@"; }
  echo bench-admin-password | admin init --admin admin --password-stdin -q >/dev/null
  for i in $(seq -w 0 49); do
    echo tech-password | admin user add "tech$i" --role technician --password-stdin -q >/dev/null
  done
  for i in $(seq 1 200); do admin ticket create "Ticket $i" -q >/dev/null; done
  "$GEN" "$N" 50 200 > "$WORK/sessions-$N.csv"
  # The import checks every rule for every record, in one transaction.
  /usr/bin/time -f "%e %M" -o "$RESULTS/$N-import.time" \
    env STINT_DB="$DB" STINT_CONFIG_DIR="$ADMIN_DIR" "$B" -q session import "$WORK/sessions-$N.csv" --force >/dev/null
  rm -f "$WORK/sessions-$N.csv"
  echo tech-password | tech auth login tech01 --password-stdin -q

  export STINT_DB="$DB"
  T="STINT_CONFIG_DIR=$TECH_DIR $B"
  A="STINT_CONFIG_DIR=$ADMIN_DIR $B"
  ID="$WORK/manual-id"
  bench version "$N" 30 -N "$B --version"
  bench timer-start "$N" 20 --prepare "$T timer cancel -q >/dev/null 2>&1 || true" "$T timer start --ticket 1 -q"
  bench timer-status "$N" 20 --prepare "$T timer start --ticket 1 -q >/dev/null 2>&1 || true" "$T timer status --format json"
  bench timer-stop "$N" 20 --prepare "$T timer start --ticket 1 -q >/dev/null 2>&1 || true" "$T timer stop -q"
  # A Saturday inside the generated history: the overlap check seeks among all of tech01's sessions.
  bench timer-manual "$N" 20 \
    --prepare "[ -s $ID ] && $T session delete \$(cat $ID) -q; rm -f $ID" \
    "$T timer manual --ticket 2 --utc --from '2026-10-24 10:00' --to '2026-10-24 11:00' -q > $ID"
  bench ticket-show "$N" 20 "$T ticket show 7 --format json"
  bench report-month "$N" 10 "$A --utc session report --all-users --by user --by day --from 2026-10-01 --to 2026-11-01 --format csv"
  bench report-all "$N" 5 --output null "$A --utc session report --all-users --by user --by day --format csv"
  bench export-csv "$N" 5 --output null "$A session list --all-users --format csv"
  peak_rss "$RESULTS/$N-export-csv.rss" env STINT_CONFIG_DIR="$ADMIN_DIR" "$B" session list --all-users --format csv
  bench auth-login "$N" 10 "echo tech-password | $T auth login tech02 --password-stdin -q"

  # SQLite's floor: the same work through the sqlite3 CLI on the same file.
  USER_ID=$(sqlite3 "$DB" "SELECT user_id FROM users WHERE username = 'tech03'")
  ORG_ID=$(sqlite3 "$DB" "SELECT org_id FROM users WHERE username = 'tech03'")
  S=1792836000 E=1792839600 # 2026-10-24 10:00 to 11:00 UTC, a Saturday
  bench floor-insert "$N" 20 \
    --prepare "sqlite3 $DB \"PRAGMA busy_timeout = 5000; DELETE FROM work_sessions WHERE work_session_id = 'floor'\"" \
    "sqlite3 $DB \"PRAGMA synchronous = FULL; PRAGMA busy_timeout = 5000; BEGIN IMMEDIATE;
      INSERT INTO work_sessions (work_session_id, org_id, user_id, ticket_id, start_at, end_at, duration, utc_offset, note, source, created_at, updated_at)
      SELECT 'floor', '$ORG_ID', '$USER_ID', 2, $S, $E, $E - $S, 0, '', 'manual', $E, $E
      WHERE NOT EXISTS (SELECT 1 FROM (SELECT end_at FROM work_sessions INDEXED BY work_sessions_user_start
        WHERE user_id = '$USER_ID' AND (end_at IS NULL OR end_at > start_at) AND start_at < $E
        ORDER BY start_at DESC LIMIT 1) WHERE end_at IS NULL OR end_at > $S);
      COMMIT;\""
  sqlite3 "$DB" "DELETE FROM work_sessions WHERE work_session_id = 'floor'"
  bench floor-group-by "$N" 5 --output null \
    "sqlite3 $DB \"SELECT user_id, start_at / 86400, sum(coalesce(duration, 0)) FROM work_sessions GROUP BY 1, 2\""
  bench floor-csv "$N" 5 --output null "sqlite3 -csv $DB 'SELECT * FROM work_sessions'"
  unset STINT_DB
done

# PostgreSQL at 100,000 sessions: a throwaway cluster on a Unix socket on this machine.
PG_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
if [ -n "$PG_BIN" ] && [ -x "$PG_BIN/postgres" ]; then
  echo "== PostgreSQL, 100000 work sessions" >&2
  # Its own directory: the cluster runs as `postgres` when this script runs as root.
  PGDIR=$(mktemp -d /tmp/stint-bench-pg.XXXXXX)
  mkdir -p "$PGDIR/socket"
  as_pg=()
  if [ "$(id -u)" -eq 0 ]; then chown -R postgres:postgres "$PGDIR"; as_pg=(runuser -u postgres --); fi
  "${as_pg[@]}" "$PG_BIN/initdb" --no-sync --auth=trust --username=stint -D "$PGDIR/data" >/dev/null
  "${as_pg[@]}" "$PG_BIN/pg_ctl" -D "$PGDIR/data" -l "$PGDIR/log" -w \
    -o "-c listen_addresses='' -k $PGDIR/socket" start >/dev/null
  trap '"${as_pg[@]}" "$PG_BIN/pg_ctl" -D "$PGDIR/data" -m fast stop >/dev/null 2>&1; rm -rf "$WORK" "$PGDIR"' EXIT
  "${as_pg[@]}" "$PG_BIN/createdb" -h "$PGDIR/socket" -U stint bench
  DB="postgresql:///bench?host=$PGDIR/socket&user=stint"
  N=100000
  ADMIN_DIR="$WORK/pg-admin" TECH_DIR="$WORK/pg-tech"
  admin() { STINT_DB="$DB" STINT_CONFIG_DIR="$ADMIN_DIR" "$B" "$@"; }
  echo bench-admin-password | admin init --admin admin --password-stdin -q >/dev/null
  for i in $(seq -w 0 49); do
    echo tech-password | admin user add "tech$i" --role technician --password-stdin -q >/dev/null
  done
  for i in $(seq 1 200); do admin ticket create "Ticket $i" -q >/dev/null; done
  "$GEN" "$N" 50 200 > "$WORK/sessions-pg.csv"
  /usr/bin/time -f "%e %M" -o "$RESULTS/pg-$N-import.time" \
    env STINT_DB="$DB" STINT_CONFIG_DIR="$ADMIN_DIR" "$B" -q session import "$WORK/sessions-pg.csv" --force >/dev/null
  echo tech-password | STINT_DB="$DB" STINT_CONFIG_DIR="$TECH_DIR" "$B" auth login tech01 --password-stdin -q
  export STINT_DB="$DB"
  T="STINT_CONFIG_DIR=$TECH_DIR $B"
  A="STINT_CONFIG_DIR=$ADMIN_DIR $B"
  ID="$WORK/pg-manual-id"
  bench timer-start "pg-$N" 20 --prepare "$T timer cancel -q >/dev/null 2>&1 || true" "$T timer start --ticket 1 -q"
  bench timer-status "pg-$N" 20 --prepare "$T timer start --ticket 1 -q >/dev/null 2>&1 || true" "$T timer status --format json"
  bench timer-stop "pg-$N" 20 --prepare "$T timer start --ticket 1 -q >/dev/null 2>&1 || true" "$T timer stop -q"
  bench timer-manual "pg-$N" 20 \
    --prepare "[ -s $ID ] && $T session delete \$(cat $ID) -q; rm -f $ID" \
    "$T timer manual --ticket 2 --utc --from '2026-10-24 10:00' --to '2026-10-24 11:00' -q > $ID"
  bench ticket-show "pg-$N" 20 "$T ticket show 7 --format json"
  bench report-month "pg-$N" 10 "$A --utc session report --all-users --by user --by day --from 2026-10-01 --to 2026-11-01 --format csv"
  bench report-all "pg-$N" 5 --output null "$A --utc session report --all-users --by user --by day --format csv"
  unset STINT_DB
fi

python3 benches/render.py "$RESULTS" "$SIZES" > BENCHMARKS.md
echo "wrote BENCHMARKS.md" >&2
