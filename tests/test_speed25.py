"""The tail's stage timers (`bench/tail_stages.py`, session 25, issue 14): where a slow plan's CPU goes and
which relaxation re-plans covered no more. The timers must not change a plan, must put the planner's own
functions back, and must record every candidate build and re-plan the session makes."""

from __future__ import annotations

import sys
from datetime import date
from functools import cache
from pathlib import Path

import pytest

from pathfinder.catalogue import load_catalogue
from pathfinder.domain import Constraints, Goal, LearnerProfile
from pathfinder.planner import CatalogueLookup, highs_start, plan_pathway, selection, session
from pathfinder.planner.gaps import analyse_gap
from pathfinder.planner.relaxation import covered_count
from pathfinder.settings import Settings
from pathfinder.skills.files import load_taxonomy

BENCH = Path(__file__).resolve().parents[1] / "bench"
DAY = date(2026, 1, 5)


@pytest.fixture(scope="module")
def stages():
    sys.path.insert(0, str(BENCH))
    try:
        import tail_stages
    finally:
        sys.path.remove(str(BENCH))
    return tail_stages


@cache
def _bundled():
    settings = Settings(_env_file=None)
    return load_taxonomy(settings), CatalogueLookup(
        load_catalogue([settings.corpus_dir / "catalogue"]).credentials
    ).warm()


def _case(label: str, **limits):
    taxonomy, lookup = _bundled()
    occ = next(o for o in taxonomy.occupations.values() if o.label == label)
    profile = LearnerProfile(
        id="t",
        goal=Goal(occupation_uri=occ.uri),
        constraints=Constraints(
            **({"hours_per_week": 8, "weeks": 52, "budget": 1500, "languages": ("en",)} | limits)
        ),
    )
    return profile, analyse_gap(profile, taxonomy, lookup, today=DAY), lookup


GOALS = ("data scientist", "e-learning developer", "web developer", "data analyst")


@pytest.mark.parametrize("label", GOALS)
def test_the_timers_change_no_plan_and_are_taken_off(stages, label: str) -> None:
    profile, gap, lookup = _case(label, budget=300, weeks=20)
    own = (
        session.build_candidates,
        selection._first_stage,
        selection._second_stage,
        highs_start._solve,
        session.PlanningSession.outcome,
        session.PlanningSession.plan,
    )
    before = plan_pathway(profile, gap, lookup, today=DAY).model_dump_json()
    stages.reset()
    with stages.instrumented():
        timed = plan_pathway(profile, gap, lookup, today=DAY).model_dump_json()
        assert session.build_candidates is not own[0]
    assert timed == before
    assert stages.SPENT["candidate builds"] > 0
    after = (
        session.build_candidates,
        selection._first_stage,
        selection._second_stage,
        highs_start._solve,
        session.PlanningSession.outcome,
        session.PlanningSession.plan,
    )
    assert all(a is b for a, b in zip(after, own))


def test_every_build_and_re_plan_is_recorded(stages) -> None:
    """A session's builds are the events the timers list, and a re-plan is said to cover more exactly when it
    covers more essential skills than the plan (the relaxation search's own test, `covered_count`)."""
    profile, gap, lookup = _case("data scientist", budget=200, weeks=10)
    stages.reset()
    replans = []
    with stages.instrumented():
        real = session.PlanningSession.outcome

        def spy(self, relaxed, strategy="balanced"):
            found = real(self, relaxed, strategy)
            replans.append(covered_count(found, gap))
            return found

        session.PlanningSession.outcome = spy  # type: ignore[method-assign]
        try:
            planning = session.PlanningSession(gap, lookup, today=DAY)
            planned = planning.plan_with_relaxations(profile)
        finally:
            session.PlanningSession.outcome = real  # type: ignore[method-assign]
    builds = [e for e in stages.EVENTS if "build (" in e]
    assert len(builds) == planning.builds > 0
    said = [e for e in stages.EVENTS if "re-plan" in e]
    assert len(said) == len(replans) > 0
    base = stages.PLAN["covered"]
    assert base == covered_count(planning.plan(profile), gap)
    assert [("covers MORE" in e) for e in said] == [n > base for n in replans]
    assert planned.relaxations  # the limits bind: the search had re-plans to time
