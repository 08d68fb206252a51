"""A level floor the learner states ("no beginner stuff", "skip the basics": `constraints.min_eqf`) is kept by
the planner and saved by the chat (issue 14, session 13): a course below it is no step, and as a prerequisite
it is met (the learner says they know the basics), so the course above it stays open."""

from __future__ import annotations

from datetime import date

import pytest

from pathfinder.domain import Constraints, Credential, Goal, LearnerProfile, Occupation, Skill, SkillRef
from pathfinder.domain.dialogue import History, apply_changes
from pathfinder.domain.taxonomy import Taxonomy
from pathfinder.planner import plan_pathway
from pathfinder.planner.gaps import analyse_gap
from pathfinder.profiles.jsonformat import profile_from_json, profile_to_json

TODAY = date(2026, 1, 5)
SKILLS = [SkillRef(uri=f"s:{k}", label=f"skill {k}") for k in "abc"]
TAX = Taxonomy.from_items(
    [Skill(uri=s.uri, label=s.label) for s in SKILLS],
    [Occupation(uri="occ", label="goal", essential=tuple(s.uri for s in SKILLS))],
)
BASICS = Credential(  # EQF 4: the basics of the field
    id="basics", title="Fundamentals", provider="P", hours=40, cost=100, languages=("en",), eqf_level=4,
    skills=(SKILLS[0],),
)  # fmt: skip
NEXT = Credential(  # EQF 5, names the basics as its prerequisite
    id="next", title="Practice", provider="P", hours=40, cost=100, languages=("en",), eqf_level=5,
    skills=(SKILLS[1],), prerequisites=("basics",),
)  # fmt: skip
UNRATED = Credential(  # no EQF level stated: not known to be basic
    id="unrated", title="Workshop", provider="P", hours=40, cost=100, languages=("en",), skills=(SKILLS[2],),
)  # fmt: skip
CATALOGUE = [BASICS, NEXT, UNRATED]


def _plan(floor: int | None, pinned: tuple[str, ...] = ()):
    p = LearnerProfile(
        id="l",
        goal=Goal(occupation_uri="occ"),
        languages=("en",),
        constraints=Constraints(hours_per_week=10, weeks=52, min_eqf=floor),
        preferences={"pinned": pinned},
    )
    return plan_pathway(p, analyse_gap(p, TAX, CATALOGUE, today=TODAY), CATALOGUE, today=TODAY)


def test_without_a_floor_the_basics_come_first():
    assert set(_plan(None).ids) == {"basics", "next", "unrated"}


def test_below_the_floor_is_no_step_and_met_as_a_prerequisite():
    pw = _plan(5)
    assert set(pw.ids) == {"next", "unrated"}  # the course naming the basics stays open; unknown EQF stays
    reasons = " ".join(u.reason for u in pw.uncovered if u.uri == "s:a")
    assert "EQF 4, below the level you asked for (EQF 5 or above)" in reasons


def test_a_pinned_course_below_the_floor_stays():
    assert "basics" in _plan(5, pinned=("basics",)).ids


def test_the_floor_reason_is_said_in_the_reply_language():
    from pathfinder.assistant import i18n, planner_text

    reason = "EQF 4, below the level you asked for (EQF 5 or above)"
    assert planner_text.unknown([reason]) == []
    with i18n.replying_in("de"):
        assert planner_text.say(reason) == "EQR 4, unter dem Niveau, das Sie wünschen (EQR 5 oder höher)"


def test_the_floor_survives_the_profile_json_round_trip():
    p = LearnerProfile(id="l", constraints=Constraints(min_eqf=5))
    assert profile_from_json(profile_to_json(p)).constraints.min_eqf == 5


@pytest.mark.parametrize(
    "message",
    [
        "make me a plan to become a data analyst, no beginner stuff please",
        "plan a path to data analyst for me, skip the basics",
        "erstelle mir einen Lernplan zum Datenanalysten, bitte keine Kurse für Anfänger",
    ],
)
def test_the_chat_saves_a_stated_floor_with_a_visible_line(responder, message):
    # a ceiling stated before ("beginner courses" earlier) is cleared, or no course would be left
    before = LearnerProfile(id="l", constraints=Constraints(max_eqf=4))
    answer = responder.reply(message, History(), before)
    saved = [c for c in answer.profile_changes if c.kind == "set_constraints" and c.constraints]
    assert saved and saved[-1].constraints.min_eqf == 5, answer.text[:400]
    assert "EQF ≥ 5" in answer.text, answer.text[:600]
    after = apply_changes(before, saved)
    assert after.constraints.min_eqf == 5 and after.constraints.max_eqf is None
