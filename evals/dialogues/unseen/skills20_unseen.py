"""Unseen variants of the skills20 classes (session 20): phrasings written after the fixes, committed before
their first run, in other words, languages and word orders than the batch's and the tests', to measure whether
the rules generalise ("unseen variants: k/n" in docs/BENCHMARKS.md). Not part of dialogues.jsonl; `python
evals/dialogues/unseen/skills20_unseen.py OUT.jsonl` writes them, then `pathfinder eval dialogues OUT.jsonl
--score` scores them."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "authoring"))

from dsl import D, T, dialogue_line, write_lines  # noqa: E402
from skills20_lists import (  # noqa: E402
    BASIC,
    CLOUD,
    INTRO,
    MIDUP,
    OS,
    PY,
    SCHOOL_COURSES,
    SHEET,
    SK,
    SKONLY,
    SQL,
    STATS,
    WEBAN,
)

HELD_NOT = INTRO + SCHOOL_COURSES

_CASES: list[tuple[str, str, list[tuple[str, list[str], dict]]]] = [
    # a course taken that the catalogue does not hold
    (
        "en",
        "held_course",
        [("my nephew completed an Azure fundamentals course in the summer", SKONLY, {"skills": [CLOUD]})],
    ),
    (
        "de",
        "held_course",
        [("sie hat bei der VHS einen Kurs zu Google Analytics belegt", SKONLY, {"skills": [WEBAN]})],
    ),
    (
        "es",
        "held_course",
        [("el año pasado tomé un curso básico de AWS", SKONLY, {"levels": {CLOUD: BASIC}})],
    ),
    (
        "fr",
        "held_course",
        [("il a suivi un cours d'initiation à Linux", SKONLY, {"skills": [OS], "held_not": HELD_NOT})],
    ),
    ("fi", "held_course", [("suoritin Linux-kurssin työkkärin kautta", SKONLY, {"skills": [OS]})]),
    ("vi", "held_course", [("tôi đã hoàn thành một khóa Linux cơ bản", SKONLY, {"levels": {OS: BASIC}})]),
    (
        "hi",
        "held_course",
        [("मैंने पिछले साल AWS का एक कोर्स किया था", SKONLY, {"skills": [CLOUD]})],
    ),
    # a skill denied by a bare "no" or "nothing of"
    ("de", "negated", [("Linux ja, Python nein", SK, {"skills": [OS], "skills_not": [PY]})]),
    ("es", "negated", [("Excel sí, pero de SQL nada", SK, {"skills": [SHEET], "skills_not": [SQL]})]),
    ("fr", "negated", [("Python oui, statistiques non", SK, {"skills": [PY], "skills_not": [STATS]})]),
    (
        "bn",
        "negated",
        [("এক্সেল পারি, পাইথন একদম পারি না", SK, {"skills": [SHEET], "skills_not": [PY]})],
    ),
    # the skill named before, used every day
    (
        "en",
        "pronoun",
        [
            ("I'm ok with SQL", SK, {"skills": [SQL]}),
            ("been using it every day at my job for 2 years", SKONLY, {"levels": {SQL: MIDUP}}),
        ],
    ),
    (
        "fi",
        "pronoun",
        [
            ("osaan vähän Linuxia", SK, {"skills": [OS]}),
            ("käytän sitä töissä joka päivä", SKONLY, {"skills": [OS], "levels": {OS: MIDUP}}),
        ],
    ),
    (
        "hi",
        "pronoun",
        [
            ("mujhe Excel aata hai", SK, {"skills": [SHEET], "any_lang": True}),
            ("office mein roz use karta hoon ise", SKONLY, {"skills": [SHEET], "any_lang": True}),
        ],
    ),
    # school leaving as background
    (
        "de",
        "background",
        [("ich habe Fachabitur und kann ein bisschen Excel", SK, {"no_role": True, "skills": [SHEET]})],
    ),
    (
        "vi",
        "level",
        [("tôi biết Python một chút, SQL thì không biết", SK, {"levels": {PY: BASIC}, "skills_not": [SQL]})],
    ),
    ("fr", "level", [("je me débrouille en SQL et en Excel", SKONLY, {"skills_all": [SQL, SHEET]})]),
]


def lines() -> list[dict]:
    out = []
    for n, (lang, tag, turns) in enumerate(_CASES, 1):
        d = D(
            f"{lang}-skills20u-{n:02d}",
            ["skills20u", tag],
            [T(text, intents, **checks) for text, intents, checks in turns],
            split="tune",
        )
        out.append(dialogue_line(d, lang, "tune"))
    return out


if __name__ == "__main__":
    write_lines(Path(sys.argv[1]), lines())
