"""Candidates the MILP's first stage may leave out: each is dominated by another that covers every stage-1
class it covers, takes no more of any limit the instance has, and needs nothing first that the dominated one
does not need first (session 24, issue 14).

The first stage's optimal VALUE is all the plan reads of it (`selection._first_stage`); the second stage,
which picks the plan, is solved over every candidate as before. So fixing dominated candidates at 0 in the
first stage keeps every plan as it was, provided the optimal value stays. Take an optimal selection S holding
a dominated candidate i with dominator k. i is the prerequisite of no candidate a selection may hold and
counts towards no stack whose earning covers a class of stage-1 weight, so S - {i} is still closed and covers
what S covered through stacks (a stack covering no such class is left unearned at no loss); k's
prerequisites are in i's closure, hence in S; k takes no more hours and no more money than i; so
S - {i} + {k} is feasible and covers at least what S covered (k covers every class i does). Dominance is a
strict order (covers, hours and money weakly better, with strictly better in one of them or, when all are
equal, a lower index), so following dominators ends at a candidate that is not dominated; replacing every
dominated member of S that way gives an optimal selection with none.

Scaled and real catalogues hold many courses teaching the same skills at different hours and prices (the
10k bench's copies of the corpus; a provider's several runs of one course): many of them are dominated.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence

import numpy as np

from pathfinder.planner.instance import Instance


def first_stage_dominated(
    inst: Instance, classes: Sequence[Sequence[int]], coverers: dict[int, tuple[int, ...]], out: Sequence[int]
) -> dict[int, int]:
    """The candidates the first stage may fix at 0 (keys), each with a candidate that takes its place in a
    selection (`takes_place`): a dominator, or -1 for a candidate that covers no class of stage-1 weight
    (leaving it out loses nothing). `classes`: the coverage classes of stage-1 weight
    (`selection.coverage_classes`); `coverers`: who covers each gap skill (candidate columns < n); `out`:
    candidates out of reach (fixed at 0 already: neither dominated nor dominators). A pinned candidate is
    never left out; it may take another's place. Kept per candidate set, classes, limits and `out`: a plan's
    core re-solves differ only in their pins (`_DOMINATED`)."""
    n = inst.n
    if n < 2:
        return {}
    owner = (inst.covers, inst.prereqs, inst.targets, inst.hours, inst.cost_eur)
    key = (
        tuple(cls[0] for cls in classes),
        inst.max_hours is None,
        inst.max_cost_eur is None,
        tuple(out),
    )
    with _LOCK:
        found = next(
            (
                f
                for kept, k, f in reversed(_DOMINATED)
                if k == key and all(a is b for a, b in zip(kept, owner))
            ),
            None,
        )
    if found is None:
        found = _dominated(inst, classes, coverers, out)
        with _LOCK:
            _DOMINATED.append((owner, key, found))
            del _DOMINATED[:-_KEPT]
    if inst.forced & found.keys():
        found = {i: k for i, k in found.items() if i not in inst.forced}
    return found


# (the candidate set's lists, the key, the result), newest last; holding the lists keeps their ids unused
_DOMINATED: list[tuple[tuple[object, ...], tuple[object, ...], dict[int, int]]] = []
_KEPT = 32
_LOCK = threading.Lock()


def _dominated(
    inst: Instance, classes: Sequence[Sequence[int]], coverers: dict[int, tuple[int, ...]], out: Sequence[int]
) -> dict[int, int]:
    """`first_stage_dominated` with no candidate pinned: the candidates that may go (`rows`) against the
    reachable ones (`cols`)."""
    n = inst.n
    reach = np.ones(n, dtype=bool)
    reach[list(out)] = False
    has_dependants = np.zeros(n, dtype=bool)  # a prerequisite of a candidate a selection may hold
    for j, pre in enumerate(inst.prereqs):
        if pre and reach[j]:
            has_dependants[list(pre)] = True
    # a stack matters to the first stage only when earning it covers a class of stage-1 weight
    m = len(inst.skills)
    counted = {col - n - m for cls in classes for col in coverers.get(cls[0], ()) if col >= n + m}
    may_go = reach & ~has_dependants
    for t in counted:
        may_go[[i for i, _ in inst.targets[t].components]] = False
    if not may_go.any():
        return {}
    cov = np.zeros((n, len(classes)), dtype=np.float32)
    for c, cls in enumerate(classes):
        cov[[i for i in coverers.get(cls[0], ()) if i < n], c] = 1.0
    empty = cov.sum(axis=1) < 0.5
    found: dict[int, int] = {int(i): -1 for i in np.flatnonzero(may_go & empty)}
    rows, cols = np.flatnonzero(may_go & ~empty), np.flatnonzero(reach)
    if not rows.size:
        return found
    # dominates[r, c]: cols[c] covers every class rows[r] covers, takes no more of each limit, and is better
    # in one of them or, all equal, comes first
    cov_r, cov_c = cov[rows], cov[cols]
    dominates = cov_r @ (1.0 - cov_c).T < 0.5
    strictly = (1.0 - cov_r) @ cov_c.T > 0.5  # it covers a class the other does not
    for limit, per in ((inst.max_hours, inst.hours), (inst.max_cost_eur, inst.cost_eur)):
        if limit is not None:
            v = np.asarray(per, dtype=float)
            dominates &= v[cols][None, :] <= v[rows][:, None]
            strictly |= v[cols][None, :] < v[rows][:, None]
    dominates &= strictly | (cols[None, :] < rows[:, None])
    dominates &= cols[None, :] != rows[:, None]
    # ... and needs nothing first that the other does not need first: no prerequisite outside its closure
    pairs = [(c, p) for c, k in enumerate(cols.tolist()) for p in inst.prereqs[k]]
    if pairs:
        closures = inst.closures or [frozenset(inst.closure(i)) for i in range(n)]
        needs = np.zeros((rows.size, n), dtype=bool)  # needs[r, p]: p is in rows[r]'s closure
        for r, i in enumerate(rows.tolist()):
            needs[r, list(closures[i])] = True
        needs[np.arange(rows.size), rows] = False  # ... the candidate itself not
        at = np.array([c for c, _ in pairs])  # in column order
        starts = np.flatnonzero(np.r_[True, at[1:] != at[:-1]])
        outside = ~needs[:, [p for _, p in pairs]]  # outside[r, pair]: the pair's p is not in the closure
        dominates[:, at[starts]] &= ~np.logical_or.reduceat(outside, starts, axis=1)
    held = dominates.any(axis=1)
    for i, c in zip(rows[held].tolist(), dominates[held].argmax(axis=1).tolist()):
        found[i] = int(cols[c])
    return found


def takes_place(dominated: dict[int, int], i: int) -> int:
    """The candidate that takes dominated candidate `i`'s place: its dominators followed to one that is not
    dominated (-1: none needed)."""
    k = dominated[i]
    while k in dominated:
        k = dominated[k]
    return k
