"""The planner on hand-made catalogues: choice, order, schedule, stacks, pins, limits and relaxations."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from conftest import PY, SQL, STATS, VIZ

from pathfinder.domain import (
    Constraints,
    Credential,
    DatedSession,
    Goal,
    HeldCredential,
    LearnerProfile,
    Occupation,
    Preferences,
    Skill,
)
from pathfinder.domain.taxonomy import Taxonomy
from pathfinder.errors import PlanningError
from pathfinder.planner import order_by_prerequisites, plan_alternatives, plan_pathway, schedule
from pathfinder.planner.gaps import analyse_gap

TODAY = date(2026, 1, 5)
TAX = Taxonomy.from_items(
    [Skill(uri=s.uri, label=s.label) for s in (PY, SQL, STATS, VIZ)],
    [
        Occupation(
            uri="occ:da", label="data analyst", essential=(PY.uri, SQL.uri, STATS.uri), optional=(VIZ.uri,)
        )
    ],
)


def plan(catalogue, strategy="balanced", exact_limit=300, **profile_kw):
    p = LearnerProfile(id="l", goal=Goal(occupation_uri="occ:da"), **profile_kw)
    gap = analyse_gap(p, TAX, catalogue, today=TODAY)
    return plan_pathway(p, gap, catalogue, strategy, today=TODAY, exact_limit=exact_limit)


def test_covers_essentials_orders_prerequisites_and_earns_the_stack(catalogue):
    pw = plan(catalogue, constraints=Constraints(hours_per_week=10, weeks=52))
    assert set(pw.ids) == {"py-1", "sql-1", "stats-1"}
    assert pw.ids.index("py-1") < pw.ids.index("stats-1")
    assert pw.stacks_earned == ("cert-data",)
    py = pw.steps[pw.ids.index("py-1")]
    assert (
        "prerequisite of Applied Statistics" in py.reasons
        and "stacks into Certificate in Data Analysis" in py.reasons
    )
    assert pw.solver == "exact" and [u.uri for u in pw.uncovered] == [VIZ.uri]
    assert pw.totals.hours == sum(s.hours for s in pw.steps) and pw.totals.cost == 420


def test_weeks_follow_hours_per_week_sequentially(catalogue):
    pw = plan(catalogue, constraints=Constraints(hours_per_week=10, weeks=52))
    weeks = [(s.id, s.start_week, s.end_week) for s in pw.steps]
    assert weeks[0] == ("py-1", 1, 11)  # 110 h at 10 h/week
    assert all(a[2] <= b[1] for a, b in zip(weeks, weeks[1:]))
    assert pw.totals.weeks == 36  # 357.5 h / 10


def test_most_complete_adds_the_optional_skill(catalogue):
    pw = plan(catalogue, "most-complete", constraints=Constraints(hours_per_week=10, weeks=52))
    assert "viz-1" in pw.ids and pw.uncovered == () and pw.coverage == 1.0


def test_held_and_rejected_credentials_are_never_planned(catalogue):
    held = (HeldCredential(id="py-1", title="Python Basics", skills=(PY,)),)
    pw = plan(catalogue, credentials=held, preferences=Preferences(rejected=("sql-1",)))
    assert "py-1" not in pw.ids and "sql-1" not in pw.ids
    assert "stats-1" in pw.ids  # its prerequisite is held
    assert next(u for u in pw.uncovered if u.uri == SQL.uri).reason.endswith("you rejected it")


def test_pinned_credential_is_included_with_its_prerequisites(catalogue):
    pw = plan(catalogue, preferences=Preferences(pinned=("viz-1",)))
    assert "viz-1" in pw.ids and pw.ids.index("py-1") < pw.ids.index("viz-1")
    assert "pinned by you or your advisor" in pw.steps[pw.ids.index("viz-1")].reasons


def test_budget_limit_is_respected_and_relaxation_names_the_amount(catalogue):
    pw = plan(catalogue, constraints=Constraints(budget=150))
    assert pw.totals.cost <= 150 and "stats-1" not in pw.ids
    assert next(u for u in pw.uncovered if u.uri == STATS.uri).reason == "over budget"
    budget = next(r for r in pw.relaxations if r.constraint == "budget")
    assert budget.needed == 420 and "EUR 270 more" in budget.message


def test_a_skill_out_of_reach_on_both_money_and_time_says_both(catalogue):
    pw = plan(catalogue, constraints=Constraints(budget=150, hours_per_week=2, weeks=20))  # 40 h
    reason = next(u for u in pw.uncovered if u.uri == STATS.uri).reason
    assert reason == "over budget, and does not fit in your hours before the deadline either"


def test_time_limit_is_respected_and_relaxation_gives_hours_per_week(catalogue):
    pw = plan(catalogue, constraints=Constraints(hours_per_week=4, weeks=40))  # 160 h
    assert pw.totals.hours <= 160
    hpw = next(r for r in pw.relaxations if r.constraint == "hours_per_week")
    assert hpw.needed == 9 and "9 h/week instead of 4" in hpw.message  # 357.5 h / 40 weeks
    weeks = next(r for r in pw.relaxations if r.constraint == "weeks")
    assert weeks.needed == 90  # 357.5 h at 4 h/week


def test_language_relaxation_names_the_language(catalogue):
    pw = plan(catalogue, constraints=Constraints(languages=("en",)))
    lang = next(r for r in pw.relaxations if r.constraint == "languages")
    assert lang.needed == "de"


def test_no_relaxation_when_everything_essential_is_covered(catalogue):
    assert plan(catalogue).relaxations == ()


def test_fastest_and_cheapest_differ_when_they_should():
    py_fast = Credential(id="fast", title="Fast", provider="P", hours=10, cost=500, skills=(PY,))
    py_cheap = Credential(id="cheap", title="Cheap", provider="P", hours=100, cost=0, skills=(PY,))
    other = [
        Credential(id=s.label, title=s.label, provider="P", hours=20, cost=10, skills=(s,))
        for s in (SQL, STATS)
    ]
    cat = [py_fast, py_cheap, *other]
    p = LearnerProfile(id="l", goal=Goal(occupation_uri="occ:da"))
    alts = plan_alternatives(p, analyse_gap(p, TAX, cat), cat, today=TODAY)
    assert "fast" in alts["fastest"].ids and "cheap" in alts["cheapest"].ids
    assert set(alts) == {"fastest", "cheapest", "most-complete"}


def test_heuristic_matches_the_exact_plan_here(catalogue):
    exact = plan(catalogue, constraints=Constraints(hours_per_week=10, weeks=52))
    greedy = plan(catalogue, exact_limit=0, constraints=Constraints(hours_per_week=10, weeks=52))
    assert greedy.solver == "heuristic" and set(greedy.ids) == set(exact.ids)


def test_dated_credential_starts_in_its_session_week():
    start = TODAY + timedelta(weeks=6)
    dated = Credential(
        id="sql-dated",
        title="SQL bootcamp",
        provider="P",
        hours=20,
        skills=(SQL,),
        sessions=(DatedSession(start=start, end=start + timedelta(days=13)),),
    )
    py = Credential(id="py", title="Py", provider="P", hours=50, skills=(PY,))
    stats = Credential(id="st", title="St", provider="P", hours=10, skills=(STATS,), prerequisites=("py",))
    pw = plan([dated, py, stats], constraints=Constraints(hours_per_week=10))
    by = {s.id: s for s in pw.steps}
    assert (by["sql-dated"].start_week, by["sql-dated"].end_week) == (7, 8)
    assert by["py"].start_week == 1 and by["st"].start_week >= by["py"].end_week
    assert (by["st"].start_week, by["st"].end_week) == (6, 6)  # 50 h of py, then 10 h, before the session


def test_schedule_pauses_self_paced_work_during_a_session():
    start = TODAY + timedelta(weeks=1)
    dated = Credential(
        id="d",
        title="D",
        provider="P",
        hours=10,
        sessions=(DatedSession(start=start, end=start + timedelta(days=6)),),
    )
    long = Credential(id="long", title="Long", provider="P", hours=30)
    slots, _, _ = schedule([long, dated], 10.0, TODAY)
    by = {s.credential.id: s for s in slots}
    assert (by["d"].start_week, by["d"].end_week) == (2, 2)
    assert (by["long"].start_week, by["long"].end_week) == (1, 4)  # weeks 1, 3, 4; week 2 is the session


def test_order_is_stable_and_prerequisites_first():
    a = Credential(id="a", title="A", provider="P", prerequisites=("c",))
    b = Credential(id="b", title="B", provider="P")
    c = Credential(id="c", title="C", provider="P")
    assert [x.id for x in order_by_prerequisites([a, b, c])] == ["b", "c", "a"]
    cyc = Credential(id="c", title="C", provider="P", prerequisites=("a",))
    with pytest.raises(PlanningError, match="cycle"):
        order_by_prerequisites([a, cyc])


def test_prerequisite_cycles_in_the_catalogue_are_skipped():
    a = Credential(id="a", title="A", provider="P", hours=5, skills=(PY,), prerequisites=("b",))
    b = Credential(id="b", title="B", provider="P", hours=5, prerequisites=("a",))
    ok = Credential(id="ok", title="OK", provider="P", hours=50, skills=(PY,))
    assert plan([a, b, ok]).ids == ("ok",)


def test_stack_credit_prefers_completing_the_certificate():
    cert = Credential(
        id="cert",
        title="Cert",
        kind="certificate",
        provider="P",
        ects=10,
        stack_ects_required=6,
        skills=(VIZ,),
    )
    parts = [
        Credential(
            id=f"p{k}",
            title=f"Part {k}",
            provider="P",
            ects=3,
            skills=(s,),
            stacks_into=({"target": "cert"},),
        )
        for k, s in enumerate((PY, SQL))
    ]
    loose = [
        Credential(id=f"l{k}", title=f"Loose {k}", provider="P", ects=2.5, skills=(s,))
        for k, s in enumerate((PY, SQL))
    ]
    catalogue = [cert, *parts, *loose, Credential(id="st", title="St", provider="P", ects=1, skills=(STATS,))]
    pw = plan(catalogue, preferences=Preferences(pinned=("cert",)))  # a stack the learner chose
    assert pw.stacks_earned == ("cert",) and {"p0", "p1"} <= set(pw.ids)
    assert VIZ.uri not in {u.uri for u in pw.uncovered}  # the certificate's skill counts as covered
    # not chosen, it only covers an optional skill: the cheaper loose courses close the essential ones
    # (relevance)
    assert plan(catalogue).stacks_earned == ()


def test_dated_credential_whose_session_comes_before_its_prerequisite_is_left_out():
    start = TODAY + timedelta(weeks=1)
    pre = Credential(id="pre", title="Pre", provider="P", hours=100, skills=(PY,))
    dated = Credential(
        id="dated",
        title="Dated",
        provider="P",
        hours=10,
        skills=(SQL,),
        prerequisites=("pre",),
        sessions=(DatedSession(start=start, end=start + timedelta(days=6)),),
    )
    pw = plan([pre, dated], constraints=Constraints(hours_per_week=10))
    assert pw.ids == ("pre",)
    assert next(u for u in pw.uncovered if u.uri == SQL.uri)
