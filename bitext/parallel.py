"""Independent pieces of work shared with a second process.

Aligning a report's sections is most of what the stages cost, and each
section is aligned on its own. On a machine with two cores or more, a long
report's sections are split in two: a forked copy of this process aligns one
share while this one aligns the other, and sends its results back through a
pipe. Forking copies nothing up front (the dictionaries and modules already
loaded are shared), so the second process starts in a few milliseconds.

The result is the same, item for item, as ``[fn(x) for x in items]``: each
item is computed by the same function on the same input, and a share the
second process did not deliver (it failed or was killed) is computed here.
Used only where ``os.fork`` is safe (Linux, one thread) and worth it;
``BITEXT_SERIAL=1`` turns it off.
"""
from __future__ import annotations

import os
import pickle
import sys
from typing import Callable, Sequence, TypeVar

T = TypeVar("T")
R = TypeVar("R")

# Below this much estimated work (in the caller's units: about a microsecond
# each for the aligner) a fork costs more than it saves.
MIN_WORK = 40_000


def available() -> bool:
    import threading

    return (sys.platform == "linux" and hasattr(os, "fork") and threading.active_count() == 1
            and (os.cpu_count() or 1) >= 2 and os.environ.get("BITEXT_SERIAL", "") in ("", "0"))


def split(costs: Sequence[float]) -> tuple[list[int], list[int]]:
    """Two shares of about equal cost: the dearest item first, each to the lighter share."""
    mine: list[int] = []
    other: list[int] = []
    a = b = 0.0
    for i in sorted(range(len(costs)), key=lambda i: (-costs[i], i)):
        if a <= b:
            mine.append(i)
            a += costs[i]
        else:
            other.append(i)
            b += costs[i]
    return sorted(mine), sorted(other)


def map_shared(fn: Callable[[T], R], items: Sequence[T], costs: Sequence[float], min_work: float = MIN_WORK) -> list[R]:
    """``[fn(x) for x in items]``, with a share computed in a forked process when
    the total cost is worth it. ``fn`` and the results must be picklable data;
    ``fn`` must not depend on anything a share changes (it runs in two processes)."""
    if len(items) < 2 or sum(costs) < min_work or not available():
        return [fn(x) for x in items]
    mine, other = split(costs)
    r, w = os.pipe()

    def second() -> None:  # compute the share and send it (on any error it says nothing: it is recomputed here)
        os.close(r)
        close_others(w)
        data = pickle.dumps([fn(items[i]) for i in other], protocol=pickle.HIGHEST_PROTOCOL)
        with os.fdopen(w, "wb") as f:
            f.write(data)

    pid = fork(second)
    os.close(w)
    out: list = [None] * len(items)
    try:
        for i in mine:
            out[i] = fn(items[i])
        with os.fdopen(r, "rb") as f:
            r = -1
            data = f.read()
    finally:
        if r >= 0:
            os.close(r)
        status = _reap(pid, stop=r >= 0)
    theirs = None
    if status == 0 and data:
        try:
            theirs = pickle.loads(data)
        except Exception:  # pragma: no cover - a truncated message: recompute
            theirs = None
    if theirs is None or len(theirs) != len(other):
        theirs = [fn(items[i]) for i in other]
    for i, v in zip(other, theirs):
        out[i] = v
    return out


def fork(child: Callable[[], None]) -> int:
    """Start a forked copy of this process that runs ``child()`` and ends: with
    status 0 if it returned, 1 if it raised (silently: the caller decides what a
    failed copy means), at once if this process ends first. Returns its pid."""
    import gc

    sys.stdout.flush()
    sys.stderr.flush()
    parent = os.getpid()
    gc.freeze()  # the copy's collector leaves the objects made so far (and their memory pages) alone
    pid = os.fork()
    if pid == 0:  # the copy: never returns
        code = 1
        try:
            die_with(parent)
            child()
            code = 0
        except BaseException:
            pass
        finally:
            os._exit(code)
    gc.unfreeze()
    return pid


def _reap(pid: int, stop: bool) -> int:
    """Wait for the second process (ending it first if this one is leaving early)."""
    if stop:
        import signal

        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:  # pragma: no cover - it has ended already
            pass
    _, status = os.waitpid(pid, 0)
    return os.waitstatus_to_exitcode(status)


def die_with(parent: int) -> None:
    """End this process when its parent ends (a build killed halfway leaves nothing running)."""
    import ctypes
    import signal

    PR_SET_PDEATHSIG = 1
    ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    if os.getppid() != parent:  # it ended before the request was made
        os._exit(1)


def close_others(*keep: int) -> None:
    """Close the descriptors this process inherited but does not use (pipes to other
    processes among them: a reader waiting for their end would wait for this one too)."""
    try:
        top = os.sysconf("SC_OPEN_MAX")
    except (ValueError, OSError):  # pragma: no cover
        top = 1024
    low = 3
    for fd in sorted(keep):
        os.closerange(low, fd)
        low = fd + 1
    os.closerange(low, top)
