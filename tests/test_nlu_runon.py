"""Run-on messages (issue #12): a new first-person clause starts where a stated job, goal or constraint
begins, in each served language, and not after words that bind it to what came before."""

from __future__ import annotations

from datetime import date

import pytest

from pathfinder.assistant.nlu.runon import punctuate
from pathfinder.assistant.nlu.understand import clauses, understand

TODAY = date(2026, 12, 4)


@pytest.mark.parametrize(
    "message, lang, want",
    [
        (
            "im a nurse i want to learn sql i have 2 hours a week",
            "en",
            "im a nurse, i want to learn sql, i have 2 hours a week",
        ),
        (
            "ich bin Koch ich möchte Webentwickler werden",
            "de",
            "ich bin Koch, ich möchte Webentwickler werden",
        ),
        ("soy mesero quiero aprender redes", "es", "soy mesero, quiero aprender redes"),
        (
            "je suis serveur j'aimerais apprendre le cloud",
            "fr",
            "je suis serveur, j'aimerais apprendre le cloud",
        ),
        ("olen kokki haluan oppia pilvipalveluja", "fi", "olen kokki, haluan oppia pilvipalveluja"),
        ("tôi là đầu bếp tôi muốn học lập trình", "vi", "tôi là đầu bếp, tôi muốn học lập trình"),
        ("main driver hoon mujhe cloud seekhna hai", "hi", "main driver hoon, mujhe cloud seekhna hai"),
    ],
)
def test_a_new_first_person_clause_is_marked(message: str, lang: str, want: str) -> None:
    assert punctuate(message, lang) == want


@pytest.mark.parametrize(
    "message, lang",
    [
        ("what should i study next", "en"),
        ("the one i took last year", "en"),
        ("lo que quiero es aprender datos", "es"),
        ("khách hàng của tôi muốn học dữ liệu", "vi"),
        ("I want AI, I have 3 hours", "en"),
    ],
)
def test_bound_or_punctuated_clauses_stay_as_they_are(message: str, lang: str) -> None:
    assert punctuate(message, lang) == message


def test_job_goal_and_time_are_read_from_a_run_on_message() -> None:
    p = understand("im a chef i want to get into data analysis i have 4 hours a week", TODAY)
    assert p.current_role == "chef"
    assert p.goal_text and "data analysis" in p.goal_text and "chef" not in p.goal_text
    assert p.hours_per_week == 4


def test_a_deadline_alone_is_still_no_goal() -> None:
    assert understand("I'd like to be done within half a year", TODAY).goal_text is None


@pytest.mark.parametrize(
    "message, lang, want",
    [
        # a conjunction inside a named thing does not split it
        ("मैं लैब में हूँ, HPC और GPU प्रोग्रामिंग सीखना है", "hi", ["मैं लैब में हूँ", "HPC और GPU प्रोग्रामिंग सीखना है"]),
        (
            "we need a person for cloud security and GDPR. probably me",
            "en",
            ["we need a person for cloud security and GDPR", "probably me"],
        ),
        # ... while one between two clauses does
        ("oon myyjä ja haluaisin pilvi-insinööriksi", "fi", ["oon myyjä", "haluaisin pilvi-insinööriksi"]),
        ("soy cajera y quiero ser desarrolladora web", "es", ["soy cajera", "quiero ser desarrolladora web"]),
    ],
)
def test_clauses(message: str, lang: str, want: list[str]) -> None:
    assert clauses(message, lang) == want


def test_a_goal_clause_makes_the_message_state_a_goal() -> None:
    p = understand("i want to build apps for phones where do i begin", TODAY)
    assert p.intents[0] == "set_goal" and p.clause_goal


def test_skills_held_with_an_adverb() -> None:
    assert understand("I already know SQL from my old job", TODAY).skills


def test_gpu_programming_is_an_area_not_a_job() -> None:
    assert understand("मैं लैब में हूँ, HPC और GPU प्रोग्रामिंग सीखना है", TODAY).goal_english == (
        "high performance computing GPU parallel computing"
    )


def test_a_range_of_hours_is_no_skill_and_the_goal_cue_is_no_goal_word() -> None:
    p = understand("I can do between 3 and 6 hours a week", TODAY)
    assert not p.skills and p.hours_per_week
    assert understand("goal is UX researcher", TODAY).goal_english == "user experience researcher"
