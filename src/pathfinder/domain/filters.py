"""Search filters (metadata applied before ranking) and search hits."""

from __future__ import annotations

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


class Hit(_Frozen):
    credential: Credential
    score: float
    lexical_rank: int | None = None
    dense_rank: int | None = None
