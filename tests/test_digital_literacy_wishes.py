"""Someone who has never used a computer, or wants smartphone and computer basics, is served digital literacy
courses, and an adviser's "I work with unemployed adults" is no skill (the lead's session-9 trial: computer
science teaching courses for a 55-year-old who never used a computer; "could not match 'unemployed adults
over 50' to a known skill")."""

import pytest

from pathfinder.assistant.intents import parse
from pathfinder.assistant.nlu import glossary


@pytest.mark.parametrize(
    "phrase, lang",
    [
        ("my dad has never used a computer", "en"),
        ("Kurs für Computer-Grundlagen", "de"),
        ("mi abuela nunca ha usado un ordenador", "es"),
        ("une formation en informatique de base", "fr"),
        ("älypuhelimen käyttö", "fi"),
        ("lớp tin học cơ bản", "vi"),
    ],
)
def test_computer_basics_are_digital_literacy(phrase, lang):
    assert "digital literacy" in (glossary.english(phrase, lang) or "")


def test_the_people_someone_works_with_are_no_skill():
    assert parse("I work with refugees and young jobseekers").skills == ()
    assert [s for s, _ in parse("I work with Excel and Power BI").skills] == ["excel", "power bi"]
