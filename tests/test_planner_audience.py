"""Who a course is for (issue 14, session 18; fresh17-02): a maths teacher aiming at ICT teacher secondary
school got "Teaching Digital Literacy to Adults" as a step, and a learner who wants digital skills for
themselves could be planned a course for those who teach them. `planner/audience.py` reads the audience from
the title, description and outcomes (several languages) and `lookup.gap_teachers` counts a mismatched course
as no teacher of the gap (it may still be the catalogue's prerequisite)."""

from __future__ import annotations

from datetime import date

from pathfinder.domain import Constraints, Credential, Goal, LearnerProfile, Occupation, Skill, SkillRef
from pathfinder.domain.taxonomy import Taxonomy
from pathfinder.planner import plan_pathway
from pathfinder.planner.audience import Audience, course_audience, mismatched, school_goal
from pathfinder.planner.gaps import analyse_gap

TODAY = date(2026, 1, 5)
TEACH_DL, LESSON, OFFICE, TEACH_CS, HW = (
    SkillRef(uri=f"s:{k}", label=k)
    for k in (
        "teach digital literacy",
        "prepare lesson content",
        "office software",
        "teach computer science",
        "ICT hardware specifications",
    )
)


def _cred(cid, title, skills, cost=0.0, hours=60.0, description="", outcomes=(), **kw) -> Credential:
    return Credential(
        id=cid,
        title=title,
        provider="P",
        languages=("en",),
        cost=cost,
        hours=hours,
        skills=skills,
        description=description,
        learning_outcomes=outcomes,
        **kw,
    )


ADULTS = _cred(
    "adults",
    "Teaching Digital Literacy to Adults",
    (TEACH_DL, LESSON, OFFICE),
    description="For librarians and adult educators.",
    outcomes=("prepare lesson content that suits adult beginners",),
)
SCHOOL = _cred(
    "school",
    "Teaching Computer Science in Secondary School",
    (TEACH_CS, LESSON),
    cost=500.0,
    description="Algorithms and programming for teenagers.",
)
CLASSROOM = _cred("hw", "ICT Hardware and Software for the Classroom", (HW,))
OFFICE_COURSE = _cred("office", "Spreadsheets and Office Software for the Workplace", (OFFICE,), hours=70.0)


def test_the_audience_is_read_from_the_text_in_several_languages():
    assert course_audience(ADULTS) == Audience(to_teach=True, adults=True, school=False)
    assert course_audience(SCHOOL) == Audience(to_teach=True, adults=False, school=True)
    # for those who run a classroom (session 20: it was a delivery driver's digital-basics step)
    assert course_audience(CLASSROOM) == Audience(school=True, classroom=True)
    assert course_audience(OFFICE_COURSE) == Audience()
    for title, adults, school in (
        ("Enseigner le numérique aux adultes", True, False),
        ("Enseñar informática en la escuela secundaria", False, True),
        ("Digitale Kompetenzen unterrichten: Erwachsenenbildung", True, False),
        ("Tietotekniikan opettaminen aikuisille", True, False),
        ("Excel für Einsteiger", False, False),
    ):
        a = course_audience(_cred("x", title, (OFFICE,)))
        assert (a.to_teach, a.adults, a.school) == (adults or school, adults, school), title
    assert school_goal("ICT teacher secondary school") and not school_goal("digital literacy teacher")


def test_mismatched_rules():
    adults, school = Audience(True, True, False), Audience(True, False, True)
    # a teaching course whose gap skills are no teaching skill: out, whatever the goal
    assert mismatched("data analyst", [(0, adults, ["office software"])]) == [0]
    assert mismatched("data analyst", [(0, adults, ["teach digital literacy"])]) == []
    # a school goal: the adults course is out only when a school course teaches the gap
    rows = [(0, adults, ["teach digital literacy"]), (1, school, ["teach computer science"])]
    assert mismatched("ICT teacher secondary school", rows) == [0]
    assert mismatched("ICT teacher secondary school", rows[:1]) == []
    assert mismatched("digital literacy teacher", rows) == []


def _plan(goal: Occupation, catalogue, budget: float, hours: float = 200.0):
    skills = [Skill(uri=s.uri, label=s.label) for s in (TEACH_DL, LESSON, OFFICE, TEACH_CS, HW)]
    taxonomy = Taxonomy.from_items(skills, [goal])
    p = LearnerProfile(
        id="l",
        goal=Goal(occupation_uri=goal.uri),
        languages=("en",),
        constraints=Constraints(hours_per_week=hours / 10, weeks=10, budget=budget),
    )
    gap = analyse_gap(p, taxonomy, catalogue, today=TODAY)
    return plan_pathway(p, gap, catalogue, today=TODAY)


def test_a_school_teacher_is_not_planned_a_course_on_teaching_adults():
    goal = Occupation(
        uri="ict-teacher",
        label="ICT teacher secondary school",
        essential=(TEACH_DL.uri, LESSON.uri, TEACH_CS.uri, HW.uri, OFFICE.uri),
    )
    pw = _plan(goal, [ADULTS, SCHOOL, CLASSROOM], budget=100.0)  # the school course is over budget
    assert "adults" not in pw.ids
    assert "hw" in pw.ids


def test_a_learner_of_digital_skills_is_not_planned_a_course_for_their_teachers():
    goal = Occupation(uri="clerk", label="office clerk", essential=(OFFICE.uri,))
    pw = _plan(goal, [ADULTS, OFFICE_COURSE], budget=1000.0)  # the teachers' course is shorter
    assert pw.ids == ("office",)


def test_a_course_for_another_audience_required_first_says_why_in_every_language():
    from pathfinder.assistant import i18n, planner_text
    from pathfinder.planner.audience import FOR_ADULTS, FOR_TEACHERS

    goal = Occupation(
        uri="ict-teacher",
        label="ICT teacher secondary school",
        essential=(TEACH_DL.uri, LESSON.uri, TEACH_CS.uri, HW.uri, OFFICE.uri),
    )
    school = SCHOOL.model_copy(update={"prerequisites": ("adults",), "cost": 0.0})
    pw = _plan(goal, [ADULTS, school], budget=100.0)
    assert pw.ids == ("adults", "school")  # the catalogue requires it: studied first ...
    first = pw.steps[0]
    assert first.covers == ()  # ... covering nothing, and saying why
    assert FOR_ADULTS in first.reasons
    for lang in ("de", "es", "fr", "fi", "vi", "hi", "bn"):
        with i18n.replying_in(lang):
            assert planner_text.say(FOR_ADULTS) != FOR_ADULTS
            assert planner_text.say(FOR_TEACHERS) != FOR_TEACHERS


def test_the_courses_preparing_to_teach_are_read_once_per_catalogue():
    from pathfinder.planner import CatalogueLookup

    lookup = CatalogueLookup([ADULTS, SCHOOL, CLASSROOM, OFFICE_COURSE])
    first = lookup.teaching_audiences()
    assert set(first) == {0, 1, 2} and first[0].adults and first[1].school and first[2].classroom
    assert lookup.teaching_audiences() is first  # kept: a property of the catalogue, not of a plan
    assert lookup.warm().teaching_audiences() is first


def test_a_course_for_the_classroom_is_no_step_of_a_goal_not_about_teaching():
    """Session 20 (lead trial 16): a delivery driver's digital-literacy plan was ICT Hardware and Software for
    the Classroom; a school teacher still gets it (above)."""
    goal = Occupation(uri="clerk", label="office clerk", essential=(HW.uri, OFFICE.uri))
    pw = _plan(goal, [CLASSROOM, OFFICE_COURSE], budget=1000.0)
    assert "hw" not in pw.ids and "office" in pw.ids
    teacher = Occupation(uri="dlt", label="digital literacy teacher", essential=(HW.uri, OFFICE.uri))
    assert "hw" in _plan(teacher, [CLASSROOM, OFFICE_COURSE], budget=1000.0).ids
