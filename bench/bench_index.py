"""Benchmark of indexing and hybrid search on catalogues scaled up from the corpus (not a test).

    .venv/bin/python bench/bench_index.py --sizes 1000 10000 [100000] [--no-langchain]
    .venv/bin/python bench/bench_index.py --sizes 10000 --reindex-only --runs 3   # the 1% ratio only
    .venv/bin/python bench/bench_index.py --sizes 10000 --reindex-only --warm --runs 3  # in a warm process

Synthesises N variants of the bundled catalogue + the edX courses, then measures with the offline embedder:
full index time, re-index after changing 1% of entries, hybrid top-10 with two filters (p50/p95) against a
bare Chroma query with the same `where` (and without one) on the same vectors, a fresh serving process
(imports, `open_index`, first search, peak RSS), and LangChain's `Chroma.from_documents` with the same
embedder. Prints JSON lines; docs/BENCHMARKS.md has results.
"""

from __future__ import annotations

import argparse
import json
import os
import pickle
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

from pathfinder.catalogue import load_catalogue
from pathfinder.domain import Credential, ImportReport, SearchFilters
from pathfinder.index import open_index, reindex_report
from pathfinder.index.embedders import build_embedder
from pathfinder.index.evaluation import load_queries
from pathfinder.index.filters import chroma_where
from pathfinder.index.store import VectorStore, open_client
from pathfinder.index.store_sync import wait_stored
from pathfinder.runtime import THREAD_VARIABLES
from pathfinder.settings import Settings

FILTERS = SearchFilters(languages=("en",), max_cost=300)  # the two filters of the target
SUFFIXES = [
    "",
    "for professionals",
    "II",
    "intensive",
    "in practice",
    "advanced",
    "for beginners",
    "bootcamp",
    "applied",
    "essentials",
    "masterclass",
    "for managers",
]


def base_catalogue(settings: Settings) -> list[Credential]:
    bundled = load_catalogue([settings.corpus_dir / "catalogue"]).credentials
    edx = load_catalogue(
        [settings.shared_data_dir / "edx_courses" / "edx_courses.csv"], mapping="edx"
    ).credentials
    return bundled + edx


def synthesise(base: list[Credential], n: int, seed: int = 7) -> list[Credential]:
    rng = random.Random(seed)
    out = []
    for i in range(n):
        b = base[i % len(base)]
        variant = i // len(base)
        suffix = SUFFIXES[variant % len(SUFFIXES)] if variant else ""
        out.append(
            b.model_copy(
                update={
                    "id": f"{b.id}-v{variant}" if variant else b.id,
                    "title": f"{b.title} {suffix}".strip()
                    + (f" {variant // len(SUFFIXES)}" if variant >= len(SUFFIXES) else ""),
                    "cost": rng.choice([0.0, 49.0, 120.0, 290.0, 450.0, 900.0, None]) if variant else b.cost,
                    "languages": (rng.choice(["en", "en", "de", "es", "fr"]),) if variant else b.languages,
                    "participation": rng.choice(["online", "blended", "on-site"])
                    if variant
                    else b.participation,
                }
            )
        )
    return out


def change_one_percent(creds: list[Credential], seed: int = 11) -> list[Credential]:
    rng = random.Random(seed)
    picked = set(rng.sample(range(len(creds)), max(1, len(creds) // 100)))
    return [
        c.model_copy(update={"title": c.title + " (2026 edition)"}) if i in picked else c
        for i, c in enumerate(creds)
    ]


def pct(values: list[float], q: float) -> float:
    return float(np.percentile(np.array(values), q))


def latency(settings: Settings, queries: list[str]) -> dict:
    index = open_index(settings)
    store = VectorStore(open_client(settings), index.embedder.name, index.embedder.dim)
    where = chroma_where(FILTERS)
    for q in queries[:5]:  # warm-up
        index.search(q, FILTERS)
        store.query(index.embedder.embed([q])[0], 10, where)
    hybrid, bare, bare_nofilter = [], [], []
    for q in queries:
        t = time.perf_counter()
        index.search(q, FILTERS, k=10)
        hybrid.append((time.perf_counter() - t) * 1000)
        t = time.perf_counter()
        store.query(index.embedder.embed([q])[0], 10, where)
        bare.append((time.perf_counter() - t) * 1000)
        t = time.perf_counter()
        store.query(index.embedder.embed([q])[0], 10, None)
        bare_nofilter.append((time.perf_counter() - t) * 1000)
    return {
        "hybrid_p50_ms": round(pct(hybrid, 50), 2),
        "hybrid_p95_ms": round(pct(hybrid, 95), 2),
        "chroma_where_p50_ms": round(pct(bare, 50), 2),
        "chroma_where_p95_ms": round(pct(bare, 95), 2),
        "chroma_nofilter_p95_ms": round(pct(bare_nofilter, 95), 2),
        "ratio_p95_hybrid_vs_chroma_where": round(pct(hybrid, 95) / pct(bare, 95), 2),
    }


SERVE = """
import json, sys, time
t0 = time.perf_counter()
cap = sys.argv.pop(1) == "cap"
if cap:  # what app.py and the CLI do: one BLAS thread, set before numpy loads
    from pathfinder.runtime import limit_native_threads
    limit_native_threads()
from pathfinder.settings import Settings
from pathfinder.domain import SearchFilters
from pathfinder.index import open_index
s = Settings(_env_file=None, data_dir=sys.argv[1], embedder="offline")
t1 = time.perf_counter()
index = open_index(s)
t2 = time.perf_counter()
index.search(sys.argv[2], SearchFilters(languages=("en",), max_cost=300))
t3 = time.perf_counter()
took = []
for q in sys.argv[3:]:
    t = time.perf_counter()
    index.search(q, SearchFilters(languages=("en",), max_cost=300), k=10)
    took.append((time.perf_counter() - t) * 1000)
took.sort()
# VmHWM is this process's own high-water mark; ru_maxrss would carry over the parent's peak across exec.
rss = next(int(l.split()[1]) for l in open("/proc/self/status") if l.startswith("VmHWM")) / 1024
print(json.dumps({"imports_s": t1 - t0, "open_index_s": t2 - t1, "first_search_s": t3 - t2, "rss_mb": rss,
                  "p50_ms": took[len(took) // 2], "p95_ms": took[int(len(took) * 0.95)]}))
"""


def _serve(settings: Settings, queries: list[str], cap: bool) -> dict:
    env = {k: v for k, v in os.environ.items() if k not in THREAD_VARIABLES}
    out = subprocess.run(
        [sys.executable, "-c", SERVE, "cap" if cap else "nocap", str(settings.data_dir), *queries],
        capture_output=True,
        text=True,
        check=True,
        env=env,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def serving_process(settings: Settings, queries: list[str], rounds: int = 3) -> dict:
    """Fresh processes: import, open_index (cold start), first search, then the queries' hybrid search p50/p95
    with BLAS capped at one thread (as app.py and the CLI run) and uncapped, alternating, `rounds` each."""
    capped, uncapped = [], []
    for _ in range(rounds):
        uncapped.append(_serve(settings, queries, cap=False))
        capped.append(_serve(settings, queries, cap=True))
    got = capped[0]
    med = lambda runs, key: round(float(np.median([r[key] for r in runs])), 2)  # noqa: E731
    return {
        "cold_imports_s": round(got["imports_s"], 2),
        "cold_open_index_s": round(got["open_index_s"], 2),
        "cold_first_search_s": round(got["first_search_s"], 3),
        "peak_rss_serving_mb": round(got["rss_mb"], 1),
        "serving_hybrid_p50_ms_one_blas_thread": med(capped, "p50_ms"),
        "serving_hybrid_p95_ms_one_blas_thread": med(capped, "p95_ms"),
        "serving_hybrid_p50_ms_default_threads": med(uncapped, "p50_ms"),
        "serving_hybrid_p95_ms_default_threads": med(uncapped, "p95_ms"),
        "serving_p95_runs_capped_vs_default": [
            [r["p95_ms"] for r in capped],
            [r["p95_ms"] for r in uncapped],
        ],
    }


def langchain_from_documents(creds: list[Credential], folder: Path) -> float:
    from langchain_chroma import Chroma
    from langchain_core.documents import Document
    from langchain_core.embeddings import Embeddings

    from pathfinder.index.documents import dense_text
    from pathfinder.index.embedders import OfflineEmbedder

    emb = OfflineEmbedder()

    class Wrapped(Embeddings):
        def embed_documents(self, texts):
            return emb.embed(texts).tolist()

        def embed_query(self, text):
            return emb.embed([text])[0].tolist()

    docs = [Document(page_content=dense_text(c), metadata={"cid": c.id}) for c in creds]
    t = time.perf_counter()
    Chroma.from_documents(
        docs, Wrapped(), persist_directory=str(folder), collection_name="lc-bench", ids=[c.id for c in creds]
    )
    return round(time.perf_counter() - t, 2)


def run(
    n: int,
    base: list[Credential],
    queries: list[str],
    root: Path,
    langchain: bool,
    reindex_only: bool = False,
    embedder=None,
) -> dict:
    settings = Settings(_env_file=None, data_dir=root / f"n{n}", embedder="offline", chroma_url=None)
    creds = synthesise(base, n)
    # As `pathfinder index` and the app run it: served when the call returns, the embedded Chroma store
    # catching up in a child process (timed until its STORED mark).
    # The import reports are made (and validated) before the clock starts: loading is not indexing.
    report, changed = ImportReport(credentials=creds), ImportReport(credentials=change_one_percent(creds))
    # the 1% catalogue as an upload gives it: new objects, none shared with the first build's
    changed = ImportReport(credentials=pickle.loads(pickle.dumps(changed.credentials)))
    t, cpu = time.perf_counter(), time.process_time()
    full = reindex_report(settings, report, store_wait=False, embedder=embedder)
    full_s, full_cpu = time.perf_counter() - t, time.process_time() - cpu
    wait_stored(settings, full.version)
    full_stored_s = time.perf_counter() - t
    t, cpu = time.perf_counter(), time.process_time()
    inc = reindex_report(settings, changed, store_wait=False, embedder=embedder)
    inc_s, inc_cpu = time.perf_counter() - t, time.process_time() - cpu
    wait_stored(settings, inc.version)
    inc_stored_s = time.perf_counter() - t
    result = {
        "n": n,
        "load_avg_1min": round(os.getloadavg()[0], 1),
        "full_index_s": round(full_s, 2),
        "full_index_until_stored_s": round(full_stored_s, 2),
        "reindex_1pct_s": round(inc_s, 2),
        "reindex_1pct_until_stored_s": round(inc_stored_s, 2),
        "reindex_share_of_full": round(inc_s / full_s, 3),
        "served_s_full_1pct": [full.seconds, inc.seconds],  # IndexSummary.seconds: until served
        "reindex_share_of_full_served": round(inc.seconds / full.seconds, 3),
        # this process's CPU time (less bound to the machine's load than wall time)
        "cpu_s_full_1pct": [round(full_cpu, 3), round(inc_cpu, 3)],
        "reindex_share_of_full_cpu": round(inc_cpu / full_cpu, 3),
        "reembedded": inc.embedded,
        "updated": inc.updated,
    }
    assert full.total == n
    if reindex_only:
        return result
    result.update(latency(settings, queries))
    result.update(serving_process(settings, queries))
    if langchain:
        result["langchain_from_documents_s"] = langchain_from_documents(creds, root / f"lc{n}")
    return result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--no-langchain", action="store_true")
    parser.add_argument("--reindex-only", action="store_true", help="full and 1%% re-index times only")
    parser.add_argument("--runs", type=int, default=1, help="repeat each size (fresh index folders)")
    parser.add_argument("--warm", action="store_true", help="a warm process, as the app's second upload")
    args = parser.parse_args()
    settings = Settings()
    base = base_catalogue(settings)
    queries = [q.query for q in load_queries()]
    queries = (queries * 4)[:200]
    with tempfile.TemporaryDirectory(prefix="pf-bench-") as tmp:
        embedder = None
        if args.warm:
            warm = Settings(_env_file=None, data_dir=Path(tmp) / "warm", embedder="offline", chroma_url=None)
            embedder = build_embedder(warm)
            small = synthesise(base, 300)
            for creds in [small, change_one_percent(small)]:
                reindex_report(warm, ImportReport(credentials=creds), embedder=embedder)
        for run_no in range(args.runs):
            for n in args.sizes:
                folder = Path(tmp) / f"run{run_no}"
                result = run(n, base, queries, folder, not args.no_langchain, args.reindex_only, embedder)
                result["warm"] = args.warm
                print(json.dumps(result), flush=True)
    print(
        json.dumps(
            {"bench_process_peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)}
        )
    )


if __name__ == "__main__":
    main()
