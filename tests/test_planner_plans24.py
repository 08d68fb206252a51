"""Plans an advisor would sign (issue 14, session 24, branch plans24; plans24 cases, tune), on the bundled
catalogue. Each rule failed on the base commit 66ad213d:

- a first step in time: when no step fits the learner's hours and weeks, the least time that gives one is
  proposed first, at their hours a week (more weeks) and within their weeks (more hours), before what the
  whole plan takes (`relax_first_step`; fresh23-04 was offered "13 h/week" or "65 weeks" for a 55 h course
  just past 3 h/week x 16 weeks); the goal's core proposal, asking more, follows them (not dropped);
- a free first step: an empty plan whose budget stands in the way starts with the free courses towards the
  goal, the free start of the cheapest continuation or, for a newcomer, a free citizen's course teaching the
  broader skill of an essential one, the paid next step named with its price (`free_first`; fresh23-01 had no
  step at all with no money); never a course whose price is unknown or not 0.
"""

from __future__ import annotations

from datetime import date

import pytest

from pathfinder.domain import Constraints, Goal, LearnerProfile, Pathway, Step
from pathfinder.domain.learners import HeldSkill
from pathfinder.planner import CatalogueLookup, plan_pathway
from pathfinder.planner.core_proposal import asks
from pathfinder.planner.empty import first_proposal
from pathfinder.planner.free_first import free_start, is_free_first, stated_free
from pathfinder.planner.gaps import analyse_gap
from pathfinder.planner.relax_first_step import first_prefix_hours, is_first_step

TODAY = date(2031, 3, 3)  # a Monday


@pytest.fixture(scope="module")
def lookup(bundled_catalogue):
    return CatalogueLookup(bundled_catalogue)


def _learner(taxonomy, goal: str, languages: tuple[str, ...], held=(), **limits) -> LearnerProfile:
    occupation = taxonomy.find_occupation(goal)
    assert occupation is not None, goal
    skills = []
    for label, level in held:
        skill = taxonomy.find_skill(label)
        assert skill is not None, label
        skills.append(HeldSkill(uri=skill.uri, label=skill.label, level=level))
    return LearnerProfile(
        id="p24",
        goal=Goal(occupation_uri=occupation.uri, label=occupation.label),
        languages=languages,
        skills=tuple(skills),
        constraints=Constraints(**limits),
    )


def _plan(profile, taxonomy, lookup, strategy="balanced"):
    gap = analyse_gap(profile, taxonomy, lookup, today=TODAY)
    return gap, plan_pathway(profile, gap, lookup, strategy, today=TODAY)


# ------------------------------------------------------------------------------ a first step in time


@pytest.mark.parametrize(
    ("goal", "languages", "hours", "weeks"),
    [
        ("instructional designer", ("es", "en"), 2, 20),
        ("ICT security technician", ("de", "en"), 3, 12),
        ("web developer", ("bn", "en"), 5, 8),
    ],
)
def test_an_empty_plan_is_first_offered_the_least_time_that_gives_a_first_step(
    taxonomy, lookup, goal, languages, hours, weeks
):
    profile = _learner(taxonomy, goal, languages, hours_per_week=hours, weeks=weeks, budget=3000)
    gap, pathway = _plan(profile, taxonomy, lookup)
    assert not pathway.steps
    time = [r for r in pathway.relaxations if r.constraint in ("hours_per_week", "weeks", "deadline")]
    asked = [asks(r, TODAY) for r in time]
    # the smallest change first, and it asks less than what the whole plan takes (also proposed, after it)
    assert asked[0] == min(asked) and asked[0] < max(asked)
    assert is_first_step(time[0]) and is_first_step(pathway.relaxations[0])
    assert any(not is_first_step(r) for r in time)
    relaxed = profile.model_copy(update={"constraints": first_proposal(pathway.relaxations, profile)})
    _, accepted = _plan(relaxed, taxonomy, lookup)
    assert accepted.steps  # accepting it gives a plan


def test_a_plan_with_steps_gets_no_first_step_proposal(taxonomy, lookup):
    profile = _learner(taxonomy, "e-learning developer", ("fr", "en"), hours_per_week=2, weeks=20, budget=800)
    _, pathway = _plan(profile, taxonomy, lookup)
    assert pathway.steps
    assert not any(is_first_step(r) for r in pathway.relaxations)


def _step(sid: str, hours: float, covers: tuple[str, ...] = ()) -> Step:
    return Step(id=sid, title=sid, covers=covers, start_week=1, end_week=2, hours=hours)


def test_the_first_prefix_is_the_shortest_that_closes_an_essential_skill(taxonomy, lookup):
    profile = _learner(taxonomy, "software tester", ("en",), hours_per_week=4, weeks=10)
    gap = analyse_gap(profile, taxonomy, lookup, today=TODAY)
    essential = gap.essential[0].uri
    whole = Pathway(
        strategy="fastest",
        steps=(_step("a", 30.0), _step("b", 20.0, (essential,)), _step("c", 50.0, (essential,))),
    )
    assert first_prefix_hours(whole, gap) == 50.0
    # the prefix that closes one is the whole plan: nothing smaller to ask for
    assert first_prefix_hours(whole.model_copy(update={"steps": whole.steps[:2]}), gap) is None


def test_the_goal_s_core_proposal_follows_the_first_steps_instead_of_being_dropped(taxonomy, lookup):
    # 3 h x 12 weeks: the core (German cloud courses, 65 weeks) asked more than the first step (28 weeks).
    # Session 26: the security technician (first used here) has no distinct core any more (its distinct skills
    # are 11th and 15th nearest, `gaps.DISTINCT_CORE_RANK`); the security administrator's identity
    # management, taught by the same German cloud courses, is the same case
    profile = _learner(
        taxonomy, "ICT security administrator", ("de", "en"), hours_per_week=3, weeks=12, budget=3000
    )
    _, pathway = _plan(profile, taxonomy, lookup)
    messages = [r.message for r in pathway.relaxations]
    assert is_first_step(pathway.relaxations[0])
    assert any("work centres on" in m for m in messages)


# ------------------------------------------------------------------------------ a free first step


def _all_free(pathway, lookup) -> bool:
    return all(stated_free(lookup.by_id[s.id]) for s in pathway.steps)


@pytest.mark.parametrize(
    ("goal", "languages", "held", "limits", "strategy"),
    [
        # the free start of the cheapest continuation (Python before a paid visualisation course)
        ("data analyst", ("fi", "en"), [("use spreadsheets software", "basic")], {}, "balanced"),
        ("software tester", ("hi", "en"), [], {"currency": "INR"}, "balanced"),
        # a newcomer's free citizen's course above an essential skill
        ("ICT system administrator", ("bn", "en"), [], {"currency": "BDT"}, "cheapest"),
        ("ICT security technician", ("fr", "en"), [], {}, "balanced"),
    ],
)
def test_no_money_gives_the_free_courses_towards_the_goal_and_names_what_follows(
    taxonomy, lookup, goal, languages, held, limits, strategy
):
    profile = _learner(taxonomy, goal, languages, held, hours_per_week=6, weeks=40, budget=0, **limits)
    _, pathway = _plan(profile, taxonomy, lookup, strategy)
    assert pathway.steps and _all_free(pathway, lookup)  # never a paid course called free
    assert pathway.totals.cost == 0
    assert any(r.startswith("free: a first step") for s in pathway.steps for r in s.reasons)
    assert any(n.startswith("Every one of the goal's own courses costs more") for n in pathway.notes)
    assert any(r.constraint == "budget" for r in pathway.relaxations)  # the paid continuation, proposed


def test_a_free_start_before_a_paid_step_of_another_field_is_not_taken(taxonomy, lookup):
    # Introduction to HPC (free) before Cluster Resource Management: one network skill among a cluster
    # administrator's; the network engineer's work (core, own) is elsewhere (fresh23-06)
    profile = _learner(taxonomy, "ICT network engineer", ("en",), hours_per_week=8, weeks=40, budget=0)
    gap = analyse_gap(profile, taxonomy, lookup, today=TODAY)
    wanted = (*gap.core, *gap.own)
    ours = [g.uri for g in gap.essential if g.uri in wanted][:1]
    other = [g.uri for g in gap.essential if g.uri not in wanted][:1]
    hpc, sched = lookup.by_id["padr-hpc-101"], lookup.by_id["padr-sched-302"]
    steps = (_step(hpc.id, 82.5), _step(sched.id, 110.0, tuple(other)))
    assert free_start(Pathway(steps=steps), lookup.by_id, wanted) == []
    steps = (_step(hpc.id, 82.5), _step(sched.id, 110.0, tuple(ours)))
    assert free_start(Pathway(steps=steps), lookup.by_id, wanted) == [hpc]


def test_a_price_not_stated_is_never_free(bundled_catalogue):
    course = next(c for c in bundled_catalogue if c.cost == 0 and c.stack_ects_required is None)
    assert stated_free(course)
    assert not stated_free(course.model_copy(update={"cost": None}))
    assert not stated_free(course.model_copy(update={"cost": 12.0}))
    wrapper = next(c for c in bundled_catalogue if c.stack_ects_required is not None)
    assert not stated_free(wrapper.model_copy(update={"cost": 0.0}))


def test_a_learner_who_can_pay_keeps_the_plan_the_budget_buys(taxonomy, lookup):
    profile = _learner(taxonomy, "ICT system administrator", ("en",), hours_per_week=8, weeks=30, budget=400)
    _, pathway = _plan(profile, taxonomy, lookup, "cheapest")
    assert pathway.steps
    assert not any(r.startswith("free: a first step") for s in pathway.steps for r in s.reasons)


def test_the_review_accepts_a_free_first_step_only_in_a_plan_of_free_courses(taxonomy, lookup):
    profile = _learner(taxonomy, "ICT system administrator", ("en",), hours_per_week=8, weeks=30, budget=0)
    gap, pathway = _plan(profile, taxonomy, lookup, "cheapest")
    by_id = lookup.by_id
    first = by_id[pathway.steps[0].id]
    assert is_free_first(first, profile, gap, pathway.ids, by_id)
    paid = next(c.id for c in lookup.credentials if c.cost and c.stack_ects_required is None)
    assert not is_free_first(first, profile, gap, (*pathway.ids, paid), by_id)
    # Python before a paid visualisation course (an assumed skill) for a data analyst; not for a web
    # developer's Python course when a paid course is beside it
    analyst = _learner(taxonomy, "data analyst", ("en",), hours_per_week=6, weeks=40, budget=0)
    gap = analyse_gap(analyst, taxonomy, lookup, today=TODAY)
    assert is_free_first(by_id["lit-prog-101"], analyst, gap, ("lit-prog-101",), by_id)
    assert not is_free_first(by_id["lit-prog-101"], analyst, gap, ("lit-prog-101", paid), by_id)
