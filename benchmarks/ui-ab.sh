#!/usr/bin/env bash
# The UI figures of issue 13 for two builds side by side, alternating, on the seeded SQLite sample: the overview's
# largest contentful paint (10 loads), the map page ready (An Giang's 156 communes, 10 loads), the server memory of an
# idle wall (30 kiosk walls for 150 s). Both builds are measured with the newer tree's
# browser bench, so only the server and its pages differ.
#
#   benchmarks/ui-ab.sh <older tree> <newer tree> [runs per build] [port]
#   FIGURES="lcp" benchmarks/ui-ab.sh …     only some of lcp, map and wall (all three by default)
#
# Each tree must have its Release web app and CLI built, and the newer tree its browser bench (figures.sh builds
# them). Prints every run's JSON lines, then each build's medians.
set -euo pipefail
old=$(cd "${1:?older tree}" && pwd); new=$(cd "${2:?newer tree}" && pwd); runs=${3:-2}; port=${4:-5660}
figures=${FIGURES:-lcp map wall}
work=$(mktemp -d /tmp/hd-ui-ab.XXXXXX)
trap '[ -f "$work/app.pid" ] && kill "$(cat "$work/app.pid")" 2>/dev/null; rm -rf "$work"' EXIT
tfm() { sed -n 's:.*<HdTargetFramework>\(.*\)</HdTargetFramework>.*:\1:p' "$1/Directory.Build.props"; }
cli() { echo "$1/src/HealthDashboard.Cli/bin/Release/$(tfm "$1")/linux-x64/healthdashboard"; }
web() { echo "$1/src/HealthDashboard.Web/bin/Release/$(tfm "$1")/linux-x64"; }
browser="$new/benchmarks/HealthDashboard.Bench.Browser/bin/Release/$(tfm "$new")/linux-x64/hd-bench-browser"
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
    kiosk=$("$(cli "$tree")" kiosks create --playlist giao-ban --db "$db" | sed 's/.*\/kiosk\/\([^"]*\)".*/\1/')
    while curl -s -o /dev/null "http://127.0.0.1:$port/api/status"; do sleep 1; done
    (cd "$(web "$tree")" || exit 1
     env Database__ConnectionString="$db" Auth__InitialAdmin__Password=Bench-admin-2026 Logging__LogLevel__Default=Warning \
       Diagnostics__Enabled=true ./HealthDashboard.Web --urls "http://127.0.0.1:$port" >"$work/app.log" 2>&1 & echo $! >"$work/app.pid")
    until curl -s "http://127.0.0.1:$port/api/status" | grep -q ready; do sleep 1; done
    for figure in $(echo "$figures" | tr ' ' '\n' | grep -x 'lcp\|map' || true); do
      idle
      line=$(HD_PASSWORD=Bench-admin-2026 "$browser" $figure --url "http://127.0.0.1:$port" --user admin --runs 10 | tail -1)
      echo "$line" >>"$work/$build-$figure.json"
      echo "$figure run $run $build: $line"
    done
    if [[ " $figures " == *" wall "* ]]; then
      idle
      line=$("$browser" wall-memory --url "http://127.0.0.1:$port" --kiosk "$kiosk" --api-key "$key" --pages 30 --idle 150 | tail -1)
      echo "$line" >>"$work/$build-wall.json"
      echo "wall memory run $run $build: $line"
    fi
    kill "$(cat "$work/app.pid")"; while kill -0 "$(cat "$work/app.pid")" 2>/dev/null; do sleep 0.5; done; rm -f "$work/app.pid"
  done
done

median() { [ -f "$work/$1.json" ] || { echo "not measured"; return; }; jq -r ".$2" "$work/$1.json" | sort -n | awk '{ v[NR] = $1 } END { printf "%.1f (%.1f–%.1f)", v[int((NR + 1) / 2)], v[1], v[NR] }'; }
for build in old new; do
  echo "lcp $build: p50 median $(median $build-lcp p50_ms) ms, p95 median $(median $build-lcp p95_ms) ms, $runs runs"
  echo "map ready $build: p50 median $(median $build-map p50_ms) ms, p95 median $(median $build-map p95_ms) ms, $runs runs"
  if [ -f "$work/$build-wall.json" ]; then echo "wall memory $build: $(jq -c . "$work/$build-wall.json" | tr '\n' ' ')"; fi
done
