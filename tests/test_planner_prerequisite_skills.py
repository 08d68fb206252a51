"""Prerequisite skills: a step assuming a skill the learner lacks gets a step teaching it first, or is left
out."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import PY, SQL, STATS
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_planner_properties import SKILLS, catalogues, profiles
from test_planner_properties import TAX as EMPTY_TAX

from pathfinder.domain import Constraints, Credential, Goal, HeldSkill, LearnerProfile, Skill
from pathfinder.domain.taxonomy import Taxonomy
from pathfinder.planner import plan_pathway
from pathfinder.planner.gaps import analyse_gap

TODAY = date(2026, 1, 5)
TAX = Taxonomy.from_items([Skill(uri=s.uri, label=s.label) for s in (PY, SQL, STATS)], [])
PY_COURSE = Credential(id="py", title="Python Basics", provider="P", hours=30, cost=50, skills=(PY,))
ADV_SQL = Credential(
    id="adv-sql",
    title="SQL for Python Users",
    provider="P",
    hours=20,
    skills=(SQL,),
    prerequisite_skills=(PY,),
)


def plan(catalogue, profile=None, **kw):
    profile = profile or LearnerProfile(id="l", goal=Goal(skills=(SQL.uri,)), **kw)
    return plan_pathway(profile, analyse_gap(profile, TAX, catalogue, today=TODAY), catalogue, today=TODAY)


def test_a_step_teaching_the_assumed_skill_is_added_before_it():
    pw = plan([ADV_SQL, PY_COURSE], constraints=Constraints(hours_per_week=10))
    assert pw.ids == ("py", "adv-sql")
    by = {s.id: s for s in pw.steps}
    assert by["py"].end_week <= by["adv-sql"].start_week
    assert "prerequisite of SQL for Python Users" in by["py"].reasons
    assert pw.uncovered == ()


def test_no_extra_step_when_the_skill_is_held():
    held = LearnerProfile(
        id="l", goal=Goal(skills=(SQL.uri,)), skills=(HeldSkill(uri=PY.uri, label=PY.label),)
    )
    assert plan([ADV_SQL, PY_COURSE], held).ids == ("adv-sql",)


def test_the_cheapest_teacher_the_learner_may_take_is_chosen():
    german = Credential(
        id="py-de", title="Python auf Deutsch", provider="P", hours=5, skills=(PY,), languages=("de",)
    )
    english = [c.model_copy(update={"languages": ("en",)}) for c in (ADV_SQL, PY_COURSE)]
    pw = plan([*english, german], constraints=Constraints(languages=("en",)))
    assert pw.ids == ("py", "adv-sql")
    assert plan([ADV_SQL, PY_COURSE, german]).ids == ("py-de", "adv-sql")


def test_a_teacher_that_also_teaches_an_essential_gap_skill_is_preferred():
    """Session 7: a data-visualisation course using Python was a cloud course's Python prerequisite for a
    cloud engineer; a Python course that also teaches an essential gap skill goes first, dearer or not
    (before: the cheaper one, and the plan held both)."""
    viz = Credential(id="viz", title="Plots with Python", provider="P", hours=10, skills=(PY,))
    both = Credential(id="py-sql", title="Python and SQL", provider="P", hours=40, skills=(PY, SQL))
    dev = Credential(
        id="dev", title="Dev", provider="P", hours=20, skills=(STATS,), prerequisite_skills=(PY,)
    )
    profile = LearnerProfile(id="l", goal=Goal(skills=(STATS.uri, SQL.uri)))
    assert plan([dev, viz, both], profile).ids == ("py-sql", "dev")


def test_a_course_stating_the_assumed_skill_is_preferred_to_a_clip_whose_tag_was_inferred():
    """A 2-hour clip whose Python tag was inferred from its text is cheaper, but the course stating Python is
    the prerequisite; with no course stating it, the clip serves (issue 14, session 6)."""
    clip = Credential(
        id="clip",
        title="Web2py in two hours",
        provider="U",
        hours=2,
        cost=0,
        skills=(PY.model_copy(update={"inferred": True, "confidence": 0.8}),),
    )
    assert plan([ADV_SQL, PY_COURSE, clip]).ids == ("py", "adv-sql")
    assert plan([ADV_SQL, clip]).ids == ("clip", "adv-sql")


def test_left_out_with_the_reason_when_no_one_teaches_the_skill():
    plain_sql = Credential(id="sql", title="SQL", provider="P", hours=80, skills=(SQL,))
    pw = plan([ADV_SQL, plain_sql])
    assert pw.ids == ("sql",)  # the longer course, because adv-sql cannot be prepared for
    pw = plan([ADV_SQL])
    assert pw.ids == ()
    reason = next(u.reason for u in pw.uncovered if u.uri == SQL.uri)
    assert "assumes Python (computer programming)" in reason


@st.composite
def with_prerequisite_skills(draw):
    catalogue = draw(catalogues())
    out = []
    for c in catalogue:
        assumed = draw(st.lists(st.sampled_from(SKILLS), max_size=2, unique_by=lambda s: s.uri))
        out.append(c.model_copy(update={"prerequisite_skills": tuple(assumed)}))
    return out, draw(profiles(out)), draw(st.sampled_from(["balanced", "fastest", "most-complete"]))


@pytest.mark.slow
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(case=with_prerequisite_skills(), exact=st.booleans())
def test_every_assumed_skill_is_held_or_taught_by_an_earlier_step(case, exact):
    catalogue, profile, strategy = case
    gap = analyse_gap(profile, EMPTY_TAX, catalogue, today=TODAY)
    pw = plan_pathway(
        profile, gap, catalogue, strategy, today=TODAY, exact_limit=300 if exact else 0, relax=False
    )
    by_id = {c.id: c for c in catalogue}
    held = profile.held_skill_uris | {
        u for cid in profile.held_credential_ids if cid in by_id for u in by_id[cid].skill_uris
    }
    for k, step in enumerate(pw.steps):
        cred = by_id[step.id]
        earlier = {u for s in pw.steps[:k] if s.end_week <= step.start_week for u in by_id[s.id].skill_uris}
        for ref in cred.prerequisite_skills:
            assert ref.uri in held | earlier | cred.skill_uris, f"{step.id} assumes {ref.uri}"
