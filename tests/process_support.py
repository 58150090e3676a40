"""Helpers for the tests of bitext's second processes: checks that must run in a
fresh interpreter (a test session has threads, and bitext forks only without),
and a process that must not outlive the build that started it."""
from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def run_checks(name: str) -> None:
    """Run the checks in tests/NAME in a pytest of their own; every one must pass, none be skipped."""
    env = {k: v for k, v in os.environ.items() if k not in ("BITEXT_SERIAL", "PYTEST_ADDOPTS")}
    out = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-p", "no:randomly", str(HERE / name)],
                         cwd=HERE.parent, capture_output=True, text=True, env=env, timeout=600)
    assert out.returncode == 0, out.stdout[-4000:] + out.stderr[-2000:]
    assert " passed" in out.stdout and "skipped" not in out.stdout, out.stdout[-2000:]


def outlived(code: str, wait: float = 10.0) -> int | None:
    """Run ``python -c code``, which prints the pid of a process it started and then
    ends at once; the pid if that process is still running ``wait`` seconds later
    (it is then killed), else None."""
    env = {k: v for k, v in os.environ.items() if k != "BITEXT_SERIAL"}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, env=env)
    pid = int(out.stdout.split()[0])
    deadline = time.monotonic() + wait
    while time.monotonic() < deadline:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return None
        time.sleep(0.05)
    os.kill(pid, 9)
    return pid
