"""Measuring text-to-ESCO linking on labelled sentence sets: R-Precision@5 and MRR per set.

The sets are public and read where they lie (`../shared/data`, never copied): the TECH and HOUSE validation
splits of the Decorte et al. benchmark (`skill_linking_validation/`, tuned on) and SkillSkape train and dev
(`skillskape/`, train on train, choose on dev). Gold labels are ESCO preferred labels; they are turned into
URIs with the served taxonomy (the full ESCO import), and a gold label it does not hold is left out and
counted.
"""

from __future__ import annotations

import ast
import csv
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from pathfinder.errors import PathfinderError

SETS = {
    "tech": ("skill_linking_validation", "tech_validation_annotations.csv"),
    "house": ("skill_linking_validation", "house_validation_annotations.csv"),
    "skillskape-dev": ("skillskape", "dev.csv"),
    "skillskape-train": ("skillskape", "train.csv"),
}
NOT_LABELS = {"LABEL NOT PRESENT", "UNDERSPECIFIED", "UNK", ""}
RANK_DEPTH = 100  # MRR counts a gold skill only within this many ranked skills


@dataclass(frozen=True)
class LinkCase:
    """One sentence and the ESCO skill URIs it is labelled with."""

    text: str
    gold: frozenset[str]


def _read_rows(path: Path) -> list[dict[str, str]]:
    try:
        with path.open(encoding="utf-8", newline="") as f:
            return list(csv.DictReader(f))
    except (OSError, UnicodeDecodeError, csv.Error) as e:
        raise PathfinderError(
            f"Cannot read the linking set {path} ({e}); check PATHFINDER_SHARED_DATA_DIR."
        ) from e


def load_set(
    name: str, data_dir: Path, label_to_uri: Callable[[str], str | None]
) -> tuple[list[LinkCase], int]:
    """The cases of a named set (see SETS) and how many gold labels the taxonomy did not hold."""
    if name not in SETS:
        raise PathfinderError(f"Unknown linking set {name!r}; choose one of {', '.join(SETS)}.")
    folder, file = SETS[name]
    rows = _read_rows(Path(data_dir) / folder / file)
    labels: dict[str, list[str]] = {}
    if name in ("tech", "house"):
        for row in rows:
            labels.setdefault(row["sentence"], []).append(row["label"].strip())
    else:
        for row in rows:
            try:
                found = ast.literal_eval(row["skills"])
            except (ValueError, SyntaxError):
                found = []
            labels.setdefault(row["sentence"], []).extend(str(s).strip() for s in found)
    cases, unknown = [], 0
    for text, names in labels.items():
        uris = set()
        for label in names:
            if label in NOT_LABELS:
                continue
            uri = label_to_uri(label)
            if uri is None:
                unknown += 1
            else:
                uris.add(uri)
        if uris and text.strip():
            cases.append(LinkCase(text, frozenset(uris)))
    return cases, unknown


def rp_at(ranked: Sequence[str], gold: frozenset[str], k: int = 5) -> float:
    """R-Precision@k: gold skills among the first k, over min(k, number of gold skills)."""
    top = list(dict.fromkeys(ranked))[:k]
    return len(gold.intersection(top)) / min(k, len(gold))


def reciprocal_rank(ranked: Sequence[str], gold: frozenset[str]) -> float:
    for i, uri in enumerate(list(dict.fromkeys(ranked))[:RANK_DEPTH], start=1):
        if uri in gold:
            return 1.0 / i
    return 0.0


def score(ranker: Callable[[list[str]], list[list[str]]], cases: Sequence[LinkCase], k: int = 5) -> dict:
    """RP@k and MRR of `ranker` (texts -> ranked URIs per text) over `cases`."""
    ranked = ranker([c.text for c in cases])
    n = len(cases) or 1
    return {
        "sentences": len(cases),
        f"rp@{k}": round(sum(rp_at(r, c.gold, k) for r, c in zip(ranked, cases)) / n, 4),
        "mrr": round(sum(reciprocal_rank(r, c.gold) for r, c in zip(ranked, cases)) / n, 4),
    }


def score_extraction(extract: Callable[[str], Sequence[str]], cases: Sequence[LinkCase]) -> dict:
    """Micro precision and recall of the skills `extract` finds in each sentence (all it returns, no cut)."""
    tp = fp = fn = 0
    for case in cases:
        found = set(extract(case.text))
        tp += len(found & case.gold)
        fp += len(found - case.gold)
        fn += len(case.gold - found)
    return {
        "extract_precision": round(tp / (tp + fp), 3) if tp + fp else None,
        "extract_recall": round(tp / (tp + fn), 3) if tp + fn else None,
    }


def score_advert_extraction(
    extract: Callable[[str], Sequence[str]], cases: Sequence[LinkCase], sentences_per_advert: int = 10
) -> dict:
    """Micro precision and recall of `extract` on pseudo-adverts: each run of `sentences_per_advert`
    consecutive sentences joined into one text, scored against the union of their gold skills."""
    adverts = [cases[i : i + sentences_per_advert] for i in range(0, len(cases), sentences_per_advert)]
    joined = [
        LinkCase("\n".join(c.text for c in ad), frozenset().union(*(c.gold for c in ad))) for ad in adverts
    ]
    figures = score_extraction(extract, joined)
    return {
        "adverts": len(joined),
        "advert_precision": figures["extract_precision"],
        "advert_recall": figures["extract_recall"],
    }
