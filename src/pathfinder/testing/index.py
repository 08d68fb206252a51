"""An in-memory catalogue index with the real index's methods (lexical only), for tests and demos."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from pathfinder.domain import Credential, Hit, SearchFilters
from pathfinder.domain.taxonomy import normalise_label


def _words(text: str) -> set[str]:
    return {w for w in normalise_label(text).split() if len(w) > 1}


def passes(credential: Credential, filters: SearchFilters) -> bool:
    """Whether `credential` satisfies `filters` (unknown values pass, as the real index treats them)."""
    c, f = credential, filters
    if c.id in f.exclude_ids:
        return False
    if f.languages and c.languages and not set(c.languages) & set(f.languages):
        return False
    if f.participation and c.participation and c.participation not in f.participation:
        return False
    if f.max_cost is not None and c.cost_eur is not None and c.cost_eur > f.max_cost:
        return False
    if f.max_hours is not None and c.hours is not None and c.hours > f.max_hours:
        return False
    if f.max_ects is not None and c.ects is not None and c.ects > f.max_ects:
        return False
    if f.eqf_min is not None and c.eqf_level is not None and c.eqf_level < f.eqf_min:
        return False
    if f.eqf_max is not None and c.eqf_level is not None and c.eqf_level > f.eqf_max:
        return False
    if f.providers and c.provider not in f.providers:
        return False
    if f.countries and c.country and c.country not in f.countries:
        return False
    if f.skills and not c.skill_uris & set(f.skills):
        return False
    return True


class InMemoryIndex:
    """A tiny lexical stand-in for `pathfinder.index.CatalogueIndex` (same methods), for tests and demos."""

    def __init__(self, credentials: Iterable[Credential]) -> None:
        self._by_id = {c.id: c for c in credentials}
        self._words = {c.id: _words(" ".join([c.title, c.description, c.subject or "",
                                              *(s.label for s in c.skills), *c.learning_outcomes]))
                       for c in self._by_id.values()}
        self._title_words = {c.id: _words(c.title) for c in self._by_id.values()}

    def search(self, query: str, filters: SearchFilters | None = None, k: int = 10) -> list[Hit]:
        filters = filters or SearchFilters()
        q = _words(query)
        scored = []
        for cid, cred in self._by_id.items():
            if not passes(cred, filters):
                continue
            score = len(q & self._words[cid]) + 0.5 * len(q & self._title_words[cid])
            if q and score == 0:
                continue
            scored.append((score, cid))
        scored.sort(key=lambda t: (-t[0], t[1]))
        return [Hit(credential=self._by_id[cid], score=float(s)) for s, cid in scored[:k]]

    def get(self, credential_id: str) -> Credential | None:
        return self._by_id.get(credential_id)

    def credentials(self) -> list[Credential]:
        return list(self._by_id.values())

    def explain_empty(self, query: str, filters: SearchFilters) -> str:
        without = [c for c in self._by_id.values() if passes(c, filters)]
        if not without:
            return "No entry passes these filters at all; try removing one."
        return f"Nothing on {query!r} passes these filters; {len(without)} entries pass them on other topics."


def _reexport_hash_embedder() -> Any:
    try:
        from pathfinder.index import HashEmbedder  # noqa: F401  (once the index package lands)
    except ImportError:
        return None
    return HashEmbedder


HashEmbedder = _reexport_hash_embedder()
