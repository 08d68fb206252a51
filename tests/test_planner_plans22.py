"""Plans a counsellor would sign (issue 14, session 22, branch plans22; plans22 cases, tune), on the bundled
catalogue. Each rule failed on the base commit 04013caf:

- time proposals: more hours a week that more than double the learner's come after keeping their hours and
  finishing later when that asks less (`core_proposal.time_order`; es-v13u-10 was shown a 16 h/week plan for
  5 h/week);
- a citizen's digital-skills course (the catalogue gives it DigComp areas) is no newcomer's first course of a
  specialist's goal (`foundation.citizen_basics`; Staying Safe Online first for security, Solving Everyday
  Tech Problems first for AI) unless it teaches one of the goal's own essential skills (Digital Literacy
  Essentials' "use IT tools" for a digital literacy teacher);
- a budget's first step through another field is not proposed when the whole is more on the goal (trial 17
  #20: 540 h of machine learning for a cloud engineer's one MLOps skill);
- a learner who named their languages gets no joint proposal asking for a third one (fresh21-13).
"""

from __future__ import annotations

from datetime import date

import pytest

from pathfinder.domain import Constraints, Goal, LearnerProfile, Relaxation
from pathfinder.planner import CatalogueLookup, plan_pathway
from pathfinder.planner.core import roundabout
from pathfinder.planner.core_proposal import time_order
from pathfinder.planner.foundation import basics_taught
from pathfinder.planner.gaps import analyse_gap

TODAY = date(2031, 5, 5)  # a Monday


@pytest.fixture(scope="module")
def lookup(bundled_catalogue):
    return CatalogueLookup(bundled_catalogue)


def _learner(taxonomy, goal: str, languages: tuple[str, ...], **limits) -> LearnerProfile:
    occupation = taxonomy.find_occupation(goal)
    assert occupation is not None, goal
    return LearnerProfile(
        id="p22",
        goal=Goal(occupation_uri=occupation.uri, label=occupation.label),
        languages=languages,
        constraints=Constraints(**limits),
    )


def _plan(profile, taxonomy, lookup, strategy="balanced"):
    gap = analyse_gap(profile, taxonomy, lookup, today=TODAY)
    return gap, plan_pathway(profile, gap, lookup, strategy, today=TODAY)


def test_more_than_double_the_hours_comes_after_finishing_later_when_that_asks_less():
    hours = Relaxation(constraint="hours_per_week", current=5.0, needed=16.0, message="With 16 h/week ...")
    later = Relaxation(
        constraint="weeks", current=16, needed=44.0, message="Or keep 5 h/week and finish in 44 weeks ..."
    )
    first, second = time_order(hours, later, TODAY)
    assert first.constraint == "weeks" and first.message.startswith("Keep 5 h/week")
    assert second is hours
    # a small stretch (7 h/week for 6) stays first, even when finishing later would ask a little less
    small = Relaxation(constraint="hours_per_week", current=6.0, needed=7.0, message="With 7 h/week ...")
    later_small = Relaxation(constraint="weeks", current=30, needed=34.0, message="Or keep 6 h/week ...")
    assert time_order(small, later_small, TODAY) == (small, later_small)


def test_a_few_hours_a_week_and_a_near_limit_are_first_offered_more_weeks(taxonomy, lookup):
    # a support worker into database administration, 3 h/week for 18 weeks: nothing fits; the first proposal
    # keeps her 3 hours (base: "With 13 h/week instead of 3" first)
    profile = _learner(taxonomy, "database administrator", ("en",), hours_per_week=3, weeks=18, budget=2500)
    _, pw = _plan(profile, taxonomy, lookup)
    assert not pw.steps and pw.relaxations
    first = pw.relaxations[0]
    assert first.constraint != "hours_per_week", first.message
    # session 24: the least time that gives a first step may lead ("28 weeks instead of 18 at your 3 h/week
    # ... give a first step"), before the core's "Keep 3 h/week and finish in ..."; either keeps her 3 hours
    assert first.constraint in ("weeks", "deadline") and "3 h/week" in first.message, first.message


@pytest.mark.parametrize(
    ("goal", "languages", "limits"),
    [
        ("ICT security administrator", ("es", "en"), {"hours_per_week": 7, "weeks": 48, "budget": 1400}),
        ("ICT security technician", ("de", "en"), {"hours_per_week": 6, "weeks": 52, "budget": 1500}),
        (
            "ICT intelligent systems designer",
            ("fr", "en"),
            {"hours_per_week": 9, "weeks": 52, "budget": 2500},
        ),
    ],
)
def test_a_newcomer_to_a_specialist_goal_starts_with_no_citizens_course(
    taxonomy, lookup, goal, languages, limits
):
    profile = _learner(taxonomy, goal, languages, **limits)
    _, pw = _plan(profile, taxonomy, lookup)
    assert pw.steps
    citizen = [s.id for s in pw.steps if lookup.by_id[s.id].digcomp_areas]
    assert not citizen, (goal, pw.ids)


def test_citizens_courses_teach_a_specialist_nothing_first_but_a_literacy_teacher_their_own_skills(
    taxonomy, lookup
):
    def gap_of(goal):
        return analyse_gap(_learner(taxonomy, goal, ("en",)), taxonomy, lookup, today=TODAY)

    security, ai, teacher = (
        gap_of(g)
        for g in ("ICT security technician", "ICT intelligent systems designer", "digital literacy teacher")
    )
    safe, solve = lookup.by_id["glcc-safe-104"], lookup.by_id["glcc-solve-105"]
    assert basics_taught(safe, security) == [] and basics_taught(solve, security) == []
    assert basics_taught(solve, ai) == []
    # ESCO puts "protect personal data and privacy" above an ethical hacker's "perform ICT security testing"
    assert basics_taught(safe, gap_of("ethical hacker")) == []
    # a digital literacy teacher's own "use IT tools" keeps Digital Literacy Essentials a first course
    assert basics_taught(lookup.by_id["glcc-dl-101"], teacher)
    # a course the catalogue gives no DigComp area keeps its basics: Intro to Coding for the AI designer
    assert basics_taught(lookup.by_id["glcc-code-107"], ai)


def test_a_small_budget_is_not_first_offered_a_road_through_another_field(taxonomy, lookup):
    # an accountant into cloud engineering with VND 4.5 million and 6 h/week (trial 17 #20's class): the
    # smallest budget that covers anything buys 540 h of machine learning for one MLOps skill; the proposal
    # is the cloud course itself
    profile = _learner(
        taxonomy, "cloud engineer", ("vi", "en"), hours_per_week=6, budget=4_500_000, currency="VND"
    )
    gap, pw = _plan(profile, taxonomy, lookup)
    assert not pw.steps and pw.relaxations
    first = pw.relaxations[0]
    relaxed = profile.model_copy(
        update={"constraints": first.applied(profile.constraints, profile.languages)}
    )
    _, after = _plan(relaxed, taxonomy, lookup)
    assert after.steps and not roundabout(after, gap), (first.message, after.ids)


def test_a_learner_who_named_their_languages_is_offered_no_third_one(taxonomy, lookup):
    # a Bengali/English speaker into data quality on a small budget (fresh21-13's class): no proposal asks
    # for French, whatever it would cover
    profile = _learner(
        taxonomy,
        "data quality specialist",
        ("bn", "en"),
        hours_per_week=7,
        weeks=45,
        budget=12_000,
        currency="BDT",
    )
    _, pw = _plan(profile, taxonomy, lookup, strategy="cheapest")
    asked = {v for r in pw.relaxations for v in r.values} | {
        v for r in pw.relaxations for a in r.alternatives for v in a.values
    }
    assert asked <= {"bn", "en"}, [r.message for r in pw.relaxations]


@pytest.mark.parametrize(
    ("language", "level"), [("C++", "intermediate"), ("Java (computer programming)", "advanced")]
)
def test_a_programmer_in_another_language_meets_a_first_programming_course_as_a_prerequisite(
    taxonomy, lookup, language, level
):
    # Front-End Web Development names Programming Fundamentals in Python as its prerequisite; one who works
    # in another language is not sent through it first (fresh21-06: a Java graduate's first 137.5 h)
    from pathfinder.domain import HeldSkill

    skill = taxonomy.find_skill(language)
    profile = _learner(taxonomy, "web developer", ("en",), hours_per_week=12, weeks=30, budget=1500)
    profile = profile.model_copy(
        update={"skills": (HeldSkill(uri=skill.uri, label=skill.label, level=level),)}
    )
    _, pw = _plan(profile, taxonomy, lookup, strategy="fastest")
    assert "lit-web-201" in pw.ids and "lit-prog-101" not in pw.ids, pw.ids
