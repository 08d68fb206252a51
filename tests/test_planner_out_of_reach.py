"""`selection.out_of_reach` (session 10, speed only; kept in session 11, from the bundle index's
per-bundle hours and cost, once the first stage's value was made canonical): the first stage fixes at 0 the
candidates whose prerequisite closure alone exceeds the hour or money limit. No selection can hold them, so
the first stage's optimal value, and the plan, stay as they were (the random instances of
`test_planner_first_stage.py` compare the whole `solve_milp` with HiGHS's defaults)."""

from __future__ import annotations

import dataclasses

from test_planner_first_stage import _first_stage_values, _with_defaults, as_good, needs_bindings

from pathfinder.planner.instance import Instance
from pathfinder.planner.selection import out_of_reach, solve_milp


def _chain(
    max_hours: float | None, max_cost: float | None = None, forced: set[int] | None = None
) -> Instance:
    """c0 (40 h, EUR 100) is needed first by c1 (30 h, EUR 100); c2 (20 h, EUR 300) stands alone; c3 (5 h,
    EUR 10) needs c1. Gap skills: c1 and c3 teach s0, c2 s1, c0 s2."""
    return Instance(
        cands=[None, None, None, None],  # type: ignore[list-item]  # the solvers read no credential
        skills=["s0", "s1", "s2"],
        weights=[1.0, 1.0, 1.0],
        essential=[True, True, True],
        covers=[frozenset({2}), frozenset({0}), frozenset({1}), frozenset({0})],
        prereqs=[(), (0,), (), (1,)],
        hours=[40.0, 30.0, 20.0, 5.0],
        cost_eur=[100.0, 100.0, 300.0, 10.0],
        targets=[],
        forced=forced or set(),
        max_hours=max_hours,
        max_cost_eur=max_cost,
        stage1=[1.25, 1.0, 0.75],
        bonus=[0.0, 0.0, 0.0],
        effort=[1.0, 1.0, 1.0, 1.0],
        stack_bonus=0.0,
        excluded={},
    )


def test_a_closure_over_a_limit_is_out_and_one_within_it_stays() -> None:
    assert out_of_reach(_chain(None)) == []
    assert out_of_reach(_chain(60.0)) == [1, 3]  # c1 needs c0: 70 h; c3 needs both: 75 h
    assert out_of_reach(_chain(70.0)) == [3]  # exactly at the limit: in
    assert out_of_reach(_chain(None, max_cost=250.0)) == [2]  # c2 EUR 300; c3 with c1 and c0: EUR 210
    assert out_of_reach(_chain(60.0, forced={0, 1})) == [3]  # pinned steps are never fixed out


def test_a_closure_within_the_solvers_tolerance_of_the_limit_stays() -> None:
    assert out_of_reach(_chain(70.0 - 1e-7)) == [3]


@needs_bindings
def test_the_first_stage_value_and_the_selection_are_unchanged(monkeypatch) -> None:
    for inst in (_chain(60.0), _chain(70.0), _chain(60.0, max_cost=150.0), _chain(45.0)):
        reference = _with_defaults(dataclasses.replace(inst), monkeypatch)
        assert as_good(inst, solve_milp(dataclasses.replace(inst)), reference)
    # within 60 h: c0 and c2 (s2 and s1: 0.75 + 1.0); s0's teachers need 70 and 75 h
    values, solves = _first_stage_values(_chain(60.0), monkeypatch)
    assert values == [1.75]


@needs_bindings
def test_a_start_covering_every_skill_within_reach_is_not_solved_again(monkeypatch) -> None:
    """With 45 h only c0 (s2) and c2 (s1) can be taken, not both: the heuristic's s1 (1.0) is not all that
    is reachable (s1 and s2), so HiGHS proves it; with c2 pinned and 60 h, c0 and c2 cover every skill any
    selection can reach (s0's teachers are out of reach): no HiGHS solve."""
    values, solves = _first_stage_values(_chain(45.0), monkeypatch)
    assert (values, solves) == ([1.0], 1)
    values, solves = _first_stage_values(_chain(60.0, forced={2}), monkeypatch)
    assert (values, solves) == ([1.75], 0)
