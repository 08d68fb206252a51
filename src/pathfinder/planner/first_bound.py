"""An upper bound on a first stage's optimum from an earlier instance's (issue 14, session 29, speed only).

A newcomer's first-course tries (`PlanningSession._foundation_first`: foundations and jump starts) and the
free first step solve the plan again with one course pinned. Its candidate set is the plan's with that course
(and what it needs first) added, and the first stage's optimum cannot exceed the plan's by more than what
the added courses cover: a selection of the pinned instance without them is a selection of the plan's
instance. The plan's optimal selection with the pin beside it, when it keeps the limits, often reaches that
bound (the instructional designer's Solving Everyday Tech Problems, 10k: the plan's 19.25 with the pin), and
then no solver needs to prove it (`selection._first_stage`).

`bound_from(inst, earlier, value)` checks, by credential id, that every selection of `inst` without its new
candidates is a selection of `earlier` covering no less: the same gap skills and stage-1 weights, limits no
tighter in `earlier`, each common candidate with the same covers, no more hours or money there, and needing
first only what it needs in `inst`; `earlier`'s pins pinned in `inst` too; a stack target is counted as
earned in `earlier` only when its parts in `inst` are all common and count as much there (else its covers
are added to the new weight). None when the instances are not comparable.
"""

from __future__ import annotations

from pathfinder.planner.instance import Instance

EPS = 1e-9


def bound_from(inst: Instance, earlier: Instance, value: float) -> float | None:
    """An upper bound on `inst`'s first-stage optimum given `earlier`'s optimum `value` (see the module's
    docstring), or None when `earlier` says nothing of `inst`."""
    if inst.skills != earlier.skills or list(inst.stage1) != list(earlier.stage1):
        return None
    if not _no_tighter(earlier.max_hours, inst.max_hours) or not _no_tighter(
        earlier.max_cost_eur, inst.max_cost_eur
    ):
        return None
    at = {c.id: k for k, c in enumerate(earlier.cands)}
    ids = [c.id for c in inst.cands]
    common = [at.get(cid) for cid in ids]
    if not {earlier.cands[k].id for k in earlier.forced} <= {ids[i] for i in inst.forced}:
        return None
    new: set[int] = set()  # gap skills the new candidates (and uncertain stacks) may cover
    for i, k in enumerate(common):
        if k is None:
            new |= inst.covers[i]
            continue
        if (
            inst.covers[i] != earlier.covers[k]
            or earlier.hours[k] > inst.hours[i] + EPS
            or earlier.cost_eur[k] > inst.cost_eur[i] + EPS
            or not {earlier.cands[p].id for p in earlier.prereqs[k]} <= {ids[p] for p in inst.prereqs[i]}
        ):
            return None
    targets = {(t.credential.id, t.req, t.held_ects, t.covers): t for t in earlier.targets}
    for t in inst.targets:
        match = targets.get((t.credential.id, t.req, t.held_ects, t.covers))
        parts = dict((earlier.cands[k].id, e) for k, e in match.components) if match is not None else {}
        if match is None or any(
            common[i] is None or parts.get(ids[i], 0.0) < e - EPS for i, e in t.components
        ):
            new |= t.covers
    return value + sum(inst.stage1[j] for j in new)


def _no_tighter(before: float | None, now: float | None) -> bool:
    """Whether a limit `before` (None: none) allows all that `now` allows."""
    return before is None or (now is not None and now <= before + EPS)
