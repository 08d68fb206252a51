"""An area goal for one's own skills has no teaching skill (issue 14, session 19, branch plans19start; lead
trial 14 #16, tune now; start19-13/14): a Bengali garment worker learning to use a computer got Teaching
Digital Literacy to Adults, because the area's best catalogue matches shared that course's "teach digital
literacy", and a gap with a teaching skill lets a teachers' course in (`audience.mismatched`).
`audience.for_oneself` is the one rule: the chat's `area_skills` and the planner's area goals drop skills
about teaching others unless the area's own name is about teaching (or every skill is). Failed on the base
commit (04177af): no `for_oneself`; the planner planned the teachers' course."""

from __future__ import annotations

from datetime import date

import pytest

from pathfinder.assistant.profile_changes import area_skills
from pathfinder.assistant.tools import AssistantTools
from pathfinder.domain import Constraints, Credential, Goal, LearnerProfile, Skill, SkillRef
from pathfinder.domain.taxonomy import Taxonomy
from pathfinder.planner import plan_pathway
from pathfinder.planner.audience import for_oneself, teaches_others
from pathfinder.planner.gaps import analyse_gap
from pathfinder.testing import InMemoryIndex

TODAY = date(2026, 1, 5)
ESCO = "http://data.europa.eu/esco/skill/"
TEACH = SkillRef(uri=ESCO + "c8fa4313-80b0-4f37-8b1b-1739707bc362", label="teach digital literacy")
TOOLS = SkillRef(uri=ESCO + "f632251a-4078-4546-b19f-7ef528d08325", label="use IT tools")
OFFICE = SkillRef(uri=ESCO + "cf310cff-0d28-4dbc-9dbb-cc500a3196c2", label="office software")
LESSON = SkillRef(uri="s:lesson", label="prepare lesson content")
BROWSE = SkillRef(uri="s:browse", label="browse, search and filter data, information and digital content")


def _cred(cid, title, skills, hours=60.0, description="") -> Credential:
    return Credential(
        id=cid, title=title, provider="P", url=f"https://example.org/{cid}", languages=("en",), cost=0.0,
        hours=hours, eqf_level=3, skills=skills, description=description or title,
    )  # fmt: skip


TEACHERS = _cred(
    "teach",
    "Teaching Digital Literacy to Adults",
    (TEACH, LESSON, TOOLS, OFFICE),
    hours=40.0,
    description="For adult educators: plan lessons on computers, office tools and the web for beginners.",
)
BASICS = _cred("basics", "Computer Basics: Using a Computer", (TOOLS, BROWSE), hours=50.0)
OFFICE_COURSE = _cred("office", "Office Software for Everyday Use", (OFFICE, TOOLS), hours=50.0)


def test_teaching_words_name_teaching_not_subjects():
    for label in ("teach digital literacy", "prepare lesson content", "adapt teaching to target group"):
        assert teaches_others(label), label
    for label in ("machine learning", "e-learning", "learning management systems", "use IT tools"):
        assert not teaches_others(label), label


@pytest.mark.parametrize(
    "area",
    ["digital basics", "use a computer", "aprender informática básica", "কম্পিউটার চালানো শেখা", "tin học cơ bản"],
)
def test_an_area_for_oneself_keeps_no_teaching_skill(area):
    skills = [(TEACH.uri, TEACH.label), (TOOLS.uri, TOOLS.label), (LESSON.uri, LESSON.label)]
    assert for_oneself(area, skills) == [TOOLS.uri]


@pytest.mark.parametrize(
    "area",
    ["teaching digital literacy", "enseñar informática a adultos", "unterrichten: digitale Kompetenzen"],
)
def test_an_area_about_teaching_keeps_them(area):
    skills = [(TEACH.uri, TEACH.label), (TOOLS.uri, TOOLS.label)]
    assert for_oneself(area, skills) == [TEACH.uri, TOOLS.uri]
    assert for_oneself("digital basics", skills[:1]) == [TEACH.uri]  # every skill about teaching: kept


def test_a_learner_of_digital_basics_is_not_planned_the_teachers_course():
    skills = [Skill(uri=s.uri, label=s.label) for s in (TEACH, TOOLS, OFFICE, LESSON, BROWSE)]
    taxonomy = Taxonomy.from_items(skills)
    p = LearnerProfile(
        id="l",
        goal=Goal(label="digital basics", skills=(TEACH.uri, TOOLS.uri, OFFICE.uri)),
        languages=("en",),
        constraints=Constraints(hours_per_week=4, weeks=52),
    )
    catalogue = [TEACHERS, BASICS, OFFICE_COURSE]
    gap = analyse_gap(p, taxonomy, catalogue, today=TODAY)
    assert TEACH.uri not in {g.uri for g in gap.skills}
    pw = plan_pathway(p, gap, catalogue, today=TODAY, strategy="fastest")
    assert "teach" not in pw.ids and pw.ids  # the shortest course is the teachers': not for this learner


def test_the_chat_s_area_has_no_teaching_skill(taxonomy):
    tools = AssistantTools(InMemoryIndex([TEACHERS, BASICS, OFFICE_COURSE]), taxonomy)
    skills = area_skills("learn digital literacy", tools)
    assert TEACH.uri not in skills and TOOLS.uri in skills, [tools.taxonomy.label(u) for u in skills]
