"""The MILP's second stage (the least effort at the first stage's coverage) decides the plan, ties included,
so it is solved exactly as scipy's `milp` solves it: `highs_start.solve_cold` hands HiGHS the model and
options `milp` hands it, without `milp`'s Python around the call (session 12). On random instances, every
second stage gives the same x, to the last bit, as `milp` with the same arguments, and the selection is the
one the `milp` path gives."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from scipy.optimize import Bounds, LinearConstraint, milp
from scipy.sparse import csc_matrix
from test_planner_properties import TAX, TODAY, cases

from pathfinder.planner import highs_start
from pathfinder.planner.gaps import analyse_gap
from pathfinder.planner.instance import build_instance
from pathfinder.planner.selection import solve_milp

needs_bindings = pytest.mark.skipif(not highs_start.available(), reason="scipy without HiGHS's bindings")


def _as_milp(c, a, row_lower, row_upper, lower, upper, integrality, time_limit_s, mip_rel_gap):
    res = milp(
        c,
        integrality=integrality,
        bounds=Bounds(lower, upper),
        constraints=[LinearConstraint(a.tocsr(), row_lower, row_upper)],
        options={"time_limit": time_limit_s, "mip_rel_gap": mip_rel_gap},
    )
    return res.x if res.status == 0 and res.x is not None else None


@needs_bindings
@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(case=cases())
def test_the_second_stage_gives_milps_x_to_the_bit(case, monkeypatch):
    catalogue, profile, strategy = case
    gap = analyse_gap(profile, TAX, catalogue, today=TODAY)
    inst = build_instance(profile, gap, catalogue, strategy, today=TODAY)
    real = highs_start.solve_cold
    pairs: list[tuple[np.ndarray | None, np.ndarray | None]] = []

    def both(*args):
        x = real(*args)
        pairs.append((x, _as_milp(*args)))
        return x

    monkeypatch.setattr(highs_start, "solve_cold", both)
    direct = solve_milp(dataclasses.replace(inst))
    for x, y in pairs:
        assert (x is None) == (y is None)
        assert x is None or (x.dtype == y.dtype and x.tobytes() == y.tobytes())
    monkeypatch.setattr(highs_start, "solve_cold", _as_milp)
    assert solve_milp(dataclasses.replace(inst)) == direct


@needs_bindings
def test_a_second_stage_that_is_not_optimal_gives_none():
    # x0 + x1 >= 1.5 with both binary and at most one: infeasible, as `milp` says too
    c = np.array([1.0, 1.0])
    a = csc_matrix(np.array([[1.0, 1.0], [1.0, 1.0]]))
    args = (c, a, np.array([1.5, -np.inf]), np.array([np.inf, 1.0]), np.zeros(2), np.ones(2), np.ones(2))
    assert highs_start.solve_cold(*args, 5.0, 1e-7) is None
    assert _as_milp(*args, 5.0, 1e-7) is None
