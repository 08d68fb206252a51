"""Reuse across plans: the planning session's shared candidates, the assistant tools' lookup and plan cache
(tests/test_plan_cache.py: the cache itself)."""

from __future__ import annotations

from datetime import date, timedelta

from conftest import PY, SQL, STATS, VIZ

from pathfinder.assistant.tools import AssistantTools
from pathfinder.domain import Constraints, Credential, DatedSession, Goal, LearnerProfile, Occupation, Skill
from pathfinder.domain.taxonomy import Taxonomy
from pathfinder.planner import CatalogueLookup, PlanningSession, plan_pathway
from pathfinder.planner.candidates import build_candidates, serves
from pathfinder.planner.gaps import analyse_gap
from pathfinder.testing import InMemoryIndex

TODAY = date(2026, 1, 5)
TAX = Taxonomy.from_items(
    [Skill(uri=s.uri, label=s.label) for s in (PY, SQL, STATS, VIZ)],
    [
        Occupation(
            uri="occ:da", label="data analyst", essential=(PY.uri, SQL.uri, STATS.uri), optional=(VIZ.uri,)
        )
    ],
)


def _profile(**constraints) -> LearnerProfile:
    return LearnerProfile(id="l", goal=Goal(occupation_uri="occ:da"), constraints=Constraints(**constraints))


def test_budget_and_time_relaxations_reuse_the_candidates(catalogue):
    for constraints, relaxed in (
        ({"budget": 150}, "budget"),
        ({"hours_per_week": 4, "weeks": 40}, "hours_per_week"),
    ):
        profile = _profile(**constraints)
        session = PlanningSession(analyse_gap(profile, TAX, catalogue, today=TODAY), catalogue, today=TODAY)
        pw = session.plan_with_relaxations(profile)
        assert relaxed in {r.constraint for r in pw.relaxations}
        assert (
            session.builds == 1
        )  # no dated credential, nothing excluded: one candidate set serves every re-plan


def test_a_relaxed_constraint_that_excluded_something_gets_its_own_candidates(catalogue):
    profile = _profile(languages=("en",))
    gap = analyse_gap(profile, TAX, catalogue, today=TODAY)
    base = build_candidates(profile, gap, catalogue, today=TODAY)
    assert "languages" in base.kinds  # stats-1 is only in German
    relaxed = _profile()
    assert not serves(base, relaxed, TODAY, frozenset())
    # adding a budget is no relaxation (credentials of unknown price leave); another budget is the same set
    assert not serves(base, _profile(languages=("en",), budget=10), TODAY, frozenset())
    budgeted = build_candidates(_profile(languages=("en",), budget=10), gap, catalogue, today=TODAY)
    assert serves(budgeted, _profile(languages=("en",), budget=500), TODAY, frozenset())
    assert not serves(base, _profile(languages=("fr",)), TODAY, frozenset())  # another value is no relaxation
    assert {c.id for c in build_candidates(relaxed, gap, catalogue, today=TODAY, reuse=base).cands} == {
        c.id for c in build_candidates(relaxed, gap, catalogue, today=TODAY).cands
    }


def test_a_later_window_reuses_candidates_only_when_no_session_was_left_out():
    start = TODAY + timedelta(weeks=30)
    dated = Credential(
        id="late",
        title="Late SQL",
        provider="P",
        hours=5,
        skills=(SQL,),  # fits 5 h/week
        sessions=(DatedSession(start=start, end=start + timedelta(days=6)),),
    )
    others = [Credential(id=s.label, title=s.label, provider="P", hours=10, skills=(s,)) for s in (PY, STATS)]
    short = _profile(hours_per_week=5, weeks=10)
    gap = analyse_gap(short, TAX, [dated, *others], today=TODAY)
    base = build_candidates(short, gap, [dated, *others], today=TODAY)
    assert "late" not in {c.id for c in base.cands} and "window" in base.kinds
    assert not serves(base, _profile(hours_per_week=5), TODAY, frozenset())
    without = build_candidates(short, gap, others, today=TODAY)
    assert serves(without, _profile(hours_per_week=5), TODAY, frozenset())
    # and the plan with the relaxation search still names the longer horizon
    pw = plan_pathway(short, gap, [dated, *others], today=TODAY)
    assert any(r.constraint == "weeks" for r in pw.relaxations)


def test_session_plans_equal_fresh_plans_for_every_strategy(catalogue):
    profile = _profile(budget=150, languages=("en",))
    gap = analyse_gap(profile, TAX, catalogue, today=TODAY)
    session = PlanningSession(gap, CatalogueLookup(catalogue), today=TODAY)
    for strategy in ("balanced", "fastest", "cheapest", "most-complete"):
        assert session.plan_with_relaxations(profile, strategy) == plan_pathway(
            profile, gap, catalogue, strategy, today=TODAY
        )


class CountingIndex(InMemoryIndex):
    calls = 0

    def credentials(self):
        CountingIndex.calls += 1
        return super().credentials()


def test_assistant_tools_build_the_lookup_once_and_cache_the_gap(catalogue):
    tools = AssistantTools(CountingIndex(catalogue), TAX)
    profile = _profile(hours_per_week=10, weeks=52)
    gap = tools.skill_gap(profile)
    assert tools.skill_gap(profile.model_copy(update={"version": 7, "name": "renamed"})) is gap  # same inputs
    assert gap == analyse_gap(profile, TAX, catalogue)
    other = tools.skill_gap(_profile(languages=("en",)))
    assert other is not gap and other == analyse_gap(_profile(languages=("en",)), TAX, catalogue)
    first = tools.plan(profile)
    assert tools.plan(profile) == first == plan_pathway(profile, gap, catalogue)
    assert tools.planning_catalogue is tools.planning_catalogue and isinstance(
        tools.planning_catalogue, CatalogueLookup
    )
    assert CountingIndex.calls == 1


def test_prepare_builds_the_lookup_before_the_first_plan(catalogue):
    tools = AssistantTools(InMemoryIndex(catalogue), TAX)
    assert tools.plans._lookup is None  # lazy until asked
    assert tools.prepare() is tools and isinstance(tools.plans._lookup, CatalogueLookup)
    assert len(tools.planning_catalogue) == len(catalogue)


def test_relaxed_outcomes_choose_what_the_explained_plans_choose(catalogue):
    profile = _profile(budget=150, languages=("en",), hours_per_week=4, weeks=40)
    gap = analyse_gap(profile, TAX, catalogue, today=TODAY)
    session = PlanningSession(gap, CatalogueLookup(catalogue), today=TODAY)
    assert session.plan_with_relaxations(profile).relaxations
    for relaxed, strategy in (
        (_profile(languages=("en",), hours_per_week=4, weeks=40), "cheapest"),
        (_profile(budget=150, hours_per_week=4, weeks=40), "balanced"),
    ):
        lean = session.outcome(relaxed, strategy)
        full = PlanningSession(gap, CatalogueLookup(catalogue), today=TODAY).plan(relaxed, strategy)
        assert (lean.ids, lean.totals, [u.uri for u in lean.uncovered]) == (
            full.ids,
            full.totals,
            [u.uri for u in full.uncovered],
        )
        assert all(u.reason for u in full.uncovered) and any(s.reasons for s in full.steps)
        assert session.plan(relaxed, strategy) == full  # asking for the plan itself still explains it
