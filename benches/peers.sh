#!/usr/bin/env bash
# Side by side with the peers: when Timewarrior (`timew`), Watson (`watson`) or bartib are
# installed, loads one generated history into each (their own files; stint through its
# importer) and times timer start, timer stop, a whole-history report and a whole-history export
# next to stint's, each pair in one hyperfine run. A peer that is not installed is skipped with a
# line saying so; a command whose first run takes longer than 60 s is not timed further.
#
#   benches/peers.sh OUT.md             # writes the section to OUT.md (benches/run.sh does this)
#                                       # and its medians to OUT.tsv (peer, command, stint s, peer s)
#   STINT_PEER_SIZE=100000 benches/peers.sh OUT.md
#
# One technician's history (the peers are single-user tools): STINT_PEER_SIZE work sessions,
# 10,000 unless set, on 200 tickets, each session's note naming its ticket.
set -euo pipefail
commas() { sed ':a;s/\B[0-9]\{3\}\>/,&/;ta' <<< "$1"; }
cd "$(dirname "$0")/.."
ROOT=$(pwd)
OUT=${1:?usage: benches/peers.sh OUT.md}
SIZE=${STINT_PEER_SIZE:-10000}
LIMIT=60

cargo build --release --locked --quiet
cargo build --release --locked --quiet --example bench_data
B="$ROOT/target/release/stint"
WORK=$(mktemp -d /tmp/stint-peers.XXXXXX)
trap 'rm -rf "$WORK"' EXIT
export TZ=UTC

# The history, then stint's desk: one technician's sessions through the importer.
"$ROOT/target/release/examples/bench_data" "$SIZE" 1 200 > "$WORK/history.csv"
export STINT_DB="$WORK/stint.db" STINT_CONFIG_DIR="$WORK/stint-config"
echo bench-admin-password | "$B" init --admin tech00 --password-stdin -q >/dev/null
for i in $(seq 1 200); do "$B" ticket create "Ticket $i" -q >/dev/null; done
"$B" -q session import "$WORK/history.csv" --force >/dev/null

# The same history in each peer's own format: tickets become projects (Watson, bartib) or tags
# (Timewarrior), notes become descriptions where the peer has them.
python3 - "$WORK" <<'PY'
import csv, datetime, json, os, sys, uuid
work = sys.argv[1]
rows = list(csv.DictReader(open(os.path.join(work, "history.csv"))))
parse = lambda t: datetime.datetime.strptime(t, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=datetime.timezone.utc)
os.makedirs(os.path.join(work, "timew", "data"))
open(os.path.join(work, "timew", "timewarrior.cfg"), "w").close()
months = {}
for r in rows:
    s, e = parse(r["start"]), parse(r["end"])
    line = f'inc {s:%Y%m%dT%H%M%SZ} - {e:%Y%m%dT%H%M%SZ} # "ticket {r["ticket"]}"\n'
    months.setdefault(f"{s:%Y-%m}", []).append(line)
for month, lines in months.items():
    open(os.path.join(work, "timew", "data", f"{month}.data"), "w").writelines(lines)
os.makedirs(os.path.join(work, "watson"))
frames = [[int(parse(r["start"]).timestamp()), int(parse(r["end"]).timestamp()), f'ticket-{r["ticket"]}',
           uuid.uuid4().hex, [], int(parse(r["end"]).timestamp())] for r in rows]
json.dump(frames, open(os.path.join(work, "watson", "frames"), "w"))
with open(os.path.join(work, "bartib.txt"), "w") as f:
    for r in rows:
        s, e = parse(r["start"]), parse(r["end"])
        f.write(f'{s:%Y-%m-%d %H:%M} - {e:%Y-%m-%d %H:%M} | ticket {r["ticket"]} | {r["note"]}\n')
PY
export TIMEWARRIORDB="$WORK/timew" WATSON_DIR="$WORK/watson"
# One technician at 100,000 sessions reaches back to 1978 (and Timewarrior finds nothing from
# 1970-01-01, its unset date).
FROM=1971-01-01 TO=2099-12-31

# bounded NAME COMMAND: runs COMMAND once within the limit; false when it failed or took longer.
# Sets SLOW when the run took more than 5 s, so the pair is timed over fewer runs.
# A whole-history command must also print something like a history (3 lines at least), so a
# range the peer misreads is not timed as a fast empty answer.
bounded() {
  local name=$1 command=$2 started
  started=$(date +%s)
  if ! timeout "$LIMIT" bash -c "$command" > "$WORK/out" 2>/dev/null; then
    REASON="failed or over ${LIMIT} s"
    echo "   $name: skipped ($REASON)" >&2
    return 1
  fi
  if [[ $name == *whole-history* ]] && [ "$(wc -l < "$WORK/out")" -lt 3 ]; then
    REASON="printed no history"
    echo "   $name: skipped ($REASON)" >&2
    return 1
  fi
  [ $(( $(date +%s) - started )) -le 5 ] || SLOW=1
}

# pair LABEL PEER STINT_COMMAND PEER_COMMAND [PREPARE_STINT PREPARE_PEER]: times both in one
# hyperfine run (10 runs, or 3 when either took over 5 s once) and appends the table row
# "| LABEL | stint | peer | peer ÷ stint |". The bounded first runs warm the caches.
pair() {
  local label=$1 peer=$2 ours=$3 theirs=$4 prep_ours=${5:-true} prep_theirs=${6:-true}
  SLOW=0
  bounded "$peer $label" "$prep_theirs >/dev/null 2>&1; $theirs" || { echo "| $label | | not timed: $REASON | |" >> "$WORK/$peer.rows"; return; }
  bounded "stint $label" "$prep_ours >/dev/null 2>&1; $ours" || { echo "| $label | not timed: $REASON | | |" >> "$WORK/$peer.rows"; return; }
  hyperfine --style none --runs $(( SLOW ? 3 : 10 )) --export-json "$WORK/pair.json" \
    --prepare "$prep_ours >/dev/null 2>&1 || true" "$ours" \
    --prepare "$prep_theirs >/dev/null 2>&1 || true" "$theirs" >/dev/null
  python3 - "$WORK/pair.json" "$label" >> "$WORK/$peer.rows" <<'PY'
import json, sys
ours, theirs = (r["median"] for r in json.load(open(sys.argv[1]))["results"])
fmt = lambda s: f"{s * 1000:.1f} ms" if s < 1 else f"{s:.2f} s"
print(f"| {sys.argv[2]} | {fmt(ours)} | {fmt(theirs)} | {theirs / ours:.2f}× |")
PY
  # The same medians for benches/render.py, which checks stint's lead over each peer.
  python3 -c 'import json, sys; r = json.load(open(sys.argv[1]))["results"]; print(sys.argv[2], sys.argv[3], r[0]["median"], r[1]["median"], sep="\t")' \
    "$WORK/pair.json" "$peer" "$label" >> "${OUT%.md}.tsv"
}

declare -A PEER_NAME=([timew]="Timewarrior" [watson]="Watson" [bartib]="bartib")
{
  echo "## Side by side with the peers, $(commas "$SIZE") work sessions"
  echo
  echo "One technician's generated history loaded into each installed peer's own files and into stint through its importer; each pair timed in one hyperfine run (median of 10, or of 3 where a command took over 5 s; a command whose first run took over 60 s is not timed), stint on its embedded SQLite. A ratio above 1 means the peer is slower."
  echo
} > "$OUT"
: > "${OUT%.md}.tsv"
for peer in timew watson bartib; do
  name=${PEER_NAME[$peer]}
  if ! command -v "$peer" >/dev/null; then
    echo "== peers: $name is not installed; skipped" >&2
    echo "- $name: not installed on this machine, not measured." >> "$WORK/skipped"
    continue
  fi
  echo "== peers: $name, $SIZE work sessions" >&2
  : > "$WORK/$peer.rows"
  stint_stop="$B timer stop -q"
  stint_start="$B timer start --ticket 1 -q"
  # A stop is timed on a timer that ran a second: one stopped in the second it started records
  # nothing in stint and is refused by Timewarrior.
  stint_started="$stint_start && sleep 1"
  case $peer in
    timew)
      pair "timer start" timew "$stint_start" "timew start 'ticket 1'" "$stint_stop" "timew stop"
      pair "timer stop" timew "$stint_stop" "timew stop" "$stint_started" "timew start 'ticket 1' && sleep 1"
      pair "whole-history report" timew "$B session report --by day --from $FROM --to $TO" "timew summary $FROM - $TO"
      pair "whole-history export" timew "$B session list --from $FROM --to $TO --format csv" "timew export"
      ;;
    watson)
      pair "timer start" watson "$stint_start" "watson start ticket-1" "$stint_stop" "watson stop"
      pair "timer stop" watson "$stint_stop" "watson stop" "$stint_started" "watson start ticket-1 && sleep 1"
      pair "whole-history report" watson "$B session report --by day --from $FROM --to $TO" "watson report --from $FROM --to $TO"
      pair "whole-history export" watson "$B session list --from $FROM --to $TO --format csv" "watson log --from $FROM --to $TO --csv"
      ;;
    bartib)
      bf="$WORK/bartib.txt"
      pair "timer start" bartib "$stint_start" "bartib -f $bf start -p 'ticket 1' -d work" "$stint_stop" "bartib -f $bf stop"
      pair "timer stop" bartib "$stint_stop" "bartib -f $bf stop" "$stint_started" "bartib -f $bf start -p 'ticket 1' -d work && sleep 1"
      pair "whole-history report" bartib "$B session report --by day --from $FROM --to $TO" "bartib -f $bf report --from $FROM --to $TO"
      pair "whole-history export" bartib "$B session list --from $FROM --to $TO --format csv" "bartib -f $bf list --from $FROM --to $TO"
      ;;
  esac
  # A running timer left by the last pair would change the next peer's history.
  $B timer stop -q >/dev/null 2>&1 || true
  {
    echo "### $name ($($peer --version 2>/dev/null | head -1 || echo "version unknown"))"
    echo
    echo "| command | stint | $name | $name ÷ stint |"
    echo "|---|---|---|---|"
    cat "$WORK/$peer.rows"
    echo
  } >> "$OUT"
done
[ -f "$WORK/skipped" ] && { cat "$WORK/skipped"; echo; } >> "$OUT"
exit 0
