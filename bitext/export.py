"""export: Bitext → JSON, TSV, TMX (downloads for translators and researchers)."""
from __future__ import annotations

import html
import json

from .model import Bitext, join_units
from .cache import rx


def to_dict(b: Bitext) -> dict:
    return {
        "meta": {"date": b.meta.date, "author": b.meta.author, "title": {"zh": b.meta.title_zh, "en": b.meta.title_en}},
        "removed": [r.text for r in b.removed],
        "sections": [
            {
                "id": s.id,
                "heading": {"zh": s.heading_zh, "en": s.heading_en},
                "rows": [{"id": r.id, "zh": list(r.zh), "en": list(r.en), "score": r.score} for r in s.rows],
            }
            for s in b.sections
        ],
        "diagnostics": [
            {"level": d.level, "line": d.line, "message": d.message} for d in b.diagnostics if d.level in ("warning", "error")
        ],
    }


def to_json(b: Bitext) -> str:
    return json.dumps(to_dict(b), ensure_ascii=False, indent=2) + "\n"


def pairs(b: Bitext):
    """(id, zh text, en text, score) for every heading pair and row, in order."""
    for s in b.sections:
        if s.headed:
            yield s.id, s.heading_zh or "", s.heading_en or "", s.heading_score
        for r in s.rows:
            yield r.id, join_units(r.zh), join_units(r.en), r.score


# Characters that end a line for some reader of a TSV file (str.splitlines, csv,
# spreadsheets); inside a cell each becomes a space. All are whitespace, so no
# content character is lost.
TSV_BREAKS = str.maketrans({ch: " " for ch in "\t\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"})


def _tsv_cell(text: str) -> str:
    return text.translate(TSV_BREAKS)


def to_tsv(b: Bitext) -> str:
    lines = ["id\tzh\ten\tscore"]
    for pid, zh, en, score in pairs(b):
        lines.append(f"{pid}\t{_tsv_cell(zh)}\t{_tsv_cell(en)}\t{score:.3f}")
    return "\n".join(lines) + "\n"


# What XML 1.0 cannot carry (https://www.w3.org/TR/xml/#charsets): most control
# characters (reading already replaced them with spaces), lone surrogates, U+FFFE, U+FFFF.
# (Named as what is left out: the complement of what XML carries takes milliseconds to compile.)
_NOT_XML = rx("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _xml_text(text: str) -> str:
    """Text for an XML element: what XML cannot carry left out, & < > escaped."""
    return html.escape(_NOT_XML.sub("", text), quote=False)


def quoteattr(value: str) -> str:
    """An XML attribute value in double quotes, as xml.sax.saxutils.quoteattr writes
    one (whose module imports urllib.request and http.client, a tenth of the stages' start)."""
    value = _xml_text(value).replace('"', "&quot;")
    return '"' + value.replace("\n", "&#10;").replace("\r", "&#13;").replace("\t", "&#9;") + '"'


def to_tmx(b: Bitext, zh_lang: str = "zh-CN") -> str:
    zh_lang = "zh-TW" if b.meta.script == "Hant" else zh_lang
    out = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<!DOCTYPE tmx SYSTEM "tmx14.dtd">',
        '<tmx version="1.4">',
        f'  <header creationtool="bitext" creationtoolversion="1" segtype="paragraph" o-tmf="bitext" adminlang="en" srclang={quoteattr(zh_lang)} datatype="plaintext"/>',
        "  <body>",
    ]
    for pid, zh, en, score in pairs(b):
        if not zh or not en:
            continue
        out.append(f"    <tu tuid={quoteattr(pid)}>")
        out.append(f'      <prop type="x-score">{score:.3f}</prop>')
        out.append(f'      <tuv xml:lang={quoteattr(zh_lang)}><seg>{_xml_text(zh)}</seg></tuv>')
        out.append(f'      <tuv xml:lang="en"><seg>{_xml_text(en)}</seg></tuv>')
        out.append("    </tu>")
    out += ["  </body>", "</tmx>"]
    return "\n".join(out) + "\n"


FORMATS = {"json": to_json, "tsv": to_tsv, "tmx": to_tmx}
