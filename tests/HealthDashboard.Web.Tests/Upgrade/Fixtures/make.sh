#!/usr/bin/env bash
# Makes the upgrade fixtures with a past release's own command line: a small SQLite file and a PostgreSQL dump, each
# with synthetic values, users, an API key, audit rows and a persisted aggregate snapshot, plus what that
# release exports of them (data values, aggregates). UpgradeInPlaceTests starts the current release on copies and
# compares. Run from anywhere, with a PostgreSQL to make the dump in:
#   tests/HealthDashboard.Web.Tests/Upgrade/Fixtures/make.sh "Host=127.0.0.1;Port=5432;Username=hd;Database=postgres" [release-commit]
# Needs git, the .NET SDK, pg_dump/psql (PATH or HD_PG_BIN) and python3. The output is committed; rerun only to add a release.
set -euo pipefail
admin=${1:?PostgreSQL connection string (Npgsql form) of a server to make the dump on}
release=${2:-37d67a8}
here=$(cd "$(dirname "$0")" && pwd)
repo=$(git -C "$here" rev-parse --show-toplevel)
pg_bin=${HD_PG_BIN:-$(dirname "$(command -v pg_dump)")}
out="$here/$release"
tree=$(mktemp -d /tmp/hd-release.XXXXXX)
trap 'git -C "$repo" worktree remove --force "$tree" >/dev/null 2>&1 || true' EXIT

git -C "$repo" worktree add --detach "$tree" "$release" >/dev/null
dotnet build "$tree/src/HealthDashboard.Cli" -c Release -v q -nologo >/dev/null
cli=$(ls "$tree"/src/HealthDashboard.Cli/bin/Release/net*/linux-x64/healthdashboard)
rm -rf "$out"; mkdir -p "$out/expected"

# Npgsql's "Key=Value;…" to libpq's "key=value …" for pg_dump and psql.
libpq() { python3 -c 'import sys
m={"host":"host","port":"port","username":"user","database":"dbname","password":"password"}
print(" ".join(m[k.strip().lower()]+"="+v for k,v in (p.split("=",1) for p in sys.argv[1].split(";") if "=" in p) if k.strip().lower() in m))' "$1"; }
pg_db="hd_upgrade_fixture"
pg=$(python3 -c 'import re,sys; s=sys.argv[1]; print(re.sub(r"(?i)database=[^;]*", "Database="+sys.argv[2], s) if re.search(r"(?i)database=", s) else s+";Database="+sys.argv[2])' "$admin" "$pg_db")
"$pg_bin/psql" "$(libpq "$admin")" -q -c "DROP DATABASE IF EXISTS $pg_db" -c "CREATE DATABASE $pg_db"

fill() { # provider connection-string
  local db=(--provider "$1" --db "$2")
  "$cli" generate --communes 6 --years 2 --seed 7 "${db[@]}" >/dev/null
  printf 'Upgrade-admin-2026' | "$cli" users create --name upgrade.admin --role Admin --display-name "Quản trị nâng cấp" --password-stdin "${db[@]}" >/dev/null
  printf 'Upgrade-officer-2026' | "$cli" users create --name upgrade.officer --role Officer --unit SYN --display-name "Cán bộ nâng cấp" --password-stdin "${db[@]}" >/dev/null
  "$cli" apikeys create --name upgrade-key --unit SYN "${db[@]}" >/dev/null
  "$cli" recompute "${db[@]}" >/dev/null
}
fill sqlite "Data Source=$out/sqlite.db"
rm -f "$out/sqlite.db.seed-lock"
fill postgres "$pg"
"$pg_bin/pg_dump" "$(libpq "$pg")" --no-owner --no-privileges --inserts -f "$out/postgres.sql"
# Plain SQL that any client can run: without the psql-only meta-commands (\restrict) of newer pg_dumps.
sed -i '/^\\/d' "$out/postgres.sql"

# What the release itself exports; the two engines must agree, so one set serves both.
export_all() { # provider connection-string directory
  "$cli" export datavalues --format csv --provider "$1" --db "$2" >"$3/datavalues.csv"
  for indicator in $(cat "$here/indicators.txt"); do
    "$cli" export aggregates --indicator "$indicator" --format csv --provider "$1" --db "$2" >"$3/aggregates-$indicator.csv"
  done
}
export_all sqlite "Data Source=$out/sqlite.db" "$out/expected"
mkdir -p "$tree/pg-export"
export_all postgres "$pg" "$tree/pg-export"
diff -r "$out/expected" "$tree/pg-export" >/dev/null || { echo "the release exports differently from SQLite and PostgreSQL: see $tree" >&2; exit 1; }
"$pg_bin/psql" "$(libpq "$admin")" -q -c "DROP DATABASE $pg_db"
echo "made $out: $(du -sh "$out" | cut -f1), $(($(wc -l <"$out/expected/datavalues.csv") - 1)) data values"
