"""ids: stable ids for sections and rows (Bitext → Bitext), kept in a registry.

`pair` names a section after its English heading and numbers its rows
(`{section}-{n}`). Those names would shift whenever the text is edited or
re-aligned, and every shared link would break. This stage gives each section
and row the id it had before, found by content in the registry that lives
beside the report (`report.ids.json`):

- rows: the same text (normalised hash), else the closest text (similarity of
  the beginning and the end of each language) in the same section, then
  anywhere in the report;
- sections: the same headings, else close headings, else the section most of
  whose rows they hold.

New sections and rows get fresh ids that were never used before; the ids
that disappear stay in the registry as `gone`, with where their text went
(`to`: the row or section that now holds most of it) or, if it was deleted,
the `near`est text that is still there. The site turns that into a notice,
so an old link always says where the text went.

Pure functions only: the command line reads and writes the file.
"""
from __future__ import annotations

import hashlib
import heapq
import json
import unicodedata
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path

from .model import Bitext, Row, Section
from . import rematch
from .cache import rx

FORMAT = 1
SIG = 80  # characters kept from the beginning and the end of each language's text
ROW_MATCH = 0.55  # similarity needed to keep a row's id for an edited text
HEADING_MATCH = 0.6  # similarity needed to keep a section's id for an edited heading
CONTAINED = 0.5  # share of a removed row's text found in another row to say it went there
CANDIDATES = 6  # rows compared in full with each new row: those sharing the most rare 3-grams
SAME_SECTION = 0.05  # preference for a row of the same section when two are about as close


def registry_path(source: str | Path) -> Path:
    """The registry of a report file: `report.txt` → `report.ids.json`."""
    p = Path(source)
    return p.with_name(p.stem + ".ids.json")


# --------------------------------------------------------------------------- registry


@dataclass
class Registry:
    """Every id ever given in one report. Entries are plain JSON-ready dicts:

    sections: {id: {"n": order, "hash": str, "zh": heading, "en": heading, "gone"?: {...}}}
    rows:     {id: {"n": order, "section": id, "hash": str, "zh": [head, tail], "en": [head, tail], "gone"?: {...}}}
    gone:     {"to": id or None, "near": id or None} — where the text went, or what is nearest.
    """

    sections: dict[str, dict] = field(default_factory=dict)
    rows: dict[str, dict] = field(default_factory=dict)

    def all_ids(self) -> set[str]:
        return set(self.sections) | set(self.rows)


class RegistryError(Exception):
    pass


def loads(text: str, name: str = "ids") -> Registry:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as e:
        raise RegistryError(f"{name}: not valid JSON: {e}") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise RegistryError(f"{name}: not an id registry of format {FORMAT}")
    secs, rows = data.get("sections", {}), data.get("rows", {})
    if not isinstance(secs, dict) or not isinstance(rows, dict):
        raise RegistryError(f"{name}: 'sections' and 'rows' must be mappings")
    # The ids become file names, addresses and HTML ids: only what bitext itself gives.
    for kind, entries in (("section", secs), ("row", rows)):
        for k, v in entries.items():
            if not ID_RE.fullmatch(k) or not isinstance(v, dict):
                raise RegistryError(f"{name}: {kind} id {k[:40]!r} is not an id bitext gives "
                                    "(lower-case letters, digits and hyphens) or has no entry")
            refs = [v.get("section")] + ([v["gone"].get("to"), v["gone"].get("near")] if isinstance(v.get("gone"), dict) else [])
            bad = next((r for r in refs if r is not None and not (isinstance(r, str) and ID_RE.fullmatch(r))), None)
            if bad is not None:
                raise RegistryError(f"{name}: {kind} {k!r} refers to {str(bad)[:40]!r}, which is not an id")
    return Registry(dict(secs), dict(rows))


# What an id may be: what slugify and the row numbering make ("scope", "scope-2", "section-3-1").
ID_RE = rx(r"[a-z0-9]+(?:-[a-z0-9]+)*")


def load(path: Path) -> Registry:
    """The registry at path, or an empty one when there is none yet."""
    if not path.exists():
        return Registry()
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        raise RegistryError(f"{path}: cannot read the id registry: {getattr(e, 'strerror', None) or e}") from None
    return loads(text, str(path))


def dumps(reg: Registry) -> str:
    """Deterministic text: sorted keys, one entry per line block, trailing newline."""
    data = {
        "format": FORMAT,
        "about": "Ids of this report's sections and rows, so links keep working when the text changes. "
                 "The build updates it; commit it with the report.",
        "sections": reg.sections,
        "rows": reg.rows,
    }
    return json.dumps(data, ensure_ascii=False, sort_keys=True, indent=1) + "\n"


# --------------------------------------------------------------------------- text


@lru_cache(maxsize=65536)
def norm(text: str) -> str:
    t = unicodedata.normalize("NFKC", text).lower()
    return rematch.sub(r"\s+", "", t)


def digest(*parts: str) -> str:
    return hashlib.sha1("\x1f".join(norm(p) for p in parts).encode("utf-8")).hexdigest()[:16]


def signature(texts: tuple[str, ...]) -> list[str]:
    t = " ".join(" ".join(texts).split())
    if len(t) <= 2 * SIG:
        return [t, ""]
    return [t[:SIG], t[-SIG:]]


def row_hash(r: Row) -> str:
    return digest("\n".join(r.zh), "\n".join(r.en))


def _ratio(a: str, b: str) -> float:
    """0..1: Dice coefficient of the two texts' character 3-grams (after normalising)."""
    if not a and not b:
        return 1.0
    if not a or not b:
        return 0.0
    ga, gb = _grams_of(norm(a)), _grams_of(norm(b))
    return 2 * len(ga & gb) / (len(ga) + len(gb))


@lru_cache(maxsize=65536)
def _grams_of(t: str) -> frozenset[str]:
    return frozenset(t[i:i + 3] for i in range(max(1, len(t) - 2)))


def _sig_sim(a: list[str], b: list[str]) -> float | None:
    if not (a[0] or a[1]) or not (b[0] or b[1]):
        return None
    if not a[1] and not b[1]:
        return _ratio(a[0], b[0])
    # Compare beginnings and ends; a short text against a long one compares what it has.
    return (_ratio(a[0], b[0]) + _ratio(a[1] or a[0][-SIG:], b[1] or b[0][-SIG:])) / 2


def row_similarity(old: dict, zh: list[str], en: list[str]) -> float:
    """0..1: how likely a registry row and a new row are the same text (after edits)."""
    sims = [s for s in (_sig_sim(old["zh"], zh), _sig_sim(old["en"], en)) if s is not None]
    if not sims:
        return 0.0
    # One language unchanged is strong evidence; both changed a little is too.
    return max(sum(sims) / len(sims), max(sims) - 0.3)


def _grams(text: str) -> set[str]:
    t = norm(text)
    return set(_grams_of(t)) if t else set()


class GramIndex:
    """Which items share the most rare 3-grams with a text: a cheap way to pick the
    few candidates worth a full comparison, so matching stays near-linear."""

    def __init__(self, items: dict[str, set[str]]):
        self.items = items
        postings: dict[str, list[str]] = {}
        for k, grams in items.items():
            for g in grams:
                postings.setdefault(g, []).append(k)
        cap = max(20, len(items) // 20)  # grams in more items than this say little
        self.postings = {g: ks for g, ks in postings.items() if len(ks) <= cap}

    def top(self, grams: set[str], n: int) -> list[str]:
        counts: dict[str, int] = {}
        for g in grams:
            for k in self.postings.get(g, ()):
                counts[k] = counts.get(k, 0) + 1
        return [k for k, _ in heapq.nlargest(n, counts.items(), key=lambda kv: (kv[1], kv[0]))]


# --------------------------------------------------------------------------- the stage


@dataclass(frozen=True)
class Result:
    bitext: Bitext
    registry: Registry


def stabilize(b: Bitext, reg: Registry | None) -> Result:
    """Bitext with ids from the registry (fresh ones for new text) and the updated registry.

    With an empty registry the ids `pair` gave are kept and recorded.
    """
    reg = reg or Registry()
    old_secs, old_rows = reg.sections, reg.rows
    live_secs = {k for k, v in old_secs.items() if "gone" not in v}
    live_rows = {k for k, v in old_rows.items() if "gone" not in v}
    new_rows = [(si, ri, r) for si, s in enumerate(b.sections) for ri, r in enumerate(s.rows)]
    sigs = {(si, ri): (signature(r.zh), signature(r.en)) for si, ri, r in new_rows}

    # 1. Rows with the same text keep their id (a live entry first, else a gone one comes back).
    row_id: dict[tuple[int, int], str] = {}
    by_hash: dict[str, list[str]] = {}
    for k in sorted(old_rows, key=lambda k: ("gone" in old_rows[k], old_rows[k].get("n", 0), k)):
        by_hash.setdefault(old_rows[k]["hash"], []).append(k)
    for si, ri, r in new_rows:
        ks = by_hash.get(row_hash(r))
        if ks:
            row_id[(si, ri)] = ks.pop(0)

    # 2. Sections: same headings, close headings, then the one most of their rows came from.
    sec_id: dict[int, str] = {}
    taken: set[str] = set()

    def claim(si: int, k: str) -> None:
        sec_id[si] = k
        taken.add(k)

    for si, s in enumerate(b.sections):
        h = digest(s.heading_zh or "", s.heading_en or "")
        same = [k for k in sorted(live_secs - taken) if _headed(old_secs[k]) and old_secs[k]["hash"] == h]
        if s.headed and same:
            claim(si, same[0])
    cands = []
    for si, s in enumerate(b.sections):
        if si in sec_id or not s.headed:
            continue
        for k in sorted(live_secs - taken):
            o = old_secs[k]
            sims = [_ratio(a, c) for a, c in ((o.get("zh"), s.heading_zh), (o.get("en"), s.heading_en)) if a and c]
            if sims:
                sim = max(sum(sims) / len(sims), max(sims) - 0.3)
                if sim >= HEADING_MATCH:
                    cands.append((-sim, si, k))
    for _, si, k in sorted(cands):
        if si not in sec_id and k not in taken:
            claim(si, k)
    for si, s in enumerate(b.sections):
        if si in sec_id:
            continue
        votes: dict[str, int] = {}
        for ri in range(len(s.rows)):
            k = row_id.get((si, ri))
            home = old_rows[k]["section"] if k in live_rows else None
            if home in live_secs - taken and _headed(old_secs[home]) == s.headed:
                votes[home] = votes.get(home, 0) + 1
        best = min(votes, key=lambda x: (-votes[x], x)) if votes else None
        if best and votes[best] * 2 >= len(s.rows):
            claim(si, best)
        elif not s.headed and s.id in live_secs - taken and not _headed(old_secs[s.id]):
            claim(si, s.id)

    # 3. Edited rows: the closest unclaimed row, preferring one of the same section.
    #    Only the few rows sharing the most rare 3-grams are compared in full.
    claimed = set(row_id.values())
    free = {k: _grams(" ".join(old_rows[k]["zh"] + old_rows[k]["en"])) for k in sorted(live_rows) if k not in claimed}
    todo = [(si, ri) for si, ri, _ in new_rows if (si, ri) not in row_id]
    if free and todo:
        index = GramIndex(free)
        scored = []
        for si, ri in todo:
            z, e = sigs[(si, ri)]
            for k in index.top(_grams(" ".join(z + e)), CANDIDATES):
                sim = row_similarity(old_rows[k], z, e)
                if sim >= ROW_MATCH:
                    bonus = SAME_SECTION if old_rows[k]["section"] == sec_id.get(si) else 0.0
                    scored.append((-(sim + bonus), old_rows[k].get("n", 0), si, ri, k))
        for _, _, si, ri, k in sorted(scored):
            if (si, ri) not in row_id and k not in claimed:
                row_id[(si, ri)] = k
                claimed.add(k)

    # 4. Fresh ids for the rest; never one that was used before.
    used = reg.all_ids() | set(sec_id.values()) | set(row_id.values())
    for si, s in enumerate(b.sections):
        if si not in sec_id:
            sec_id[si] = _fresh_section(s.id, used)
            used.add(sec_id[si])
    counters: dict[str, int] = {}
    for k in used:
        m = rematch.match(r"^(.*)-(\d+)$", k)
        if m:
            counters[m.group(1)] = max(counters.get(m.group(1), 0), int(m.group(2)))
    for si, ri, r in new_rows:
        if (si, ri) not in row_id:
            base = sec_id[si]
            n = counters.get(base, 0) + 1
            while f"{base}-{n}" in used:
                n += 1
            counters[base] = n
            row_id[(si, ri)] = f"{base}-{n}"
            used.add(row_id[(si, ri)])

    # The new Bitext.
    sections = []
    for si, s in enumerate(b.sections):
        rows = tuple(replace(r, id=row_id[(si, ri)]) for ri, r in enumerate(s.rows))
        sections.append(replace(s, id=sec_id[si], slug=sec_id[si], rows=rows))
    renamed = {r.id: row_id[(si, ri)] for si, s in enumerate(b.sections) for ri, r in enumerate(s.rows)}
    diags = tuple(replace(d, message=_ROW_IN_MESSAGE.sub(lambda m: m.group(1) + renamed.get(m.group(2), m.group(2)), d.message))
                  for d in b.diagnostics)
    out = replace(b, sections=tuple(sections), diagnostics=diags)
    return Result(out, _updated(reg, b, out, sigs))


def _headed(entry: dict) -> bool:
    return bool(entry.get("zh") or entry.get("en"))


_ROW_IN_MESSAGE = rx(r"(\brow )([a-z0-9-]+)")


def _fresh_section(base: str, used: set[str]) -> str:
    sid, n = base, 2
    while sid in used:
        sid, n = f"{base}-{n}", n + 1
    return sid


def _updated(reg: Registry, before: Bitext, b: Bitext, sigs: dict) -> Registry:
    secs: dict[str, dict] = {}
    rows: dict[str, dict] = {}
    order: list[str] = []
    for si, s in enumerate(b.sections):
        secs[s.id] = {"n": si, "hash": digest(s.heading_zh or "", s.heading_en or ""),
                      "zh": s.heading_zh, "en": s.heading_en}
        for ri, r in enumerate(s.rows):
            z, e = sigs[(si, ri)]
            rows[r.id] = {"n": len(order), "section": s.id, "hash": row_hash(r), "zh": z, "en": e}
            order.append(r.id)
    # Rows that disappeared: where did their text go, or what is nearest?
    old_order = sorted(reg.rows, key=lambda k: (reg.rows[k].get("n", 0), k))
    vanished = [k for k in old_order if k not in rows and "gone" not in reg.rows[k]]
    new_grams = {r.id: _grams(" ".join(r.zh + r.en)) for s in b.sections for r in s.rows} if vanished else {}
    index = GramIndex(new_grams) if vanished else None
    for k in old_order:
        o = reg.rows[k]
        if k in rows:
            continue
        if "gone" in o:
            rows[k] = o
            continue
        g = _grams(" ".join(o["zh"] + o["en"]))
        to = None
        if g and index is not None:
            best = max(index.top(g, CANDIDATES), key=lambda x: (len(g & new_grams[x]), x), default=None)
            if best and len(g & new_grams[best]) / len(g) >= CONTAINED:
                to = best
        rows[k] = dict(o, gone={"to": to, "near": None if to else _near(k, old_order, rows, reg.rows)})
    # Sections that disappeared: the section holding most of their rows, or the nearest one.
    for k, o in sorted(reg.sections.items()):
        if k in secs:
            continue
        if "gone" in o:
            secs[k] = o
            continue
        votes: dict[str, int] = {}
        for rk, ro in reg.rows.items():
            if ro.get("section") == k and "gone" not in ro and rk in rows:
                target = rows[rk]["section"] if "gone" not in rows[rk] else None
                if target is None and rows[rk]["gone"]["to"]:
                    target = rows[rows[rk]["gone"]["to"]]["section"]
                if target:
                    votes[target] = votes.get(target, 0) + 1
        if votes:
            secs[k] = dict(o, gone={"to": min(votes, key=lambda x: (-votes[x], x)), "near": None})
        else:
            prev = [x for x, v in reg.sections.items() if "gone" not in v and x in secs and "gone" not in secs[x]
                    and v.get("n", 0) < o.get("n", 0)]
            near = max(prev, key=lambda x: reg.sections[x].get("n", 0)) if prev else (b.sections[0].id if b.sections else None)
            secs[k] = dict(o, gone={"to": None, "near": near})
    return Registry(secs, rows)


def _near(k: str, old_order: list[str], rows: dict, old: dict) -> str | None:
    """The closest row before k (else after it) in the old order that is still there."""
    i = old_order.index(k)
    for j in list(range(i - 1, -1, -1)) + list(range(i + 1, len(old_order))):
        x = old_order[j]
        if x in rows and "gone" not in rows[x] and "gone" not in old[x]:
            return x
    return None


# --------------------------------------------------------------------------- the site's map


def resolve(reg: Registry, k: str) -> tuple[str, str] | None:
    """Follow a gone id to a live one: (live id, "moved" or "removed")."""
    how = "moved"
    seen = set()
    while k not in seen:
        seen.add(k)
        e = reg.rows.get(k) or reg.sections.get(k)
        if e is None:
            return None
        if "gone" not in e:
            return k, how
        nxt = e["gone"].get("to")
        if not nxt:
            how, nxt = "removed", e["gone"].get("near")
        if not nxt:
            return None
        k = nxt
    return None


def links(b: Bitext, reg: Registry, labels: dict[str, tuple[str, str]]) -> dict:
    """What the site's pages need to answer an old link: for every id, the page
    it is on now, and for ids that are gone, where their text went.

    labels: section id → (Chinese, English) title, for the notice.
    """
    page = {}
    for s in b.sections:
        page[s.id] = s.id
        for r in s.rows:
            page[r.id] = s.id
    gone = {}
    for k in sorted(set(reg.rows) | set(reg.sections)):
        if k in page:
            continue
        res = resolve(reg, k)
        if res is None:
            continue
        target, how = res
        if target in page:
            gone[k] = {"how": how, "to": target, "page": page[target]}
    return {"pages": page, "gone": gone, "titles": {k: list(v) for k, v in sorted(labels.items())}}
