#!/usr/bin/env bash
# Fault drill for the findings history: the CLI as a real process against the bundled sample site and a private
# Azurite (its own ports and data folder), through kill -9 at random points, the store killed, frozen (SIGSTOP) and
# restarted mid-run, page budgets small → large → small, a throttling site, a fix and a re-break, SIGTERM, and bad
# documents. After every step it reads the stored history and checks that no finding was lost, duplicated or
# wrongly resolved. Takes about 6 minutes. Not part of CI (scripts/test.sh); the unit tests cover each rule.
# Usage: tools/faults/run.sh [seed]     (the seed fixes the random kill points; printed at the start)
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$repo"

azurite_js="$repo/.tools/azurite-npm/node_modules/azurite/dist/src/azurite.js"
if [[ ! -f "$azurite_js" ]]; then
    # Installs the pinned Azurite; the drill starts its own process of it, so the shared one is stopped again.
    bash scripts/azurite.sh start >&2 && bash scripts/azurite.sh stop >&2
fi

echo "== building the CLI and the drill" >&2
dotnet build src/Cli -c Debug -nologo -v quiet >&2
dotnet build tools/faults/FaultDrill -c Debug -nologo -v quiet >&2
dotnet tools/faults/FaultDrill/bin/Debug/net10.0/FaultDrill.dll "$repo/src/Cli/bin/Debug/net10.0/compliancefns.dll" "$@"
