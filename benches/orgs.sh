#!/usr/bin/env bash
# Many organisations in one database: one desk's timer commands timed on a file holding only
# that desk and on a file that also holds STINT_BENCH_ORGS - 1 busy neighbours, both in one
# run, taking turns, so the ratio says what the neighbours cost.
#
#   benches/orgs.sh OUT.md              # writes the section to OUT.md (benches/run.sh does this)
#   STINT_BENCH_ORGS=10 STINT_BENCH_ORG_SESSIONS=10000 benches/orgs.sh OUT.md
#
# Every organisation gets 10 technicians, 20 tickets and STINT_BENCH_ORG_SESSIONS (100,000 unless
# set) generated work sessions through stint's own importer; there are 50 organisations unless set.
set -euo pipefail
commas() { sed ':a;s/\B[0-9]\{3\}\>/,&/;ta' <<< "$1"; }
cd "$(dirname "$0")/.."
ROOT=$(pwd)
OUT=${1:?usage: benches/orgs.sh OUT.md}
ORGS=${STINT_BENCH_ORGS:-50}
SESSIONS=${STINT_BENCH_ORG_SESSIONS:-100000}

cargo build --release --locked --quiet
cargo build --release --locked --quiet --example bench_data
B="$ROOT/target/release/stint"
WORK=$(mktemp -d /tmp/stint-orgs.XXXXXX)
trap 'rm -rf "$WORK"' EXIT
export TZ=UTC
"$ROOT/target/release/examples/bench_data" "$SESSIONS" 10 20 > "$WORK/history.csv"

# desk ORG CONFIG_DIR: fills organisation ORG (already created, its admin logged in through
# CONFIG_DIR) with technicians, tickets and the generated history.
desk() {
  local org=$1 config=$2
  for i in 00 01 02 03 04 05 06 07 08 09; do
    echo tech-password | STINT_CONFIG_DIR="$config" "$B" user add "tech$i" --role technician --password-stdin -q >/dev/null
  done
  for i in $(seq 1 20); do STINT_CONFIG_DIR="$config" "$B" ticket create "$org ticket $i" -q >/dev/null; done
  STINT_CONFIG_DIR="$config" "$B" -q session import "$WORK/history.csv" --force >/dev/null
}

# The desk alone: the first organisation, then a copy of the file as it is now.
export STINT_DB="$WORK/crowded.db"
echo bench-admin-password | STINT_CONFIG_DIR="$WORK/admin-default" "$B" init --admin admin --password-stdin -q >/dev/null
desk default "$WORK/admin-default"
sqlite3 "$STINT_DB" "VACUUM INTO '$WORK/alone.db'"
# VACUUM INTO writes a rollback-journal file; stint's files are in WAL mode, so this one is too.
sqlite3 "$WORK/alone.db" "PRAGMA journal_mode = WAL" >/dev/null

# The neighbours: same usernames, same ticket numbers, same amount of work.
echo "== orgs: $ORGS organisations of $SESSIONS work sessions" >&2
for n in $(seq 2 "$ORGS"); do
  org="org$n"
  echo bench-admin-password | "$B" org create "$org" --admin admin --password-stdin -q >/dev/null
  echo bench-admin-password | STINT_CONFIG_DIR="$WORK/admin-$org" "$B" auth login admin --org "$org" --password-stdin -q
  desk "$org" "$WORK/admin-$org"
done
unset STINT_DB
sessions=$(sqlite3 "$WORK/crowded.db" "SELECT count(*) FROM work_sessions")
size=$(du -m "$WORK/crowded.db" | cut -f1)

# tech01 of the first organisation, logged in to each file.
for file in alone crowded; do
  echo tech-password | STINT_DB="$WORK/$file.db" STINT_CONFIG_DIR="$WORK/tech-$file" \
    "$B" auth login tech01 --org default --password-stdin -q
done
# interleaved PREPARE COMMAND LABEL: COMMAND (a stint subcommand) on each file in turn, 50 times,
# each run after PREPARE on the same file, so both medians share the machine's mood;
# appends "| LABEL | alone | crowded | ratio | goal |".
interleaved() {
  python3 - "$B" "$WORK" "$1" "$2" "$3" >> "$WORK/rows" <<'PY'
import os, re, shlex, shutil, statistics, subprocess, sys, time
stint, work, prepare, command, label = sys.argv[1:]
times = {"alone": [], "crowded": []}
for run in range(52):
    # Each file goes first every other run, so neither always follows the other's prepare.
    for file in (("alone", "crowded") if run % 2 else ("crowded", "alone")):
        env = dict(os.environ, STINT_DB=f"{work}/{file}.db", STINT_CONFIG_DIR=f"{work}/tech-{file}")
        subprocess.run(f"{shlex.quote(stint)} {prepare}", shell=True, env=env,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        start = time.perf_counter()
        done = subprocess.run([stint, *shlex.split(command)], env=env, stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL)
        elapsed = time.perf_counter() - start
        if done.returncode != 0:
            sys.exit(f"{command} failed on {file}.db")
        if run >= 2:  # the first two warm the page cache
            times[file].append(elapsed * 1000)
alone, crowded = (statistics.median(times[file]) for file in times)
ratio = crowded / alone
# Instructions, where valgrind is installed: the same count whatever else the machine does.
counted = "–"
if shutil.which("valgrind"):
    refs = {}
    for file in times:
        env = dict(os.environ, STINT_DB=f"{work}/{file}.db", STINT_CONFIG_DIR=f"{work}/tech-{file}")
        subprocess.run(f"{shlex.quote(stint)} {prepare}", shell=True, env=env,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        run = subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", stint,
                              *shlex.split(command)], env=env, stdout=subprocess.DEVNULL,
                             stderr=subprocess.PIPE, text=True)
        found = re.search(r"I\s+refs:\s+([\d,]+)", run.stderr)
        refs[file] = int(found.group(1).replace(",", "")) if found else None
    if all(refs.values()):
        counted = f"{refs['crowded'] / refs['alone']:.3f}×"
print(f"| {label} | {alone:.1f} ms | {crowded:.1f} ms | {ratio:.2f}× | {counted} | {'✓' if ratio <= 1.1 else '✗'} |")
PY
}
: > "$WORK/rows"
interleaved "timer cancel -q" "timer start --ticket 1 -q" "\`timer start --ticket 1\`"
# A timer stopped in the second it started records nothing, so each stop's timer ran a second.
interleaved "timer start --ticket 1 -q && sleep 1" "timer stop -q" "\`timer stop\`"
interleaved "timer start --ticket 1 -q" "timer status --format json" "\`timer status --format json\`"

{
  echo "## Organisations: one desk beside $((ORGS - 1)) busy neighbours"
  echo
  echo "One organisation's technician on a SQLite file holding only that organisation, and on a file that also holds $((ORGS - 1)) more, each with the same usernames, ticket numbers and $(commas "$SESSIONS") work sessions ($(commas "$sessions") in all, ${size} MiB); both timed in turn, run by run (median of 50 each), and, where valgrind is installed, the instructions of one run of each counted by callgrind (the same count however busy the machine is). Goal: no slower with the neighbours (≤ 1.1×, inside this machine's noise)."
  echo
  echo "| command | one organisation | $ORGS organisations | ratio | instructions ratio | goal |"
  echo "|---|---|---|---|---|---|"
  cat "$WORK/rows"
  echo
} > "$OUT"
