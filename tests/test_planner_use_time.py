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


def test_a_thin_plan_says_so_when_nothing_more_teaches_the_goal():
    # session 21 (fresh20-20): one short course of a tester's 200 hours, the rest of the goal taught by
    # nothing the learner may take; the plan says so with its figures, not 90% of the year unexplained
    only = [_course("intro-cloud-2", [CLOUD], 4, 12), _course("painting", [ART], 5, 20)]
    pw = _plan(_profile(hours_per_week=6, weeks=40), catalogue=only)
    assert pw.ids == ("intro-cloud-2",)
    said = (
        "This plan uses 12 of your 240 hours: nothing more you may take within your limits teaches the other "
        "1 essential skill(s) of cloud engineer; what stands in the way is said for each."
    )
    assert said in pw.notes
    # not when the plan uses enough of the time, nor for cheapest, nor without hours a week, nor when the
    # goal's essential skills are all covered
    assert not any(
        "This plan uses" in n for n in _plan(_profile(hours_per_week=1, weeks=20), catalogue=only).notes
    )
    assert not any(
        "This plan uses" in n
        for n in _plan(_profile(hours_per_week=6, weeks=40), "cheapest", catalogue=only).notes
    )
    assert not any("This plan uses" in n for n in _plan(_profile(weeks=40), catalogue=only).notes)
    # hours a week without weeks or a deadline: the default horizon is no time the learner gave (its long-plan
    # note says what more time buys)
    assert not any("This plan uses" in n for n in _plan(_profile(hours_per_week=6), catalogue=only).notes)
    full = [_course("intro-cloud", [CLOUD, SEC], 4, 10)]
    assert not any(
        "This plan uses" in n for n in _plan(_profile(hours_per_week=6, weeks=40), catalogue=full).notes
    )


@pytest.mark.parametrize("lang", ["de", "es", "fr", "fi", "vi", "hi", "bn"])
def test_the_thin_plan_sentence_is_said_in_every_reply_language(lang):
    from pathfinder.assistant import i18n, planner_text

    only = [_course("intro-cloud-2", [CLOUD], 4, 12)]
    note = next(
        n for n in _plan(_profile(hours_per_week=6, weeks=40), catalogue=only).notes if "This plan uses" in n
    )
    assert not planner_text.unknown([note])
    with i18n.replying_in(lang):
        said = planner_text.say(note)
    assert said != note and "240" in said and "12" in said and "cloud engineer" in said


def test_the_thin_plan_sentence_writes_hours_as_the_plan_does():
    from pathfinder.planner.use_time import _hours

    assert (_hours(82.5), _hours(240.0), _hours(1200.0)) == ("82.5", "240", "1,200")
