"""Linking phrases to the taxonomy by meaning, in any served language: a goal or current job to an ESCO
occupation (nearest labels in the multilingual encoder's space, with a margin), or, when no occupation is
close, an area ("HPC", "data governance") to the cluster of skills its best catalogue matches teach."""

from __future__ import annotations

import hashlib
import tempfile
import threading
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from pathfinder.assistant.nlu import encoder, vocab
from pathfinder.assistant.nlu.slots import tokens
from pathfinder.domain import Occupation
from pathfinder.domain.taxonomy import Taxonomy

SURE = 0.88  # nearest label at least this similar ...
MARGIN = 0.03  # ... and this much closer than the next occupation: linked without asking
MAX_OCCUPATIONS = 5000  # a larger taxonomy is linked by labels only (embedding it would take minutes)
LABELS_PER_OCCUPATION = 5


@dataclass(frozen=True)
class OccupationLink:
    """The occupations a phrase may name, best first, and whether the first is clear enough to use."""

    candidates: tuple[tuple[Occupation, float], ...]
    sure: bool

    @property
    def best(self) -> Occupation | None:
        return self.candidates[0][0] if self.candidates else None

    @property
    def ambiguous(self) -> bool:
        return not self.sure and len(self.candidates) >= 2 and self.candidates[0][1] >= SURE


def core(text: str) -> str:
    """The content words of a phrase (function words of the served languages dropped), for linking."""
    kept = [t for t in tokens(text) if t not in vocab.STOPWORDS]
    return " ".join(kept)


# Finnish case endings a job name takes in "haluan X:ksi" (translative), "olen X:nä" (essive), "X:n" ...;
# longest first. A stripped word is only a second reading, scored beside the phrase as written.
_FI_ENDINGS = ("iksi", "ksi", "nä", "na", "lla", "llä", "sta", "stä", "ssa", "ssä", "n")
_FI_GRADATION = (("ikoksi", "ikko"), ("ikona", "ikko"), ("ikon", "ikko"), ("ijoiksi", "ija"))


def finnish_base(word: str) -> str:
    """A Finnish inflected noun's likely base form ("ohjelmistokehittäjäksi" -> "ohjelmistokehittäjä",
    "analyytikoksi" -> "analyytikko"); the word itself when no ending applies or too little would remain."""
    for ending, base in _FI_GRADATION:
        if word.endswith(ending) and len(word) - len(ending) >= 4:
            return word[: -len(ending)] + base
    for ending in _FI_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 5:
            stem = word[: -len(ending)]
            return stem + "i" if ending == "iksi" and not stem.endswith("i") else stem
    return word


def readings(text: str) -> list[str]:
    """The phrase and, when it differs, its words in Finnish base form."""
    base = " ".join(finnish_base(w) for w in text.split())
    return [text] if base == text else [text, base]


class OccupationLinker:
    def __init__(self, taxonomy: Taxonomy) -> None:
        self.taxonomy = taxonomy
        self._matrix: np.ndarray | None = None
        self._owners: list[Occupation] = []
        self._lock = threading.Lock()

    def _ensure(self) -> bool:
        with self._lock:
            if self._matrix is not None:
                return len(self._owners) > 0
            occupations = list(self.taxonomy.occupations.values())
            if len(occupations) > MAX_OCCUPATIONS:
                self._matrix = np.zeros((0, encoder.DIM), dtype=np.float32)
                return False
            texts, owners = [], []
            for occ in occupations:
                for label in (occ.label, *occ.alt_labels[: LABELS_PER_OCCUPATION - 1]):
                    texts.append(label)
                    owners.append(occ)
            self._matrix, self._owners = _cached_encode(texts), owners
            return bool(owners)

    def similarities(self, phrase: str) -> dict[str, tuple[Occupation, float]]:
        """Each occupation's nearest label's similarity to the phrase, by URI (empty: nothing embedded)."""
        text = core(phrase) or phrase
        if not text.strip() or not self._ensure():
            return {}
        scores = (self._matrix @ encoder.encode(readings(text)).T).max(axis=1)
        best: dict[str, tuple[Occupation, float]] = {}
        for score, occ in zip(scores.tolist(), self._owners):
            if score > best.get(occ.uri, (occ, -1.0))[1]:
                best[occ.uri] = (occ, score)
        return best

    def link(self, phrase: str) -> OccupationLink:
        best = self.similarities(phrase)
        if not best:
            return OccupationLink((), False)
        ranked = tuple(sorted(best.values(), key=lambda x: -x[1])[:3])
        sure = (
            bool(ranked)
            and ranked[0][1] >= SURE
            and (len(ranked) < 2 or ranked[0][1] - ranked[1][1] >= MARGIN)
        )
        return OccupationLink(ranked, sure)

    def warm(self) -> None:
        self._ensure()


def _cached_encode(texts: list[str]) -> np.ndarray:
    """Label embeddings, cached in the temp directory by a hash of the labels (the encoder is
    deterministic)."""
    digest = hashlib.sha256("\n".join(texts).encode()).hexdigest()[:16]
    path = Path(tempfile.gettempdir()) / f"pathfinder-labels-{digest}.npy"
    try:
        cached = np.load(path, allow_pickle=False)
        if cached.shape == (len(texts), encoder.DIM):
            return cached
    except (OSError, ValueError):
        pass
    matrix = encoder.encode(texts)
    try:
        tmp = path.with_suffix(".tmp.npy")
        np.save(tmp, matrix)
        tmp.replace(path)
    except OSError:
        pass
    return matrix
