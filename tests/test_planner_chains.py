"""A long prerequisite chain bought for a few non-central goal skills is left out, with the reason shown
(issue 14, session 8: a bookkeeper -> data analyst was planned the whole ML track for natural language
processing); a chain closing a skill of the goal's own class, pinned, or asked for by the learner stays."""

from __future__ import annotations

from datetime import date

import pytest

from pathfinder.domain import Credential, Goal, LearnerProfile, Occupation, Preferences, Skill, SkillRef
from pathfinder.domain.taxonomy import Taxonomy
from pathfinder.planner import plan_pathway
from pathfinder.planner.gaps import analyse_gap

TODAY = date(2026, 1, 5)
A, B, C, D, E = (SkillRef(uri=f"s:{x}", label=f"skill {x}") for x in "abcde")
# A, B and E are the goal's own (no other occupation lists them: weight 1.25); C and D are shared with two
# other occupations (weight 1.0)
TAX = Taxonomy.from_items(
    [Skill(uri=s.uri, label=s.label) for s in (A, B, C, D, E)],
    [
        Occupation(uri="occ", label="goal", essential=(A.uri, B.uri, C.uri, D.uri, E.uri)),
        Occupation(uri="o2", label="other", essential=(C.uri, D.uri)),
        Occupation(uri="o3", label="third", essential=(C.uri, D.uri)),
    ],
)


def _cred(cid, skills=(), hours=100.0, **kw):
    kw.setdefault("cost", 0)
    return Credential(
        id=cid, title=cid.upper(), provider="P", languages=("en",), skills=skills, hours=hours, **kw
    )


def _catalogue(head_skills=(C, D)):
    return [
        _cred("ab", (A, B), hours=20),
        _cred("p1", ()),
        _cred("p2", (), prerequisites=("p1",)),
        _cred("head", head_skills, prerequisites=("p2",)),
    ]


def _plan(catalogue, exact_limit=300, **kw):
    profile = LearnerProfile(id="l", goal=Goal(occupation_uri="occ", **kw.pop("goal", {})), **kw)
    gap = analyse_gap(profile, TAX, catalogue, today=TODAY)
    return plan_pathway(profile, gap, catalogue, today=TODAY, exact_limit=exact_limit)


@pytest.mark.parametrize("limit", [300, 0])  # exact, then the heuristic
def test_a_long_chain_for_shared_skills_is_left_out_with_the_reason(limit):
    pw = _plan(_catalogue(), exact_limit=limit)
    assert pw.ids == ("ab",)
    note = next(n for n in pw.notes if n.startswith("HEAD"))
    assert "skill c, skill d" in note and "300 h for 2 goal skills" in note and "Pin it" in note
    reasons = {u.uri: u.reason for u in pw.uncovered}
    assert "prerequisite chain is long" in reasons[C.uri]
    assert "session does not fit your schedule" not in reasons[C.uri]


def test_a_chain_closing_a_skill_of_the_goals_own_class_stays():
    assert set(_plan(_catalogue((C, E))).ids) == {"ab", "p1", "p2", "head"}


def test_a_pinned_or_asked_for_chain_stays():
    pinned = _plan(_catalogue(), preferences=Preferences(pinned=("head",)))
    assert set(pinned.ids) == {"ab", "p1", "p2", "head"}
    asked = _plan(_catalogue(), goal={"skills": (C.uri,)})
    assert set(asked.ids) == {"ab", "p1", "p2", "head"}


def test_a_step_with_one_prerequisite_or_none_is_no_long_chain():
    one = _catalogue()[:1] + [_cred("p2", ()), _cred("head", (C, D), prerequisites=("p2",))]
    assert set(_plan(one).ids) == {"ab", "p2", "head"}
    single = [_cred("ab", (A, B), hours=20), _cred("cd", (C, D), hours=300)]
    assert set(_plan(single).ids) == {"ab", "cd"}


def test_a_chain_cheap_per_skill_stays():
    cheap = [_cred("ab", (A, B), hours=100), _cred("p1", (), 5), _cred("p2", (), 5, prerequisites=("p1",))]
    cheap.append(_cred("head", (C, D), 10, prerequisites=("p2",)))
    assert set(_plan(cheap).ids) == {"ab", "p1", "p2", "head"}


def test_the_note_and_the_reason_are_said_in_the_reply_language():
    from pathfinder.assistant import i18n, planner_text

    pw = _plan(_catalogue())
    note = next(n for n in pw.notes if n.startswith("HEAD"))
    reason = next(u.reason for u in pw.uncovered if u.uri == C.uri)
    assert planner_text.unknown([note, reason]) == []
    with i18n.replying_in("de"):
        said = planner_text.say(note)
    assert said.startswith("HEAD (skill c, skill d) fehlt") and "300 Std." in said


def test_a_chain_that_is_the_whole_plan_is_measured_against_a_typical_course():
    # session 9: a web developer over budget for the web courses was planned only the ML track (430 h for two
    # shared skills); the goal's own skills cost more than the budget here: the chain is all that is left
    costly = [
        _cred("ab", (A, B), hours=20, cost=900),
        *_catalogue()[1:],
        _cred("cd", (C, D), hours=30, cost=900),
    ]
    pw = _plan(costly, constraints={"budget": 100})
    assert pw.ids == ()
    note = next(n for n in pw.notes if n.startswith("HEAD"))
    assert "for a typical course on this goal" in note and "300 h for 2 goal skills" in note
    from pathfinder.assistant import planner_text

    assert planner_text.unknown([note]) == []


def test_a_whole_plan_chain_no_dearer_per_skill_than_a_typical_course_stays():
    usual = [
        _cred("ab", (A, B), hours=200, cost=900),
        *_catalogue()[1:],
        _cred("cd", (C, D), hours=250, cost=900),
    ]
    assert set(_plan(usual, constraints={"budget": 100}).ids) == {"p1", "p2", "head"}
