"""A budget proposal is a first step when the whole is far (issue 14, session 16; lead trial 11 #18: "a budget
of BDT 333,783" for a garment supervisor with BDT 20,000, core16-17): the smallest budget of 2, 4 or 8 times
the learner's that covers more is proposed, in their currency, saying what it buys, and what the whole would
take beside it; a near whole is proposed as before."""

from __future__ import annotations

from datetime import date

from pathfinder.domain import Constraints, Credential, Goal, LearnerProfile, Occupation, Skill, SkillRef
from pathfinder.domain.taxonomy import Taxonomy
from pathfinder.planner import plan_pathway
from pathfinder.planner.gaps import analyse_gap

TODAY = date(2026, 1, 5)
S = [SkillRef(uri=f"s:{i}", label=f"skill {i}") for i in range(1, 5)]
TAXONOMY = Taxonomy.from_items(
    [Skill(uri=s.uri, label=s.label) for s in S],
    [Occupation(uri="occ", label="goal", essential=tuple(s.uri for s in S))],
)


def _cred(cid, skills, cost):
    return Credential(
        id=cid, title=cid.upper(), provider="P", languages=("en",), cost=cost, skills=skills, hours=40.0
    )


CATALOGUE = [_cred("a", (S[0],), 150), _cred("b", (S[1], S[2]), 900), _cred("c", (S[3],), 1000)]


def _budget_proposal(budget: float):
    profile = LearnerProfile(id="l", goal=Goal(occupation_uri="occ"), constraints=Constraints(budget=budget))
    gap = analyse_gap(profile, TAXONOMY, CATALOGUE, today=TODAY)
    pw = plan_pathway(profile, gap, CATALOGUE, today=TODAY)
    return next(r for r in pw.relaxations if r.constraint == "budget")


def test_a_far_whole_is_proposed_as_its_first_step_with_the_whole_said_beside_it():
    r = _budget_proposal(100)  # the whole takes EUR 2,050, twenty times the budget
    assert r.needed == 150.0
    assert r.message == (
        "EUR 50 more (a budget of EUR 150) covers 1 more essential skill; covering every essential skill "
        "would take a budget of EUR 2,050."
    )


def test_a_near_whole_is_proposed_as_it_is():
    r = _budget_proposal(1200)  # a covers 1 within it; the whole (EUR 2,050) is less than twice the budget
    assert r.needed == 2050.0
    assert r.message == "EUR 850 more (a budget of EUR 2,050) covers every essential skill."
