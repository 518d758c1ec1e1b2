#!/usr/bin/env bash
# The clients integrators would generate, proven against the live API: for each generator, generate
# a client from the served OpenAPI document, compile it strictly, and run its smoke program (every
# operation, its status and one field). Prints one line per client; exits 1 when any fails.
#   tools/clients/check.sh
#   OPENAPI_DOCUMENT=old/openapi.json tools/clients/check.sh
set -euo pipefail
cd "$(dirname "$0")/../.."

port=${PORT:-5097}
source tools/lib/api.sh
api_workspace

start_api "$port" "$work"
base="http://127.0.0.1:$port"
# OPENAPI_DOCUMENT=file checks the clients of another document (an older one, a proposed change)
# against the live API; by default the served one.
if [ -n "${OPENAPI_DOCUMENT:-}" ]; then cp "$OPENAPI_DOCUMENT" "$work/openapi.json"
else curl -fs "$base/swagger/v1/swagger.json" >"$work/openapi.json"; fi
failed=0
report() { if [ "$2" = 0 ]; then echo "ok   $1"; else echo "FAIL $1"; failed=1; fi; }
# No untyped body or property in a generated client: prints the lines matching the pattern (a
# grep -E regex) in the files, less those matching the allowed one, and fails when any are left.
untyped() {
  local pattern=$1 allowed=$2; shift 2
  local hits
  hits=$(grep -nE "$pattern" "$@" | grep -vE "$allowed" || true)
  [ -z "$hits" ] && return 0
  echo "$hits" | head -20 | sed 's/^/untyped: /'
  return 1
}

# The TypeScript clients, pinned by package-lock.json (Node 20): openapi-typescript + openapi-fetch
# and @hey-api/openapi-ts (its fetch client), generated, then compiled together with tsc --strict.
status=0
(
  cd tools/clients/typescript
  npm ci --no-audit --no-fund --loglevel=error >/dev/null
  rm -rf build hey-api/generated
  node_modules/.bin/openapi-typescript "$work/openapi.json" -o openapi-fetch/api.d.ts >/dev/null
  node_modules/.bin/openapi-ts -i "$work/openapi.json" -o hey-api/generated -c @hey-api/client-fetch >"$work/hey-api.log" \
    || { cat "$work/hey-api.log"; exit 1; }
  node_modules/.bin/tsc -p tsconfig.json
  # Response headers are an open map in openapi-typescript ([name: string]: unknown) by design.
  untyped '\bunknown\b|: any\b|<any>|any\[\]' '\[name: string\]: unknown|^[^:]+:[0-9]+:\s*(\*|/\*\*)' \
    openapi-fetch/api.d.ts hey-api/generated/types.gen.ts
) || status=$?
report "TypeScript clients generated and compiled (tsc --strict)" "$status"
status=0
(cd tools/clients/typescript && node build/openapi-fetch/smoke.js "$base") || status=$?
report "openapi-typescript + openapi-fetch" "$status"
status=0
(cd tools/clients/typescript && node build/hey-api/smoke.js "$base") || status=$?
report "@hey-api/openapi-ts" "$status"

# NSwag 14.8.0 (C#, System.Text.Json; a local dotnet tool), built with warnings as errors.
status=0
(
  cd tools/clients
  dotnet tool restore >/dev/null
  dotnet nswag openapi2csclient /input:"$work/openapi.json" /output:nswag/ApiClient.g.cs /namespace:ConflictEventsApi.Clients.NSwag \
    /className:ApiClient /jsonLibrary:SystemTextJson /generateClientInterfaces:false /useBaseUrl:true \
    /generateOptionalParameters:true /dateType:System.DateOnly /generateNullableReferenceTypes:true >"$work/nswag.log" \
    || { cat "$work/nswag.log"; exit 1; }
  # NSwag marks enum values with [EnumMember], which System.Text.Json's JsonStringEnumConverter
  # ignores ("will-attend" fails to read as StanceKind.WillAttend); .NET 9+ reads JsonStringEnumMemberName,
  # added beside it (the client writes query values from EnumMember).
  sed -i 's/\[System\.Runtime\.Serialization\.EnumMember(Value = \(@"[^"]*"\))\]/&, System.Text.Json.Serialization.JsonStringEnumMemberName(\1)]/; s/)\], System.Text.Json/), System.Text.Json/' nswag/ApiClient.g.cs
  dotnet build -v q -nologo nswag >"$work/nswag-build.log" || { grep -E "error|warn" "$work/nswag-build.log"; exit 1; }
  untyped 'JsonElement|IDictionary<string, object>|public (System\.)?object\?? [A-Z][A-Za-z]* \{' '^$' nswag/ApiClient.g.cs
  dotnet run --no-build --project nswag -- "$base"
) || status=$?
report "NSwag (C#)" "$status"

# Kiota 1.38.0 (C#; a local dotnet tool), built with warnings as errors. text/csv is named a
# structured type so its binary body comes back as a Stream (Kiota leaves other types' bodies out).
status=0
(
  cd tools/clients
  dotnet tool restore >/dev/null
  KIOTA_TUTORIAL_ENABLED=false KIOTA_OFFLINE_ENABLED=true dotnet kiota generate -l CSharp -d "$work/openapi.json" -o kiota/Generated \
    -n ConflictEventsApi.Clients.Kiota -c ApiClient --exclude-backward-compatible --clean-output --log-level Warning \
    -m "application/json;q=1" -m "application/geo+json;q=1" -m "text/csv;q=0.9" >"$work/kiota.log" 2>&1 \
    || { cat "$work/kiota.log"; exit 1; }
  # Zero generator warnings: each one is a place where a Kiota user would patch the client by hand.
  if grep -q "^warn" "$work/kiota.log"; then
    grep -A1 "^warn" "$work/kiota.log" | grep -v "^warn\|^--" | sed 's/^ */kiota warning: /'
    exit 1
  fi
  dotnet build -v q -nologo kiota >"$work/kiota-build.log" || { grep -E "error|warn" "$work/kiota-build.log"; exit 1; }
  untyped 'UntypedNode|JsonElement' '^$' -r kiota/Generated
  dotnet run --no-build --project kiota -- "$base"
) || status=$?
report "Kiota (C#)" "$status"

exit "$failed"
