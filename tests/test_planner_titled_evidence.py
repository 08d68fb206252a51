"""A title naming an inferred skill as its subject is evidence (issue 14, session 15): real provider files
(edX, Udemy) state no skills, so their tags are inferred from text, and one inferred tag alone is no teacher
of the goal (`lookup.single_inferred`). "Introduction to Cloud Computing" (9 h, USD 49) was therefore left
out of a Vietnamese-only learner's English cloud proposal, which proposed one SGD 1,700 course over the
budget instead (fresh14-20), and a network technician's cloud plan was empty (fresh13-04). The title is the
second piece of evidence when it is about the skill; a title using the skill's name as a modifier ("Public
Sector Debt Statistics", "Finding Your Cybersecurity Career Path") is not, nor one naming a tool among
alternatives ("Ruby on Rails a Beginners Guide" for an ethical hacker), and a clip stays a clip."""

from __future__ import annotations

from datetime import date

import pytest

from pathfinder.domain import Constraints, Credential, Goal, LearnerProfile, Occupation, Skill, SkillRef
from pathfinder.domain.taxonomy import Taxonomy
from pathfinder.planner import CatalogueLookup, plan_pathway
from pathfinder.planner.gaps import analyse_gap
from pathfinder.planner.review import review_plan

TODAY = date(2026, 1, 5)
CLOUD = Skill(uri="s:cloud", label="cloud technologies", alt_labels=("cloud computing",))
CYBER = Skill(uri="s:cyber", label="cyber security")
STATS = Skill(uri="s:stats", label="statistics")
PROG = Skill(uri="s:prog", label="computer programming", skill_type="knowledge")
LANGS = [Skill(uri=f"s:{x}", label=x, skill_type="knowledge") for x in ("Ruby", "Java", "Perl", "PHP")]
RUBY = LANGS[0]
TAX = Taxonomy.from_items(
    [CLOUD, CYBER, STATS, PROG, *LANGS],
    [Occupation(uri="occ", label="cloud engineer", essential=(CLOUD.uri, CYBER.uri, STATS.uri, RUBY.uri))],
    broader=[(x.uri, PROG.uri) for x in LANGS],  # Ruby: a tool among alternatives (`gaps.is_tool`)
)


def _ref(skill: Skill) -> SkillRef:
    return SkillRef(uri=skill.uri, label=skill.label, inferred=True, confidence=0.99)


def _course(cid: str, title: str, skill: Skill, hours: float = 9) -> Credential:
    return Credential(
        id=cid, title=title, provider="edX", languages=("en",), cost=49, currency="USD", hours=hours,
        skills=(_ref(skill),),
    )  # fmt: skip


def _plan(catalogue, limit: int = 300):
    p = LearnerProfile(
        id="l", goal=Goal(occupation_uri="occ"), languages=("en",), constraints=Constraints(budget=500)
    )
    gap = analyse_gap(p, TAX, catalogue, today=TODAY)
    return p, gap, plan_pathway(p, gap, CatalogueLookup(catalogue), today=TODAY, exact_limit=limit)


@pytest.mark.parametrize("limit", [300, 0])  # exact, then the heuristic
def test_a_title_about_the_skill_makes_its_one_inferred_tag_a_teacher(limit):
    catalogue = [
        _course("cloud", "Introduction to Cloud Computing", CLOUD),  # by the alternative label
        _course("cyber", "Introduction to Cybersecurity", CYBER),  # "cyber security" written as one word
        # a title using the skill's name as a modifier, or not naming it, is no evidence
        _course("career", "Finding Your Cybersecurity Career Path", CYBER),
        _course("debt", "Public Sector Debt Statistics", STATS),
        _course("body", "Running a Small Team", STATS),  # the tag came from the description alone
        # a tool's name in a title says which product a course uses, not that it teaches the goal
        _course("rails", "Ruby on Rails a Beginners Guide", RUBY),
    ]
    p, gap, pw = _plan(catalogue, limit)
    assert set(pw.ids) == {"cloud", "cyber"}
    assert {STATS.uri, RUBY.uri} <= {u.uri for u in pw.uncovered}
    # the review counts the same evidence: both steps close an essential skill
    review = review_plan(p, gap, pw, {c.id: c for c in catalogue}, today=TODAY)
    assert review.verdict("relevant").passed


def test_a_clip_named_for_the_skill_stays_a_clip():
    catalogue = [
        _course("clip", "Cloud Computing", CLOUD, hours=1.5),
        _course("cloud", "Cloud Computing", CLOUD),
    ]
    _, _, pw = _plan(catalogue)
    assert pw.ids == ("cloud",)
