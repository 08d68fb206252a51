"""First suggestions a learner can start with, and a field named as a goal read as its practitioner's job
(the lead's trial 7, session 12: a payroll clerk was started on an EQF 7 leaders' course; "data science" was
an area of teaching skills)."""

from __future__ import annotations

import pytest
from conftest import goals_set

from pathfinder.assistant.profile_changes import practitioner_of
from pathfinder.assistant.starting_points import can_start, startable_first
from pathfinder.domain import Credential, HeldCredential, HeldSkill, LearnerProfile
from pathfinder.domain.dialogue import History


def _cred(cid: str, level: int | None, prerequisites: tuple[str, ...] = (), languages=("en",)) -> Credential:
    return Credential(
        id=cid,
        title=cid.upper(),
        provider="P",
        languages=languages,
        hours=50.0,
        cost=0,
        eqf_level=level,
        prerequisites=prerequisites,
    )


BEGINNER = LearnerProfile(id="b")


def test_a_beginner_can_start_up_to_bachelor_level_but_not_at_master_level():
    assert can_start(_cred("intro", 4), BEGINNER)
    assert can_start(_cred("bachelor-like", 6), BEGINNER)
    assert not can_start(_cred("leaders", 7), BEGINNER)
    assert can_start(_cred("unknown", None), BEGINNER)  # an unknown level is no reason to hide it


def test_a_prerequisite_not_held_means_not_yet_and_held_means_go():
    course = _cred("siem", 5, prerequisites=("soc",))
    assert not can_start(course, BEGINNER)
    held = LearnerProfile(id="h", credentials=(HeldCredential(id="soc", title="SOC"),))
    assert can_start(course, held)


def test_an_experienced_learner_may_start_higher():
    expert = LearnerProfile(
        id="e",
        skills=tuple(HeldSkill(uri=f"s{i}", label=f"skill {i}", level="advanced") for i in range(4)),
    )
    assert can_start(_cred("master", 7), expert)
    assert not can_start(_cred("master", 7), BEGINNER)


def test_startable_first_keeps_relevance_within_each_group_and_languages_count():
    found = [_cred("cdo", 7), _cred("de", 5), _cred("fr-intro", 4, languages=("fr",)), _cred("viz", 4)]
    assert [c.id for c in startable_first(found, BEGINNER)] == ["de", "fr-intro", "viz", "cdo"]
    # an English-only learner: the French introduction is no start for them, it waits with the rest
    assert [c.id for c in startable_first(found, BEGINNER, ("en",))] == ["de", "viz", "cdo", "fr-intro"]
    # what cannot be started yet comes nearest the learner's level first (trial 9's 08: an EQF 7 leaders'
    # course was the third suggestion for a student, before an EQF 6 certificate)
    later = [_cred("de", 5), _cred("leaders", 7), _cred("cert", 6, ("y",)), _cred("unrated", None, ("x",))]
    assert [c.id for c in startable_first(later, BEGINNER)] == ["de", "unrated", "cert", "leaders"]


@pytest.mark.parametrize(
    ("field", "occupation"),
    [
        ("data science", "data scientist"),
        ("data analysis", "data analyst"),
        ("web development", "web developer"),
        ("database administration", "database administrator"),
        ("software testing", "software tester"),
        ("use data science", "data scientist"),
    ],
)
def test_a_field_is_read_as_its_practitioners_occupation(taxonomy, field, occupation):
    found = practitioner_of(field, taxonomy)
    assert found is not None and found.label == occupation


@pytest.mark.parametrize("field", ["cloud security", "digital literacy", "science", "health data"])
def test_no_practitioner_is_invented(taxonomy, field):
    assert practitioner_of(field, taxonomy) is None


@pytest.mark.parametrize(
    "message",
    [
        "i want to go into data science",
        "quiero dedicarme a la ciencia de datos",
        "mera beta data science me jana chahta hai",
    ],
)
def test_data_science_as_a_goal_is_the_data_scientist_occupation(responder, message):
    answer = responder.reply(message, History())
    goals = goals_set(answer)
    assert goals and goals[0].label == "data scientist", answer.text[:300]


def test_a_beginners_first_suggestions_are_ones_they_can_start(make_responder, dialogue_catalogue):
    """Over the shared test catalogue plus a leaders' course that matches the goal's words best: a learner
    with no background is not started on it."""
    leaders = Credential(
        id="x-leaders-701",
        title="Data Analyst Strategy for Leaders: data analysis, statistics and business intelligence",
        provider="P",
        languages=("en",),
        hours=80.0,
        cost=900,
        eqf_level=7,
    )
    responder = make_responder([leaders, *dialogue_catalogue])
    answer = responder.reply("I want to become a data analyst", History())
    cited = [c.id for c in answer.citations]
    assert cited and cited[0] != "x-leaders-701", answer.text[:600]


@pytest.mark.parametrize(
    ("message", "denied"),
    [
        ("I want to learn cloud security but I don't speak German", "de"),
        ("मुझे क्लाउड सिक्योरिटी सीखनी है लेकिन जर्मन नहीं आती", "de"),
        ("quiero aprender ciberseguridad, no hablo francés", "fr"),
    ],
)
def test_a_language_ruled_out_is_saved_so_no_plan_offers_it(responder, message, denied):
    answer = responder.reply(message, History())
    saved = [c.constraints for c in answer.profile_changes if c.kind == "set_constraints" and c.constraints]
    assert saved and denied in saved[-1].denied_languages, answer.text[:400]
