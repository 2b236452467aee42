#!/usr/bin/env bash
# Findings-report benchmark: renders 10,000 synthetic findings, then loads the page in headless Chromium with a
# filter and search applied through the URL hash (the page's script must finish filtering before the DOM is dumped),
# against a peer measured in the same run: the same rows as a bare static table with no script or styles.
# Usage: bash bench/report/run.sh [findings] [repetitions]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
count="${1:-10000}"
reps="${2:-5}"
out="$root/artifacts/report-bench"
bash scripts/install-chromium.sh >/dev/null
dotnet build bench/report/ReportBench -c Release -nologo -v quiet >/dev/null
render="$(dotnet bench/report/ReportBench/bin/Release/net10.0/ReportBench.dll "$count" "$out")"
echo "$render"
report_bytes="$(stat -c %s "$out/report.html")"
plain_bytes="$(stat -c %s "$out/plain.html")"

load() { # prints wall seconds for one headless load of $1 (a file URL with optional hash)
  local profile; profile="$(mktemp -d)"
  local t0 t1; t0=$(date +%s.%N)
  chromium --headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update \
    --disable-sync --no-first-run --disable-quic --user-data-dir="$profile" --dump-dom "$1" > "$out/dom.html" 2>/dev/null
  t1=$(date +%s.%N)
  rm -rf "$profile"
  echo "$t1 - $t0" | bc -l
}
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

# Two figures per load: the process wall time (Chromium start, parse, script, and serialising the whole DOM to
# stdout), and the page's own "usable" time, performance.now() when its script finished filtering (data-ready-ms).
ready() { grep -o 'data-ready-ms="[0-9]*"' "$out/dom.html" | head -1 | grep -o '[0-9]*'; }
report_times=(); plain_times=(); report_ready=(); plain_ready=()
for _ in $(seq "$reps"); do
  report_times+=("$(load "file://$out/report.html#severity=general&q=404")")
  report_ready+=("$(ready)")
  # The page's own count line after its script filtered: "显示 <span id=shown-count>N</span> / <span …>M</span>".
  shown="$(grep -o 'id="shown-count">[0-9]*' "$out/dom.html" | head -1 | sed 's/.*>//') / $count"
  plain_times+=("$(load "file://$out/plain.html")")
  plain_ready+=("$(ready)")
done
r=$(printf '%s\n' "${report_times[@]}" | median)
p=$(printf '%s\n' "${plain_times[@]}" | median)
rr=$(printf '%s\n' "${report_ready[@]}" | median)
pr=$(printf '%s\n' "${plain_ready[@]}" | median)
printf '| page | findings | size (MB) | usable in page = data-ready-ms, median of %s (ms) | process wall incl. start and DOM dump (s) |\n| --- | ---: | ---: | ---: | ---: |\n' "$reps"
printf '| report (filtered: %s) | %s | %.2f | %s | %.2f |\n' "$shown" "$count" "$(echo "$report_bytes / 1000000" | bc -l)" "$rr" "$r"
printf '| plain static table (peer) | %s | %.2f | %s | %.2f |\n' "$count" "$(echo "$plain_bytes / 1000000" | bc -l)" "$pr" "$p"
printf 'ratio report/plain: size %.2f, usable %.2f, wall %.2f\n' "$(echo "$report_bytes / $plain_bytes" | bc -l)" "$(echo "$rr / $pr" | bc -l)" "$(echo "$r / $p" | bc -l)"
