"""Choosing credentials: an exact two-stage MILP (scipy/HiGHS) and the heuristic for large instances.

Both maximise stage-1 coverage first, then minimise stage-2 effort (hours/cost per strategy, minus rewards
for optional skills and earned stacks), subject to prerequisites, pins, the hour budget and the money budget.
The heuristic's parts live next door: the bundle greedy (`greedy.py`), the local search (`improvement.py`),
the objective by difference (`evaluation.py`) and the bundle structure they share (`bundles.py`).
"""

from __future__ import annotations

import hashlib
import threading
import warnings
from collections.abc import Sequence
from typing import Protocol

import numpy as np
from scipy.optimize import Bounds, LinearConstraint, milp
from scipy.sparse import coo_matrix, csc_matrix, csr_matrix, vstack

from pathfinder.planner import highs_start
from pathfinder.planner.bundles import bundle_index
from pathfinder.planner.dominance import first_stage_dominated, takes_place
from pathfinder.planner.evaluation import ScoredSelection
from pathfinder.planner.first_bound import bound_from
from pathfinder.planner.greedy import Measure, complete_stacks, greedy_fill
from pathfinder.planner.improvement import improve, lexicographically_better, prune
from pathfinder.planner.instance import Instance, objective
from pathfinder.planner.native_output import native_stdout_silenced

EPS = 1e-6
SMALL = 300  # instances up to this many candidates get every move (add-then-prune costs ~ n prunes)
SMALL_ROUNDS = 20
# Above SMALL (10k catalogues: 350-2,000 candidates), one round of swaps: ~4 ms per solve, improves 65 of 134
# benchmark instances. Destroy-and-repair there matched the MILP's coverage on 6 more of 134 but doubled the
# time per solve (p95 18 -> 40 ms), which the relaxation search cannot afford.
LARGE_ROUNDS = 1
LARGE_REPAIR = False
# The first stage only needs the optimal coverage VALUE (the second stage is solved as before, so the plan is
# the same), and on the weighted coverage of `balanced` (essential skills weigh 1.25 / 1 / 0.75) HiGHS usually
# finds the optimum at the root and spends its time proving it. Its root reduced-cost sub-MIP heuristic
# is left out there: over the 138 first stages of the 10k bench the same optimum everywhere, CPU 2.94 -> 2.58
# s, the slowest 0.37 -> 0.20 s (web developer). Turning off RINS, RENS, zero-integrality rounding and
# shifting too gave a slowest of 0.13 s but slowed others twofold (2.84 s in all). scipy passes options it
# does not know to HiGHS verbatim with a warning, silenced below.
# Session 7: the first stage now runs in `highs_start` (started from the heuristic's selection, its own
# options); these options are the fallback's, with `milp`, on a scipy without HiGHS's bindings.
FIRST_STAGE_OPTIONS = {"mip_heuristic_run_root_reduced_cost": False}
# Stage-1 weights are a few fixed values (1.25 / 1 / 0.75, optional 0.3) summed over at most a few hundred
# skills, so distinct values differ by 0.05 or more: 9 decimals keep them apart and drop HiGHS's ~1e-15 noise
# (and the bound's EPS slack below is 1e-6, far above the rounding).
BOUND_DECIMALS = 9
SEEDS = 2  # restarts of the construction from a large bundle when limits keep coverage out of reach
# dominated candidates left out of the first stage (`planner/dominance.py`, session 24); False: as before
DOMINANCE = True


def solve_exact(inst: Instance, time_limit_s: float = 5.0) -> set[int] | None:
    """The optimal selection, or None when HiGHS fails or times out in either stage (the caller then uses the
    heuristic): a first-stage answer is never returned as the optimum."""
    chosen, optimal = solve_milp(inst, time_limit_s)
    return chosen if optimal else None


class SolveMemo(Protocol):
    """Where a caller keeps optimal selections by `model_key` (a dict will do; the app's plan service keeps a
    bounded, thread-safe one): the core keeps none of its own."""

    def get(self, key: bytes, /) -> frozenset[int] | None: ...

    def __setitem__(self, key: bytes, value: frozenset[int], /) -> None: ...


def solve_milp(
    inst: Instance,
    time_limit_s: float = 5.0,
    memo: SolveMemo | None = None,
    hints: Sequence[frozenset[str]] = (),
    first: FirstStages | None = None,
    optima: Optima | None = None,
) -> tuple[set[int] | None, bool]:
    """(selection, proven optimal): both stages solved gives the optimum; a failed or timed-out second stage
    gives the first stage's selection, not optimal (a start for the heuristic); a failed first stage (None,
    False).

    With `memo`, an optimal selection is kept under `model_key` and given again for an instance with the same
    model and objectives (session 8: a conversation's follow-ups re-plan in new sessions and meet the same
    instances again, 21 of 92 solves in the reply benchmark). The selection is a function of exactly what the
    key holds (the first stage's start changes only how fast its optimal value is found), so it is the one a
    new solve gives; answers that are not proven optimal are not kept. With `first`, an optimal first-stage x
    kept by `most_coverage` for the same first stage is used instead of solving it again. With `optima`, the
    first-stage optima of earlier instances bound this one's (`first_bound`, session 29)."""
    if inst.n == 0:
        return set(), True
    model = _model(inst)
    key = model_key(inst, model, time_limit_s) if memo is not None else b""
    if memo is not None and (found := memo.get(key)) is not None:
        return set(found), True
    chosen, optimal = _solve_milp(inst, model, time_limit_s, hints, first, optima)
    if memo is not None and optimal and chosen is not None:
        memo[key] = frozenset(chosen)
    return chosen, optimal


def model_key(inst: Instance, model: Model, time_limit_s: float) -> bytes:
    """A digest of everything `_solve_milp` reads: the sizes, the constraint entries and bounds, the pins and
    both stages' objectives (the time limit too)."""
    h = hashlib.blake2b(digest_size=20)
    rows, cols, vals, lo, hi = model
    parts: list[np.ndarray] = [
        np.array(
            [inst.n, len(inst.skills), len(inst.targets), len(rows), len(lo), len(inst.forced)],
            dtype=np.int64,
        ),
        np.asarray(rows, dtype=np.int64),
        np.asarray(cols, dtype=np.int64),
        np.asarray(vals, dtype=np.float64),
        np.asarray(lo, dtype=np.float64),
        np.asarray(hi, dtype=np.float64),
        np.array(sorted(inst.forced), dtype=np.int64),
        np.asarray(inst.stage1, dtype=np.float64),
        np.asarray(inst.effort, dtype=np.float64),
        np.asarray(inst.bonus, dtype=np.float64),
        np.array([inst.stack_bonus, time_limit_s], dtype=np.float64),
    ]
    for part in parts:
        h.update(part.tobytes())
    return h.digest()


FirstStage = tuple[float, frozenset[int]]  # the first stage's optimal value, a selection that reaches it
# earlier instances of a session with their first stage's optimal value, newest first (`_first_stage`)
Optima = list[tuple[Instance, float]]
OPTIMA_KEPT = 8


class FirstStages(Protocol):
    """Where a planning session keeps first-stage optima by `first_stage_key` (a dict will do)."""

    def get(self, key: bytes, /) -> FirstStage | None: ...

    def __setitem__(self, key: bytes, value: FirstStage, /) -> None: ...


def first_stage_key(inst: Instance, model: Model, time_limit_s: float) -> bytes:
    """A digest of everything the first stage reads: the constraints, the pins, the stage-1 weights (and the
    time limit); not the second stage's objective."""
    h = hashlib.blake2b(digest_size=20)
    rows, cols, vals, lo, hi = model
    h.update(np.array([inst.n, len(inst.skills), len(inst.targets), len(lo)], dtype=np.int64).tobytes())
    for ints in (rows, cols, sorted(inst.forced)):
        h.update(np.asarray(ints, dtype=np.int64).tobytes())
    for reals in (vals, lo, hi, inst.stage1, [time_limit_s]):
        h.update(np.asarray(reals, dtype=np.float64).tobytes())
    return h.digest()


def most_coverage(
    inst: Instance,
    first: FirstStages,
    time_limit_s: float = 5.0,
    hints: Sequence[frozenset[str]] = (),
    optima: Optima | None = None,
) -> float | None:
    """The first stage's optimal value (the most stage-1 weight a selection of `inst` covers), None when
    HiGHS does not prove it; it is kept in `first`, so the `solve_milp` of the same instance that may follow
    solves only the second stage (session 12: a relaxation whose best coverage is no gain is not solved
    further, `PlanningSession.may_cover_more`)."""
    if inst.n == 0:  # nothing to choose: what held parts already earn (a certificate), else nothing
        return objective(inst, set())[0]
    found = _first_stage_optimum(inst, _model(inst), time_limit_s, hints, first, optima)
    return None if found is None else found[0]


def _stage1_costs(inst: Instance) -> np.ndarray:
    """The first stage's objective (minimised): minus the stage-1 weight of each gap skill's column."""
    n, m = inst.n, len(inst.skills)
    c1 = np.zeros(n + m + len(inst.targets))
    c1[n : n + m] = -np.asarray(inst.stage1, dtype=float)
    return c1


def _column_bounds(inst: Instance) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(lower, upper, integrality) of the columns: pins at 1; candidates and stacks binary, skills
    continuous."""
    n, m = inst.n, len(inst.skills)
    nv = n + m + len(inst.targets)
    lower = np.zeros(nv)
    lower[list(inst.forced)] = 1.0
    integrality = np.ones(nv)
    integrality[n : n + m] = 0
    return lower, np.ones(nv), integrality


def _first_stage_optimum(
    inst: Instance,
    model: Model,
    time_limit_s: float,
    hints: Sequence[frozenset[str]],
    first: FirstStages | None,
    optima: Optima | None = None,
) -> FirstStage | None:
    """The first stage's optimal value (`first_stage_value`) and a selection that reaches it: `first`'s for
    the same first stage, else solved (and kept there). Only the value decides the plan (the selection is a
    start for the heuristic when the second stage fails), so how it is found does not change the plan."""
    key = first_stage_key(inst, model, time_limit_s) if first is not None else b""
    if first is not None and (found := first.get(key)) is not None:
        optimum: FirstStage | None = found
    elif highs_start.available() and model[3]:
        optimum = _first_stage(inst, model, time_limit_s, hints, optima or ())
    else:
        c1 = _stage1_costs(inst)
        x1 = _milp_x(inst, c1, model, None, FIRST_STAGE_OPTIONS, time_limit_s)
        optimum = None if x1 is None else (first_stage_value(c1, x1), _chosen(x1, inst.n))
    if first is not None and optimum is not None:
        first[key] = optimum
    if optima is not None and optimum is not None and not any(kept is inst for kept, _ in optima):
        optima.insert(0, (inst, optimum[0]))
        del optima[OPTIMA_KEPT:]
    return optimum


def _chosen(x: np.ndarray, n: int) -> frozenset[int]:
    """The candidates (columns 0..n-1) an x selects."""
    return frozenset(int(i) for i in np.flatnonzero(x[:n] > 0.5))


def _milp_x(
    inst: Instance,
    c: np.ndarray,
    model: Model,
    extra: tuple[list[tuple[int, float]], float] | None,
    tuning: dict[str, bool],
    time_limit_s: float,
) -> np.ndarray | None:
    """`milp`'s x over `model` plus the row `extra` (None unless optimal): both stages on a scipy without
    HiGHS's bindings."""
    rows, cols, vals, lo, hi = model
    nv = c.size
    lower, upper, integrality = _column_bounds(inst)
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
    # HiGHS printf's debug lines to fd 1 (would corrupt `plan --json`)
    with native_stdout_silenced(), warnings.catch_warnings():
        warnings.filterwarnings("ignore", "Unrecognized options", RuntimeWarning)
        res = milp(
            c,
            integrality=integrality,
            bounds=Bounds(lower, upper),
            constraints=constraints,
            options={"time_limit": time_limit_s, "mip_rel_gap": 1e-7, **tuning},
        )
    return res.x if res.status == 0 and res.x is not None else None


def _solve_milp(
    inst: Instance,
    model: Model,
    time_limit_s: float,
    hints: Sequence[frozenset[str]] = (),
    first: FirstStages | None = None,
    optima: Optima | None = None,
) -> tuple[set[int] | None, bool]:
    n, m = inst.n, len(inst.skills)
    optimum = _first_stage_optimum(inst, model, time_limit_s, hints, first, optima)
    if optimum is None:
        return None, False
    best1, start = optimum
    if highs_start.available() and model[3]:
        x2 = _second_stage(inst, model, best1, time_limit_s)
    else:
        c2 = np.zeros(n + m + len(inst.targets))
        c2[:n] = inst.effort
        c2[n : n + m] = -np.asarray(inst.bonus, dtype=float)
        c2[n + m :] = -inst.stack_bonus
        keep = ([(n + j, w) for j, w in enumerate(inst.stage1) if w], _keep_bound(best1))
        x2 = _milp_x(inst, c2, model, keep if best1 > 0 else None, {}, time_limit_s)
    if x2 is None:  # the first stage's selection, a start for the heuristic
        return set(start), False
    return {i for i in range(n) if x2[i] > 0.5}, True


def _keep_bound(best1: float) -> float:
    """The second stage's "keep the coverage" row's lower bound: the first stage's optimum, less a slack."""
    return best1 - EPS * max(1.0, best1)


def _second_stage(inst: Instance, model: Model, best1: float, time_limit_s: float) -> np.ndarray | None:
    """The least effort (minus the bonuses of optional skills and earned stacks) among selections covering
    `best1` of stage-1 weight, by HiGHS (`highs_start.solve_cold`) over the coverage classes of the skills
    that weigh in either stage (`classes_model`: a class's bonus and stage-1 weight summed), with the
    candidates out of reach fixed at 0. Candidates keep their columns (0..n-1) in the x returned."""
    n = inst.n
    weighs = [s > 0 or b > 0 for s, b in zip(inst.stage1, inst.bonus)]
    classes = coverage_classes(inst, weighs)
    a, lo, hi, cols = classes_model(inst, model, classes)
    c = np.zeros(cols.size)
    c[:n] = inst.effort
    c[n : n + len(classes)] = [-sum(inst.bonus[j] for j in cls) for cls in classes]
    c[n + len(classes) :] = -inst.stack_bonus
    if best1 > 0:
        keep = np.zeros(cols.size)
        keep[n : n + len(classes)] = [sum(inst.stage1[j] for j in cls) for cls in classes]
        a = vstack([a, csr_matrix(keep)], format="csc")
        lo, hi = np.append(lo, _keep_bound(best1)), np.append(hi, np.inf)
    lower, upper, integrality = (bound[cols] for bound in _column_bounds(inst))
    upper[out_of_reach(inst)] = 0.0
    return highs_start.solve_cold(c, a, lo, hi, lower, upper, integrality, time_limit_s, 1e-7)


Model = tuple[list[int], list[int], list[float], list[float], list[float]]  # rows, cols, values, lo, hi


def first_stage_value(c1: np.ndarray, x1: np.ndarray) -> float:
    """The first stage's optimal value, canonical, as the second stage's coverage bound. HiGHS returns the
    continuous coverage columns with rounding noise (11.049999999999997 or 11.05 for the same optimum,
    depending on its search path), and the bound came from that noise: a first-stage change that kept the
    value could still send the second stage down another path to another plan of equal effort (session 10).
    Rounded to BOUND_DECIMALS, every x of the same value gives the same bound, so first-stage changes are
    checkable for plan identity (session 11: this rounding changed 2 tied plans of ~2,000 once)."""
    return round(float(-(c1 @ x1)), BOUND_DECIMALS)


def _model(inst: Instance) -> Model:
    """The constraints both stages share, as (row, column, value) entries and row bounds: coverage (a gap
    skill counts only if a chosen step or an earned stack covers it), prerequisites, stacks earned, the hour
    and money limits. Columns: candidates, then gap skills, then stack targets. Built with list extends, row
    by row in the same order as a row-at-a-time loop (session 6) would: the second stage's matrix is the same
    one. The rows before the limits depend only on the candidate set (`_structure`, kept per set: session
    18); the limit rows are added per instance."""
    s = _structure(inst)
    rows, cols, vals = list(s.rows), list(s.cols), list(s.vals)
    lo, hi = list(s.lo), list(s.hi)
    for limit, per in ((inst.max_hours, inst.hours), (inst.max_cost_eur, inst.cost_eur)):
        if limit is not None:
            used = [i for i, x in enumerate(per) if x]
            rows.extend([len(lo)] * len(used))
            cols.extend(used)
            vals.extend([per[i] for i in used])
            lo.append(-np.inf)
            hi.append(limit)
    return rows, cols, vals, lo, hi


class _Structure:
    """What the model of every instance over one candidate set shares (`_structure`): the coverage,
    prerequisite and stack rows as (row, column, value) entries with their bounds, who covers each gap
    skill (`coverers`: candidates, then stack-target columns), and the class matrices built over them
    (`blocks`, by classes and limit rows)."""

    __slots__ = ("blocks", "coverers", "cols", "hi", "lo", "rows", "vals")

    def __init__(self, inst: Instance) -> None:
        n, m = inst.n, len(inst.skills)
        rows: list[int] = []
        cols: list[int] = []
        vals: list[float] = []
        lo: list[float] = []
        hi: list[float] = []

        def row(entry_cols: list[int], entry_vals: list[float], upper: float) -> None:
            rows.extend([len(lo)] * len(entry_cols))
            cols.extend(entry_cols)
            vals.extend(entry_vals)
            lo.append(-np.inf)
            hi.append(upper)

        coverers: dict[int, list[int]] = {}
        for i, cov in enumerate(inst.covers):
            for j in cov:
                coverers.setdefault(j, []).append(i)
        for t_idx, t in enumerate(inst.targets):
            for j in t.covers:
                coverers.setdefault(j, []).append(n + m + t_idx)
        for j in range(m):
            by = coverers.get(j, [])
            row([n + j, *by], [1.0] + [-1.0] * len(by), 0.0)
        pairs = [(i, p) for i, pre in enumerate(inst.prereqs) for p in pre]  # one row each: x_i <= x_p
        first = len(lo)
        rows.extend([r for r in range(first, first + len(pairs)) for _ in (0, 1)])
        cols.extend([col for pair in pairs for col in pair])
        vals.extend([1.0, -1.0] * len(pairs))
        lo.extend([-np.inf] * len(pairs))
        hi.extend([0.0] * len(pairs))
        for t_idx, t in enumerate(inst.targets):
            row(
                [n + m + t_idx] + [i for i, _ in t.components],
                [t.req] + [-e for _, e in t.components],
                t.held_ects,
            )
        # tuples: the entries are read, never changed (each instance's model copies them into new lists)
        self.rows, self.cols, self.vals = tuple(rows), tuple(cols), tuple(vals)
        self.lo, self.hi = tuple(lo), tuple(hi)
        self.coverers = {j: tuple(by) for j, by in coverers.items()}
        self.blocks: dict[tuple, csc_matrix] = {}


# Candidate sets' structures, newest last: (the candidate set's lists, its structure). An instance's
# candidates, covers, prerequisites and stack targets are its candidate set's own lists, shared by every
# instance over the set (`instance.instance_for`: the strategies, relaxations of the limits and pinned
# re-solves; `candidates.with_pin` keeps them), and nothing changes them once built; a structure is found
# again by those lists' identity, each kept alive here so its id is not reused while its entry stands.
_STRUCTURES: list[tuple[tuple[object, ...], _Structure]] = []
_STRUCTURES_KEPT = 16
_STRUCTURES_LOCK = threading.Lock()
_BLOCKS_KEPT = 64  # class matrices per structure


def _structure(inst: Instance) -> _Structure:
    """`inst`'s candidate set's `_Structure`, built on first use (session 18: a plan's ~20 solves over a few
    candidate sets rebuilt the same rows, coverers and class matrices for each)."""
    owner = (inst.cands, inst.covers, inst.prereqs, inst.targets, inst.skills)
    with _STRUCTURES_LOCK:
        for kept, found in reversed(_STRUCTURES):
            if all(a is b for a, b in zip(kept, owner)) and len(found.lo) == _rows_of(inst):
                return found
    built = _Structure(inst)
    with _STRUCTURES_LOCK:
        _STRUCTURES.append((owner, built))
        del _STRUCTURES[:-_STRUCTURES_KEPT]
    return built


def _rows_of(inst: Instance) -> int:
    """How many rows `_Structure` gives `inst`: a check that a kept structure still fits its lists (their
    lengths, were one ever changed in place)."""
    return len(inst.skills) + sum(len(pre) for pre in inst.prereqs) + len(inst.targets)


def _first_stage(
    inst: Instance,
    model: Model,
    time_limit_s: float,
    hints: Sequence[frozenset[str]] = (),
    optima: Sequence[tuple[Instance, float]] = (),
) -> FirstStage | None:
    """The first stage's optimum (only its value decides the plan): the heuristic's selection when it
    already covers every stage-1 skill any candidate or stack reaches (no selection covers more), else HiGHS
    started from it (`highs_start`) over `first_stage_model`. A hint (a selection by credential ids, solved
    before in the session, alone or with this instance's pins) that is a strictly feasible selection of this
    instance and covers more stage-1 weight replaces it: a start nearer the optimum leaves HiGHS less to
    search (session 8, round 2). Session 29: a start reaching the bound an earlier instance's optimum sets
    (`optima`, `first_bound.bound_from`: a pinned re-plan over the plan's candidates and the pin) is the
    optimum too, and HiGHS is not called."""
    n, m = inst.n, len(inst.skills)
    sel = _construct(inst, inst.forced, frozenset(), measures(inst))[0]
    sel = _best_hint(inst, sel, hints)
    c1 = _stage1_costs(inst)
    x = np.zeros(c1.size)
    x[list(sel.chosen)] = 1.0
    x[[n + j for j, k in enumerate(sel.count) if k]] = 1.0
    x[[n + m + t for t, earned in enumerate(sel.earned) if earned]] = 1.0
    out = out_of_reach(inst)
    unreachable = set(out)
    reachable = {j for i, cov in enumerate(inst.covers) if i not in unreachable for j in cov}
    reachable = reachable.union(*(t.covers for t in inst.targets))
    if _strictly_feasible(inst, sel.chosen) and _reaches_a_bound(inst, sel.value[0], reachable, optima):
        return first_stage_value(c1, x), frozenset(sel.chosen)
    c, a, lo, hi, cols = first_stage_model(inst, model)
    lower, upper, integrality = (bound[cols] for bound in _column_bounds(inst))
    upper[out] = 0.0  # candidates keep their columns (0..n-1)
    if DOMINANCE:
        # dominated candidates fixed at 0 too, the start given their places' (`planner/dominance.py`, session
        # 24): the optimal value stays, HiGHS searches over fewer columns
        classes = coverage_classes(inst, [w > 0 for w in inst.stage1])
        dominated = first_stage_dominated(inst, classes, _structure(inst).coverers, out)
        if dominated:
            upper[list(dominated)] = 0.0
            x = _start_without(x, inst, dominated)
    x1 = highs_start.solve_from(c, a, lo, hi, lower, upper, integrality, x[cols], time_limit_s, 1e-7)
    return None if x1 is None else (first_stage_value(c, x1), _chosen(x1, n))


def _reaches_a_bound(
    inst: Instance, value: float, reachable: set[int], optima: Sequence[tuple[Instance, float]]
) -> bool:
    """Whether stage-1 `value` reaches an upper bound on `inst`'s first-stage optimum (so it is the optimum):
    the stage-1 weight of every skill some candidate or stack reaches, or what an earlier instance's optimum
    allows (`first_bound.bound_from`, read only when the first does not decide: each reads the instance's
    candidates)."""
    if value >= sum(inst.stage1[j] for j in reachable) - EPS:
        return True
    for earlier, optimum in optima:
        if (bound := bound_from(inst, earlier, optimum)) is not None and value >= bound - EPS:
            return True
    return False


def _start_without(x: np.ndarray, inst: Instance, dominated: dict[int, int]) -> np.ndarray:
    """The first stage's start `x` with each dominated candidate it holds replaced by the candidate that
    takes its place (`dominance.takes_place`) and the stacks it counted towards left unearned (they cover no
    class of stage-1 weight): still feasible, covering at least as much stage-1 weight (its coverage columns
    kept), so HiGHS accepts it with the dominated columns fixed at 0."""
    held = [int(i) for i in np.flatnonzero(x[: inst.n] > 0.5) if int(i) in dominated]
    if not held:
        return x
    x = x.copy()
    gone = set(held)
    for i in held:
        x[i] = 0.0
        if (k := takes_place(dominated, i)) >= 0:
            x[k] = 1.0
    # a stack a dominated candidate counted towards covers no class of stage-1 weight: left unearned
    n, m = inst.n, len(inst.skills)
    for t, target in enumerate(inst.targets):
        if any(i in gone for i, _ in target.components):
            x[n + m + t] = 0.0
    return x


def first_stage_model(
    inst: Instance, model: Model
) -> tuple[np.ndarray, csc_matrix, np.ndarray, np.ndarray, np.ndarray]:
    """The first stage as HiGHS solves it: (costs, matrix, row lower, row upper, the columns of `model` kept,
    in order), over the coverage classes of the skills of stage-1 weight (`classes_model`), a class's cost
    its weights summed."""
    classes = coverage_classes(inst, [w > 0 for w in inst.stage1])
    a, lo, hi, cols = classes_model(inst, model, classes)
    c = np.zeros(cols.size)
    c[inst.n : inst.n + len(classes)] = [-sum(inst.stage1[j] for j in cls) for cls in classes]
    return c, a, lo, hi, cols


def classes_model(
    inst: Instance, model: Model, classes: list[list[int]]
) -> tuple[csc_matrix, np.ndarray, np.ndarray, np.ndarray]:
    """`model` with one coverage column and row per class of `classes` (its first skill's) and none for the
    skills in no class: (matrix, row lower, row upper, the columns of `model` kept, in order: the
    candidates, the classes, the stack targets). A skill's coverage column appears in its own coverage row
    only (and in the second stage's "keep the coverage" row, with its stage-1 weight), and at an optimum it
    can be min(1, what of its coverers is chosen), which pays most in both stages: equal for skills with the
    same coverers, and of no use to a skill that weighs nothing. So over the classes, with a class's weights
    and bonuses summed, every selection has the same best value in each stage as over every skill, and the
    optimal selections are the same (session 13: the 10k bench's models lose 10-30% of their columns)."""
    n, m = inst.n, len(inst.skills)
    rows, cols, vals, lo, hi = model
    kept_rows = [cls[0] for cls in classes] + list(range(m, len(lo)))
    kept_cols = np.array(
        [*range(n), *(n + cls[0] for cls in classes), *range(n + m, n + m + len(inst.targets))], dtype=np.intp
    )
    a = _class_matrix(inst, model, classes, kept_rows, kept_cols)
    return a, np.array(lo)[kept_rows], np.array(hi)[kept_rows], kept_cols


def _class_matrix(
    inst: Instance, model: Model, classes: list[list[int]], kept_rows: list[int], kept_cols: np.ndarray
) -> csc_matrix:
    """`model`'s matrix over `kept_rows` and `kept_cols` (`classes_model`), kept in the candidate set's
    `_Structure` by the classes and the limit rows' entries (the rows after the structure's: only their
    bounds, the limits, differ between the instances of a set). A copy is returned: the caller may change
    it. The same matrix as building it from `model` each time (`_class_matrix_of`), entry for entry."""
    rows, cols, vals, lo, _ = model
    s = _structure(inst)
    tail = len(s.rows)
    if len(lo) < len(s.lo) or tuple(rows[:1]) != s.rows[:1] or len(rows) < tail:
        return _class_matrix_of(inst, model, kept_rows, kept_cols)  # not built on this set's rows
    key = (
        tuple(tuple(cls) for cls in classes),
        len(lo),
        tuple(rows[tail:]),
        tuple(cols[tail:]),
        tuple(vals[tail:]),
    )
    with _STRUCTURES_LOCK:
        found = s.blocks.get(key)
    if found is None:
        found = _class_matrix_of(inst, model, kept_rows, kept_cols)
        with _STRUCTURES_LOCK:
            if len(s.blocks) >= _BLOCKS_KEPT:
                s.blocks.pop(next(iter(s.blocks)))
            s.blocks[key] = found
    return found.copy()


def _class_matrix_of(inst: Instance, model: Model, kept_rows: list[int], kept_cols: np.ndarray) -> csc_matrix:
    """`model`'s matrix over `kept_rows` and `kept_cols`, built from its entries."""
    rows, cols, vals, lo, _ = model
    full = coo_matrix((vals, (rows, cols)), shape=(len(lo), inst.n + len(inst.skills) + len(inst.targets)))
    return full.tocsr()[kept_rows][:, kept_cols].tocsc()


def coverage_classes(inst: Instance, weighs: Sequence[bool]) -> list[list[int]]:
    """The gap skills j with `weighs[j]` grouped by what covers them (the candidates teaching them and the
    stack targets whose earning covers them), each group in skill order, groups in the order of their first
    skill."""
    coverers = _structure(inst).coverers  # a target's column is n + m + t: the same grouping as n + t
    classes: dict[tuple[int, ...], list[int]] = {}
    for j, w in enumerate(weighs):
        if w:
            classes.setdefault(coverers.get(j, ()), []).append(j)
    return list(classes.values())


def out_of_reach(inst: Instance) -> list[int]:
    """Candidates no selection of `inst` can hold: with what they need first (`closure`, the prerequisite
    rows make every selection closed) they alone exceed the hour or the money limit. Fixing them at 0 in the
    first stage leaves its feasible selections, so its optimal value, as they were; HiGHS's presolve does
    not find most of them (chains of prerequisite rows), and its search is shorter without them (session
    10: 1,158 of 13,068 first-stage columns of the 10k bench, first stages 0.89 -> 0.76 s). A margin keeps
    a closure within HiGHS's feasibility tolerance of a limit in. The second stage fixes them at 0 too
    (session 13)."""
    idx = bundle_index(inst)
    out = np.zeros(inst.n, dtype=bool)
    for limit, per_bundle in ((inst.max_hours, idx.bundle_hours), (inst.max_cost_eur, idx.bundle_cost)):
        if limit is not None:
            out |= per_bundle > limit * (1 + 1e-6) + 1e-3
    out[list(inst.forced)] = False
    return [int(i) for i in np.flatnonzero(out)]


def _best_hint(inst: Instance, sel: ScoredSelection, hints: Sequence[frozenset[str]]) -> ScoredSelection:
    """`sel`, or the first hint mapped onto `inst` (every id a candidate, strictly feasible) whose stage-1
    value is higher than the best so far."""
    if not hints:
        return sel
    index = {c.id: i for i, c in enumerate(inst.cands)}
    pins = set().union(*(inst.closure(i) for i in inst.forced))
    for ids in hints:
        found = {index[cid] for cid in ids if cid in index}
        if len(found) != len(ids):
            continue
        # the hint alone, then with the pins it lacks (a pinned re-plan's: the plan's selection and the pin)
        for chosen in (found, found | pins) if not pins <= found else (found,):
            if not _strictly_feasible(inst, chosen):
                continue
            trial = ScoredSelection(inst, chosen)
            if trial.value[0] > sel.value[0] + EPS:
                sel = trial
    return sel


def _strictly_feasible(inst: Instance, chosen: set[int]) -> bool:
    """Within the limits with no tolerance, every prerequisite taken, every pin in: a selection the MILP
    accepts as it stands."""
    if not inst.forced <= chosen or any(p not in chosen for i in chosen for p in inst.prereqs[i]):
        return False
    if inst.max_hours is not None and sum(inst.hours[i] for i in chosen) > inst.max_hours:
        return False
    return inst.max_cost_eur is None or sum(inst.cost_eur[i] for i in chosen) <= inst.max_cost_eur


def solve_greedy(inst: Instance, start: set[int] | None = None) -> set[int]:
    """The heuristic: the greedy over bundles, stack completion and pruning (`construct`), restarted from a
    few seeds when limits keep coverage out of reach (`seeded`), then local search (`improvement.improve`): on
    instances of up to SMALL candidates every kind of move, above that a bounded number of swap rounds
    (speed). `start` (a feasible, prerequisite-closed selection such as the MILP's first stage) is improved
    too; the better result wins."""
    sel, per = _construct(inst, inst.forced, frozenset(), measures(inst))
    sel = seeded(inst, sel, per)
    starts = [sel]
    if start is not None:
        starts.append(ScoredSelection(inst, start))
        prune(inst, starts[-1])
    best = None
    for sel in starts:
        if inst.n <= SMALL:
            sel = improve(inst, sel, rounds=SMALL_ROUNDS, repair=construct, additions=True)
        else:
            sel = improve(inst, sel, rounds=LARGE_ROUNDS, repair=construct if LARGE_REPAIR else None)
        if best is None or lexicographically_better(sel.value, best.value):
            best = sel
    assert best is not None  # the loop above runs at least once
    return best.chosen


def measures(inst: Instance) -> tuple[Measure, ...]:
    """The greedy runs `construct` tries: by effort, and per limit set, by the share of that limit used (by
    effort alone the greedy packed binding limits badly: on 134 large instances it covered less than the MILP
    on 85; with a run by the limits' share on 55, with a run per limit on 50)."""
    if inst.max_hours and inst.max_cost_eur:
        return ("effort", "hours", "cost")
    return ("effort", "limits") if inst.max_hours or inst.max_cost_eur else ("effort",)


def construct(
    inst: Instance, start: set[int] | frozenset[int], banned: frozenset[int] = frozenset()
) -> set[int]:
    """A selection built from `start` (prerequisite-closed, within the limits) without `banned` candidates:
    the greedy over bundles (each of `measures`), then stacks completed when they pay off, then redundant
    steps pruned; the best run."""
    return _construct(inst, start, banned, measures(inst))[0].chosen


def _construct(
    inst: Instance, start: set[int] | frozenset[int], banned: frozenset[int], runs: tuple[Measure, ...]
) -> tuple[ScoredSelection, Measure]:
    best: tuple[ScoredSelection, Measure] | None = None
    for per in runs:
        sel = ScoredSelection(inst, greedy_fill(inst, start, banned, per=per))
        complete_stacks(inst, sel, banned)
        prune(inst, sel)
        if best is None or lexicographically_better(sel.value, best[0].value):
            best = (sel, per)
    assert best is not None
    return best


def seeded(inst: Instance, sel: ScoredSelection, per: Measure) -> ScoredSelection:
    """When the limits leave reachable stage-1 coverage out, the construction again (by the measure that won,
    `per`) from each of the SEEDS bundles with the largest stage-1 gain that fit; the best result. A greedy by
    ratio takes many cheap steps and then has no room for a large bundle worth more; starting from it fixes
    that (on 134 large instances: coverage short of the MILP's on 42 instead of 50, at ~2 ms per solve)."""
    idx = bundle_index(inst)
    stage1 = np.asarray(inst.stage1, dtype=float)
    reachable = {j for j in range(len(inst.skills)) if len(idx.teachers(j))}.union(
        *(t.covers for t in inst.targets)
    )
    if sel.value[0] >= sum(stage1[j] for j in reachable) - EPS:
        return sel
    gain = idx.bundle_gain(stage1)
    fit = np.ones(inst.n, dtype=bool)
    if inst.max_hours is not None:
        fit &= idx.bundle_hours <= inst.max_hours + 1e-6
    if inst.max_cost_eur is not None:
        fit &= idx.bundle_cost <= inst.max_cost_eur + 1e-6
    order = np.argsort(-np.where(fit, gain, -1.0), kind="stable")[:SEEDS]
    best = sel
    for k in (int(k) for k in order if fit[k] and gain[k] > EPS):
        start = inst.forced | idx.closures[k]
        if not ScoredSelection(inst, inst.forced).fits((), start - inst.forced):
            continue
        trial, _ = _construct(inst, start, frozenset(), (per,))
        if lexicographically_better(trial.value, best.value):
            best = trial
    return best
