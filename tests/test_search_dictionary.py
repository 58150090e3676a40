"""The hook lends Material's search the aligner's dictionary: same words as jieba's own."""
import logging
from types import SimpleNamespace

import pytest

from bitext import mkdocs_hooks

jieba = pytest.importorskip("jieba")
jieba.setLogLevel(logging.WARNING)

TEXTS = ["重庆市对外开放", "深学笃用习近平新时代中国特色社会主义思想，APEC成员在5G领域合作", "增长16.5%", ""]


def config(**search_options):
    return {"plugins": {"material/search": SimpleNamespace(config={"jieba_dict": None, "jieba_dict_user": None,
                                                                    **search_options})}}


@pytest.fixture
def restore_cut(monkeypatch):
    monkeypatch.setattr(jieba, "cut", jieba.cut)


def test_search_gets_the_aligners_segmenter(restore_cut, monkeypatch):
    expected = [jieba.dt.lcut(t) for t in TEXTS]  # jieba's own (loads its dictionary in this process)
    monkeypatch.setattr(jieba.dt, "initialized", False)  # as in a fresh build
    mkdocs_hooks.share_dictionary(config())
    assert getattr(jieba.cut, "bitext", False)
    assert [list(jieba.cut(t.encode("utf-8"))) for t in TEXTS] == expected
    assert [list(jieba.cut(t)) for t in TEXTS] == expected
    assert not jieba.dt.initialized  # jieba's dictionary was not loaded for it
    first = jieba.cut
    mkdocs_hooks.share_dictionary(config())
    assert jieba.cut is first  # once per process


def test_a_site_with_its_own_jieba_dictionary_keeps_jieba(restore_cut):
    before = jieba.cut
    mkdocs_hooks.share_dictionary(config(jieba_dict="my_dict.txt"))
    assert jieba.cut is before
    mkdocs_hooks.share_dictionary({"plugins": {}})
    assert jieba.cut is before


def test_other_modes_and_a_loaded_jieba_go_to_jieba(restore_cut, monkeypatch):
    calls = []
    monkeypatch.setattr(jieba, "cut", lambda s, **kw: calls.append(kw) or iter(["jieba"]))
    mkdocs_hooks.share_dictionary(config())
    monkeypatch.setattr(jieba.dt, "initialized", False)
    assert list(jieba.cut("重庆", cut_all=True)) == ["jieba"]
    assert list(jieba.cut("重庆")) == ["重庆"]
    monkeypatch.setattr(jieba.dt, "initialized", True)  # user words added, say
    assert list(jieba.cut("重庆")) == ["jieba"]
    assert len(calls) == 2


def test_without_the_dictionaries_search_falls_back_to_jieba(restore_cut, monkeypatch):
    from bitext import anchors

    calls = []
    monkeypatch.setattr(jieba, "cut", lambda s, **kw: calls.append(kw) or iter(["jieba"]))
    mkdocs_hooks.share_dictionary(config())
    monkeypatch.setattr(jieba.dt, "initialized", False)

    def missing():
        raise ImportError("no pypinyin here")

    monkeypatch.setattr(anchors, "dictionaries", missing)
    assert list(jieba.cut("一段没有见过的中文")) == ["jieba"]
    assert len(calls) == 1
