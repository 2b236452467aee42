#!/usr/bin/env bash
# Annual-report parse+check benchmark on one core (BenchmarkDotNet): median time and allocated bytes per report for
# the complete sample and the partial samples, against a peer measured in the same run (lines + int.TryParse of every
# token of the complete sample, the floor for any parser), then the peak RSS of a fresh process doing 1,000 reports.
# Usage: bench/reports/run.sh        Prints the figures; BenchmarkDotNet's files go to artifacts/reports-bench.
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$repo"
export BENCH_ARTIFACTS="$repo/artifacts"
echo "== building ReportsBench (Release)" >&2
dotnet build bench/reports/ReportsBench -c Release -nologo -v quiet >&2
dll="bench/reports/ReportsBench/bin/Release/net10.0/ReportsBench.dll"
# One core: pinned to CPU 0 (BenchmarkDotNet's child processes inherit it) and the runtime told it has one processor.
one_core() { taskset -c 0 env DOTNET_PROCESSOR_COUNT=1 dotnet "$dll" "$@"; }

one_core --filter '*' >&2
report="$(ls -t "$repo"/artifacts/reports-bench/results/*ParseAndCheckBenchmarks-report-github.md | head -1)"
peak="$(one_core peak 1000)"

echo "## Parse + check of annual reports (one core)"
echo
sed -n '/^|/p' "$report"
echo
python3 - "$report" "$peak" <<'PY'
import json, re, sys
rows = [l for l in open(sys.argv[1], encoding="utf-8") if l.startswith("|")]
head = [c.strip() for c in rows[0].strip("|\n").split("|")]
def cell(name, col):
    for l in rows[2:]:
        cells = [c.strip() for c in l.strip("|\n").split("|")]
        if name in cells[head.index("Method")]:
            return cells[head.index(col)]
    raise KeyError(name)
def ms(v):
    num, unit = v.replace(",", "").split()
    return float(num) * {"ns": 1e-6, "us": 1e-3, "μs": 1e-3, "ms": 1.0, "s": 1000.0}[unit]
col = "Median"
complete = ms(cell("ParseAndCheck_Complete", col))
peer = ms(cell("PeerNumberFloor_Complete", col))
print(f"- complete sample: median {complete:.3f} ms per report, allocated {cell('ParseAndCheck_Complete', 'Allocated')}; "
      f"peer median {peer:.3f} ms, ratio of medians {complete / peer:.0f} (BenchmarkDotNet's Ratio column is of means)")
print(f"- partial samples: median {ms(cell('ParseAndCheck_PartialPerReport', col)):.3f} ms per report, allocated {cell('ParseAndCheck_PartialPerReport', 'Allocated')} per report")
p = json.loads(sys.argv[2])
print(f"- peak RSS of a fresh process after {p['runs']} parse+check runs of the complete sample: {p['peak_rss_mb']:.1f} MB "
      f"({p['peak_rss_mb_before']:.1f} MB before the first), {p['mean_ms']:.3f} ms per run including the first (JIT)")
print(f"- target < 5 ms median per complete report (issue 11): {'met' if complete < 5 else 'MISSED'}")
PY
