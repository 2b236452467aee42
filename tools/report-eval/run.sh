#!/usr/bin/env bash
# Annual-report checks against hand-written results on real reports: the tuning half and the held-out half of
# samples/annual-reports/ (sources named in each file's header; see that folder's README files).
# Each report is checked as a user would give it: the "# …" header lines (source, year, organ, availability, which
# only the expectations use) are removed, and the reporting year is passed with --year, as an admin would.
# Usage: bash tools/report-eval/run.sh [tuning|held-out ...] [--details]
# Output is kept in artifacts/report-eval/<set>/ (one .jsonl per report).
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$repo"
sets=()
details=()
for arg in "$@"; do
  case "$arg" in
    --details) details=(--details) ;;
    *) sets+=("$arg") ;;
  esac
done
[ "${#sets[@]}" -gt 0 ] || sets=(tuning held-out)

dotnet build src/Cli -c Release -nologo -v quiet >&2
cli="$(find src/Cli/bin/Release -name compliancefns.dll | head -1)"

for set in "${sets[@]}"; do
  dir="samples/annual-reports/$set"
  [ -d "$dir" ] || { echo "no such set: $dir" >&2; exit 2; }
  out="artifacts/report-eval/$set"
  rm -rf "$out"
  mkdir -p "$out/input"
  for report in "$dir"/*.txt; do
    name="$(basename "$report" .txt)"
    year="$(sed -n 's/^# year: *\([0-9]\{4\}\).*/\1/p' "$report" | head -1)"
    input="$out/input/$name.txt"
    grep -v '^# ' "$report" > "$input"
    dotnet "$cli" check-report "$input" --format jsonl ${year:+--year "$year"} > "$out/$name.jsonl" 2>/dev/null || true
  done
  python3 tools/report-eval/score.py "$dir" "$out" "${details[@]}"
done
