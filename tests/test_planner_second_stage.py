"""The MILP's second stage (the least effort at the first stage's coverage) decides the plan. Since session
13 it runs over the coverage classes of the skills that weigh in either stage (`selection.classes_model`),
with the candidates out of reach fixed at 0 and HiGHS's options of the first stage (`highs_start.solve_cold`).
On random instances its selection is an optimal one: the same stage-1 value and the same effort as the
selection `milp` with HiGHS's defaults gives over every skill (where effort ties exactly, it may be another
of the tied selections)."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from scipy.optimize import Bounds, LinearConstraint, milp
from scipy.sparse import csc_matrix
from test_planner_coverage_classes import _four
from test_planner_first_stage import _with_defaults
from test_planner_properties import TAX, TODAY, cases

from pathfinder.planner import highs_start
from pathfinder.planner.gaps import analyse_gap
from pathfinder.planner.instance import Instance, build_instance, objective
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
def test_the_second_stage_selects_an_optimum(case, monkeypatch):
    catalogue, profile, strategy = case
    gap = analyse_gap(profile, TAX, catalogue, today=TODAY)
    inst = build_instance(profile, gap, catalogue, strategy, today=TODAY)
    chosen, optimal = solve_milp(dataclasses.replace(inst))
    reference, proven = _with_defaults(dataclasses.replace(inst), monkeypatch)
    assert optimal == proven
    if chosen is not None and reference is not None:
        got, best = objective(inst, chosen), objective(inst, reference)
        assert got[0] == pytest.approx(best[0], abs=1e-6)
        assert got[1] == pytest.approx(best[1], abs=1e-6)


def _with_reach(budget: float) -> Instance:
    """`_four`'s c0-c2 (s2 and s3 both taught by c2 alone) and c3 (EUR 300, teaches s1), over a budget of
    EUR `budget`."""
    inst = _four(frozenset({2}))
    return dataclasses.replace(
        inst,
        cands=[None] * 4,
        covers=[*inst.covers, frozenset({1})],
        prereqs=[(), (), (), ()],
        hours=[*inst.hours, 10.0],
        cost_eur=[*inst.cost_eur, 300.0],
        effort=[*inst.effort, 1.0],
        max_cost_eur=budget,
    )


@needs_bindings
def test_the_second_stage_runs_over_classes_and_leaves_out_what_is_out_of_reach(monkeypatch):
    """s2 and s3 share one column (4 candidates + 3 classes + no stack = 7 columns, the "keep the coverage"
    row added); c3 alone is over the budget of EUR 100, so it is fixed at 0, and within EUR 400 it is not."""
    seen: list[tuple[int, list[float]]] = []
    real = highs_start.solve_cold

    def spy(c, a, row_lower, row_upper, lower, upper, *rest):
        seen.append((c.size, list(upper[:4])))
        return real(c, a, row_lower, row_upper, lower, upper, *rest)

    monkeypatch.setattr(highs_start, "solve_cold", spy)
    assert solve_milp(_with_reach(100.0)) == ({1, 2}, True)
    assert solve_milp(_with_reach(400.0)) == ({0, 2}, True)
    assert seen == [(7, [1.0, 1.0, 1.0, 0.0]), (7, [1.0, 1.0, 1.0, 1.0])]


@needs_bindings
def test_a_second_stage_that_is_not_optimal_gives_none():
    # x0 + x1 >= 1.5 with both binary and at most one: infeasible, as `milp` says too
    c = np.array([1.0, 1.0])
    a = csc_matrix(np.array([[1.0, 1.0], [1.0, 1.0]]))
    args = (c, a, np.array([1.5, -np.inf]), np.array([np.inf, 1.0]), np.zeros(2), np.ones(2), np.ones(2))
    assert highs_start.solve_cold(*args, 5.0, 1e-7) is None
    assert _as_milp(*args, 5.0, 1e-7) is None
