"""Pathways: the planner's answer (ordered steps, totals, uncovered skills, relaxations)."""

from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import Field

from pathfinder.domain.base import Frozen as _Frozen
from pathfinder.domain.learners import Constraints


def counted(n: int, noun: str) -> str:
    """`n` with an English noun in the right number ("1 step", "3 steps"): the planner's own sentences;
    the chat says them in the learner's language with that language's plural forms (`planner_text`)."""
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


WHOLE_FROM = 10_000  # from this amount on, whole units only ("VND 14,444,444.44" reads 14,444,444)


def amount_text(value: float) -> str:
    """A price or budget as every sentence writes it (the planner's, the chat's, the pages' and exports'):
    digits with thousands separators, cents (two digits) only when there are some and the amount is below
    WHOLE_FROM, never an exponent ("20,000,000", not "2e+07" nor "20000000": a budget of VND 20 million;
    sessions 12 and 14)."""
    r = round(value, 2)
    if r == int(r) or abs(r) >= WHOLE_FROM:
        return f"{round(r):,}"
    return f"{r:,.2f}"


def money_text(value: float, currency: str) -> str:
    """An amount with its currency: "EUR 4,863", "EUR 336.60", "VND 32,583,333"."""
    return f"{currency} {amount_text(value)}"


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
    estimated: tuple[str, ...] = Field(
        (),
        description="fields the catalogue does not state, each with the basis of its estimate ('hours: ...')",
    )
    evidence: tuple[str, ...] = Field(
        (), description="per goal skill it covers, where the link comes from ('SQL: stated by the catalogue')"
    )


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


class CoverageReport(_Frozen):
    """What a plan covers, essential skills the catalogue can teach apart from optional and untaught ones."""

    essential_teachable: int = Field(0, description="essential gap skills some catalogue entry teaches")
    essential_covered: int = 0
    essential_untaught: int = Field(0, description="essential gap skills nothing in the catalogue teaches")
    optional_teachable: int = 0
    optional_covered: int = 0
    optional_untaught: int = 0

    @property
    def essential_share(self) -> float:
        """Share of the essential skills the catalogue can teach that the plan covers (1.0 when there are
        none)."""
        return 1.0 if self.essential_teachable == 0 else self.essential_covered / self.essential_teachable


class StackSummary(_Frozen):
    """What earning a stacked certificate takes: its parts' hours and the price of everything needed."""

    id: str
    title: str
    parts: tuple[str, ...] = Field((), description="ids of the parts studied for it (held parts not listed)")
    hours: float = 0.0
    cost_eur: float = Field(
        0.0, description="the certificate's own price plus its parts' (known prices only)"
    )
    price_unknown: bool = Field(False, description="some price needed is not known")
    complete: bool = Field(True, description="the parts reach the ECTS it requires")
    free: bool = Field(False, description="true only when everything needed is known to be free")


class UncoveredGroup(_Frozen):
    """Uncovered skills sharing a reason: a short list for people (the full one is `Pathway.uncovered`)."""

    reason: str
    essential: bool
    count: int
    labels: tuple[str, ...] = Field(
        (), description="the first few skill labels (`count` says how many in all)"
    )


LIST_CONSTRAINTS = ("languages", "participation", "providers", "countries")  # relaxed by allowing more values


class Relaxation(_Frozen):
    """The smallest change to one constraint that makes a plan possible."""

    constraint: str
    current: float | str | None
    needed: float | str
    message: str
    joint: bool = Field(False, description="part of one proposal whose changes help only applied together")
    coverage_after: float | None = Field(
        None, ge=0.0, le=1.0, description="essential coverage of the plan with this change applied"
    )
    alternatives: tuple[Relaxation, ...] = Field(
        (),
        description="other values for the same constraint, best first (e.g. another language than `needed`, "
        "or several together); each one a proposal of its own, applied instead of this one",
    )

    @property
    def values(self) -> tuple[str, ...]:
        """For a list constraint (languages, participation, providers, countries): the values to allow
        (`needed` holds them comma-separated); () for the others."""
        if self.constraint not in LIST_CONSTRAINTS:
            return ()
        return tuple(v.strip() for v in str(self.needed).split(",") if v.strip())

    def applied(self, constraints: Constraints, languages: tuple[str, ...] = ()) -> Constraints:
        """`constraints` with this change made ("EUR 120 more", "allow courses in de", "14 h/week", "finish
        by ..."): a limit is set to what is needed, a list gains the values. `languages` are the learner's
        own (`gaps.study_languages` reads them when the constraint lists none), widened instead then."""
        name, needed = self.constraint, self.needed
        changes: dict[str, object]
        if name in LIST_CONSTRAINTS:
            current = getattr(constraints, name)
            if name == "languages" and not current:
                current = languages or tuple(
                    v.strip() for v in str(self.current or "").split(",") if v.strip()
                )
            changes = {name: tuple(dict.fromkeys(current + self.values))}
        elif name == "deadline":  # "finish by" replaces a weeks limit too (with both, the earlier end wins)
            changes = {"deadline": date.fromisoformat(str(needed)), "weeks": None}
        elif name in ("budget", "hours_per_week"):
            changes = {name: float(needed)}
        elif name in ("weeks", "max_eqf"):
            changes = {name: int(float(needed))}
        else:
            raise ValueError(f"Unknown constraint in a relaxation: {name!r}")
        return Constraints(**{**constraints.model_dump(), **changes})


class Pathway(_Frozen):
    goal_label: str = ""
    strategy: Literal["balanced", "fastest", "cheapest", "most-complete"] = "balanced"
    solver: Literal["exact", "heuristic"] = "heuristic"
    steps: tuple[Step, ...] = ()
    totals: Totals = Totals()
    stacks_earned: tuple[str, ...] = ()
    stacks: tuple[StackSummary, ...] = Field((), description="per earned stack: parts, hours and full price")
    uncovered: tuple[UncoveredSkill, ...] = ()
    coverage: float = Field(0.0, ge=0.0, le=1.0, description="weighted share of the gap closed")
    report: CoverageReport = CoverageReport()
    uncovered_groups: tuple[UncoveredGroup, ...] = Field(
        (),
        description="`uncovered` grouped by reason, essential first; optional untaught skills as one group",
    )
    relaxations: tuple[Relaxation, ...] = ()
    notes: tuple[str, ...] = ()
    offered_in: tuple[str, ...] = Field(
        (),
        description="languages beyond the learner's own this plan uses, offered (labelled in the first note) "
        "because nothing in their languages fits and they set no language limit (`planner/offered.py`)",
    )
    offered_level: int | None = Field(
        None,
        description="the EQF level this plan is offered at, one above the learner's estimated start, because "
        "the level rule alone left no step (labelled in the first note; `planner/offered.py`)",
    )
    offered_with: tuple[Relaxation, ...] = Field(
        (),
        description="the changes of limits this plan is offered with (each also its first proposals, so "
        "accepting them saves them): it keeps the goal's core, which the learner's limits leave out by a "
        "little (labelled in the first note with what slips and the plan within the limits; "
        "`session._core_offer`, session 15)",
    )
    horizon_weeks: int | None = Field(
        None,
        description="weeks this plan was limited to though the learner set no deadline: the plan within two "
        "years, offered when the whole goal's plan is longer (`session._within_two_years`)",
    )

    @property
    def ids(self) -> tuple[str, ...]:
        return tuple(s.id for s in self.steps)
