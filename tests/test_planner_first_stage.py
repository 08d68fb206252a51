"""The MILP's first stage runs without HiGHS's root reduced-cost heuristic (`selection.FIRST_STAGE_OPTIONS`,
a speed-up of issue 14, session 6): on random instances with the weighted coverage of `balanced` (1.25 / 1 /
0.75) it finds the same selection as with HiGHS's defaults, and scipy's warning about the options never
escapes."""

from __future__ import annotations

import dataclasses
import warnings

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_planner_properties import TAX, TODAY, cases

from pathfinder.planner import selection
from pathfinder.planner.gaps import analyse_gap
from pathfinder.planner.instance import build_instance
from pathfinder.planner.selection import solve_milp


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(case=cases(), weights=st.lists(st.sampled_from([0.75, 1.0, 1.25]), min_size=8, max_size=8))
def test_the_tuned_first_stage_selects_what_the_defaults_select(case, weights):
    catalogue, profile, strategy = case
    gap = analyse_gap(profile, TAX, catalogue, today=TODAY)
    inst = build_instance(profile, gap, catalogue, strategy, today=TODAY)
    stage1 = [weights[k] if w else 0.0 for k, w in enumerate(inst.stage1)]
    inst = dataclasses.replace(inst, stage1=stage1)
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # the "Unrecognized options" warning is silenced where it is raised
        tuned = solve_milp(inst)
    saved = selection.FIRST_STAGE_OPTIONS
    selection.FIRST_STAGE_OPTIONS = {}
    try:
        default = solve_milp(inst)
    finally:
        selection.FIRST_STAGE_OPTIONS = saved
    assert tuned == default
