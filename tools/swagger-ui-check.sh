#!/usr/bin/env bash
# Loads Swagger UI in a real headless Chromium against a freshly started API and asserts that the
# operations are listed. Writes a screenshot to docs/swagger-ui.png.
#   tools/swagger-ui-check.sh            (installs chromium with apt when it is missing)
set -euo pipefail
cd "$(dirname "$0")/.."

port=${PORT:-5099}
work=$(mktemp -d)
# The local PostgreSQL runs as the postgres OS user when this runs as root: it must enter $work.
chmod 755 "$work"
api_pid=""
cleanup() {
  if [ -n "$api_pid" ] && kill -0 "$api_pid" 2>/dev/null; then kill -TERM "$api_pid"; wait "$api_pid" || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

command -v chromium >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq chromium >/dev/null; }

dotnet build -v q -c Release src/ConflictEventsApi >/dev/null
# A throwaway local database: the API starts its own PostgreSQL in $work and stops it on SIGTERM.
LocalDatabase__RootDirectory="$work/postgres" Urls="http://127.0.0.1:$port" \
  dotnet run --no-build --no-launch-profile -c Release --project src/ConflictEventsApi >"$work/api.log" 2>&1 &
api_pid=$!
for _ in $(seq 1 150); do
  curl -fs "http://127.0.0.1:$port/health/ready" >/dev/null 2>&1 && break
  kill -0 "$api_pid" 2>/dev/null || { cat "$work/api.log"; exit 1; }
  sleep 0.2
done

browser() {
  chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking \
    --disable-component-update --disable-sync --user-data-dir="$work/chromium-$1" --virtual-time-budget=8000 "${@:2}" 2>/dev/null
}
browser dom --dump-dom "http://127.0.0.1:$port/swagger/index.html" >"$work/dom.html"
browser shot --screenshot=docs/swagger-ui.png --window-size=1280,2400 "http://127.0.0.1:$port/swagger/index.html" >/dev/null

expected=$(curl -fs "http://127.0.0.1:$port/swagger/v1/swagger.json" | python3 -c 'import json,sys; print("\n".join(sorted(json.load(sys.stdin)["paths"])))')
missing=0
while read -r path; do
  grep -q "data-path=\"$path\"" "$work/dom.html" || { echo "not rendered: $path"; missing=$((missing + 1)); }
done <<<"$expected"
rendered=$(grep -o 'class="opblock-summary-path" data-path="[^"]*"' "$work/dom.html" | wc -l)
echo "Swagger UI rendered $rendered operations; $(wc -l <<<"$expected") paths in the document; $missing missing"
[ "$missing" -eq 0 ] && [ "$rendered" -gt 0 ]
