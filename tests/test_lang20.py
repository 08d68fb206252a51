"""Session 20 (helper lang20, issue #12): everyday conversations in German, Spanish, French and Finnish. Each
test failed on the base 3645154 except the guards marked."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import answers, converse

from pathfinder.assistant.concepts import asks_definition


@pytest.fixture(scope="module")
def bundled(make_responder, bundled_catalogue):
    return make_responder(bundled_catalogue, today=date(2026, 12, 4))


# --- a definition asked right after a course's card: the term, then what it means for that course ---------


@pytest.mark.parametrize(
    ("card", "question", "cid", "words"),
    [
        (
            "Erzähl mir was über Networking Fundamentals",
            "und was bedeutet ECTS eigentlich?",
            "ccna-net-101",
            ["Stunden", "4 ECTS"],
        ),
        (
            "welches Niveau hat Grundlagen des Cloud Computing?",
            "was ist dieser EQR?",
            "hrd-cloud-101",
            ["Qualifikationsrahmen", "4"],
        ),
        (
            "¿qué nivel tiene SQL para el análisis de datos?",
            "¿y eso del EQF qué significa?",
            "ual-sql-102",
            ["Marco Europeo", "5"],
        ),
        (
            "c'est quoi le prix de Les fondamentaux du RGPD ?",
            "et le niveau EQF, c'est quoi ?",
            "inl-rgpd-101",
            ["Cadre européen", "5"],
        ),
        (
            "kerro Data Warehouse Design -kurssista",
            "mitä ECTS tarkoittaa?",
            "nda-dwh-202",
            ["tuntia", "5 opintopistettä"],
        ),
    ],
)
def test_a_definition_after_a_card_explains_the_term_for_that_course(
    bundled, card: str, question: str, cid: str, words: list[str]
) -> None:
    """lang20 define: the definition came with a goal question and three unrelated courses (de, fr, fi), or
    the card's line again without the definition (es)."""
    answer = answers(converse(bundled, card, question))[-1]
    assert answer.intent == "explain"
    assert [c.id for c in answer.citations] == [cid], answer.text
    assert all(w in answer.text for w in words), answer.text
    assert answer.text.index(words[0]) < answer.text.index(cid), answer.text  # the term first, then the card


def test_the_level_of_the_course_is_still_its_line_only(bundled) -> None:  # a guard: passed before
    answer = answers(converse(bundled, "tell me about Networking Fundamentals", "what EQF level is it?"))[-1]
    assert "places learning on 8 levels" not in answer.text, answer.text
    assert [c.id for c in answer.citations] == ["ccna-net-101"]


def test_a_definition_with_no_card_shown_is_the_definition_and_a_next_step(bundled) -> None:  # a guard
    answer = answers(converse(bundled, "Was ist ein ECTS?"))[-1]
    assert "25–30" in answer.text and "Was das für" not in answer.text, answer.text


@pytest.mark.parametrize(
    ("text", "defines"),
    [
        ("Was ist ein ECTS?", True),
        ("¿y qué es eso del EQF?", True),
        ("c'est quoi le niveau EQF en fait ?", True),
        ("mikä se EQF-taso oikein on?", True),
        ("what EQF level is it?", False),
        ("welches EQR-Niveau hat der?", False),
        ("¿qué nivel EQF tiene?", False),
        ("quel niveau EQF ?", False),
        ("how many ECTS is the plan?", False),
        ("what is a micro-credential?", False),
    ],
)
def test_asks_definition(text: str, defines: bool) -> None:
    assert asks_definition(text) is defines
