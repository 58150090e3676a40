"""Sections aligned in a second process give what one process gives.

The work forks only when its process has one thread; a test session has more
(the browser tests' server and Playwright), so the checks in parallel_checks.py
run in a pytest of their own, where the fork is used. The rest runs here.
"""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from bitext import parallel

HERE = Path(__file__).resolve().parent


@pytest.mark.skipif(sys.platform != "linux" or (os.cpu_count() or 1) < 2, reason="the second process is used on Linux with two cores")
def test_work_shared_with_a_second_process():
    env = {k: v for k, v in os.environ.items() if k not in ("BITEXT_SERIAL", "PYTEST_ADDOPTS")}
    out = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-p", "no:randomly",
                          str(HERE / "parallel_checks.py")],
                         cwd=HERE.parent, capture_output=True, text=True, env=env, timeout=600)
    assert out.returncode == 0, out.stdout[-4000:] + out.stderr[-2000:]
    assert " passed" in out.stdout and "skipped" not in out.stdout, out.stdout[-2000:]


@pytest.mark.parametrize("costs", [[5, 1, 1, 1, 1, 1], [1] * 7, [3, 3, 2, 2, 2], [10], []])
def test_split_covers_every_item_once_and_balances(costs):
    a, b = parallel.split(costs)
    assert sorted(a + b) == list(range(len(costs)))
    assert abs(sum(costs[i] for i in a) - sum(costs[i] for i in b)) <= max(costs, default=0)


def _pid_and_square(x: int) -> tuple[int, int]:
    return os.getpid(), x * x


def test_small_work_stays_in_this_process():
    out = parallel.map_shared(_pid_and_square, list(range(5)), [1.0] * 5)
    assert {pid for pid, _ in out} == {os.getpid()}


def test_serial_switch(monkeypatch):
    monkeypatch.setenv("BITEXT_SERIAL", "1")
    assert not parallel.available()
    assert {pid for pid, _ in parallel.map_shared(_pid_and_square, list(range(8)), [1.0] * 8, min_work=0)} == {os.getpid()}


def test_threads_keep_the_work_in_this_process(monkeypatch):
    """A process with other threads never forks (a lock another thread holds would stay held in the copy)."""
    import threading

    stop = threading.Event()
    t = threading.Thread(target=stop.wait)
    t.start()
    try:
        assert not parallel.available()
        assert {pid for pid, _ in parallel.map_shared(_pid_and_square, list(range(8)), [1.0] * 8, min_work=0)} == {os.getpid()}
    finally:
        stop.set()
        t.join()
