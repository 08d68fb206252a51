"""An uncovered skill that a step of the plan teaches is said to be touched on there, not blamed on the limits
(issue 14, session 12): a security manager's plan studied Security Operations Fundamentals as the
prerequisite of Vulnerability Management (its tags mostly about other subjects, so the selection counts it
for nothing; here: one inferred tag, the same kind of no-evidence), and "ICT network security risks", which
it teaches, was listed "does not fit in your hours before the deadline". Minimal instance, its own skills."""

from __future__ import annotations

from datetime import date

from pathfinder.domain import Constraints, Credential, Goal, LearnerProfile, Occupation, Skill, SkillRef
from pathfinder.domain.taxonomy import Taxonomy
from pathfinder.planner import plan_pathway
from pathfinder.planner.explain import group_reason
from pathfinder.planner.gaps import analyse_gap

TODAY = date(2027, 6, 7)
GOAL = [SkillRef(uri=f"t:{k}", label=f"goal skill {k}") for k in "abc"]
OTHER = [SkillRef(uri=f"t:o{k}", label=f"other subject {k}") for k in range(3)]
A, B, C = GOAL


def _cred(cid, skills, hours, prerequisites=(), inferred=False):
    if inferred:  # tags read from its text (as edX/Udemy entries have): one of them is no evidence
        skills = [s.model_copy(update={"inferred": True, "confidence": 0.95}) for s in skills]
    return Credential(
        id=cid,
        title=cid.title(),
        provider="P",
        languages=("en",),
        hours=hours,
        cost=0.0,
        eqf_level=4,
        skills=tuple(skills),
        prerequisites=tuple(prerequisites),
    )


def _plan(catalogue, hours_per_week=4):
    tax = Taxonomy.from_items(
        [Skill(uri=s.uri, label=s.label) for s in (*GOAL, *OTHER)],
        [Occupation(uri="g", label="security manager", essential=tuple(s.uri for s in GOAL))],
    )
    p = LearnerProfile(
        id="l",
        goal=Goal(occupation_uri="g"),
        languages=("en",),
        constraints=Constraints(hours_per_week=hours_per_week, weeks=20),
    )
    gap = analyse_gap(p, tax, catalogue, today=TODAY)
    return plan_pathway(p, gap, catalogue, today=TODAY)


def test_a_skill_a_planned_step_teaches_is_said_touched_on_not_out_of_hours():
    # 'intro' teaches goal skill c by one inferred tag (no evidence alone): studied only as the prerequisite
    intro = _cred("intro", (C, *OTHER), 30, inferred=True)
    main = _cred("main", (A, B), 40, prerequisites=("intro",))
    big = _cred("big", (C,), 200)  # the one course counted for c does not fit 80 hours
    pw = _plan([intro, main, big])
    assert pw.ids == ("intro", "main")
    assert not next(s for s in pw.steps if s.id == "intro").covers  # studied, counted for nothing
    why = {u.label: u.reason for u in pw.uncovered}
    # before: "does not fit in your hours before the deadline" (the other teacher's reason)
    assert why["goal skill c"].startswith("touched on by Intro in this plan")
    groups = {g.reason: g.labels for g in pw.uncovered_groups}
    touched = [r for r in groups if r.startswith("touched on by a step of this plan")]
    assert touched and groups[touched[0]] == ("goal skill c",)


def test_an_uncovered_skill_no_step_teaches_keeps_its_own_reason():
    main = _cred("main", (A, B), 40)
    big = _cred("big", (C,), 200)
    pw = _plan([main, big])
    why = {u.label: u.reason for u in pw.uncovered}
    assert why["goal skill c"] == "does not fit in your hours before the deadline"
    assert group_reason(why["goal skill c"]) == why["goal skill c"]
