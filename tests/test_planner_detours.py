"""Detours (issue 14, session 9): a course whose track leads only into another occupation's core and that
teaches none of this goal's own skills is not a teacher of this goal (an analyst's plans ran through
Mathematics for Machine Learning, the first step to Applied Machine Learning, for "statistics"); a hub that
also leads elsewhere, or a course teaching a skill of the goal's own class, stays."""

from __future__ import annotations

from datetime import date

import pytest

from pathfinder.domain import Credential, Goal, LearnerProfile, Occupation, Skill, SkillRef, StackTarget
from pathfinder.domain.taxonomy import Taxonomy
from pathfinder.planner import CatalogueLookup, plan_pathway
from pathfinder.planner.candidates import DETOUR
from pathfinder.planner.detours import detours
from pathfinder.planner.gaps import analyse_gap

TODAY = date(2026, 1, 5)
STATS, VIZ, ML, OPS, OWN = (SkillRef(uri=f"s:{x}", label=x) for x in ("stats", "viz", "ml", "ops", "own"))
# stats is shared by four occupations (weight 1.0 for the analyst); viz is the analyst's core, ml the
# scientist's; own is the analyst's own skill (listed by it alone: weight 1.25)
TAX = Taxonomy.from_items(
    [Skill(uri=s.uri, label=s.label) for s in (STATS, VIZ, ML, OPS, OWN)],
    [
        Occupation(uri="analyst", label="analyst", essential=(STATS.uri, OWN.uri), central=(VIZ.uri,)),
        Occupation(uri="scientist", label="scientist", essential=(STATS.uri,), central=(ML.uri,)),
        Occupation(uri="o3", label="third", essential=(STATS.uri,)),
        Occupation(uri="o4", label="fourth", essential=(STATS.uri,)),
    ],
)


def _cred(cid, skills=(), hours=50.0, **kw):
    return Credential(
        id=cid, title=cid.upper(), provider="P", languages=("en",), cost=0, skills=skills, hours=hours, **kw
    )


MATHS = _cred("maths", (STATS,))
TRACK = [_cred("viz", (VIZ,)), MATHS, _cred("ml", (ML,), prerequisites=("maths",))]


def _plan(goal, catalogue, exact_limit=300):
    profile = LearnerProfile(id="l", goal=Goal(occupation_uri=goal))
    gap = analyse_gap(profile, TAX, catalogue, today=TODAY)
    return gap, plan_pathway(profile, gap, catalogue, today=TODAY, exact_limit=exact_limit)


@pytest.mark.parametrize("limit", [300, 0])  # exact, then the heuristic
def test_a_first_step_towards_another_core_is_no_step_for_this_goal(limit):
    gap, pw = _plan("analyst", TRACK, limit)
    assert gap.elsewhere == (ML.uri,)
    assert pw.ids == ("viz",)
    reason = next(u.reason for u in pw.uncovered if u.uri == STATS.uri)
    assert DETOUR in reason


def test_for_the_occupation_it_leads_to_it_is_a_step():
    _, pw = _plan("scientist", TRACK)
    assert set(pw.ids) == {"maths", "ml"}


def test_a_hub_leading_elsewhere_too_stays_a_teacher():
    hub = [*TRACK, _cred("ops", (OPS,), prerequisites=("maths",))]  # maths also leads to ops, no one's core
    assert "maths" in _plan("analyst", hub)[1].ids


def test_a_course_teaching_the_goals_own_skill_is_never_a_detour():
    own = [TRACK[0], _cred("maths", (STATS, OWN)), TRACK[2]]
    assert set(_plan("analyst", own)[1].ids) == {"viz", "maths"}


def test_a_course_teaching_another_core_itself_is_a_detour():
    lk = CatalogueLookup([*TRACK, _cred("mlstats", (ML, STATS))])
    gap = analyse_gap(LearnerProfile(id="l", goal=Goal(occupation_uri="analyst")), TAX, lk, today=TODAY)
    assert detours(gap, lk, ["viz", "maths", "mlstats"]) == {"maths", "mlstats"}


def test_a_detour_brought_in_as_a_stacks_part_covers_nothing():
    # the certificate teaches viz (the analyst's core), so its parts are candidates; maths, one of them,
    # would otherwise close "stats" for the analyst as a stack part
    cert = _cred("cert", (VIZ,), kind="certificate", ects=10, stack_ects_required=8)
    part = (StackTarget(target="cert"),)
    maths = _cred("maths", (STATS,), ects=4, stacks_into=part)
    ml = _cred("ml", (ML,), ects=4, prerequisites=("maths",), stacks_into=part)
    gap, pw = _plan("analyst", [cert, maths, ml])
    assert STATS.uri in {u.uri for u in pw.uncovered}
    assert not any("covers stats" in r for s in pw.steps for r in s.reasons)


def test_a_course_teaching_an_own_skill_the_learner_holds_is_no_detour_either():
    # Applied ML teaches "machine learning", a computer vision engineer's own skill: held or not, the course
    # is about the goal
    own = [TRACK[0], _cred("maths", (STATS, OWN)), TRACK[2]]
    lk = CatalogueLookup(own)
    profile = LearnerProfile(
        id="l",
        goal=Goal(occupation_uri="analyst"),
        skills=[{"uri": OWN.uri, "label": "own", "level": "advanced"}],
    )
    gap = analyse_gap(profile, TAX, lk, today=TODAY)
    assert OWN.uri not in {g.uri for g in gap.skills} and OWN.uri in gap.own
    assert detours(gap, lk, ["maths"]) == frozenset()


def test_the_array_filter_judges_the_same_detours_as_the_plain_path():
    # `gap_teachers` narrows the teachers to judge with arrays (`_may_detour`); `gap_teachers_by_id` judges
    # every teacher: the same detours, with and without a hub, a direct one and an own skill held
    from pathfinder.planner.lookup import gap_teachers, gap_teachers_by_id

    hub = _cred("ops", (OPS,), prerequisites=("maths",))
    for catalogue in (TRACK, [*TRACK, hub], [*TRACK, _cred("mlstats", (ML, STATS))]):
        lk = CatalogueLookup(catalogue)
        gap = analyse_gap(LearnerProfile(id="l", goal=Goal(occupation_uri="analyst")), TAX, lk, today=TODAY)
        assert gap_teachers(gap, lk).detoured == gap_teachers_by_id(gap, lk).detoured
