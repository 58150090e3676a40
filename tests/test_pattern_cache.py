"""bitext.cache.rx: regular expressions compiled once per machine, the same patterns as re.compile's."""

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from bitext import cache

ROOT = Path(__file__).resolve().parent.parent

SAMPLES = [
    (r"^第\s*([一二三四五六七八九十百\d]+)\s*(章|节|條|条)", 0),
    (r"(?P<num>\d+(?:\.\d+)*)\s+(?P<title>[A-Z][^.]*)$", 0),
    (r"\b(?:chapter|section|article)\s+([ivxlc]+|\d+)\b", re.I),
    (r"(?<![A-Za-z])terms(?: of (?:use|service))?(?![A-Za-z])", re.I | re.M),
    (r"[\u3400-\u4dbf\u4e00-\u9fff\U00020000-\U0003ffff]+", 0),
    (r"^(\[[A-Z][^\[\]\n.:;]{1,50}\])\s*(.{10,})$", re.S),
    (r"(a)|(b)(?(2)c|d)", 0),
]
TEXTS = ["第十二章 总则", "1.2 Scope of this policy", "Terms of Service", "See CHAPTER IV here", "《𠀀𡈽》",
         "[Note] A bracketed note that is long enough", "bc", "ad", ""]


def _fresh(monkeypatch, folder: Path) -> cache._Programs:
    monkeypatch.setenv("BITEXT_CACHE_DIR", str(folder))
    programs = cache._Programs()
    monkeypatch.setattr(cache, "_PROGRAMS", programs)
    return programs


def _same(a: re.Pattern, b: re.Pattern) -> None:
    assert a == b  # pattern, flags and the engine's program
    assert (a.pattern, a.flags, a.groups, dict(a.groupindex)) == (b.pattern, b.flags, b.groups, dict(b.groupindex))
    for t in TEXTS:
        ma, mb = a.search(t), b.search(t)
        assert (ma and (ma.span(), ma.groups())) == (mb and (mb.span(), mb.groups()))


def test_a_kept_program_gives_the_pattern_re_compile_gives(monkeypatch, tmp_path):
    first = _fresh(monkeypatch, tmp_path)
    for p, f in SAMPLES:
        _same(cache.rx(p, f), re.compile(p, f))
    assert set(first.new) == set(SAMPLES)
    first.save()
    assert list(tmp_path.glob("patterns-*.bin"))

    _fresh(monkeypatch, tmp_path)
    wanted = {key: re.compile(*key) for key in SAMPLES}

    def refuse(*args, **kw):  # the kept programs are used: nothing is compiled again
        raise AssertionError("compiled again")

    monkeypatch.setattr(cache.re, "compile", refuse)
    for key, pattern in wanted.items():
        _same(cache.rx(*key), pattern)


def test_a_damaged_or_foreign_file_is_left_aside(monkeypatch, tmp_path):
    programs = _fresh(monkeypatch, tmp_path)
    programs.load()
    programs.path.write_bytes(b"\x00not marshal data")
    p, f = SAMPLES[0]
    _same(cache.rx(p, f), re.compile(p, f))
    programs.save()  # replaces the damaged file

    import marshal

    other = _fresh(monkeypatch, tmp_path)
    other.load()
    assert other.known and (p, f) in other.known
    key, kept = marshal.loads(other.path.read_bytes())
    other.path.write_bytes(marshal.dumps(("another Python", kept)))
    assert _fresh(monkeypatch, tmp_path).load() == {}


def test_a_program_the_engine_refuses_is_compiled_as_usual(monkeypatch, tmp_path):
    import marshal

    programs = _fresh(monkeypatch, tmp_path)
    programs.load()
    p, f = SAMPLES[1]
    good = re.compile(p, f)
    programs.path.parent.mkdir(parents=True, exist_ok=True)
    programs.path.write_bytes(marshal.dumps((programs.key, {(p, f): (f, [999999, 1, 2], 2, {}, (None,))})))
    _same(cache.rx(p, f), good)


def test_an_unwritable_cache_folder_is_not_an_error(monkeypatch, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    programs = _fresh(monkeypatch, blocker / "cache")
    _same(cache.rx(*SAMPLES[2]), re.compile(*SAMPLES[2]))
    programs.save()  # cannot write: says nothing, raises nothing
    assert not (blocker / "cache").exists()


IMPORT_COUNT = """
import json, sys
from re import _compiler
compiled = []
original = _compiler.compile
def counting(p, flags=0):
    frame = sys._getframe(1)
    while frame and frame.f_code.co_filename.endswith(("re/__init__.py", "cache.py")):
        frame = frame.f_back
    if frame and "/bitext/" in frame.f_code.co_filename:
        compiled.append(p)
    return original(p, flags)
_compiler.compile = counting
import bitext.pipeline, bitext.read, bitext.render, bitext.furniture, bitext.markdown_input
from bitext import cache
same = all(cache.rx(p, f) == original(p, f) for p, f in cache._PROGRAMS.used)
print(json.dumps({"compiled": len(compiled), "used": len(cache._PROGRAMS.used), "same": same}))
"""


@pytest.mark.skipif(sys.implementation.name != "cpython", reason="the engine's programs are CPython's")
def test_importing_bitext_compiles_its_patterns_once_per_machine(tmp_path):
    env = {**os.environ, "BITEXT_CACHE_DIR": str(tmp_path)}

    def run() -> dict:
        out = subprocess.run([sys.executable, "-c", IMPORT_COUNT], cwd=ROOT, env=env, capture_output=True, text=True, check=True)
        return json.loads(out.stdout)

    first, second = run(), run()
    assert first["compiled"] > 200 and first["same"]  # bitext's reading rules: a few hundred patterns
    assert second["compiled"] == 0, second  # all from the kept programs
    assert second["used"] == first["used"] and second["same"]
