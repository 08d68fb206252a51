"""Keeping the MILP solver's native prints off standard output.

HiGHS (C++, inside scipy) writes some debug lines with printf straight to file descriptor 1, whatever its
output options say (seen: "HighsMipSolverData::transformNewIntegerFeasibleSolution tmpSolver.run();"). That
would corrupt `pathfinder plan --json`. While any solve runs, fd 1 points at /dev/null; Python's own buffered
output is flushed first, so nothing of ours is lost. Solves in several threads share one redirection.
"""

from __future__ import annotations

import os
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_active = 0
_saved_fd: int | None = None


@contextmanager
def native_stdout_silenced() -> Iterator[None]:
    """Inside the block, writes to file descriptor 1 from native code are discarded."""
    global _active, _saved_fd
    with _lock:
        if _active == 0:
            _saved_fd = _redirect()
        _active += 1
    try:
        yield
    finally:
        with _lock:
            _active -= 1
            if _active == 0 and _saved_fd is not None:
                _flush()
                os.dup2(_saved_fd, 1)
                os.close(_saved_fd)
                _saved_fd = None


def _flush() -> None:
    """Flush Python's and the C library's stdout buffers, so text lands on the fd it was written for."""
    for stream in (sys.stdout, sys.__stdout__):
        try:
            if stream is not None:
                stream.flush()
        except (OSError, ValueError):
            pass
    if _libc is not None:
        _libc.fflush(None)


def _load_libc():
    try:
        import ctypes

        return ctypes.CDLL(None)
    except (OSError, ImportError):  # not on this platform: only Python's buffers are flushed
        return None


_libc = _load_libc()


def _redirect() -> int | None:
    """Point fd 1 at /dev/null and return a copy of the old fd 1 (None if there is no fd 1 to redirect)."""
    _flush()
    try:
        saved = os.dup(1)
    except OSError:
        return None
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(devnull, 1)
    finally:
        os.close(devnull)
    return saved
