"""A first search in the learner's words (session 16, issue #12; the lead's browser trial): "Hallo! Ich bin
Erzieherin und möchte mehr über Digitalisierung lernen ... 4 Stunden pro Woche" searched "hallo
digitalisierung kinder geben pro" and listed a Spanish on-site course, German cloud security and a French
course first. A greeting and the "per" of a time limit are no subject; "Digitalisierung" (and its names in
the other served languages) is the digital-literacy area. Each test failed on the code before. (Keeping a
first list to the conversation's language and English was tried and dropped: it hid the German
cloud-security courses from a Spanish "ciberseguridad en la nube", 13 tune turns.)"""

from __future__ import annotations

import pytest

from pathfinder.assistant.nlu.glossary import english
from pathfinder.assistant.nlu.understand import content


@pytest.mark.parametrize(
    "message, gone",
    [
        ("Hallo! Ich möchte mehr über Netzwerke lernen, 4 Stunden pro Woche", {"hallo", "pro"}),
        ("Hola, quiero aprender redes, 3 horas por semana", {"hola", "por"}),
        ("Bonjour, je veux apprendre les réseaux, 2 heures par semaine", {"bonjour", "par"}),
        ("Moikka, haluan oppia verkkoja", {"moikka"}),
        ("Salut, je veux apprendre les réseaux", {"salut"}),
    ],
)
def test_a_greeting_and_per_are_no_subject(message: str, gone: set[str]) -> None:
    words = set(content(message).split())
    assert not words & gone, words


@pytest.mark.parametrize(
    "message, lang",
    [
        ("mehr über Digitalisierung lernen", "de"),
        ("aprender sobre digitalización", "es"),
        ("la transformation numérique", "fr"),
        ("digitalisaatiosta", "fi"),
        ("tìm hiểu về chuyển đổi số", "vi"),
    ],
)
def test_digitalisation_is_the_digital_literacy_area(message: str, lang: str) -> None:
    assert "digital literacy" in (english(message, lang) or ""), english(message, lang)
