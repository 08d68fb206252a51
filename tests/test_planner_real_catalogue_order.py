"""Order and level over real provider catalogues (issue 14, session 17). edX and Udemy state no
prerequisites, Udemy's "All Levels" no level, and their skills are read from the course text. So:
- a course of unknown level is placed at the level its title gives, else in the middle (EQF 5), not first
  (a 5-hour "Angular and Firebase" came before "Foundations of Front-End Web Development", fresh16-16);
- an intermediate course on a narrower subject assumes the broader one: "Deep Learning Fundamentals with
  Keras" (edX, Intermediate) gets a course on artificial intelligence before it (fresh16-15, real17-14);
- "X with Python" of unknown level uses Python as its medium, and a 2-hour clip is nobody's first Python
  course ("Learn to code in Python and learn Adobe Photoshop today!", fresh16-18)."""

from __future__ import annotations

from datetime import date

import pytest

from pathfinder.domain import Credential, Goal, LearnerProfile, Occupation, Skill, SkillRef
from pathfinder.domain.taxonomy import Taxonomy
from pathfinder.planner import plan_pathway
from pathfinder.planner.assumed import TOOLS, assumed_skills
from pathfinder.planner.basics_assumed import assumed_basics
from pathfinder.planner.course_level import estimated_level, title_level
from pathfinder.planner.gaps import analyse_gap

TODAY = date(2026, 1, 5)


@pytest.mark.parametrize(
    "title, level",
    [
        ("HTML and CSS for Beginners - Build a Website & Launch ONLINE", 4),
        ("Introduction to Cloud Computing", 4),
        ("Foundations of Front-End Web Development", 4),
        ("Computer Science 101", 4),
        ("Python Grundlagen für Einsteiger", 4),
        ("Introducción a la programación", 4),
        ("Excel from Beginner to Advanced", 4),  # the entry word wins: it starts at the beginning
        ("Intermediate SQL Queries", 5),
        ("Advanced CSS and Sass", 6),
        ("Mastering Docker", 6),
        ("Angular and Firebase - Build a Web App with Typescript", None),
    ],
)
def test_a_title_gives_the_level_it_says(title, level):
    assert title_level(title) == level


def _course(cid, skills, eqf=None, title=None, hours=20.0, inferred=False, cost=0.0) -> Credential:
    refs = tuple(
        SkillRef(uri=s.uri, label=s.label, inferred=inferred, confidence=1.0 if inferred else 1.0)
        for s in skills
    )
    return Credential(
        id=cid, title=title or cid, provider="P", languages=("en",), cost=cost, hours=hours, eqf_level=eqf,
        skills=refs,
    )  # fmt: skip


def test_the_catalogue_level_stands_and_an_unknown_one_is_estimated():
    s = Skill(uri="s:x", label="x")
    assert estimated_level(_course("a", [s], eqf=6, title="Python for Beginners")) == 6
    assert estimated_level(_course("b", [s], title="Python for Beginners")) == 4
    assert estimated_level(_course("c", [s], title="Angular and Firebase")) == 5


FRONT = Skill(uri="s:front", label="implement front-end website design", skill_type="knowledge")
FRAME = Skill(uri="s:frame", label="JavaScript Framework", skill_type="knowledge")
MARKUP = Skill(uri="s:markup", label="use markup languages", skill_type="knowledge")
PHP = Skill(uri="s:php", label="PHP", skill_type="knowledge")
WEB = Taxonomy.from_items(
    [FRONT, FRAME, MARKUP, PHP],
    [Occupation(uri="web", label="web developer", essential=(FRONT.uri, FRAME.uri, MARKUP.uri, PHP.uri))],
)
LEARNER = LearnerProfile(id="l", goal=Goal(occupation_uri="web"), languages=("en",))


def _plan(catalogue, taxonomy, profile=LEARNER, limit=300):
    gap = analyse_gap(profile, taxonomy, catalogue, today=TODAY)
    return plan_pathway(profile, gap, catalogue, today=TODAY, exact_limit=limit)


@pytest.mark.parametrize("limit", [300, 0])  # exact, then the heuristic
def test_a_course_of_unknown_level_is_not_put_first(limit):
    catalogue = [
        _course("angular", [FRAME, PHP], title="Angular and Firebase - Build a Web App"),
        _course("front", [FRONT], eqf=4, title="Foundations of Front-End Web Development"),
    ]
    assert _plan(catalogue, WEB, limit=limit).ids == ("front", "angular")


AI = Skill(uri="s:ai", label="principles of artificial intelligence", skill_type="knowledge")
DL = Skill(uri="s:dl", label="deep learning", skill_type="knowledge")
ML = Skill(uri="s:ml", label="machine learning", skill_type="knowledge")
AI_TAX = Taxonomy.from_items(
    [AI, DL, ML],
    [Occupation(uri="ds", label="data scientist", essential=(DL.uri,), optional=(ML.uri,))],
    broader=[(DL.uri, AI.uri), (ML.uri, AI.uri)],
)
KERAS = _course(
    "keras", [DL], eqf=5, title="Deep Learning Fundamentals with Keras", hours=15, inferred=True, cost=99
)
AI_FOUNDATIONS = _course("ai-101", [AI, ML], eqf=4, title="AI Foundations", hours=45)
DS = LearnerProfile(id="d", goal=Goal(occupation_uri="ds"), languages=("en",))


@pytest.mark.parametrize("limit", [300, 0])
def test_an_intermediate_course_read_from_its_text_gets_the_basics_of_its_subject_first(limit):
    pw = _plan([KERAS, AI_FOUNDATIONS], AI_TAX, DS, limit=limit)
    assert pw.ids == ("ai-101", "keras")
    assert any("prerequisite of" in r for r in pw.steps[0].reasons)


def test_no_basics_when_held_stated_or_an_entry_course():
    held = LearnerProfile.model_validate(
        {**DS.model_dump(), "skills": [{"uri": ML.uri, "label": ML.label, "level": "intermediate"}]}
    )
    assert _plan([KERAS, AI_FOUNDATIONS], AI_TAX, held).ids == ("keras",)  # AI held through machine learning
    stated = KERAS.model_copy(update={"skills": (SkillRef(uri=DL.uri, label=DL.label),)})
    assert assumed_basics(stated, [DL.uri], {DL.uri: (AI.uri,)}) == ()  # the catalogue's word stands
    entry = KERAS.model_copy(update={"eqf_level": 4})
    assert assumed_basics(entry, [DL.uri], {DL.uri: (AI.uri,)}) == ()
    assert assumed_basics(KERAS, [DL.uri], {DL.uri: (AI.uri,)}) == (AI.uri,)


def test_with_python_at_an_unknown_level_assumes_python():
    trading = Credential(
        id="t", title="Quantitative Trading Analysis with Python", provider="Udemy", hours=5.5
    )
    assert [a.ref.label for a in assumed_skills(trading)] == ["Python (computer programming)"]
    intro = trading.model_copy(update={"title": "Data Analysis with Python for Beginners"})
    assert assumed_skills(intro) == ()


PY_URI, PY_LABEL, _ = TOOLS["python"]
PY = Skill(uri=PY_URI, label=PY_LABEL, skill_type="knowledge")
VIZ = Skill(uri="s:viz", label="deliver visual presentation of data")
VIZ_TAX = Taxonomy.from_items(
    [PY, VIZ], [Occupation(uri="da", label="data analyst", essential=(VIZ.uri,), optional=(PY.uri,))]
)


@pytest.mark.parametrize("limit", [300, 0])
def test_a_clip_is_nobodys_first_course_of_a_tool(limit):
    # both read from their text, as in a real catalogue: the clip was the best value (2 h against 30)
    catalogue = [
        _course("viz", [VIZ], eqf=5, title="Data Visualisation with Python", hours=55),
        _course(
            "clip",
            [PY],
            title="Learn to code in Python and learn Adobe Photoshop today!",
            hours=2,
            inferred=True,
        ),
        _course("python", [PY], eqf=4, title="Python Programming for Everyone", hours=30, inferred=True),
    ]
    da = LearnerProfile(id="a", goal=Goal(occupation_uri="da"), languages=("en",))
    assert _plan(catalogue, VIZ_TAX, da, limit=limit).ids == ("python", "viz")
