#!/usr/bin/env bash
# Runs the whole test suite on a fresh machine: restores, installs and starts Azurite on 127.0.0.1 with a throwaway
# location, runs every test project, stops Azurite, and prints one "N passed, N failed" line.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

results="$root/artifacts/test-results"
rm -rf "$results"
mkdir -p "$results"

bash scripts/install-chromium.sh
bash scripts/azurite.sh start
trap 'bash scripts/azurite.sh stop >/dev/null 2>&1 || true' EXIT

dotnet restore ComplianceFns.sln --nologo -v quiet

# --- Infrastructure (issue 7): infra/*.bicep must build and lint clean; allowed warnings: infra/lint-allowlist.txt. ---
bash tools/bicep/check.sh
# ---

dotnet build ComplianceFns.sln --no-restore --nologo -v quiet -c Debug
status=0
dotnet test ComplianceFns.sln --no-build --nologo -c Debug --logger "trx" --results-directory "$results" "$@" || status=$?

python3 - "$results" <<'PY' || true
import glob, sys, xml.etree.ElementTree as ET
passed = failed = skipped = 0
for path in glob.glob(sys.argv[1] + "/**/*.trx", recursive=True):
    counters = ET.parse(path).getroot().find(".//{*}Counters")
    if counters is not None:
        passed += int(counters.get("passed", 0))
        failed += int(counters.get("failed", 0)) + int(counters.get("error", 0)) + int(counters.get("timeout", 0))
        skipped += int(counters.get("notExecuted", 0))
print(f"{passed} passed, {failed} failed, {skipped} skipped")
PY
exit $status
