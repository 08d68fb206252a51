"""More of the goal when a plan leaves most of the learner's time unused (issue 14, session 17).

The selection covers as many essential skills as the limits allow and then keeps the plan short: once no
course adds an essential skill, it stops. Over real catalogues that left plans thin: a help desk agent
aiming at cloud engineer (40 weeks x 6 h) got three short edX introductions, 42 h over 7 weeks, 200 h of the
year unused (fresh16-17). `more_of_goal(inst, chosen, ...)`: when a balanced plan for a learner who gave
their hours a week uses under USED_SHARE of the hours available, the candidates that go further in the
goal's essential skills the plan covers are added, best first, while they fit: a candidate covers (as the
selection counts it: on focus, not one inferred tag) an essential skill of the goal's own field
(`gaps.central_weight` above 1) that a step already covers, sits above
that step's level (`course_level.estimated_level`: the next course of the subject, not a second
introduction) and, with what it needs first, fits the hours and money left. Best: the most essential
weight it goes further in (the goal's central skills first), then the fewest hours + EUR/10. Not filler: a
course on other skills, or on optional ones only, is never added; nor anything for the cheapest strategy,
which asks for the least money.
Session 18 (`STRATEGIES`): the fastest strategy too. "Fastest" is the quickest route to the goal's core, not
the least study: a fastest cloud plan of 21 h of introductions over 3 weeks, when the learner gave 26 weeks x
8 h, left the core untaught because the rule stopped at the strategy's name.
"""

from __future__ import annotations

from collections.abc import Collection

from pathfinder.domain import Pathway
from pathfinder.planner.course_level import estimated_level
from pathfinder.planner.gaps import ESSENTIAL_WEIGHT, Gap
from pathfinder.planner.instance import Instance

USED_SHARE = 0.5  # a plan using less than this share of the hours available leaves time for more of the goal
MAX_ADDED = 3  # courses added at most: the plan grows, it is not rebuilt
# the strategies whose plans use the learner's time: not "cheapest", whose learner asks for the least money
STRATEGIES = frozenset({"balanced", "fastest"})
SLACK = 1e-6


def more_of_goal(
    inst: Instance, chosen: Collection[int], *, hours_available: float | None, forbidden: Collection[str] = ()
) -> set[int]:
    """`chosen` plus the candidates that go further in its essential skills while the plan uses under
    USED_SHARE of `hours_available` (see the module); `chosen` itself when the hours are not given or the
    plan uses enough of them. `forbidden`: credential ids never added (steps the schedule dropped)."""
    out = set(chosen)
    if not hours_available or not out:
        return out
    hours = sum(inst.hours[i] for i in out)
    if hours >= USED_SHARE * hours_available:
        return out
    max_hours = hours_available if inst.max_hours is None else min(inst.max_hours, hours_available)
    cost = sum(inst.cost_eur[i] for i in out)
    # the goal's own field (`gaps.central_weight` above ESSENTIAL_WEIGHT): a generic or shared skill (markup
    # languages for a knowledge engineer) is not where a plan goes further
    own = [w > ESSENTIAL_WEIGHT + SLACK for w in inst.weights]
    level_of: dict[int, int] = {}  # essential gap skill -> the lowest level of a step covering it
    for i in out:
        for j in inst.covers[i]:
            if inst.essential[j]:
                level = estimated_level(inst.cands[i])
                level_of[j] = min(level_of.get(j, level), level)
    banned = set(forbidden)
    for _ in range(MAX_ADDED):
        best: tuple[float, float, int] | None = None
        picked: set[int] = set()
        for i in range(inst.n):
            if i in out or inst.cands[i].id in banned:
                continue
            level = estimated_level(inst.cands[i])
            further = [j for j in inst.covers[i] if j in level_of and level > level_of[j] and own[j]]
            if not further:
                continue
            bundle = inst.closure(i) - out
            if any(inst.cands[k].id in banned for k in bundle):
                continue
            extra_hours = sum(inst.hours[k] for k in bundle)
            extra_cost = sum(inst.cost_eur[k] for k in bundle)
            if hours + extra_hours > max_hours + SLACK:
                continue
            if inst.max_cost_eur is not None and cost + extra_cost > inst.max_cost_eur + SLACK:
                continue
            key = (-sum(inst.weights[j] for j in further), extra_hours + extra_cost / 10, i)
            if best is None or key < best:
                best, picked = key, bundle
        if best is None:
            break
        out |= picked
        for k in picked:  # the next course of a subject goes further than this one
            level = estimated_level(inst.cands[k])
            for j in inst.covers[k]:
                if j in level_of:
                    level_of[j] = max(level_of[j], level)
        hours += sum(inst.hours[k] for k in picked)
        cost += sum(inst.cost_eur[k] for k in picked)
        if hours >= USED_SHARE * hours_available:
            break
    return out


def time_left_note(pathway: Pathway, gap: Gap, strategy: str, hours_available: float | None) -> str | None:
    """What a thin plan says when nothing more exists (session 21, issue 14; fresh20-20: one 20 h testing
    course of a software tester's 200 hours): a plan with steps for a strategy that uses the learner's time
    (`STRATEGIES`) that still uses under USED_SHARE of the hours available (`more_of_goal` found nothing more
    to add) while essential gap skills stay uncovered says so, with the figures, instead of leaving the
    learner to guess from the list of uncovered skills why the year is mostly empty. None otherwise."""
    if strategy not in STRATEGIES or not hours_available or not pathway.steps:
        return None
    used = pathway.totals.hours
    if used >= USED_SHARE * hours_available - SLACK:
        return None
    essential = {g.uri for g in gap.essential}
    left = sum(1 for u in pathway.uncovered if u.uri in essential)
    if not left:
        return None
    return (
        f"This plan uses {_hours(used)} of your {_hours(hours_available)} hours: nothing more you may take "
        f"within your limits teaches the other {left} essential skill(s) of {gap.goal_label or 'this goal'}; "
        "what stands in the way is said for each."
    )


def _hours(value: float) -> str:
    """Hours as the plan prints them: "82.5", "240", "1,200"."""
    return f"{value:,.1f}".removesuffix(".0")
