#!/usr/bin/env python3
"""Character statistics of real government prose for the typo detector's context layer.

    python3 tools/typo-ngrams/make_ngrams.py [--sets a,b,…] [--with-prose] > src/Rules/Typos/Data/gov-ngrams.tsv

Corpus: the text of every annual report in samples/annual-reports/*/*.txt (real 政府信息公开工作年度报告 of many
provinces, levels and years; the `# ` header lines are skipped). Nothing of samples/typo-eval (tuning or held-out)
and nothing of the typo dev set is read, so every typo evaluation set stays unseen. Standard library only.

Output, one entry per line (UTF-8):
  `B<TAB>xy`          a pair of adjacent Han characters seen in the corpus (attested bigram)
  `W<TAB>word<TAB>n`  a word of 2-4 Han characters of jieba's dictionary (frequency >= MIN_WORD_FREQ) or of the
                      government lexicon, seen n times in the corpus (only n >= 1 is written)
  `D<TAB>word<TAB>n`  a common word or set phrase of government prose that a dropped character can break, seen n
                      times in the corpus: 3-5 Han characters in jieba's dictionary at any frequency (not a name:
                      nr/ns/nt/nz) or in the government lexicon, seen n >= MIN_DROP_TARGET_COUNT times; or two such
                      words of 2+ characters each (jieba frequency >= MIN_WORD_FREQ) written together, 4-5 characters
                      (信息公开, 人民群众), seen n >= MIN_PHRASE_COUNT times in at least MIN_PHRASE_REPORTS reports
jieba's dict.txt (MIT) is read from the jieba.NET package in the NuGet cache, or from Debian's python3-jieba.
"""
import collections
import glob
import json
import os
import re
import sys

MIN_WORD_FREQ = 50
MIN_DROP_TARGET_COUNT = 3
MIN_PHRASE_COUNT = 8
MIN_PHRASE_REPORTS = 4
NAME_TAGS = {"nr", "ns", "nt", "nz", "nrt", "nrfg"}
repo = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")


def han(c):
    return "\u4e00" <= c <= "\u9fff"


def jieba_dict():
    candidates = [os.path.expanduser("~/.nuget/packages/jieba.net/0.42.2/Resources/dict.txt"),
                  "/usr/lib/python3/dist-packages/jieba/dict.txt"]
    for path in candidates:
        if os.path.exists(path):
            return path
    sys.exit("jieba dict.txt not found: restore the solution (jieba.NET) or apt-get install python3-jieba")


words = set()
drop_targets = set()
with open(jieba_dict(), encoding="utf-8") as handle:
    for line in handle:
        parts = line.split()
        if len(parts) >= 2 and 2 <= len(parts[0]) <= 4 and int(parts[1]) >= MIN_WORD_FREQ:
            words.add(parts[0])
        if (len(parts) >= 2 and 3 <= len(parts[0]) <= 5 and all(han(c) for c in parts[0])
                and (len(parts) < 3 or parts[2] not in NAME_TAGS)):
            drop_targets.add(parts[0])
with open(os.path.join(repo, "src/Rules/Typos/Statistics/Data/gov-lexicon.txt"), encoding="utf-8") as handle:
    for line in handle:
        line = line.strip()
        if line and not line.startswith("#") and 2 <= len(line.split()[0]) <= 4:
            words.add(line.split()[0])
        if line and not line.startswith("#") and 3 <= len(line.split()[0]) <= 5:
            drop_targets.add(line.split()[0])

def is_phrase(gram):
    """Two common words of two or more characters each, written together."""
    return any(gram[:k] in words and gram[k:] in words for k in range(2, len(gram) - 1))


bigrams = set()
counts = collections.Counter()
drop_counts = collections.Counter()
phrase_counts = collections.Counter()
phrase_reports = collections.defaultdict(set)
# Correct text of every typo evaluation sentence, as 10-character shingles: a corpus sentence that shares one with any
# of them is left out, so no evaluation sentence (of any set, held-out included) lends its words or pairs to the
# statistics even when the same document was collected from another address.
SHINGLE = 10
EVAL_SETS = ["samples/typo-eval/tuning.jsonl", "samples/typo-eval/held-out.jsonl", "samples/typo-eval/clean.jsonl",
             "tests/TypoEval/holdout.jsonl", "tests/TypoEval/holdout-dense.jsonl"]


def corrected(record):
    text = record["text"]
    for error in sorted(record.get("errors", []), key=lambda e: e["start"], reverse=True):
        text = text[:error["start"]] + error["correct"] + text[error["end"]:]
    return text


eval_shingles = set()
dev = os.environ.get("TYPO_DEV_DIR", os.path.join(repo, "..", "shared", "samples", "typo-dev"))
for name in EVAL_SETS + [os.path.join(dev, "dev.jsonl")]:
    path = os.path.join(repo, name)
    if not os.path.exists(path):
        continue
    with open(path, encoding="utf-8") as handle:
        for row in handle:
            if row.strip():
                text = corrected(json.loads(row))
                for i in range(len(text) - SHINGLE + 1):
                    eval_shingles.add(text[i:i + SHINGLE])


def sentences_outside_evaluation(text):
    for sentence in re.split(r"(?<=[。！？；\n])", text):
        if not any(sentence[i:i + SHINGLE] in eval_shingles for i in range(len(sentence) - SHINGLE + 1)):
            yield sentence


# Options: --sets a,b,…  the annual-report sets to read (default: all); --with-prose  also read samples/gov-prose.
# The committed gov-ngrams.tsv is `--sets tuning,held-out,held-out-2,held-out-3,held-out-4,held-out-5,held-out-6`
# (233 reports), without the prose corpus: with held-out-7…9 and the prose corpus the statistics were measured
# (2026-12-08) and not adopted, see the README's typo section.
args = sys.argv[1:]
sets = args[args.index("--sets") + 1].split(",") if "--sets" in args else None
dropped_sentences = 0
files = sorted(path for path in glob.glob(os.path.join(repo, "samples/annual-reports/*/*.txt"))
               if sets is None or os.path.basename(os.path.dirname(path)) in sets)
prose_files = sorted(glob.glob(os.path.join(repo, "samples/gov-prose/*.txt"))) if "--with-prose" in args else []


def corpus_lines(path):
    """A file's text lines; for the government-prose corpus, only sentences no evaluation sentence shares."""
    global dropped_sentences
    with open(path, encoding="utf-8") as handle:
        lines = [line for line in handle if not line.startswith("# ")]
    if path not in prose_files:
        return lines
    kept = []
    for line in lines:
        sentences = [p for p in re.split(r"(?<=[。！？；\n])", line) if p]
        outside = list(sentences_outside_evaluation(line))
        dropped_sentences += len(sentences) - len([p for p in outside if p])
        kept.extend(outside)
    return kept


for path in files + prose_files:
    for line in corpus_lines(path):
        for a, b in zip(line, line[1:]):
            if han(a) and han(b):
                bigrams.add(a + b)
        for length in (2, 3, 4, 5):
            for i in range(len(line) - length + 1):
                gram = line[i:i + length]
                if gram in words:
                    counts[gram] += 1
                if gram in drop_targets:
                    drop_counts[gram] += 1
                if length >= 4 and all(han(c) for c in gram) and is_phrase(gram):
                    phrase_counts[gram] += 1
                    phrase_reports[gram].add(path)

print(f"# Generated by tools/typo-ngrams/make_ngrams.py from {len(files)} annual reports (samples/annual-reports) and")
print(f"# {len(prose_files)} texts of government prose (samples/gov-prose; {dropped_sentences} sentences left out for sharing")
print(f"# {SHINGLE} characters with a typo evaluation sentence);")
print("# B = attested adjacent Han pair, W = dictionary word seen in that government prose with its count,")
print("# D = word of 3-5 characters seen at least 3 times there, for dropped-character checks.")
for pair in sorted(bigrams):
    print(f"B\t{pair}")
for word, n in sorted(counts.items()):
    print(f"W\t{word}\t{n}")
targets = {word: n for word, n in drop_counts.items() if n >= MIN_DROP_TARGET_COUNT}
for gram, n in phrase_counts.items():
    if n >= MIN_PHRASE_COUNT and len(phrase_reports[gram]) >= MIN_PHRASE_REPORTS and gram not in targets:
        targets[gram] = n
for word, n in sorted(targets.items()):
    print(f"D\t{word}\t{n}")
