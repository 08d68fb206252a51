"""The goal's core first (issue 14, session 9): a plan covering none of the goal's O*NET central skills takes
a course of one when it fits the learner's limits (a data scientist was planned data engineering,
visualisation, modelling and FAIR data instead of Applied Machine Learning, which fitted); when none fits,
the plan says so; a product among many alternatives (TypeScript, MySQL) is no core."""

from __future__ import annotations

from datetime import date

import pytest

from pathfinder.domain import Constraints, Credential, Goal, LearnerProfile, Occupation, Skill, SkillRef
from pathfinder.domain.taxonomy import Taxonomy
from pathfinder.planner import plan_pathway
from pathfinder.planner.gaps import analyse_gap, is_tool

TODAY = date(2026, 1, 5)
S1, S2, S3, S4, M, TOOL, FAMILY = (SkillRef(uri=f"s:{x}", label=f"skill {x}") for x in "1234mtf")
SIBLINGS = [Skill(uri=f"s:sib{i}", label=f"sibling {i}", skill_type="knowledge") for i in range(3)]


def _taxonomy(central: tuple[str, ...]) -> Taxonomy:
    skills = [Skill(uri=s.uri, label=s.label) for s in (S1, S2, S3, S4, M, FAMILY)]
    skills.append(Skill(uri=TOOL.uri, label=TOOL.label, skill_type="knowledge"))
    return Taxonomy.from_items(
        [*skills, *SIBLINGS],
        [Occupation(uri="occ", label="goal", essential=(S1.uri, S2.uri, S3.uri, S4.uri), central=central)],
        # the tool is one of four knowledge concepts under one broader skill: a product among alternatives
        broader=[(TOOL.uri, FAMILY.uri), *((s.uri, FAMILY.uri) for s in SIBLINGS)],
    )


def _cred(cid, skills=(), hours=80.0, **kw):
    return Credential(
        id=cid, title=cid.upper(), provider="P", languages=("en",), cost=0, skills=skills, hours=hours, **kw
    )


CATALOGUE = [
    _cred("w1", (S1, S2)),
    _cred("w2", (S3, S4)),
    _cred("pre", ()),
    _cred("core", (M,), hours=70, prerequisites=("pre",)),
    _cred("tool", (TOOL,), hours=70, prerequisites=("pre",)),
]


def _plan(weeks, central=(M.uri,), exact_limit=300):
    profile = LearnerProfile(
        id="l", goal=Goal(occupation_uri="occ"), constraints=Constraints(hours_per_week=10, weeks=weeks)
    )
    tax = _taxonomy(central)
    gap = analyse_gap(profile, tax, CATALOGUE, today=TODAY)
    return plan_pathway(profile, gap, CATALOGUE, today=TODAY, exact_limit=exact_limit)


@pytest.mark.parametrize("limit", [300, 0])  # exact, then the heuristic
def test_a_core_course_that_fits_is_planned_with_the_reason(limit):
    pw = _plan(weeks=24, exact_limit=limit)  # 240 h: w1 + w2 (160 h) or a core chain (150 h) and one more
    assert set(pw.ids) == {"pre", "core", "w1"} or set(pw.ids) == {"pre", "core", "w2"}
    step = next(s for s in pw.steps if s.id == "core")
    assert any("the core of goal (skill m)" in r for r in step.reasons)
    assert not any("pinned" in r for s in pw.steps for r in s.reasons)
    assert pw.totals.hours <= 240


def test_without_a_core_the_plan_is_the_widest():
    assert set(_plan(weeks=24, central=()).ids) == {"w1", "w2"}


def test_a_core_course_that_does_not_fit_is_said_not_planned():
    # 110 h: the core chain needs 150 h, 15 weeks for 11 (a little over is offered: test_planner_core_offered)
    pw = _plan(weeks=11)
    assert "core" not in pw.ids and pw.totals.hours <= 110
    assert any("work centres on (skill m)" in n and "CORE" in n for n in pw.notes)


def test_a_product_among_alternatives_is_no_core():
    tax = _taxonomy((TOOL.uri,))
    assert is_tool(tax, TOOL.uri) and not is_tool(tax, M.uri)
    assert set(_plan(weeks=24, central=(TOOL.uri,)).ids) == {"w1", "w2"}


def test_a_plan_covering_a_core_skill_is_left_alone():
    # with room for everything the plan covers the core already; nothing is re-solved or said
    pw = _plan(weeks=40)
    assert set(pw.ids) == {"w1", "w2", "pre", "core"}
    assert not any("centres on" in n for n in pw.notes)


def test_the_core_sentences_are_said_in_the_reply_language():
    from pathfinder.assistant import i18n, planner_text

    fits, tight = _plan(weeks=24), _plan(weeks=11)
    reason = next(r for s in fits.steps if s.id == "core" for r in s.reasons if "core" in r)
    notes = [n for n in tight.notes if "centres on" in n or n.startswith("With it")]
    assert len(notes) == 2 and "150 h over 15 weeks" in notes[1] and notes[1].endswith("PRE; CORE.")
    assert planner_text.unknown([reason, *notes]) == []
    with i18n.replying_in("de"):
        said = [planner_text.say(x) for x in (reason, *notes)]
    assert said[0].startswith("der Kern von goal (skill m)")
    assert said[1].startswith("Kein Kurs") and said[2].startswith("Damit hätte der Plan")
