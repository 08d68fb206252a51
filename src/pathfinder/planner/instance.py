"""The planning instance: candidates (`candidates.py`) plus a strategy's objective and the budget and time
limits.

`instance_for` is cheap: it reuses a built `Candidates` and only sets the objective and limits, so the
strategies and the budget/time relaxations re-solve over the same candidate set. Both the exact and the
heuristic solver optimise the same `Instance`. Pure data and functions, no solver code.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from statistics import median
from typing import TYPE_CHECKING

from pathfinder.domain import EUR_PER_UNIT, Credential, LearnerProfile, to_eur
from pathfinder.domain.pathways import money_text
from pathfinder.planner.candidates import (
    PRUNE_ABOVE,
    Candidates,
    CatalogueLookup,
    StackTarget,
    build_candidates,
    window_of,
)
from pathfinder.planner.gaps import Gap, study_languages

if TYPE_CHECKING:
    from pathfinder.planner.bundles import BundleIndex

__all__ = [
    "PRUNE_ABOVE",
    "CatalogueLookup",
    "Instance",
    "StackTarget",
    "build_instance",
    "instance_for",
    "objective",
]

STRATEGIES = ("balanced", "fastest", "cheapest", "most-complete")
STACK_BONUS = 0.5  # effort units credited for earning a stacked certificate
TIE = 1e-3  # weight of the secondary criterion in fastest/cheapest
# effort units added per step not taught in the learner's preferred language (when they set no language
# constraint). One unit is a median credential's hours ('fastest'), price ('cheapest') or both summed; so 0.05
# is ~5% of a typical step: it decides between near-equal plans and yields to real hour or price differences.
LANGUAGE_PENALTY = 0.05
DEFAULT_HOURS_PER_WEEK = 5.0  # a plan is scheduled at this when the learner gives no hours a week


@dataclass
class Instance:
    """Everything a solver needs; indices refer to `cands` (credentials) and `skills` (gap skill URIs)."""

    cands: list[Credential]
    skills: list[str]
    weights: list[float]
    essential: list[bool]
    covers: list[frozenset[int]]
    prereqs: list[tuple[int, ...]]
    hours: list[float]
    cost_eur: list[float]
    targets: list[StackTarget]
    forced: set[int]
    max_hours: float | None
    max_cost_eur: float | None
    stage1: list[float]  # per skill: what coverage is maximised first
    bonus: list[float]  # per skill: stage-2 reward (balanced: optional skills)
    effort: list[float]  # per candidate: stage-2 cost
    stack_bonus: float
    excluded: dict[str, str]  # credential id -> why it is not a candidate
    unknown_price: set[str] = field(default_factory=set)
    estimated: dict[str, tuple[str, ...]] = field(default_factory=dict)  # id -> basis of each estimated field
    notes: list[str] = field(default_factory=list)
    blocked: Callable[[str], set[str]] = lambda uri: set()  # uncovered gap skill -> why its teachers are out
    closures: list[frozenset[int]] | None = None  # per candidate: `closure(i)`, precomputed
    teachers: dict[int, list[int]] | None = None  # gap skill index -> candidates covering it, precomputed
    bundle_covers: list[frozenset[int]] | None = None  # per candidate: gap skills its closure covers
    target_of: dict[int, tuple[int, ...]] | None = None  # candidate -> stack targets it counts towards
    free_targets: tuple[int, ...] = ()  # stack targets earned by held parts alone (with `target_of`)
    # `bundles.bundle_index`, built on first use; a copy (`dataclasses.replace`) starts without it
    index: BundleIndex | None = field(default=None, init=False, repr=False, compare=False)

    @property
    def n(self) -> int:
        return len(self.cands)

    def closure(self, i: int) -> set[int]:
        """`i` and every candidate it needs first (transitively)."""
        if self.closures is not None:
            return set(self.closures[i])
        return _closure(self.prereqs, i)

    def teachers_of(self, j: int) -> list[int]:
        """Candidates covering gap skill `j`."""
        if self.teachers is not None:
            return self.teachers.get(j, [])
        return [i for i, cov in enumerate(self.covers) if j in cov]


def time_budget_hours(profile: LearnerProfile, today: date) -> tuple[float | None, int | None]:
    """(hours available, weeks available) from hours per week and weeks or deadline; None when open-ended."""
    c = profile.constraints
    _, end = window_of(profile, today)
    weeks = None if end is None else (end - today).days // 7
    if weeks is None:
        return None, weeks
    # no hours a week given: the plan is scheduled at the default, so the dates hold at the default too
    return (c.hours_per_week or DEFAULT_HOURS_PER_WEEK) * weeks, weeks


def budget_eur(profile: LearnerProfile) -> float | None:
    c = profile.constraints
    if c.budget is None:
        return None
    eur = to_eur(c.budget, c.currency)
    return c.budget if eur is None else eur


def from_eur(amount: float, currency: str) -> float:
    rate = EUR_PER_UNIT.get(currency.upper())
    return round(amount / rate, 2) if rate else round(amount, 2)


def build_instance(
    profile: LearnerProfile,
    gap: Gap,
    credentials: Sequence[Credential],
    strategy: str = "balanced",
    *,
    today: date | None = None,
    forbidden: frozenset[str] = frozenset(),
    keep_per_skill: int = 12,
) -> Instance:
    """Candidates for (profile, gap) and the objective and limits of `strategy` (see `build_candidates`)."""
    check_strategy(strategy)
    today = today or date.today()
    cands = build_candidates(
        profile, gap, credentials, today=today, forbidden=forbidden, keep_per_skill=keep_per_skill
    )
    return instance_for(cands, profile, gap, strategy, today)


def check_strategy(strategy: str) -> None:
    if strategy not in STRATEGIES:
        raise ValueError(f"strategy must be one of {', '.join(STRATEGIES)}, not {strategy!r}")


def instance_for(
    cands: Candidates, profile: LearnerProfile, gap: Gap, strategy: str, today: date
) -> Instance:
    """The instance of `strategy` over built candidates, with the profile's hour and money limits."""
    check_strategy(strategy)
    hours, cost = cands.hours, cands.cost_eur
    weights = [g.weight for g in gap.skills]
    essential = [g.essential for g in gap.skills]
    h_ref = median([h for h in hours if h > 0] or [1.0])
    c_ref = median([c for c in cost if c > 0] or [100.0])
    if strategy == "most-complete":
        stage1, bonus = list(weights), [0.0] * len(weights)
    elif strategy == "balanced":  # the goal's central skills weigh more (`gaps.central_weight`)
        stage1 = [w if e else 0.0 for w, e in zip(weights, essential)]
    else:
        # fastest and cheapest: as many essential skills as possible, each counting one, then the least hours
        # or cost: with the central weights nearly every instance had one best plan and the three strategies
        # returned the same plan (1 of 32 tune cases differed; 3 with counts)
        stage1 = [1.0 if e else 0.0 for e in essential]
    if strategy != "most-complete":
        # relevance: a step must close essential skills (or be needed by one that does, or complete a stack
        # the
        # learner chose), so optional skills only break ties here; 'most-complete' is the strategy that seeks
        # them
        bonus = [0.0 if e else TIE for e in essential]
    if strategy == "fastest":
        effort = [h / h_ref + TIE * c / c_ref for h, c in zip(hours, cost)]
    elif strategy == "cheapest":
        effort = [c / c_ref + TIE * h / h_ref for h, c in zip(hours, cost)]
    else:
        effort = [h / h_ref + c / c_ref for h, c in zip(hours, cost)]
    effort = with_language_preference(effort, cands.cands, profile)
    # a stack is worth completing for itself only when the learner chose it (pinned it); otherwise it counts
    # through the skills earning it covers
    chosen_stack = any(t.credential.id in profile.preferences.pinned for t in cands.targets)
    stack_bonus = (
        STACK_BONUS
        if profile.preferences.prefer_stacks and chosen_stack and strategy in ("balanced", "most-complete")
        else TIE
    )
    max_hours, _ = time_budget_hours(profile, today)
    max_cost = budget_eur(profile)
    notes: list[str] = []
    forced = cands.forced
    if max_cost is not None and cands.unknown_price:  # a price nobody knows never fits a budget
        over = max_cost + 1.0
        cost = [
            over if c.id in cands.unknown_price and i not in forced else x
            for i, (c, x) in enumerate(zip(cands.cands, cost))
        ]
        notes.append(
            "Credentials with no price (none could be estimated) are left out of plans with a budget."
        )
    forced_hours, forced_cost = sum(hours[i] for i in forced), sum(cost[i] for i in forced)
    if max_hours is not None and forced_hours > max_hours:
        notes.append(
            f"Your pinned credentials alone need {forced_hours:.0f} "
            f"h, more than the {max_hours:.0f} h you have."
        )
        max_hours = forced_hours
    if max_cost is not None and forced_cost > max_cost:
        pinned_cost = money_text(forced_cost, "EUR")
        notes.append(f"Your pinned credentials alone cost {pinned_cost}, more than your budget.")
        max_cost = forced_cost
    return Instance(
        cands=cands.cands,
        skills=cands.skills,
        weights=weights,
        essential=essential,
        covers=cands.covers,
        prereqs=cands.prereqs,
        hours=hours,
        cost_eur=cost,
        targets=cands.targets,
        forced=set(forced),
        max_hours=max_hours,
        max_cost_eur=max_cost,
        stage1=stage1,
        bonus=bonus,
        effort=effort,
        stack_bonus=stack_bonus,
        excluded=cands.excluded,
        unknown_price=cands.unknown_price,
        estimated=cands.estimated,
        notes=notes,
        blocked=cands.blocked,
        closures=cands.closures,
        teachers=cands.teachers,
        bundle_covers=cands.bundle_covers,
        target_of=cands.target_of,
        free_targets=tuple(k for k, t in enumerate(cands.targets) if t.held_ects >= t.req - 1e-9),
    )


def with_language_preference(
    effort: list[float], cands: list[Credential], profile: LearnerProfile
) -> list[float]:
    """`effort` plus LANGUAGE_PENALTY for each candidate not taught in the learner's preferred language, when
    they prefer one and set no language constraint (a limit they chose already decides), and it is one of
    the languages they study in when those are several (session 17: the written language among it and
    English, `gaps.with_conversation_language`) or they list none. Unknown languages pass."""
    lang = profile.preferences.language
    allowed = study_languages(profile)
    if lang is None or profile.constraints.languages or allowed and lang not in allowed:
        return effort
    return [
        e + LANGUAGE_PENALTY if c.languages and lang not in c.languages else e for e, c in zip(effort, cands)
    ]


def _closure(prereqs: list[tuple[int, ...]], i: int) -> set[int]:
    seen, todo = {i}, [i]
    while todo:
        for p in prereqs[todo.pop()]:
            if p not in seen:
                seen.add(p)
                todo.append(p)
    return seen


def stack_earned(inst: Instance, chosen: set[int], t: StackTarget) -> bool:
    return t.held_ects + sum(e for i, e in t.components if i in chosen) >= t.req - 1e-9


def earned_targets(inst: Instance, chosen: set[int]) -> list[StackTarget]:
    """The stack targets `chosen` (with held parts) earns, in `inst.targets` order."""
    if inst.target_of is None:
        return [t for t in inst.targets if stack_earned(inst, chosen, t)]
    touched = set(inst.free_targets)
    for i in chosen:
        touched.update(inst.target_of.get(i, ()))
    return [inst.targets[k] for k in sorted(touched) if stack_earned(inst, chosen, inst.targets[k])]


def objective(inst: Instance, chosen: set[int]) -> tuple[float, float]:
    """(stage-1 value to maximise, stage-2 value to minimise) of a selection; both solvers are judged by
    it."""
    covered = set().union(*(inst.covers[i] for i in chosen)) if chosen else set()
    earned = earned_targets(inst, chosen)
    for t in earned:
        covered |= t.covers
    s1 = sum(inst.stage1[j] for j in covered)
    s2 = (
        sum(inst.effort[i] for i in chosen)
        - sum(inst.bonus[j] for j in covered)
        - inst.stack_bonus * len(earned)
    )
    return s1, s2


def essential_share_bound(inst: Instance, most: float) -> float:
    """The most essential coverage (weighted share, as `relaxation.essential_coverage` counts it) a
    selection of `inst` can have when none covers more than `most` of stage-1 weight (the first stage's
    optimum): the essential skills filled in by weight per unit of stage-1 weight, the last one in part (a
    fractional knapsack: an upper bound for any stage-1 weights; an essential skill of no stage-1 weight
    counts in full)."""
    total = sum(w for w, e in zip(inst.weights, inst.essential) if e)
    if total <= 0:
        return 1.0
    room, got = most + 1e-6, 0.0
    essential = [(w, s) for w, s, e in zip(inst.weights, inst.stage1, inst.essential) if e]
    for w, s in sorted(essential, key=lambda ws: -ws[0] / ws[1] if ws[1] > 0 else -math.inf):
        take = 1.0 if s <= 0 else min(1.0, room / s)
        if take <= 0:
            break
        got += w * take
        room -= s * take
    return min(1.0, got / total)


def essential_count_bound(inst: Instance, most: float) -> int:
    """The most essential skills a selection of `inst` can cover when none covers more than `most` of
    stage-1 weight (the first stage's optimum): those of no stage-1 weight, and the lightest others while
    their weights fit in `most`. Fastest and cheapest count each essential skill one, so it is the optimum
    itself; balanced weighs them (1.25 / 1 / 0.75). The relaxation search offers a change only for more
    essential skills covered (`relaxation.covered_count`), so a count no higher than the plan's needs no
    re-plan (session 15)."""
    free = sum(1 for s, e in zip(inst.stage1, inst.essential) if e and s <= 0)
    room, count = most + 1e-6, free
    for s in sorted(s for s, e in zip(inst.stage1, inst.essential) if e and s > 0):
        if s > room:
            break
        room -= s
        count += 1
    return count


def fits(inst: Instance, chosen: set[int]) -> bool:
    if inst.max_hours is not None and sum(inst.hours[i] for i in chosen) > inst.max_hours + 1e-6:
        return False
    return inst.max_cost_eur is None or sum(inst.cost_eur[i] for i in chosen) <= inst.max_cost_eur + 1e-6
