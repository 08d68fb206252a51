"""One language table (domain/languages.py) names languages on cards, in chat and in the intent parser."""

from __future__ import annotations

import pytest

from pathfinder.assistant import markdown as md
from pathfinder.assistant.intents import parse
from pathfinder.domain.languages import ALIASES, BY_CODE, language_code, language_name

REQUIRED = ("en", "de", "es", "fr", "fi", "vi", "hi", "bn", "it", "pt", "nl", "pl", "sv", "ru")


def test_table_covers_the_required_languages():
    assert set(REQUIRED) <= set(BY_CODE)
    assert all(len(code) == 2 and code.islower() for code in BY_CODE)


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("Deutsch", "de"),
        ("tiếng việt", "vi"),
        ("Tiếng  Việt", "vi"),
        ("हिन्दी", "hi"),
        ("বাংলা", "bn"),
        ("suomi", "fi"),
        ("Swedish", "sv"),
        ("castellano", "es"),
        ("Русский", "ru"),
    ],
)
def test_names_people_type(typed, code):
    assert language_code(typed) == code


def test_unknown_names_and_codes():
    assert language_code("klingon") is None
    assert language_name("xx") == "xx"
    assert language_name("SV") == "Swedish"
    assert all(alias == alias.lower() for alias in ALIASES)


def test_chat_and_cards_name_a_swedish_course_alike():
    pytest.importorskip("streamlit")
    from pathfinder.domain import Credential
    from pathfinder.ui.cards import card_facts

    c = Credential(id="sv-1", title="Kurs", provider="P", url="https://example.org/sv", languages=("sv",))
    assert md.languages(c.languages) == "Swedish"
    assert dict(card_facts(c))["Language"] == "Swedish"


@pytest.mark.parametrize(
    ("message", "code"),
    [
        ("courses in Finnish", "fi"),
        ("kurse auf Deutsch", "de"),
        ("courses in हिन्दी please", "hi"),
        ("khóa học tiếng việt", "vi"),
        ("data courses in Swedish", "sv"),
        ("python in spanish", "es"),
    ],
)
def test_the_intent_parser_reads_language_names(message, code):
    assert parse(message).languages == (code,)
