#!/usr/bin/env python3
"""Score check-report's jsonl output against hand-written expectations (samples/annual-reports/<set>/*.expected.tsv).

Usage: score.py SET_DIR PREDICTIONS_DIR [--details]
  SET_DIR          folder of NAME.txt + NAME.expected.tsv (rule, status ✓ ✗ ⚠ —, where, computation)
  PREDICTIONS_DIR  folder of NAME.jsonl, check-report --format jsonl output for NAME.txt

Recall: each ✗ line is one defect; a file's ✗ lines of a rule are found up to the number of that rule's issues.
False finding: an issue of an arithmetic or narrative rule (T2-*, T3-*, T4-*, N-*) in a file whose hand results
for that rule are only ✓ or — (no ✗, no ⚠). Structure (S-*) issues against ✓/— are counted apart.
Issues of rules the hand results do not judge are listed as unjudged, neither right nor wrong.
"""
import collections
import json
import pathlib
import sys

ARITHMETIC = ("T2-", "T3-", "T4-", "N-")


def expectations(path):
    by_rule = collections.defaultdict(list)
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
        if number == 0 or not line.strip():
            continue
        cells = line.split("\t")
        if len(cells) < 2:
            raise SystemExit(f"{path}:{number + 1}: expected rule<TAB>status…")
        by_rule[cells[0].strip()].append((cells[1].strip(), "\t".join(cells[2:])))
    return by_rule


def issues(path):
    found = collections.defaultdict(list)
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            item = json.loads(line)
            if item.get("status", "issue") == "issue":
                found[item["rule"]].append(item["message"])
    return found


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    details = "--details" in sys.argv
    set_dir, predictions = pathlib.Path(args[0]), pathlib.Path(args[1])
    defects = detected = false_findings = structure_false = unjudged = files = 0
    missed, wrong = [], []
    per_rule = collections.Counter()
    per_rule_found = collections.Counter()
    for expected_path in sorted(set_dir.glob("*.expected.tsv")):
        name = expected_path.name[: -len(".expected.tsv")]
        files += 1
        expected = expectations(expected_path)
        found = issues(predictions / f"{name}.jsonl")
        # A copy the collector marked partial is truncated by definition: S-TRUNCATED is right there, wrong on a
        # complete one.
        header = (set_dir / f"{name}.txt").read_text(encoding="utf-8")
        partial = "# availability: partial" in header
        if "S-TRUNCATED" not in expected:
            expected["S-TRUNCATED"] = [("⚠" if partial else "✓", "availability header")]
        for rule, lines in expected.items():
            failing = sum(1 for status, _ in lines if status == "✗")
            if failing == 0:
                continue
            hits = min(failing, len(found.get(rule, [])))
            defects += failing
            detected += hits
            per_rule[rule] += failing
            per_rule_found[rule] += hits
            if hits < failing:
                missed.append(f"{name}: {rule} ✗×{failing}, reported ×{hits}: " + " | ".join(w for s, w in lines if s == "✗")[:200])
        for rule, messages in found.items():
            statuses = {status for status, _ in expected.get(rule, [])}
            if not statuses:
                unjudged += len(messages)
                if details:
                    wrong.append(f"{name}: unjudged {rule}: {messages[0][:160]}")
                continue
            if statuses <= {"✓", "—"}:
                if rule.startswith(ARITHMETIC):
                    false_findings += len(messages)
                    wrong.append(f"{name}: FALSE {rule}: {messages[0][:200]}")
                else:
                    structure_false += len(messages)
                    wrong.append(f"{name}: false structure {rule}: {messages[0][:200]}")

    recall = detected / defects if defects else 1.0
    print(f"{set_dir.name}: {files} reports, hand-found ✗ defects {defects}, reported with the right rule {detected} "
          f"(recall {recall:.0%}); false arithmetic/narrative findings {false_findings}; "
          f"false structure findings {structure_false}; unjudged issues {unjudged}")
    print("  by rule: " + ", ".join(f"{r} {per_rule_found[r]}/{per_rule[r]}" for r in sorted(per_rule)))
    if details:
        for line in missed:
            print("  missed " + line)
        for line in wrong:
            print("  " + line)


if __name__ == "__main__":
    main()
