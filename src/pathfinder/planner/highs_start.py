"""The MILP's first stage solved by HiGHS from a known feasible selection (the heuristic's).

scipy's `milp` takes no starting solution; the HiGHS object scipy itself drives (`scipy.optimize._highspy.
_core`, present since scipy 1.15) does (`setSolution`). With the start given, HiGHS's large-neighbourhood
sub-MIP heuristics (RINS, RENS) and the feasibility jump mostly search for what it already holds, and its
restarts (presolving again once reduced-cost fixing has fixed ~10% of the columns: three rounds of root
work on the slowest instance) cost more than they save, so the first stage leaves them out (the recorded
MILP solves of the 10k bench, 70: `solve_milp` CPU 2.50–2.79 -> 1.91–2.16 s, the slowest 239 -> 109 ms; of
the 100k bench, 106: 2.96 -> 2.46–2.65 s; the same selection on every one; docs/BENCHMARKS.md, "Planner
speed, issue 14 session 7"). Only the first stage's optimal VALUE is used (the second stage is solved by
`milp` as before), so the plan does not change.
`available()` is False on an older scipy: the caller then solves the first stage with `milp`.

`solve_cold` is the second stage as `milp` solves it, without `milp`'s Python around the same HiGHS call
(session 12): the same model arrays, the same three options set the same way (`passOptions`), no start, so
HiGHS takes the same path to the same x; only the argument checks, the options manager and the result
dictionary (slacks, duals, a loop over every column's basis status) are left out, ~1-2 ms of each solve.
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
    """What `milp(c, integrality=, bounds=Bounds(lower, upper), constraints=[LinearConstraint(a, row_lower,
    row_upper)], options={"time_limit": ..., "mip_rel_gap": ...})` gives as `res.x` when `res.status` is 0,
    else None: the model and options `milp` hands HiGHS, built as scipy 1.15-1.17's `_highs_wrapper` builds
    them (`tests/test_planner_second_stage.py` checks the x on random instances and the bench's)."""
    assert _highs is not None
    nc, nr = c.size, row_upper.size
    lp = _highs.HighsLp()
    lp.num_col_, lp.num_row_ = nc, nr
    lp.a_matrix_.num_col_, lp.a_matrix_.num_row_ = nc, nr
    lp.a_matrix_.format_ = _highs.MatrixFormat.kColwise
    lp.col_cost_ = c.astype(np.float64)
    lp.col_lower_, lp.col_upper_ = lower.astype(np.float64), upper.astype(np.float64)
    lp.row_lower_, lp.row_upper_ = row_lower.astype(np.float64), row_upper.astype(np.float64)
    lp.a_matrix_.start_ = a.indptr
    lp.a_matrix_.index_ = a.indices
    lp.a_matrix_.value_ = a.data.astype(np.float64)
    lp.integrality_ = [_highs.HighsVarType(i) for i in integrality.astype(np.uint8)]
    h = _highs._Highs()
    options = _highs.HighsOptions()
    options.log_to_console = False
    options.time_limit = float(time_limit_s)
    options.mip_rel_gap = float(mip_rel_gap)
    if h.passOptions(options) == _highs.HighsStatus.kError:
        return None
    if h.passModel(lp) == _highs.HighsStatus.kError:
        return None
    with native_stdout_silenced():
        status = h.run()
    if status == _highs.HighsStatus.kError or h.getModelStatus() != _highs.HighsModelStatus.kOptimal:
        return None
    return np.array(h.getSolution().col_value)


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
    lp.integrality_ = [_highs.HighsVarType(int(i)) for i in integrality]
    h = _highs._Highs()
    h.setOptionValue("output_flag", False)
    h.setOptionValue("time_limit", float(time_limit_s))
    h.setOptionValue("mip_rel_gap", float(mip_rel_gap))
    for key, value in OPTIONS.items():
        h.setOptionValue(key, value)
    if h.passModel(lp) == _highs.HighsStatus.kError:
        return None
    solution = _highs.HighsSolution()
    solution.col_value = list(map(float, start))
    solution.value_valid = True
    h.setSolution(solution)  # rejected silently by HiGHS if infeasible: then it starts cold
    with native_stdout_silenced():
        status = h.run()
    if status == _highs.HighsStatus.kError or h.getModelStatus() != _highs.HighsModelStatus.kOptimal:
        return None
    return np.array(h.getSolution().col_value)
