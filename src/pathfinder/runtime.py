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
