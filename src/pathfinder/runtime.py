"""What a serving process (the app, the CLI) sets up before the numeric libraries load: one BLAS thread.

On a small shared machine, BLAS threads for a (10k × 256) · (256,) product only add hand-overs (hybrid
search p95 with and without the cap: docs/BENCHMARKS.md, "Hardening (issue #17), second pass").
OpenBLAS, MKL and OpenMP read these variables once, when numpy loads them, so `limit_native_threads` must run
before anything imports numpy; a value the operator set (e.g. OPENBLAS_NUM_THREADS=4) is kept.
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
