"""English typed in a hurry is read as meant (issue #12: "typos, slang"): the lead's session-14 probe "i wnat
to lern cybrsecurity onlin cheap" had the goal "wnat lern cybrsecurity onlin"."""

from __future__ import annotations

from datetime import date

import pytest

from pathfinder.assistant.nlu.typos import corrected
from pathfinder.assistant.nlu.understand import understand


@pytest.mark.parametrize(
    "typed, meant",
    [("wnat", "want"), ("onlin", "online"), ("cybrsecurity", "cybersecurity"),
     ("pyhton", "python"), ("corse", "course"), ("cheeper", "cheaper"), ("somethng", "something")],
)  # fmt: skip
def test_one_slip_from_a_common_word(typed: str, meant: str) -> None:
    assert corrected(typed) == meant


@pytest.mark.parametrize(
    "word",
    [
        "beginners",
        "tested",
        "learned",
        "Kubernetes",
        "Lean",
        "retail",
        "merchandiser",
        "teh",
        "html",
        "hour",
        "taka",
        "driver",
        "plant",
        "none",
    ],
)
def test_known_words_other_forms_and_short_words_stay(word: str) -> None:
    assert corrected(word) is None


def test_the_goal_of_a_hurried_message_is_its_subject() -> None:
    p = understand("i wnat to learn cybrsecurity onlin cheap", date(2026, 12, 6))
    assert "wnat" not in (p.goal_text or "") and "onlin" not in (p.goal_text or p.topic)
    assert "cybersecurity" in f"{p.goal_text} {p.topic}"


def test_only_english_is_read_back() -> None:
    p = understand("lern mal Python, ich habe 3 Stunden pro Woche", date(2026, 12, 6))
    assert p.lang == "de" and "lern" in p.text  # a German message is not touched
