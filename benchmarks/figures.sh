#!/usr/bin/env bash
# The headline figures of docs/BENCHMARKS.md in one run, for comparing two builds side by side on one machine
# (run it in each tree: a `git worktree` of the older commit and this one).
#
#   benchmarks/figures.sh <work dir> <PostgreSQL connection string to an admin database> [port base]
#
# Builds the web app, the CLI and the browser bench in Release, then prints one line per figure:
#   seed sqlite / seed postgres     the sample's first seed, seconds (the CLI's `seed`, as the app's first start does)
#   recompute                       `bench recompute` on the seeded SQLite sample (its last JSON line)
#   latency                         `bench latency`, 1,000 hub clients, 50 saves, SQLite (its last JSON line)
#   import new|updated|unchanged    100,000 CSV rows through POST /api/dataValueSets, dry run + commit, seconds
#   lcp                             the overview's largest contentful paint, 10 runs (hd-bench-browser's last line)
#   map ready                       An Giang's communes map drawn after navigation, 10 runs (hd-bench-browser's last line)
#   wall memory                     50 idle kiosk walls for 150 s, managed heap per wall (hd-bench-browser's last line)
# Each step waits until the app is idle before it starts, so one figure does not pay for the previous one's
# background work. Nothing here asserts: compare the figures by reading them.
set -euo pipefail
work=${1:?work dir}; pg=${2:?PostgreSQL connection string}; port=${3:-5600}
repo=$(pwd)
mkdir -p "$work"; work=$(cd "$work" && pwd)
tfm=$(sed -n 's:.*<HdTargetFramework>\(.*\)</HdTargetFramework>.*:\1:p' Directory.Build.props)
for p in src/HealthDashboard.Web src/HealthDashboard.Cli benchmarks/HealthDashboard.Bench.Browser; do
  dotnet build "$p" -c Release -v q -nologo >/dev/null
done
cli=$repo/src/HealthDashboard.Cli/bin/Release/$tfm/linux-x64/healthdashboard
web=$repo/src/HealthDashboard.Web/bin/Release/$tfm/linux-x64
browser=$repo/benchmarks/HealthDashboard.Bench.Browser/bin/Release/$tfm/linux-x64/hd-bench-browser
seconds() { local start=$(date +%s%N); "$@" >/dev/null; local ms=$((($(date +%s%N) - start) / 1000000)); printf '%d.%d' $((ms / 1000)) $((ms % 1000 / 100)); }
part() { echo "$pg" | tr ';' '\n' | sed -n "s/^$1=//Ip" | head -1; }

rm -rf "$work"/*; sqlite_db="Data Source=$work/sample.db"
echo "seed sqlite: $(seconds "$cli" seed --db "$sqlite_db") s"
pgdb=hd_figures_$(date +%s)
pg_admin() { psql -h "$(part Host)" -p "$(part Port)" -U "$(part Username)" -d "$(part Database)" -qc "$1"; }
pg_admin "CREATE DATABASE $pgdb"
pg_db=$(echo "$pg" | sed "s/Database=[^;]*/Database=$pgdb/")
echo "seed postgres: $(seconds "$cli" seed --provider postgres --db "$pg_db") s"
pg_admin "DROP DATABASE $pgdb WITH (FORCE)"
echo "recompute: $("$cli" bench recompute --db "$sqlite_db" | tail -1)"

start_app() { # <log name> <env...>: starts the Release app on $port and waits until it is ready
  local name=$1; shift
  # The previous app may still be letting go of the port.
  while curl -s -o /dev/null "http://127.0.0.1:$port/api/status"; do sleep 1; done
  # `cd` on its own line: `cd && app &` would background a subshell, and app.pid would name it instead of the app,
  # so stop_app killed the subshell and left the app holding the port (the import step then waited for ever).
  (cd "$web" || exit 1
   env "$@" Logging__LogLevel__Default=Warning ./HealthDashboard.Web --urls http://127.0.0.1:$port \
    > "$work/$name.log" 2>&1 & echo $! > "$work/app.pid")
  local waited=0
  until curl -s "http://127.0.0.1:$port/api/status" | grep -q ready; do
    sleep 1; waited=$((waited + 1))
    # A run that cannot start says so instead of waiting for ever.
    if [ $waited -ge 180 ] || ! kill -0 "$(cat "$work/app.pid")" 2>/dev/null; then
      echo "the app ($name) did not get ready; its log:" >&2; tail -n 20 "$work/$name.log" >&2; exit 1
    fi
  done
}
# Waits until the app has used under 0.1 s of CPU in 3 s (its background work after a start or an import is done),
# at most 5 minutes, so figures are not taken while it still recomputes.
idle() { local pid a b; pid=$(cat "$work/app.pid"); for _ in $(seq 100); do a=$(awk '{print $14+$15}' /proc/$pid/stat); sleep 3
  b=$(awk '{print $14+$15}' /proc/$pid/stat); [ $((b-a)) -lt 10 ] && return 0; done; echo "(app not idle after 5 min)" >&2; }
# An app left running would hold the port for the next run.
trap '[ -f "$work/app.pid" ] && kill "$(cat "$work/app.pid")" 2>/dev/null; true' EXIT
stop_app() { local pid; pid=$(cat "$work/app.pid"); kill "$pid"
  # Shutdown waits for open circuits; after 30 s it is killed so the next step can have the port.
  for _ in $(seq 60); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.5; done; kill -9 "$pid" 2>/dev/null || true; }

cp "$work/sample.db" "$work/live.db"; live_db="Data Source=$work/live.db"
key=$("$cli" apikeys create --name bench --unit VN --db "$live_db" | jq -r .key)
kiosk=$("$cli" kiosks create --playlist giao-ban --db "$live_db" | sed 's/.*\/kiosk\/\([^"]*\)".*/\1/')
start_app live Database__ConnectionString="$live_db" Auth__InitialAdmin__Password=Bench-admin-2026 Diagnostics__Enabled=true
idle; echo "latency: $("$cli" bench latency --url "http://127.0.0.1:$port" --clients 1000 --saves 50 --api-key "$key" | tail -1)"
idle; echo "lcp: $(HD_PASSWORD=Bench-admin-2026 "$browser" lcp --url "http://127.0.0.1:$port" --user admin --runs 10 | tail -1)"
idle; echo "map ready: $(HD_PASSWORD=Bench-admin-2026 "$browser" map --url "http://127.0.0.1:$port" --user admin --runs 10 | tail -1)"
idle; echo "wall memory: $("$browser" wall-memory --url "http://127.0.0.1:$port" --kiosk "$kiosk" --api-key "$key" --pages 50 --idle 150 | tail -1)"
stop_app

import_db="Data Source=$work/import.db"
"$cli" generate --communes 200 --years 1 --db "$import_db" >/dev/null
ikey=$("$cli" apikeys create --name bench --unit SYN --db "$import_db" | jq -r .key)
python3 benchmarks/import_rows.py "$work/import.db" 100000 "$work/rows.csv" 3 >/dev/null
python3 benchmarks/import_rows.py "$work/import.db" 100000 "$work/rows-b.csv" 11 >/dev/null
start_app import Database__ConnectionString="$import_db" Database__SeedSampleData=false Jobs__Enabled=false
post() { idle; curl -s --max-time 900 -o "$work/out.json" -w '%{time_total}' -H "X-Api-Key: $ikey" -H 'Content-Type: text/csv' \
  --data-binary @"$1" "http://127.0.0.1:$port/api/dataValueSets$2"; }
for round in "new rows.csv" "updated rows-b.csv" "unchanged rows-b.csv"; do
  set -- $round
  echo "import $1: dry $(post "$work/$2" '?dryRun=true') s + commit $(post "$work/$2" '') s ($(jq -c '.importCount // .response.importCount // empty' "$work/out.json" | head -c 200))"
done
stop_app
