"""Unseen variants of the conv26 classes (session 26): phrasings written after the fixes but never run before
they were committed, in other words, languages, typos and word orders than the batch's and the tests', to
measure whether the rules generalise ("unseen variants: k/n" in docs/BENCHMARKS.md). Not part of
dialogues.jsonl; `python evals/dialogues/unseen/conv26_unseen.py OUT.jsonl` writes them, then
`pathfinder eval dialogues OUT.jsonl --score` scores them."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "authoring"))

from conv26_lists import PYTHON, TAKES, WHY  # noqa: E402
from dsl import D, T, dialogue_line, write_lines  # noqa: E402
from t11goal_lists import ANY  # noqa: E402

_HL = {"any_lang": True}

# (lang, tag, turns as (text, checks))
_CASES: list[tuple[str, str, list[tuple[str, dict]]]] = [
    (
        "en",
        "which_shown",
        [
            (
                "i do inventory at a warehouse, excel is fine for me. data seems interesting, "
                "where do i even go",
                {},
            ),
            ("like 3 hrs a week and 150 euro", {}),
            ("of these which should i do 1st and why", {"cite_shown": 2, "reply_any": WHY["en"]}),
        ],
    ),
    (
        "de",
        "which_shown",
        [
            ("Ich bin Kommissionierer und Excel kann ich. Irgendwas mit Daten wäre toll", {}),
            ("3 Stunden die Woche, 150 Euro", {}),
            ("Mit welchem davon soll ich anfangen, und wieso?", {"cite_shown": 2, "reply_any": WHY["de"]}),
        ],
    ),
    (
        "es",
        "which_shown",
        [
            ("trabajo de mozo de almacén y sé usar Excel, quiero algo de datos", {}),
            ("3 horas a la semana y 150 euros", {}),
            ("¿y por cuál comenzarías? ¿por qué?", {"cite_shown": 2, "reply_any": WHY["es"]}),
        ],
    ),
    (
        "fi",
        "which_shown",
        [
            ("Näytä data-analyysin kursseja", {}),
            ("Mitkä näistä ottaisit ensimmäisenä ja miksi?", {"cite_shown": 1, "reply_any": WHY["fi"]}),
        ],
    ),
    (
        "en",
        "adviser_start",
        [
            (
                "I'm a careers adviser; my client drives a forklift and wants to become a web "
                "developer, 8 h/week",
                {},
            ),
            ("put a plan together for him", {"plan": True}),
            ("where would he begin?", {"cite_shown": 1}),
        ],
    ),
    (
        "de",
        "adviser_start",
        [
            (
                "Ich berate Arbeitssuchende. Meine Klientin ist Friseurin und will Datenanalystin "
                "werden, 5 Stunden pro Woche",
                {},
            ),
            ("Erstellen Sie ihr einen Plan", {"plan": True}),
            ("Womit soll sie anfangen?", {"cite_shown": 1}),
        ],
    ),
    (
        "en",
        "how_long_first",
        [
            (
                "I'm a waiter and want to go into IT support, how much time would that take?",
                {"reply_any": TAKES["en"]},
            )
        ],
    ),
    (
        "de",
        "how_long_first",
        [
            (
                "Ich bin Verkäuferin und will in den IT-Support, wie viel Zeit brauche ich dafür?",
                {"reply_any": TAKES["de"]},
            )
        ],
    ),
    (
        "fr",
        "how_long_first",
        [
            (
                "Je suis caissière et je voudrais aller vers le support informatique. Ça prend "
                "combien de temps ?",
                {"reply_any": TAKES["fr"]},
            )
        ],
    ),
    (
        "es",
        "how_long_first",
        [
            (
                "Soy camarero y quiero pasarme al soporte informático, ¿cuánto tiempo se tarda?",
                {"reply_any": TAKES["es"]},
            )
        ],
    ),
    (
        "hi",
        "how_long_first",
        [
            (
                "main waiter hoon, IT support mein jaana hai, kitna time lagega?",
                {"reply_any": [*TAKES["en"], *TAKES["hi"]], **_HL},
            )
        ],
    ),
    (
        "en",
        "subject_first",
        [("i wanna get good at python so i can do data analysis", {"cite_first": PYTHON})],
    ),
    (
        "es",
        "subject_first",
        [("me gustaría aprender Python para analizar datos en mi trabajo", {"cite_first": PYTHON})],
    ),
    ("de", "subject_first", [("Ich möchte Datenanalyse mit Python lernen", {"cite_first": PYTHON})]),
    ("bn", "subject_first", [("ডেটা অ্যানালাইসিসের জন্য পাইথন শিখতে চাই", {"cite_first": PYTHON})]),
]


def lines() -> list[dict]:
    out = []
    for n, (lang, tag, turns) in enumerate(_CASES, 1):
        d = D(f"{lang}-conv26u-{n:02d}", ["conv26u", tag], [T(t, ANY, **c) for t, c in turns], split="tune")
        out.append(dialogue_line(d, lang, "tune"))
    return out


if __name__ == "__main__":
    write_lines(Path(sys.argv[1]), lines())
