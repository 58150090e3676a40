"""Sections aligned in a second process give what one process gives.

The work forks only when its process has one thread; a test session has more
(the browser tests' server and Playwright), so the checks in parallel_checks.py
run in a pytest of their own, where the fork is used. The rest runs here.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
from process_support import run_checks

from bitext import parallel

HERE = Path(__file__).resolve().parent


@pytest.mark.skipif(sys.platform != "linux" or (os.cpu_count() or 1) < 2, reason="the second process is used on Linux with two cores")
def test_work_shared_with_a_second_process():
    run_checks("parallel_checks.py")


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


# --------------------------------------------------------------------------- MkDocs' pages


def _config(tmp_path, plugins: str):
    from mkdocs.config import load_config

    (tmp_path / "docs").mkdir(exist_ok=True)
    yml = tmp_path / "mkdocs.yml"
    yml.write_text(f"site_name: t\ntheme: {{name: material}}\n{plugins}\nhooks: ['{HERE.parent / 'bitext' / 'mkdocs_hooks.py'}']\n",
                   encoding="utf-8")
    return load_config(config_file=str(yml), docs_dir=str(tmp_path / "docs"))


def test_only_known_plugins_let_the_pages_be_shared(tmp_path):
    """Search and bitext's hook gather nothing per page but the index; any other
    plugin (here MkDocs' tags of Material) keeps the build in one process."""
    from bitext.site_pages import known_plugins

    assert known_plugins(_config(tmp_path, "plugins: [search]"))
    assert not known_plugins(_config(tmp_path, "plugins: [search, tags]"))


def test_the_theme_is_listed_once_without_hidden_files(monkeypatch):
    """The MkDocs process lists the theme's files while it waits: later listings
    are the same (less the hidden files, which MkDocs filters out) and walk nothing."""
    import jinja2

    from bitext import cli

    monkeypatch.setattr(jinja2.FileSystemLoader, "list_templates", jinja2.FileSystemLoader.list_templates)  # undone after
    material = Path(jinja2.__file__).parent.parent / "material" / "templates"
    loader = jinja2.FileSystemLoader([str(HERE.parent / "templates" / "overrides"), str(material)])
    everything = loader.list_templates()
    cli._list_theme_once()
    first = loader.list_templates()
    assert first == [n for n in everything if not any(p.startswith(".") for p in n.split("/"))]
    assert any(n.startswith(".icons/") for n in everything) and "assets/javascripts/lunr/tinyseg.js" in first

    def no_walk(*a, **k):
        raise AssertionError("listed again")

    monkeypatch.setattr(os, "walk", no_walk)
    assert loader.list_templates() == first
