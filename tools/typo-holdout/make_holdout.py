#!/usr/bin/env python3
"""Build the typo holdout set tests/TypoEval/holdout.jsonl (standard library only, Python 3.8+, deterministic).

Usage (from the repository root):
  (cd /tmp && apt-get download unicode-data)          # Unihan, read at generation time only
  python3 tools/typo-holdout/make_holdout.py \
      --reports ../shared/samples/annual-reports \
      --dev ../shared/samples/typo-dev \
      --unihan /tmp/unicode-data_*_all.deb \
      --out tests/TypoEval

Steps (documented in tests/TypoEval/README.md):
  1. Take the annual reports whose page or organ does not occur in the dev set's sources.txt.
  2. Extract prose sentences: drop header and table lines, join PDF-wrapped lines, split after 。！？；, keep only
     terminated sentences of 15-150 characters that are mostly Chinese, normalise as the dev set was, dedupe.
  3. Leave about half clean; inject exactly one mechanical error into each of the others:
       homophone     one character inside a CJK run replaced by a same-pinyin GB2312 level-1 character
       doubled-char  one character typed twice
       dropped-char  one inner character dropped from a recurring 4-character CJK n-gram (a "word")
     Candidates that would form a bigram already seen in real text (the reports and the dev set) are rejected:
     such a result is likely a real word, so not an error.
No list of the detector is read. Nothing here is tuned on detector output.
"""
import argparse
import bz2
import collections
import io
import json
import lzma
import os
import random
import re
import sys
import tarfile
import unicodedata

# shared/ sits beside the repository checkout.
SHARED = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared"))

SEED = 20261130
MIN_LEN, MAX_LEN = 15, 150
DENSE_VARIANTS = 2  # errored copies of each sentence in holdout-dense.jsonl
COMMON_CHAR_MIN = 3  # occurrences in the real text (reports + dev set) for a replacement character
ERROR_WEIGHTS = (("homophone", 0.5), ("doubled-char", 0.25), ("dropped-char", 0.25))

# Words whose characters must never be changed: person names (none other occur in the reports) and the
# organ names that identify the source page. Errors there are not what this set measures (as in the dev set).
PROTECTED_WORDS = ("习近平",)
# Place and organ names: up to four characters before an administrative suffix are left alone.
PLACE_PATTERN = re.compile(r"[\u4e00-\u9fff]{1,4}?(?:省|市|县|区|镇|乡|街道|村|社区|办)")
# Single-character function words: a same-pinyin swap of these is usually a real word (的/地/得 are out of scope).
FUNCTION_CHARS = set("的地得了和与及或在是为对把被将从向于以之其也而就都还所等个各每")

# Shortened texts that a human review of the output found still acceptable (有何疑问, 收到处理…情况, 时限予以答复):
# not errors, so those drops are not made. Reviewed on the generated text only, never on detector output.
REVIEWED_ACCEPTABLE = ("有何", "收到处理", "时限予以")

CJK = re.compile(r"[\u4e00-\u9fff]")
ASCII_TO_FULL = {",": "，", ";": "；", ":": "：", "(": "（", ")": "）", "!": "！", "?": "？"}


def is_cjk(ch):
    return "\u4e00" <= ch <= "\u9fff"


def is_gb2312_level1(ch):
    try:
        encoded = ch.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return len(encoded) == 2 and 0xB0 <= encoded[0] <= 0xD7


# ---------------------------------------------------------------- sources

def read_dev_sources(dev_dir):
    urls = []
    with open(os.path.join(dev_dir, "sources.txt"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            urls.append(line.rstrip("\n").split("\t")[2])
    return urls


def page_key(url):
    """Host without www. plus path: the same page under http/https or another host prefix compares equal."""
    url = re.sub(r"^https?://", "", url.strip())
    host, _, path = url.partition("/")
    return re.sub(r"^(www|m)\.", "", host.lower()) + "/" + path.split("?")[0]


def read_report(path):
    header, body = {}, []
    with open(path, encoding="utf-8") as f:
        for line in f:
            m = re.match(r"#\s*(source|year|availability):\s*(.*)", line)
            if m and not body:
                header[m.group(1)] = m.group(2).strip()
            else:
                body.append(line.rstrip("\n"))
    return header, body


def select_reports(reports_dir, dev_dir):
    dev_keys = {page_key(u) for u in read_dev_sources(dev_dir)}
    kept, skipped = [], []
    for name in sorted(os.listdir(reports_dir)):
        if not name.endswith(".txt"):
            continue
        header, body = read_report(os.path.join(reports_dir, name))
        url = header.get("source", "")
        if url and page_key(url) in dev_keys:
            skipped.append(name)
            continue
        kept.append((name, header, body))
    return kept, skipped


# ---------------------------------------------------------------- extraction

def normalise(text):
    # Full-width punctuation restored as in the dev set, except inside numbers (1,234 / 3.5).
    out = []
    for i, ch in enumerate(text):
        full = ASCII_TO_FULL.get(ch)
        if full and ch == "," and 0 < i < len(text) - 1 and text[i - 1].isdigit() and text[i + 1].isdigit():
            full = None
        out.append(full or ch)
    text = "".join(out)
    # Spaces between two Chinese characters removed (PDF text and hand-typed tables leave them).
    text = re.sub(r"(?<=[\u4e00-\u9fff])[ \u3000]+(?=[\u4e00-\u9fff])", "", text)
    return text.strip()


def paragraphs(body):
    """Join lines that were wrapped inside a sentence (PDF text): a long line without end punctuation continues."""
    current = ""
    for raw in body:
        line = raw.strip()
        if not line or "|" in line:
            if current:
                yield current
            current = ""
            continue
        current += line
        if len(line) < 25 or line[-1] in "。！？；!?;：:":
            yield current
            current = ""
    if current:
        yield current


def sentences(body):
    for para in paragraphs(body):
        para = normalise(para)
        for piece in re.findall(r"[^。！？；]*[。！？；]", para):
            piece = piece.strip()
            if not MIN_LEN <= len(piece) <= MAX_LEN:
                continue
            if len(CJK.findall(piece)) < 0.6 * len(piece):
                continue
            yield piece


# ---------------------------------------------------------------- Unihan

def unihan_readings(path):
    """kMandarin lines of Unihan_Readings.txt, read from the unicode-data .deb or from the text file itself."""
    if path.endswith(".deb"):
        with open(path, "rb") as f:
            data = f.read()
        pos = 8  # "!<arch>\n"
        while pos < len(data):
            name = data[pos:pos + 16].decode().strip().rstrip("/")
            size = int(data[pos + 48:pos + 58].decode().strip())
            member = data[pos + 60:pos + 60 + size]
            pos += 60 + size + (size & 1)
            if name.startswith("data.tar"):
                with tarfile.open(fileobj=io.BytesIO(member)) as tar:
                    for info in tar:
                        if info.name.endswith("Unihan_Readings.txt.bz2"):
                            return bz2.decompress(tar.extractfile(info).read()).decode("utf-8").splitlines()
        raise SystemExit(f"{path}: no Unihan_Readings.txt.bz2 inside")
    opener = bz2.open if path.endswith(".bz2") else open
    with opener(path, "rt", encoding="utf-8") as f:
        return f.read().splitlines()


def homophone_table(lines):
    """Toneless syllable -> GB2312 level-1 characters read that way (first kMandarin reading only)."""
    by_char = {}
    for line in lines:
        if line.startswith("#") or "\tkMandarin\t" not in line:
            continue
        code, _, value = line.split("\t", 2)
        ch = chr(int(code[2:], 16))
        if not is_gb2312_level1(ch):
            continue
        syllable = value.split()[0]
        toned = unicodedata.normalize("NFC", syllable)
        plain = "".join(c for c in unicodedata.normalize("NFD", syllable) if not unicodedata.combining(c) or c == "\u0308")
        by_char[ch] = (unicodedata.normalize("NFC", plain).replace("ü", "v"), toned)
    by_syllable = collections.defaultdict(list)
    for ch, (plain, toned) in sorted(by_char.items()):
        by_syllable[plain].append((ch, toned))
    return by_char, by_syllable


# ---------------------------------------------------------------- injection

def protected_positions(text):
    blocked = set()
    for word in PROTECTED_WORDS:
        for m in re.finditer(re.escape(word), text):
            blocked.update(range(m.start(), m.end()))
    for m in PLACE_PATTERN.finditer(text):
        blocked.update(range(m.start(), m.end()))
    return blocked


def inner_cjk_positions(text, blocked):
    """Positions of CJK characters with a CJK neighbour on each side: inside a multi-character run."""
    return [i for i in range(1, len(text) - 1)
            if is_cjk(text[i]) and is_cjk(text[i - 1]) and is_cjk(text[i + 1]) and i not in blocked]


def inject_homophone(text, rng, ctx):
    by_char, by_syllable = ctx["homophones"]
    seen = ctx["bigrams"]
    positions = [i for i in inner_cjk_positions(text, protected_positions(text)) if text[i] not in FUNCTION_CHARS]
    rng.shuffle(positions)
    for i in positions:
        if text[i] not in by_char:
            continue
        plain, toned = by_char[text[i]]
        same = [c for c, t in by_syllable[plain] if c != text[i]]
        same_tone = [c for c in same if by_char[c][1] == toned]
        # An input method offers frequent characters first: only characters common in real government text.
        common = [c for c in same if ctx["char_counts"][c] >= COMMON_CHAR_MIN]
        common_same_tone = [c for c in common if by_char[c][1] == toned]
        pool = common_same_tone or common
        pool = [c for c in pool if text[i - 1] + c not in seen and c + text[i + 1] not in seen]
        if not pool:
            continue
        wrong = rng.choice(pool)
        # The word is the character and the neighbour it most plausibly belongs to: the span is that bigram.
        left = seen[text[i - 1:i + 1]] >= seen[text[i:i + 2]]
        start, end = (i - 1, i + 1) if left else (i, i + 2)
        new_text = text[:i] + wrong + text[i + 1:]
        return new_text, {"start": start, "end": end, "wrong": new_text[start:end],
                          "correct": text[start:end], "type": "homophone"}
    return None


def inject_doubled(text, rng, ctx):
    seen = ctx["bigrams"]
    blocked = protected_positions(text)
    positions = [i for i in range(len(text)) if is_cjk(text[i]) and i not in blocked
                 and text[i] * 2 not in seen
                 and (i == 0 or text[i - 1] != text[i]) and (i + 1 >= len(text) or text[i + 1] != text[i])]
    if not positions:
        return None
    i = rng.choice(positions)
    new_text = text[:i + 1] + text[i] + text[i + 1:]
    return new_text, {"start": i, "end": i + 2, "wrong": text[i] * 2, "correct": text[i], "type": "doubled-char"}


def inject_dropped(text, rng, ctx):
    words, seen = ctx["words"], ctx["bigrams"]
    blocked = protected_positions(text)
    spans = [(i, i + 4) for i in range(len(text) - 3) if text[i:i + 4] in words
             and not blocked.intersection(range(i, i + 4))]
    rng.shuffle(spans)
    for start, end in spans:
        for k in rng.sample([1, 2], 2):
            drop = start + k
            joined = text[drop - 1] + text[drop + 1]
            if joined in seen:  # the shortened text still reads as a word: no error
                continue
            new_text = text[:drop] + text[drop + 1:]
            if any(phrase in new_text and phrase not in text for phrase in REVIEWED_ACCEPTABLE):
                continue
            return new_text, {"start": start, "end": end - 1, "wrong": new_text[start:end - 1],
                              "correct": text[start:end], "type": "dropped-char"}
    return None


INJECTORS = {"homophone": inject_homophone, "doubled-char": inject_doubled, "dropped-char": inject_dropped}


def corpus_statistics(all_texts):
    bigrams, fourgrams, chars = collections.Counter(), collections.Counter(), collections.Counter()
    for text in all_texts:
        chars.update(text)
        for run in re.findall(r"[\u4e00-\u9fff]+", text):
            bigrams.update(run[i:i + 2] for i in range(len(run) - 1))
            fourgrams.update(run[i:i + 4] for i in range(len(run) - 3))
    # A 4-gram seen at least twice in real text is taken for a word or a fixed phrase.
    return bigrams, {g for g, n in fourgrams.items() if n >= 2}, chars


def choose_type(rng):
    r, acc = rng.random(), 0.0
    for name, weight in ERROR_WEIGHTS:
        acc += weight
        if r < acc:
            return name
    return ERROR_WEIGHTS[-1][0]


# ---------------------------------------------------------------- main

def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--reports", default=os.path.join(SHARED, "samples", "annual-reports"))
    ap.add_argument("--dev", default=os.path.join(SHARED, "samples", "typo-dev"))
    ap.add_argument("--unihan", required=True, help="unicode-data .deb, Unihan_Readings.txt(.bz2)")
    ap.add_argument("--out", default="tests/TypoEval")
    args = ap.parse_args()

    reports, skipped = select_reports(args.reports, args.dev)
    with open(os.path.join(args.dev, "dev.jsonl"), encoding="utf-8") as f:
        dev_texts = [json.loads(line)["text"] for line in f if line.strip()]
    dev_set = set(dev_texts)

    rows, seen_texts, source_lines, all_report_text = [], set(), [], []
    for number, (name, header, body) in enumerate(reports, 1):
        year = int(header["year"]) + 1 if "year" in header else int(name[:4]) + 1
        source_lines.append(f"{number}\t{year}\t{header.get('source', '(no URL in the sample file)')}\t{name}")
        for sentence in sentences(body):
            all_report_text.append(sentence)
            if sentence in seen_texts or sentence in dev_set:
                continue
            seen_texts.add(sentence)
            rows.append({"text": sentence, "source": number, "doc_year": year})

    # Real-word evidence: every report (also those left out of the set) plus the corrected dev text.
    evidence = list(all_report_text)
    for _, _, body in reports:
        evidence.extend(normalise(line) for line in body)
    for name in skipped:
        evidence.extend(normalise(line) for line in read_report(os.path.join(args.reports, name))[1])
    evidence.extend(dev_texts)
    bigrams, words, chars = corpus_statistics(evidence)
    ctx = {"homophones": homophone_table(unihan_readings(args.unihan)), "bigrams": bigrams, "words": words,
           "char_counts": chars}

    rng = random.Random(SEED)
    order = list(range(len(rows)))
    rng.shuffle(order)
    to_inject = set(order[:len(rows) // 2])
    counts = collections.Counter()
    out_rows = []
    for index, row in enumerate(rows):
        text, errors = row["text"], []
        if index in to_inject:
            first = choose_type(rng)
            for kind in [first] + [k for k, _ in ERROR_WEIGHTS if k != first]:
                made = INJECTORS[kind](text, rng, ctx)
                if made:
                    text, error = made
                    errors.append(error)
                    counts[kind] += 1
                    break
        assert all(text[e["start"]:e["end"]] == e["wrong"] for e in errors)
        out_rows.append({"id": f"hold-{index + 1:04d}", "text": text, "errors": errors,
                         "source": row["source"], "doc_year": row["doc_year"]})

    # The dense variant: every sentence once clean and DENSE_VARIANTS times with one error each (one per type where
    # possible). Same text, so not independent samples; it narrows the recall and false-alarm estimates only.
    dense_rng = random.Random(SEED + 1)
    dense_rows = []
    for index, row in enumerate(rows):
        base = f"holdx-{index + 1:04d}"
        dense_rows.append({"id": base + "-c", "text": row["text"], "errors": [],
                           "source": row["source"], "doc_year": row["doc_year"]})
        kinds = [k for k, _ in ERROR_WEIGHTS]
        dense_rng.shuffle(kinds)
        made_count = 0
        for kind in kinds:
            if made_count == DENSE_VARIANTS:
                break
            made = INJECTORS[kind](row["text"], dense_rng, ctx)
            if made:
                made_count += 1
                dense_rows.append({"id": f"{base}-e{made_count}", "text": made[0], "errors": [made[1]],
                                   "source": row["source"], "doc_year": row["doc_year"]})

    os.makedirs(args.out, exist_ok=True)
    for file_name, data in (("holdout.jsonl", out_rows), ("holdout-dense.jsonl", dense_rows)):
        with open(os.path.join(args.out, file_name), "w", encoding="utf-8") as f:
            for row in data:
                f.write(json.dumps(row, ensure_ascii=False) + "\n")
    with open(os.path.join(args.out, "sources.txt"), "w", encoding="utf-8") as f:
        f.write("# n\tdoc_year\turl\tsample file   (annual reports in ../shared/samples/annual-reports)\n")
        f.write("\n".join(source_lines) + "\n")

    clean = [r for r in out_rows if not r["errors"]]
    print(f"reports used {len(reports)}, left out (also in the dev set) {len(skipped)}: {', '.join(skipped)}",
          file=sys.stderr)
    print(f"sentences {len(out_rows)} ({sum(len(r['text']) for r in out_rows)} chars); errored "
          f"{len(out_rows) - len(clean)}; clean {len(clean)} ({sum(len(r['text']) for r in clean)} chars); "
          f"by type {dict(counts)}", file=sys.stderr)
    dense_types = collections.Counter(e["type"] for r in dense_rows for e in r["errors"])
    print(f"dense: rows {len(dense_rows)}, errors {sum(dense_types.values())} {dict(dense_types)}", file=sys.stderr)


if __name__ == "__main__":
    main()
