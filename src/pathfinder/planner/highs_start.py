"""The MILP's first stage solved by HiGHS from a known feasible selection (the heuristic's).

scipy's `milp` takes no starting solution; the HiGHS object scipy itself drives (`scipy.optimize._highspy.
_core`, present since scipy 1.15) does (`setSolution`). With the start given, HiGHS's large-neighbourhood
sub-MIP heuristics (RINS, RENS) and the feasibility jump mostly search for what it already holds, and its
restarts (presolving again once reduced-cost fixing has fixed ~10% of the columns: three rounds of root
work on the slowest instance) cost more than they save, so the first stage leaves them out (the recorded
MILP solves of the 10k bench, 70: `solve_milp` CPU 2.50–2.79 -> 1.91–2.16 s, the slowest 239 -> 109 ms; of
the 100k bench, 106: 2.96 -> 2.46–2.65 s; the same selection on every one; docs/BENCHMARKS.md, "Planner
speed, issue 14 session 7"). Only the first stage's optimal VALUE is used, so the plan does not change.
`available()` is False on an older scipy: the caller then solves the first stage with `milp`.

`solve_cold` is the second stage (session 13): the same options, no start. Until session 12 it was solved
exactly as `milp` solves it, because the second stage decides between plans of equal effort by HiGHS's search
path (session 9 kept `milp`'s path for that); it now runs over its coverage classes with these options, and
where effort ties exactly the plan may name another of the equal plans (docs/BENCHMARKS.md, session 13, lists
each such change in `bench/plan_identity.py`'s instances).
"""

from __future__ import annotations

from typing import Any

import numpy as np
from scipy.sparse import csc_matrix

from pathfinder.planner.native_output import native_stdout_silenced

try:  # scipy's bundled HiGHS bindings (a private module: guarded, with `milp` as the fallback)
    from scipy.optimize._highspy import _core as _highs
except ImportError:  # pragma: no cover - scipy < 1.15
    _highs = None

OPTIONS: dict[str, Any] = {
    "mip_heuristic_run_root_reduced_cost": False,
    "mip_heuristic_run_rins": False,
    "mip_heuristic_run_rens": False,
    "mip_heuristic_run_feasibility_jump": False,
    "mip_allow_restart": False,
}


_VAR_TYPES: dict[int, Any] = {}


def _var_types() -> dict[int, Any]:
    """HiGHS's column types by code (0 continuous, 1 integer, ...), made once: one Python object per column
    made anew each solve was ~5% of a solve's Python around HiGHS (session 16)."""
    if not _VAR_TYPES:
        assert _highs is not None
        _VAR_TYPES.update({int(v): v for v in _highs.HighsVarType.__members__.values()})
    return _VAR_TYPES


def available() -> bool:
    return _highs is not None and hasattr(_highs._Highs, "setSolution")


def solve_cold(
    c: np.ndarray,
    a: csc_matrix,
    row_lower: np.ndarray,
    row_upper: np.ndarray,
    lower: np.ndarray,
    upper: np.ndarray,
    integrality: np.ndarray,
    time_limit_s: float,
    mip_rel_gap: float,
) -> np.ndarray | None:
    """`solve_from` without a start (the second stage, session 13: over its coverage classes and with these
    OPTIONS its HiGHS time fell ~33% on the 10k bench's 56 second stages, every selection the same there)."""
    return _solve(c, a, row_lower, row_upper, lower, upper, integrality, None, time_limit_s, mip_rel_gap)


def solve_from(
    c: np.ndarray,
    a: csc_matrix,
    row_lower: np.ndarray,
    row_upper: np.ndarray,
    lower: np.ndarray,
    upper: np.ndarray,
    integrality: np.ndarray,
    start: np.ndarray,
    time_limit_s: float,
    mip_rel_gap: float,
) -> np.ndarray | None:
    """min c·x subject to row_lower <= a·x <= row_upper and lower <= x <= upper (integer where
    `integrality` is 1), started from the feasible `start`; the optimal x, or None when HiGHS does not prove
    one (infeasible, failed, out of time)."""
    return _solve(c, a, row_lower, row_upper, lower, upper, integrality, start, time_limit_s, mip_rel_gap)


def _solve(
    c: np.ndarray,
    a: csc_matrix,
    row_lower: np.ndarray,
    row_upper: np.ndarray,
    lower: np.ndarray,
    upper: np.ndarray,
    integrality: np.ndarray,
    start: np.ndarray | None,
    time_limit_s: float,
    mip_rel_gap: float,
) -> np.ndarray | None:
    assert _highs is not None
    nc, nr = c.size, row_upper.size
    lp = _highs.HighsLp()
    lp.num_col_, lp.num_row_ = nc, nr
    lp.a_matrix_.num_col_, lp.a_matrix_.num_row_ = nc, nr
    lp.a_matrix_.format_ = _highs.MatrixFormat.kColwise
    lp.a_matrix_.start_ = a.indptr
    lp.a_matrix_.index_ = a.indices
    lp.a_matrix_.value_ = a.data.astype(np.float64)
    lp.col_cost_, lp.col_lower_, lp.col_upper_ = c, lower, upper
    lp.row_lower_, lp.row_upper_ = row_lower, row_upper
    lp.integrality_ = list(map(_var_types().__getitem__, np.asarray(integrality).tolist()))
    h = _highs._Highs()
    h.setOptionValue("output_flag", False)
    h.setOptionValue("time_limit", float(time_limit_s))
    h.setOptionValue("mip_rel_gap", float(mip_rel_gap))
    for key, value in OPTIONS.items():
        h.setOptionValue(key, value)
    if h.passModel(lp) == _highs.HighsStatus.kError:
        return None
    if start is not None:
        solution = _highs.HighsSolution()
        solution.col_value = list(map(float, start))
        solution.value_valid = True
        h.setSolution(solution)  # rejected silently by HiGHS if infeasible: then it starts cold
    with native_stdout_silenced():
        status = h.run()
    if status == _highs.HighsStatus.kError or h.getModelStatus() != _highs.HighsModelStatus.kOptimal:
        return None
    return np.array(h.getSolution().col_value)
