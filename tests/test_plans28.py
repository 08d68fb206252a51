"""Plans an adviser would sign (issue 14, session 28, branch plans28; plans28, fresh27 and trial-23 cases,
tune). Each test fails on the base commit bba0930b unless marked a guard:

- a course at most half about the goal whose prerequisites teach none of the goal's skills is on another
  subject's track (`lookup.off_track`, `lookup._other_tracks`): no teacher of the gap, and it covers nothing
  when it comes in as a stack's part or a prerequisite (fresh27-07: a network technician's cheapest proposal
  held Introduction to HPC and Cluster Resource Management and Scheduling, a part of the HPC certificate,
  for one forecasting skill);
- a specialist newcomer whom nothing they may take brings towards the goal (no essential skill has a
  teacher within their languages and other hard limits) starts with a free citizen's digital-skills course
  in their own language, the other language proposed (`free_first.language_start`,
  `PlanningSession._language_first`; fresh27-06: a French-only retail assistant aiming at web developer had
  no step, though free French digital courses exist); the review calls that step relevant.
"""

from __future__ import annotations

from test_planner_plans24 import _learner
from test_planner_time import TODAY
from test_plans27 import GOAL, OTHER, PLAN_DAY, TAX_FIELD, _course

from pathfinder.domain import Credential, Goal, LearnerProfile, StackTarget
from pathfinder.planner import CatalogueLookup, plan_pathway
from pathfinder.planner.gaps import analyse_gap
from pathfinder.planner.lookup import gap_teachers, gap_teachers_by_id
from pathfinder.planner.review import relevance


def _covers(catalogue, cid):
    p = LearnerProfile(id="l", goal=Goal(occupation_uri="occ"))
    lk = CatalogueLookup(catalogue)
    gap = analyse_gap(p, TAX_FIELD, lk, today=TODAY)
    arrays, one_by_one = gap_teachers(gap, lk), gap_teachers_by_id(gap, lk)
    assert arrays.weak == one_by_one.weak  # the arrays and one at a time
    return arrays.covers_of(cid)


def _track_catalogue():
    s = GOAL
    return [
        _course("intro", (OTHER[0], OTHER[1])),  # another subject's introduction
        _course(
            "track", (s[0], OTHER[1], OTHER[2], OTHER[3]), ("intro",)
        ),  # a quarter the goal's, on its track
        _course("base", (s[2], s[3])),
        _course(
            "next", (s[0], OTHER[1], OTHER[2], OTHER[3]), ("base",)
        ),  # the same quarter, after a goal course
    ]


def test_a_course_a_quarter_about_the_goal_on_another_subjects_track_covers_nothing():
    assert _covers(_track_catalogue(), "track") == frozenset()


def test_guard_the_same_course_after_a_goal_course_still_covers_its_goal_skill():
    # guard (passes on both): its prerequisite teaches the goal, so it is on the goal's way
    assert _covers(_track_catalogue(), "next") != frozenset()


def test_a_stack_part_on_another_subjects_track_is_not_planned_for_its_tags():
    s = GOAL
    part = StackTarget(target="cert", ects=5)
    cat = [
        _course("intro", (OTHER[0], OTHER[1])).model_copy(update={"stacks_into": (part,)}),
        _course("track", (s[0], OTHER[1], OTHER[2], OTHER[3]), ("intro",)).model_copy(
            update={"stacks_into": (part,)}
        ),
        Credential(
            id="cert",
            title="Certificate",
            provider="P",
            languages=("en",),
            skills=(s[1],),
            stack_ects_required=30,
        ),
    ]
    p = LearnerProfile(id="l", goal=Goal(occupation_uri="occ"))
    lk = CatalogueLookup(cat)
    gap = analyse_gap(p, TAX_FIELD, lk, today=TODAY)
    pw = plan_pathway(p, gap, lk, today=TODAY)
    assert "track" not in [st.id for st in pw.steps]


def test_guard_a_course_on_another_track_a_goal_course_needs_first_keeps_its_covers():
    # guard (passes on both): studied on the goal's way, what it teaches counts
    s = GOAL
    cat = [
        *_track_catalogue(),
        _course("goal", (s[1], s[2], s[3]), ("track",)),  # a course of the goal needing "track" first
    ]
    assert _covers(cat, "track") != frozenset()


# ------------------------------------------------------------------ a first step in the learner's language


def _plan_newcomer(taxonomy, bundled_catalogue, goal, languages, **limits):
    lookup = CatalogueLookup(bundled_catalogue)
    p = _learner(taxonomy, goal, languages, **limits)
    gap = analyse_gap(p, taxonomy, lookup, today=PLAN_DAY)
    return p, gap, lookup, plan_pathway(p, gap, lookup, "cheapest", today=PLAN_DAY)


def test_a_newcomer_nothing_in_whose_languages_teaches_the_goal_starts_with_the_digital_basics_in_it(
    taxonomy, bundled_catalogue
):
    p, gap, lookup, pw = _plan_newcomer(
        taxonomy, bundled_catalogue, "web developer", ("fr",), hours_per_week=10, weeks=52, budget=0
    )
    assert pw.ids == ("inl-pix-101",)  # Compétences numériques du quotidien: free, French, EQF 3
    assert any(r.constraint == "languages" for r in pw.relaxations)  # English is still proposed
    reviews = relevance(p, gap, pw, lookup.by_id)
    assert all(r.relevant for r in reviews)


def test_guard_a_newcomer_with_courses_of_the_goal_in_their_language_gets_no_digital_basics(
    taxonomy, bundled_catalogue
):
    # guard (passes on both): French courses teach a data protection officer's skills
    _, _, _, pw = _plan_newcomer(
        taxonomy, bundled_catalogue, "data protection officer", ("fr",), hours_per_week=10, weeks=52, budget=0
    )
    assert "inl-pix-101" not in pw.ids and "inl-citoyen-102" not in pw.ids
