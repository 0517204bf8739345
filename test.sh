#!/usr/bin/env bash
# Runs every test of HealthDashboard: unit tests, storage tests on SQLite and on a real PostgreSQL, API tests and
# browser tests in a real Chromium. Installs what is missing from Debian's packages (postgresql, chromium, fonts,
# node/npm), starts a private PostgreSQL on a free loopback port in a throw-away data directory, and stops it after.
# NuGet and npm packages come in through the build itself.
set -euo pipefail
cd "$(dirname "$0")"
repo=$(pwd)

log() { printf '[test.sh] %s\n' "$*"; }

install_missing() {
  local need=()
  ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql)
  command -v chromium >/dev/null 2>&1 || need+=(chromium)
  # Vietnamese diacritics in screenshots need a font that has them.
  fc-list 2>/dev/null | grep -qi "dejavu\|noto" || need+=(fonts-dejavu-core)
  command -v npm >/dev/null 2>&1 || need+=(nodejs npm)
  if [ ${#need[@]} -gt 0 ]; then
    log "installing from Debian: ${need[*]}"
    local sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
  fi
}

free_port() {
  local port
  for port in $(seq 55432 55532); do
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || { echo "$port"; return; }
  done
  echo "no free port in 55432-55532" >&2; return 1
}

pg_dir=""
pg_run=()
start_postgres() {
  local bin; bin=$(dirname "$(ls /usr/lib/postgresql/*/bin/initdb | sort -V | tail -n 1)")
  pg_dir=$(mktemp -d /tmp/hd-pgtest.XXXXXX)
  pg_port=$(free_port)
  # PostgreSQL refuses to run as root: run it as the postgres user that Debian's package creates.
  if [ "$(id -u)" -eq 0 ]; then
    id postgres >/dev/null 2>&1 || useradd --system --home-dir "$pg_dir" postgres
    chown postgres "$pg_dir"
    pg_run=(runuser -u postgres --)
  fi
  "${pg_run[@]}" "$bin/initdb" -D "$pg_dir/data" -U hd --auth=trust -E UTF8 --locale=C.UTF-8 >"$pg_dir/initdb.log"
  "${pg_run[@]}" "$bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/server.log" -w -t 60 \
    -o "-p $pg_port -k $pg_dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" start >/dev/null
  pg_bin=$bin
  # Tests that stop and restart PostgreSQL under a running app start their own server with these (PrivatePostgres).
  export HD_PG_BIN=$bin
  log "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$pg_port (data in $pg_dir)"
}

stop_postgres() {
  if [ -n "$pg_dir" ] && [ -d "$pg_dir/data" ]; then
    "${pg_run[@]}" "$pg_bin/pg_ctl" -D "$pg_dir/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$pg_dir"
  fi
}
trap stop_postgres EXIT

install_missing
start_postgres
export HD_TEST_POSTGRES="Host=127.0.0.1;Port=$pg_port;Username=hd;Database=postgres;Pooling=true"
export HD_CHROMIUM="$(command -v chromium)"
mkdir -p artifacts
log "Chromium: $("$HD_CHROMIUM" --version 2>/dev/null | head -n 1)"

# The `dotnet ef` local tool (.config/dotnet-tools.json), for adding migrations; the tests themselves do not call it.
dotnet tool restore >/dev/null

set +e
dotnet test HealthDashboard.sln --logger "console;verbosity=normal" 2>&1 | tee artifacts/test-output.txt
status=${PIPESTATUS[0]}
set -e

# One closing line for the whole run, counted from the per-test result lines of every test project.
passed=$(grep -cE '^\s+Passed ' artifacts/test-output.txt || true)
failed=$(grep -cE '^\s+Failed ' artifacts/test-output.txt || true)
skipped=$(grep -cE '^\s+Skipped ' artifacts/test-output.txt || true)
# CI shows only the tail of the output, so the failures are repeated here, each with the start of its message.
if [ "$failed" -gt 0 ]; then
  log "failed tests:"
  awk '/^[[:space:]]+Failed /{n=25} n>0{print; n--}' artifacts/test-output.txt | head -n 200
fi
echo "Total: $passed passed, $failed failed, $skipped skipped"
if [ "$status" -eq 0 ] && [ "$passed" -eq 0 ]; then
  log "no test ran"; exit 1
fi
exit "$status"
