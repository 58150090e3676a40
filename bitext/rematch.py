"""``re``'s module-level functions, for patterns written where they are used.

``re.search(pattern, text)`` compiles ``pattern`` on its first call in a run (Python
keeps the last 512 it compiled). These functions take the same arguments and
return the same, with each pattern compiled once per run through ``rx``: from the
program kept in the cache folder where there is one (see ``bitext.cache``).
Only patterns written in the code belong here; a pattern built from a report's
text would be kept for the rest of the run."""

from __future__ import annotations

import re
from typing import Any, Callable, Iterator

from .cache import rx

_COMPILED: dict[tuple[str, int], re.Pattern] = {}


def compiled(pattern: str, flags: int = 0) -> re.Pattern:
    """``re.compile(pattern, flags)``, once per run."""
    key = (pattern, int(flags))
    found = _COMPILED.get(key)
    if found is None:
        found = _COMPILED[key] = rx(pattern, flags)
    return found


def search(pattern: str, string: str, flags: int = 0) -> re.Match | None:
    return compiled(pattern, flags).search(string)


def match(pattern: str, string: str, flags: int = 0) -> re.Match | None:
    return compiled(pattern, flags).match(string)


def fullmatch(pattern: str, string: str, flags: int = 0) -> re.Match | None:
    return compiled(pattern, flags).fullmatch(string)


def findall(pattern: str, string: str, flags: int = 0) -> list[Any]:
    return compiled(pattern, flags).findall(string)


def finditer(pattern: str, string: str, flags: int = 0) -> Iterator[re.Match]:
    return compiled(pattern, flags).finditer(string)


def sub(pattern: str, repl: str | Callable[[re.Match], str], string: str, count: int = 0, flags: int = 0) -> str:
    return compiled(pattern, flags).sub(repl, string, count)


def subn(pattern: str, repl: str | Callable[[re.Match], str], string: str, count: int = 0,
         flags: int = 0) -> tuple[str, int]:
    return compiled(pattern, flags).subn(repl, string, count)


def split(pattern: str, string: str, maxsplit: int = 0, flags: int = 0) -> list[str | Any]:
    return compiled(pattern, flags).split(string, maxsplit)
