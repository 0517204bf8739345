#!/usr/bin/env bash
# The sample seed of two builds, alternating, several runs each, on both engines: one seed run is too noisy to compare
# two builds by (single runs of one build differed by 20 % on PostgreSQL, where COPY meets checkpoints and autovacuum).
#
#   benchmarks/seed-ab.sh <older CLI> <newer CLI> <PostgreSQL connection string to an admin database> [runs per build]
#
# The CLIs are Release builds (`dotnet build src/HealthDashboard.Cli -c Release` in each tree; the executable is
# bin/Release/<tfm>/linux-x64/healthdashboard). Prints every run's seconds, then each build's median and range.
# PostgreSQL gets a CHECKPOINT and a fresh database before each run, SQLite a fresh file.
set -euo pipefail
old=${1:?older CLI}; new=${2:?newer CLI}; pg=${3:?PostgreSQL connection string}; runs=${4:-5}
work=$(mktemp -d /tmp/hd-seed-ab.XXXXXX)
trap 'rm -rf "$work"' EXIT
part() { echo "$pg" | tr ';' '\n' | sed -n "s/^$1=//Ip" | head -1; }
pg_admin() { PGOPTIONS="-c client_min_messages=warning" psql -h "$(part Host)" -p "$(part Port)" -U "$(part Username)" -d "$(part Database)" -qc "$1" >/dev/null; }
seconds() { local start=$(date +%s%N); "$@" >/dev/null; echo "scale=2; ($(date +%s%N) - $start) / 1000000000" | bc; }
summary() { sort -n | awk '{ v[NR] = $1 } END { printf "median %.2f s (%.2f–%.2f, %d runs)", v[int((NR + 1) / 2)], v[1], v[NR], NR }'; }

for engine in sqlite postgres; do
  : >"$work/old"; : >"$work/new"
  for run in $(seq "$runs"); do
    for build in old new; do
      cli=${!build}
      if [ "$engine" = sqlite ]; then
        rm -f "$work"/seed.db*
        s=$(seconds "$cli" seed --db "Data Source=$work/seed.db")
      else
        db=hd_seed_ab_${run}_${build}
        pg_admin "DROP DATABASE IF EXISTS $db WITH (FORCE)"; pg_admin "CHECKPOINT"; pg_admin "CREATE DATABASE $db"
        s=$(seconds "$cli" seed --provider postgres --db "$(echo "$pg" | sed "s/Database=[^;]*/Database=$db/")")
        pg_admin "DROP DATABASE $db WITH (FORCE)"
      fi
      echo "$s" >>"$work/$build"
      echo "seed $engine run $run $build: $s s"
    done
  done
  echo "seed $engine old: $(summary <"$work/old")"
  echo "seed $engine new: $(summary <"$work/new")"
done
