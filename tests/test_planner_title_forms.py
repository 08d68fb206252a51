"""A title naming an inferred skill in another spelling or form of the word is evidence too (issue 14,
session 16, `lookup.word_form`): the title rule of session 15 matched a skill's names word for word, so
"Visualizing Data with Python" (edX, 15 h, USD 39) did not name "visualise data" and "Big Data Analytics" not
"big data analysis"; both stayed one-inferred-tag courses, no teachers, and a BCom graduate's data-analyst
plan on bundled + edX/Udemy spent 137.5 of its 210 h on a Python prerequisite (fresh15-16). American and
British spellings and the forms of one verb now match; a title using the name as a modifier still does
not."""

from __future__ import annotations

from datetime import date

import pytest

from pathfinder.domain import Constraints, Credential, Goal, LearnerProfile, Occupation, Skill, SkillRef
from pathfinder.domain.taxonomy import Taxonomy
from pathfinder.planner import CatalogueLookup, plan_pathway
from pathfinder.planner.gaps import analyse_gap
from pathfinder.planner.lookup import title_names_any, word_form

TODAY = date(2026, 1, 5)
VIZ = Skill(
    uri="s:viz",
    label="deliver visual presentation of data",
    alt_labels=("create data visualisation", "visualise data"),
)
BIG = Skill(uri="s:big", label="analyse big data", alt_labels=("big data analysis",))
TAX = Taxonomy.from_items(
    [VIZ, BIG], [Occupation(uri="occ", label="data analyst", essential=(VIZ.uri, BIG.uri))]
)


@pytest.mark.parametrize(
    ("words", "same"),
    [
        (("visualizing", "visualisation", "visualise", "visualize", "visualization"), True),
        (("analytics", "analysis", "analyse", "analyze", "analysing"), True),
        (("rise", "size"), False),  # too short to fold
    ],
)
def test_word_forms_fold_to_one(words, same):
    assert (len({word_form(w) for w in words}) == 1) is same


@pytest.mark.parametrize(
    ("title", "named"),
    [
        ("Visualizing Data with Python", True),
        ("Visualizing Data", True),
        ("Big Data Analytics", True),
        ("Create Data Visualizations", True),
        ("Data Science: Visualization", False),  # no name of the skill as a phrase
        ("Marketing Analytics for Big Data Retail Chains", False),  # the name is not the subject
    ],
)
def test_a_title_names_a_skill_in_another_form(title, named):
    names = (
        "deliver visual presentation of data",
        "create data visualisation",
        "visualise data",
        "big data analysis",
    )
    assert title_names_any(title, names) is named


@pytest.mark.parametrize("limit", [300, 0])  # exact, then the heuristic
def test_such_a_course_is_a_teacher_of_its_one_inferred_tag(limit):
    def course(cid: str, title: str, skill: Skill) -> Credential:
        ref = SkillRef(uri=skill.uri, label=skill.label, inferred=True, confidence=0.9)
        return Credential(
            id=cid, title=title, provider="edX", languages=("en",), cost=39, currency="USD", hours=15,
            skills=(ref,),
        )  # fmt: skip

    catalogue = [
        course("viz", "Visualizing Data with Python", VIZ),
        course("big", "Big Data Analytics", BIG),
        course("other", "Storytelling for Managers", VIZ),  # the tag came from the description alone
    ]
    p = LearnerProfile(
        id="l", goal=Goal(occupation_uri="occ"), languages=("en",), constraints=Constraints(budget=500)
    )
    gap = analyse_gap(p, TAX, catalogue, today=TODAY)
    pw = plan_pathway(p, gap, CatalogueLookup(catalogue), today=TODAY, exact_limit=limit)
    assert set(pw.ids) == {"viz", "big"}
