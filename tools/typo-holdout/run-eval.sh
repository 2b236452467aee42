#!/usr/bin/env bash
# Score the typo detector on the dev set, the earlier holdout sets and the collected evaluation set (tuning part and
# the frozen held-out part, samples/typo-eval/), printing each.
# Usage: tools/typo-holdout/run-eval.sh [score.py options, e.g. --by-type]
# Env:   PREDICTOR=auto|cli|bench   (default auto: the CLI's check-text batch mode; if the CLI lacks it, the
#                                    TypoBench predict mode, which calls TypoDetector.CreateDefault() the same way)
#        TYPO_DEV_DIR=../shared/samples/typo-dev   (dev.jsonl and score.py; default: shared/ beside the repo)
# Predictions are kept in artifacts/typo-eval/<set>.predictions.jsonl for inspection.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
dev_dir="${TYPO_DEV_DIR:-$repo/../shared/samples/typo-dev}"
predictor="${PREDICTOR:-auto}"
out="$repo/artifacts/typo-eval"
mkdir -p "$out"
cd "$repo"

sets=("$dev_dir/dev.jsonl" "$repo/tests/TypoEval/holdout.jsonl" "$repo/tests/TypoEval/holdout-dense.jsonl"
      "$repo/samples/typo-eval/tuning.jsonl" "$repo/samples/typo-eval/held-out.jsonl")
for set in "${sets[@]}"; do
  [ -f "$set" ] || { echo "missing set: $set" >&2; exit 2; }
done

built_cli=0
built_bench=0
predict_cli() {
  if [ "$built_cli" = 0 ]; then dotnet build src/Cli -c Release -nologo -v quiet >&2; built_cli=1; fi
  # Contract: one line per hit, {"id","start","end","text","suggestion","rule","severity"}.
  dotnet run --project src/Cli -c Release --no-build -- check-text --jsonl "$1"
}
predict_bench() {
  if [ "$built_bench" = 0 ]; then dotnet build bench/typos/TypoBench -c Release -nologo -v quiet >&2; built_bench=1; fi
  dotnet bench/typos/TypoBench/bin/Release/net10.0/TypoBench.dll predict --jsonl "$1"
}

status=0
for set in "${sets[@]}"; do
  name="$(basename "$set" .jsonl)"
  predictions="$out/$name.predictions.jsonl"
  used="$predictor"
  case "$predictor" in
    cli) predict_cli "$set" > "$predictions" ;;
    bench) predict_bench "$set" > "$predictions" ;;
    auto)
      if predict_cli "$set" > "$predictions" 2> "$out/$name.cli-stderr.txt"; then
        used=cli
      else
        echo "WARNING: 'check-text --jsonl' failed (see $out/$name.cli-stderr.txt); using TypoBench predict" >&2
        predict_bench "$set" > "$predictions"
        used=bench
      fi ;;
    *) echo "PREDICTOR must be auto, cli or bench" >&2; exit 2 ;;
  esac
  echo
  echo "== $name ($(wc -l < "$set") sentences; predictions by $used: $(wc -l < "$predictions") lines)"
  python3 "$dev_dir/score.py" "$set" "$predictions" --strict "$@" || status=$?
done
exit "$status"
