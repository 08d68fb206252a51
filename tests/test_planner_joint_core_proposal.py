"""A proposal sized to the goal's course past both limits (issue 14, session 17; core16-18, core16-20): when
the course an advisor would plan around needs more weeks and more money than the learner gave, neither
change alone admits it; the proposal is now both changes together, one joint proposal that says both ("Take
20 weeks instead of 8 ... for the goal's core." + "Together with the other change: a budget of EUR 900 ..."),
checked to plan the course. It was the joint search's change sized to the whole goal, or nothing."""

from __future__ import annotations

from datetime import date

from pathfinder.domain import Constraints, Credential, Goal, LearnerProfile, Occupation, Skill, SkillRef
from pathfinder.domain.taxonomy import Taxonomy
from pathfinder.planner import plan_pathway
from pathfinder.planner.gaps import analyse_gap
from pathfinder.profiles import apply_relaxation

TODAY = date(2026, 1, 5)
S1, S2, S3, S4, S5 = (SkillRef(uri=f"s:{x}", label=f"skill {x}") for x in "12345")
ALL = (S1, S2, S3, S4, S5)
TAX = Taxonomy.from_items(
    [Skill(uri=s.uri, label=s.label) for s in ALL],
    [Occupation(uri="occ", label="systems designer", essential=tuple(s.uri for s in ALL))],
)


def _cred(cid, title, skills, hours=40.0, cost=0.0):
    return Credential(
        id=cid, title=title, provider="P", languages=("en",), cost=cost, skills=skills, hours=hours
    )


COURSE = _cred("dsg", "Designing Systems", (S1, S2, S3), hours=200, cost=900)
CATALOGUE = [COURSE, _cred("w1", "Side One", (S4,)), _cred("w2", "Side Two", (S5,))]


def _plan(profile):
    return plan_pathway(profile, analyse_gap(profile, TAX, CATALOGUE, today=TODAY), CATALOGUE, today=TODAY)


def test_past_both_limits_the_proposal_changes_both_together_and_plans_the_course():
    profile = LearnerProfile(
        id="l",
        goal=Goal(occupation_uri="occ"),
        languages=("en",),
        constraints=Constraints(hours_per_week=10, weeks=8, budget=600),
    )
    pw = _plan(profile)
    assert set(pw.ids) == {"w1", "w2"}
    first, second = pw.relaxations[:2]
    assert (first.constraint, first.needed, first.joint) == ("weeks", 20.0, True)
    assert (second.constraint, second.needed, second.joint) == ("budget", 900.0, True)
    assert first.message.startswith("Take 20 weeks instead of 8")
    assert (
        second.message
        == "Together with the other change: a budget of EUR 900 instead of EUR 600 for the goal's core."
    )
    accepted = apply_relaxation(apply_relaxation(profile, first), second)
    assert "dsg" in _plan(accepted).ids
    for alone in (first, second):  # neither change alone admits it
        assert "dsg" not in _plan(apply_relaxation(profile, alone)).ids
