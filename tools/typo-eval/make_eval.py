#!/usr/bin/env python3
"""Build the typo evaluation sets samples/typo-eval/{tuning,held-out}.jsonl from clean.jsonl.

Standard library only, Python 3.8+, deterministic (fixed seed). Run from the repository root:

    (cd /tmp && apt-get download unicode-data)       # Unihan, read at generation time only
    apt-get install python3-jieba                      # its dict.txt (MIT) is the word list
    python3 tools/typo-eval/make_eval.py --unihan unicode-data_*_all.deb            # both sets
    python3 tools/typo-eval/make_eval.py --unihan unicode-data_*_all.deb --only tuning
    python3 tools/typo-eval/make_eval.py --unihan unicode-data_*_all.deb --check    # writes nothing

held-out.jsonl is FROZEN: it was generated once, before any detector change, and must not be regenerated.
`--only tuning` rewrites tuning.jsonl alone; `--check` regenerates both in memory and reports whether they
still equal the committed files (sha256), so a change to this script or to clean.jsonl is noticed.

Steps
  1. Read clean.jsonl (real sentences; a few carry errors that were already on the page, type "original").
  2. Split by SOURCE PAGE: sources are ordered by sha256(seed, source id) and taken into the tuning set until it
     holds about 40 % of the sentences; the rest (about 60 %) is the held-out set.
  3. In each set, about 45 % of the sentences stay clean. Each other sentence gets one injected error, some get
     two. The kinds (the `type` field) are drawn from candidates found mechanically in the sentence:
       punct         a ，。、； typed twice
       doubled-char  a character typed twice
       homophone     one character of a recurring word replaced by a same- or near-pinyin character (Unihan
                     kMandarin), where the new character pair never occurs in real text and is not a word of
                     the jieba dictionary (frequency > 5; the dictionary keeps some misspellings at 2-3)
       shape         the same with a similar-shape character from a hand list of well-known pairs
       dropped-char  one character dropped from a very common word or slogan (hand list)
       word          a real-word confusion in a context that makes the original clearly right (hand list)
       formulation   one-character slip (homophone, shape, deletion, doubling, transposition) in a fixed
                     political formulation; severity "serious"
       dedi          adverbial 地 -> 的, or 得 -> 的 in 取得/获得/得到/值得/赢得/显得
       agency        a post-2018-reform organ name replaced by its pre-reform name, only in documents dated 2019
                     or later; severity "serious" (docs/typos.md grades abolished organ names 严重)
       serious       one-character slip in the country name, a state organ name or a leader's title (never in
                     the leader's name); severity "serious"
     Person names, place names, company names and 《》 titles are never touched (the country name inside a law's
     title is the one exception: a misspelt country name is exactly what inspectors look for).
  4. Check every error (text[start:end] == wrong; applying all corrections gives back the clean sentence).
"""
import argparse
import bz2
import collections
import hashlib
import io
import json
import os
import random
import re
import sys
import tarfile
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
DATA = os.path.join(ROOT, "samples", "typo-eval")
# The development set beside the repository (../shared), or where TYPO_DEV_DIR says, as run-eval.sh does.
DEV = os.path.join(os.environ.get("TYPO_DEV_DIR") or os.path.join(ROOT, "..", "shared", "samples", "typo-dev"), "dev.jsonl")

SEED = 20261207
TUNING_SHARE = 0.40
CLEAN_SHARE = 0.45
TWO_ERROR_SHARE = 0.12
SERIOUS = "serious"

# Target share of each kind among injected errors. Scarce kinds (they need a formulation, an organ name, a
# confusable word ... in the sentence) are assigned first, so they reach their share where material allows.
KIND_WEIGHTS = collections.OrderedDict([
    ("agency", 0.06), ("serious", 0.04), ("formulation", 0.12), ("word", 0.09), ("dedi", 0.08),
    ("dropped-char", 0.09), ("punct", 0.08), ("doubled-char", 0.10), ("shape", 0.13), ("homophone", 0.21),
])

# How often one (correct, wrong) pair may be used in a set, so that a detector cannot score by knowing a few
# pairs. Doubled punctuation has only four pairs by nature (，， 。。 、、 ；；), and 的/地/得 slips are few pairs
# that really recur, so these two kinds get a higher cap; every other kind keeps 3.
PAIR_CAP = {"punct": 1000, "dedi": 8}

CJK_RE = re.compile(r"[\u4e00-\u9fff]")


def is_cjk(ch):
    return "\u4e00" <= ch <= "\u9fff"


def is_gb2312_level1(ch):
    try:
        enc = ch.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return len(enc) == 2 and 0xB0 <= enc[0] <= 0xD7


# ------------------------------------------------------------------ hand lists

# Similar-shape pairs (both directions unless the reverse is a common real substitution). Well-known school
# and inspection pairs only.
SHAPE_PAIRS = """己已 已巳 未末 治冶 请清 情清 贵责 人入 干千 千于 土士 日曰 拨拔 侯候 辨辩 栏拦 准淮 睛晴 析折 拆折 券卷
历厉 狠很 漫慢 壁璧 崇祟 徽微 宇字 大太 天夭 王主 问间 陈阵 住往 杨扬 场扬 施旋 旅族 坚竖 设没 投设 办为 理埋
料科 环坏 怀坏 各名 业亚 目日 自白 白百 民氏 体休 代伐 促捉 划刘 提堤 维推 持特 待侍 待持 措借 措错 查杳 全金
今令 局届 现观 视规 申甲 由田 甲由 压庄 导异 检捡 经径 技枝 复夏 因困 固围 国固 兔免 仓仑 第弟 季李 材村 厂广
输偷 准谁 织识 员贝 已己 拔拨 候侯 辩辨 拦栏 淮准 晴睛 折析 卷券 厉历 很狠 慢漫 祟崇 微徽 字宇 太大 间问 阵陈
往住 扬杨 旋施 族旅 竖坚 没设 为办 埋理 科料 坏环 名各 亚业 休体 伐代 刘划 推维 特持 侍待 借措 错措 令今 届局
观现 规视 甲申 田由 庄压 异导 捡检 径经 枝技 夏复 困因 围固 免兔 弟第 李季 村材 广厂 末未 冶治 清请 责贵 入人
千干 于千 士土 曰日""".split()
SHAPE = collections.defaultdict(list)
for pair in SHAPE_PAIRS:
    a, b = pair[0], pair[1]
    if b not in SHAPE[a]:
        SHAPE[a].append(b)

# Characters that legitimately reduplicate (never used for doubled-char).
REDUP_OK = set("常天人层紧一个处条件年户村家日时事步节久实好大多稳牢深默渐纷刚仅往明轻滴点头面方样项级环道片丝声串"
               "谢看想区县乡星行重")
FUNCTION_CHARS = set("的和在是了为及并对将与等把被从向于以也而就都还所")

# dropped-char: very common words and slogans, each with the form that lacks one character.
DROPPED = [
    ("贯彻落实", "贯彻实"), ("营商环境", "营环境"), ("放管服", "放服"), ("人民群众", "人群众"), ("疫情防控", "疫防控"),
    ("安全生产", "安生产"), ("基础设施", "基设施"), ("经济社会", "经社会"), ("政府信息", "政信息"), ("信息公开", "信公开"),
    ("行政许可", "行许可"), ("固定资产投资", "固定资投资"), ("一般公共预算", "一般公预算"), ("城乡居民", "城居民"),
    ("人居环境", "人环境"), ("主动公开", "主公开"), ("依申请公开", "依请公开"), ("常态化", "常化"), ("网格化", "网化"),
    ("标准化", "标化"), ("规范化", "规化"), ("巩固拓展", "巩固展"), ("统筹推进", "统推进"),
    ("决策部署", "决部署"), ("工作部署", "工部署"), ("重要讲话", "重讲话"), ("指示批示", "指示示"), ("进一步", "进步"),
    ("高度重视", "高重视"), ("组织领导", "组领导"), ("监督检查", "监检查"), ("社会保障", "社保障"), ("公共服务", "公服务"),
    ("生态环境", "生环境"), ("招商引资", "招引资"), ("重点项目", "重项目"), ("政务公开", "政公开"), ("新媒体", "新体"),
    ("领导小组", "领小组"), ("人均可支配收入", "人均可配收入"), ("社会消费品零售总额", "社会消品零售总额"),
    ("地区生产总值", "地区生总值"), ("防灾减灾", "防减灾"), ("应急管理", "应管理"), ("复工复产", "复工产"),
    ("实事求是", "实求是"), ("攻坚克难", "攻克难"), ("真抓实干", "真抓干"), ("乡村建设", "乡建设"),
]

# word: real-word confusions, injected only inside these contexts, where the original is clearly right.
# (context regex with one group = the word, wrong form)
WORD_RULES = [
    (r"(?:安排|决策|工作|统一|总体|研究|全面|具体|周密|精心)(部署)", "部属"),
    (r"(部署)(?:要求|安排|推进)", "部属"),
    (r"(?:安全|监督|督导|实地|专项|明察暗访|执法|抽查|大)(检查)", "检察"),
    (r"(检查)(?:验收|考核|督导|组|整改|工作)", "检察"),
    (r"(必须)(?:坚持|高度|严格|把|始终|清醒|切实|全面|牢牢|深刻)", "必需"),
    (r"(?:群众|如实|及时)(反映)", "反应"),
    (r"(反映)(?:问题|情况|诉求|意见)", "反应"),
    (r"(?:行政)(权力)", "权利"),
    (r"(权力)(?:运行|清单|配置|监督|事项)", "权利"),
    (r"(截至)(?:目前|当前|年底|\d)", "截止"),
    (r"(?:当前|经济|安全生产|疫情|发展|严峻|复杂)(形势)", "形式"),
    (r"(形势)(?:严峻|研判|总体|分析|稳定|平稳)", "形式"),
    (r"(?:予以|进行|政务|公开|张榜)(公示)", "公式"),
    (r"(公示)(?:栏|期|公告|专区|制度)", "公式"),
    (r"(?:工作|长效|协调|运行|联动|保障|监测|管理|督办|会商|预警|帮扶|考核)(机制)", "机智"),
    (r"(?:宣传|专题|新闻|相关)(报道)", "报到"),
    (r"(启用)", "起用"),
    (r"(?:污染)(防治)", "防止"),
    (r"(登录)(?:网站|平台|系统)", "登陆"),
    (r"(?:综合|源头|系统|依法|基层|社会|环境|污染)(治理)", "自理"),
    (r"(发挥)(?:作用|优势)", "发辉"),
    (r"(覆盖)", "复盖"),
]

# Fixed political formulations (the formulation is matched in the sentence; one character is slipped).
FORMULATIONS = [
    "不忘初心、牢记使命", "以人民为中心的发展思想", "新发展理念", "全过程人民民主", "铸牢中华民族共同体意识",
    "新时代中国特色社会主义思想", "中国特色社会主义", "两个确立", "两个维护", "四个意识", "四个自信", "高质量发展",
    "乡村振兴", "共同富裕", "全面从严治党", "脱贫攻坚", "全面建成小康社会", "四个全面", "五位一体", "稳中求进",
    "党风廉政建设", "生态文明", "人民至上", "生命至上", "一带一路", "中国式现代化", "新发展格局", "供给侧结构性改革",
    "三大攻坚战", "国之大者", "两个大局", "扫黑除恶", "科学发展观", "三个代表", "马克思列宁主义", "两学一做",
    "新发展阶段", "社会主义现代化", "总体国家安全观", "主题教育",
]

# Country name, state organ names and leaders' titles for the `serious` kind: (string, positions that may slip)
SERIOUS_TERMS = ["中华人民共和国", "国务院", "人民政府", "人民代表大会", "党中央", "总书记", "中共中央"]

# Post-reform organ name -> pre-reform name(s), for documents dated 2019 or later.
AGENCY = [
    ("卫生健康委员会", ["卫生和计划生育委员会"]), ("卫生健康委", ["卫生计生委"]), ("卫生健康局", ["卫生计生局", "卫生和计划生育局"]),
    ("卫健委", ["卫计委"]), ("卫健局", ["卫计局"]),
    ("生态环境局", ["环境保护局", "环保局"]), ("生态环境厅", ["环境保护厅"]), ("生态环境部", ["环境保护部"]),
    ("市场监督管理局", ["工商行政管理局", "食品药品监督管理局", "质量技术监督局"]), ("市场监管局", ["工商局", "食药监局", "质监局"]),
    ("文化和旅游局", ["旅游局"]), ("文化和旅游厅", ["旅游局"]), ("文化和旅游部", ["国家旅游局"]),
    ("农业农村局", ["农业局"]), ("农业农村厅", ["农业厅"]), ("农业农村部", ["农业部"]),
    ("自然资源局", ["国土资源局"]), ("自然资源和规划局", ["国土资源局"]), ("自然资源厅", ["国土资源厅"]), ("自然资源部", ["国土资源部"]),
    ("应急管理局", ["安全生产监督管理局", "安监局"]), ("应急管理厅", ["安全生产监督管理局"]), ("应急局", ["安监局"]),
    ("应急管理部", ["国家安全生产监督管理总局"]),
]
AGENCY_SKIP_CONTEXT = re.compile(r"原|更名|组建|撤销|改革|挂牌")

# adverbs that take 地 before a verb
DI_ADVERBS = ["认真", "积极", "扎实", "较好", "更好", "有效", "全面", "切实", "深入", "不断", "及时", "有序", "稳步", "主动",
              "充分", "最大限度", "准确", "高效", "科学", "规范", "系统", "持续", "创造性", "历史性", "有力", "不懈怠", "进一步",
              "针对性", "精准", "严格", "快速", "广泛", "集中", "依法", "顺利", "圆满", "合理", "逐步", "大力", "真正",
              "迅速", "彻底", "牢牢", "有针对性", "实实在在", "高质量"]
DE_WORDS = ["取得", "获得", "得到", "值得", "赢得", "显得"]

TITLES = "同志|书记|县长|市长|省长|区长|镇长|乡长|旗长|州长|局长|主任|主席|总理|部长|委员|厅长|处长|科长|院长|校长|组长|代表"
PROTECT_PATTERNS = [
    re.compile(r"《[^《》]*》"),                                   # titles of documents
    re.compile(rf"[\u4e00-\u9fff]{{2,3}}(?={TITLES})"),           # a name before a title
    re.compile(rf"(?<={TITLES})[\u4e00-\u9fff]{{2,3}}"),          # a name after a title
    re.compile(r"[\u4e00-\u9fff]{2,3}?(?=省|市|县|州|旗|盟|镇|乡|村)"),  # place names (over-protects; safe)
    re.compile(r"[\u4e00-\u9fff]{2,10}(?=有限公司|公司|集团|银行|合作社|医院|学校|中学|小学|大学|学院|幼儿园)"),  # companies, institutions
    re.compile(r"习近平|李克强|毛泽东|邓小平|江泽民|胡锦涛"),
    re.compile(r"“[^“”]{1,12}”"),                                 # short quoted names and slogans
]


# ------------------------------------------------------------------ Unihan

def unihan_readings(path):
    if path.endswith(".deb"):
        with open(path, "rb") as f:
            data = f.read()
        pos = 8
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


def toneless(syllable):
    s = unicodedata.normalize("NFD", syllable)
    return "".join(ch for ch in s if unicodedata.category(ch) != "Mn").replace("ü", "v")


def near_initial(syllable):
    """zh/z, ch/c, sh/s and l/n merged: the initials a hurried or dialect-speaking typist confuses."""
    s = syllable
    for a, b in (("zh", "z"), ("ch", "c"), ("sh", "s")):
        if s.startswith(a):
            s = b + s[len(a):]
    if s.startswith("l"):
        s = "n" + s[1:]
    return s


def near_final(syllable):
    """-ing/-in, -eng/-en, -ang/-an merged."""
    s = syllable
    for a, b in (("ing", "in"), ("eng", "en"), ("ang", "an")):
        if s.endswith(a):
            s = s[: -len(a)] + b
    return s


def near(syllable):
    return near_final(near_initial(syllable))


def one_step(a, b):
    """Near-homophones differ in the initial OR in the final, not in both (倡 chang / 餐 can is too far)."""
    return near_initial(a) == near_initial(b) or near_final(a) == near_final(b)


def pinyin_tables(lines):
    reading = {}
    for line in lines:
        if line.startswith("#") or "\tkMandarin\t" not in line:
            continue
        code, _, value = line.split("\t", 2)
        ch = chr(int(code[2:], 16))
        if is_gb2312_level1(ch):
            reading[ch] = toneless(value.split()[0])
    same, close = collections.defaultdict(list), collections.defaultdict(list)
    for ch, syl in sorted(reading.items()):
        same[syl].append(ch)
        close[near(syl)].append(ch)
    return reading, same, close


# ------------------------------------------------------------------ corpus statistics

def read_words(path):
    """jieba dict.txt: word freq pos. Returns {word: (freq, pos)}."""
    words = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            parts = line.split()
            if len(parts) >= 2:
                words[parts[0]] = (int(parts[1]), parts[2] if len(parts) > 2 else "")
    return words


def is_word(lexicon, s, min_freq=6):
    return lexicon.get(s, (0, ""))[0] >= min_freq


class Corpus:
    def __init__(self, rows, dev_texts, lexicon):
        self.lexicon = lexicon
        texts = [r["text"] for r in rows] + dev_texts
        self.bigrams = collections.Counter()
        self.chars = collections.Counter()
        self.text = "\n".join(texts)
        for t in texts:
            for a, b in zip(t, t[1:]):
                if is_cjk(a) and is_cjk(b):
                    self.bigrams[a + b] += 1
            self.chars.update(ch for ch in t if is_cjk(ch))
        # recurring words: two-character words of the dictionary (frequency >= 50, not a name) seen in this
        # text in >= 3 sources and >= 4 times, without function characters
        by_source = collections.defaultdict(set)
        for r in rows:
            t = r["text"]
            for a, b in zip(t, t[1:]):
                if is_cjk(a) and is_cjk(b):
                    by_source[a + b].add(r["source"])
        self.words = {w for w, s in by_source.items()
                      if len(s) >= 3 and self.bigrams[w] >= 4 and not (set(w) & FUNCTION_CHARS)
                      and is_word(lexicon, w, 50) and lexicon[w][1] not in ("nr", "ns", "nt", "nz", "nrt", "nrfg")}

    def seen(self, s):
        return s in self.text


# ------------------------------------------------------------------ candidates

class Cand:
    __slots__ = ("kind", "start", "end", "wrong", "correct", "serious", "note")

    def __init__(self, kind, start, end, wrong, correct, serious=False, note=""):
        self.kind, self.start, self.end, self.wrong, self.correct = kind, start, end, wrong, correct
        self.serious, self.note = serious, note


def protected_mask(text):
    mask = [False] * len(text)
    for pat in PROTECT_PATTERNS:
        for m in pat.finditer(text):
            for i in range(m.start(), m.end()):
                mask[i] = True
    return mask


def special_spans(text):
    """Spans that belong to the serious kinds; the ordinary kinds keep out of them."""
    spans = []
    for term in FORMULATIONS + SERIOUS_TERMS + [a for a, _ in AGENCY]:
        for m in re.finditer(re.escape(term), text):
            spans.append((m.start(), m.end()))
    return spans


def inside(spans, i, j):
    return any(s < j and i < e for s, e in spans)


def substitute_candidates(ch, tables, corpus, kind):
    reading, same, close = tables
    if kind == "shape":
        return [c for c in SHAPE.get(ch, []) if corpus.chars[c] >= 2]
    syl = reading.get(ch)
    if not syl:
        return []
    out = [c for c in same[syl] if c != ch and corpus.chars[c] >= 3]
    nearby = [c for c in close[near(syl)] if c != ch and c not in out and corpus.chars[c] >= 3
              and one_step(syl, reading[c])]
    return out + nearby


def cands_substitution(text, mask, specials, tables, corpus, kind):
    out = []
    for i in range(len(text) - 1):
        w = text[i:i + 2]
        if w not in corpus.words or mask[i] or mask[i + 1] or inside(specials, i, i + 2):
            continue
        for k in (0, 1):
            for c in substitute_candidates(w[k], tables, corpus, kind):
                new = w[:k] + c + w[k + 1:]
                # the new pair must be unseen in real text, and so must the pair the new character forms with
                # its neighbour outside the word (otherwise the result may be another word)
                j = i - 1 if k == 0 else i + 2
                outer = ""
                if 0 <= j < len(text) and is_cjk(text[j]):
                    outer = text[j] + c if k == 0 else c + text[j]
                if corpus.bigrams[new] or is_word(corpus.lexicon, new) or (
                        outer and (corpus.bigrams[outer] or is_word(corpus.lexicon, outer))):
                    continue
                out.append(Cand(kind, i, i + 2, new, w))
    return out


def cands_doubled(text, mask, specials, corpus):
    out = []
    for i, ch in enumerate(text):
        if not is_cjk(ch) or mask[i] or inside(specials, i, i + 1) or ch in REDUP_OK:
            continue
        if (i > 0 and text[i - 1] == ch) or (i + 1 < len(text) and text[i + 1] == ch):
            continue
        in_word = (i > 0 and text[i - 1:i + 1] in corpus.words) or (text[i:i + 2] in corpus.words)
        if ch not in FUNCTION_CHARS and not in_word:
            continue
        if corpus.bigrams[ch + ch] or (ch + ch) in corpus.lexicon:
            continue
        out.append(Cand("doubled-char", i, i + 2, ch + ch, ch))  # span positions refer to the errored text
    return out


def cands_punct(text):
    out = []
    for i, ch in enumerate(text):
        if ch in "，、；" or (ch == "。" and i == len(text) - 1):
            if (i > 0 and text[i - 1] == ch) or (i + 1 < len(text) and text[i + 1] == ch):
                continue
            out.append(Cand("punct", i, i + 2, ch + ch, ch))
    return out


def cands_dropped(text, mask, specials, corpus):
    out = []
    for full, short in DROPPED:
        for m in re.finditer(re.escape(full), text):
            if any(mask[m.start():m.end()]) or inside(specials, m.start(), m.end()):
                continue
            if corpus.seen(short) or is_word(corpus.lexicon, short):
                continue
            out.append(Cand("dropped-char", m.start(), m.start() + len(short), short, full))
    return out


def cands_word(text, mask):
    out = []
    for pattern, wrong in WORD_RULES:
        if wrong is None:
            continue
        for m in re.finditer(pattern, text):
            s, e = m.span(1)
            if any(mask[s:e]) or wrong in text:
                continue
            out.append(Cand("word", s, e, wrong, m.group(1)))
    return out


def slips(term, tables, corpus, rng, frozen=()):
    """All one-character slips of a term; positions in `frozen` (a leader's name) are never touched."""
    variants = []
    reading, same, close = tables
    for k, ch in enumerate(term):
        if k in frozen or not is_cjk(ch):
            continue
        for c in substitute_candidates(ch, tables, corpus, "homophone")[:6] + SHAPE.get(ch, []):
            variants.append((term[:k] + c + term[k + 1:], "substitution"))
        if len(term) >= 4 and 0 < k < len(term) - 1:
            variants.append((term[:k] + term[k + 1:], "deletion"))
        variants.append((term[:k + 1] + ch + term[k + 1:], "doubling"))
        if k + 1 < len(term) and k + 1 not in frozen and is_cjk(term[k + 1]) and term[k + 1] != ch:
            variants.append((term[:k] + term[k + 1] + ch + term[k + 2:], "transposition"))
    seen, out = set(), []
    for v, how in variants:
        if v != term and v not in seen and v not in FORMULATIONS and v not in SERIOUS_TERMS:
            seen.add(v)
            out.append((v, how))
    return out


def window(term, variant, pad=2):
    """The differing part of term/variant, widened by `pad` characters on each side (within the term)."""
    p = 0
    while p < min(len(term), len(variant)) and term[p] == variant[p]:
        p += 1
    q = 0
    while q < min(len(term), len(variant)) - p and term[-1 - q] == variant[-1 - q]:
        q += 1
    a = max(0, p - pad)
    bt, bv = len(term) - q, len(variant) - q
    extra = min(pad, q)
    return a, bt + extra, bv + extra


def cands_terms(text, terms, kind, tables, corpus, rng):
    out = []
    for term in terms:
        for m in re.finditer(re.escape(term), text):
            for variant, how in slips(term, tables, corpus, rng):
                if corpus.seen(variant):
                    continue
                a, bt, bv = window(term, variant)
                out.append(Cand(kind, m.start() + a, m.start() + a + (bv - a), variant[a:bv], term[a:bt],
                                serious=True, note=how))
    return out


def cands_serious(text, tables, corpus, rng):
    out = cands_terms(text, SERIOUS_TERMS, SERIOUS, tables, corpus, rng)
    # 习近平总书记: the title may slip, the name never does (the term is the title alone, so the name is untouched)
    return out


def cands_dedi(text, mask):
    out = []
    for adv in DI_ADVERBS:
        for m in re.finditer(re.escape(adv) + "地(?=[\u4e00-\u9fff])", text):
            i = m.end() - 1
            if any(mask[m.start():m.end()]):
                continue
            out.append(Cand("dedi", m.start(), m.end(), adv + "的", adv + "地"))
    for w in DE_WORDS:
        for m in re.finditer(re.escape(w), text):
            if any(mask[m.start():m.end()]):
                continue
            out.append(Cand("dedi", m.start(), m.end(), w.replace("得", "的"), w))
    return out


def cands_agency(text, year):
    out = []
    if year < 2019:
        return out
    taken = [m.span() for m in re.finditer(r"《[^《》]*》", text)]   # never inside a document title
    for new, olds in AGENCY:
        for m in re.finditer(re.escape(new) + "(?!门)", text):
            if inside(taken, m.start(), m.end()):
                continue
            before = text[max(0, m.start() - 6):m.start()]
            if AGENCY_SKIP_CONTEXT.search(before) or "《" in before and "》" not in before:
                continue
            taken.append(m.span())
            for old in olds:
                out.append(Cand("agency", m.start(), m.start() + len(old), old, new, serious=True))
    return out


def all_candidates(row, tables, corpus, rng):
    text = row["text"]
    mask = protected_mask(text)
    specials = special_spans(text)
    free_formulation = [f for f in FORMULATIONS]
    cands = collections.defaultdict(list)
    for c in cands_punct(text):
        cands["punct"].append(c)
    for c in cands_doubled(text, mask, specials, corpus):
        cands["doubled-char"].append(c)
    for c in cands_substitution(text, mask, specials, tables, corpus, "homophone"):
        cands["homophone"].append(c)
    for c in cands_substitution(text, mask, specials, tables, corpus, "shape"):
        cands["shape"].append(c)
    for c in cands_dropped(text, mask, specials, corpus):
        cands["dropped-char"].append(c)
    for c in cands_word(text, mask):
        cands["word"].append(c)
    # formulations: a slip may not touch a leader's name (习近平 is outside every listed formulation)
    for c in cands_terms(text, free_formulation, "formulation", tables, corpus, rng):
        cands["formulation"].append(c)
    for c in cands_dedi(text, mask):
        cands["dedi"].append(c)
    for c in cands_agency(text, row["doc_year"]):
        cands["agency"].append(c)
    for c in cands_serious(text, tables, corpus, rng):
        cands[SERIOUS].append(c)
    return cands


# ------------------------------------------------------------------ applying errors

def apply(text, chosen):
    """chosen: candidates on the clean text (start/end refer to the clean word that is replaced).
    Returns the errored text and the error records with offsets in the errored text."""
    # every candidate replaces clean[s:e'] by `wrong`, where e' = s + len(correct)
    chosen = sorted(chosen, key=lambda c: c.start)
    out, errors, pos, shift = [], [], 0, 0
    for c in chosen:
        clean_end = c.start + len(c.correct)
        if text[c.start:clean_end] != c.correct:
            raise AssertionError((text, c.kind, c.correct))
        out.append(text[pos:c.start])
        start = c.start + shift
        out.append(c.wrong)
        err = {"start": start, "end": start + len(c.wrong), "wrong": c.wrong, "correct": c.correct, "type": c.kind}
        if c.serious:
            err["severity"] = "serious"
        errors.append(err)
        shift += len(c.wrong) - len(c.correct)
        pos = clean_end
    out.append(text[pos:])
    return "".join(out), errors


def normalise_cand(c, text):
    """Candidates for punct/doubled are built as (start, start+2, XX, X): make them replace the clean X."""
    if c.kind in ("punct", "doubled-char"):
        c.correct = text[c.start]
        c.end = c.start + 1
    return c


def overlaps(a, b):
    return a.start < b.start + len(b.correct) and b.start < a.start + len(a.correct)


# ------------------------------------------------------------------ main

def split_sources(rows):
    sizes = collections.Counter(r["source"] for r in rows)
    order = sorted(sizes, key=lambda s: hashlib.sha256(f"{SEED}:{s}".encode()).hexdigest())
    total, tuning, taken = len(rows), set(), 0
    for s in order:
        if taken >= TUNING_SHARE * total:
            break
        tuning.add(s)
        taken += sizes[s]
    return tuning


def build_set(rows, name, prefix, tables, corpus):
    rng = random.Random(f"{SEED}:{name}")
    rows = list(rows)
    rng.shuffle(rows)
    n = len(rows)
    originals = [r for r in rows if r["errors"]]
    pool = [r for r in rows if not r["errors"]]
    n_errored = round((1 - CLEAN_SHARE) * n) - len(originals)
    cand = {}
    for r in pool:
        crng = random.Random(f"{SEED}:{r['id']}")
        cand[r["id"]] = all_candidates(r, tables, corpus, crng)
    # quota per kind
    n_errors_target = round(n_errored * (1 + TWO_ERROR_SHARE))
    quota = {k: round(w * n_errors_target) for k, w in KIND_WEIGHTS.items()}
    chosen = collections.defaultdict(list)          # row id -> candidates
    used = collections.Counter()                    # (correct, wrong) -> times used in this set

    def pick(options):
        """A random candidate whose (correct, wrong) pair is still under its reuse cap in this set, or None."""
        fresh = [c for c in options if used[(c.correct, c.wrong)] < PAIR_CAP.get(c.kind, 3)]
        if not fresh:
            return None
        c = rng.choice(fresh)
        used[(c.correct, c.wrong)] += 1
        return c
    errored_ids = []
    available = list(pool)
    rng.shuffle(available)
    # 1) scarce kinds first, each on sentences that support them and are not yet errored
    for kind in KIND_WEIGHTS:
        need = quota[kind]
        support = [r for r in available if cand[r["id"]][kind] and r["id"] not in chosen]
        rng.shuffle(support)
        for r in support:
            if need <= 0 or len(errored_ids) >= n_errored:
                break
            c = pick(cand[r["id"]][kind])
            if c is None:
                continue
            chosen[r["id"]].append(normalise_cand(c, r["text"]))
            errored_ids.append(r["id"])
            need -= 1
        quota[kind] = need
    # 2) fill the remaining errored sentences with the common kinds, by remaining quota
    rest = [r for r in available if r["id"] not in chosen]
    for r in rest:
        if len(errored_ids) >= n_errored:
            break
        kinds = [k for k in KIND_WEIGHTS if cand[r["id"]][k]]
        if not kinds:
            continue
        weights = [max(quota[k], 0) + 1 for k in kinds]
        k = rng.choices(kinds, weights)[0]
        c = pick(cand[r["id"]][k]) or pick([c for kk in kinds for c in cand[r["id"]][kk]])
        if c is None:
            continue
        k = c.kind
        chosen[r["id"]].append(normalise_cand(c, r["text"]))
        quota[k] -= 1
        errored_ids.append(r["id"])
    # 3) a second error for some errored sentences
    n_second = round(TWO_ERROR_SHARE * len(errored_ids))
    second_pool = list(errored_ids)
    rng.shuffle(second_pool)
    by_id = {r["id"]: r for r in pool}
    for rid in second_pool:
        if n_second <= 0:
            break
        r = by_id[rid]
        first = chosen[rid][0]
        kinds = [k for k in ("homophone", "shape", "doubled-char", "punct", "dedi", "word", "dropped-char") if cand[rid][k]]
        rng.shuffle(kinds)
        for k in kinds:
            options = [normalise_cand(c, r["text"]) for c in cand[rid][k]]
            options = [c for c in options if not overlaps(c, first) and abs(c.start - first.start) > 3]
            c = pick(options)
            if c is not None:
                chosen[rid].append(c)
                n_second -= 1
                break
    out = []
    for r in rows:
        row = {"text": r["text"], "errors": r["errors"], "source": r["source"], "doc_year": r["doc_year"]}
        if r["id"] in chosen:
            text, errors = apply(r["text"], chosen[r["id"]])
            row["text"], row["errors"] = text, errors
            # check: applying the corrections gives back the clean sentence
            back = text
            for e in sorted(errors, key=lambda e: -e["start"]):
                assert back[e["start"]:e["end"]] == e["wrong"]
                back = back[:e["start"]] + e["correct"] + back[e["end"]:]
            assert back == r["text"], (back, r["text"])
        out.append(row)
    # stable order: by source, then clean-set order, so neighbouring lines come from one page
    order = {r["id"]: i for i, r in enumerate(sorted(rows, key=lambda r: (r["source"], r["id"])))}
    paired = sorted(zip(rows, out), key=lambda p: order[p[0]["id"]])
    final = []
    for i, (_, row) in enumerate(paired, 1):
        final.append({"id": f"{prefix}-{i:04d}", **row})
    return final


def dump(rows):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


def stats(rows):
    c = collections.Counter()
    types = collections.Counter()
    for r in rows:
        c["sentences"] += 1
        c["chars"] += len(r["text"])
        if r["errors"]:
            c["errored"] += 1
        else:
            c["clean"] += 1
            c["clean_chars"] += len(r["text"])
        for e in r["errors"]:
            types[e["type"]] += 1
            c["errors"] += 1
            if e.get("severity") == "serious":
                c["serious"] += 1
        if len(r["errors"]) == 2:
            c["two_errors"] += 1
    return c, types


def jieba_dict():
    """jieba's dict.txt: the installed Python package's, else the jieba.NET package the solution restores (the same
    dictionary the detector embeds), else None (then --words is required)."""
    import glob
    import importlib.util
    spec = importlib.util.find_spec("jieba")
    if spec and spec.origin:
        return os.path.join(os.path.dirname(spec.origin), "dict.txt")
    packages = os.environ.get("NUGET_PACKAGES") or os.path.join(os.path.expanduser("~"), ".nuget", "packages")
    found = sorted(glob.glob(os.path.join(packages, "jieba.net", "*", "Resources", "dict.txt")))
    return found[-1] if found else None


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--unihan", required=True, help="unicode-data_*.deb, Unihan_Readings.txt or .txt.bz2")
    ap.add_argument("--words", default=jieba_dict(),
                    help="jieba dict.txt (default: the one of the installed jieba package, Debian python3-jieba)")
    ap.add_argument("--only", choices=["tuning", "held-out"], help="write one set only (held-out is frozen: don't)")
    ap.add_argument("--check", action="store_true", help="write nothing; compare with the committed files")
    ap.add_argument("--review", metavar="FILE", help="also write a human-readable list of the injected errors")
    args = ap.parse_args()

    if not args.words:
        ap.error("jieba's dict.txt not found: install python3-jieba or restore the solution, or pass --words")
    tables = pinyin_tables(unihan_readings(args.unihan))
    with open(os.path.join(DATA, "clean.jsonl"), encoding="utf-8") as f:
        rows = [json.loads(line) for line in f if line.strip()]
    dev_texts = []
    if os.path.exists(DEV):
        with open(DEV, encoding="utf-8") as f:
            dev_texts = [json.loads(line)["text"] for line in f if line.strip()]
    corpus = Corpus(rows, dev_texts, read_words(args.words))
    tuning_sources = split_sources(rows)
    sets = {
        "tuning": build_set([r for r in rows if r["source"] in tuning_sources], "tuning", "tune", tables, corpus),
        "held-out": build_set([r for r in rows if r["source"] not in tuning_sources], "held-out", "held", tables, corpus),
    }
    status = 0
    for name, out in sets.items():
        path = os.path.join(DATA, f"{name}.jsonl")
        text = dump(out)
        digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
        c, types = stats(out)
        print(f"{name}: {c['sentences']} sentences, {c['chars']} chars, {c['clean']} clean ({c['clean_chars']} chars), "
              f"{c['errored']} errored, {c['errors']} errors ({c['two_errors']} sentences with two), "
              f"{c['serious']} serious; sources {len({r['source'] for r in out})}; sha256 {digest[:16]}")
        print("   " + ", ".join(f"{k} {v}" for k, v in sorted(types.items(), key=lambda kv: -kv[1])))
        if args.check:
            if not os.path.exists(path):
                print(f"   {path}: missing")
                status = 1
            else:
                with open(path, encoding="utf-8") as f:
                    same = f.read() == text
                print(f"   {'same as' if same else 'DIFFERS FROM'} the committed {name}.jsonl")
                status |= 0 if same else 1
            continue
        if args.only and args.only != name:
            continue
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
    if args.review:
        with open(args.review, "w", encoding="utf-8") as f:
            for name, out in sets.items():
                for r in out:
                    for e in r["errors"]:
                        t = r["text"]
                        ctx = t[max(0, e["start"] - 8):e["start"]] + "[" + e["wrong"] + "]" + t[e["end"]:e["end"] + 8]
                        f.write(f"{r['id']}\t{e['type']}\t{e['wrong']}->{e['correct']}\t{ctx}\n")
    return status


if __name__ == "__main__":
    sys.exit(main())
