"""The learner's time used (issue 14, session 17): a balanced plan using under half the hours the learner
gave goes further in the goal's essential skills it covers (fresh16-17: three short edX introductions, 42 h
of 240, for a future cloud engineer). Only a course above the level of the step covering the skill, on the
goal (as the selection counts it), within the hours and money left; nothing for cheapest, nor when no hours a
week were given. Session 18: fastest too ("fastest" is the quickest route to the goal's core, not the least
study)."""

from __future__ import annotations

from datetime import date

import pytest

from pathfinder.domain import Credential, Goal, LearnerProfile, Occupation, Skill, SkillRef
from pathfinder.domain.taxonomy import Taxonomy
from pathfinder.planner import plan_pathway
from pathfinder.planner.gaps import analyse_gap
from pathfinder.planner.use_time import USED_SHARE

TODAY = date(2026, 1, 5)
CLOUD = Skill(uri="s:cloud", label="cloud technologies")
SEC = Skill(uri="s:sec", label="cloud security and compliance")
ART = Skill(uri="s:art", label="digital painting")
TAX = Taxonomy.from_items(
    [CLOUD, SEC, ART],
    [
        Occupation(uri="ce", label="cloud engineer", essential=(CLOUD.uri, SEC.uri)),
        Occupation(uri="artist", label="artist", essential=(ART.uri,)),
    ],
)


def _course(cid, skills, eqf, hours, cost=0.0, prerequisites=()) -> Credential:
    return Credential(
        id=cid, title=cid, provider="P", languages=("en",), cost=cost, hours=hours, eqf_level=eqf,
        skills=tuple(SkillRef(uri=s.uri, label=s.label) for s in skills), prerequisites=prerequisites,
    )  # fmt: skip


CATALOGUE = [
    _course("intro-cloud", [CLOUD, SEC], 4, 10),
    _course("intro-cloud-2", [CLOUD], 4, 12),  # a second introduction: goes no further
    _course("cloud-ops", [CLOUD], 5, 60, cost=100),
    _course("painting", [ART], 5, 20),  # off goal
]


def _profile(**constraints) -> LearnerProfile:
    return LearnerProfile(
        id="l", goal=Goal(occupation_uri="ce"), languages=("en",), constraints=constraints
    )  # fmt: skip


def _plan(profile, strategy="balanced", limit=300, catalogue=CATALOGUE):
    gap = analyse_gap(profile, TAX, catalogue, today=TODAY)
    return plan_pathway(profile, gap, catalogue, strategy, today=TODAY, exact_limit=limit)


@pytest.mark.parametrize("limit", [300, 0])  # exact, then the heuristic
def test_a_plan_using_little_of_the_time_goes_further_in_the_goal(limit):
    pw = _plan(_profile(hours_per_week=6, weeks=40), limit=limit)
    assert pw.ids == ("intro-cloud", "cloud-ops")
    assert pw.totals.hours <= 240


def test_not_past_the_limits_nor_for_cheapest_nor_without_hours():
    assert _plan(_profile(hours_per_week=6, weeks=40, budget=50)).ids == ("intro-cloud",)  # EUR 100 > 50
    assert _plan(_profile(hours_per_week=1, weeks=40)).ids == ("intro-cloud",)  # 60 h more do not fit in 40
    assert _plan(_profile(hours_per_week=6, weeks=40), "cheapest").ids == ("intro-cloud",)
    assert _plan(_profile(weeks=40)).ids == ("intro-cloud",)  # no hours a week given


def test_a_plan_using_enough_of_the_time_is_left_as_it_is():
    with_lab = [*CATALOGUE, _course("cloud-lab", [CLOUD], 5, 5)]
    # 10 h of 54 (6 h/week x 9 weeks): the 5-hour lab goes further and fits
    assert _plan(_profile(hours_per_week=6, weeks=9), catalogue=with_lab).ids == ("intro-cloud", "cloud-lab")
    # 10 h of 18 (2 h/week x 9 weeks) is USED_SHARE or more: nothing added, though the lab would fit
    assert USED_SHARE <= 10 / 18
    assert _plan(_profile(hours_per_week=2, weeks=9), catalogue=with_lab).ids == ("intro-cloud",)


@pytest.mark.parametrize("limit", [300, 0])  # exact, then the heuristic
def test_fastest_uses_the_time_for_the_goals_core_too(limit):
    # session 18: 10 h of 240 was a "fastest" plan; the next course of the goal's core fits the time given
    pw = _plan(_profile(hours_per_week=6, weeks=40), "fastest", limit=limit)
    assert pw.ids == ("intro-cloud", "cloud-ops")
    assert pw.totals.hours <= 240
    # still within the limits, and only what goes further in the goal (not the second introduction)
    assert _plan(_profile(hours_per_week=6, weeks=40, budget=50), "fastest").ids == ("intro-cloud",)
    assert _plan(_profile(hours_per_week=1, weeks=40), "fastest").ids == ("intro-cloud",)
