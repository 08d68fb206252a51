"""Costly prerequisite chains (issue 14, session 8): a chosen step that, with the chosen steps serving
only it, costs far more hours per goal skill gained than the rest of the plan is not worth its chain unless
it closes a central goal skill.

A bookkeeper aiming at data analyst was planned AI Foundations, Mathematics for ML, Applied ML and Deep
Learning (470 h) before Natural Language Processing, for three of the analyst's many essential skills
(information extraction, unstructured data, information categorisation): the first stage maximises coverage,
so any chain that adds a skill is bought when no limit binds. A data scientist's ML track closes "utilise
machine learning", a skill of the goal's own class (weight `CENTRAL`), and stays. A chain that is the whole
plan (a web developer's budget leaves only the ML track, for "develop software prototype") is measured
against a typical candidate's hours per goal skill (session 9). Pure function over a solved `Instance`; the
session leaves the head out and re-solves.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass, replace

from pathfinder.domain.pathways import counted

from .candidates import FORBIDDEN
from .copies import same_course
from .instance import Instance

CHAIN_FACTOR = 3.0  # a chain is costly at this many times the rest of the plan's hours per weighted skill
CHAIN_SHARE = 0.5  # ... and when it is more than this share of the plan's hours
MIN_STEPS = 3  # a chain: the head and at least two steps serving only it
CHAIN_REASON = "its prerequisite chain is long for what it adds (see the notes)"
CENTRAL = 1.25  # a goal skill weighing this much (the goal's own class) or more is worth a long chain


@dataclass(frozen=True)
class CostlyChain:
    head: int  # candidate index of the step the chain leads to
    members: frozenset[int]  # the head and the chosen steps serving only it
    hours: float
    skills: tuple[str, ...]  # gap skill URIs the chain alone closes
    per_skill: float  # the chain's hours per weighted skill
    rest_per_skill: float  # the rest of the plan's hours per weighted skill (a typical candidate's: `whole`)
    whole: bool = False  # the chain is the whole plan


def _covered(inst: Instance, steps: Collection[int]) -> set[int]:
    out: set[int] = set()
    for i in steps:
        out |= inst.covers[i]
    return out


def _typical_per_skill(inst: Instance, weights: Mapping[str, float]) -> float | None:
    """The median hours per weighted goal skill over the candidates teaching any: what a step usually costs
    for what it adds, the yardstick of a chain that is the whole plan."""
    per = sorted(
        inst.hours[i] / gain
        for i in range(inst.n)
        if inst.hours[i] > 0 and (gain := sum(weights.get(inst.skills[s], 0.0) for s in inst.covers[i])) > 0
    )
    return per[len(per) // 2] if per else None


def costly_chain(
    inst: Instance,
    chosen: Collection[int],
    weights: Mapping[str, float],
    keep: Collection[int] = (),
    asked: Collection[str] = (),
) -> CostlyChain | None:
    """The worst costly chain of `chosen`, or None. A chain is a chosen step together with every chosen step
    in its prerequisite closure that no chosen step outside the closure needs, `MIN_STEPS` or more of them
    (a step with one prerequisite is not a long chain: a journalist's web plan lost a sound debugging course
    to the 5 h per skill of tag-matched clips beside it). Its gain is the weighted essential skills
    (`weights`: gap skill URI -> weight, essential only) nothing else chosen covers. It is costly when its
    hours per weighted skill exceed `CHAIN_FACTOR` times the rest's, it is over `CHAIN_SHARE` of the plan's
    hours, and it closes no skill of weight `CENTRAL` or more, nor one the learner `asked` for. Chains
    holding a `keep` step (pinned) are never costly."""
    chosen = set(chosen)
    total = sum(inst.hours[i] for i in chosen)
    if total <= 0:
        return None
    worst: CostlyChain | None = None
    for head in chosen:
        closure = inst.closure(head) & chosen
        if len(closure) < MIN_STEPS or closure & set(keep):
            continue
        outside = chosen - closure
        needed = set().union(*(inst.closure(j) for j in outside)) if outside else set()
        members = frozenset(closure - needed)
        if head not in members or len(members) < MIN_STEPS:
            continue
        rest = chosen - members
        lost = _covered(inst, members) - _covered(inst, rest)
        skills = tuple(inst.skills[s] for s in sorted(lost) if inst.skills[s] in weights)
        gain = sum(weights[u] for u in skills)
        rest_gain = sum(weights.get(inst.skills[s], 0.0) for s in _covered(inst, rest))
        hours = sum(inst.hours[i] for i in members)
        whole = not rest  # a web developer's plan that is only the ML track (the rest left out by limits)
        if gain <= 0 or (rest_gain <= 0 and not whole) or hours <= CHAIN_SHARE * total:
            continue
        if any(weights[u] >= CENTRAL or u in asked for u in skills):
            continue
        rest_per = _typical_per_skill(inst, weights) if whole else (total - hours) / rest_gain
        if rest_per is None:
            continue
        per = hours / gain
        if per > CHAIN_FACTOR * rest_per and (worst is None or per > worst.per_skill):
            worst = CostlyChain(head, members, hours, skills, per, rest_per, whole)
    return worst


def costly_twins(
    inst: Instance,
    chosen: Collection[int],
    chain: CostlyChain,
    weights: Mapping[str, float],
) -> list[CostlyChain]:
    """The copies of a costly chain's head left out with it (session 27): each candidate not chosen that is a
    copy of the head (`copies.same_course`: its title and skills), teaches a skill of the chain and would be
    a costly chain in its place, judged as `costly_chain` judges the head against the same rest of the plan
    (its closure less the rest's steps, `MIN_STEPS` or more; the weighted essential skills it alone closes,
    all among the chain's; over `CHAIN_SHARE` of the plan's hours; over `CHAIN_FACTOR` times the rest's
    hours per skill). A scaled or
    multi-provider catalogue holds copies of a course with their own prerequisites: with the head alone left
    out, the re-solve took the next copy's chain, and the loop left out one copy per rebuild (a data
    analyst's Natural Language Processing, seven times, until `MAX_ATTEMPTS` kept the eighth). Another course
    is no copy: the solver may never choose it, and leaving it out beforehand would change why its skills
    are uncovered (a software developer's "over budget" became "its prerequisite chain is long"); when it is
    chosen, the loop judges it. The chain's skills close no central or asked skill, so neither do the
    twins'; a pinned step is chosen, so it is in the rest and no twin's step."""
    chosen = set(chosen)
    rest = chosen - chain.members
    rest_hours = sum(inst.hours[i] for i in rest)
    rest_covered = _covered(inst, rest)
    head = inst.cands[chain.head]
    wanted = {j for j, u in enumerate(inst.skills) if u in set(chain.skills)}
    out: list[CostlyChain] = []
    seen: set[int] = set()
    for j in sorted(wanted):
        for k in inst.teachers_of(j):
            if k in chosen or k in seen or not same_course(head, inst.cands[k]):
                continue
            seen.add(k)
            members = frozenset(inst.closure(k) - rest)
            if len(members) < MIN_STEPS:
                continue
            lost = _covered(inst, members) - rest_covered
            skills = tuple(inst.skills[s] for s in sorted(lost) if inst.skills[s] in weights)
            gain = sum(weights[u] for u in skills)
            if gain <= 0 or not set(skills) <= set(chain.skills):
                continue
            hours = sum(inst.hours[i] for i in members)
            if hours <= CHAIN_SHARE * (rest_hours + hours):
                continue
            per = hours / gain
            if per > CHAIN_FACTOR * chain.rest_per_skill:
                out.append(CostlyChain(k, members, hours, skills, per, chain.rest_per_skill, chain.whole))
    return out


def chain_note(title: str, chain: CostlyChain, labels: Mapping[str, str], inst: Instance) -> str:
    """Why the head of a costly chain is left out, shown on the plan: the skills the head itself closes, and
    the chain's hours per skill beside the rest of the plan's."""
    own = [inst.skills[s] for s in sorted(inst.covers[chain.head]) if inst.skills[s] in chain.skills]
    names = ", ".join(labels.get(u, u) for u in own[:3]) + (", ..." if len(own) > 3 else "")
    against = "for a typical course on this goal" if chain.whole else "for the rest of the plan"
    steps, skills = counted(len(chain.members) - 1, "step"), counted(len(chain.skills), "goal skill")
    return (
        f"{title} ({names}) is left out: with the {steps} it needs first it takes {chain.hours:g} h for "
        f"{skills}, about {chain.per_skill:.0f} h per skill "
        f"against {chain.rest_per_skill:.0f} h {against}. Pin it to take it anyway."
    )


def with_chain_reasons(inst: Instance, chained: set[str], only: bool) -> Instance:
    """The instance with the reason of a skill taught by a left-out chain head said as such (the head is
    forbidden like a step the schedule could not place; `only`: every forbidden step is such a head, so the
    schedule's reason goes)."""
    blocked = inst.blocked

    def reasons(uri: str) -> set[str]:
        found = blocked(uri)
        if uri in chained:
            if only:
                found.discard(FORBIDDEN)
            found.add(CHAIN_REASON)
        return found

    return replace(inst, blocked=reasons)
