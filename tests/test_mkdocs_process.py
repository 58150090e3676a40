"""The second MkDocs process, checked in a fresh interpreter.

A build forks only when its process has one thread; a test session has more
(the browser tests' server and Playwright), so the checks in
mkdocs_process_checks.py run in a pytest of their own, where the fork is used.
"""
import os
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="the second process is used on Linux only")


def test_the_second_mkdocs_process():
    env = {k: v for k, v in os.environ.items() if k not in ("BITEXT_SERIAL", "PYTEST_ADDOPTS")}
    out = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-p", "no:randomly",
                          str(HERE / "mkdocs_process_checks.py")],
                         cwd=HERE.parent, capture_output=True, text=True, env=env, timeout=600)
    assert out.returncode == 0, out.stdout[-4000:] + out.stderr[-2000:]
    assert " passed" in out.stdout and "skipped" not in out.stdout, out.stdout[-2000:]
