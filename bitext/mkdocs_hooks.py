"""MkDocs hook: lets plain `mkdocs build`, `mkdocs serve` and `mkdocs gh-deploy`
build the same site as `build.py`.

`build.py` passes the navigation (sections in document order), the site name
and the site URL to MkDocs directly. It also records them in
docs/generated/.bitext.json (MkDocs does not publish dot-files), and this hook
applies them when MkDocs runs on its own. Settings given explicitly win.
Engines that ignore hooks still get a working site from `build.py`.

It also makes MkDocs faster: Material's search gets the word dictionary of
bitext's aligner (`share_dictionary`), and the theme's compiled templates are
kept between builds (`on_env`).
"""
from __future__ import annotations

import json
import os
import sys
from functools import lru_cache
from pathlib import Path

import jinja2

DEFAULT_NAME = "bitext"  # site_name in mkdocs.yml


def on_config(config, **kwargs):
    share_dictionary(config)
    meta = Path(config["docs_dir"]) / ".bitext.json"
    if not meta.is_file():
        return config
    try:
        data = json.loads(meta.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return config
    if not config.get("nav") and data.get("nav"):
        config["nav"] = escaped_nav(data["nav"])
    if config.get("site_name") == DEFAULT_NAME and data.get("site_name"):
        from markupsafe import Markup

        config["site_name"] = Markup(data["site_name"])  # recorded already escaped
    if data.get("source_date_epoch") is not None:
        # Dates in the sitemap come from the report, as in `build.py` (reproducible builds).
        os.environ.setdefault("SOURCE_DATE_EPOCH", str(data["source_date_epoch"]))
    if not config.get("site_url"):
        url = os.environ.get("BITEXT_SITE_URL") or data.get("site_url")
        if url:
            from mkdocs.exceptions import ConfigurationError

            config_mod = _bitext("config")
            if config_mod is not None:
                try:
                    config_mod.check_site_url(url, "BITEXT_SITE_URL" if os.environ.get("BITEXT_SITE_URL") else ".bitext.json: site_url")
                except config_mod.ConfigError as e:
                    raise ConfigurationError(str(e)) from None
            config["site_url"] = url if url.endswith("/") else url + "/"
    return config


def escaped_nav(nav):
    """The navigation as recorded in JSON, its titles marked as escaped again
    (Markup): bitext's nav titles are HTML-escaped once (render.nav_title), and a
    title read back as a plain string would be escaped a second time."""
    from markupsafe import Markup

    if isinstance(nav, list):
        return [escaped_nav(item) for item in nav]
    if isinstance(nav, dict):
        return {Markup(title): escaped_nav(value) for title, value in nav.items()}
    return nav


def share_dictionary(config) -> None:
    """Material's search splits Chinese into words with ``jieba.cut``, whose
    dictionary takes about 0.6 s and 100 MB to load. bitext's aligner segments
    word for word as jieba does, from the same dictionary cached by the character
    (``bitext.anchors.dictionaries``), and in ``build.py`` it is loaded already.
    So ``jieba.cut`` is given that segmenter, unless the site sets a jieba
    dictionary of its own or jieba is used otherwise (user words, other modes)."""
    plugins = config.get("plugins") or {}
    search = next((p for name, p in plugins.items() if name.split("/")[-1] == "search"), None)
    options = getattr(search, "config", None)
    if options is None or options.get("jieba_dict") or options.get("jieba_dict_user"):
        return
    try:
        import jieba
        from jieba._compat import strdecode
    except ImportError:
        return
    if getattr(jieba.cut, "bitext", False):
        return
    anchors = _anchors()
    if anchors is None:
        return
    jieba_cut = jieba.cut

    @lru_cache(maxsize=65536)
    def words(text: str) -> tuple[str, ...]:  # a section's text is on its page and on the full page
        return tuple(anchors.dictionaries().cut(text))

    def cut(sentence, cut_all=False, HMM=True, use_paddle=False):
        dt = jieba.dt
        if cut_all or not HMM or use_paddle or dt.initialized or dt.dictionary != jieba.DEFAULT_DICT:
            return jieba_cut(sentence, cut_all=cut_all, HMM=HMM, use_paddle=use_paddle)
        try:
            return iter(words(strdecode(sentence)))
        except (ImportError, OSError):  # the dictionaries cannot be made here: jieba's own
            return jieba_cut(sentence, cut_all=cut_all, HMM=HMM, use_paddle=use_paddle)

    cut.bitext = True
    jieba.cut = cut


def on_env(env, config, files, **kwargs):
    """Material's templates, compiled once and kept in bitext's cache folder
    (compiling them was about a quarter of a small site's build)."""
    if env.bytecode_cache is None:
        env.bytecode_cache = compiled_templates()
    return env


class CompiledTemplates(jinja2.FileSystemBytecodeCache):
    """Compiled templates kept between runs (Jinja2 checks each against its
    source); a folder that cannot be written only means compiling again."""

    def dump_bytecode(self, bucket) -> None:
        try:
            super().dump_bytecode(bucket)
        except OSError:
            pass


def compiled_templates() -> jinja2.BytecodeCache | None:
    """A bytecode cache in the templates folder of bitext's cache folder, or None."""
    anchors = _anchors()
    if anchors is None:
        return None
    folder = anchors.cache_dir() / "templates"
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    return CompiledTemplates(str(folder))


def _bitext(name: str):
    """A module of bitext, or None when bitext cannot be imported."""
    import importlib

    try:
        return importlib.import_module(f"bitext.{name}")
    except ImportError:  # plain mkdocs run from elsewhere: the repository is not on the path
        sys.path.append(str(Path(__file__).resolve().parent.parent))
        try:
            return importlib.import_module(f"bitext.{name}")
        except ImportError:
            return None


def _anchors():
    """bitext.anchors (the cache folder, the dictionaries), or None when bitext cannot be imported."""
    return _bitext("anchors")
