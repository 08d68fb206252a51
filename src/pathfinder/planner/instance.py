"""The planning instance: candidate credentials, what each covers, prerequisites, stacks, limits and objective.

Built once from (profile, gap, credentials) and handed to either solver, so the exact and the heuristic
solver optimise the same thing. Pure data and functions, no solver code.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from statistics import median

from pathfinder.domain import EUR_PER_UNIT, Credential, LearnerProfile, to_eur
from pathfinder.gaps import Gap, eligibility_reason, first_upcoming_session_end

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


class CatalogueLookup(Sequence[Credential]):
    """A catalogue indexed for planning (by id, by taught skill, by stack target); build once, plan many times."""

    def __init__(self, credentials: Sequence[Credential]) -> None:
        self.credentials = list(credentials)
        self.by_id = {c.id: c for c in self.credentials}
        self.order = {c.id: k for k, c in enumerate(self.credentials)}
        self.by_skill: dict[str, list[Credential]] = {}
        self.parts_of: dict[str, list[Credential]] = {}
        self.skills_of: dict[str, tuple[str, ...]] = {}
        self.cost_of: dict[str, float | None] = {}
        for c in self.credentials:
            self.skills_of[c.id] = tuple(ref.uri for ref in c.skills)
            self.cost_of[c.id] = c.cost_eur
            for ref in c.skills:
                self.by_skill.setdefault(ref.uri, []).append(c)
            for st in c.stacks_into:
                self.parts_of.setdefault(st.target, []).append(c)

    def __len__(self) -> int:
        return len(self.credentials)

    def __getitem__(self, k):  # type: ignore[override]
        return self.credentials[k]

    @classmethod
    def of(cls, credentials: Sequence[Credential]) -> CatalogueLookup:
        return credentials if isinstance(credentials, CatalogueLookup) else cls(credentials)


PRUNE_ABOVE = 400


def _best_teachers(seeds: list[Credential], skill_index: dict[str, int], lk: CatalogueLookup, k: int) -> list[Credential]:
    def unit_effort(c: Credential) -> float:
        taught = sum(1 for u in lk.skills_of[c.id] if u in skill_index)
        return ((c.hours or 0.0) + (lk.cost_of[c.id] or 0.0) / 10) / max(1, taught)

    ranked = sorted(seeds, key=lambda c: (unit_effort(c), lk.order.get(c.id, 0)))
    kept: dict[str, Credential] = {}
    per_skill: dict[str, int] = {}
    for c in ranked:
        uris = [u for u in lk.skills_of[c.id] if u in skill_index]
        if any(per_skill.get(u, 0) < k for u in uris):
            kept[c.id] = c
            for u in uris:
                per_skill[u] = per_skill.get(u, 0) + 1
    return list(kept.values())


def _stack_ects(part: Credential, target_id: str) -> float:
    return next(s.ects for s in part.stacks_into if s.target == target_id) or part.ects or 0.0


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
    """Keep what teaches a gap skill and passes the constraints, plus pins, stack parts and prerequisites.

    On large catalogues (more than PRUNE_ABOVE teachers) only the `keep_per_skill` cheapest teachers of each gap
    skill (hours + EUR/10 per gap skill taught) are kept, so the heuristic stays fast."""
    if strategy not in STRATEGIES:
        raise ValueError(f"strategy must be one of {', '.join(STRATEGIES)}, not {strategy!r}")
    today = today or date.today()
    lk = CatalogueLookup.of(credentials)
    held = profile.held_credential_ids
    skill_index = {g.uri: j for j, g in enumerate(gap.skills)}
    pinned = set(profile.preferences.pinned)
    excluded: dict[str, str] = {}
    verdict: dict[str, bool] = {}

    _, weeks_limit = time_budget_hours(profile, today)
    window_end = None if weeks_limit is None else today + timedelta(weeks=weeks_limit)

    def ok(c: Credential) -> bool:
        if c.id not in verdict:
            reason = "its session does not fit your schedule" if c.id in forbidden else eligibility_reason(c, profile, today)
            if reason is None and window_end is not None and c.sessions and c.id not in pinned and \
                    first_upcoming_session_end(c, today, window_end) is None:
                reason = "no session within your time window"
            if reason is not None:
                excluded[c.id] = reason
            verdict[c.id] = reason is None
        return verdict[c.id]

    teaching = {c.id: c for uri in skill_index for c in lk.by_skill.get(uri, ())}
    target_ids = {cid for cid, c in teaching.items() if c.stack_ects_required is not None and ok(c)}
    seeds = [c for cid, c in teaching.items() if c.stack_ects_required is None and ok(c)]
    if len(seeds) > keep_per_skill * 3 and len(seeds) > PRUNE_ABOVE:
        seeds = _best_teachers(seeds, skill_index, lk, keep_per_skill)
    seeds += [lk.by_id[p] for p in pinned if p in lk.by_id and lk.by_id[p].stack_ects_required is None and ok(lk.by_id[p])]
    seeds += [c for t in target_ids for c in lk.parts_of.get(t, ()) if c.stack_ects_required is None and ok(c)]
    pool: dict[str, Credential] = {}
    while seeds:
        cred = seeds.pop()
        if cred.id in pool:
            continue
        pool[cred.id] = cred
        for p in cred.prerequisites:
            pre = lk.by_id.get(p)
            if p not in held and pre is not None and pre.stack_ects_required is None and ok(pre):
                seeds.append(pre)
    _drop_unavailable(pool, held, excluded)
    for cred in pool.values():
        for t in cred.stack_targets:
            tc = lk.by_id.get(t)
            if tc is not None and tc.stack_ects_required is not None and t not in held and ok(tc):
                target_ids.add(t)

    blocked: dict[str, set[str]] = {}
    for uri in skill_index:
        for cred in lk.by_skill.get(uri, ()):
            if cred.id in excluded:
                blocked.setdefault(uri, set()).add(excluded[cred.id])
    cands = sorted(pool.values(), key=lambda c: lk.order.get(c.id, 0))
    index = {c.id: i for i, c in enumerate(cands)}
    covers = [frozenset([skill_index[u] for u in lk.skills_of[c.id] if u in skill_index]) for c in cands]
    prereqs = [tuple(index[p] for p in c.prerequisites if p in index) for c in cands]
    hours = [float(c.hours or 0.0) for c in cands]
    unknown = {c.id for c in cands if lk.cost_of[c.id] is None}
    cost = [float(lk.cost_of[c.id] or 0.0) for c in cands]

    targets: list[StackTarget] = []
    for tid in sorted(target_ids, key=lambda t: lk.order.get(t, 0)):
        target = lk.by_id[tid]
        comps = [(index[c.id], _stack_ects(c, tid)) for c in lk.parts_of.get(tid, ()) if c.id in index]
        if not comps:
            continue
        held_ects = sum(_stack_ects(c, tid) for c in lk.parts_of.get(tid, ()) if c.id in held)
        t_cover = frozenset(skill_index[r.uri] for r in target.skills if r.uri in skill_index)
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
