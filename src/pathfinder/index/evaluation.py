"""Retrieval evaluation: recall@k and nDCG@k of bm25, dense and hybrid over a labelled query set."""

from __future__ import annotations

import math
from pathlib import Path

from pydantic import BaseModel, Field

from pathfinder.domain import SearchFilters
from pathfinder.errors import PathfinderError
from pathfinder.index.search import CatalogueIndex
from pathfinder.settings import PROJECT_ROOT, Settings

EVAL_FILE = PROJECT_ROOT / "evals" / "retrieval.jsonl"
EDX_CSV = Path("edx_courses") / "edx_courses.csv"
MODES = ("bm25", "dense", "hybrid")


class EvalQuery(BaseModel):
    id: str
    query: str
    filters: SearchFilters = SearchFilters()
    relevant: dict[str, int] = Field(description="credential id -> grade (2 exactly right, 1 relevant)")
    note: str = ""


def load_queries(path: Path = EVAL_FILE) -> list[EvalQuery]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError as e:
        raise PathfinderError(f"The evaluation set {path} is missing; it ships with the repository.") from e
    return [EvalQuery.model_validate_json(line) for line in lines if line.strip()]


def recall_at(ranked: list[str], relevant: dict[str, int], k: int = 10) -> float:
    wanted = {i for i, g in relevant.items() if g > 0}
    return len(wanted & set(ranked[:k])) / len(wanted) if wanted else 0.0


def ndcg_at(ranked: list[str], relevant: dict[str, int], k: int = 10) -> float:
    dcg = sum((2 ** relevant.get(cid, 0) - 1) / math.log2(i + 2) for i, cid in enumerate(ranked[:k]))
    ideal = sorted(relevant.values(), reverse=True)[:k]
    idcg = sum((2**g - 1) / math.log2(i + 2) for i, g in enumerate(ideal))
    return dcg / idcg if idcg else 0.0


def evaluate(index: CatalogueIndex, queries: list[EvalQuery], k: int = 10) -> dict[str, dict[str, float]]:
    """Mean recall@k and nDCG@k per mode; every judged id must exist in the index."""
    unknown = sorted({cid for q in queries for cid in q.relevant if index.get(cid) is None})
    if unknown:
        raise PathfinderError(
            f"{len(unknown)} judged id(s) are not in the evaluation index (e.g. {unknown[:3]}); "
            "the catalogue changed: update evals/retrieval.jsonl."
        )
    out: dict[str, dict[str, float]] = {}
    for mode in MODES:
        recalls, ndcgs = [], []
        for q in queries:
            ranked = [h.credential.id for h in index.search(q.query, q.filters, k=k, mode=mode)]
            recalls.append(recall_at(ranked, q.relevant, k))
            ndcgs.append(ndcg_at(ranked, q.relevant, k))
        out[mode] = {
            f"recall@{k}": round(sum(recalls) / len(recalls), 4),
            f"ndcg@{k}": round(sum(ndcgs) / len(ndcgs), 4),
        }
    return out


def eval_sources(settings: Settings) -> tuple[list[Path], list[Path]]:
    """(bundled catalogue paths, edX CSV path): the catalogues the evaluation set was judged on."""
    edx = settings.shared_data_dir / EDX_CSV
    if not edx.exists():
        raise PathfinderError(f"The edX catalogue is needed for the evaluation and is missing at {edx}.")
    return [settings.corpus_dir / "catalogue"], [edx]


def eval_settings(settings: Settings) -> Settings:
    """The same settings with the index kept apart (DATA_DIR/eval), so evaluating never touches the served
    index."""
    return settings.model_copy(update={"data_dir": settings.data_dir / "eval", "chroma_url": None})
