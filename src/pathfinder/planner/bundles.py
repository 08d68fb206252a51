"""The prerequisite and stacking structure of an instance as the heuristic needs it: built once per instance.

A *bundle* is a candidate with everything it needs first (its closure); the greedy adds bundles, the local search
removes a step together with the chosen steps that need it.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import chain

import numpy as np

from pathfinder.planner.instance import Instance


@dataclass(frozen=True)
class BundleIndex:
    """Who covers what through its bundle, whose bundle contains whom, and which stacks each candidate counts for.

    Pairs are kept as parallel numpy arrays, and "all x related to y" as a slice of a sorted array (`_group`)."""

    closures: list[frozenset[int]]  # per candidate: itself and everything it needs first
    cover_rows: np.ndarray  # (candidate, gap skill) pairs where the candidate's bundle covers the skill
    cover_cols: np.ndarray
    teachers_ptr: np.ndarray  # candidates whose bundle covers skill j: teachers_at[teachers_ptr[j]:teachers_ptr[j + 1]]
    teachers_at: np.ndarray
    holders_ptr: np.ndarray  # candidates whose closure contains x: holders_at[holders_ptr[x]:holders_ptr[x + 1]]
    holders_at: np.ndarray
    parts: dict[int, tuple[tuple[int, float], ...]]  # candidate -> (stack target index, ECTS it counts) pairs
    bundle_effort: np.ndarray  # per candidate: stage-2 effort of its whole bundle
    bundle_hours: np.ndarray
    bundle_cost: np.ndarray  # EUR

    def teachers(self, j: int) -> np.ndarray:
        """The candidates whose bundle covers gap skill `j`."""
        return self.teachers_at[self.teachers_ptr[j]:self.teachers_ptr[j + 1]]

    def holders(self, x: int) -> np.ndarray:
        """The candidates whose closure contains `x` (`x` included): they leave when `x` leaves."""
        return self.holders_at[self.holders_ptr[x]:self.holders_ptr[x + 1]]

    def bundle_gain(self, value: np.ndarray) -> np.ndarray:
        """Per candidate: the total `value` (per gap skill) of the skills its bundle covers."""
        return np.bincount(self.cover_rows, weights=value[self.cover_cols], minlength=len(self.closures))


def bundle_index(inst: Instance) -> BundleIndex:
    """The instance's `BundleIndex`, built on first use and kept on the instance."""
    if inst.index is None:
        inst.index = _build_index(inst)
    return inst.index


def _build_index(inst: Instance) -> BundleIndex:
    n, m = inst.n, len(inst.skills)
    closures = inst.closures if inst.closures is not None else [frozenset(inst.closure(i)) for i in range(n)]
    bundle_covers = inst.bundle_covers if inst.bundle_covers is not None else \
        [frozenset().union(*(inst.covers[x] for x in cl)) for cl in closures]
    cover_rows, cover_cols = _pairs(bundle_covers)
    teachers_ptr, teachers_at = _group(cover_cols, cover_rows, m)
    within_rows, within_cols = _pairs(closures)
    holders_ptr, holders_at = _group(within_cols, within_rows, n)
    parts: dict[int, list[tuple[int, float]]] = {}
    for k, t in enumerate(inst.targets):
        for i, e in t.components:
            parts.setdefault(i, []).append((k, e))

    def per_bundle(v: list[float]) -> np.ndarray:
        return np.bincount(within_rows, weights=np.asarray(v, dtype=float)[within_cols], minlength=n)

    return BundleIndex(closures, cover_rows, cover_cols, teachers_ptr, teachers_at, holders_ptr, holders_at,
                       {i: tuple(p) for i, p in parts.items()},
                       per_bundle(inst.effort), per_bundle(inst.hours), per_bundle(inst.cost_eur))


def _pairs(sets: list[frozenset[int]]) -> tuple[np.ndarray, np.ndarray]:
    """(rows, cols) with one pair (i, x) per member x of sets[i]."""
    sizes = np.fromiter(map(len, sets), dtype=np.int64, count=len(sets))
    rows = np.repeat(np.arange(len(sets), dtype=np.int64), sizes)
    cols = np.fromiter(chain.from_iterable(sets), dtype=np.int64, count=int(sizes.sum()))
    return rows, cols


def _group(keys: np.ndarray, values: np.ndarray, size: int) -> tuple[np.ndarray, np.ndarray]:
    """(ptr, at): the values paired with key k are at[ptr[k]:ptr[k + 1]], in increasing order."""
    order = np.lexsort((values, keys))
    return np.searchsorted(keys[order], np.arange(size + 1)), values[order]
