"""Relaxations carry structured data (issue 14): joint or not, the values a list constraint gains, the
coverage they lead to; the chat's suggestions read those fields, not the message's wording."""

from __future__ import annotations

from datetime import date

from pathfinder.assistant.suggestions import is_joint, narrowed, pick
from pathfinder.domain import (
    Constraints,
    Credential,
    Goal,
    LearnerProfile,
    Occupation,
    Relaxation,
    Skill,
    SkillRef,
)
from pathfinder.domain.taxonomy import Taxonomy
from pathfinder.planner import plan_pathway
from pathfinder.planner.gaps import analyse_gap

TODAY = date(2026, 1, 5)
A = SkillRef(uri="s:a", label="skill a")
TAX = Taxonomy.from_items(
    [Skill(uri=A.uri, label=A.label)], [Occupation(uri="occ", label="goal", essential=(A.uri,))]
)


def _plan(catalogue, **constraints):
    p = LearnerProfile(id="l", goal=Goal(occupation_uri="occ"), constraints=Constraints(**constraints))
    return plan_pathway(p, analyse_gap(p, TAX, catalogue, today=TODAY), catalogue, today=TODAY)


def test_a_joint_proposal_is_marked_joint_and_a_single_one_is_not():
    german = Credential(id="de", title="DE", provider="P", hours=10, cost=500, languages=("de",), skills=(A,))
    # English as the conversation's language, not named by the learner (one who named theirs is offered no
    # third language, session 22: `test_planner_plans22`)
    p = LearnerProfile(id="l", goal=Goal(occupation_uri="occ"), constraints=Constraints(budget=100))
    gap = analyse_gap(p, TAX, [german], today=TODAY)
    joint = plan_pathway(p, gap, [german], today=TODAY, language="en").relaxations
    assert {r.constraint for r in joint} == {"budget", "languages"}
    assert all(r.joint and r.coverage_after == 1.0 for r in joint) and is_joint(joint)
    single = _plan([german], languages=("en",)).relaxations
    assert [(r.constraint, r.values, r.joint) for r in single] == [("languages", ("de",), False)]


def test_suggestions_read_the_fields_not_the_wording():
    r = Relaxation(constraint="languages", current="en", needed="de, fr", message="(any wording)")
    assert r.values == ("de", "fr") and not is_joint((r,))
    assert pick((r,), "yes, allow French", languages=("fr",)) == (r,)
    (cut,) = narrowed((r,), languages=("fr",))
    assert cut.values == ("fr",) and cut.needed == "fr"
    assert is_joint((r.model_copy(update={"joint": True}),))


def _three_skill_world():
    skills = [SkillRef(uri=f"s:{k}", label=f"skill {k}") for k in "abc"]
    tax = Taxonomy.from_items(
        [Skill(uri=s.uri, label=s.label) for s in skills],
        [Occupation(uri="occ", label="goal", essential=tuple(s.uri for s in skills))],
    )
    return skills, tax


def test_a_language_limit_is_relaxed_by_the_one_language_that_unlocks_most_with_ranked_alternatives():
    (a, b, c), tax = _three_skill_world()
    catalogue = [
        Credential(id="en1", title="EN", provider="P", hours=10, cost=0, languages=("en",), skills=(a, b)),
        Credential(id="fr1", title="FR", provider="P", hours=10, cost=0, languages=("fr",), skills=(c,)),
    ]
    # Spanish as a limit the learner set (spoken only, the English plan is offered: test_planner_offered.py)
    p = LearnerProfile(
        id="l", goal=Goal(occupation_uri="occ"), languages=("es",), constraints=Constraints(languages=("es",))
    )
    pw = plan_pathway(p, analyse_gap(p, tax, catalogue, today=TODAY), catalogue, today=TODAY)
    assert not pw.steps
    (lang,) = [r for r in pw.relaxations if r.constraint == "languages"]
    assert lang.values == ("en",) and not lang.joint and round(lang.coverage_after, 3) == 0.667
    # French is a third language (the learner lists Spanish only): never offered beside English (session 15;
    # session 14 ranked "en, fr" and "fr" as alternatives)
    assert lang.alternatives == ()
    # the proposal delivers what it says
    for r in (lang,):
        wider = p.model_copy(update={"constraints": Constraints(languages=("es", *r.values))})
        again = plan_pathway(wider, analyse_gap(wider, tax, catalogue, today=TODAY), catalogue, today=TODAY)
        assert round(again.report.essential_share, 3) == round(r.coverage_after or 0, 3)


def test_english_leads_among_languages_that_unlock_as_much():
    for order in (("de", "en"), ("en", "de")):  # whichever the solver meets first
        catalogue = [
            Credential(id=f"x{i}", title=x, provider="P", hours=10, cost=0, languages=(x,), skills=(A,))
            for i, x in enumerate(order)
        ]
        (lang,) = [r for r in _plan(catalogue, languages=("es",)).relaxations if r.constraint == "languages"]
        assert lang.values == ("en",)


def test_no_more_money_is_proposed_when_a_plan_covering_more_fits_the_budget():
    """Session 7: a fastest plan (EUR 1,000 budget) was told "EUR 1 more (a budget of EUR 0) covers 1 more
    essential skill(s)": the cheaper plan covering more fitted the budget, so money was not what bound."""
    from pathfinder.domain import Pathway, Totals, UncoveredSkill
    from pathfinder.planner.relaxation import find_relaxations

    p = LearnerProfile(id="l", goal=Goal(occupation_uri="occ"), constraints=Constraints(budget=1000))
    gap = analyse_gap(p, TAX, [], today=TODAY)
    current = Pathway(uncovered=(UncoveredSkill(uri=A.uri, label=A.label, reason="r"),))

    def plan(relaxed, strategy, cost=0.0):
        return Pathway(totals=Totals(cost=cost))  # covers everything

    assert find_relaxations(p, gap, [], current, plan, TODAY) == ()
    dear = find_relaxations(p, gap, [], current, lambda r, s: plan(r, s, cost=1500.0), TODAY)
    assert [(r.constraint, r.needed) for r in dear] == [("budget", 1500.0)]
