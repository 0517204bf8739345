#!/usr/bin/env bash
# The live figures of two builds side by side, alternating, several runs each, on the seeded SQLite sample: `bench
# latency` (1,000 hub clients, 50 saves) and the overview's largest contentful paint (hd-bench-browser lcp, 10 loads).
# One run per build is too noisy to judge a 20 % limit by, and figures.sh's runs of two builds are half an hour apart.
# Each run gets a fresh copy of the build's own seeded sample and a fresh app on the port, and waits until the app is
# idle before each figure.
#
#   benchmarks/app-ab.sh <older tree> <newer tree> [runs per build] [port] [client tree]
#
# With a client tree, both builds' servers are measured with that tree's `bench latency` (its hub client) and the LCP
# is skipped: this tells a change in the server from a change in the measuring client.
#
# Each tree must have its Release web app, CLI and browser bench built (figures.sh builds them). Prints every run's
# JSON lines, then each build's medians (ms).
set -euo pipefail
old=$(cd "${1:?older tree}" && pwd); new=$(cd "${2:?newer tree}" && pwd); runs=${3:-3}; port=${4:-5650}
client=${5:+$(cd "$5" && pwd)}
work=$(mktemp -d /tmp/hd-latency-ab.XXXXXX)
trap '[ -f "$work/app.pid" ] && kill "$(cat "$work/app.pid")" 2>/dev/null; rm -rf "$work"' EXIT
tfm() { sed -n 's:.*<HdTargetFramework>\(.*\)</HdTargetFramework>.*:\1:p' "$1/Directory.Build.props"; }
cli() { echo "$1/src/HealthDashboard.Cli/bin/Release/$(tfm "$1")/linux-x64/healthdashboard"; }
web() { echo "$1/src/HealthDashboard.Web/bin/Release/$(tfm "$1")/linux-x64"; }
browser() { echo "$1/benchmarks/HealthDashboard.Bench.Browser/bin/Release/$(tfm "$1")/linux-x64/hd-bench-browser"; }
# Waits until the app has used under 0.1 s of CPU in 3 s (as figures.sh does).
idle() { local pid a b; pid=$(cat "$work/app.pid"); for _ in $(seq 100); do a=$(awk '{print $14+$15}' /proc/$pid/stat); sleep 3
  b=$(awk '{print $14+$15}' /proc/$pid/stat); [ $((b-a)) -lt 10 ] && return 0; done; echo "(app not idle after 5 min)" >&2; }

for build in old new; do
  "$(cli "${!build}")" seed --db "Data Source=$work/$build.db" >/dev/null
done

for run in $(seq "$runs"); do
  for build in old new; do
    tree=${!build}; db="Data Source=$work/live.db"
    rm -f "$work"/live.db*; cp "$work/$build.db" "$work/live.db"
    key=$("$(cli "$tree")" apikeys create --name bench --unit VN --db "$db" | jq -r .key)
    while curl -s -o /dev/null "http://127.0.0.1:$port/api/status"; do sleep 1; done
    (cd "$(web "$tree")" || exit 1
     env Database__ConnectionString="$db" Auth__InitialAdmin__Password=Bench-admin-2026 Logging__LogLevel__Default=Warning \
       ./HealthDashboard.Web --urls "http://127.0.0.1:$port" >"$work/app.log" 2>&1 & echo $! >"$work/app.pid")
    until curl -s "http://127.0.0.1:$port/api/status" | grep -q ready; do sleep 1; done
    idle
    line=$("$(cli "${client:-$tree}")" bench latency --url "http://127.0.0.1:$port" --clients 1000 --saves 50 --api-key "$key" | tail -1)
    echo "$line" >>"$work/$build.json"
    echo "latency run $run $build: $line"
    [ -n "$client" ] || { idle
    line=$(HD_PASSWORD=Bench-admin-2026 "$(browser "$tree")" lcp --url "http://127.0.0.1:$port" --user admin --runs 10 | tail -1)
    echo "$line" >>"$work/$build-lcp.json"
    echo "lcp run $run $build: $line"; }
    kill "$(cat "$work/app.pid")"; while kill -0 "$(cat "$work/app.pid")" 2>/dev/null; do sleep 0.5; done; rm -f "$work/app.pid"
  done
done

median() { jq -r ".$2" "$work/$1.json" | sort -n | awk '{ v[NR] = $1 } END { printf "%.1f (%.1f–%.1f)", v[int((NR + 1) / 2)], v[1], v[NR] }'; }
for build in old new; do
  echo "latency $build: p50 median $(median $build p50_ms) ms, p95 median $(median $build p95_ms) ms, $runs runs"
  [ -n "$client" ] || echo "lcp $build: p50 median $(median $build-lcp p50_ms) ms, p95 median $(median $build-lcp p95_ms) ms, $runs runs"
done
