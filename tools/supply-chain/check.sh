#!/usr/bin/env bash
# tools/supply-chain/check.sh [output dir] — the dependencies' hygiene, run by CI:
#   1. fails when any NuGet package of any project (the app, the tests, the bench generator and the
#      generated clients' smoke programs; direct or transitive) has a known vulnerability
#      (`dotnet list package --vulnerable --include-transitive`, NuGet's advisory data);
#   2. writes the app's CycloneDX SBOM (CycloneDX dotnet tool 6.3.1, a local tool pinned in
#      tools/supply-chain/.config) as JSON into the output dir (default artifacts/supply-chain,
#      ignored by git: the SBOM belongs to a build, not to the repository), beside the report.
set -uo pipefail
cd "$(dirname "$0")/../.."
out=${1:-artifacts/supply-chain}
mkdir -p "$out"
out_abs=$(realpath "$out")
log() { printf '[supply-chain] %s\n' "$*"; }

failed=0
# NuGet reads advisories from each source's VulnerabilityInfo resource. A source without one (a
# mirror that serves packages only) makes every project look clean: say so loudly, since a
# "no vulnerable packages" from it proves nothing. (Not a failure: CI's source is such a mirror.)
advisories=0
while read -r source; do
  case "$source" in http*) curl -fsS --max-time 20 --compressed "$source" 2>/dev/null | grep -q '"VulnerabilityInfo/' && advisories=1 ;; esac
done < <(dotnet nuget list source --format short 2>/dev/null | awk '$1 ~ /^E/ {print $2}')
[ "$advisories" = 1 ] || log "WARNING: no package source publishes vulnerability data (no VulnerabilityInfo resource): the check below cannot see any advisory here"
projects=(ConflictEventsApi.sln tools/clients/nswag/NSwagSmoke.csproj tools/clients/kiota/KiotaSmoke.csproj)
: > "$out/vulnerable-packages.txt"
for project in "${projects[@]}"; do
  report=$(dotnet list "$project" package --vulnerable --include-transitive 2>&1); status=$?
  printf '%s\n' "$report" >> "$out/vulnerable-packages.txt"
  if [ "$status" -ne 0 ]; then
    # No advisory data (no network, a restore failure) is not a pass.
    log "could not check $project (exit $status):"; printf '%s\n' "$report" | tail -5; failed=1
  elif grep -q "has the following vulnerable packages" <<<"$report"; then
    log "vulnerable packages in $project:"; printf '%s\n' "$report" | grep -E '^\s+[>]|Project|Severity' ; failed=1
  elif ! grep -q "has no vulnerable packages" <<<"$report"; then
    log "unexpected answer for $project:"; printf '%s\n' "$report" | tail -5; failed=1
  else
    log "$project: no vulnerable packages"
  fi
done

# The SBOM of what ships: the app's project and everything it references, with hashes.
version=$(git describe --always --dirty 2>/dev/null || echo 0.0.0)
if (cd tools/supply-chain && dotnet tool restore >/dev/null) \
   && (cd tools/supply-chain && dotnet tool run dotnet-CycloneDX ../../src/ConflictEventsApi/ConflictEventsApi.csproj \
        --output "$out_abs" --filename sbom.cdx.json --output-format Json \
        --set-name conflict-events-api --set-version "$version" --exclude-test-projects >/dev/null); then
  components=$(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1])).get("components", [])))' "$out/sbom.cdx.json")
  log "SBOM: $out/sbom.cdx.json (CycloneDX JSON, $components components, sha256 $(sha256sum "$out/sbom.cdx.json" | cut -c1-16)...)"
else
  log "the CycloneDX SBOM could not be generated"; failed=1
fi
exit "$failed"
