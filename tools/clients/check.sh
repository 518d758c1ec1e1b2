#!/usr/bin/env bash
# The clients integrators would generate, proven against the live API: for each generator, generate
# a client from the served OpenAPI document, compile it strictly, and run its smoke program (every
# operation, its status and one field). Prints one line per client; exits 1 when any fails.
#   tools/clients/check.sh
set -euo pipefail
cd "$(dirname "$0")/../.."

port=${PORT:-5097}
work=$(mktemp -d)
source tools/lib/api.sh
api_pid=""
cleanup() {
  stop_pid "$api_pid"
  rm -rf "$work"
}
trap cleanup EXIT

start_api "$port" "$work"
base="http://127.0.0.1:$port"
curl -fs "$base/swagger/v1/swagger.json" >"$work/openapi.json"
failed=0
report() { if [ "$2" = 0 ]; then echo "ok   $1"; else echo "FAIL $1"; failed=1; fi; }

# openapi-typescript + openapi-fetch (tsc --strict).
status=0
(
  cd tools/clients/typescript
  npm ci --no-audit --no-fund --loglevel=error >/dev/null
  node_modules/.bin/openapi-typescript "$work/openapi.json" -o openapi-fetch/api.d.ts >/dev/null
  node_modules/.bin/tsc -p tsconfig.json
  node build/smoke.js "$base"
) || status=$?
report "openapi-typescript + openapi-fetch" "$status"

exit "$failed"
