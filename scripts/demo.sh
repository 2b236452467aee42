#!/usr/bin/env bash
# The whole product on the bundled sample: starts Azurite, serves the sample disclosure site on 127.0.0.1, inspects it
# with its organ configured (links, typos, annual-report publication, as of 2025-06-01) and with storage, checks the
# organ's bundled annual report, and prints the findings and the summaries. It inspects twice, fixing one defect in
# between, to show the history (new, still open, resolved), then writes the findings report and the ledger to out/.
# Extra arguments go to the demo command (e.g. --format jsonl, --out DIR).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

bash scripts/azurite.sh start
trap 'bash scripts/azurite.sh stop >/dev/null 2>&1 || true' EXIT

storage="DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;TableEndpoint=http://127.0.0.1:${AZURITE_TABLE_PORT:-10002}/devstoreaccount1;"
dotnet run --project src/Cli -c Release -- demo --storage "$storage" "$@"
