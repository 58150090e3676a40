"""Work shared with a second process gives what one process gives: sections aligned
(bitext.parallel) and MkDocs' pages read and written (bitext.site_pages).

These run in a fresh interpreter (tests/test_parallel.py starts it): bitext
forks only in a process with one thread, and a test session holds others (the
browser tests' server), where the work would stay in one process.
"""
from __future__ import annotations

import os
import time

import pytest

from bitext import parallel
from bitext.pipeline import process
from bitext.read import read

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

pytestmark = pytest.mark.skipif(not parallel.available(), reason="no second process here (platform, threads or one core)")


def _pid_and_square(x: int) -> tuple[int, int]:
    return os.getpid(), x * x


def test_a_share_is_computed_in_another_process_in_order():
    out = parallel.map_shared(_pid_and_square, list(range(20)), [1.0] * 20, min_work=0)
    assert [v for _, v in out] == [x * x for x in range(20)]
    assert len({pid for pid, _ in out}) == 2 and os.getpid() in {pid for pid, _ in out}


PARENT = os.getpid()


def _dies_away_from_home(x: int) -> int:
    if os.getpid() != PARENT:
        os._exit(7)  # the second process fails without a word
    return x + 1


def test_a_failed_share_is_computed_here():
    assert parallel.map_shared(_dies_away_from_home, list(range(10)), [1.0] * 10, min_work=0) == list(range(1, 11))


def test_a_report_aligned_in_two_processes_is_the_same(monkeypatch, tmp_path):
    """A report long enough to be shared (the benchmark's: the example four times
    under new headings): the same sections and rows, byte for byte, with and without."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("bench_run", os.path.join(ROOT, "bench", "run.py"))
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    path = tmp_path / "long.txt"
    path.write_text(bench.synthetic(4), encoding="utf-8")
    pids = set()
    real = parallel.map_shared

    def spy(fn, items, costs, min_work=parallel.MIN_WORK):
        out = real(fn, items, costs, min_work)
        pids.update(pid for pid, _ in real(_pid_and_square, list(range(4)), [1.0] * 4, 0))  # forking works here
        assert sum(costs) >= min_work  # long enough to be shared
        return out

    monkeypatch.setattr(parallel, "map_shared", spy)
    shared = process(read(str(path)))
    assert len(pids) == 2
    monkeypatch.setenv("BITEXT_SERIAL", "1")
    alone = process(read(str(path)))
    assert len(alone.sections) > 8
    assert repr(shared) == repr(alone)


# --------------------------------------------------------------------------- MkDocs' pages (bitext.site_pages)


def _synthetic(tmp_path, scale: int):
    import importlib.util

    spec = importlib.util.spec_from_file_location("bench_run", os.path.join(ROOT, "bench", "run.py"))
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    path = tmp_path / f"report-{scale}.txt"
    path.write_text(bench.synthetic(scale), encoding="utf-8")
    return path


def _snapshot(site) -> dict[str, bytes]:
    return {str(p.relative_to(site)): p.read_bytes() for p in sorted(site.rglob("*")) if p.is_file()}


def _build(src, out, serial: bool, monkeypatch):
    from bitext.cli import build_site
    from bitext.config import ReportConfig

    if serial:
        monkeypatch.setenv("BITEXT_SERIAL", "1")
    else:
        monkeypatch.delenv("BITEXT_SERIAL", raising=False)
    build_site([ReportConfig(source=src)], out, None, None, docs_out=False)
    return _snapshot(out)


@pytest.fixture
def forks(monkeypatch, tmp_path):
    """A file with a line for each loop of pages shared by site_pages (the MkDocs
    build runs in a process of its own, so the record is kept on disk)."""
    from bitext import site_pages

    record = tmp_path / "forks.txt"
    record.write_text("")
    share = site_pages.share

    def recording(numbers, one):
        with open(record, "a") as f:
            f.write(f"{len(numbers)}\n")
        return share(numbers, one)

    monkeypatch.setattr(site_pages, "share", recording)
    return record


def test_a_site_read_and_written_by_two_processes_is_the_same(monkeypatch, tmp_path, forks):
    src = _synthetic(tmp_path, 2)
    shared = _build(src, tmp_path / "shared", False, monkeypatch)
    assert len(forks.read_text().split()) == 2  # the reading and the writing were each shared
    alone = _build(src, tmp_path / "alone", True, monkeypatch)
    assert len(forks.read_text().split()) == 2
    assert len([k for k in alone if k.endswith(".html")]) >= 20
    assert shared.keys() == alone.keys()
    assert [k for k in alone if shared[k] != alone[k]] == []


def test_a_failed_second_process_leaves_its_pages_to_this_one(monkeypatch, tmp_path):
    """The copy dies in the middle of its pages (in both loops): this process reads
    and writes them itself, and the site is the same."""
    from bitext import site_pages

    share = site_pages.share
    deaths = tmp_path / "deaths.txt"

    def failing(numbers, one):
        def dying(n, here):
            if not here:  # the copy dies at its first page
                with open(deaths, "a") as f:
                    f.write("x")
                os._exit(3)
            time.sleep(0.02)  # (this process is slow, so that the copy surely takes a page in each loop)
            return one(n, here)

        return share(numbers, dying)

    src = _synthetic(tmp_path, 2)
    alone = _build(src, tmp_path / "alone", True, monkeypatch)
    monkeypatch.setattr(site_pages, "share", failing)
    shared = _build(src, tmp_path / "shared", False, monkeypatch)
    assert len(deaths.read_text()) == 2  # a death in each loop
    assert shared == alone


def _number_and_pid(n: int, here: bool) -> tuple[int, int, bool]:
    import time

    time.sleep(0.001)
    return n, os.getpid(), here


@pytest.mark.parametrize("count", [200, 20_000])
def test_both_processes_take_numbers_each_once(count):
    """20,000 numbers are more than a pipe holds by default (it is made larger)."""
    from bitext.site_pages import share

    mine, theirs = share(list(range(count)), _number_and_pid if count < 1000 else lambda n, here: (n, os.getpid(), here))
    assert sorted(mine) + sorted(theirs) != [] and not set(mine) & set(theirs)
    assert set(mine) | set(theirs) == set(range(count))
    assert all(v[0] == n and v[2] for n, v in mine.items()) and all(v[0] == n and not v[2] for n, v in theirs.items())
    assert {v[1] for v in mine.values()} == {os.getpid()}
    if count < 1000:
        assert theirs and {v[1] for v in theirs.values()} != {os.getpid()}


def test_what_mkdocs_says_in_the_second_process_is_said_and_counted(monkeypatch, tmp_path, capsys):
    """A warning met while the copy reads its pages (a link to a missing page in one
    of the last pages) is said by the build, and strict mode fails on it."""
    from bitext import site_pages
    from bitext.cli import BuildError, mkdocs_build

    docs = tmp_path / "docs"
    docs.mkdir()
    names = [f"p{i:02d}.md" for i in range(16)]
    for i, name in enumerate(names):
        link = "\n\n[gone](missing.md)\n" if i == 14 else ""
        (docs / name).write_text(f"# Page {i}\n\nText {i}.{link}", encoding="utf-8")
    started = []
    share = site_pages.share

    def recording(numbers, one):
        started.append(len(numbers))
        return share(numbers, one)

    monkeypatch.setattr(site_pages, "share", recording)
    monkeypatch.delenv("BITEXT_SERIAL", raising=False)
    with pytest.raises(BuildError, match="warnings"):
        mkdocs_build(docs, tmp_path / "site", "t", None, [{f"Page {i}": n} for i, n in enumerate(names)], 0)
    assert started  # the reading was shared
    assert "missing.md" in capsys.readouterr().err


def test_the_copy_ends_with_a_killed_build(tmp_path):
    """A build killed while both processes are at their pages leaves no copy writing on."""
    from process_support import outlived

    code = f"""
import os, sys, time
sys.path.insert(0, {ROOT!r})
from bitext import parallel, site_pages
fork = parallel.fork
def printing(child):
    pid = fork(child)
    print(pid, flush=True)
    return pid
parallel.fork = printing
def one(n, here):
    if here:
        time.sleep(1.0)  # the copy is at its page now
        os._exit(0)  # ended at once, as by SIGKILL: nothing is stopped on the way out
    time.sleep(60)
site_pages.share(list(range(4)), one)
"""
    pid = outlived(code)
    assert pid is None, f"the copy {pid} outlived the build"
