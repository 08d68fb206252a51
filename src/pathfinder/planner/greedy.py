"""Building a selection greedily: bundles (a candidate with its missing prerequisites) by gain per effort.

The gain, remaining effort, hours and cost of every bundle live in numpy arrays that are updated as steps are
added (a covered skill lowers the gain of the bundles teaching it; a chosen step lowers the remaining effort
of the bundles containing it), so each pick is a few vector operations over the candidates instead of a
rescan.
"""

from __future__ import annotations

from collections.abc import Iterable
from math import inf
from typing import Literal

import numpy as np

from pathfinder.planner.bundles import BundleIndex, bundle_index
from pathfinder.planner.evaluation import STACK_TOL, ScoredSelection
from pathfinder.planner.instance import Instance

EPS = 1e-6
Measure = Literal["effort", "limits", "hours", "cost"]  # what a bundle's stage-1 gain is divided by


def greedy_fill(
    inst: Instance, start: Iterable[int] = (), banned: Iterable[int] = (), *, per: Measure = "effort"
) -> set[int]:
    """Extend `start` (prerequisite-closed, within the limits) with whole bundles: first the bundle with the
    best stage-1 gain per unit of `per` while any adds stage-1 coverage (stage-2 effort, or the share of the
    hour and/or money limit the bundle uses up, which packs more coverage into limits that bind), then the
    bundle with the largest positive stage-2 saving (bonus gained minus effort) while any has one. Bundles
    must fit the hour and money limits; a bundle containing a `banned` candidate is never added."""
    idx = bundle_index(inst)
    n = inst.n
    chosen = set(start)
    if n == 0:
        return chosen
    hours, cost, effort = (np.asarray(v, dtype=float) for v in (inst.hours, inst.cost_eur, inst.effort))
    allowed = np.ones(n, dtype=bool)
    for b in banned:
        allowed[idx.holders(b)] = False
    rem_e, rem_h, rem_c = idx.bundle_effort.copy(), idx.bundle_hours.copy(), idx.bundle_cost.copy()
    covered = np.zeros(len(inst.skills), dtype=bool)
    for x in chosen:
        _take(x, idx, allowed, rem_e, rem_h, rem_c, effort, hours, cost)
        covered[list(inst.covers[x])] = True
    used_h = float(sum(inst.hours[x] for x in chosen))
    used_c = float(sum(inst.cost_eur[x] for x in chosen))
    max_h = inf if inst.max_hours is None else inst.max_hours + 1e-6
    max_c = inf if inst.max_cost_eur is None else inst.max_cost_eur + 1e-6

    for phase, weights in ((1, inst.stage1), (2, inst.bonus)):
        value = np.where(covered, 0.0, np.asarray(weights, dtype=float))
        if not value.any():
            continue
        gain = idx.bundle_gain(value)
        while True:
            ok = allowed & (rem_h <= max_h - used_h) & (rem_c <= max_c - used_c)
            if phase == 1:
                ok &= gain > EPS
                score = gain / np.maximum(rem_e if per == "effort" else _share(inst, per, rem_h, rem_c), EPS)
            else:
                score = gain - rem_e
                ok &= score > EPS
            if not ok.any():
                break
            i = int(np.argmax(np.where(ok, score, -inf)))
            for x in sorted(idx.closures[i] - chosen):
                chosen.add(x)
                used_h += inst.hours[x]
                used_c += inst.cost_eur[x]
                _take(x, idx, allowed, rem_e, rem_h, rem_c, effort, hours, cost)
                for j in inst.covers[x]:
                    if not covered[j]:
                        covered[j] = True
                        if value[j]:
                            gain[idx.teachers(j)] -= value[j]
                            value[j] = 0.0
    return chosen


def _take(
    x: int,
    idx: BundleIndex,
    allowed: np.ndarray,
    rem_e: np.ndarray,
    rem_h: np.ndarray,
    rem_c: np.ndarray,
    effort: np.ndarray,
    hours: np.ndarray,
    cost: np.ndarray,
) -> None:
    """Mark `x` chosen: the bundles containing it need its effort, hours and cost no more."""
    holders = idx.holders(x)
    rem_e[holders] -= effort[x]
    rem_h[holders] -= hours[x]
    rem_c[holders] -= cost[x]
    allowed[x] = False


def complete_stacks(inst: Instance, sel: ScoredSelection, banned: frozenset[int] = frozenset()) -> None:
    """Complete a stack (add its cheapest parts per ECTS, with their prerequisites) when that fits the limits
    and adds stage-1 coverage (skills perhaps taught only through the stack), or keeps it and lowers stage-2
    effort (the stack's reward and skills outweigh the extra parts); never with a `banned` candidate (a part
    whose prerequisites include one is skipped)."""
    idx = bundle_index(inst)
    for k, t in enumerate(inst.targets):
        have = sel.ects[k]
        if sel.earned[k]:
            continue
        # a stack whose skills add stage-1 coverage is always worth trying (they may be taught by nothing
        # else)
        gains = bool(t.covers) and any(inst.stage1[j] > EPS and not sel.count[j] for j in t.covers)
        if not gains and (
            (have == 0 and not t.covers) or (t.req - have) * idx.stack_floor[k] >= idx.stack_reward[k] - EPS
        ):  # cannot pay off
            continue
        add: set[int] = set()
        toward = idx.structure.ects_toward(k)  # part -> its ECTS towards k, summed in the order as before
        for i, _ in idx.stack_order(inst, k):
            if have >= t.req - STACK_TOL:
                break
            if i in sel.chosen or i in add or not banned.isdisjoint(idx.closures[i]):
                continue
            new = idx.closures[i] - sel.chosen - add
            add |= new
            have += sum(e for x in new for e in toward.get(x, ()))
        if have >= t.req - STACK_TOL and sel.fits((), add):
            d1, d2 = sel.delta((), add)
            if d1 > EPS or (d1 >= -EPS and d2 < -EPS):
                sel.apply((), add)


def _share(inst: Instance, per: Measure, hours: np.ndarray, cost: np.ndarray) -> np.ndarray:
    """Per bundle: the share of the hour limit and/or of the money limit its remaining steps use (summed)."""
    out = np.zeros(len(hours))
    if inst.max_hours and per in ("limits", "hours"):
        out += hours / inst.max_hours
    if inst.max_cost_eur and per in ("limits", "cost"):
        out += cost / inst.max_cost_eur
    return out
