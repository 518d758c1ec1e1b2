#!/usr/bin/env bash
# Database outage under load: starts the API on its private local PostgreSQL, polls it from
# WORKERS curl loops, stops PostgreSQL for OUTAGE seconds, starts it again, and prints the
# responses by status, the longest response while the database was down, and the time from
# PostgreSQL's return to the first 200. Needs the .NET SDK, curl and the PostgreSQL binaries.
#   bench/outage.sh            (OUTAGE=10 WORKERS=4 by default; about 30 s in all)
set -euo pipefail
cd "$(dirname "$0")/.."
OUTAGE=${OUTAGE:-10}; WORKERS=${WORKERS:-4}; BEFORE=3; AFTER=5
work=$(mktemp -d); chmod 755 "$work"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
base="http://127.0.0.1:$port"
# The same choice as the API (Hosting/LocalPostgres): the newest installed version.
pg_bin=$(dirname "$(ls /usr/lib/postgresql/*/bin/pg_ctl 2>/dev/null | sort -V | tail -1 || command -v pg_ctl)")
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
now() { date +%s.%N; }

dotnet build -v q -nologo src/ConflictEventsApi >/dev/null
# The database path is what an outage tests: cached responses would answer without it.
LocalDatabase__RootDirectory="$work/db" Urls="$base" Serilog__MinimumLevel__Default=Warning Caching__OutputCache=false \
  dotnet src/ConflictEventsApi/bin/Debug/net10.0/ConflictEventsApi.dll >"$work/api.log" 2>&1 &
api=$!
loaders=()
cleanup() {
    touch "$work/stop"; [ ${#loaders[@]} -gt 0 ] && kill "${loaders[@]}" 2>/dev/null
    kill -TERM "$api" 2>/dev/null; wait "$api" 2>/dev/null || true; rm -rf "$work"
}
trap cleanup EXIT
for _ in $(seq 120); do curl -fs "$base/health/ready" >/dev/null && break; sleep 0.5; done
curl -fs "$base/health/ready" >/dev/null || { echo "the API did not become ready"; tail "$work/api.log"; exit 1; }
data="$work/db/data"; pg_port=$(sed -n 4p "$data/postmaster.pid")

load() { # one dashboard-like poller: start time, status, seconds taken
  local url=$1
  while [ ! -e "$work/stop" ]; do
    printf '%s %s\n' "$(now)" "$(curl -s -o /dev/null -m 10 -w '%{http_code} %{time_total}' "$base$url")"
    sleep 0.05
  done >"$work/load.$2"
}
for w in $(seq "$WORKERS"); do
  if [ $((w % 2)) = 0 ]; then load "/events?limit=5" "$w" & else load "/tracks" "$w" & fi
  loaders+=($!)
done
sleep "$BEFORE"
as_pg "$pg_bin/pg_ctl" stop -w -m fast -D "$data" >/dev/null; stopped=$(now)
sleep 1
ready=$(curl -s -o /dev/null -w '%{http_code}' "$base/health/ready"); live=$(curl -s -o /dev/null -w '%{http_code}' "$base/health/live")
sleep $((OUTAGE - 1))
starting=$(now)
as_pg "$pg_bin/pg_ctl" start -w -D "$data" -l "$work/db/postgres.log" -o "-p $pg_port -h 127.0.0.1 -k ''" >/dev/null; started=$(now)
sleep "$AFTER"; touch "$work/stop"; wait "${loaders[@]}" 2>/dev/null || true

cat "$work"/load.* | sort -n | awk -v stopped="$stopped" -v starting="$starting" -v started="$started" \
  -v ready="$ready" -v live="$live" '
  { n++; by[$2]++
    if ($1 >= stopped && $1 + $3 <= starting) { down++; if ($3 > longest) longest = $3; if ($2 != 503) wrong++ }
    if ($1 >= started && $2 == 200 && first == "") first = $1 + $3 - started }
  END {
    printf "requests: %d\n", n
    for (s in by) printf "  status %s: %d\n", s, by[s]
    printf "during the outage (%.1f s): %d requests, %d not 503, longest %.0f ms\n", starting - stopped, down, wrong, longest * 1000
    printf "/health/ready during the outage: %s, /health/live: %s\n", ready, live
    printf "PostgreSQL start took %.0f ms; first 200 %.0f ms after it was back\n", (started - starting) * 1000, first * 1000
  }'
