"""Session 13 (langs13): German, French, Spanish and Finnish subject terms, constraints and languages that the
tune split never used. The third held-out batch (`data/nlu/heldout_forms13.tsv`) was written before the
session's changes; half B of it is never read to fix from. Every other test here names a class of forms, each
failing on the code before it."""

from __future__ import annotations

import pytest
from heldout_forms import TODAY, holds, rows

from pathfinder.assistant.nlu.understand import understand

# rows the code still misses, strict: a fix shows up as an unexpected pass, to move the row out of this set
# (docs/BENCHMARKS.md, session 13 langs)
KNOWN_MISSES: dict[str, str] = {
    "Ich will mich in Rechnernetze einarbeiten": "missed on 4bb53c2 (half B)",
    "Weiterbildung in Mediendidaktik": "missed on 4bb53c2 (half A)",
    "digitale Grundkompetenzen für den Alltag": "missed on 4bb53c2 (half B)",
    "Kurse zum maschinellen Sehen": "missed on 4bb53c2 (half B)",
    "Es sollte nichts kosten": "missed on 4bb53c2 (half B)",
    "Kurse für Fortgeschrittene in Cloud-Sicherheit": "missed on 4bb53c2 (half B)",
    "Ich kann Englisch und Türkisch": "missed on 4bb53c2 (half B)",
    "formation en ingénierie pédagogique": "missed on 4bb53c2 (half A)",
    "améliorer mes compétences numériques de base": "missed on 4bb53c2 (half B)",
    "le traitement automatique du langage naturel": "missed on 4bb53c2 (half B)",
    "sécurité des réseaux": "missed on 4bb53c2 (half A)",
    "cours d'investigation numérique": "missed on 4bb53c2 (half B)",
    "cours pour débutants en programmation": "missed on 4bb53c2 (half B)",
    "je maîtrise l'anglais et l'allemand": "missed on 4bb53c2 (half B)",
    "seguridad de redes": "missed on 4bb53c2 (half A)",
    "ingeniería de datos": "missed on 4bb53c2 (half A)",
    "cursos avanzados de ciberseguridad": "missed on 4bb53c2 (half B)",
    "suurteholaskennan kursseja": "missed on 4bb53c2 (half A)",
    "verkko-opetuksen suunnittelu": "missed on 4bb53c2 (half A)",
    "perusdigitaidot arkeen": "missed on 4bb53c2 (half B)",
    "tietoverkkojen tietoturva": "missed on 4bb53c2 (half A)",
    "haluaisin tietokantapääkäyttäjäksi": "missed on 4bb53c2 (half B)",
    "kursseja aloittelijoille": "missed on 4bb53c2 (half B)",
}


def _cases() -> list:
    return [
        pytest.param(*row, marks=pytest.mark.xfail(strict=True, reason=KNOWN_MISSES[row[1]]))
        if row[1] in KNOWN_MISSES
        else pytest.param(*row)
        for row in rows("heldout_forms13.tsv")
    ]


@pytest.mark.parametrize(("lang", "message", "check", "half"), _cases(), ids=lambda x: str(x)[:40])
def test_heldout_form(lang: str, message: str, check: str, half: str) -> None:
    assert holds(message, check), (lang, message, check, half)


@pytest.mark.parametrize(
    ("message", "hours"),
    [
        # minutes and hours written out as numbers, in the five European languages
        ("thirty minutes a day", 3.5),
        ("dreißig Minuten täglich", 3.5),
        ("quarante-cinq minutes par jour", 5.25),
        ("cuarenta y cinco minutos al día", 5.25),
        ("treinta minutos diarios", 3.5),
        ("kolmekymmentä minuuttia päivässä", 3.5),
        # half an hour, with or without its article
        ("eine halbe Stunde täglich", 3.5),
        ("une demi-heure par jour", 3.5),
        ("una media hora diaria", 3.5),
        # an hour and a half, and two and a half
        ("une heure et demie par jour", 10.5),
        ("una hora y media al día", 10.5),
        ("puolitoista tuntia päivässä", 10.5),
        ("zweieinhalb Stunden pro Woche", 2.5),
        ("deux heures et demie par semaine", 2.5),
        ("dos horas y media a la semana", 2.5),
        ("kaksi ja puoli tuntia viikossa", 2.5),
    ],
)
def test_time_said_in_words(message: str, hours: float) -> None:
    assert understand(message, TODAY).hours_per_week == pytest.approx(hours, abs=0.01)
