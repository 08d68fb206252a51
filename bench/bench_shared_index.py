"""Benchmark of index versions shared through the database (not a test): publish on host A, fetch on host B.

    .venv/bin/python bench/bench_shared_index.py --database-url postgresql://... [--sizes 10000]

Two data folders stand for two hosts with one PATHFINDER_INDEX_URL. For each size: a full build on A (with the
upload), a 1% re-index on A, and the time B takes to serve each new version (`open_index` after the flip:
download, checksum, unpack, load). Prints JSON lines; docs/BENCHMARKS.md has results.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_index import base_catalogue, change_one_percent, synthesise  # noqa: E402

from pathfinder.domain import ImportReport  # noqa: E402
from pathfinder.index import open_index, reindex_report  # noqa: E402
from pathfinder.index import versions as v  # noqa: E402
from pathfinder.index.store_sync import wait_stored  # noqa: E402
from pathfinder.settings import Settings  # noqa: E402


def _size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def run(n: int, url: str, root: Path) -> dict:
    base = dict(_env_file=None, embedder="offline", chroma_url=None, index_url=url, index_poll_seconds=0)
    a, b = Settings(**base, data_dir=root / f"a{n}"), Settings(**base, data_dir=root / f"b{n}")
    creds = synthesise(base_catalogue(Settings()), n)
    out: dict = {"n": n, "load_avg_1min": round(os.getloadavg()[0], 1)}
    for step, report in (("full", creds), ("1pct", change_one_percent(creds))):
        t = time.perf_counter()
        summary = reindex_report(a, ImportReport(credentials=report), store_wait=False)  # as the CLI does
        out[f"{step}_reindex_and_publish_s"] = round(time.perf_counter() - t, 2)
        out[f"{step}_version_mb"] = round(_size(v.versions_dir(a) / summary.version) / 1e6, 1)
        t = time.perf_counter()
        index = open_index(b)
        out[f"{step}_host_b_serves_after_s"] = round(time.perf_counter() - t, 2)
        assert index.version == summary.version and len(index) == n
        wait_stored(a, summary.version)  # A's embedded Chroma catching up, before the next step
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--database-url", required=True, help="PostgreSQL (or a SQLite file) for the versions")
    ap.add_argument("--sizes", type=int, nargs="+", default=[10000])
    args = ap.parse_args()
    root = Path(tempfile.mkdtemp(prefix="pf-shared-"))
    try:
        for n in args.sizes:
            print(json.dumps(run(n, args.database_url, root)), flush=True)
    finally:
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
