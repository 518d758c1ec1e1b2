#!/usr/bin/env bash
# Drives the explorer page (/explore) in Debian's headless Chromium with playwright-core against a
# freshly started API (tools/explorer-check/check.mjs): at 1400 px and 390 px every panel shows real
# data, a click changes the view without a reload and brings the evidence into view, Back and
# Forward work, map points sit at their projected coordinates, nothing scrolls sideways, axe-core
# finds no serious or critical violation; then an actor's history, search, filters and exports.
# Prints the page weight and time to first chart; writes docs/explorer.png and docs/explorer-390.png.
#   tools/explorer-check.sh            (installs chromium with apt when it is missing)
set -euo pipefail
cd "$(dirname "$0")/.."

port=${PORT:-5098}
source tools/lib/api.sh
api_workspace

need_chromium
# Debian's launcher script (/usr/bin/chromium) wraps the binary; playwright starts the binary itself.
browser=/usr/lib/chromium/chromium
[ -x "$browser" ] || browser=$(command -v chromium)
(cd tools/explorer-check && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
start_api "$port" "$work"

node tools/explorer-check/check.mjs "http://127.0.0.1:$port" "$browser" docs/explorer.png docs/explorer-390.png
