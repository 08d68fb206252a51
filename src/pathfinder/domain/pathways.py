"""Pathways: the planner's answer (ordered steps, totals, uncovered skills, relaxations)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from pathfinder.domain.base import Frozen as _Frozen

# ------------------------------------------------------------------------------------------ pathways


class Step(_Frozen):
    id: str
    title: str
    url: str | None = None
    covers: tuple[str, ...] = Field((), description="gap skill URIs this step closes")
    reasons: tuple[str, ...] = Field((), description="why it is here: covers / prerequisite of / stacks into")
    start_week: int = Field(ge=1)
    end_week: int = Field(ge=1)
    hours: float = 0.0
    ects: float = 0.0
    cost: float = 0.0


class Totals(_Frozen):
    hours: float = 0.0
    ects: float = 0.0
    cost: float = 0.0
    currency: str = "EUR"
    weeks: int = 0


class UncoveredSkill(_Frozen):
    uri: str
    label: str
    reason: str


class Relaxation(_Frozen):
    """The smallest change to one constraint that makes a plan possible."""

    constraint: str
    current: float | str | None
    needed: float | str
    message: str


class Pathway(_Frozen):
    goal_label: str = ""
    strategy: Literal["balanced", "fastest", "cheapest", "most-complete"] = "balanced"
    solver: Literal["exact", "heuristic"] = "heuristic"
    steps: tuple[Step, ...] = ()
    totals: Totals = Totals()
    stacks_earned: tuple[str, ...] = ()
    uncovered: tuple[UncoveredSkill, ...] = ()
    coverage: float = Field(0.0, ge=0.0, le=1.0, description="weighted share of the gap closed")
    relaxations: tuple[Relaxation, ...] = ()
    notes: tuple[str, ...] = ()

    @property
    def ids(self) -> tuple[str, ...]:
        return tuple(s.id for s in self.steps)
