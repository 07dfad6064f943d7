#!/usr/bin/env bash
# Runs the whole battery (RELIABILITY.md): the fast cases that `cargo test` also runs, and the
# slow ones (kill -9 loops, the 100,000-session load), then prints how many cases each class ran.
#
#   tests/battery/run-all.sh                 everything
#   tests/battery/run-all.sh slow_kill       only the tests whose names contain "slow_kill"
#
# STINT_BATTERY_SEED replays the random kill points of a run (each slow test prints its seed);
# STINT_BATTERY_KILLS (150), STINT_BATTERY_IMPORT_KILLS (40) and STINT_BATTERY_INIT_KILLS (60)
# set how many times the kill loops kill.
set -euo pipefail
cd "$(dirname "$0")/../.."
mkdir -p target
tally=target/battery-cases.tsv
: > "$tally"
start=$(date +%s)
STINT_BATTERY_TALLY="$PWD/$tally" cargo test --locked --test battery -- --include-ignored --show-output "$@"
echo
echo "battery finished in $(( $(date +%s) - start )) s; cases per class (listed in $tally):"
cut -f1 "$tally" | sort | uniq -c | sort -k2
echo "$(wc -l < "$tally") cases in all"
