"""Sections aligned in a second process (bitext.parallel) give what one process gives.

These run in a fresh interpreter (tests/test_parallel.py starts it): bitext
forks only in a process with one thread, and a test session holds others (the
browser tests' server), where the work would stay in one process.
"""
from __future__ import annotations

import os

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
