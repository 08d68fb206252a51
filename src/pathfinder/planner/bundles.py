"""The prerequisite and stacking structure of an instance as the heuristic needs it, as numpy arrays.

A *bundle* is a candidate with everything it needs first (its closure); the greedy adds bundles, the local
search removes a step together with the chosen steps that need it. The structure depends only on the candidate
set, so it is built once per set and shared by every instance over it (strategies, budget and time
relaxations); what depends on the objective (effort per bundle, stack screens) is derived per instance.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import chain
from threading import Lock

import numpy as np

from pathfinder.planner.instance import Instance

_CACHE_SIZE = (
    8  # candidate sets whose structure is kept (a planning session uses 1-5; more would only grow GC work)
)
_cache: dict[tuple[int, ...], tuple[tuple, Structure]] = {}
_cache_lock = Lock()


@dataclass(frozen=True)
class Structure:
    """Who covers what through its bundle, whose bundle contains whom, and which stacks each candidate counts
    for. Pairs are parallel arrays; "all x related to y" is a slice of a sorted array (`_group`)."""

    closures: list[frozenset[int]]  # per candidate: itself and everything it needs first
    cover_rows: np.ndarray  # (candidate, gap skill) pairs where the candidate's bundle covers the skill
    cover_cols: np.ndarray
    teachers_ptr: (
        np.ndarray
    )  # candidates whose bundle covers skill j: teachers_at[teachers_ptr[j]:teachers_ptr[j + 1]]
    teachers_at: np.ndarray
    holders_ptr: (
        np.ndarray
    )  # candidates whose closure contains x: holders_at[holders_ptr[x]:holders_ptr[x + 1]]
    holders_at: np.ndarray
    within_rows: np.ndarray  # (candidate, member of its closure) pairs
    within_cols: np.ndarray
    parts: dict[int, tuple[tuple[int, float], ...]]  # candidate -> (stack target index, ECTS it counts) pairs
    part_target: np.ndarray  # (stack target, part, ECTS) triples
    part_of: np.ndarray
    part_ects: np.ndarray
    reach_rows: np.ndarray  # (stack target, gap skill) pairs: skills completing the target could cover
    reach_cols: np.ndarray
    neighbours: np.ndarray  # per stack target: how many targets completing it could earn
    covers: list[frozenset[int]]  # per candidate: the gap skills it covers itself
    gain_rows: (
        np.ndarray
    )  # (candidate, gap skill) pairs: skills adding the candidate's bundle could cover, its
    gain_cols: (
        np.ndarray
    )  # own and through the stacks its members count towards (a bound for screening moves)
    gain_stacks: np.ndarray  # per candidate: how many stack targets its bundle's members count towards
    target_covers: list[frozenset[int]]  # per stack target: the gap skills earning it covers
    # `reach_of`'s memo, the sets and the counts apart: a (set, count) tuple per candidate stays tracked by
    # the collector and reaches its oldest generation (session 11)
    _reach: dict[int, frozenset[int]] = field(default_factory=dict, compare=False, repr=False)
    _reach_stacks: dict[int, int] = field(default_factory=dict, compare=False, repr=False)
    # `ects_toward`'s table: stack target -> candidate -> the ECTS it counts towards that target, as `parts`
    # lists them (session 19)
    _toward: dict[int, dict[int, tuple[float, ...]]] = field(default_factory=dict, compare=False, repr=False)

    def ects_toward(self, k: int) -> dict[int, tuple[float, ...]]:
        """Per candidate counting towards stack target `k`: the ECTS `parts` gives it for `k`, in the order
        listed (`parts` filtered to `k`, made once for every target: the stack completion read every target's
        pairs of each part it added, ~5% of a heuristic plan's CPU)."""
        if not self._toward and self.parts:
            table: dict[int, dict[int, list[float]]] = {}
            for x, pairs in self.parts.items():
                for kk, e in pairs:
                    table.setdefault(kk, {}).setdefault(x, []).append(e)
            for kk, by in table.items():
                self._toward[kk] = {x: tuple(es) for x, es in by.items()}
        return self._toward.get(k, {})

    def reach_of(self, k: int) -> tuple[frozenset[int], int]:
        """(gap skills, number of stack targets) that adding candidate `k` with its closure could bring: what
        its bundle covers, and the targets its members count towards with their skills. A bound for screening
        moves."""
        found = self._reach.get(k)
        if found is None:
            members = self.closures[k]
            stacks = {t for x in members for t, _ in self.parts.get(x, ())}
            found = self._reach[k] = frozenset().union(
                *(self.covers[x] for x in members), *(self.target_covers[t] for t in stacks)
            )
            self._reach_stacks[k] = len(stacks)
        return found, self._reach_stacks[k]


@dataclass
class BundleIndex:
    """The `Structure` of an instance's candidate set plus what depends on the instance's objective."""

    structure: Structure
    bundle_effort: np.ndarray  # per candidate: stage-2 effort of its whole bundle
    bundle_hours: np.ndarray
    bundle_cost: np.ndarray  # EUR
    stack_floor: (
        np.ndarray
    )  # per stack target: the lowest effort per ECTS of any part (completing costs more)
    stack_reward: np.ndarray  # per stack target: the most stage-2 reward completing it can bring
    _orders: dict[int, list[tuple[int, float]]] = field(default_factory=dict)

    @property
    def closures(self) -> list[frozenset[int]]:
        return self.structure.closures

    @property
    def parts(self) -> dict[int, tuple[tuple[int, float], ...]]:
        return self.structure.parts

    def teachers(self, j: int) -> np.ndarray:
        """The candidates whose bundle covers gap skill `j`."""
        s = self.structure
        return s.teachers_at[s.teachers_ptr[j] : s.teachers_ptr[j + 1]]

    def holders(self, x: int) -> np.ndarray:
        """The candidates whose closure contains `x` (`x` included): they leave when `x` leaves."""
        s = self.structure
        return s.holders_at[s.holders_ptr[x] : s.holders_ptr[x + 1]]

    def bundle_gain(self, value: np.ndarray) -> np.ndarray:
        """Per candidate: the total `value` (per gap skill) of the skills its bundle covers."""
        s = self.structure
        return np.bincount(s.cover_rows, weights=value[s.cover_cols], minlength=len(s.closures))

    def stack_order(self, inst: Instance, k: int) -> list[tuple[int, float]]:
        """The parts of stack target `k` as (part, ECTS), cheapest effort per ECTS first."""
        if k not in self._orders:
            self._orders[k] = sorted(
                inst.targets[k].components, key=lambda ie: inst.effort[ie[0]] / max(ie[1], 1e-6)
            )
        return self._orders[k]


def bundle_index(inst: Instance) -> BundleIndex:
    """The instance's `BundleIndex`, built on first use and kept on the instance."""
    if inst.index is None:
        inst.index = _index_for(inst, structure_of(inst))
    return inst.index


def structure_of(inst: Instance) -> Structure:
    """The structure of the instance's candidate set: shared by instances over the same (identical) set."""
    if inst.closures is None:
        return _build_structure(inst)
    parts = (inst.closures, inst.covers, inst.prereqs, inst.targets, inst.bundle_covers, inst.skills)
    key = tuple(map(id, parts))
    with _cache_lock:
        hit = _cache.get(key)
    if hit is not None and all(a is b for a, b in zip(hit[0], parts)):
        return hit[1]
    built = _build_structure(inst)
    with _cache_lock:
        if len(_cache) >= _CACHE_SIZE:
            _cache.pop(next(iter(_cache)))
        _cache[key] = (parts, built)  # holding the parts keeps their ids from being reused while cached
    return built


def _index_for(inst: Instance, s: Structure) -> BundleIndex:
    n = len(s.closures)
    effort = np.asarray(inst.effort, dtype=float)

    def per_bundle(v: np.ndarray) -> np.ndarray:
        return np.bincount(s.within_rows, weights=v[s.within_cols], minlength=n)

    ratio = np.full(len(s.part_of), np.inf)
    positive = s.part_ects > 0
    ratio[positive] = effort[s.part_of[positive]] / s.part_ects[positive]
    floor = np.full(len(inst.targets), np.inf)
    np.minimum.at(floor, s.part_target, ratio)
    bonus = np.asarray(inst.bonus, dtype=float)
    reward = (
        np.bincount(s.reach_rows, weights=bonus[s.reach_cols], minlength=len(inst.targets))
        + inst.stack_bonus * s.neighbours
    )
    return BundleIndex(
        s,
        per_bundle(effort),
        per_bundle(np.asarray(inst.hours, dtype=float)),
        per_bundle(np.asarray(inst.cost_eur, dtype=float)),
        floor,
        reward,
    )


def _build_structure(inst: Instance) -> Structure:
    n, m = inst.n, len(inst.skills)
    closures = inst.closures if inst.closures is not None else [frozenset(inst.closure(i)) for i in range(n)]
    bundle_covers = (
        inst.bundle_covers
        if inst.bundle_covers is not None
        else [frozenset().union(*(inst.covers[x] for x in cl)) for cl in closures]
    )
    cover_rows, cover_cols = _pairs(bundle_covers)
    teachers_ptr, teachers_at = _group(cover_cols, cover_rows, m)
    within_rows, within_cols = _pairs(closures)
    holders_ptr, holders_at = _group(within_cols, within_rows, n)
    parts: dict[int, list[tuple[int, float]]] = {}
    for k, t in enumerate(inst.targets):
        for i, e in t.components:
            parts.setdefault(i, []).append((k, e))
    sizes = np.fromiter((len(t.components) for t in inst.targets), dtype=np.int64, count=len(inst.targets))
    part_target = np.repeat(np.arange(len(inst.targets), dtype=np.int64), sizes)
    part_of = np.fromiter(
        (i for t in inst.targets for i, _ in t.components), dtype=np.int64, count=int(sizes.sum())
    )
    part_ects = np.fromiter(
        (e for t in inst.targets for _, e in t.components), dtype=float, count=int(sizes.sum())
    )
    # what completing target k could bring: the skills its parts' bundles cover, and the targets (with their
    # skills) that the members of those bundles count towards
    cover_ptr = np.searchsorted(cover_rows, np.arange(n + 1))
    within_ptr = np.searchsorted(within_rows, np.arange(n + 1))
    targets_ptr, targets_at = _group(part_of, part_target, n)
    t_rows, t_cols = _pairs([t.covers for t in inst.targets])
    t_ptr = np.searchsorted(t_rows, np.arange(len(inst.targets) + 1))
    member_k, member = _expand(part_target, part_of, within_ptr, within_cols)
    stack_k, stack = _unique_pairs(*_expand(member_k, member, targets_ptr, targets_at), len(inst.targets))
    own_k, own_j = _expand(part_target, part_of, cover_ptr, cover_cols)
    via_k, via_j = _expand(stack_k, stack, t_ptr, t_cols)
    reach_k, reach_j = _unique_pairs(np.concatenate([own_k, via_k]), np.concatenate([own_j, via_j]), m)
    cand_k, cand_t = _unique_pairs(
        *_expand(within_rows, within_cols, targets_ptr, targets_at), len(inst.targets)
    )
    thru_k, thru_j = _expand(cand_k, cand_t, t_ptr, t_cols)
    gain_k, gain_j = _unique_pairs(
        np.concatenate([cover_rows, thru_k]), np.concatenate([cover_cols, thru_j]), m
    )
    return Structure(
        closures,
        cover_rows,
        cover_cols,
        teachers_ptr,
        teachers_at,
        holders_ptr,
        holders_at,
        within_rows,
        within_cols,
        {i: tuple(p) for i, p in parts.items()},
        part_target,
        part_of,
        part_ects,
        reach_k,
        reach_j,
        np.bincount(stack_k, minlength=len(inst.targets)).astype(float),
        inst.covers,
        gain_k,
        gain_j,
        np.bincount(cand_k, minlength=n).astype(float),
        [t.covers for t in inst.targets],
    )


def _expand(
    keys: np.ndarray, items: np.ndarray, ptr: np.ndarray, at: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """For pairs (key, item) and a grouping of values by item (`_group`): the pairs (key, value) for every
    value of the item."""
    counts = ptr[items + 1] - ptr[items]
    total = int(counts.sum())
    offsets = np.arange(total) - np.repeat(np.cumsum(counts) - counts, counts)
    return np.repeat(keys, counts), at[np.repeat(ptr[items], counts) + offsets]


def _unique_pairs(rows: np.ndarray, cols: np.ndarray, width: int) -> tuple[np.ndarray, np.ndarray]:
    """The distinct (row, col) pairs, sorted; cols are below `width`."""
    width = max(width, 1)
    codes = rows * width + cols
    size = int(codes.max()) + 1 if len(codes) else 0
    if size <= 4_000_000:  # a mark per possible pair: much faster than hashing
        mark = np.zeros(size, dtype=bool)
        mark[codes] = True
        codes = np.flatnonzero(mark)
    else:
        codes = np.unique(codes)
    return codes // width, codes % width


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
