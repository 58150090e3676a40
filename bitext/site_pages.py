"""MkDocs' pages read and written by two processes.

MkDocs builds a site in two loops over its pages: it reads every page
(Markdown to HTML, with its table of contents and anchors), then puts each
page through the theme's templates and writes it. Each page renders the whole
navigation, so a report of many sections spends most of its MkDocs time in
these two loops (600 pages: about 2 and 11 of 18 seconds). The pages are
independent of each other in both: reading one page changes no other, writing
one neither, and the one thing gathered from all pages is the search index,
which the search plugin fills page by page as they are written.

So ``build.py`` shares each loop with a forked copy of its process. At the
loop's first page, both processes take page numbers from one queue (a pipe
holding them all: each number is read by one process only) until it is empty,
so that neither waits while the other has work, however the pages' costs
differ. Then the copy sends back what it made: for each page it read, the
attributes reading set on the page (MkDocs' files and pages in them sent as
names and looked up here); for each page it wrote, its search entries. The
entries join the index in page order, as one process adds them. What MkDocs
logged in the copy is logged here, so strict mode counts its warnings. If the
copy fails in any way (an error in a page, a crash), this process does its
pages itself, as one process would, errors included. MkDocs' own calls for
the pages already done then do nothing. The site is the same byte for byte as
one process makes it.

Used only where forking is safe (``parallel.available``), for sites of enough
pages, and with no plugins but those known to keep no state of their own per
page beyond the search index; plain ``mkdocs build`` works in one process.
"""
from __future__ import annotations

import contextlib
import fcntl
import io
import logging
import os
import pickle
import struct
import types
from pathlib import Path
from typing import Callable, Iterator

from . import parallel

# Plugins known to keep nothing per page but the search index (bitext's MkDocs
# hook keeps nothing per page either).
KNOWN_PLUGINS = {"material/search", "search"}

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


def known_plugins(config) -> bool:
    hook = Path(__file__).with_name("mkdocs_hooks.py").resolve()
    for name, plugin in config.plugins.items():
        if name in KNOWN_PLUGINS:
            continue
        if isinstance(plugin, types.ModuleType) and Path(getattr(plugin, "__file__", "") or "").resolve() == hook:
            continue
        return False
    return True


class _Queue:
    """Numbers two processes take turns to take, each number once: a pipe that
    holds them all, four bytes each (a read of four bytes from a pipe takes them
    whole), closed for writing, so that it reads as ended once empty."""

    def __init__(self, numbers: list[int]):
        data = b"".join(struct.pack("<I", n) for n in numbers)
        r, w = os.pipe()
        try:
            if len(data) > 65536:  # more than a pipe holds by default
                fcntl.fcntl(w, getattr(fcntl, "F_SETPIPE_SZ", 1031), len(data))
            view = memoryview(data)
            while view:
                view = view[os.write(w, view):]
        except OSError:
            os.close(r)
            raise
        finally:
            os.close(w)
        self.fd = r

    def take(self) -> int | None:
        got = os.read(self.fd, 4)
        return struct.unpack("<I", got)[0] if got else None

    def close(self) -> None:
        os.close(self.fd)


def share(numbers: list[int], one: Callable[[int, bool], object]) -> tuple[dict, dict]:
    """``one(n, here)`` for every number, by this process (here=True) and a forked
    copy (here=False) taking numbers from one queue. Returns the results made here
    and those the copy sent; if the copy failed, its numbers are done here and the
    second is empty."""
    try:
        queue = _Queue(numbers)
    except OSError:  # the pipe cannot hold them all: everything is done here
        return {n: one(n, True) for n in numbers}, {}
    r, w = os.pipe()

    def second() -> None:
        os.close(r)
        parallel.close_others(w, queue.fd)
        said = _keep_log()
        done = {}
        while (n := queue.take()) is not None:
            done[n] = one(n, False)
        data = pickle.dumps({"done": done, "said": said}, protocol=pickle.HIGHEST_PROTOCOL)
        with os.fdopen(w, "wb") as f:
            f.write(data)

    pid = parallel.fork(second)
    os.close(w)
    mine: dict = {}
    try:
        while (n := queue.take()) is not None:
            mine[n] = one(n, True)
        with os.fdopen(r, "rb") as f:
            r = -1
            data = f.read()
    finally:
        queue.close()
        if r >= 0:
            os.close(r)
        status = parallel._reap(pid, stop=r >= 0)
    report = None
    if status == 0 and data:
        try:
            report = pickle.loads(data)
        except Exception:  # pragma: no cover - a truncated report: its work is done here
            report = None
    if report is None:
        for n in numbers:
            if n not in mine:
                mine[n] = one(n, True)
        return mine, {}
    for name, level, msg in report["said"]:
        logging.getLogger(name).log(level, "%s", msg)
    return mine, report["done"]


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


class _Read:
    """Stands in for ``_populate_page(page, config, files, dirty)`` during one build."""

    def __init__(self, fn):
        self.fn = fn
        self.state = "new"  # then "alone" (one process) or "done" (every page read at the first call)

    def __call__(self, page, config, files, dirty=False):
        if self.state == "done":
            return None
        if self.state == "new":
            from mkdocs.structure.files import InclusionLevel

            docs = list(files.documentation_pages(inclusion=InclusionLevel.is_included))
            self.state = "alone"
            if len(docs) >= MIN_PAGES and docs[0] is page.file:
                self._all(docs, config, files, dirty)
                self.state = "done"
                return None
        return self.fn(page, config, files, dirty)

    def _all(self, docs, config, files, dirty) -> None:
        from mkdocs.structure.pages import Page

        names = _Names(config, files)

        def one(n: int, here: bool):
            f = docs[n]
            if f.page is None:  # as MkDocs' loop does for a page outside the navigation
                Page(None, f, config)
            before = dict(f.page.__dict__)
            self.fn(f.page, config, files, dirty)
            if here:
                return None
            return names.dumps({key: v for key, v in f.page.__dict__.items() if key not in before or before[key] is not v})

        _, theirs = share(list(range(len(docs))), one)
        for n, data in sorted(theirs.items()):
            f = docs[n]
            if f.page is None:
                Page(None, f, config)
            try:
                f.page.__dict__.update(names.loads(data))
            except Exception:  # a page that cannot be taken over is read here
                self.fn(f.page, config, files, dirty)


class _Write:
    """Stands in for ``_build_page(page, config, doc_files, nav, env, dirty, excluded)``
    during one build; the first page is written before the others are shared (it
    compiles the templates for both processes)."""

    def __init__(self, fn):
        self.fn = fn
        self.state = "new"

    def __call__(self, page, config, doc_files, nav, env, dirty=False, excluded=False):
        if self.state == "done":
            return None
        if self.state == "new":
            self.state = "alone"
            self.fn(page, config, doc_files, nav, env, dirty, excluded)
            entries = _entries(config)
            if len(doc_files) >= MIN_PAGES and entries is not None and doc_files[0] is page.file:
                self._rest(list(doc_files), config, doc_files, nav, env, dirty, entries)
                self.state = "done"
            return None
        return self.fn(page, config, doc_files, nav, env, dirty, excluded)

    def _rest(self, docs, config, doc_files, nav, env, dirty, entries) -> None:
        def one(n: int, here: bool) -> list:
            f = docs[n]
            before = len(entries)
            self.fn(f.page, config, doc_files, nav, env, dirty, f.inclusion.is_excluded())
            made = entries[before:]
            del entries[before:]  # joined again below, in page order
            return made

        mine, theirs = share(list(range(1, len(docs))), one)
        for n in range(1, len(docs)):
            entries.extend(mine[n] if n in mine else theirs[n])


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
