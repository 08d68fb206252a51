"""What a serving process (the app, the CLI) sets up before the numeric libraries load: one BLAS thread.

On a small shared machine, BLAS threads for a (10k × 256) · (256,) product only add hand-overs (hybrid
search p95 with and without the cap: docs/BENCHMARKS.md, "Hardening (issue #17), second pass").
OpenBLAS, MKL and OpenMP read these variables once, when numpy loads them, so `limit_native_threads` must run
before anything imports numpy; a value the operator set (e.g. OPENBLAS_NUM_THREADS=4) is kept.
`one_blas_thread` applies the same rule inside a process that loaded numpy first (a test run, a notebook, a
library caller): the one place for BLAS threads is this module.
"""

from __future__ import annotations

import os
import sys
import threading

THREAD_VARIABLES = (
    "OPENBLAS_NUM_THREADS",
    "OMP_NUM_THREADS",
    "MKL_NUM_THREADS",
    "BLIS_NUM_THREADS",
    "VECLIB_MAXIMUM_THREADS",
    "NUMEXPR_NUM_THREADS",
)


def limit_native_threads() -> bool:
    """One thread for BLAS/OpenMP unless set otherwise; False when numpy was already loaded (too late)."""
    for name in THREAD_VARIABLES:
        os.environ.setdefault(name, "1")
    return "numpy" not in sys.modules


_blas: list = []  # the threadpoolctl controller, made on first use


def one_blas_thread():
    """A context in which BLAS uses one thread. Scoring is one matrix-vector product per text over ~100k
    label vectors (memory-bound): a second thread adds no speed and, on a shared machine, costs CPU spinning
    (measured 16.7 -> 11.9 ms CPU per sentence, docs/BENCHMARKS.md)."""
    if not _blas:
        from threadpoolctl import ThreadpoolController

        _blas.append(ThreadpoolController())
    return _blas[0].limit(limits=1, user_api="blas")


_AST_LOCK = threading.Lock()


def serialise_ast_parse() -> bool:
    """On CPython before 3.12.3 / 3.11.9, two threads in `ast.parse` at once can fail with "SystemError: AST
    constructor recursion depth mismatch" (gh-106905: the converter's depth counter is shared). The app parses
    in more than one thread: the warm-up thread's imports (`inspect.signature` of a builtin parses its text
    signature) beside a page run or, in tests, pytest's reports. This wraps `ast.parse` in one lock, once per
    process (idempotent; app.py runs on every rerun); True when the wrapper is in place."""
    if sys.version_info >= (3, 12, 3) or (3, 11, 9) <= sys.version_info < (3, 12):
        return False
    import ast

    if getattr(ast.parse, "_pathfinder_serialised", False):
        return True
    unlocked = ast.parse

    def parse(*args, **kwargs):  # type: ignore[no-untyped-def]
        with _AST_LOCK:
            return unlocked(*args, **kwargs)

    parse._pathfinder_serialised = True  # type: ignore[attr-defined]
    parse.__doc__ = unlocked.__doc__
    ast.parse = parse  # type: ignore[assignment]
    return True
