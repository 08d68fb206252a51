"""An empty plan names the course of the goal's essential skills that has no session left (issue 14, session
16, `empty.unscheduled_courses`): a physicist aiming at computer scientist (fresh15-13) was told only that
"every course that teaches this goal's essential skills is ruled out"; the one course of the goal's research
skills, in Italian, which she reads, ran last in 2027. The goal's core skills are named by
`core.core_without_session` in any plan; this names the others, for plans with no step only, in English or a
language the learner lists, and never a course with a session still to come."""

from __future__ import annotations

from datetime import date

from pathfinder.assistant import i18n, planner_text
from pathfinder.domain import Constraints, Credential, Goal, LearnerProfile, Occupation, Skill, SkillRef
from pathfinder.domain.credentials import DatedSession
from pathfinder.domain.taxonomy import Taxonomy
from pathfinder.planner import plan_pathway
from pathfinder.planner.gaps import analyse_gap

TODAY = date(2030, 2, 4)
R1, R2, X = (SkillRef(uri=f"s:{x}", label=f"research skill {x}") for x in "12x")
OFF = [SkillRef(uri=f"o:{x}", label=f"help desk skill {x}") for x in "abc"]
TAX = Taxonomy.from_items(
    [Skill(uri=s.uri, label=s.label) for s in (R1, R2, X, *OFF)],
    [Occupation(uri="occ", label="computer scientist", essential=(R1.uri, R2.uri))],
)


def _research(languages=("it", "en"), start=date(2027, 10, 11), skills=(R1, R2)) -> Credential:
    return Credential(
        id="ricerca", title="Metodologia della ricerca", provider="PA", languages=languages, cost=400,
        hours=40, skills=skills, delivery="dated",
        sessions=(DatedSession(start=start, end=date(start.year, start.month, start.day + 4)),),
    )  # fmt: skip


def _plan(catalogue, languages=("it", "en")):
    profile = LearnerProfile(
        id="l", goal=Goal(occupation_uri="occ"), languages=languages, constraints=Constraints(budget=1500)
    )
    gap = analyse_gap(profile, TAX, catalogue, today=TODAY)
    return plan_pathway(profile, gap, catalogue, today=TODAY)


def _said(pw):
    return [n for n in pw.notes if "teaches essential skills of computer scientist" in n]


def test_an_empty_plan_names_the_goal_course_whose_sessions_are_over():
    pw = _plan([_research()])
    assert not pw.steps
    (said,) = _said(pw)
    assert said.startswith("Metodologia della ricerca (PA) teaches essential skills of computer scientist (")
    assert "research skill 1" in said and "research skill 2" in said
    assert "the last one listed ended on 15 October 2027" in said
    assert planner_text.unknown([said]) == []
    for lang in ("de", "es", "fr", "fi", "vi", "hi", "bn"):
        with i18n.replying_in(lang):
            assert planner_text.say(said) != said


def test_it_is_not_named_in_a_third_language_off_the_goal_with_a_session_ahead_or_beside_a_step():
    assert not _said(_plan([_research(languages=("it",))], languages=("fr", "en")))  # a third language
    assert not _said(_plan([_research(skills=(R1, *OFF))]))  # mostly about another subject
    ahead = _plan([_research(start=date(2030, 3, 4))])  # a session to come: planned, nothing said
    assert ahead.ids == ("ricerca",) and not _said(ahead)
    other = Credential(id="x", title="X", provider="P", languages=("en",), cost=0, hours=10, skills=(R1,))
    assert not _said(_plan([_research(), other]))  # the plan has a step
