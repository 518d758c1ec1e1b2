#!/usr/bin/env bash
# Loads Swagger UI in a real headless Chromium against a freshly started API and asserts that the
# operations are listed. Writes a screenshot to docs/swagger-ui.png.
#   tools/swagger-ui-check.sh            (installs chromium with apt when it is missing)
set -euo pipefail
cd "$(dirname "$0")/.."

port=${PORT:-5099}
source tools/lib/api.sh
api_workspace

need_chromium
start_api "$port" "$work"

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
