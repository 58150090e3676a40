"""The second MkDocs process, checked in a fresh interpreter.

A build forks only when its process has one thread; a test session has more
(the browser tests' server and Playwright), so the checks in
mkdocs_process_checks.py run in a pytest of their own, where the fork is used.
"""
import sys

import pytest
from process_support import run_checks

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="the second process is used on Linux only")


def test_the_second_mkdocs_process():
    run_checks("mkdocs_process_checks.py")
