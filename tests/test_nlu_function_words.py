"""Function words from stopwords-iso (issue #12): everyday words of any served language are no topic, the
domain's own words stay, "I'm a beginner" is no job, and "good with X" after a job states a skill."""

from __future__ import annotations

from datetime import date

import pytest

from pathfinder.assistant.nlu.function_words import is_function_word
from pathfinder.assistant.nlu.understand import content, understand

TODAY = date(2026, 12, 4)


@pytest.mark.parametrize("word", ["make", "probably", "etwas", "quizás", "quelque", "ehkä", "बहुत", "কিছু"])
def test_everyday_words_are_function_words(word: str) -> None:
    assert is_function_word(word)


@pytest.mark.parametrize(
    "word", ["computer", "information", "system", "web", "research", "data", "dữ", "security", "cloud", "r"]
)
def test_domain_words_are_not(word: str) -> None:
    assert not is_function_word(word)


def test_a_request_verb_is_no_topic() -> None:
    p = understand("ok make me a plan, like 4h a week, max 500 euros", TODAY)
    assert "make" not in (p.topic or "").split()
    assert p.hours_per_week == 4.0


def test_vietnamese_compounds_keep_their_syllables() -> None:
    assert content("tôi là điều dưỡng").endswith("điều dưỡng")


def test_domain_phrases_keep_their_words() -> None:
    assert content("computer information systems") == "computer information systems"
    assert "dữ liệu" in content("tôi muốn học phân tích dữ liệu")


@pytest.mark.parametrize(
    "message", ["what level is it? I'm a beginner", "I'm a complete newbie, where do I start?"]
)
def test_a_level_is_no_job(message: str) -> None:
    assert understand(message, TODAY).current_role is None


def test_a_job_is_still_a_job() -> None:
    assert understand("I'm a nurse and I want to learn SQL", TODAY).current_role == "nurse"


def test_good_with_after_a_job_states_a_skill() -> None:
    p = understand("I'm a warehouse supervisor, kinda bored, good with spreadsheets", TODAY)
    assert p.current_role == "warehouse supervisor"
    assert [s for s, _ in p.skills] == ["spreadsheets"]
