#!/usr/bin/env python3
"""Build samples/typo-eval/clean.jsonl from the collected page excerpts (standard library only, Python 3.8+).

    python3 tools/typo-eval/extract.py            # from the repository root

Input (all under samples/typo-eval/):
  sources.txt     n <TAB> doc_year <TAB> url      (n = source id; lines starting with # are comments)
  raw/NNN.txt     the prose of source n as it was read from the stored copy of the page (ASCII punctuation
                  and line breaks as stored; nothing corrected)
  originals.tsv   errors that were already on a page: source <TAB> context <TAB> wrong <TAB> correct [<TAB> note]
                  (context is a unique substring of the sentence that contains `wrong` once)

Steps:
  1. normalise like the dev set: full-width ，；：（）！？ restored (a comma or colon between digits is left alone),
     spaces between two CJK characters removed, leading/trailing white space removed;
  2. split after 。！？； (a closing quote or bracket right after the mark stays with the sentence);
  3. keep sentences of 12-160 characters that end with one of those marks, are at least 60 % CJK, hold no
     placeholder or masking (*, _, ×, xx/XX, X as a stand-in for a number, 省略) and no garbled text;
  4. drop near-duplicates (character 4-gram Jaccard >= 0.6, or one sentence inside another) against earlier
     sentences of this set and against the dev set (shared/samples/typo-dev/dev.jsonl);
  5. attach the errors of originals.tsv (type "original").
The output is ordered by source id, then by position on the page.
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
DATA = os.path.join(ROOT, "samples", "typo-eval")
# The development set beside the repository (../shared), or where TYPO_DEV_DIR says, as run-eval.sh does.
DEV = os.path.join(os.environ.get("TYPO_DEV_DIR") or os.path.join(ROOT, "..", "shared", "samples", "typo-dev"), "dev.jsonl")

MIN_LEN, MAX_LEN = 12, 160
TERMINATORS = "。！？；"
CLOSERS = "”’）》」』】"
CJK = re.compile(r"[\u4e00-\u9fff]")
BAD = re.compile(r"[*_×＊□■�?]|[xX]{2}|[xX]\d|\d[xX]|[xX]个|[xX]名|[xX]人|[xX]万|[xX]家|[xX]条|[xX]项|"
                 r"省略|\.\.\.|……\)|正式会员|VIP|下载|www\.|http")
# A copy site that drops the leader's name leaves "以新时代中国特色社会主义思想…" behind.
MASKED_THOUGHT = re.compile(r"(?<!习近平)新时代中国特色社会主义思想")


def is_cjk(ch):
    return "\u4e00" <= ch <= "\u9fff"


def normalise(line):
    line = line.replace("\u3000", " ").replace("\xa0", " ").strip()
    out = []
    n = len(line)
    for i, ch in enumerate(line):
        prev = line[i - 1] if i else ""
        nxt = line[i + 1] if i + 1 < n else ""
        if ch == "," and not (prev.isdigit() and nxt.isdigit()):
            ch = "，"
        elif ch == ":" and not (prev.isdigit() and nxt.isdigit()):
            ch = "："
        elif ch == ";":
            ch = "；"
        elif ch == "(":
            ch = "（"
        elif ch == ")":
            ch = "）"
        elif ch == "!":
            ch = "！"
        elif ch == "?" and (is_cjk(prev) or prev in "”）"):
            ch = "？"
        out.append(ch)
    text = "".join(out)
    # straight double quotes in Chinese text were folded from “ ”: restore them pairwise
    if text.count('"') % 2 == 0 and CJK.search(text):
        parts = text.split('"')
        text = parts[0] + "".join(("“" if k % 2 else "”") + part for k, part in enumerate(parts[1:], 1))
    # spaces between CJK characters or CJK punctuation are removed (twice for runs of single characters);
    # so are the spaces a PDF copy puts between a number and a CJK character ("2035 年", "增长 15.5%")
    cjk = "\u4e00-\u9fff，。、；：！？“”（）《》"
    for _ in range(2):
        text = re.sub(rf"(?<=[{cjk}])\s+(?=[{cjk}])", "", text)
        text = re.sub(rf"(?<=[{cjk}])\s+(?=[\d])|(?<=[\d%])\s+(?=[{cjk}])", "", text)
    return text


def split_sentences(text):
    sentences, start, i = [], 0, 0
    while i < len(text):
        if text[i] in TERMINATORS:
            j = i + 1
            while j < len(text) and text[j] in CLOSERS:
                j += 1
            sentences.append(text[start:j].strip())
            start = i = j
            continue
        i += 1
    tail = text[start:].strip()
    if tail:
        sentences.append(tail)  # unterminated: dropped by keep()
    return sentences


def keep(sentence):
    if not (MIN_LEN <= len(sentence) <= MAX_LEN):
        return False
    if sentence[-1] not in TERMINATORS and not (sentence[-1] in CLOSERS and sentence.rstrip(CLOSERS)[-1:] in TERMINATORS):
        return False
    if BAD.search(sentence) or MASKED_THOUGHT.search(sentence):
        return False
    if sum(1 for ch in sentence if is_cjk(ch)) < 0.6 * len(sentence):
        return False
    if "|" in sentence or "\t" in sentence:
        return False
    if sentence[0] in "，。、；：！？”）》":
        return False
    # a heading glued to its number ("（一）主动公开。") is not prose
    body = re.sub(r"^(（[一二三四五六七八九十]+）|[一二三四五六七八九十]+、|\d+[.、．]|第[一二三四五六七八九十百]+条)", "", sentence)
    return len(body) >= MIN_LEN


def grams(text):
    t = "".join(ch for ch in text if is_cjk(ch))
    return {t[i:i + 4] for i in range(len(t) - 3)} or {t}


def near_duplicate(g, text, seen):
    for other_g, other in seen:
        if text in other or other in text:
            return True
        inter = len(g & other_g)
        if inter and inter / len(g | other_g) >= 0.6:
            return True
    return False


def read_sources():
    sources = []
    with open(os.path.join(DATA, "sources.txt"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            n, year, url = line.rstrip("\n").split("\t")[:3]
            sources.append((int(n), int(year), url.strip()))
    return sources


def read_originals():
    path = os.path.join(DATA, "originals.tsv")
    rows = []
    if os.path.exists(path):
        with open(path, encoding="utf-8") as f:
            for line in f:
                if line.startswith("#") or not line.strip():
                    continue
                parts = line.rstrip("\n").split("\t")
                rows.append((int(parts[0]), normalise(parts[1]), parts[2], parts[3]))
    return rows


def main():
    dev_seen = []
    with open(DEV, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                t = json.loads(line)["text"]
                dev_seen.append((grams(t), t))
    seen, rows, dropped = [], [], {"short/long/unterminated/masked/other": 0, "near-duplicate": 0, "dev-duplicate": 0}
    originals = read_originals()
    used_originals = set()
    for n, year, url in read_sources():
        path = os.path.join(DATA, "raw", f"{n:03d}.txt")
        with open(path, encoding="utf-8") as f:
            lines = f.read().splitlines()
        for line in lines:
            for s in split_sentences(normalise(line)):
                if not keep(s):
                    dropped["short/long/unterminated/masked/other"] += 1
                    continue
                g = grams(s)
                if near_duplicate(g, s, dev_seen):
                    dropped["dev-duplicate"] += 1
                    continue
                if near_duplicate(g, s, seen):
                    dropped["near-duplicate"] += 1
                    continue
                seen.append((g, s))
                errors = []
                for k, (src, context, wrong, correct) in enumerate(originals):
                    if src == n and context in s:
                        at = s.index(context) + context.index(wrong)
                        errors.append({"start": at, "end": at + len(wrong), "wrong": wrong, "correct": correct,
                                       "type": "original"})
                        used_originals.add(k)
                rows.append({"text": s, "errors": errors, "source": n, "doc_year": year})
    for k, o in enumerate(originals):
        if k not in used_originals:
            print(f"WARNING: original error not found in a kept sentence: {o}", file=sys.stderr)
    with open(os.path.join(DATA, "clean.jsonl"), "w", encoding="utf-8") as out:
        for i, row in enumerate(rows, 1):
            row = {"id": f"clean-{i:04d}", **row}
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    chars = sum(len(r["text"]) for r in rows)
    print(f"{len(rows)} sentences, {chars} characters, from {len({r['source'] for r in rows})} sources; dropped {dropped}")


if __name__ == "__main__":
    main()
