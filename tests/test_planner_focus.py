"""A course mostly about other subjects than the goal does not count as teaching it (issue 14, session 5):
an HPC introduction tagged 'operating systems' is no first step for a security technician. Such a course is
planned only as a prerequisite of a course that is about the goal, and the skill it alone teaches says why."""

from __future__ import annotations

from datetime import date

from pathfinder.domain import Credential, Goal, LearnerProfile, Occupation, Skill, SkillRef
from pathfinder.domain.taxonomy import Taxonomy
from pathfinder.planner import CatalogueLookup, plan_pathway
from pathfinder.planner.gaps import analyse_gap
from pathfinder.planner.lookup import gap_teachers, gap_teachers_by_id

TODAY = date(2026, 1, 5)
GOAL = [SkillRef(uri=f"g:{k}", label=f"goal skill {k}") for k in range(3)]
OTHER = [SkillRef(uri=f"o:{k}", label=f"other skill {k}") for k in range(3)]
TAX = Taxonomy.from_items(
    [Skill(uri=s.uri, label=s.label) for s in GOAL + OTHER],
    # (the occupation's name uses no word of its skills' labels: a skill the goal is named after is about the
    # goal whatever its share, `lookup.names_goal`, session 16)
    [Occupation(uri="occ", label="target role", essential=tuple(s.uri for s in GOAL))],
)


def _c(cid: str, skills, prerequisites=()) -> Credential:
    return Credential(
        id=cid,
        title=cid,
        provider="P",
        hours=10,
        cost=0,
        languages=("en",),
        skills=tuple(skills),
        prerequisites=tuple(prerequisites),
    )


CATALOGUE = [
    _c("focused", GOAL[:2]),  # all about the goal
    _c("half", [GOAL[2], OTHER[0]]),  # half: about the goal
    _c("offtopic", [GOAL[2], *OTHER]),  # one goal skill of four: mostly about other things
    _c("basics", OTHER[:2]),  # nothing of the goal, the prerequisite of the next
    _c("advanced", GOAL[1:], prerequisites=("basics",)),
]


def _plan(catalogue):
    p = LearnerProfile(id="l", goal=Goal(occupation_uri="occ"), languages=("en",))
    gap = analyse_gap(p, TAX, catalogue, today=TODAY)
    return gap, plan_pathway(p, gap, catalogue, today=TODAY)


def test_an_off_topic_course_teaches_the_gap_nothing_in_both_indexes():
    lk = CatalogueLookup(CATALOGUE)
    gap, _ = _plan(lk)
    for gt in (gap_teachers(gap, lk), gap_teachers_by_id(gap, lk)):
        assert set(gt.teaching) == {"focused", "half", "advanced"}
        assert {c.id for c, _ in gt.ranked_by_skill["g:2"]} == {"half", "advanced"}


def test_it_is_planned_only_as_a_prerequisite_and_the_skill_it_alone_teaches_says_why():
    only_offtopic = [c for c in CATALOGUE if c.id not in ("half", "advanced")]
    _, pw = _plan(only_offtopic)
    assert pw.ids == ("focused",)
    (u,) = [u for u in pw.uncovered if u.uri == "g:2"]
    assert "mostly about other subjects than this goal" in u.reason
    _, pw = _plan([c for c in CATALOGUE if c.id != "half"])
    assert "basics" in pw.ids and "offtopic" not in pw.ids  # a prerequisite of an on-goal course
    assert pw.ids.index("basics") < pw.ids.index("advanced")


def test_optional_gap_skills_weigh_half_in_the_focus():
    """An HPC-like course with one essential and one optional gap skill of four (1.5 of 3.5) is not about the
    goal; a course only about optional skills is, or three of them with one other skill (an e-learning course
    for an ICT trainer); both indexes agree."""
    OPT = [GOAL[2], *(SkillRef(uri=f"p:{k}", label=f"optional skill {k}") for k in range(2))]
    tax = Taxonomy.from_items(
        [Skill(uri=s.uri, label=s.label) for s in GOAL + OTHER + OPT[1:]],
        [
            Occupation(
                uri="occ",
                label="target role",
                essential=(GOAL[0].uri, GOAL[1].uri),
                optional=tuple(s.uri for s in OPT),
            )
        ],
    )
    cat = [
        _c("hpc", [GOAL[0], GOAL[2], OTHER[0], OTHER[1]]),  # half its tags in the gap, one of them optional
        _c("optional", [GOAL[2]]),  # only an optional gap skill
        _c("mixed", [GOAL[1], GOAL[2], OTHER[0]]),  # 1.5 of 2.5: about the goal
        _c("elearning", [*OPT, OTHER[2]]),  # three optional of four: 1.5 of 2.5
    ]
    p = LearnerProfile(id="l", goal=Goal(occupation_uri="occ"), languages=("en",))
    gap = analyse_gap(p, tax, cat, today=TODAY)
    lk = CatalogueLookup(cat)
    for teachers in (gap_teachers(gap, lk), gap_teachers_by_id(gap, lk)):
        assert {c.id for c in teachers.plain} == {"optional", "mixed", "elearning"}
