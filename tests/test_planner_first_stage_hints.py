"""Session 8, round 2 (issue 14, speed only): the MILP's first stage may start from a selection solved before
in the planning session (`solve_milp(..., hints=)`, the unrelaxed plan's for a relaxation). Only the first
stage's optimal value is used, so a hint changes how fast it is found, never the selection: checked on random
instances against no hints, and on a fixed instance where the heuristic misses the optimum and a hint that
reaches every reachable skill makes HiGHS unnecessary."""

from __future__ import annotations

import dataclasses
from types import SimpleNamespace

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_planner_properties import TAX, TODAY, cases

from pathfinder.planner import highs_start, selection
from pathfinder.planner.gaps import analyse_gap
from pathfinder.planner.instance import Instance, build_instance
from pathfinder.planner.selection import solve_milp

needs_bindings = pytest.mark.skipif(not highs_start.available(), reason="scipy without HiGHS's bindings")


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(case=cases(), picks=st.lists(st.integers(0, 30), max_size=6))
def test_hints_never_change_the_selection(case, picks):
    catalogue, profile, strategy = case
    gap = analyse_gap(profile, TAX, catalogue, today=TODAY)
    inst = build_instance(profile, gap, catalogue, strategy, today=TODAY)
    plain = solve_milp(dataclasses.replace(inst))
    ids = [c.id for c in inst.cands]
    hints = [frozenset(ids[k % len(ids)] for k in picks)] if ids else []
    if plain[0] is not None:
        hints.append(frozenset(ids[i] for i in plain[0]))
    hints.append(frozenset({"not-a-candidate"}))
    assert solve_milp(dataclasses.replace(inst), hints=hints) == plain


def _missed() -> Instance:
    """Budget EUR 100. c0 teaches skills 0 and 1 for EUR 60 with the least effort; with it no teacher of
    skill 2 fits (c1 EUR 50, c3 EUR 80); c1 + c2 cover all three for EUR 100."""
    return Instance(
        cands=[SimpleNamespace(id=f"c{k}") for k in range(4)],  # type: ignore[misc]  # only ids are read
        skills=["s0", "s1", "s2"],
        weights=[1.0, 1.0, 1.0],
        essential=[True, True, True],
        covers=[frozenset({0, 1}), frozenset({0, 2}), frozenset({1}), frozenset({2})],
        prereqs=[(), (), (), ()],
        hours=[1.0, 10.0, 10.0, 10.0],
        cost_eur=[60.0, 50.0, 50.0, 80.0],
        targets=[],
        forced=set(),
        max_hours=None,
        max_cost_eur=100.0,
        stage1=[1.0, 1.0, 1.0],
        bonus=[0.0, 0.0, 0.0],
        effort=[0.1, 1.0, 1.0, 1.0],
        stack_bonus=0.0,
        excluded={},
    )


@needs_bindings
def test_a_hint_that_reaches_everything_spares_highs(monkeypatch):
    solves = [0]
    solve_from = highs_start.solve_from

    def counted(*args):
        solves[0] += 1
        return solve_from(*args)

    monkeypatch.setattr(highs_start, "solve_from", counted)
    # the construction's own restarts find this optimum; a construction that takes only the cheapest bundle
    # (c0) stands for the greedy's misses on larger instances
    construct = selection._construct
    monkeypatch.setattr(
        selection, "_construct", lambda inst, start, banned, runs: construct(inst, start, {1, 2, 3}, runs)
    )
    plain = solve_milp(_missed())
    assert plain == ({1, 2}, True) and solves[0] == 1  # the construction's start is not the optimum
    solves[0] = 0
    assert solve_milp(_missed(), hints=[frozenset({"c0", "c3"}), frozenset({"c1", "c2"})]) == plain
    assert solves[0] == 0
    solves[0] = 0  # an infeasible hint (over the budget) is not a start
    assert solve_milp(_missed(), hints=[frozenset({"c1", "c2", "c3"})]) == plain
    assert solves[0] == 1


def test_the_session_offers_its_solved_selections_as_hints(monkeypatch):
    """Every exact solve in a planning session (here the plan's and its relaxations') is offered the distinct
    non-empty optimal selections solved before it, newest first, at most four."""
    from pathfinder.catalogue import load_catalogue
    from pathfinder.domain import Constraints, Goal, LearnerProfile
    from pathfinder.planner import plan_pathway
    from pathfinder.settings import Settings
    from pathfinder.skills.files import load_taxonomy

    calls: list[tuple[tuple[frozenset[str], ...], frozenset[str] | None]] = []
    real = selection.solve_milp

    def spy(inst, time_limit_s=5.0, memo=None, hints=(), first=None, optima=None):
        chosen, optimal = real(inst, time_limit_s, memo, hints, first, optima)
        ids = frozenset(inst.cands[i].id for i in chosen) if optimal and chosen else None
        calls.append((tuple(hints), ids))
        return chosen, optimal

    monkeypatch.setattr("pathfinder.planner.session.solve_milp", spy)
    settings_ = Settings(_env_file=None)
    tax = load_taxonomy(settings_)
    catalogue = load_catalogue([settings_.corpus_dir / "catalogue"]).credentials
    occ = next(o for o in tax.occupations.values() if o.label == "web developer")
    profile = LearnerProfile(
        id="t",
        goal=Goal(occupation_uri=occ.uri),
        constraints=Constraints(hours_per_week=4, weeks=12, budget=200, languages=("en",)),
    )
    pw = plan_pathway(profile, analyse_gap(profile, tax, catalogue, today=TODAY), catalogue, today=TODAY)
    assert pw.relaxations and len(calls) > 2
    order: list[frozenset[str]] = []
    for hints, ids in calls:
        assert list(hints) == order[:4]
        if ids is not None and ids not in order:
            order.insert(0, ids)
    assert any(hints for hints, _ in calls)


def test_a_session_solves_an_instance_once_without_a_callers_memo(monkeypatch):
    """With no `solved` memo from the caller, a session keeps its own: the same instance met again (a
    relaxation's, say) is not solved again, and gives the same selection."""
    from pathfinder.catalogue import load_catalogue
    from pathfinder.domain import Constraints, Goal, LearnerProfile
    from pathfinder.planner.session import PlanningSession
    from pathfinder.settings import Settings
    from pathfinder.skills.files import load_taxonomy

    solves = [0]
    real = selection._solve_milp

    def counted(*args, **kwargs):
        solves[0] += 1
        return real(*args, **kwargs)

    monkeypatch.setattr(selection, "_solve_milp", counted)
    settings_ = Settings(_env_file=None)
    tax = load_taxonomy(settings_)
    catalogue = load_catalogue([settings_.corpus_dir / "catalogue"]).credentials
    occ = next(o for o in tax.occupations.values() if o.label == "web developer")
    profile = LearnerProfile(
        id="t",
        goal=Goal(occupation_uri=occ.uri),
        # 52 weeks (was 40): with 240 h no step fits since session 17 (Python fundamentals and debugging are
        # no web developer's steps: computer programming and ICT debugging tools are peripheral to the goal)
        constraints=Constraints(hours_per_week=6, weeks=52, budget=800, languages=("en",)),
    )
    session = PlanningSession(analyse_gap(profile, tax, catalogue, today=TODAY), catalogue, today=TODAY)
    cands = session.candidates(profile)
    first = session._solve(profile, "balanced", cands)
    solved = solves[0]  # the plan's, and the core repair's when the plan misses the goal's core (front-end)
    assert solved >= 1 and first.steps
    again = session._solve(profile, "balanced", cands)
    assert solves[0] == solved and again == first
