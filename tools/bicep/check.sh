#!/usr/bin/env bash
# Builds and lints infra/main.bicep (and the modules it uses) with the pinned Bicep CLI, offline. Fails on any Error,
# and on any Warning whose code is not in infra/lint-allowlist.txt (each entry there says why it is allowed).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"

dotnet restore tools/bicep/bicep.csproj --nologo -v quiet
bicep="$(dotnet msbuild tools/bicep/bicep.csproj -nologo -getProperty:BicepExe)"
[ -x "$bicep" ] || { echo "bicep-check: Bicep CLI missing at '$bicep'" >&2; exit 1; }
export BICEP_TELEMETRY_ENABLED=false

out="$(mktemp)"
trap 'rm -f "$out"' EXIT
status=0
cli=0
"$bicep" build infra/main.bicep --stdout >/dev/null 2>>"$out" || cli=1
"$bicep" lint infra/main.bicep >>"$out" 2>&1 || cli=1
if [ "$cli" -ne 0 ]; then
  # The CLI itself failed: show everything it said, diagnostics or not.
  cat "$out" >&2
  status=1
fi

allowed="$(sed -e 's/#.*//' -e 's/[[:space:]]//g' infra/lint-allowlist.txt | grep -v '^$' || true)"
while IFS= read -r line; do
  code="$(sed -nE 's/^.*\([0-9]+,[0-9]+\) : (Error|Warning) ([A-Za-z0-9-]+):.*$/\1 \2/p' <<<"$line")"
  [ -n "$code" ] || continue
  level="${code%% *}"; id="${code#* }"
  if [ "$level" = "Warning" ] && grep -qixF -- "$id" <<<"$allowed"; then
    echo "bicep-check: allowed: $line"
  else
    echo "bicep-check: $line" >&2
    status=1
  fi
done <"$out"

[ "$status" -eq 0 ] && echo "bicep-check: infra/main.bicep builds and lints clean" || echo "bicep-check: FAILED" >&2
exit "$status"
