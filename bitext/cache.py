"""What bitext keeps between runs: where it keeps it, and its regular expressions compiled.

bitext's reading rules are a few hundred regular expressions, compiled when their
modules are imported. Compiling them took about 0.12 s of every run, more than
half of what importing bitext cost and more than reading a whole report. Python
compiles a pattern into a program for its matching engine, and that program
depends only on the pattern, its flags and the Python that compiled it. ``rx``
keeps the programs of the patterns it compiles in a file in the cache folder, so
that a later run hands them straight to the engine.

A program is kept only where the engine, given it, makes a pattern equal to the
one ``re.compile`` makes (the same pattern, flags and program); the file is named
after the Python version and the engine's own version, so another Python never
reads it; a file that is missing, damaged or from elsewhere is left aside and the
patterns are compiled as usual. Either way ``rx`` returns what ``re.compile``
would. The file is written when a run that compiled new patterns ends (atomically:
a temporary file renamed into place)."""

from __future__ import annotations

import marshal
import os
import re
import sys
from pathlib import Path

PATTERNS_FORMAT = 1
PATTERNS_MAX = 4000  # more than this in the file (old versions' patterns): keep this run's only


def cache_dir() -> Path:
    """Where the caches live: $BITEXT_CACHE_DIR, else $XDG_CACHE_HOME/bitext, else ~/.cache/bitext."""
    if os.environ.get("BITEXT_CACHE_DIR"):
        return Path(os.environ["BITEXT_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "bitext"


class _Programs:
    """The kept programs, read on first use; the new ones, written at the end of the run."""

    def __init__(self) -> None:
        self.known: dict | None = None
        self.used: set = set()
        self.new: dict = {}
        self.path: Path | None = None
        self.key = ""

    def load(self) -> dict:
        if self.known is None:
            self.known = {}
            try:
                import _sre
                import zlib

                self.key = repr((PATTERNS_FORMAT, sys.version, sys.implementation.cache_tag, _sre.MAGIC, _sre.CODESIZE,
                                 sys.maxunicode))
                self.path = cache_dir() / f"patterns-{zlib.crc32(self.key.encode()):08x}.bin"
                self.known = self._read(self.path)
            except Exception:  # no cache: compile as usual
                self.known = {}
        return self.known

    def _read(self, path: Path) -> dict:
        try:
            data = marshal.loads(path.read_bytes())
        except (OSError, ValueError, EOFError, TypeError):
            return {}
        if not isinstance(data, tuple) or len(data) != 2 or data[0] != self.key or not isinstance(data[1], dict):
            return {}
        return data[1]

    def save(self) -> None:
        """Add this run's new programs to the file (atomically; silently not, where it cannot be written)."""
        if not self.new or self.path is None:
            return
        kept = self._read(self.path)
        kept.update(self.new)
        if len(kept) > PATTERNS_MAX:
            kept = {k: v for k, v in kept.items() if k in self.used or k in self.new}
        tmp = self.path.with_name(f".{self.path.name}.{os.getpid()}.tmp")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            tmp.write_bytes(marshal.dumps((self.key, kept)))
            os.replace(tmp, self.path)
        except OSError:
            try:
                tmp.unlink()
            except OSError:
                pass
        self.new = {}


_PROGRAMS = _Programs()


def rx(pattern: str, flags: int = 0) -> re.Pattern:
    """``re.compile(pattern, flags)``, from the kept program where there is one."""
    flags = int(flags)
    key = (pattern, flags)
    known = _PROGRAMS.load()
    kept = known.get(key)
    if kept is not None:
        try:
            compiled = _engine(pattern, kept)
            _PROGRAMS.used.add(key)
            return compiled
        except Exception:  # not a program this engine takes: compile it
            pass
    compiled = re.compile(pattern, flags)
    if isinstance(pattern, str) and not flags & re.DEBUG:
        program = _program(pattern, flags, compiled)
        if program is not None:
            if not _PROGRAMS.new:
                import atexit

                atexit.register(_PROGRAMS.save)
            _PROGRAMS.new[key] = program
            _PROGRAMS.used.add(key)
    return compiled


def _engine(pattern: str, program: tuple) -> re.Pattern:
    import _sre

    flags, code, groups, groupindex, indexgroup = program
    return _sre.compile(pattern, flags, code, groups, groupindex, indexgroup)


def _program(pattern: str, flags: int, compiled: re.Pattern) -> tuple | None:
    """What the engine is given for the pattern (as Python's compiler makes it), where
    it makes a pattern equal to ``compiled``; else None (another Python's compiler)."""
    try:
        from re import _compiler, _parser

        p = _parser.parse(pattern, flags)
        code = _compiler._code(p, flags)
        groupindex = dict(p.state.groupdict)
        indexgroup = [None] * p.state.groups
        for name, i in groupindex.items():
            indexgroup[i] = name
        program = (int(flags | p.state.flags), [int(c) for c in code], int(p.state.groups - 1), groupindex, tuple(indexgroup))
        return program if _engine(pattern, program) == compiled else None
    except Exception:
        return None
