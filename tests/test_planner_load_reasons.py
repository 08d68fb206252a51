"""A skill whose teachers' dated sessions all need more hours a week than the learner's says so once, with
the fewest hours that would admit one (issue 14, session 17): "its session needs about 16 h/week, more than
your 5; its session needs about 18 h/week, more than your 5" read as the reason repeating itself (the lead's
browser trial, session 16: an IT-support plan's help desk course)."""

from __future__ import annotations

from datetime import date

from pathfinder.domain import (
    Constraints,
    Credential,
    DatedSession,
    Goal,
    LearnerProfile,
    Occupation,
    Skill,
    SkillRef,
)
from pathfinder.domain.taxonomy import Taxonomy
from pathfinder.planner import plan_pathway
from pathfinder.planner.gaps import analyse_gap
from pathfinder.planner.load import fewest_hours, reason

TODAY = date(2026, 1, 5)


def test_the_fewest_hours_are_said_once_and_other_reasons_kept_in_order():
    found = fewest_hours([reason(18, 5), "not in your languages", reason(16, 5), reason(20, 5)])
    assert found == [reason(16, 5), "not in your languages"]
    assert fewest_hours(["not in your languages"]) == ["not in your languages"]


def test_an_uncovered_skill_taught_only_in_long_weekly_sessions_says_it_once():
    a, b = SkillRef(uri="s:a", label="solve ICT system problems"), SkillRef(uri="s:b", label="other")
    tax = Taxonomy.from_items(
        [Skill(uri=s.uri, label=s.label) for s in (a, b)],
        [Occupation(uri="occ", label="help desk", essential=(a.uri, b.uri))],
    )
    session = (DatedSession(start=date(2026, 2, 2), end=date(2026, 2, 27)),)  # 4 weeks

    def dated(cid: str, hours: float) -> Credential:
        return Credential(
            id=cid, title=cid, provider="P", languages=("en",), cost=0, hours=hours, skills=(a,),
            delivery="dated", sessions=session,
        )  # fmt: skip

    catalogue = [
        dated("d1", 64),  # 16 h/week
        dated("d2", 72),  # 18 h/week
        Credential(id="s", title="s", provider="P", languages=("en",), cost=0, hours=20, skills=(b,)),
    ]
    profile = LearnerProfile(
        id="l", goal=Goal(occupation_uri="occ"), languages=("en",), constraints=Constraints(hours_per_week=5)
    )
    pw = plan_pathway(profile, analyse_gap(profile, tax, catalogue, today=TODAY), catalogue, today=TODAY)
    why = next(u.reason for u in pw.uncovered if u.uri == a.uri)
    assert (
        why
        == "taught only by credentials you cannot take: its session needs about 16 h/week, more than your 5"
    )
