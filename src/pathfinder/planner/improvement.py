"""Local search after the greedy: pruning, swaps, add-then-prune and destroy-and-repair moves on a selection.

Every move keeps the selection prerequisite-closed (a step leaves with the chosen steps that need it, a step
comes in with its missing prerequisites) and within the limits, and is kept only if it is lexicographically
better: more stage-1 coverage, or as much and less stage-2 effort. So the search never makes a selection
worse.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from pathfinder.planner.bundles import bundle_index
from pathfinder.planner.evaluation import ScoredSelection
from pathfinder.planner.instance import Instance

EPS = 1e-6

Move = tuple[frozenset[int], frozenset[int]]  # (chosen steps that leave, new steps that come in), disjoint
Repair = Callable[[Instance, set[int], frozenset[int]], set[int]]  # (inst, kept steps, banned) -> selection


def prune(inst: Instance, sel: ScoredSelection, keep: frozenset[int] = frozenset()) -> None:
    """Drop chosen steps (except forced ones, `keep` and steps other chosen steps need) whose removal keeps
    stage-1 coverage and lowers stage-2 effort, most effort first, until none is left."""
    changed = True
    while changed:
        changed = False
        for i in sorted(sel.chosen - inst.forced - keep, key=lambda x: -inst.effort[x]):
            if any(i in inst.prereqs[d] for d in sel.chosen):
                continue
            d1, d2 = sel.delta((i,), ())
            if d1 >= -EPS and d2 < -EPS:
                sel.apply((i,), ())
                changed = True


def lexicographically_better(a: tuple[float, float], b: tuple[float, float]) -> bool:
    """(stage 1, stage 2) `a` beats `b`: more stage-1 coverage, or as much and less stage-2 effort."""
    return a[0] > b[0] + EPS or (a[0] >= b[0] - EPS and a[1] < b[1] - EPS)


def _leaving(inst: Instance, sel: ScoredSelection, i: int) -> frozenset[int] | None:
    """`i` with the chosen steps that need it (they leave together), or None when a forced step would
    leave."""
    drop = frozenset(int(d) for d in bundle_index(inst).holders(i) if d in sel.chosen)
    return None if drop & inst.forced else drop


def best_swap(inst: Instance, sel: ScoredSelection) -> Move | None:
    """The best 1-for-1 exchange: a chosen step leaves (with its chosen dependants) and one candidate teaching
    something it leaves uncovered comes in (with its missing prerequisites)."""
    idx = bundle_index(inst)
    found: Move | None = None
    found_d = (0.0, 0.0)
    uncovered = {j for j, c in enumerate(sel.count) if c == 0}
    most_new1, least_extra = _swap_bounds(inst, sel)
    for i in sorted(sel.chosen - inst.forced):
        drop = _leaving(inst, sel, i)
        if drop is None:
            continue
        left: dict[int, int] = {}
        for x in drop:
            for j in inst.covers[x]:
                left[j] = left.get(j, 0) + 1
        lost = {j for j, c in left.items() if sel.count[j] <= c and (inst.stage1[j] > 0 or inst.bonus[j] > 0)}
        if not lost:
            continue
        lost1 = {j for j in lost if inst.stage1[j] > 0}
        lost_bonus = sum(inst.bonus[j] for j in lost)
        freed = sum(inst.effort[x] for x in drop)
        rest = sel.chosen - drop
        for k in sorted({t for j in lost for t in inst.teachers_of(j)} - sel.chosen):
            if most_new1[k] <= found_d[0] + EPS and least_extra[k] - freed - lost_bonus >= found_d[1] - EPS:
                continue  # by the per-round bounds: cannot raise coverage, cannot save effort
            # cheap screens before the full evaluation, from what adding k's bundle could bring at most
            # (`reach_of`): it must cover the lost stage-1 skills, and unless it could raise coverage past the
            # best
            # found, its extra effort must be below the most it could gain in bonus and stack rewards
            reach, stacks = idx.structure.reach_of(k)
            if not lost1 <= reach:
                continue
            new = reach & uncovered
            added = idx.closures[k] - rest
            if sum(inst.stage1[j] for j in new) <= found_d[0] + EPS:
                gain = lost_bonus + sum(inst.bonus[j] for j in new) + inst.stack_bonus * stacks
                if sum(inst.effort[x] for x in added) - freed >= gain + found_d[1] - EPS:
                    continue
            out, into = drop - added, added - drop
            if not sel.fits(out, into):
                continue
            d = sel.delta(out, into)
            if lexicographically_better(d, found_d):
                found, found_d = (out, into), d
    return found


def _swap_bounds(inst: Instance, sel: ScoredSelection) -> tuple[list[float], list[float]]:
    """Per candidate k, for swaps bringing k in: (the most stage-1 weight of skills not covered now it could
    add, the least stage-2 change its bundle's unchosen steps could make net of any bonus and stack
    reward)."""
    s = bundle_index(inst).structure
    n = inst.n
    open_ = np.asarray(sel.count) == 0
    stage1 = np.where(open_, np.asarray(inst.stage1, dtype=float), 0.0)
    bonus = np.where(open_, np.asarray(inst.bonus, dtype=float), 0.0)
    unchosen = np.ones(n)
    unchosen[list(sel.chosen)] = 0.0
    effort = np.asarray(inst.effort, dtype=float) * unchosen
    most_new1 = np.bincount(s.gain_rows, weights=stage1[s.gain_cols], minlength=n)
    least_extra = (
        np.bincount(s.within_rows, weights=effort[s.within_cols], minlength=n)
        - np.bincount(s.gain_rows, weights=bonus[s.gain_cols], minlength=n)
        - inst.stack_bonus * s.gain_stacks
    )
    return most_new1.tolist(), least_extra.tolist()


def best_addition(inst: Instance, sel: ScoredSelection) -> ScoredSelection | None:
    """Add one candidate (with its missing prerequisites) and prune the others around it: finds the k-for-1
    exchanges a swap misses. Costs one prune per candidate, so only for small instances."""
    idx = bundle_index(inst)
    found: ScoredSelection | None = None
    for k in range(inst.n):
        if k in sel.chosen or not any(inst.stage1[j] > 0 or inst.bonus[j] > 0 for j in inst.covers[k]):
            continue
        add = idx.closures[k] - sel.chosen
        if not sel.fits((), add):
            continue
        trial = sel.copy()
        trial.apply((), add)
        prune(inst, trial, keep=frozenset((k,)))
        if _improves(trial, found or sel):
            found = trial
    return found


def best_repair(inst: Instance, sel: ScoredSelection, repair: Repair) -> ScoredSelection | None:
    """Destroy and repair: for each chosen step, remove it with the chosen steps that need it, ban it, and let
    `repair` (the greedy) rebuild from what is left; the best rebuilt selection that improves on `sel`. Finds
    exchanges of whole prerequisite chains for others, which one-step moves cannot reach."""
    found: ScoredSelection | None = None
    for i in sorted(sel.chosen - inst.forced):
        drop = _leaving(inst, sel, i)
        if drop is None:
            continue
        rebuilt = repair(inst, sel.chosen - drop, frozenset((i,)))
        if rebuilt == sel.chosen:
            continue
        trial = ScoredSelection(inst, rebuilt)
        if _improves(trial, found or sel):
            found = trial
    return found


def _improves(trial: ScoredSelection, best: ScoredSelection) -> bool:
    return lexicographically_better(trial.value, best.value)


def improve(
    inst: Instance,
    sel: ScoredSelection,
    *,
    rounds: int,
    repair: Repair | None = None,
    additions: bool = False,
) -> ScoredSelection:
    """Up to `rounds` improving moves, each the best of its kind, tried cheapest kind first: a swap, else
    (with `repair`) a destroy-and-repair, else (with `additions`) an add-then-prune; prune after each."""
    for _ in range(rounds):
        swap = best_swap(inst, sel)
        if swap is not None:
            sel.apply(*swap)
        else:
            better = best_repair(inst, sel, repair) if repair is not None else None
            if better is None and additions:
                better = best_addition(inst, sel)
            if better is None:
                break
            sel = better
        prune(inst, sel)
    return sel
