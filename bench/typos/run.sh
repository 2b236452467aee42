#!/usr/bin/env bash
# Typo detector benchmark on one core: start-up (median of 5 fresh processes), throughput after warm-up (MB/s of
# UTF-8 Chinese text, corpus >= 5 MB) and peak RSS, for the detector and two naive baselines measured in the same run.
# Usage: bench/typos/run.sh [--min-mb N] [--startups N]
# Prints a Markdown table; the raw JSON lines go to artifacts/typo-bench/raw.jsonl.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
min_mb=5
startups=5
while [ $# -gt 0 ]; do
  case "$1" in
    --min-mb) min_mb="$2"; shift 2 ;;
    --startups) startups="$2"; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
dev_dir="${TYPO_DEV_DIR:-$repo/../shared/samples/typo-dev}"
reports_dir="${ANNUAL_REPORTS_DIR:-$repo/../shared/samples/annual-reports}"
out="$repo/artifacts/typo-bench"
mkdir -p "$out"
cd "$repo"

echo "== building TypoBench (Release)" >&2
dotnet build bench/typos/TypoBench -c Release -nologo -v quiet >&2
bench_dll="bench/typos/TypoBench/bin/Release/net10.0/TypoBench.dll"
# One core: pinned to CPU 0, and the runtime told it has one processor (GC and thread pool sized to match).
one_core() { taskset -c 0 env DOTNET_PROCESSOR_COUNT=1 dotnet "$bench_dll" "$@"; }
sources=("$dev_dir/dev.jsonl" "$repo/tests/TypoEval/holdout.jsonl" "$reports_dir"/*.txt)

raw="$out/raw.jsonl"
: > "$raw"
for engine in detector contains regex; do
  echo "== $engine: $startups start-ups, then throughput" >&2
  for _ in $(seq "$startups"); do
    one_core startup --engine "$engine" | sed 's/^{/{"kind":"startup",/' >> "$raw"
  done
  one_core throughput --engine "$engine" --min-mb "$min_mb" "${sources[@]}" | sed 's/^{/{"kind":"throughput",/' >> "$raw"
done

python3 - "$raw" <<'PY'
import json, statistics, sys
rows = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8") if l.strip()]
engines = ["detector", "contains", "regex"]
start = {e: [r for r in rows if r["kind"] == "startup" and r["engine"] == e] for e in engines}
tput = {e: next(r for r in rows if r["kind"] == "throughput" and r["engine"] == e) for e in engines}
median = lambda e, k: statistics.median(r[k] for r in start[e])
d = tput["detector"]
print(f"Corpus: {d['corpus_mb']:.2f} MB UTF-8 in {d['pages']} pages of ~3,000 chars, {d['distinct_sentences']} distinct "
      f"sentences repeated; one core (taskset -c 0, DOTNET_PROCESSOR_COUNT=1); start-up = median of {len(start['detector'])} processes.")
print()
print("| engine | start-up in Main (ms) | start-up since process start (ms) | start-up CPU, whole process (ms) | throughput (MB/s) | MB per CPU-second | peak RSS, throughput run (MB) | hits per pass |")
print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
for e in engines:
    t = tput[e]
    print(f"| {e} | {median(e, 'startup_ms'):.0f} | {median(e, 'since_process_start_ms'):.0f} | {median(e, 'process_cpu_ms'):.0f} | {t['mb_per_s']:.1f} | {t['mb_per_cpu_s']:.1f} | "
          f"{t['peak_rss_mb']:.0f} | {t['hits_per_pass']} |")
print()
for base in ("contains", "regex"):
    b = tput[base]
    print(f"- detector vs {base}: throughput x{d['mb_per_s'] / b['mb_per_s']:.2f}, "
          f"start-up in Main x{median('detector', 'startup_ms') / median(base, 'startup_ms'):.1f}, "
          f"peak RSS x{d['peak_rss_mb'] / b['peak_rss_mb']:.2f}")
ok = lambda cond: "met" if cond else "MISSED"
print(f"- targets: throughput >= 5 MB/s per core {ok(d['mb_per_cpu_s'] >= 5)} ({d['mb_per_s']:.1f} MB/s wall clock); start-up < 1 s "
      f"{ok(median('detector', 'since_process_start_ms') < 1000)}; memory < 300 MB {ok(d['peak_rss_mb'] < 300)}")
PY
