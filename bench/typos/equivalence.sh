#!/usr/bin/env bash
# Hit-for-hit equivalence of the typo detector: dumps every hit (all fields) of the full detector over the dev set, the
# evaluation set's tuning part, the annual-report texts and a seeded stress corpus made from them, then diffs the dump
# against a recorded baseline. Held-out sets are never read.
# Usage: bench/typos/equivalence.sh [--record]   (--record: save the dump as the baseline instead of diffing)
# Files: artifacts/typo-equivalence/{baseline,current}.jsonl
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
dev_dir="${TYPO_DEV_DIR:-$repo/../shared/samples/typo-dev}"
reports_dir="${ANNUAL_REPORTS_DIR:-$repo/../shared/samples/annual-reports}"
out="$repo/artifacts/typo-equivalence"
mkdir -p "$out"
cd "$repo"

dotnet build bench/typos/TypoBench -c Release -nologo -v quiet >&2
sources=("$dev_dir/dev.jsonl" "$repo/samples/typo-eval/tuning.jsonl" "$reports_dir"/*.txt "$repo"/samples/annual-reports/tuning/*.txt)
target="$out/current.jsonl"
[ "${1:-}" = "--record" ] && target="$out/baseline.jsonl"
start=$(date +%s.%N)
dotnet bench/typos/TypoBench/bin/Release/net10.0/TypoBench.dll hits --variants 8 "${sources[@]}" > "$target"
echo "$(wc -l < "$target") hits in $(echo "$(date +%s.%N) - $start" | bc) s; sha256 $(sha256sum < "$target" | cut -c1-16)" >&2
if [ "${1:-}" != "--record" ]; then
  if diff -q "$out/baseline.jsonl" "$target" > /dev/null; then
    echo "IDENTICAL to the baseline" >&2
  else
    echo "DIFFERENT from the baseline:" >&2
    diff "$out/baseline.jsonl" "$target" | head -40 >&2
    exit 1
  fi
fi
