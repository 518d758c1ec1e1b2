#!/usr/bin/env bash
# Loads the explorer page (/explore) in a real headless Chromium against a freshly started API and
# drives it over the DevTools protocol (tools/explorer-check/check.mjs): every panel renders real
# data, clicking a position opens its quote marked in the article, no console error, no request
# outside the API's origin. Prints the page weight and time to first chart; writes docs/explorer.png.
#   tools/explorer-check.sh            (installs chromium with apt when it is missing)
set -euo pipefail
cd "$(dirname "$0")/.."

port=${PORT:-5098}
work=$(mktemp -d)
source tools/lib/api.sh
api_pid=""
browser_pid=""
cleanup() {
  stop_pid "$browser_pid"
  stop_pid "$api_pid"
  rm -rf "$work"
}
trap cleanup EXIT

need_chromium
(cd tools/explorer-check && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
start_api "$port" "$work"

# The DevTools port is chosen by Chromium (0) and written to DevToolsActivePort in its profile.
chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking \
  --disable-component-update --disable-sync --user-data-dir="$work/chromium" --remote-debugging-port=0 \
  --remote-debugging-address=127.0.0.1 about:blank >"$work/chromium.log" 2>&1 &
browser_pid=$!
for _ in $(seq 1 100); do
  [ -s "$work/chromium/DevToolsActivePort" ] && break
  kill -0 "$browser_pid" 2>/dev/null || { cat "$work/chromium.log"; exit 1; }
  sleep 0.1
done
devtools_port=$(head -n 1 "$work/chromium/DevToolsActivePort")

node tools/explorer-check/check.mjs "$devtools_port" "http://127.0.0.1:$port" docs/explorer.png
