#!/usr/bin/env bash
# The 100,000-row CSV import of two builds, alternating, several runs each: the three rounds of figures.sh (new values,
# the same keys with other values, the same file again), each a dry run and then a commit, on a fresh
# `generate --communes 200 --years 1` database made by the build's own CLI. Both builds import the same two row files
# (made from the newer build's database; the generated units and elements are the same in both).
#
#   benchmarks/import-ab.sh <older tree> <newer tree> [runs per build] [port]
#
# Each tree must have its Release web app and CLI built (figures.sh builds them). Prints every round's seconds, then
# each build's median dry + commit per round.
set -euo pipefail
old=$(cd "${1:?older tree}" && pwd); new=$(cd "${2:?newer tree}" && pwd); runs=${3:-3}; port=${4:-5660}
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d /tmp/hd-import-ab.XXXXXX)
trap '[ -f "$work/app.pid" ] && kill "$(cat "$work/app.pid")" 2>/dev/null; rm -rf "$work"' EXIT
tfm() { sed -n 's:.*<HdTargetFramework>\(.*\)</HdTargetFramework>.*:\1:p' "$1/Directory.Build.props"; }
cli() { echo "$1/src/HealthDashboard.Cli/bin/Release/$(tfm "$1")/linux-x64/healthdashboard"; }
web() { echo "$1/src/HealthDashboard.Web/bin/Release/$(tfm "$1")/linux-x64"; }
idle() { local pid a b; pid=$(cat "$work/app.pid"); for _ in $(seq 100); do a=$(awk '{print $14+$15}' /proc/$pid/stat); sleep 3
  b=$(awk '{print $14+$15}' /proc/$pid/stat); [ $((b-a)) -lt 10 ] && return 0; done; echo "(app not idle after 5 min)" >&2; }

"$(cli "$new")" generate --communes 200 --years 1 --db "Data Source=$work/rows.db" >/dev/null
python3 "$here/import_rows.py" "$work/rows.db" 100000 "$work/rows.csv" 3 >/dev/null
python3 "$here/import_rows.py" "$work/rows.db" 100000 "$work/rows-b.csv" 11 >/dev/null

for run in $(seq "$runs"); do
  for build in old new; do
    tree=${!build}; db="Data Source=$work/import.db"
    rm -f "$work"/import.db*
    "$(cli "$tree")" generate --communes 200 --years 1 --db "$db" >/dev/null
    key=$("$(cli "$tree")" apikeys create --name bench --unit SYN --db "$db" | jq -r .key)
    while curl -s -o /dev/null "http://127.0.0.1:$port/api/status"; do sleep 1; done
    (cd "$(web "$tree")" || exit 1
     env Database__ConnectionString="$db" Database__SeedSampleData=false Jobs__Enabled=false Logging__LogLevel__Default=Warning \
       ./HealthDashboard.Web --urls "http://127.0.0.1:$port" >"$work/app.log" 2>&1 & echo $! >"$work/app.pid")
    until curl -s "http://127.0.0.1:$port/api/status" | grep -q ready; do sleep 1; done
    post() { idle; curl -s --max-time 900 -o "$work/out.json" -w '%{time_total}' -H "X-Api-Key: $key" -H 'Content-Type: text/csv' \
      --data-binary @"$1" "http://127.0.0.1:$port/api/dataValueSets$2"; }
    for round in "new rows.csv" "updated rows-b.csv" "unchanged rows-b.csv"; do
      set -- $round
      dry=$(post "$work/$2" '?dryRun=true'); commit=$(post "$work/$2" '')
      echo "$1 $dry $commit" >>"$work/$build"
      echo "import run $run $build $1: dry $dry s + commit $commit s ($(jq -c '.importCount // .response.importCount // empty' "$work/out.json" | head -c 120))"
    done
    kill "$(cat "$work/app.pid")"; while kill -0 "$(cat "$work/app.pid")" 2>/dev/null; do sleep 0.5; done; rm -f "$work/app.pid"
  done
done

median() { sort -n | awk '{ v[NR] = $1 } END { printf "%.2f", v[int((NR + 1) / 2)] }'; }
for build in old new; do
  for round in new updated unchanged; do
    echo "import $build $round: dry $(awk -v r=$round '$1 == r { print $2 }' "$work/$build" | median) s + commit $(awk -v r=$round '$1 == r { print $3 }' "$work/$build" | median) s (median of $runs)"
  done
done
