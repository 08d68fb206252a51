"""The functions both responders use: search the catalogue, show a credential, skill gap, plan a pathway.

`AssistantTools` takes its collaborators (a catalogue index and the taxonomy; tests may inject a fake gap
function and planner) and `build_tools(settings)` wires the real ones. Gaps and plans come from its
`PlanService` (`planning.py`), the one the app's pages share. `credential_record` is the one JSON
shape catalogue data takes when it is handed to a language model (always as data, never as instructions).
"""

from __future__ import annotations

import contextvars
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date
from functools import cached_property
from typing import Any, Protocol

from pathfinder.assistant.lexicon import Lexicon
from pathfinder.assistant.planning import PlanCache, PlanService
from pathfinder.domain import Credential, Hit, LearnerProfile, Occupation, Pathway, SearchFilters
from pathfinder.domain.filters import EmptyReason
from pathfinder.domain.taxonomy import Taxonomy
from pathfinder.errors import PlanningError
from pathfinder.settings import Settings


class CatalogueSearch(Protocol):
    """What the assistant needs of a catalogue: `pathfinder.index.CatalogueIndex` or the shipped
    InMemoryIndex."""

    def search(self, query: str, filters: SearchFilters, k: int) -> list[Hit]: ...
    def get(self, credential_id: str) -> Credential | None: ...
    def credentials(self) -> list[Credential]: ...
    def explain_empty(self, query: str, filters: SearchFilters) -> str: ...
    def empty_reason(self, query: str, filters: SearchFilters) -> EmptyReason: ...


# entries the learner does not want in this reply ("AI without programming": those that teach or need it,
# `assistant.unwanted`); searches leave them out when anything else is found (`avoiding`)
_AVOIDED: contextvars.ContextVar[frozenset[str]] = contextvars.ContextVar("avoided", default=frozenset())


@contextmanager
def avoiding(ids: Iterable[str]) -> Iterator[None]:
    """Searches inside leave out the credentials `ids` (a preference: when nothing else is found, they
    stay)."""
    token = _AVOIDED.set(frozenset(ids))
    try:
        yield
    finally:
        _AVOIDED.reset(token)


def avoided_now() -> frozenset[str]:
    """The credentials the learner does not want in this reply (`avoiding`)."""
    return _AVOIDED.get()


def _without_avoided(filters: SearchFilters) -> SearchFilters | None:
    ids = _AVOIDED.get()
    if not ids:
        return None
    return filters.model_copy(update={"exclude_ids": tuple(sorted({*filters.exclude_ids, *ids}))})


MAX_MEANING_TITLES = 5000  # a larger catalogue is searched by the learner's words only
MEANING_FLOOR = 0.86  # multilingual-e5 cosine: below it a title is not what the learner's words mean
MEANING_MARGIN = 0.015  # ... and titles this much further than the best one are left out
GapFn = Callable[[LearnerProfile, Taxonomy, Sequence[Credential]], Any]
PlanFn = Callable[..., Pathway]


class AssistantTools:
    def __init__(
        self,
        index: CatalogueSearch,
        taxonomy: Taxonomy,
        *,
        gap_fn: GapFn | None = None,
        plan_fn: PlanFn | None = None,
        today: Callable[[], date] = date.today,
        plan_cache: PlanCache | None = None,
    ) -> None:
        self.index = index
        self.taxonomy = taxonomy
        self._gap_fn = gap_fn  # test seams: a fake gap function and planner, not cached
        self._plan_fn = plan_fn
        self._today = today
        self._plan_cache = plan_cache

    @cached_property
    def lexicon(self) -> Lexicon:
        return Lexicon(self.taxonomy, self.index.credentials())

    @cached_property
    def _all(self) -> list[Credential]:
        return self.index.credentials()

    @cached_property
    def _links(self) -> tuple[dict[str, list[Credential]], dict[str, list[Credential]]]:
        """Per credential id: the credentials that stack into it (its parts) and those that name it as a
        prerequisite, each in catalogue order; one pass over the catalogue per tools object (index version),
        instead of one per question (session 10: "cheaper?" over a shown list priced every certificate by
        scanning the 10k catalogue)."""
        parts: dict[str, list[Credential]] = {}
        after: dict[str, list[Credential]] = {}
        for c in self._all:
            for target in dict.fromkeys(s.target for s in c.stacks_into):
                parts.setdefault(target, []).append(c)
            for p in dict.fromkeys(c.prerequisites):
                after.setdefault(p, []).append(c)
        return parts, after

    @cached_property
    def _teaching(self) -> dict[str, list[Credential]]:
        """Per skill URI, the credentials tagged with it, in catalogue order; one pass per tools object."""
        teaching: dict[str, list[Credential]] = {}
        for c in self._all:
            for s in c.skills:
                teaching.setdefault(s.uri, []).append(c)
        return teaching

    def teachers(self, skill_uri: str) -> list[Credential]:
        """The credentials tagged with `skill_uri`, in catalogue order."""
        return list(self._teaching.get(skill_uri, ()))

    def parts_of(self, credential_id: str) -> list[Credential]:
        """The credentials that stack into `credential_id` (a certificate's parts), in catalogue order."""
        return list(self._links[0].get(credential_id, ()))

    def leads_to(self, credential_id: str) -> list[Credential]:
        """The credentials that name `credential_id` as a prerequisite, in catalogue order."""
        return list(self._links[1].get(credential_id, ()))

    @property
    def lexicon_credentials(self) -> list[Credential]:
        """Every indexed credential (the ones a learner can name)."""
        return self._all

    @cached_property
    def plans(self) -> PlanService:
        """Gaps and plans over this index version, cached; one tools object serves every session of the
        app, so the chat and the pages share it."""
        version = getattr(self.index, "version", None)
        return PlanService(
            lambda: self._all, self.taxonomy, version=version, today=self._today, cache=self._plan_cache
        )

    @property
    def planning_catalogue(self) -> Sequence[Credential]:
        """The catalogue indexed for planning, built once per tools object (one index version), on first
        use."""
        return self.plans.catalogue

    @cached_property
    def linker(self):
        """Goal and job phrases (any served language) to occupations by meaning; see nlu/linking.py."""
        from pathfinder.assistant.nlu.linking import OccupationLinker

        return OccupationLinker(self.taxonomy)

    @cached_property
    def _directions(self) -> list[tuple[str, Credential]]:
        """Occupations the catalogue serves best (most credentials teaching their essential skills), each with
        the credential that teaches most of them; computed once."""
        teaching = self._teaching
        scored = []
        for occ in self.taxonomy.occupations.values():
            counts: dict[str, int] = {}
            for uri in occ.essential:
                for c in teaching.get(uri, ()):
                    counts[c.id] = counts.get(c.id, 0) + 1
            if counts:
                best = max(counts, key=lambda i: (counts[i], i))
                scored.append((len(counts), occ.label, best))
        scored.sort(key=lambda x: (-x[0], x[1]))
        by_id = {c.id: c for c in self._all}
        out, used = [], set()
        for _, label, best in scored:
            if best not in used:
                out.append((label, by_id[best]))
                used.add(best)
            if len(out) == 3:
                break
        return out

    def directions(self, profile: LearnerProfile | None = None) -> list[tuple[str, Credential]]:
        return self._directions

    def direction_examples(self, profile: LearnerProfile | None = None) -> list[Credential]:
        return [c for _, c in self._directions]

    @cached_property
    def _titles(self) -> tuple[list[Credential], Any]:
        """Every credential with the multilingual embedding of its title (cached on disk by the linker's
        helper); ([], None) for a catalogue too large to embed at start-up (searched by words only)."""
        creds = [c for c in self._all if c.title]
        if not creds or len(creds) > MAX_MEANING_TITLES:
            return [], None
        from pathfinder.assistant.nlu.linking import _cached_encode

        return creds, _cached_encode([c.title for c in creds])

    def by_meaning(self, text: str, filters: SearchFilters | None = None, k: int = 3) -> list[Credential]:
        """Up to `k` credentials whose titles are nearest in meaning to `text` in any served language (a
        multilingual encoder): the learner's Vietnamese or Hindi words find English or Spanish titles the word
        search misses. Only titles above a similarity floor and close to the best one; `filters` apply."""
        creds, matrix = self._titles
        if matrix is None or not text.strip():
            return []
        from pathfinder.assistant.nlu import encoder
        from pathfinder.domain.filters import matches

        scores = matrix @ encoder.encode([text])[0]
        out: list[Credential] = []
        best = None
        for i in scores.argsort()[::-1][: 4 * k]:
            score = float(scores[i])
            if score < MEANING_FLOOR or (best is not None and score < best - MEANING_MARGIN):
                break
            if creds[i].id in _AVOIDED.get():
                continue
            if filters is None or matches(creds[i], filters):
                best = score if best is None else best
                out.append(creds[i])
            if len(out) == k:
                break
        return out

    def search_hits(self, query: str, filters: SearchFilters | None = None, k: int = 5) -> list[Hit]:
        filters = filters or SearchFilters()
        if (preferred := _without_avoided(filters)) is not None and (
            hits := self.index.search(query, preferred, k)
        ):
            return hits
        return self.index.search(query, filters, k)

    def prepare(self) -> AssistantTools:
        """Build the catalogue list, planning lookup and lexicon now (a warm-up) instead of on first use.

        A long-running server may then call `gc.freeze()`: the catalogue is hundreds of thousands of
        long-lived objects, and a full collection that rescans them adds ~100-200 ms to whichever reply
        triggers it."""
        _ = self._all, self.plans.prepare(), self.lexicon.warm(self._all), self._directions, self._titles
        _ = self._links
        from pathfinder.assistant.nlu import encoder, language

        encoder.warm()
        language.warm()
        self.linker.warm()
        return self

    # catalogue
    def search(self, query: str, filters: SearchFilters | None = None, k: int = 5) -> list[Credential]:
        return [h.credential for h in self.search_hits(query, filters, k)]

    def explain_empty(self, query: str, filters: SearchFilters) -> str:
        return self.index.explain_empty(query, filters)

    def empty_reason(self, query: str, filters: SearchFilters) -> EmptyReason:
        return self.index.empty_reason(query, filters)

    def get(self, credential_id: str) -> Credential | None:
        return self.index.get(credential_id)

    def credentials(self) -> list[Credential]:
        return self._all

    # gap and plan
    def job_held(self, profile: LearnerProfile) -> Occupation | None:
        """The taxonomy occupation of the learner's current job, when it is linked to one."""
        role = profile.current_role
        return self.taxonomy.occupation(role.occupation_uri) if role and role.occupation_uri else None

    def skill_gap(self, profile: LearnerProfile):
        """The profile's skill gap (cached by `plans`)."""
        if profile.goal is None:
            raise PlanningError(
                'No goal set yet. Tell me where you want to go, e.g. "I want to become a data analyst".'
            )
        if self._gap_fn is not None:
            return self._gap_fn(profile, self.taxonomy, self._all)
        return self.plans.gap(profile)

    def plan(self, profile: LearnerProfile, strategy: str = "balanced") -> Pathway:
        """The pathway for `strategy` (cached by `plans`)."""
        if self._plan_fn is None and self._gap_fn is None:
            if profile.goal is None:
                self.skill_gap(profile)  # the chat's "no goal yet" error
            return self.plans.plan(profile, strategy)
        gap = self.skill_gap(profile)
        if self._plan_fn is not None:
            return self._plan_fn(profile, gap, self._all, strategy)
        from pathfinder.planner import plan_pathway

        return plan_pathway(profile, gap, self.planning_catalogue, strategy=strategy, today=self._today())


def build_tools(settings: Settings) -> AssistantTools:
    """The real collaborators: the index on disk, the configured taxonomy, the gap analysis and planner."""
    from pathfinder.index import open_index
    from pathfinder.skills.files import load_taxonomy

    return AssistantTools(open_index(settings), load_taxonomy(settings))


def credential_record(c: Credential, *, full: bool = False) -> dict[str, Any]:
    """A credential as plain JSON data for a model or an API; `full` adds outcomes, description and links."""
    record: dict[str, Any] = {
        "id": c.id,
        "title": c.title,
        "url": c.url,
        "provider": c.provider,
        "kind": c.kind,
        "hours": c.hours,
        "ects": c.ects,
        "eqf_level": c.eqf_level,
        "participation": c.participation,
        "languages": list(c.languages),
        "cost": c.cost,
        "currency": c.currency,
        "skills": [s.label for s in c.skills][:12],
    }
    if full:
        record |= {
            "awarding_body": c.awarding_body,
            "country": c.country,
            "description": c.description[:1500],
            "learning_outcomes": list(c.learning_outcomes)[:12],
            "assessment": c.assessment,
            "quality_assurance": c.quality_assurance,
            "prerequisites": list(c.prerequisites),
            "prerequisite_skills": [s.label for s in c.prerequisite_skills],
            "stacks_into": list(c.stack_targets),
            "delivery": c.delivery,
            "sessions": [{"start": str(s.start), "end": str(s.end)} for s in c.sessions[:5]],
        }
    return record
