"""Plain MkDocs (`mkdocs build`, `mkdocs gh-deploy`) on the generated pages builds
the same site as build.py, through the hook in bitext/mkdocs_hooks.py."""
import filecmp
import os

import pytest

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.slow


def _same_tree(a, b):
    cmp = filecmp.dircmp(a, b)
    diffs = list(cmp.left_only) + list(cmp.right_only) + list(cmp.diff_files) + list(cmp.funny_files)
    for sub in cmp.common_dirs:
        diffs += [f"{sub}/{d}" for d in _same_tree(a / sub, b / sub)]
    return diffs


def test_plain_mkdocs_build_equals_build_py(tmp_path, monkeypatch):
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    from bitext.cli import build_site
    from bitext.config import load

    docs = tmp_path / "docs"
    ours = build_site(list(load(ROOT / "bitext.yml").reports), tmp_path / "site", None,
                      "https://example.github.io/repo/", docs_out=docs)
    assert (docs / ".bitext.json").exists()
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    monkeypatch.delenv("BITEXT_SITE_URL", raising=False)
    monkeypatch.setenv("NO_MKDOCS_2_WARNING", "1")
    cfg = load_config(config_file=str(ROOT / "mkdocs.yml"), docs_dir=str(docs), site_dir=str(tmp_path / "plain"))
    cfg.plugins.on_startup(command="build", dirty=False)
    try:
        build(cfg)
    finally:
        cfg.plugins.on_shutdown()
    assert cfg["site_url"] == "https://example.github.io/repo/"
    assert [list(x) for x in cfg["nav"][0].items()] == [["首页 · Home", "index.md"]]
    assert _same_tree(ours, tmp_path / "plain") == []
    assert ".bitext.json" not in os.listdir(ours)


def test_hook_leaves_explicit_settings_alone(tmp_path, monkeypatch):
    import json

    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1")  # restored after the test
    monkeypatch.delenv("BITEXT_SITE_URL", raising=False)
    from bitext.mkdocs_hooks import on_config

    (tmp_path / ".bitext.json").write_text(json.dumps({"nav": [{"A": "a.md"}], "site_name": "X &amp; Y",
                                                       "site_url": "https://a.example/r/", "source_date_epoch": 0}))
    given = {"docs_dir": str(tmp_path), "nav": [{"B": "b.md"}], "site_name": "Mine", "site_url": "https://b.example/"}
    assert on_config(dict(given)) == given
    filled = on_config({"docs_dir": str(tmp_path), "nav": None, "site_name": "bitext", "site_url": None})
    assert filled["nav"] == [{"A": "a.md"}] and filled["site_name"] == "X &amp; Y" and filled["site_url"] == "https://a.example/r/"


def test_the_hook_marks_recorded_titles_as_escaped():
    from markupsafe import Markup

    from bitext.mkdocs_hooks import escaped_nav

    nav = escaped_nav([{"首页 · Home": "index.md"}, {"A &amp; B": [{"&lt;i&gt;": "a/b.md"}]}])
    titles = [next(iter(nav[0])), next(iter(nav[1])), next(iter(nav[1]["A &amp; B"][0]))]
    assert all(isinstance(t, Markup) for t in titles)
    assert str(Markup("{}").format(titles[1])) == "A &amp; B"  # not escaped again
