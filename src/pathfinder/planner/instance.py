"""The planning instance: candidate credentials, what each covers, prerequisites, stacks, limits and objective.

Built once from (profile, gap, credentials) and handed to either solver, so the exact and the heuristic
solver optimise the same thing. Pure data and functions, no solver code.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from statistics import median

from pathfinder.domain import EUR_PER_UNIT, Credential, LearnerProfile, to_eur
from pathfinder.gaps import Gap, split_by_constraints

STRATEGIES = ("balanced", "fastest", "cheapest", "most-complete")
OPTIONAL_VALUE = 2.0  # balanced: one unit of skill weight is worth two "typical credentials" of effort
STACK_BONUS = 0.5  # effort units credited for earning a stacked certificate
TIE = 1e-3  # weight of the secondary criterion in fastest/cheapest


@dataclass
class StackTarget:
    """A larger credential earned by stacking: `req` ECTS from `components` [(candidate index, ects)]."""

    credential: Credential
    req: float
    held_ects: float
    components: list[tuple[int, float]] = field(default_factory=list)
    covers: frozenset[int] = frozenset()


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
    notes: list[str] = field(default_factory=list)
    blocked: dict[str, set[str]] = field(default_factory=dict)  # gap skill uri -> why its teachers are excluded

    @property
    def n(self) -> int:
        return len(self.cands)

    def closure(self, i: int) -> set[int]:
        """`i` and every candidate it needs first (transitively)."""
        return _closure(self.prereqs, i)


def time_budget_hours(profile: LearnerProfile, today: date) -> tuple[float | None, int | None]:
    """(hours available, weeks available) from hours per week and weeks or deadline; None when open-ended."""
    c = profile.constraints
    weeks: int | None = c.weeks
    if c.deadline is not None:
        by_deadline = max(0, (c.deadline - today).days // 7)
        weeks = by_deadline if weeks is None else min(weeks, by_deadline)
    if c.hours_per_week is None or weeks is None:
        return None, weeks
    return c.hours_per_week * weeks, weeks


def budget_eur(profile: LearnerProfile) -> float | None:
    c = profile.constraints
    if c.budget is None:
        return None
    eur = to_eur(c.budget, c.currency)
    return c.budget if eur is None else eur


def from_eur(amount: float, currency: str) -> float:
    rate = EUR_PER_UNIT.get(currency.upper())
    return round(amount / rate, 2) if rate else round(amount, 2)


def _drop_unavailable(pool: dict[str, Credential], held: frozenset[str], excluded: dict[str, str]) -> None:
    """Remove, to a fixpoint, credentials whose prerequisite is neither held nor in the pool, and cycles."""
    changed = True
    while changed:
        changed = False
        for cid, cred in list(pool.items()):
            missing = [p for p in cred.prerequisites if p not in held and p not in pool]
            if missing:
                why = excluded.get(missing[0], "not in the catalogue")
                excluded[cid] = f"needs {missing[0]} first, which is unavailable ({why})"
                del pool[cid]
                changed = True
    # Kahn's algorithm: whatever cannot be ordered sits on a prerequisite cycle.
    indegree = {cid: sum(1 for p in c.prerequisites if p in pool) for cid, c in pool.items()}
    dependants: dict[str, list[str]] = {}
    for cid, cred in pool.items():
        for p in cred.prerequisites:
            if p in pool:
                dependants.setdefault(p, []).append(cid)
    ready = [cid for cid, d in indegree.items() if d == 0]
    while ready:
        for dep in dependants.get(ready.pop(), ()):
            indegree[dep] -= 1
            if indegree[dep] == 0:
                ready.append(dep)
    cyclic = [cid for cid, d in indegree.items() if d > 0]
    for cid in cyclic:
        excluded[cid] = "its prerequisites form a cycle in the catalogue"
        del pool[cid]
    if cyclic:
        _drop_unavailable(pool, held, excluded)


def build_instance(
    profile: LearnerProfile,
    gap: Gap,
    credentials: Sequence[Credential],
    strategy: str = "balanced",
    *,
    today: date | None = None,
    forbidden: frozenset[str] = frozenset(),
) -> Instance:
    """Filter by constraints, keep what teaches a gap skill (plus pins, stack parts and prerequisites)."""
    if strategy not in STRATEGIES:
        raise ValueError(f"strategy must be one of {', '.join(STRATEGIES)}, not {strategy!r}")
    today = today or date.today()
    eligible, excluded = split_by_constraints(profile, credentials, today)
    for cid in forbidden:
        excluded.setdefault(cid, "its session does not fit your schedule")
    held = profile.held_credential_ids
    skill_index = {g.uri: j for j, g in enumerate(gap.skills)}
    pinned = set(profile.preferences.pinned)
    by_id = {c.id: c for c in eligible if c.id not in forbidden}
    stackable = {cid: c for cid, c in by_id.items() if c.stack_ects_required is not None}

    def teaches_gap(c: Credential) -> bool:
        return any(u in skill_index for u in c.skill_uris)

    useful_targets = {cid for cid, t in stackable.items() if teaches_gap(t)}
    pool: dict[str, Credential] = {}
    todo = [c for cid, c in by_id.items() if cid not in stackable and (
        teaches_gap(c) or cid in pinned or any(t in useful_targets for t in c.stack_targets))]
    while todo:
        cred = todo.pop()
        if cred.id in pool:
            continue
        pool[cred.id] = cred
        todo.extend(by_id[p] for p in cred.prerequisites if p in by_id and p not in held and p not in stackable)
    _drop_unavailable(pool, held, excluded)

    blocked: dict[str, set[str]] = {}
    for cred in credentials:
        if cred.id in excluded:
            for u in cred.skill_uris:
                if u in skill_index:
                    blocked.setdefault(u, set()).add(excluded[cred.id])
    order = {c.id: k for k, c in enumerate(credentials)}
    cands = sorted(pool.values(), key=lambda c: order.get(c.id, 0))
    index = {c.id: i for i, c in enumerate(cands)}
    covers = [frozenset(skill_index[u] for u in c.skill_uris if u in skill_index) for c in cands]
    prereqs = [tuple(index[p] for p in c.prerequisites if p in index) for c in cands]
    hours = [float(c.hours or 0.0) for c in cands]
    unknown = {c.id for c in cands if c.cost_eur is None}
    cost = [float(c.cost_eur or 0.0) for c in cands]

    held_creds = {h.id: h for h in profile.credentials if h.id}
    targets: list[StackTarget] = []
    for tid, target in stackable.items():
        comps = [(index[c.id], next(s.ects for s in c.stacks_into if s.target == tid) or c.ects or 0.0)
                 for c in cands if tid in c.stack_targets]
        if not comps:
            continue
        held_ects = 0.0
        for hid in held_creds:
            src = next((c for c in credentials if c.id == hid), None)
            if src is not None and tid in src.stack_targets:
                held_ects += next(s.ects for s in src.stacks_into if s.target == tid) or src.ects or 0.0
        t_cover = frozenset(skill_index[u] for u in target.skill_uris if u in skill_index)
        targets.append(StackTarget(target, float(target.stack_ects_required or 0.0), held_ects, comps, t_cover))

    forced: set[int] = set()
    for cid in pinned:
        if cid in index:
            forced |= _closure(prereqs, index[cid])

    weights = [g.weight for g in gap.skills]
    essential = [g.essential for g in gap.skills]
    h_ref = median([h for h in hours if h > 0] or [1.0])
    c_ref = median([c for c in cost if c > 0] or [100.0])
    if strategy == "most-complete":
        stage1, bonus = list(weights), [0.0] * len(weights)
    else:
        stage1 = [w if e else 0.0 for w, e in zip(weights, essential)]
        bonus = [0.0 if e else (w * OPTIONAL_VALUE if strategy == "balanced" else TIE) for w, e in zip(weights, essential)]
    if strategy == "fastest":
        effort = [h / h_ref + TIE * c / c_ref for h, c in zip(hours, cost)]
    elif strategy == "cheapest":
        effort = [c / c_ref + TIE * h / h_ref for h, c in zip(hours, cost)]
    else:
        effort = [h / h_ref + c / c_ref for h, c in zip(hours, cost)]
    stack_bonus = STACK_BONUS if profile.preferences.prefer_stacks and strategy in ("balanced", "most-complete") else TIE
    max_hours, _ = time_budget_hours(profile, today)
    max_cost = budget_eur(profile)
    notes: list[str] = []
    forced_hours, forced_cost = sum(hours[i] for i in forced), sum(cost[i] for i in forced)
    if max_hours is not None and forced_hours > max_hours:
        notes.append(f"Your pinned credentials alone need {forced_hours:.0f} h, more than the {max_hours:.0f} h you have.")
        max_hours = forced_hours
    if max_cost is not None and forced_cost > max_cost:
        notes.append(f"Your pinned credentials alone cost EUR {forced_cost:.0f}, more than your budget.")
        max_cost = forced_cost
    return Instance(
        cands=cands, skills=[g.uri for g in gap.skills], weights=weights, essential=essential, covers=covers,
        prereqs=prereqs, hours=hours, cost_eur=cost, targets=targets, forced=forced, max_hours=max_hours,
        max_cost_eur=max_cost, stage1=stage1, bonus=bonus, effort=effort, stack_bonus=stack_bonus,
        excluded=excluded, unknown_price=unknown, notes=notes, blocked=blocked,
    )


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


def objective(inst: Instance, chosen: set[int]) -> tuple[float, float]:
    """(stage-1 value to maximise, stage-2 value to minimise) of a selection; both solvers are judged by it."""
    covered = set().union(*(inst.covers[i] for i in chosen)) if chosen else set()
    earned = [t for t in inst.targets if stack_earned(inst, chosen, t)]
    for t in earned:
        covered |= t.covers
    s1 = sum(inst.stage1[j] for j in covered)
    s2 = sum(inst.effort[i] for i in chosen) - sum(inst.bonus[j] for j in covered) - inst.stack_bonus * len(earned)
    return s1, s2


def fits(inst: Instance, chosen: set[int]) -> bool:
    if inst.max_hours is not None and sum(inst.hours[i] for i in chosen) > inst.max_hours + 1e-6:
        return False
    if inst.max_cost_eur is not None and sum(inst.cost_eur[i] for i in chosen) > inst.max_cost_eur + 1e-6:
        return False
    return True


def weeks_for(hours: float, hours_per_week: float) -> int:
    return max(1, math.ceil(hours / hours_per_week - 1e-9))
