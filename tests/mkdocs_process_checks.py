"""MkDocs made ready in a second process while the stages run (bitext.cli._MkDocsProcess).

The forked build must give the same site as the one-process build, report what
MkDocs said and any failure in the parent, and never leave a child behind:
not when the stages fail, not when the child dies, not when the parent is killed.

These run in a fresh interpreter (tests/test_mkdocs_process.py starts it): a
build forks only in a process with one thread, and a test session holds others
(the browser tests' server).
"""
from __future__ import annotations

import hashlib
import os
import sys
from pathlib import Path

import pytest
from process_support import outlived

from bitext import cli
from bitext.cli import BuildError, build_site
from bitext.config import ReportConfig

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "reports" / "foreign-affairs-2023" / "report.txt"

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="the second process is used on Linux only")


def snapshot(site: Path) -> dict[str, str]:
    return {str(p.relative_to(site)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(site.rglob("*")) if p.is_file()}


def report() -> list[ReportConfig]:
    return [ReportConfig(source=EXAMPLE)]


@pytest.fixture
def children(monkeypatch):
    """The pids of the MkDocs processes started during a test."""
    started: list[int] = []
    start = cli._MkDocsProcess.start.__func__

    def recording(klass):
        mk = start(klass)
        if mk is not None:
            started.append(mk.pid)
        return mk

    monkeypatch.setattr(cli._MkDocsProcess, "start", classmethod(recording))
    monkeypatch.delenv("BITEXT_SERIAL", raising=False)
    return started


def gone(pid: int) -> bool:
    try:
        os.waitpid(pid, os.WNOHANG)
    except ChildProcessError:
        return True  # reaped already
    return False


def test_forked_and_one_process_builds_are_byte_identical(tmp_path, monkeypatch, children):
    forked = build_site(report(), tmp_path / "forked", None, "https://example.github.io/bitext/", docs_out=False)
    assert len(children) == 1, "the build did not use a second process"
    monkeypatch.setenv("BITEXT_SERIAL", "1")
    serial = build_site(report(), tmp_path / "serial", None, "https://example.github.io/bitext/", docs_out=False)
    assert len(children) == 1
    a, b = snapshot(forked), snapshot(serial)
    assert len(a) > 10 and a == b
    assert gone(children[0])


def test_what_mkdocs_says_and_its_failure_reach_the_parent(tmp_path, monkeypatch, capsys, children):
    site = build_site(report(), tmp_path / "site", None, None, docs_out=False)
    before = snapshot(site)

    def failing(*args, **kwargs):
        cli.say("mkdocs: warning: a page links to nowhere")
        raise BuildError("mkdocs reported warnings (the build is strict)")

    monkeypatch.setattr(cli, "mkdocs_build", failing)
    capsys.readouterr()
    with pytest.raises(BuildError, match="mkdocs reported warnings"):
        build_site(report(), site, None, None, docs_out=False)
    assert "mkdocs: warning: a page links to nowhere" in capsys.readouterr().err
    assert snapshot(site) == before
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".bitext-")]
    assert all(gone(pid) for pid in children)


def _raise_key_error(*args, **kwargs):
    raise KeyError("theme")


@pytest.mark.parametrize("stand_in,message", [
    (_raise_key_error, "KeyError"),  # an unexpected error in MkDocs is a build error
    (lambda *a, **k: os._exit(3), "status 3"),  # so is a child that dies
])
def test_a_failing_or_dying_mkdocs_is_a_build_error(tmp_path, monkeypatch, children, stand_in, message):
    monkeypatch.setattr(cli, "mkdocs_build", stand_in)
    with pytest.raises(BuildError, match=message):
        build_site(report(), tmp_path / "site", None, None, docs_out=False)
    assert not (tmp_path / "site").exists()
    assert all(gone(pid) for pid in children)


def test_failing_stages_end_the_child(tmp_path, monkeypatch, children):
    def failing(*args, **kwargs):
        raise BuildError("report: errors above")

    monkeypatch.setattr(cli, "build_views", failing)
    with pytest.raises(BuildError, match="errors above"):
        build_site(report(), tmp_path / "site", None, None, docs_out=False)
    assert len(children) == 1 and gone(children[0])


def test_the_child_ends_with_a_killed_parent(tmp_path):
    # A parent whose child is busy building (here: sleeping in place of MkDocs)
    # dies without stopping it, as under SIGKILL; the child must not build on.
    code = f"""
import json, os, sys, time
sys.path.insert(0, {str(ROOT)!r})
from bitext import cli
cli.mkdocs_build = lambda *args: time.sleep(60)
mk = cli._MkDocsProcess.start()
job = {{"docs_dir": "d", "site_dir": "s", "site_name": "n", "site_url": None, "nav": [], "epoch": 0}}
os.write(mk._jobs, json.dumps(job).encode())
os.close(mk._jobs)
time.sleep(1.0)  # the child is in the sleeping build now
print(mk.pid, flush=True)
os._exit(0)
"""
    pid = outlived(code)
    assert pid is None, f"the MkDocs process {pid} outlived its parent"


def test_serial_where_fork_is_not_safe(monkeypatch):
    monkeypatch.setenv("BITEXT_SERIAL", "1")
    assert cli._MkDocsProcess.start() is None
    monkeypatch.delenv("BITEXT_SERIAL")
    import threading

    stop = threading.Event()
    t = threading.Thread(target=stop.wait)
    t.start()
    try:
        assert cli._MkDocsProcess.start() is None  # another thread: no fork
    finally:
        stop.set()
        t.join()
    mk = cli._MkDocsProcess.start()
    assert mk is not None
    pid = mk.pid
    mk.stop()
    assert gone(pid)


def test_hostile_headings_are_escaped_once_either_way(tmp_path, monkeypatch, children):
    # Titles travel to the MkDocs process as JSON; they must arrive marked as escaped
    # already, or the navigation and footers would show "&lt;!--" instead of "<!--".
    text = ("2024年1月1日\n\n一、总则 <!-- c --> & <b>粗</b>\n\n这是第一段。\n\n二、附则 {{ x }}\n\n这是第二段。\n\n"
            "1. General <!-- c --> & <b>bold</b>\n\nThis is the first paragraph.\n\n2. Final {{ x }}\n\nThis is the second one.\n")
    src = tmp_path / "hostile.txt"
    src.write_text(text, encoding="utf-8")
    rc = [ReportConfig(source=src)]
    forked = build_site(rc, tmp_path / "forked", None, None, docs_out=False)
    monkeypatch.setenv("BITEXT_SERIAL", "1")
    serial = build_site(rc, tmp_path / "serial", None, None, docs_out=False)
    assert len(children) == 1
    assert snapshot(forked) == snapshot(serial)
    page = next(p for p in forked.rglob("index.html") if "hostile" in str(p.parent)).read_text(encoding="utf-8")
    assert "&amp;lt;" not in page and "&lt;!-- c --&gt;" in page



@pytest.mark.parametrize("serial", ["1", ""])
def test_each_build_is_dated_by_its_own_report(tmp_path, monkeypatch, serial):
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    monkeypatch.setenv("BITEXT_SERIAL", serial)
    dates = {}
    for day in ("2021-03-04", "2023-09-10"):
        src = tmp_path / f"r{day}.txt"
        src.write_text(f"{day}\n\n一、总则\n\n这是第一段。\n\n1. General\n\nThis is the first paragraph.\n", encoding="utf-8")
        site = build_site([ReportConfig(source=src)], tmp_path / f"site{day}", None, "https://example.org/", docs_out=False)
        dates[day] = (site / "sitemap.xml").read_text(encoding="utf-8")
        assert "SOURCE_DATE_EPOCH" not in os.environ
    for day, sitemap in dates.items():
        assert f"<lastmod>{day}</lastmod>" in sitemap


def test_a_long_report_is_built_in_one_process(tmp_path, monkeypatch, children):
    monkeypatch.setattr(cli, "OVERLAP_MAX_BYTES", EXAMPLE.stat().st_size - 1)
    site = build_site(report(), tmp_path / "site", None, None, docs_out=False)
    assert (site / "index.html").exists()
    assert children == []  # no second process: it would hold MkDocs' memory beside the stages'
