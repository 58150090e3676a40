"""bitext.rematch: re's functions for patterns written in the code, each compiled once per run."""

import ast
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from bitext import cache, rematch

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "reports" / "foreign-affairs-2023" / "report.txt"

TEXTS = ["第十二章 总则；第十三章 附则", "1.2 Scope of this policy: 1.3 Terms", "a-b--c", "", "ABC abc AbC"]
PATTERNS = [(r"第(\S{1,3})章", 0), (r"(\d)\.(\d)", 0), (r"-+", 0), (r"abc", re.I), (r"^\w", re.M), (r"(?P<x>b)|c", 0)]


@pytest.mark.parametrize("pattern,flags", PATTERNS)
def test_each_function_answers_as_re_does(pattern, flags):
    for t in TEXTS:
        for name in ("search", "match", "fullmatch"):
            a, b = getattr(rematch, name)(pattern, t, flags), getattr(re, name)(pattern, t, flags)
            assert (a and (a.span(), a.groups(), a.groupdict())) == (b and (b.span(), b.groups(), b.groupdict()))
        assert rematch.findall(pattern, t, flags) == re.findall(pattern, t, flags)
        assert [m.span() for m in rematch.finditer(pattern, t, flags)] == [m.span() for m in re.finditer(pattern, t, flags)]
        assert rematch.split(pattern, t, flags=flags) == re.split(pattern, t, flags=flags)
        assert rematch.split(pattern, t, maxsplit=1, flags=flags) == re.split(pattern, t, maxsplit=1, flags=flags)
        for count in (0, 1):
            assert rematch.sub(pattern, "<\\g<0>>", t, count=count, flags=flags) == re.sub(pattern, "<\\g<0>>", t, count=count, flags=flags)
            assert rematch.subn(pattern, lambda m: m.group(0)[::-1], t, count, flags) == re.subn(pattern, lambda m: m.group(0)[::-1], t, count, flags)


def test_a_pattern_is_compiled_once_per_run(monkeypatch):
    monkeypatch.setattr(rematch, "_COMPILED", {})
    calls = []
    monkeypatch.setattr(rematch, "rx", lambda p, f=0: calls.append((p, f)) or re.compile(p, f))
    for _ in range(3):
        rematch.search(r"once\s+only", "once  only")
        rematch.sub(r"once\s+only", "", "x", flags=re.I)
    assert calls == [(r"once\s+only", 0), (r"once\s+only", re.I)]


def _inline_calls(path: Path) -> list[str]:
    """Calls of re's module-level functions with a pattern written in the code."""
    found = []
    for n in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if (isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute) and isinstance(n.func.value, ast.Name)
                and n.func.value.id == "re" and n.func.attr in {"search", "match", "fullmatch", "findall", "finditer",
                                                                  "sub", "subn", "split"}
                and n.args and isinstance(n.args[0], ast.Constant)):
            found.append(f"{path.name}:{n.lineno}")
    return found


def test_the_stages_write_no_pattern_for_re_to_compile_at_each_first_call():
    found = [c for p in sorted((ROOT / "bitext").glob("*.py")) if p.name not in {"cache.py", "rematch.py"}
             for c in _inline_calls(p)]
    assert not found, f"use bitext.rematch (or rx) for these: {found[:20]}"


BUILD_COUNT = """
import json, sys
from re import _compiler
compiled = []
original = _compiler.compile
def counting(p, flags=0):
    frame = sys._getframe(1)
    while frame and frame.f_code.co_filename.endswith(("re/__init__.py", "cache.py", "rematch.py")):
        frame = frame.f_back
    if frame and "/bitext/" in frame.f_code.co_filename:
        compiled.append(p)
    return original(p, flags)
_compiler.compile = counting
from bitext.read import read
from bitext.pipeline import process
from bitext import render
built = process(read(sys.argv[1]))
render.site_pages([render.report_view(built, "report", None, None)])
print(json.dumps({"compiled": compiled}))
"""


@pytest.mark.skipif(sys.implementation.name != "cpython", reason="the engine's programs are CPython's")
def test_building_a_report_compiles_no_pattern_of_bitext_the_second_time(tmp_path):
    """The patterns the stages use while reading a report, not only those compiled at
    import, come from the kept programs on a later run."""
    real = cache.cache_dir()
    if real.is_dir():  # the dictionaries' cache, so that it is not built again for the test
        for f in real.iterdir():
            if not f.name.startswith(("patterns-", ".")):
                (tmp_path / f.name).symlink_to(f)
    env = {**os.environ, "BITEXT_CACHE_DIR": str(tmp_path)}

    def run() -> dict:
        out = subprocess.run([sys.executable, "-c", BUILD_COUNT, str(EXAMPLE)], cwd=ROOT, env=env,
                             capture_output=True, text=True, check=True)
        return json.loads(out.stdout.strip().splitlines()[-1])

    first, second = run(), run()
    assert len(first["compiled"]) > 200
    # What is compiled again is made of the report's own words (a heading's name, sought in the text).
    report = EXAMPLE.read_text(encoding="utf-8")
    words = [re.sub(r"\\(.)", r"\1", re.sub(r"\(\?<?[!=][^)]*\)", "", p)) for p in second["compiled"]]
    assert all(w and w in report for w in words), [p for p, w in zip(second["compiled"], words) if not (w and w in report)]
