"""The MILP's second stage through HiGHS's own bindings with the first stage's options (session 9, speed):
on random instances, with the weighted coverage of `balanced` and with counts, both stages select exactly what
scipy's `milp` with HiGHS's defaults selects, and a second stage that proves nothing leaves the plan to the
heuristic."""

from __future__ import annotations

import dataclasses

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_planner_properties import TAX, TODAY, cases

from pathfinder.planner import highs_start, selection
from pathfinder.planner.gaps import analyse_gap
from pathfinder.planner.instance import build_instance
from pathfinder.planner.selection import solve_milp

needs_bindings = pytest.mark.skipif(not highs_start.available(), reason="scipy without HiGHS's bindings")


@needs_bindings
@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(case=cases(), weights=st.lists(st.sampled_from([0.75, 1.0, 1.25]), min_size=8, max_size=8))
def test_the_second_stage_selects_what_milp_selects(case, weights, monkeypatch):
    catalogue, profile, strategy = case
    gap = analyse_gap(profile, TAX, catalogue, today=TODAY)
    inst = build_instance(profile, gap, catalogue, strategy, today=TODAY)
    stage1 = [weights[k] if w else 0.0 for k, w in enumerate(inst.stage1)]
    for one in (dataclasses.replace(inst, stage1=stage1), inst):
        calls = [0]
        real = selection._second_stage

        def counted(*args, _real=real, _calls=calls):
            _calls[0] += 1
            return _real(*args)

        with monkeypatch.context() as m:
            m.setattr(selection, "_second_stage", counted)
            new = solve_milp(dataclasses.replace(one))
        with monkeypatch.context() as m:  # before session 9: the second stage by `milp`, HiGHS's defaults
            m.setattr(selection, "_second_stage", None)
            m.setattr(highs_start, "available", lambda: False)
            old = solve_milp(dataclasses.replace(one))
        assert new == old
        assert calls[0] <= 1


@needs_bindings
def test_a_second_stage_without_a_proof_is_no_optimum(monkeypatch):
    from test_planner_first_stage import _small

    inst = _small(None)
    assert solve_milp(dataclasses.replace(inst)) == ({0, 2}, True)
    monkeypatch.setattr(selection, "_second_stage", lambda *args: None)
    chosen, optimal = solve_milp(dataclasses.replace(inst))
    assert optimal is False and chosen == {0, 2}  # the first stage's selection, a start for the heuristic
