"""Unseen variants of the directions24 classes (session 24): phrasings written after the fixes but never run
before they were committed, in other words, languages, typos and word orders than the batch's and the tests',
to measure whether the rules generalise ("unseen variants: k/n" in docs/BENCHMARKS.md). Not part of
dialogues.jsonl; `python evals/dialogues/unseen/directions24_unseen.py OUT.jsonl` writes them, then
`pathfinder eval dialogues OUT.jsonl --score` scores them."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "authoring"))

from directions24_lists import DATA, ENTRY, GENERIC, PRICED, _cur  # noqa: E402
from dsl import EXPLORE, D, T, dialogue_line, write_lines  # noqa: E402
from t11goal_lists import ANY  # noqa: E402

_OPEN = {"cite_none": GENERIC, "lead_eqf": ENTRY}

# (lang, tag, turns as (text, intents, checks))
_CASES: list[tuple[str, str, list[tuple[str, list[str], dict]]]] = [
    # spread: nothing known
    (
        "es",
        "spread",
        [("la verdad es que no sé qué hacer con mi vida laboral, ¿por dónde empiezo?", EXPLORE, _OPEN)],
    ),
    ("fr", "spread", [("je suis un peu perdu, je sais pas trop vers quoi me former", EXPLORE, _OPEN)]),
    ("hi", "spread", [("samajh nahi aa raha kya seekhun, kahan se shuru karun?", EXPLORE, _OPEN)]),
    ("bn", "spread", [("আমি কী শিখব বুঝতে পারছি না, একটু সাহায্য করবেন?", EXPLORE, _OPEN)]),
    # fit: level, money, language
    (
        "fr",
        "fit",
        [
            (
                "je suis caissière, nulle en informatique et je n'ai pas d'argent, je fais quoi ?",
                ANY,
                {**_OPEN, "reply_excl": PRICED},
            )
        ],
    ),
    (
        "fi",
        "fit",
        [
            (
                "oon kaupan kassalla töissä enkä oo kovin hyvä tietokoneiden kanssa, mitä voisin opiskella?",
                ANY,
                _OPEN,
            )
        ],
    ),
    (
        "hi",
        "fit",
        [
            (
                "मैं गोदाम में काम करता था, कंप्यूटर में कमजोर हूँ, पैसे भी नहीं हैं, क्या करूँ?",
                ANY,
                {**_OPEN, "reply_excl": PRICED},
            )
        ],
    ),
    (
        "es",
        "fit",
        [
            (
                "soy malísima con la compu y no tengo plata, ¿qué me recomiendas?",
                ANY,
                {**_OPEN, "lead_langs": ["es"]},
            )
        ],
    ),
    (
        "de",
        "fit",
        [("Bin Lagerist, kein Geld für Kurse. Was könnte ich machen?", ANY, {**_OPEN, "reply_excl": PRICED})],
    ),
    # answer: labelled or natural answers to the opening
    (
        "fr",
        "answer",
        [
            ("je ne sais pas par quoi commencer", EXPLORE, {}),
            ("expérience : comptabilité / intérêt : data / 4h par semaine", ANY, {"goal": DATA, "hours": 4}),
        ],
    ),
    (
        "es",
        "answer",
        [
            ("no sé por dónde empezar", EXPLORE, {}),
            ("experiencia: contable; objetivo: datos; 4 horas semanales", ANY, {"goal": DATA, "hours": 4}),
        ],
    ),
    (
        "vi",
        "answer",
        [
            ("em chưa biết nên học gì", EXPLORE, {}),
            ("kinh nghiệm: thu ngân, quan tâm: dữ liệu, mỗi tuần 4 tiếng", ANY, {"goal": DATA, "hours": 4}),
        ],
    ),
    (
        "en",
        "answer",
        [
            ("no clue what to do next tbh", EXPLORE, {}),
            ("Job: retail cashier | Interests: data | Time: 4 hrs a week", ANY, {"goal": DATA, "hours": 4}),
        ],
    ),
    # currency
    (
        "de",
        "currency",
        [
            ("zeig mir Kurse zu Cybersicherheit", ANY, {}),
            ("kannst du die Preise in Rupien anzeigen?", ANY, {"reply_any": _cur("INR", "₹")}),
        ],
    ),
    (
        "es",
        "currency",
        [
            ("muéstrame cursos de ciberseguridad", ANY, {}),
            ("y los precios en pesos mexicanos?", ANY, {"reply_any": _cur("MXN")}),
        ],
    ),
    (
        "hi",
        "currency",
        [
            ("साइबर सुरक्षा के कोर्स दिखाओ", ANY, {}),
            ("कीमत रुपये में बताओ", ANY, {"reply_any": _cur("INR", "₹")}),
        ],
    ),
    (
        "vi",
        "currency",
        [
            ("cho mình xem các khóa an ninh mạng", ANY, {}),
            ("đổi giá sang tiền đồng giúp mình", ANY, {"reply_any": _cur("VND", "₫")}),
        ],
    ),
    (
        "fi",
        "currency",
        [
            ("näytä kyberturvallisuuden kursseja", ANY, {}),
            ("voitko näyttää hinnat dollareina?", ANY, {"reply_any": _cur("USD", "$")}),
        ],
    ),
]


def lines() -> list[dict]:
    out = []
    for n, (lang, tag, turns) in enumerate(_CASES, 1):
        dialogue = D(
            f"{lang}-directions24u-{n:02d}",
            ["directions24u", tag],
            [T(text, intents, **checks) for text, intents, checks in turns],
            split="tune",
        )
        out.append(dialogue_line(dialogue, lang, "tune"))
    return out


if __name__ == "__main__":
    write_lines(Path(sys.argv[1]), lines())
