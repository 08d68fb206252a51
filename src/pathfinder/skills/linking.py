"""Linking text to ESCO skills on meaning: the trained query adapter and the generic-label rule.

Two pieces the matcher (`SkillMatcher`) uses:
- `generic_labels(taxonomy)`: one-word alternative labels that are common words of the taxonomy ("data" for
  statistics, "security" for securities, "board" for scaffolding components). Derived from the data, not
  listed by hand: a one-word alt label is generic when its word occurs in the labels of at least
  GENERIC_MIN_SKILLS skills, or when the same alt label belongs to more than one skill. Generic labels are
  neither matched verbatim nor embedded, so they cannot name a skill on their own.
- `QueryAdapter`: a d x d matrix trained on SkillSkape train (tools/train_skill_adapter.py) that maps a text's
  embedding into the space of the skill labels' embeddings (contrastive, all 13.9k ESCO skills as negatives).
  It ships as a small .npy per embedder in skills/models/ (256 KB for WordLlama); an embedder without one
  (the hash embedder of the tests, an OpenAI model) is used as it is.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import numpy as np

from pathfinder.domain.taxonomy import Taxonomy, normalise_label

GENERIC_MIN_SKILLS = 10
# With a trained adapter (all three tuned on TECH/HOUSE validation and SkillSkape dev, docs/SKILLS.md):
ALT_PENALTY = 0.06  # subtracted from an alt label's cosine: a preferred label is better evidence
TRAINED_FLOOR = 0.2  # adapted cosines below this carry no evidence
TRAINED_DENSE_WEIGHT = 0.8  # score = w * dense + (1 - w) * lexical (Dice of content words)
MODELS_DIR = Path(__file__).parent / "models"


def label_word_counts(taxonomy: Taxonomy) -> Counter[str]:
    """Word -> how many skills have it in one of their labels (preferred or alternative), normalised."""
    counts: Counter[str] = Counter()
    for skill in taxonomy.skills.values():
        words: set[str] = set()
        for label in (skill.label, *skill.alt_labels):
            words.update(normalise_label(label).split())
        counts.update(words)
    return counts


def generic_labels(taxonomy: Taxonomy, min_skills: int = GENERIC_MIN_SKILLS) -> frozenset[str]:
    """Normalised one-word alt labels that are common words of the taxonomy or shared by several skills."""
    word_skills = label_word_counts(taxonomy)
    owners: dict[str, set[str]] = {}
    for skill in taxonomy.skills.values():
        for label in (skill.label, *skill.alt_labels):
            owners.setdefault(normalise_label(label), set()).add(skill.uri)
    preferred = {normalise_label(s.label) for s in taxonomy.skills.values()}
    out = set()
    for skill in taxonomy.skills.values():
        for alt in skill.alt_labels:
            key = normalise_label(alt)
            if (
                key
                and " " not in key
                and key not in preferred
                and (word_skills[key] >= min_skills or len(owners[key]) > 1)
            ):
                out.add(key)
    return frozenset(out)


def adapter_path(embedder_name: str) -> Path:
    return MODELS_DIR / f"{re.sub(r'[^a-zA-Z0-9._-]+', '-', embedder_name)}.adapter.npy"


class QueryAdapter:
    """x -> normalise(x @ W.T): the trained map from text embeddings to label embeddings (identity if
    none)."""

    def __init__(self, matrix: np.ndarray | None) -> None:
        self.matrix = None if matrix is None else np.asarray(matrix, dtype=np.float32)

    @classmethod
    def for_embedder(cls, embedder_name: str, dim: int) -> QueryAdapter:
        path = adapter_path(embedder_name)
        if not path.is_file():
            return cls(None)
        matrix = np.load(path)
        return cls(matrix if matrix.shape == (dim, dim) else None)

    @property
    def trained(self) -> bool:
        return self.matrix is not None

    def __call__(self, vectors: np.ndarray) -> np.ndarray:
        if self.matrix is None:
            return vectors
        out = vectors @ self.matrix.T
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        return (out / np.maximum(norms, 1e-12)).astype(np.float32)
