"""A selection with its objective, and the objective change of a move on it, computed by difference.

The local search tries thousands of moves (drop some chosen steps, add some others); judging each with
`instance.objective` costs time proportional to the whole selection. `ScoredSelection` keeps how many chosen
steps (and earned stacks) cover each gap skill and how many ECTS each stack has, so a move is judged in time
proportional to its own size. `objective` stays the reference: tests check the two agree.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable

from pathfinder.planner.bundles import bundle_index
from pathfinder.planner.instance import Instance, objective

STACK_TOL = 1e-9  # as in `instance.stack_earned`


class ScoredSelection:
    """A selection of candidates of `inst`, its (stage-1, stage-2) objective and its hours and cost."""

    def __init__(self, inst: Instance, chosen: Iterable[int]) -> None:
        self.inst = inst
        self.parts = bundle_index(inst).parts
        self.chosen = set(chosen)
        self.ects = [t.held_ects for t in inst.targets]
        for i in self.chosen:
            for k, e in self.parts.get(i, ()):
                self.ects[k] += e
        self.earned = [e >= t.req - STACK_TOL for e, t in zip(self.ects, inst.targets)]
        self.count = [0] * len(inst.skills)
        for i in self.chosen:
            for j in inst.covers[i]:
                self.count[j] += 1
        for t, earned in zip(inst.targets, self.earned):
            if earned:
                for j in t.covers:
                    self.count[j] += 1
        self.value = objective(inst, self.chosen)
        self.hours = sum(inst.hours[i] for i in self.chosen)
        self.cost = sum(inst.cost_eur[i] for i in self.chosen)

    def copy(self) -> ScoredSelection:
        other = object.__new__(ScoredSelection)
        other.inst, other.parts, other.value = self.inst, self.parts, self.value
        other.hours, other.cost = self.hours, self.cost
        other.chosen, other.ects = set(self.chosen), list(self.ects)
        other.earned, other.count = list(self.earned), list(self.count)
        return other

    def delta(self, drop: Collection[int], add: Collection[int]) -> tuple[float, float]:
        """(change in stage 1, change in stage 2) if the chosen steps `drop` left and the new steps `add`
        (disjoint from `drop`) came in."""
        inst = self.inst
        change: dict[int, int] = {}
        d2 = 0.0
        moved: dict[int, float] = {}
        for sign, steps in ((-1, drop), (1, add)):
            for x in steps:
                d2 += sign * inst.effort[x]
                for j in inst.covers[x]:
                    change[j] = change.get(j, 0) + sign
                for k, e in self.parts.get(x, ()):
                    moved[k] = moved.get(k, 0.0) + sign * e
        for k, de in moved.items():
            now = self.ects[k] + de >= inst.targets[k].req - STACK_TOL
            if now != self.earned[k]:
                sign = 1 if now else -1
                d2 -= sign * inst.stack_bonus
                for j in inst.targets[k].covers:
                    change[j] = change.get(j, 0) + sign
        d1 = 0.0
        for j, c in change.items():
            if c and (self.count[j] > 0) != (self.count[j] + c > 0):
                sign = 1 if c > 0 else -1
                d1 += sign * inst.stage1[j]
                d2 -= sign * inst.bonus[j]
        return d1, d2

    def fits(self, drop: Collection[int], add: Collection[int]) -> bool:
        """Whether the selection after the move stays within the hour and money limits."""
        inst = self.inst
        if (
            inst.max_hours is not None
            and self.hours - sum(inst.hours[x] for x in drop) + sum(inst.hours[x] for x in add)
            > inst.max_hours + 1e-6
        ):
            return False
        return (
            inst.max_cost_eur is None
            or self.cost - sum(inst.cost_eur[x] for x in drop) + sum(inst.cost_eur[x] for x in add)
            <= inst.max_cost_eur + 1e-6
        )

    def apply(self, drop: Collection[int], add: Collection[int]) -> None:
        """Make the move (`drop` chosen, `add` not chosen, the two disjoint)."""
        inst = self.inst
        d1, d2 = self.delta(drop, add)
        self.value = (self.value[0] + d1, self.value[1] + d2)
        for sign, steps in ((-1, drop), (1, add)):
            for x in steps:
                self.hours += sign * inst.hours[x]
                self.cost += sign * inst.cost_eur[x]
                for j in inst.covers[x]:
                    self.count[j] += sign
                for k, e in self.parts.get(x, ()):
                    self.ects[k] += sign * e
        self.chosen.difference_update(drop)
        self.chosen.update(add)
        for k in {k for steps in (drop, add) for x in steps for k, _ in self.parts.get(x, ())}:
            t = inst.targets[k]
            now = self.ects[k] >= t.req - STACK_TOL
            if now != self.earned[k]:
                self.earned[k] = now
                for j in t.covers:
                    self.count[j] += 1 if now else -1
