#!/usr/bin/env bash
# The benchmark suite: builds a release binary, generates databases of 10,000 / 100,000 /
# 1,000,000 work sessions through stint's own import (50 technicians, 200 tickets, realistic
# weekdays), times whole commands with hyperfine next to SQLite's own floor (the sqlite3 CLI
# doing the same work), and regenerates BENCHMARKS.md.
#
#   benches/run.sh                      # every size (about 30 minutes on 2 cores)
#   STINT_BENCH_SIZES=10000 benches/run.sh
#
# Team mode: `stint serve` over the largest SQLite database and over the PostgreSQL one, on
# loopback with TLS (a private CA made with openssl), timed from a technician's client, with a
# bounded load run of 50 clients at once.
#
# Then benches/orgs.sh (one desk's timers beside 49 busy organisations in the same file) and
# benches/peers.sh (Timewarrior, Watson and bartib side by side, where installed), whose
# sections BENCHMARKS.md includes; each also runs on its own.
#
# Needs: cargo, hyperfine, sqlite3, python3, openssl and GNU time (/usr/bin/time); on Debian the
# script installs hyperfine, sqlite3, openssl and time with apt when they are missing.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
SIZES=${STINT_BENCH_SIZES:-"10000 100000 1000000"}

missing=()
command -v hyperfine >/dev/null || missing+=(hyperfine)
command -v sqlite3 >/dev/null || missing+=(sqlite3)
[ -x /usr/bin/time ] || missing+=(time)
command -v openssl >/dev/null || missing+=(openssl)
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

# A private CA and a certificate for 127.0.0.1, as README's operator recipe makes them.
TLS="$WORK/tls"
mkdir -p "$TLS"
openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -days 2 \
  -subj "/CN=stint bench CA" -keyout "$TLS/ca.key" -out "$TLS/ca.pem" 2>/dev/null
openssl req -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes \
  -subj "/CN=127.0.0.1" -keyout "$TLS/server.key" -out "$TLS/server.csr" 2>/dev/null
printf 'subjectAltName=IP:127.0.0.1\nbasicConstraints=CA:FALSE\n' > "$TLS/leaf.ext"
openssl x509 -req -in "$TLS/server.csr" -CA "$TLS/ca.pem" -CAkey "$TLS/ca.key" -CAcreateserial \
  -days 2 -extfile "$TLS/leaf.ext" -out "$TLS/server.pem" 2>/dev/null
chmod 600 "$TLS/server.key"

# serve_bench LOCATION PREFIX: serves LOCATION over TLS and times a technician's commands through
# it (results named PREFIX-*), the server's peak memory, and a load run of 50 clients at once.
serve_bench() {
  local location=$1 prefix=$2
  "$B" serve --db "$location" --listen 127.0.0.1:0 --tls-cert "$TLS/server.pem" --tls-key "$TLS/server.key" \
    > "$WORK/serve.out" 2> "$WORK/serve.log" &
  local server_pid=$!
  local url=""
  for _ in $(seq 1 100); do
    url=$(sed -n 's/^listening on //p' "$WORK/serve.out")
    [ -n "$url" ] && break
    sleep 0.1
  done
  [ -n "$url" ] || { echo "stint serve did not start:" >&2; cat "$WORK/serve.log" >&2; exit 1; }
  (
    unset STINT_DB
    export STINT_SERVER="$url" STINT_SERVER_CA="$TLS/ca.pem"
    local dir="$WORK/$prefix-tech"
    echo bench-admin-password | STINT_CONFIG_DIR="$WORK/$prefix-admin" "$B" auth login admin --password-stdin -q
    local T="STINT_CONFIG_DIR=$dir $B" A="STINT_CONFIG_DIR=$WORK/$prefix-admin $B"
    bench export-csv "$prefix" 5 --output null "$A session list --all-users --format csv"
    # The server's own peak during the exports: its high-water mark is reset just before.
    grep VmRSS "/proc/$server_pid/status" | awk '{ print $2 }' > "$RESULTS/$prefix-export-csv.server-base"
    echo 5 > "/proc/$server_pid/clear_refs"
    peak_rss "$RESULTS/$prefix-export-csv.rss" env STINT_CONFIG_DIR="$WORK/$prefix-admin" "$B" session list --all-users --format csv
    grep VmHWM "/proc/$server_pid/status" | awk '{ print $2 }' > "$RESULTS/$prefix-export-csv.server-rss"
    echo tech-password | STINT_CONFIG_DIR="$dir" "$B" auth login tech01 --password-stdin -q
    STINT_CONFIG_DIR="$dir" "$B" timer cancel -q >/dev/null 2>&1 || true
    bench timer-start "$prefix" 20 --prepare "$T timer cancel -q >/dev/null 2>&1 || true" "$T timer start --ticket 1 -q"
    bench timer-status "$prefix" 20 --prepare "$T timer start --ticket 1 -q >/dev/null 2>&1 || true" "$T timer status --format json"
    bench timer-stop "$prefix" 20 --prepare "$T timer start --ticket 1 -q >/dev/null 2>&1; sleep 1" "$T timer stop -q"
    STINT_CONFIG_DIR="$dir" "$B" timer cancel -q >/dev/null 2>&1 || true

    # The load run: 50 technicians, each on its own client, all at once; each starts a timer,
    # switches it 10 times and leaves it running. Every command's latency is recorded.
    local load="$WORK/$prefix-load"
    mkdir -p "$load"
    for i in $(seq -w 0 49); do
      echo tech-password | STINT_CONFIG_DIR="$load/client-$i" "$B" auth login "tech$i" --password-stdin -q
      STINT_CONFIG_DIR="$load/client-$i" "$B" timer cancel -q >/dev/null 2>&1 || true
    done
    for i in $(seq -w 0 49); do
      (
        export STINT_CONFIG_DIR="$load/client-$i"
        timed() {
          local t0 t1 code=0
          t0=$(date +%s%N)
          "$B" "$@" -q >/dev/null 2>&1 || code=$?
          t1=$(date +%s%N)
          echo "$(( (t1 - t0) / 1000 )) $code"
        }
        timed timer start --ticket $((10#$i + 1))
        for round in $(seq 1 10); do timed timer switch --ticket $(( (10#$i + round) % 200 + 1 )); done
      ) > "$load/latencies-$i" &
    done
    wait
    cat "$load"/latencies-* > "$RESULTS/$prefix-load.latencies"
    # What the run must leave: exactly one running timer for each of the 50 technicians.
    STINT_CONFIG_DIR="$WORK/$prefix-admin" "$B" session list --all-users --running --format csv \
      | awk -F, 'NR == 1 { for (i = 1; i <= NF; i++) if ($i == "user") col = i; next } { print $col }' \
      | sort | uniq -c | awk '{ users++; if ($1 == 1) single++ } END { print users + 0, single + 0 }' \
      > "$RESULTS/$prefix-load.running"
  )
  grep VmHWM "/proc/$server_pid/status" | awk '{ print $2 }' > "$RESULTS/$prefix-server.rss"
  kill -TERM "$server_pid"
  wait "$server_pid" || true
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
  # SQLite's floor for it: sqlite3's .import of the same file into a table of its columns.
  /usr/bin/time -f "%e %M" -o "$RESULTS/$N-floor-import.time" sqlite3 "$WORK/floor-import.db" \
    "CREATE TABLE sessions (user TEXT, ticket INTEGER, start TEXT, end TEXT, note TEXT)" \
    ".import --csv --skip 1 $WORK/sessions-$N.csv sessions"
  rm -f "$WORK/sessions-$N.csv" "$WORK/floor-import.db"
  echo tech-password | tech auth login tech01 --password-stdin -q

  export STINT_DB="$DB"
  T="STINT_CONFIG_DIR=$TECH_DIR $B"
  A="STINT_CONFIG_DIR=$ADMIN_DIR $B"
  ID="$WORK/manual-id"
  bench version "$N" 30 -N "$B --version"
  bench timer-start "$N" 20 --prepare "$T timer cancel -q >/dev/null 2>&1 || true" "$T timer start --ticket 1 -q"
  bench timer-status "$N" 20 --prepare "$T timer start --ticket 1 -q >/dev/null 2>&1 || true" "$T timer status --format json"
  # Each stop's timer ran a second: one stopped in the second it started is discarded, a
  # different (and cheaper) path than the recording stop being timed.
  bench timer-stop "$N" 20 --prepare "$T timer start --ticket 1 -q >/dev/null 2>&1; sleep 1" "$T timer stop -q"
  # A Saturday inside the generated history: the overlap check seeks among all of tech01's sessions.
  bench timer-manual "$N" 20 \
    --prepare "[ -s $ID ] && $T session delete \$(cat $ID) --yes -q; rm -f $ID" \
    "$T timer manual --ticket 2 --utc --from '2026-10-24 10:00' --to '2026-10-24 11:00' -q > $ID"
  bench ticket-show "$N" 20 "$T ticket show 7 --format json"
  bench report-month "$N" 10 "$A --utc session report --all-users --by user --by day --from 2026-10-01 --to 2026-11-01 --format csv"
  bench report-all "$N" 5 --output null "$A --utc session report --all-users --by user --by day --format csv"
  bench export-csv "$N" 5 --output null "$A session list --all-users --format csv"
  peak_rss "$RESULTS/$N-export-csv.rss" env STINT_CONFIG_DIR="$ADMIN_DIR" "$B" session list --all-users --format csv
  bench auth-login "$N" 10 "echo tech-password | $T auth login tech02 --password-stdin -q"
  # One Tab press each: the shell's call into stint for the candidates (fish's protocol).
  bench complete-ticket "$N" 20 "COMPLETE=fish $T -- stint ticket show ''"
  bench complete-session "$N" 20 "COMPLETE=fish $T -- stint session show ''"

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
  LAST_DB=$DB LAST_N=$N
done

# Tables for people at the largest size: every session moved onto ticket 1 in a copy, then the
# session list table and `ticket show 1` at 80 columns: time to the first row, the whole
# command and peak memory, next to the CSV export of the same rows.
echo "== tables, $LAST_N work sessions on one ticket" >&2
TABLES_DB="$WORK/tables.db"
sqlite3 "$LAST_DB" "VACUUM INTO '$TABLES_DB'"
# VACUUM INTO writes a rollback-journal file; stint's files are in WAL mode, so this one is too.
sqlite3 "$TABLES_DB" "PRAGMA journal_mode = WAL" >/dev/null
sqlite3 "$TABLES_DB" "UPDATE work_sessions SET ticket_id = (SELECT ticket_id FROM tickets WHERE number = 1), case_id = NULL"
# first_row NAME COMMAND...: seconds until the command's second line (the first row under the
# heading) reaches a pipe, median of five runs.
first_row() {
  local name=$1; shift
  python3 - "$RESULTS/tables-$LAST_N-$name.first" "$@" <<'PY'
import subprocess, statistics, sys, time
times = []
for _ in range(5):
    start = time.monotonic()
    child = subprocess.Popen(sys.argv[2:], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    child.stdout.readline(); child.stdout.readline()
    times.append(time.monotonic() - start)
    child.kill(); child.wait()
open(sys.argv[1], "w").write(f"{statistics.median(times)}\n")
PY
}
(
  export STINT_DB="$TABLES_DB" STINT_CONFIG_DIR="$ADMIN_DIR" COLUMNS=80
  # Logins are kept per database location, and this copy is a new one.
  echo bench-admin-password | "$B" auth login admin --password-stdin -q
  bench table-list "tables-$LAST_N" 3 --output null "$B session list --all-users"
  bench table-csv "tables-$LAST_N" 3 --output null "$B session list --all-users --format csv"
  bench table-show "tables-$LAST_N" 10 --output null "$B ticket show 1"
  peak_rss "$RESULTS/tables-$LAST_N-table-list.rss" "$B" session list --all-users
  peak_rss "$RESULTS/tables-$LAST_N-table-show.rss" "$B" ticket show 1
  # The day view over the whole history: every day's rows and totals.
  bench table-summary "tables-$LAST_N" 3 --output null "$B session summary --all-users --from 2000-01-01"
  peak_rss "$RESULTS/tables-$LAST_N-table-summary.rss" "$B" session summary --all-users --from 2000-01-01
  first_row table-list "$B" session list --all-users
  first_row table-show "$B" ticket show 1
  first_row table-summary "$B" session summary --all-users --from 2000-01-01
)

echo "== stint serve over SQLite, $LAST_N work sessions" >&2
serve_bench "$LAST_DB" "srv-$LAST_N"

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
  bench timer-stop "pg-$N" 20 --prepare "$T timer start --ticket 1 -q >/dev/null 2>&1; sleep 1" "$T timer stop -q"
  bench timer-manual "pg-$N" 20 \
    --prepare "[ -s $ID ] && $T session delete \$(cat $ID) --yes -q; rm -f $ID" \
    "$T timer manual --ticket 2 --utc --from '2026-10-24 10:00' --to '2026-10-24 11:00' -q > $ID"
  bench ticket-show "pg-$N" 20 "$T ticket show 7 --format json"
  bench report-month "pg-$N" 10 "$A --utc session report --all-users --by user --by day --from 2026-10-01 --to 2026-11-01 --format csv"
  bench report-all "pg-$N" 5 --output null "$A --utc session report --all-users --by user --by day --format csv"
  bench export-csv "pg-$N" 5 --output null "$A session list --all-users --format csv"
  unset STINT_DB
  # The whole largest SQLite desk copied into an empty PostgreSQL database (time, peak memory),
  # and back into a new SQLite file.
  echo "== db copy, $LAST_N work sessions, SQLite -> PostgreSQL -> SQLite" >&2
  "${as_pg[@]}" "$PG_BIN/createdb" -h "$PGDIR/socket" -U stint copied
  COPIED="postgresql:///copied?host=$PGDIR/socket&user=stint"
  /usr/bin/time -f "%e %M" -o "$RESULTS/copy-$LAST_N-to-pg.time" \
    env STINT_DB="$LAST_DB" STINT_COPY_TO="$COPIED" "$B" db copy >/dev/null 2>&1
  /usr/bin/time -f "%e %M" -o "$RESULTS/copy-$LAST_N-to-sqlite.time" \
    env STINT_DB="$COPIED" STINT_COPY_TO="$WORK/copied-back.db" "$B" db copy >/dev/null 2>&1
  echo "== stint serve over PostgreSQL, $N work sessions" >&2
  serve_bench "$DB" "srv-pg-$N"
fi

# Many organisations in one file (STINT_BENCH_ORGS=1 skips it), then side by side with whichever
# of Timewarrior, Watson and bartib are installed (STINT_BENCH_PEERS="" skips them).
if [ "${STINT_BENCH_ORGS:-50}" -gt 1 ]; then
  benches/orgs.sh "$RESULTS/orgs.md"
fi
for size in ${STINT_BENCH_PEERS-10000 100000}; do
  STINT_PEER_SIZE=$size benches/peers.sh "$RESULTS/peers-$size.md"
done

python3 benches/render.py "$RESULTS" "$SIZES" "${LAST_N}" > BENCHMARKS.md
echo "wrote BENCHMARKS.md" >&2
