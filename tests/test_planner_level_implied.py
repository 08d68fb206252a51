"""Skills held through a narrower one at work in the level rules (issue 14, session 10): an advanced
programmer in one language is not sent to a first programming course, neither as the catalogue's named
prerequisite of a course nor as the teacher of a skill a course assumes (a systems analyst with advanced Java
was planned "Programming Fundamentals in Python" before Object-Oriented Programming; a physicist with
advanced C++ got a 1.5-hour AngularJS clip as the teacher of "computer programming")."""

from __future__ import annotations

from datetime import date

from pathfinder.domain import Constraints, Credential, Goal, LearnerProfile, Occupation, Skill, SkillRef
from pathfinder.domain.learners import HeldSkill
from pathfinder.domain.taxonomy import Taxonomy
from pathfinder.planner import plan_pathway
from pathfinder.planner.gaps import analyse_gap

TODAY = date(2026, 1, 5)
GO = SkillRef(uri="s:go", label="Go")  # the language held (a narrower skill of programming)
PROG = SkillRef(uri="s:prog", label="programming")
NEW = [SkillRef(uri=f"s:{k}", label=f"skill {k}") for k in "xyz"]
TAX = Taxonomy.from_items(
    [Skill(uri=s.uri, label=s.label) for s in (GO, PROG, *NEW)],
    [Occupation(uri="occ", label="goal", essential=tuple(s.uri for s in (PROG, *NEW)))],
    broader=[(GO.uri, PROG.uri)],
)


def _c(cid: str, skills, eqf: int, **kw) -> Credential:
    return Credential(
        id=cid, title=cid, provider="P", hours=40, cost=100, languages=("en",), eqf_level=eqf,
        skills=tuple(skills), **kw,
    )  # fmt: skip


FIRST = _c("first", (PROG, NEW[0]), 4)  # a first programming course, also teaching x
DESIGN = _c("design", (NEW[1],), 5, prerequisites=("first",))  # names the first course as its prerequisite
SYSTEMS = _c("systems", (NEW[2],), 5, prerequisite_skills=(PROG,))  # assumes programming
CLIP = _c("clip", (PROG,), 5).model_copy(update={"hours": 1.5, "cost": 10})  # a short clip tagged programming


def _plan(level: str, catalogue: list[Credential]):
    p = LearnerProfile(
        id="l",
        goal=Goal(occupation_uri="occ"),
        languages=("en",),
        skills=(HeldSkill(uri=GO.uri, label="Go", level=level),),
        constraints=Constraints(hours_per_week=10, weeks=52),
    )
    return plan_pathway(p, analyse_gap(p, TAX, catalogue, today=TODAY), catalogue, today=TODAY)


def test_a_first_course_in_what_an_advanced_skill_implies_is_met_as_a_prerequisite():
    pw = _plan("advanced", [FIRST, DESIGN])
    assert pw.ids == ("design",)
    reasons = " ".join(u.reason for u in pw.uncovered if u.uri == "s:x")
    assert "an introduction to what you already do at an advanced level" in reasons
    # held at intermediate, the first course is still planned before what needs it
    assert _plan("intermediate", [FIRST, DESIGN]).ids == ("first", "design")


def test_a_skill_held_through_a_narrower_one_meets_what_a_course_assumes():
    assert _plan("advanced", [SYSTEMS, CLIP]).ids == ("systems",)  # no clip for "programming"
    assert _plan("intermediate", [SYSTEMS, CLIP]).ids == ("systems",)
    # held at basic level, Go implies nothing, so a teacher of programming comes first
    assert set(_plan("basic", [SYSTEMS, CLIP]).ids) == {"clip", "systems"}
