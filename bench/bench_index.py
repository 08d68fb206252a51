"""Benchmark of indexing and hybrid search on catalogues scaled up from the corpus (not a test).

    .venv/bin/python bench/bench_index.py --sizes 1000 10000 [100000] [--no-langchain]

Synthesises N variants of the bundled catalogue + the edX courses, then measures with the offline embedder:
full index time, re-index after changing 1% of entries, hybrid top-10 with two filters (p50/p95) against a
bare Chroma query with the same `where` (and without one) on the same vectors, a fresh serving process
(imports, `open_index`, first search, peak RSS), and LangChain's `Chroma.from_documents` with the same
embedder. Prints JSON lines; docs/BENCHMARKS.md has results.
"""

from __future__ import annotations

import argparse
import json
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
from pathfinder.index.evaluation import load_queries
from pathfinder.index.filters import chroma_where
from pathfinder.index.store import VectorStore, open_client
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
from pathfinder.settings import Settings
from pathfinder.domain import SearchFilters
from pathfinder.index import open_index
s = Settings(_env_file=None, data_dir=sys.argv[1], embedder="offline")
t1 = time.perf_counter()
index = open_index(s)
t2 = time.perf_counter()
index.search(sys.argv[2], SearchFilters(languages=("en",), max_cost=300))
t3 = time.perf_counter()
for q in sys.argv[3:]:
    index.search(q, SearchFilters(languages=("en",), max_cost=300))
# VmHWM is this process's own high-water mark; ru_maxrss would carry over the parent's peak across exec.
rss = next(int(l.split()[1]) for l in open("/proc/self/status") if l.startswith("VmHWM")) / 1024
print(json.dumps({"imports_s": t1 - t0, "open_index_s": t2 - t1, "first_search_s": t3 - t2, "rss_mb": rss}))
"""


def serving_process(settings: Settings, queries: list[str]) -> dict:
    """A fresh process: import, open_index (cold start), first search, 50 searches; its own peak RSS."""
    out = subprocess.run(
        [sys.executable, "-c", SERVE, str(settings.data_dir), *queries[:50]],
        capture_output=True,
        text=True,
        check=True,
    )
    got = json.loads(out.stdout.strip().splitlines()[-1])
    return {
        "cold_imports_s": round(got["imports_s"], 2),
        "cold_open_index_s": round(got["open_index_s"], 2),
        "cold_first_search_s": round(got["first_search_s"], 3),
        "peak_rss_serving_mb": round(got["rss_mb"], 1),
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


def run(n: int, base: list[Credential], queries: list[str], root: Path, langchain: bool) -> dict:
    settings = Settings(_env_file=None, data_dir=root / f"n{n}", embedder="offline", chroma_url=None)
    creds = synthesise(base, n)
    t = time.perf_counter()
    full = reindex_report(settings, ImportReport(credentials=creds))
    full_s = time.perf_counter() - t
    t = time.perf_counter()
    inc = reindex_report(settings, ImportReport(credentials=change_one_percent(creds)))
    inc_s = time.perf_counter() - t
    result = {
        "n": n,
        "full_index_s": round(full_s, 2),
        "reindex_1pct_s": round(inc_s, 2),
        "reindex_share_of_full": round(inc_s / full_s, 3),
        "reembedded": inc.embedded,
        "updated": inc.updated,
    }
    assert full.total == n
    result.update(latency(settings, queries))
    result.update(serving_process(settings, queries))
    if langchain:
        result["langchain_from_documents_s"] = langchain_from_documents(creds, root / f"lc{n}")
    return result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--no-langchain", action="store_true")
    args = parser.parse_args()
    settings = Settings()
    base = base_catalogue(settings)
    queries = [q.query for q in load_queries()]
    queries = (queries * 4)[:200]
    with tempfile.TemporaryDirectory(prefix="pf-bench-") as tmp:
        for n in args.sizes:
            print(json.dumps(run(n, base, queries, Path(tmp), not args.no_langchain)), flush=True)
    print(
        json.dumps(
            {"bench_process_peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)}
        )
    )


if __name__ == "__main__":
    main()
