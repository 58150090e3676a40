"""MkDocs' pages read and written by two processes.

MkDocs builds a site in two loops over its pages: it reads every page
(Markdown to HTML, with its table of contents and anchors), then puts each
page through the theme's templates and writes it. Each page renders the whole
navigation, so a report of many sections spends most of its MkDocs time in
these two loops (600 pages: about 2 and 11 of 18 seconds). The pages are
independent of each other in both: reading one page changes no other, writing
one neither, and the one thing gathered from all pages is the search index,
which the search plugin fills page by page as they are written.

So ``build.py`` shares each loop with a forked copy of its process. The copy
reads (or writes) the last pages while this process does the others, then
sends what it made: for each page read, the attributes reading set on the page
(references to MkDocs' files and pages sent as names and looked up here); for
the pages written, their search entries, which join the index in page order.
What MkDocs logged in the copy is logged here, so strict mode counts its
warnings. If the copy fails in any way (an error in a page, a crash), this
process does its pages itself, as one process would, errors included. The site
is the same byte for byte as one process makes it.

Used only where forking is safe (``parallel.available``), for sites of enough
pages, and with no plugins but those known to keep no state of their own per
page beyond the search index; plain ``mkdocs build`` works in one process.
"""
from __future__ import annotations

import contextlib
import io
import logging
import os
import pickle
import types
from pathlib import Path
from typing import Callable, Iterator

from . import parallel

# Plugins known to keep nothing per page but the search index (bitext's MkDocs
# hook keeps nothing per page either).
KNOWN_PLUGINS = {"material/search", "search"}

# What a page costs to write, in characters of its HTML: each page renders the
# whole navigation (about PER_NAV_PAGE characters' worth of time for each page
# in it) besides its own content. Fitted on synthetic reports of 67 and 607 pages.
BASE = 13_000
PER_NAV_PAGE = 190
# What a page costs to read, in bytes of its Markdown (a parser is set up for each
# page: about as long as 7,000 bytes take to read). Fitted on the 67 pages of one.
READ_BASE = 7_000

# Fewer pages than this are read and written in one process (a fork costs more than it saves).
MIN_PAGES = 12


@contextlib.contextmanager
def shared(config) -> Iterator[None]:
    """Within this block, ``mkdocs.commands.build.build(config)`` reads and writes
    its pages in two processes where it safely can."""
    if not parallel.available() or not known_plugins(config):
        yield
        return
    import mkdocs.commands.build as mb

    read, write = _Read(mb._populate_page), _Write(mb._build_page)
    mb._populate_page, mb._build_page = read, write
    try:
        yield
    finally:
        mb._populate_page, mb._build_page = read.fn, write.fn
        read.stop()
        write.stop()


def known_plugins(config) -> bool:
    hook = Path(__file__).with_name("mkdocs_hooks.py").resolve()
    for name, plugin in config.plugins.items():
        if name in KNOWN_PLUGINS:
            continue
        if isinstance(plugin, types.ModuleType) and Path(getattr(plugin, "__file__", "") or "").resolve() == hook:
            continue
        return False
    return True


def write_costs(contents: list[str]) -> list[int]:
    fixed = BASE + PER_NAV_PAGE * len(contents)
    return [fixed + len(c) for c in contents]


def cut(costs: list[int], first: int = 0) -> int:
    """Where the second process's share (the items from the cut on) begins: the
    two shares of items first.. as even as whole items allow."""
    rest = costs[first:]
    half = sum(rest) / 2
    acc = 0.0
    for i, c in enumerate(rest, start=first):
        if acc + c / 2 > half:
            return max(first + 1, min(i, len(costs) - 1))
        acc += c
    return len(costs) - 1


class _Second:
    """A forked copy of this process doing one piece of work; its result (or None,
    if it failed in any way) and what MkDocs logged in it come back through a pipe."""

    def __init__(self, work: Callable[[], object]):
        r, w = os.pipe()

        def second() -> None:
            os.close(r)
            parallel._close_others(w)
            said = _keep_log()
            data = pickle.dumps({"result": work(), "said": said}, protocol=pickle.HIGHEST_PROTOCOL)
            with os.fdopen(w, "wb") as f:
                f.write(data)

        self.pid = parallel.fork(second)
        os.close(w)
        self.fd = r

    def join(self):
        """The copy's result, its log said here; None if it failed."""
        with os.fdopen(self.fd, "rb") as f:
            self.fd = -1
            data = f.read()
        status = parallel._reap(self.pid, stop=False)
        self.pid = 0
        if status != 0 or not data:
            return None
        try:
            report = pickle.loads(data)
        except Exception:  # pragma: no cover - a truncated report: the work is done here
            return None
        for name, level, msg in report["said"]:
            logging.getLogger(name).log(level, "%s", msg)
        return report["result"]

    def stop(self) -> None:
        """End the copy if its result was never taken (the build ended early)."""
        if self.fd >= 0:
            os.close(self.fd)
            self.fd = -1
        if self.pid:
            parallel._reap(self.pid, stop=True)
            self.pid = 0


def _keep_log() -> list[tuple[str, int, str]]:
    """In the copy: what MkDocs logs is kept for the parent to log, not handled here."""
    said: list[tuple[str, int, str]] = []

    class Keep(logging.Handler):
        def emit(self, record):
            said.append((record.name, record.levelno, record.getMessage()))

    log = logging.getLogger("mkdocs")
    log.handlers = [Keep(logging.DEBUG)]
    log.propagate = False
    return said


class _Loop:
    """Stands in for one of MkDocs' per-page functions during one build."""

    def __init__(self, fn):
        self.fn = fn
        self.index: dict[int, int] | None = None
        self.k = 0  # the second process's pages are those from k on (0: no second process)
        self.second: _Second | None = None

    def stop(self) -> None:
        if self.second is not None:
            self.second.stop()
            self.second = None


class _Read(_Loop):
    """``_populate_page(page, config, files, dirty)``."""

    def __call__(self, page, config, files, dirty=False):
        if self.index is None:
            self._start(page, config, files, dirty)
        i = self.index.get(id(page.file), -1) if self.index else -1
        if not self.k or i < self.k:
            return self.fn(page, config, files, dirty)
        if self.second is not None:
            self.made = self.second.join()
            self.second = None
        data = (self.made or {}).get(page.file.src_uri)
        try:
            page.__dict__.update(_Names(config, files).loads(data))
        except Exception:  # the second process failed (no data), or its page cannot be taken: read it here
            return self.fn(page, config, files, dirty)

    def _start(self, page, config, files, dirty) -> None:
        from mkdocs.structure.files import InclusionLevel

        docs = list(files.documentation_pages(inclusion=InclusionLevel.is_included))
        self.index = {id(f): i for i, f in enumerate(docs)}
        self.made: dict | None = None
        if len(docs) < MIN_PAGES or not docs or docs[0] is not page.file:
            return
        costs = []
        for f in docs:
            try:
                costs.append(READ_BASE + os.path.getsize(f.abs_src_path))
            except (OSError, TypeError):
                costs.append(READ_BASE)
        self.k = cut(costs)
        mine = docs[self.k:]

        def work() -> dict[str, bytes]:
            from mkdocs.structure.pages import Page

            names = _Names(config, files)
            made = {}
            for f in mine:
                if f.page is None:  # as MkDocs' loop does for a page outside the navigation
                    Page(None, f, config)
                before = dict(f.page.__dict__)
                self.fn(f.page, config, files, dirty)
                made[f.src_uri] = names.dumps({key: v for key, v in f.page.__dict__.items()
                                                if key not in before or before[key] is not v})
            return made

        self.second = _Second(work)


class _Write(_Loop):
    """``_build_page(page, config, doc_files, nav, env, dirty, excluded)``; the
    first page is written before the fork (it compiles the templates for both)."""

    def __call__(self, page, config, doc_files, nav, env, dirty=False, excluded=False):
        if self.index is None:
            self.index = {id(f): i for i, f in enumerate(doc_files)}
            self.fn(page, config, doc_files, nav, env, dirty, excluded)
            entries = _entries(config)
            if len(doc_files) >= MIN_PAGES and entries is not None and self.index.get(id(page.file)) == 0:
                self._start(config, doc_files, nav, env, dirty, entries)
            return
        if self.k and self.index.get(id(page.file), -1) >= self.k:  # the second process's page
            if self.second is not None:
                self._join(config, doc_files, nav, env, dirty)
            return
        self.fn(page, config, doc_files, nav, env, dirty, excluded)

    def _start(self, config, doc_files, nav, env, dirty, entries) -> None:
        self.k = cut(write_costs([f.page.content or "" if f.page else "" for f in doc_files]), first=1)
        base = len(entries)
        mine = list(doc_files)[self.k:]

        def work() -> list:
            for f in mine:
                self.fn(f.page, config, doc_files, nav, env, dirty, f.inclusion.is_excluded())
            return entries[base:]

        self.second = _Second(work)

    def _join(self, config, doc_files, nav, env, dirty) -> None:
        theirs = self.second.join()
        self.second = None
        if theirs is None:  # the second process failed: write its pages here
            for f in list(doc_files)[self.k:]:
                self.fn(f.page, config, doc_files, nav, env, dirty, f.inclusion.is_excluded())
            return
        _entries(config).extend(theirs)


def _entries(config) -> list | None:
    """The search plugin's list of index entries (Material's), or None."""
    for name, plugin in config.plugins.items():
        index = getattr(plugin, "search_index", None)
        if name in KNOWN_PLUGINS and index is not None:
            entries = getattr(index, "entries", None)
            if isinstance(entries, list):
                return entries
    return None


class _Names:
    """Pickling of a page's attributes in which MkDocs' shared objects (the
    configuration, the files and their pages) travel as names, found again on
    the other side among that side's own objects."""

    def __init__(self, config, files):
        self.config, self.files = config, files

    def dumps(self, obj) -> bytes:
        from mkdocs.structure.files import File
        from mkdocs.structure.pages import Page

        names = self

        class Out(pickle.Pickler):
            def persistent_id(self, o):
                if o is names.config:
                    return ("config",)
                if o is names.files:
                    return ("files",)
                if isinstance(o, File):
                    return ("file", o.src_uri)
                if isinstance(o, Page):
                    return ("page", o.file.src_uri)
                return None

        buf = io.BytesIO()
        Out(buf, protocol=pickle.HIGHEST_PROTOCOL).dump(obj)
        return buf.getvalue()

    def loads(self, data: bytes):
        names = self

        class In(pickle.Unpickler):
            def persistent_load(self, pid):
                if pid[0] == "config":
                    return names.config
                if pid[0] == "files":
                    return names.files
                f = names.files.get_file_from_path(pid[1])
                if f is None or (pid[0] == "page" and f.page is None):
                    raise pickle.UnpicklingError(f"no {pid[0]} {pid[1]!r} here")
                return f if pid[0] == "file" else f.page

        return In(io.BytesIO(data)).load()
