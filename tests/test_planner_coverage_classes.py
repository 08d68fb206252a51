"""The first stage over coverage classes (`selection.first_stage_model`, session 13, speed only): gap skills
of stage-1 weight that the same candidates and stacks cover share one coverage column (their weights summed),
skills of no stage-1 weight have none. A skill's coverage column is at most what of its coverers is chosen
and appears nowhere else, so every selection keeps its first-stage value and the optimum is the same; the
second stage, which decides the plan among equal optima, still gets the whole model."""

from __future__ import annotations

import dataclasses

import numpy as np
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_planner_first_stage import _first_stage_values, _with_defaults, as_good, needs_bindings

from pathfinder.planner import highs_start, selection
from pathfinder.planner.instance import Instance
from pathfinder.planner.selection import coverage_classes, solve_milp


def _four(covers_s3: frozenset[int]) -> Instance:
    """c0 (EUR 60) teaches s0 and s1, c1 (EUR 50) s0, c2 (EUR 50) s2; s3 is taught by `covers_s3`. Budget EUR
    100: c0 and c2 together are over it."""
    covers = [frozenset({0, 1}), frozenset({0}), frozenset({2})]
    covers = [cov | ({3} if i in covers_s3 else set()) for i, cov in enumerate(covers)]
    return Instance(
        cands=[None, None, None],  # type: ignore[list-item]  # the solvers read no credential
        skills=["s0", "s1", "s2", "s3"],
        weights=[1.0, 1.0, 1.0, 1.0],
        essential=[True, True, True, True],
        covers=covers,
        prereqs=[(), (), ()],
        hours=[10.0, 10.0, 10.0],
        cost_eur=[60.0, 50.0, 50.0],
        targets=[],
        forced=set(),
        max_hours=None,
        max_cost_eur=100.0,
        stage1=[1.0, 1.0, 1.25, 0.75],
        bonus=[0.0, 0.0, 0.0, 0.0],
        effort=[1.0, 1.0, 1.0],
        stack_bonus=0.0,
        excluded={},
    )


def _columns_highs_gets(inst: Instance, monkeypatch) -> list[int]:
    """The column counts of the first stages HiGHS solves in one `solve_milp`."""
    sizes: list[int] = []
    solve_from = highs_start.solve_from

    def spy(c, *args):
        sizes.append(c.size)
        return solve_from(c, *args)

    with monkeypatch.context() as m:
        m.setattr(highs_start, "solve_from", spy)
        solve_milp(dataclasses.replace(inst))
    return sizes


@needs_bindings
def test_skills_with_the_same_teachers_share_one_column(monkeypatch) -> None:
    """s2 and s3 are both taught by c2 alone: one column of weight 2.0 (3 candidates + 3 classes, not 4
    skills); the optimum is c1 and c2 (s0, s2, s3: 3.0), as with HiGHS's defaults over every skill."""
    inst = _four(frozenset({2}))
    assert coverage_classes(inst, [True] * 4) == [[0], [1], [2, 3]]
    assert _columns_highs_gets(inst, monkeypatch) == [6]
    values, solves = _first_stage_values(inst, monkeypatch)
    assert (values, solves) == ([3.0], 1)
    assert solve_milp(dataclasses.replace(inst)) == _with_defaults(inst, monkeypatch) == ({1, 2}, True)


@needs_bindings
def test_skills_whose_teachers_differ_by_one_keep_their_own_columns(monkeypatch) -> None:
    """s3 taught by c1 and c2, s2 by c2 alone: four classes (3 candidates + 4 columns). Merged, s3 would be
    counted with c2 only; the optimum is still c1 and c2 (3.0)."""
    inst = _four(frozenset({1, 2}))
    assert coverage_classes(inst, [True] * 4) == [[0], [1], [2], [3]]
    assert _columns_highs_gets(inst, monkeypatch) == [7]
    values, _ = _first_stage_values(inst, monkeypatch)
    assert values == [3.0]


def test_a_skill_of_no_stage1_weight_has_no_class() -> None:
    inst = dataclasses.replace(_four(frozenset({2})), stage1=[1.0, 0.0, 1.25, 0.75])
    assert coverage_classes(inst, [w > 0 for w in inst.stage1]) == [[0], [2, 3]]


@st.composite
def _instances(draw) -> Instance:
    """Up to 8 candidates over up to 6 skills drawn from a few covers (so classes recur), prerequisites on
    earlier candidates, random weights (some 0), hours and prices and optional limits."""
    n = draw(st.integers(2, 8))
    m = draw(st.integers(1, 6))
    pool = draw(st.lists(st.frozensets(st.integers(0, m - 1), min_size=1), min_size=1, max_size=3))
    covers = [draw(st.sampled_from(pool)) for _ in range(n)]
    prereqs = [tuple(draw(st.sets(st.integers(0, i - 1), max_size=1))) if i else () for i in range(n)]
    hours = draw(st.lists(st.sampled_from([5.0, 10.0, 20.0, 40.0]), min_size=n, max_size=n))
    cost = draw(st.lists(st.sampled_from([0.0, 50.0, 120.0, 300.0]), min_size=n, max_size=n))
    stage1 = draw(st.lists(st.sampled_from([0.0, 0.75, 1.0, 1.25]), min_size=m, max_size=m))
    return Instance(
        cands=[None] * n,  # type: ignore[list-item]  # the solvers read no credential
        skills=[f"s{j}" for j in range(m)],
        weights=[1.0] * m,
        essential=[w > 0 for w in stage1],
        covers=covers,
        prereqs=prereqs,
        hours=hours,
        cost_eur=cost,
        targets=[],
        forced=set(),
        max_hours=draw(st.sampled_from([None, 15.0, 30.0, 60.0])),
        max_cost_eur=draw(st.sampled_from([None, 100.0, 200.0])),
        stage1=stage1,
        bonus=[0.0] * m,
        effort=[h / 10 + c / 100 for h, c in zip(hours, cost)],
        stack_bonus=0.0,
        excluded={},
    )


@needs_bindings
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(inst=_instances())
def test_the_first_stage_optimum_over_classes_is_the_one_over_every_skill(inst, monkeypatch) -> None:
    """The value HiGHS proves over the classes is `milp`'s optimum over every skill column, and the whole
    solve selects as well as HiGHS's defaults do."""
    c1 = selection._stage1_costs(inst)
    x = selection._milp_x(inst, c1, selection._model(inst), None, {}, 5.0)
    found = selection._first_stage(inst, selection._model(inst), 5.0)
    assert x is not None and found is not None
    assert found[0] == selection.first_stage_value(c1, x)
    assert np.isclose(found[0], -(c1 @ x))
    reference = _with_defaults(dataclasses.replace(inst), monkeypatch)
    assert as_good(inst, solve_milp(dataclasses.replace(inst)), reference)
