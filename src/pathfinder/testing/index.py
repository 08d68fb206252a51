"""An in-memory catalogue index with the real index's methods (lexical only) and its filter predicate
(`domain.filters.matches`: an unknown value fails a filter that is set), for tests and demos."""

from __future__ import annotations

from collections.abc import Iterable

from pathfinder.domain import Credential, Hit, SearchFilters
from pathfinder.domain.filters import EmptyReason, empty_reason, matches
from pathfinder.domain.taxonomy import normalise_label
from pathfinder.index.embedders import HashEmbedder  # noqa: F401  (re-exported by pathfinder.testing)


def _words(text: str) -> set[str]:
    return {w for w in normalise_label(text).split() if len(w) > 1}


class InMemoryIndex:
    """A tiny lexical stand-in for `pathfinder.index.CatalogueIndex` (same methods), for tests and demos."""

    def __init__(self, credentials: Iterable[Credential]) -> None:
        self._by_id = {c.id: c for c in credentials}
        self._words = {
            c.id: _words(
                " ".join(
                    [
                        c.title,
                        c.description,
                        c.subject or "",
                        *(s.label for s in c.skills),
                        *c.learning_outcomes,
                    ]
                )
            )
            for c in self._by_id.values()
        }
        self._title_words = {c.id: _words(c.title) for c in self._by_id.values()}

    def search(self, query: str, filters: SearchFilters | None = None, k: int = 10) -> list[Hit]:
        filters = filters or SearchFilters()
        q = _words(query)
        scored = []
        for cid, cred in self._by_id.items():
            if not matches(cred, filters):
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

    def empty_reason(self, query: str, filters: SearchFilters) -> EmptyReason:
        creds = list(self._by_id.values())
        return empty_reason(lambda g: sum(matches(c, g) for c in creds), len(creds), filters)

    def explain_empty(self, query: str, filters: SearchFilters) -> str:
        without = [c for c in self._by_id.values() if matches(c, filters)]
        if not without:
            return "No entry passes these filters at all; try removing one."
        return f"Nothing on {query!r} passes these filters; {len(without)} entries pass them on other topics."
