"""Serving processes cap BLAS at one thread (issue #17): app.py and the CLI set it before numpy loads."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

import pytest

from pathfinder.runtime import THREAD_VARIABLES
from pathfinder.settings import PROJECT_ROOT

OPENBLAS_THREADS = """
import ctypes, glob, os, sys
import numpy
libs = glob.glob(os.path.join(os.path.dirname(numpy.__file__), "..", "numpy.libs", "libscipy_openblas*"))
if not libs:
    print("no-openblas"); sys.exit()
lib = ctypes.CDLL(libs[0])
get = getattr(lib, "scipy_openblas_get_num_threads64_", None) or lib.openblas_get_num_threads
print(get())
"""


def _threads(prelude: str, env: dict[str, str], tmp_path: Path) -> str:
    clean = {k: v for k, v in os.environ.items() if k not in THREAD_VARIABLES}
    out = subprocess.run(
        [sys.executable, "-c", prelude + OPENBLAS_THREADS],
        capture_output=True,
        text=True,
        env={**clean, **env, "PATHFINDER_DATA_DIR": str(tmp_path)},
        cwd=tmp_path,
        timeout=120,
    )
    got = out.stdout.strip().splitlines()[-1]
    if got == "no-openblas":
        pytest.skip("numpy here is not built with the bundled OpenBLAS")
    return got


CLI = "from pathfinder.cli import main\nmain(['index', '--status'])\n"


def test_the_cli_serves_with_one_blas_thread(tmp_path):
    assert _threads(CLI, {}, tmp_path) == "1"


def test_an_operators_own_thread_count_is_kept(tmp_path):
    assert _threads(CLI, {"OPENBLAS_NUM_THREADS": "2"}, tmp_path) == "2"


def test_app_py_limits_threads_before_it_imports_the_pages():
    tree = ast.parse((PROJECT_ROOT / "app.py").read_text(encoding="utf-8"))
    calls = [
        n.value.func.id
        for n in tree.body
        if isinstance(n, ast.Expr) and isinstance(n.value, ast.Call) and isinstance(n.value.func, ast.Name)
    ]
    imports = [n for n in tree.body if isinstance(n, ast.ImportFrom)]
    assert calls[0] == "limit_native_threads"
    first_call = next(n for n in tree.body if isinstance(n, ast.Expr))
    assert all(
        n.lineno > first_call.lineno for n in imports if n.module and n.module.startswith("pathfinder.ui")
    )
