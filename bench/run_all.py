"""`make bench`: run the benchmarks one after another, each in its own process and its own temporary folder.

By default a quick pass (small sizes, minutes on a laptop) that shows every benchmark still runs; `--full`
uses each script's own defaults (the sizes docs/BENCHMARKS.md reports; tens of minutes, and the app and
embedder benchmarks need Chromium and `pathfinder eval retrieval` first). `--only NAME ...` picks benchmarks.
Each benchmark gets a fresh TMPDIR that is removed afterwards, so the temporary indexes and catalogues it
builds are gone even when it stops half-way; what it left there is reported. Prints each benchmark's own
output, then a summary; exits 1 if any benchmark failed.

    .venv/bin/python bench/run_all.py [--full] [--only index planner ...]
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent

# name -> (script, quick arguments, full arguments or None when the quick pass is all it has)
BENCHMARKS: dict[str, tuple[str, list[str], list[str] | None]] = {
    "catalogue": ("catalogue_import.py", ["10000"], []),
    "index": ("bench_index.py", ["--sizes", "1000", "--no-langchain"], []),
    "planner": ("bench_planner.py", ["--size", "2000", "--repeats", "1"], []),
    "selection": ("bench_selection.py", ["--size", "2000"], []),
    "assistant": ("bench_assistant.py", ["--n", "2000", "--rounds", "1", "--embedder", "hash"], []),
    "load": ("load.py", None, []),  # type: ignore[dict-item]  - full only: minutes per level
    "app": ("bench_app.py", None, ["--runs", "1"]),  # type: ignore[dict-item]  - needs Chromium
    "embedders": ("bench_embedders.py", None, []),  # type: ignore[dict-item]  - needs the eval index
}


def _size(folder: Path) -> tuple[int, int]:
    files = [p for p in folder.rglob("*") if p.is_file()]
    return len(files), sum(p.stat().st_size for p in files)


def run(name: str, script: str, args: list[str]) -> tuple[int, float, str]:
    """(exit code, seconds, what it left in its TMPDIR) for one benchmark; its output goes straight out."""
    scratch = Path(tempfile.mkdtemp(prefix=f"pf-bench-{name}-"))
    env = {**os.environ, "TMPDIR": str(scratch), "PYTHONUNBUFFERED": "1"}
    print(f"\n=== {name}: {script} {' '.join(args)}", flush=True)
    started = time.perf_counter()
    try:
        command = [sys.executable, str(BENCH / script), *args]
        code = subprocess.run(command, env=env, cwd=BENCH.parent).returncode
    except KeyboardInterrupt:
        code = 130
    finally:
        files, size = _size(scratch)
        shutil.rmtree(scratch, ignore_errors=True)
    left = f"{files} files, {size / 1e6:.1f} MB left behind (removed)" if files else "clean"
    return code, time.perf_counter() - started, left


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--full", action="store_true", help="each benchmark's own (large) defaults")
    parser.add_argument("--only", nargs="+", choices=sorted(BENCHMARKS), help="run only these")
    args = parser.parse_args()
    chosen = args.only or list(BENCHMARKS)
    results = []
    for name in chosen:
        script, quick, full = BENCHMARKS[name]
        arguments = full if args.full else quick
        if arguments is None:
            results.append((name, None, 0.0, "skipped (only with --full)"))
            continue
        code, seconds, left = run(name, script, arguments)
        results.append((name, code, seconds, left))
        if code == 130:
            break
    print("\n=== summary" + (" (--full)" if args.full else " (quick pass; --full for the reported sizes)"))
    for name, code, seconds, left in results:
        status = "skipped" if code is None else "ok" if code == 0 else f"FAILED (exit {code})"
        print(f"  {name:10} {status:18} {seconds:7.1f} s   temporary files: {left}")
    return 1 if any(code not in (None, 0) for _, code, _, _ in results) else 0


if __name__ == "__main__":
    raise SystemExit(main())
