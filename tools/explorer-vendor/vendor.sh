#!/usr/bin/env bash
# Copies the explorer page's pinned libraries from npm into src/ConflictEventsApi/wwwroot/explore/vendor/
# (committed, so `dotnet run` needs no npm). To update: change the versions in package.json,
# `npm install` (refreshes package-lock.json), run this script, and check the explorer
# (tools/explorer-check.sh): if Plot's built-in <style> text changed, put the hash printed below
# into ExplorerPage.ContentSecurityPolicy.
set -euo pipefail
cd "$(dirname "$0")"
npm ci --no-audit --no-fund --loglevel=error
out=../../src/ConflictEventsApi/wwwroot/explore/vendor
rm -rf "$out" && mkdir -p "$out"
cp node_modules/d3/dist/d3.min.js node_modules/@observablehq/plot/dist/plot.umd.min.js \
   node_modules/topojson-client/dist/topojson-client.min.js "$out/"
cp node_modules/world-atlas/countries-110m.json "$out/"
for p in d3 @observablehq/plot topojson-client world-atlas; do
  printf '%s %s %s\n' "$p" "$(node -p "require('./node_modules/$p/package.json').version")" "$(node -p "require('./node_modules/$p/package.json').license")"
done >"$out/VERSIONS"
cp node_modules/d3/LICENSE "$out/LICENSE.d3"
cp node_modules/@observablehq/plot/LICENSE "$out/LICENSE.plot"
cp node_modules/topojson-client/LICENSE "$out/LICENSE.topojson-client"
cp node_modules/world-atlas/LICENSE "$out/LICENSE.world-atlas"
# The hash of the <style> element Plot adds to every chart (its default class name), for the CSP.
node -e '
const s = require("fs").readFileSync("node_modules/@observablehq/plot/dist/plot.umd.min.js", "utf8");
const m = /append\("style"\)\.text\(`(:where\(\.\$\{\w+\}\) \{[^`]*)`\)/.exec(s);
const cls = "plot-d6a7b5"; const text = m[1].replace(/\$\{\w+\}/g, cls).replace(/\\n/g, "\n");
console.log("Plot style hash for the CSP: sha256-" + require("crypto").createHash("sha256").update(text).digest("base64"));'
cat "$out/VERSIONS"
