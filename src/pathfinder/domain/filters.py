"""Search filters (metadata applied before ranking), the one predicate saying whether a credential passes them
(`matches`, also what the index's numpy mask and Chroma `where` must agree with), and search hits."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from pydantic import Field

from pathfinder.domain.base import Frozen as _Frozen
from pathfinder.domain.credentials import Credential, Participation

# ------------------------------------------------------------------------------------------- search


class SearchFilters(_Frozen):
    """Metadata filters applied before ranking. Empty fields do not filter."""

    languages: tuple[str, ...] = ()
    eqf_min: int | None = Field(None, ge=1, le=8)
    eqf_max: int | None = Field(None, ge=1, le=8)
    max_ects: float | None = None
    max_hours: float | None = None
    max_cost: float | None = Field(None, description="in EUR")
    participation: tuple[Participation, ...] = ()
    providers: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()
    assessment: tuple[str, ...] = ()
    skills: tuple[str, ...] = Field((), description="skill URIs; an entry must teach at least one")
    exclude_ids: tuple[str, ...] = ()

    def is_empty(self) -> bool:
        return self == SearchFilters()


class EmptyReason(_Frozen):
    """Why filters leave no entry, as counts (the reply's language words them): `passing` entries pass every
    filter (a search found none of them relevant), `without[name]` pass when that one filter is dropped, and
    `alone[name]` pass that filter by itself, out of `size` entries."""

    size: int
    active: tuple[str, ...] = ()
    passing: int = 0
    without: dict[str, int] = Field(default_factory=dict)
    alone: dict[str, int] = Field(default_factory=dict)


def active_filters(f: SearchFilters) -> list[str]:
    """Names of the filter fields that are set, in declaration order."""
    default = SearchFilters()
    return [name for name in SearchFilters.model_fields if getattr(f, name) != getattr(default, name)]


def relaxed(f: SearchFilters, name: str) -> SearchFilters:
    """The filters with one of them dropped."""
    return f.model_copy(update={name: SearchFilters.model_fields[name].default})


def empty_reason(count: Callable[[SearchFilters], int], size: int, f: SearchFilters) -> EmptyReason:
    """The counts behind "nothing passes": `count(filters)` is how many entries pass them (the index counts
    with its mask, a list with `matches`)."""
    active = tuple(active_filters(f))
    if not active:
        return EmptyReason(size=size)
    passing = count(f)
    without = {name: count(relaxed(f, name)) for name in active} if not passing else {}
    alone = (
        {name: count(SearchFilters(**{name: getattr(f, name)})) for name in active}
        if not passing and not any(without.values())
        else {}
    )
    return EmptyReason(size=size, active=active, passing=passing, without=without, alone=alone)


class Hit(_Frozen):
    credential: Credential
    score: float
    lexical_rank: int | None = None
    dense_rank: int | None = None


def lowered(values: Sequence[str]) -> set[str]:
    """Filter values as compared: stripped and lower-case."""
    return {v.strip().lower() for v in values}


def matches(c: Credential, f: SearchFilters) -> bool:
    """True when the credential passes every filter that is set."""
    if f.languages and not set(c.languages) & lowered(f.languages):
        return False
    if f.eqf_min is not None and (c.eqf_level is None or c.eqf_level < f.eqf_min):
        return False
    if f.eqf_max is not None and (c.eqf_level is None or c.eqf_level > f.eqf_max):
        return False
    if f.max_ects is not None and (c.ects is None or c.ects > f.max_ects):
        return False
    if f.max_hours is not None and (c.hours is None or c.hours > f.max_hours):
        return False
    if f.max_cost is not None and (c.cost_eur is None or c.cost_eur > f.max_cost):
        return False
    if f.participation and c.participation not in f.participation:
        return False
    if f.providers and not {c.provider.lower(), c.awarding_body.lower()} & lowered(f.providers):
        return False
    if f.countries and (c.country or "").lower() not in lowered(f.countries):
        return False
    if f.assessment and not any(a in (c.assessment or "").lower() for a in lowered(f.assessment)):
        return False
    if f.skills and not c.skill_uris & set(f.skills):
        return False
    return c.id not in f.exclude_ids
