"""A limit proposed with a preview names what the plan shown needs (issue 14, session 15): a learner with no
money and 3 h/week was told "With one change — a budget of EUR 1,933 — the plan would be" over a plan costing
EUR 483 (found by the lead in a browser trial). The planner's budget suggestion prices the plan for the
whole goal; with no deadline the plan offered is the one within two years, cheaper. The proposal now names the
budget of the plan it shows, and "yes" saves that budget."""

from __future__ import annotations

import math

from pathfinder.domain import Constraints, Credential, Goal, LearnerProfile, SkillRef
from tests.conftest import answers, converse

ESCO = "http://data.europa.eu/esco/skill/"
STATS = SkillRef(uri=ESCO + "7ee4c2ea-b349-4bd2-81a3-ec31475d4833", label="statistics")
SQL = SkillRef(uri=ESCO + "598de5b0-5b58-4ea7-8058-a4bc4d18c742", label="SQL")
MINING = SkillRef(uri=ESCO + "25f0ea33-b4a2-4f31-b7b4-7d20e827b180", label="data mining")
COURSES = [
    Credential(
        id=f"c{n}",
        title=f"{skill.label.title()} in Practice",
        provider="P",
        description=f"A practical course on {skill.label}.",
        languages=("en",),
        hours=100,
        cost=cost,
        currency="EUR",
        participation="online",
        eqf_level=4,
        skills=(skill,),
    )
    for n, (skill, cost) in enumerate(((STATS, 100.0), (SQL, 200.0), (MINING, 300.0)), 1)
]
LEARNER = LearnerProfile(
    id="l",
    goal=Goal(label="data analyst", skills=(STATS.uri, SQL.uri, MINING.uri)),
    languages=("en",),
    constraints=Constraints(hours_per_week=1, budget=0),
)


def test_the_budget_proposed_is_what_the_plan_shown_costs(make_responder) -> None:
    responder = make_responder(COURSES)
    history = converse(responder, "make me a plan", learner=LEARNER)
    (answer,) = answers(history)
    shown = answer.pathway
    assert shown is not None and shown.steps, answer.text
    cost = math.ceil(shown.totals.cost)  # whole units, as the planner's own budget suggestions
    assert f"a budget of EUR {cost:,.0f}" in answer.text, answer.text
    yes = answers(converse(responder, "make me a plan", "yes", learner=LEARNER))[-1]
    (change,) = [c for c in yes.profile_changes if c.kind == "set_constraints"]
    assert change.constraints.budget == cost, "'yes' saves the budget of the plan shown"
