"""Occupation names in Vietnamese, Hindi and Bengali replies (ESCO has no labels in these languages): every
occupation of the bundled taxonomy has a name in each, and a reply shows it with the ESCO label beside it."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from pathfinder.assistant.i18n import goal_label, occupation_name, replying_in

TAXONOMY = (
    Path(__file__).resolve().parents[1] / "src" / "pathfinder" / "corpus" / "taxonomy" / "occupations.csv"
)


def _labels() -> list[str]:
    with TAXONOMY.open(encoding="utf-8") as f:
        return [row["label"] for row in csv.DictReader(f)]


@pytest.mark.parametrize("lang", ["vi", "hi", "bn"])
def test_every_bundled_occupation_has_a_name(lang: str) -> None:
    missing = [label for label in _labels() if occupation_name(label, lang) == label]
    assert missing == []


def test_a_goal_is_named_in_the_reply_language_with_its_esco_label() -> None:
    with replying_in("bn"):
        assert goal_label("database administrator") == "ডেটাবেস প্রশাসক (database administrator)"
    with replying_in("vi"):
        assert occupation_name("ICT network engineer") == "kỹ sư mạng"
    # languages with ESCO labels of their own, and goals without a glossary name, keep the label
    with replying_in("de"):
        assert goal_label("database administrator") == "database administrator"
    with replying_in("hi"):
        assert goal_label("cloud security") == "cloud security"


@pytest.mark.parametrize(("lang", "english"), [("vi", "tiếng Anh"), ("hi", "अंग्रेज़ी"), ("bn", "ইংরেজি")])
def test_language_names_in_vietnamese_hindi_and_bengali_replies(lang: str, english: str) -> None:
    from pathfinder.assistant.i18n import language_label

    with replying_in(lang):
        assert language_label("en") == english
        assert language_label("de") != "Deutsch"
    with replying_in("fr"):  # every reply language names languages in its own words (session 14)
        assert language_label("de") == "allemand"
