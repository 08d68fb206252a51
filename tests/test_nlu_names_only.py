"""A message made only of technology names ("html css javascript") carries no language: lingua's guess
(Finnish, German) is not taken; the conversation's language is kept, else English. A domain term or an
everyday word of a language still decides."""

from __future__ import annotations

import pytest

from pathfinder.assistant.nlu.language import identify


@pytest.mark.parametrize(
    "text", ["html css javascript", "linux docker kubernetes", "kubernetes terraform ansible"]
)
def test_names_only_keep_the_conversations_language(text: str) -> None:
    assert identify(text, None) == "en"
    assert identify(text, "de") == "de"
    assert identify(text, "vi") == "vi"


@pytest.mark.parametrize(
    "text, code",
    [
        ("tietoturva linux", "fi"),
        ("mpi openmp rinnakkaisohjelmointi", "fi"),
        ("redes cisco", "es"),
        ("sql datenmodellierung data warehouse", "de"),
        ("cursos python", "es"),
        ("python pandas visualizacion de datos", "es"),
    ],
)
def test_a_term_or_word_of_a_language_still_decides(text: str, code: str) -> None:
    assert identify(text, None) == code
