"""Unseen variants of the lang20 classes (session 20): phrasings written after the fixes but never run before
they were committed, in other words, languages, word orders and typos than the batch's and the tests', to
measure whether the rules generalise ("unseen variants: k/n" in docs/BENCHMARKS.md). Not part of
dialogues.jsonl; `python evals/dialogues/unseen/lang20_unseen.py OUT.jsonl` writes them, then
`pathfinder eval dialogues OUT.jsonl --score` scores them."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "authoring"))

from dsl import D, T, dialogue_line, write_lines  # noqa: E402
from lang20_lists import ECTS_WORDS, EQF_WORDS, NEXT_CHRISTMAS  # noqa: E402
from t11goal_lists import ANY  # noqa: E402

EASTER_NEXT = ("2027-03-20", "2027-03-31")  # Easter 2027 is 28 March (the coming one, said with "next year")
NEW_YEAR_NEXT = ("2027-12-25", "2028-01-02")

# (lang, tag, turns as (text, checks))
_CASES: list[tuple[str, str, list[tuple[str, dict]]]] = [
    # define: a definition asked right after a course's card
    (
        "de",
        "define",
        [
            ("Was kostet Data Modelling Essentials?", {"cite_any": ["nda-model-102"], "dead_ok": True}),
            (
                "ok und ECTS, was ist das genau?",
                {"cite_any": ["nda-model-102"], "reply_any": ECTS_WORDS["de"]},
            ),
        ],
    ),
    (
        "es",
        "define",
        [
            ("info sobre Minería de datos y big data", {"cite_any": ["ual-mineria-301"], "dead_ok": True}),
            (
                "perdona, que significa ECTS?",
                {"cite_any": ["ual-mineria-301"], "reply_any": ECTS_WORDS["es"]},
            ),
        ],
    ),
    (
        "fr",
        "define",
        [
            (
                "Conduire une analyse d'impact (AIPD), c'est combien ?",
                {"cite_any": ["inl-aipd-202"], "dead_ok": True},
            ),
            ("et EQF ça veut dire quoi ?", {"cite_any": ["inl-aipd-202"], "reply_any": EQF_WORDS["fr"]}),
        ],
    ),
    (
        "fi",
        "define",
        [
            (
                "onks Network Security Essentials verkossa?",
                {"cite_any": ["ccna-netsec-204"], "dead_ok": True},
            ),
            ("mitä EQF tarkoittaa?", {"cite_any": ["ccna-netsec-204"], "reply_any": EQF_WORDS["fi"]}),
        ],
    ),
    (
        "en",
        "define",
        [
            ("how much is Vulnerability Management?", {"cite_any": ["bvca-vuln-204"], "dead_ok": True}),
            ("sorry, what's an ECTS?", {"cite_any": ["bvca-vuln-204"], "reply_any": ["hours"]}),
        ],
    ),
    # next year: a festival or month of next year
    (
        "de",
        "next_year",
        [("Ich will bis Ostern nächsten Jahres mit Cloud durch sein", {"deadline": EASTER_NEXT})],
    ),
    (
        "es",
        "next_year",
        [
            (
                "necesito acabar antes de la navidad del año que viene, me interesan los datos",
                {"deadline": NEXT_CHRISTMAS},
            )
        ],
    ),
    (
        "fr",
        "next_year",
        [("je veux finir avant noel l'an prochain, en cybersécurité", {"deadline": NEXT_CHRISTMAS})],
    ),
    (
        "fi",
        "next_year",
        [("tavoite olis olla valmis ensi vuonna jouluun mennessä", {"deadline": NEXT_CHRISTMAS})],
    ),
    # interest: a field wished beside a limit
    (
        "de",
        "interest",
        [("Datenanalyse interessiert mich, max 400 Euro", {"goal": "data_analyst", "budget": (400, "EUR")})],
    ),
    (
        "de",
        "interest",
        [("mich interessiert KI, hab aber nur 3 Stunden pro Woche", {"goal": "ai", "hours": 3})],
    ),
    (
        "es",
        "interest",
        [("me interesan las redes, tengo 6 horas por semana", {"goal": "network", "hours": 6})],
    ),
    (
        "fr",
        "interest",
        [
            (
                "les réseaux m'intéressent mais je peux pas dépasser 500 euros",
                {"goal": "network", "budget": (500, "EUR")},
            )
        ],
    ),
    ("fi", "interest", [("tekoäly kiinnostaa, aikaa on 4 tuntia viikossa", {"goal": "ai", "hours": 4})]),
    (
        "fi",
        "interest",
        [("mua kiinnostais tietokannat, budjetti 200 euroa", {"goal": "dba", "budget": (200, "EUR")})],
    ),
    # held + wish: skills known, then a wish in the same message
    (
        "es",
        "held_wish",
        [
            (
                "manejo bien excel y algo de sql, quiero pasarme al análisis de datos",
                {"goal": "data_analyst", "skills_all": ["sql"]},
            )
        ],
    ),
    (
        "de",
        "held_wish",
        [
            (
                "ich kann Linux ganz gut und bisschen Python, möchte Cloud Engineer werden",
                {"goal": "cloud", "skills_all": ["python"]},
            )
        ],
    ),
    (
        "fr",
        "held_wish",
        [
            (
                "je connais bien SQL et un peu Python et je voudrais devenir data engineer",
                {"goal": "de", "skills_all": ["sql"]},
            )
        ],
    ),
]


def lines() -> list[dict]:
    out = []
    for n, (lang, tag, turns) in enumerate(_CASES, 1):
        d = D(f"{lang}-lang20u-{n:02d}", ["lang20u", tag], [T(t, ANY, **c) for t, c in turns], split="tune")
        out.append(dialogue_line(d, lang, "tune"))
    return out


if __name__ == "__main__":
    write_lines(Path(sys.argv[1]), lines())
