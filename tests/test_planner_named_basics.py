"""A step whose skill's name builds on another skill's name follows the step teaching that skill (issue 14,
session 18, `planner/named_basics.py`): real18-14 planned an Angular course (JavaScript Framework) before the
JavaScript course at the same level, as ESCO does not put JavaScript Framework under JavaScript."""

from __future__ import annotations

from datetime import date

import pytest

from pathfinder.domain import Credential, Goal, LearnerProfile, Occupation, Skill, SkillRef
from pathfinder.domain.taxonomy import Taxonomy
from pathfinder.planner import plan_pathway
from pathfinder.planner.gaps import analyse_gap
from pathfinder.planner.named_basics import contains_label

TODAY = date(2026, 1, 5)
JS = Skill(uri="s:js", label="JavaScript")
JSF = Skill(uri="s:jsf", label="JavaScript Framework")
TS = Skill(uri="s:ts", label="TypeScript")
DB = Skill(uri="s:db", label="NoSQL")
TAX = Taxonomy.from_items(
    [JS, JSF, TS, DB],
    [Occupation(uri="wd", label="web developer", essential=(JS.uri, JSF.uri, TS.uri, DB.uri))],
)


def _course(cid, skills, eqf=4, hours=10.0) -> Credential:
    return Credential(
        id=cid, title=cid, provider="P", languages=("en",), cost=0.0, hours=hours, eqf_level=eqf,
        skills=tuple(SkillRef(uri=s.uri, label=s.label) for s in skills),
    )  # fmt: skip


def _plan(catalogue, limit=300):
    profile = LearnerProfile(
        id="l",
        goal=Goal(occupation_uri="wd"),
        languages=("en",),
        constraints={"hours_per_week": 6, "weeks": 40},
    )
    gap = analyse_gap(profile, TAX, catalogue, today=TODAY)
    return plan_pathway(profile, gap, catalogue, "balanced", today=TODAY, exact_limit=limit)


@pytest.mark.parametrize("limit", [300, 0])  # exact, then the heuristic
def test_the_framework_follows_the_course_of_its_language(limit):
    # the framework course closes more essential skills, so at one level it was ranked first
    catalogue = [_course("angular", [JSF, TS]), _course("node", [JS, DB])]
    pw = _plan(catalogue, limit)
    assert set(pw.ids) == {"angular", "node"}
    assert pw.ids == ("node", "angular")


def test_a_course_teaching_both_needs_no_other_first():
    catalogue = [_course("full", [JSF, JS, TS]), _course("db", [DB])]
    assert set(_plan(catalogue).ids) == {"full", "db"}
    assert _plan(catalogue).ids[0] == "full"  # more essential weight first, as before


def test_contains_label_whole_words_only():
    assert contains_label("JavaScript Framework", "JavaScript")
    assert contains_label("design database in the cloud", "database")
    assert contains_label("utilise machine learning", "Machine-Learning")
    assert not contains_label("JavaScript", "JavaScript")  # the same skill builds on nothing
    assert not contains_label("MySQL", "SQL")
    assert not contains_label("use databases", "database")
    assert not contains_label("Java (computer programming)", "JavaScript")
