"""An entry course teaches its basics itself (issue 14, session 19; fresh18-16, real19-15: a 137.5-hour
Python course was every would-be web developer's first step, before "Foundations of Front-End Web
Development", because web programming is a kind of computer programming in ESCO's hierarchy and the
session-15 basics rule put every narrower skill's course after the broader one's). A course whose title says
it starts from the beginning follows no step for its basics; one without an entry word still does."""

from __future__ import annotations

from datetime import date

import pytest

from pathfinder.domain import Credential, Goal, LearnerProfile, Occupation, Skill, SkillRef
from pathfinder.domain.taxonomy import Taxonomy
from pathfinder.planner import plan_pathway
from pathfinder.planner.entry_steps import other_subjects, starts_from_scratch
from pathfinder.planner.gaps import analyse_gap

TODAY = date(2026, 1, 5)
PROG = Skill(uri="s:prog", label="computer programming", skill_type="knowledge")
WEB = Skill(uri="s:web", label="web programming", skill_type="knowledge")
FRONT = Skill(uri="s:front", label="implement front-end website design")
TAX = Taxonomy.from_items(
    [PROG, WEB, FRONT],
    [Occupation(uri="occ", label="web developer", essential=(PROG.uri, WEB.uri, FRONT.uri))],
    broader=[(WEB.uri, PROG.uri)],
)


def _course(title: str, skills: tuple[Skill, ...], hours: float = 20) -> Credential:
    return Credential(
        id=title, title=title, provider="P", languages=("en",), cost=0, hours=hours, eqf_level=4,
        skills=tuple(SkillRef(uri=s.uri, label=s.label) for s in skills),
    )  # fmt: skip


PYTHON = _course("Programming Fundamentals in Python", (PROG,), hours=137.5)


def _ids(catalogue, limit):
    p = LearnerProfile(id="l", goal=Goal(occupation_uri="occ"), languages=("en",))
    gap = analyse_gap(p, TAX, catalogue, today=TODAY)
    return plan_pathway(p, gap, catalogue, today=TODAY, exact_limit=limit).ids


@pytest.mark.parametrize("limit", [300, 0])  # exact, then the heuristic
def test_an_entry_course_of_the_goals_core_goes_first(limit):
    front = _course("Foundations of Front-End Web Development", (WEB, FRONT))
    assert _ids([PYTHON, front], limit) == (front.id, PYTHON.id)


@pytest.mark.parametrize(
    "title",
    ["Web Development for Beginners", "Introducción al desarrollo web", "Front-End Web Development 101"],
)
def test_other_entry_titles_start_from_scratch_too(title):
    assert _ids([PYTHON, _course(title, (WEB, FRONT))], 300)[0] == title


@pytest.mark.parametrize("limit", [300, 0])
def test_a_course_without_an_entry_word_still_follows_its_basics(limit):
    practical = _course("Practical Front-End Web Development", (WEB, FRONT))
    assert _ids([PYTHON, practical], limit) == (PYTHON.id, practical.id)


def test_starts_from_scratch_reads_the_title():
    assert starts_from_scratch(PYTHON)
    assert starts_from_scratch(_course("Grundlagen der Webentwicklung", (WEB,)))
    assert not starts_from_scratch(_course("Understanding TypeScript", (WEB,)))
    assert not starts_from_scratch(_course("Modern Web Development with Laravel", (WEB,)))


def test_an_entry_course_still_follows_a_basics_course_of_its_own_subject():
    # as AI Foundations, teaching machine learning, before "PyTorch Basics for Machine Learning" (real19-12)
    foundations = _course("AI Foundations", (PROG, WEB), hours=45)
    basics = _course("Web Programming Basics", (WEB, FRONT))
    assert _ids([basics, foundations], 300) == (foundations.id, basics.id)
    assert other_subjects(basics, {WEB.uri}, {0: {PROG.uri, WEB.uri}, 1: {PROG.uri}}) == {1}
    assert (
        other_subjects(PYTHON.model_copy(update={"title": "Python in practice"}), {WEB.uri}, {1: set()})
        == set()
    )
