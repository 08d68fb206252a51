"""Choosing credentials: an exact two-stage MILP (scipy/HiGHS) and a greedy heuristic for large instances.

Both maximise stage-1 coverage first, then minimise stage-2 effort (hours/cost per strategy, minus rewards
for optional skills and earned stacks), subject to prerequisites, pins, the hour budget and the money budget.
"""

from __future__ import annotations

import heapq
from math import inf

import numpy as np
from scipy.optimize import Bounds, LinearConstraint, milp
from scipy.sparse import coo_matrix

from pathfinder.planner.instance import Instance, fits, objective, stack_earned

EPS = 1e-6
ADD_PRUNE_LIMIT = 300  # "add one candidate, then prune" moves only on instances this small (cost ~ n x prune)
LARGE_SWAP_ROUNDS = 0  # swap rounds above ADD_PRUNE_LIMIT candidates: one round improves 70/198 large instances
# but costs ~25 ms per solve (1.6x the greedy), which the 10k relaxation search cannot afford


def solve_exact(inst: Instance, time_limit_s: float = 5.0) -> set[int] | None:
    """The optimal selection, or None when HiGHS fails or times out (the caller then uses the heuristic)."""
    n, m, k = inst.n, len(inst.skills), len(inst.targets)
    if n == 0:
        return set()
    nv = n + m + k
    rows: list[int] = []
    cols: list[int] = []
    vals: list[float] = []
    lo: list[float] = []
    hi: list[float] = []

    def row(entries: list[tuple[int, float]], lower: float, upper: float) -> None:
        r = len(lo)
        for col, val in entries:
            rows.append(r)
            cols.append(col)
            vals.append(val)
        lo.append(lower)
        hi.append(upper)

    coverers: dict[int, list[int]] = {}
    for i, cov in enumerate(inst.covers):
        for j in cov:
            coverers.setdefault(j, []).append(i)
    for t_idx, t in enumerate(inst.targets):
        for j in t.covers:
            coverers.setdefault(j, []).append(n + m + t_idx)
    for j in range(m):
        row([(n + j, 1.0)] + [(c, -1.0) for c in coverers.get(j, ())], -np.inf, 0.0)
    for i, pre in enumerate(inst.prereqs):
        for p in pre:
            row([(i, 1.0), (p, -1.0)], -np.inf, 0.0)
    for t_idx, t in enumerate(inst.targets):
        row([(n + m + t_idx, t.req)] + [(i, -e) for i, e in t.components], -np.inf, t.held_ects)
    if inst.max_hours is not None:
        row([(i, h) for i, h in enumerate(inst.hours) if h], -np.inf, inst.max_hours)
    if inst.max_cost_eur is not None:
        row([(i, c) for i, c in enumerate(inst.cost_eur) if c], -np.inf, inst.max_cost_eur)

    lower = np.zeros(nv)
    lower[list(inst.forced)] = 1.0
    upper = np.ones(nv)
    integrality = np.ones(nv)
    integrality[n:n + m] = 0

    def solve(c: np.ndarray, extra: tuple[list[tuple[int, float]], float] | None) -> np.ndarray | None:
        r, cc, v, lb, ub = list(rows), list(cols), list(vals), list(lo), list(hi)
        if extra is not None:
            for col, val in extra[0]:
                r.append(len(lb))
                cc.append(col)
                v.append(val)
            lb.append(extra[1])
            ub.append(np.inf)
        constraints = []
        if lb:
            a = coo_matrix((v, (r, cc)), shape=(len(lb), nv)).tocsr()
            constraints = [LinearConstraint(a, np.array(lb), np.array(ub))]
        res = milp(c, integrality=integrality, bounds=Bounds(lower, upper), constraints=constraints,
                   options={"time_limit": time_limit_s, "mip_rel_gap": 1e-7})
        return res.x if res.status == 0 and res.x is not None else None

    c1 = np.zeros(nv)
    c1[n:n + m] = -np.asarray(inst.stage1, dtype=float)
    x1 = solve(c1, None)
    if x1 is None:
        return None
    best1 = float(-(c1 @ x1))
    c2 = np.zeros(nv)
    c2[:n] = inst.effort
    c2[n:n + m] = -np.asarray(inst.bonus, dtype=float)
    c2[n + m:] = -inst.stack_bonus
    keep = ([(n + j, w) for j, w in enumerate(inst.stage1) if w], best1 - EPS * max(1.0, best1))
    x2 = solve(c2, keep if best1 > 0 else None)
    x = x2 if x2 is not None else x1
    return {i for i in range(n) if x[i] > 0.5}


def solve_greedy(inst: Instance) -> set[int]:
    """Add the bundle (credential + missing prerequisites) with the best gain per effort (lazy evaluation:
    gains only shrink as skills get covered), then complete stacks that pay off, then drop what is redundant,
    then swap steps for cheaper ones at equal coverage (`_improve`)."""
    chosen = set(inst.forced)
    used_h = sum(inst.hours[i] for i in chosen)
    used_c = sum(inst.cost_eur[i] for i in chosen)
    max_h = inf if inst.max_hours is None else inst.max_hours + 1e-6
    max_c = inf if inst.max_cost_eur is None else inst.max_cost_eur + 1e-6
    closures = inst.closures if inst.closures is not None else [frozenset(inst.closure(i)) for i in range(inst.n)]
    bundle_covers = inst.bundle_covers if inst.bundle_covers is not None else \
        [frozenset().union(*(inst.covers[x] for x in cl)) for cl in closures]
    covered: set[int] = set()
    for i in chosen:
        covered |= inst.covers[i]

    for phase in (1, 2):
        value = inst.stage1 if phase == 1 else inst.bonus

        def score(i: int) -> tuple[float, set[int]] | None:
            b = closures[i] - chosen
            if not b:
                return None
            gain = sum(value[j] for j in bundle_covers[i] - covered)
            effort = sum(inst.effort[x] for x in b)
            if phase == 2:
                gain -= effort
            if gain <= EPS:
                return None
            if used_h + sum(inst.hours[x] for x in b) > max_h or used_c + sum(inst.cost_eur[x] for x in b) > max_c:
                return None
            return (gain / max(effort, EPS) if phase == 1 else gain), b

        heap: list[tuple[float, int]] = []
        for i in range(inst.n):
            if i not in chosen and any(value[j] > 0 for j in bundle_covers[i]):
                sc = score(i)
                if sc is not None:
                    heap.append((-sc[0], i))
        heapq.heapify(heap)
        while heap:
            _, i = heapq.heappop(heap)
            sc = score(i)
            if sc is None:
                continue
            if heap and sc[0] < -heap[0][0] - 1e-12:
                heapq.heappush(heap, (-sc[0], i))  # stale: re-queue with its true score
                continue
            b = sc[1]
            chosen |= b
            used_h += sum(inst.hours[x] for x in b)
            used_c += sum(inst.cost_eur[x] for x in b)
            for x in b:
                covered |= inst.covers[x]

    chosen = _complete_stacks(inst, chosen)
    return _improve(inst, _prune(inst, chosen))


def _complete_stacks(inst: Instance, chosen: set[int]) -> set[int]:
    before = objective(inst, chosen)
    for t in inst.targets:
        if not any(i in chosen for i, _ in t.components) and t.held_ects == 0 and not t.covers:
            continue
        if stack_earned(inst, chosen, t):
            continue
        trial = set(chosen)
        for i, _ in sorted(t.components, key=lambda ie: inst.effort[ie[0]] / max(ie[1], EPS)):
            if stack_earned(inst, trial, t):
                break
            if i not in trial:
                trial |= inst.closure(i)
        if stack_earned(inst, trial, t) and fits(inst, trial):
            after = objective(inst, trial)
            if after[0] >= before[0] - EPS and after[1] < before[1] - EPS:
                chosen, before = trial, after
    return chosen


def _prune(inst: Instance, chosen: set[int], keep: frozenset[int] = frozenset()) -> set[int]:
    """Drop credentials (except forced ones and `keep`) whose removal keeps stage-1 coverage and lowers stage-2
    effort, until none is left."""
    changed = True
    while changed:
        changed = False
        for i in sorted(chosen - inst.forced - keep, key=lambda x: -inst.effort[x]):
            if any(i in inst.prereqs[d] for d in chosen):
                continue
            s1, s2 = objective(inst, chosen)
            trial = chosen - {i}
            t1, t2 = objective(inst, trial)
            if t1 >= s1 - EPS and t2 < s2 - EPS:
                chosen = trial
                changed = True
    return chosen


def _improve(inst: Instance, chosen: set[int], rounds: int | None = None) -> set[int]:
    """Local search after the greedy: replace a chosen step (with the chosen steps that need it) by one
    candidate that teaches what it leaves uncovered (with that candidate's missing prerequisites) when this keeps
    stage-1 coverage, fits the limits and lowers stage-2 effort; prune after each swap. Prerequisites stay
    closed: removed steps take their dependents along, added ones bring their closure."""
    if rounds is None:
        rounds = 20 if inst.n <= ADD_PRUNE_LIMIT else LARGE_SWAP_ROUNDS
    best = objective(inst, chosen)
    for _ in range(rounds):
        move = _best_swap(inst, chosen, best)
        if move is None and inst.n <= ADD_PRUNE_LIMIT:
            move = _best_addition(inst, chosen, best)
        if move is None:
            break
        chosen = _prune(inst, move)
        best = objective(inst, chosen)
    return chosen


def _best_swap(inst: Instance, chosen: set[int], best: tuple[float, float]) -> set[int] | None:
    closures = inst.closures if inst.closures is not None else [frozenset(inst.closure(i)) for i in range(inst.n)]
    bundle_covers = inst.bundle_covers if inst.bundle_covers is not None else \
        [frozenset().union(*(inst.covers[x] for x in cl)) for cl in closures]
    covered: set[int] = set()
    for x in chosen:
        covered |= inst.covers[x]
    found, found_obj = None, best
    for i in sorted(chosen - inst.forced):
        drop = {d for d in chosen if i in closures[d]}
        if drop & inst.forced:
            continue
        rest = chosen - drop
        kept: set[int] = set()
        for x in rest:
            kept |= inst.covers[x]
        lost = {j for x in drop for j in inst.covers[x]
                if j not in kept and (inst.stage1[j] > 0 or inst.bonus[j] > 0)}
        if not lost:
            continue
        lost1 = {j for j in lost if inst.stage1[j] > 0}
        freed = sum(inst.effort[x] for x in drop)
        for k in {t for j in lost for t in inst.teachers_of(j)} - chosen:
            added = closures[k] - rest
            stacks = inst.target_of is None or any(inst.target_of.get(x) for x in added | drop)
            # cheap screens before the full objective: the swap must keep stage-1 skills (unless stacks move)
            # and its extra effort must be below what it could gain in bonus
            if not stacks and lost1 - bundle_covers[k]:
                continue
            gain = sum(inst.bonus[j] for j in bundle_covers[k] - covered) + sum(inst.bonus[j] for j in lost)
            if not stacks and sum(inst.effort[x] for x in added) - freed >= gain + found_obj[1] - best[1] - EPS:
                continue
            trial = rest | added
            if not fits(inst, trial):
                continue
            t1, t2 = objective(inst, trial)
            if t1 >= best[0] - EPS and t2 < found_obj[1] - EPS and t1 >= found_obj[0] - EPS:
                found, found_obj = trial, (t1, t2)
    return found


def _best_addition(inst: Instance, chosen: set[int], best: tuple[float, float]) -> set[int] | None:
    """Add one candidate (with its missing prerequisites) and prune the others around it: finds the k-for-1
    exchanges a swap misses."""
    found, found_obj = None, best
    for k in range(inst.n):
        if k in chosen or not any(inst.stage1[j] > 0 or inst.bonus[j] > 0 for j in inst.covers[k]):
            continue
        trial = chosen | inst.closure(k)
        if not fits(inst, trial):
            continue
        trial = _prune(inst, trial, keep=frozenset((k,)))
        t1, t2 = objective(inst, trial)
        if t1 >= best[0] - EPS and t2 < found_obj[1] - EPS and t1 >= found_obj[0] - EPS:
            found, found_obj = trial, (t1, t2)
    return found
