"""Unseen variants of the loose24 classes (session 24): phrasings written after the fixes but never run before
they were committed, in other words, languages, typos and word orders than the batch's and the tests', to
measure whether the rules generalise ("unseen variants: k/n" in docs/BENCHMARKS.md). Not part of
dialogues.jsonl; `python evals/dialogues/unseen/loose24_unseen.py OUT.jsonl` writes them, then
`pathfinder eval dialogues OUT.jsonl --score` scores them."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "authoring"))

from days23_lists import WEEKS  # noqa: E402
from dees22_lists import BASICS  # noqa: E402
from dsl import D, T, dialogue_line, write_lines  # noqa: E402
from loose24_lists import ABOUT_PHONES, AFTER_CLOUD, AFTER_PROG, AFTER_SOC, PHONE  # noqa: E402
from t11goal_lists import ANY  # noqa: E402

AFTER_MODEL = ["nda-dwh-202", "nda-dba-201", "nda-graph-302"]


def _ready(lang: str) -> dict:
    return {"reply_any": WEEKS[lang], "no_deadline": True}


def _phone(*said: str) -> dict:
    return {
        "role_not": PHONE,
        "goal_not": PHONE,
        "cite_any": BASICS,
        "cite_none": ABOUT_PHONES,
        "lead_eqf": [1, 2, 3],
        "reply_any": list(said),
    }


# (lang, tag, turns as (text, checks))
_CASES: list[tuple[str, str, list[tuple[str, dict]]]] = [
    (
        "es",
        "ready",
        [
            ("quiero ser administrador de redes, tengo 6 horas a la semana", {"hours": 6}),
            ("y en cuánto tiempo estaría listo para trabajar?", _ready("es")),
        ],
    ),
    (
        "en",
        "ready",
        [
            ("I want to be a cloud engineer, 8 hrs a week", {"hours": 8}),
            ("how long b4 im job ready", _ready("en")),
        ],
    ),
    (
        "fi",
        "ready",
        [
            ("haluan kyberturvallisuusasiantuntijaksi, 5 h viikossa", {"hours": 5}),
            ("kuinka pian olen työvalmis?", _ready("fi")),
        ],
    ),
    (
        "vi",
        "ready",
        [
            ("toi muon lam data analyst, moi tuan 5 tieng", {"hours": 5}),
            ("bao lau thi toi san sang di lam?", _ready("vi")),
        ],
    ),
    (
        "de",
        "ready",
        [
            ("Ich möchte Cloud-Engineer werden und habe 5 Stunden pro Woche", {"hours": 5}),
            ("Wie lange dauert es, bis ich einsatzbereit bin?", _ready("de")),
        ],
    ),
    (
        "bn",
        "ready",
        [
            ("ami data analyst hote chai, soptahe 5 ghonta", {"any_lang": True}),
            (
                "koto din lagbe kaj korar jonno toiri hote?",
                {"reply_any": [*WEEKS["en"], *WEEKS["bn"]], "no_deadline": True, "any_lang": True},
            ),
        ],
    ),
    (
        "fr",
        "ready",
        [
            ("objectif développeur web, 6 h par semaine", {"hours": 6}),
            ("au bout de combien de temps je serai employable ?", _ready("fr")),
        ],
    ),
    (
        "fr",
        "phone",
        [("je n'ai qu'un portable, pas d'ordinateur, je veux apprendre les bases", _phone("téléphone"))],
    ),
    ("fi", "phone", [("mulla on vaan kännykkä, ei konetta. mistä aloitan?", _phone("puhelin"))]),
    ("bn", "phone", [("আমার শুধু একটা স্মার্টফোন আছে, ল্যাপটপ নেই", _phone("ফোন"))]),
    (
        "en",
        "phone",
        [("my client only got her cell, no pc at home. where should she start?", _phone("phone"))],
    ),
    (
        "es",
        "phone",
        [("no tengo computadora, solo el teléfono. qué puedo estudiar?", _phone("celular", "teléfono"))],
    ),
    ("hi", "phone", [("मेरे पास केवल स्मार्टफोन है, कंप्यूटर सीखना है", _phone("फ़ोन", "फोन"))]),
    (
        "de",
        "after",
        [
            ("Ich will Pentester werden", {}),
            (
                "Was mache ich nach Security Operations Fundamentals?",
                {"cite_lead": (["bvca-pentest-201", "bvca-vuln-204"], AFTER_SOC)},
            ),
        ],
    ),
    (
        "hi",
        "after",
        [
            ("mujhe web developer banna hai", {"any_lang": True}),
            (
                "Programming Fundamentals in Python ke baad kya karun?",
                {"cite_lead": (["lit-web-201", "lit-api-204"], AFTER_PROG), "any_lang": True},
            ),
        ],
    ),
    (
        "vi",
        "after",
        [
            ("em muốn làm kỹ sư bảo mật đám mây", {}),
            (
                "học xong Grundlagen des Cloud Computing thì học gì tiếp?",
                {"cite_lead": (["hrd-cloudsec-201", "hrd-iam-202", "hrd-cloudnet-203"], AFTER_CLOUD)},
            ),
        ],
    ),
    (
        "en",
        "after",
        [("what should I take after Data Modelling Essentials", {"no_goal": True, "cite_any": AFTER_MODEL})],
    ),
]


def dialogues() -> list[tuple[D, str]]:
    out = []
    for n, (lang, tag, turns) in enumerate(_CASES, 1):
        out.append(
            (D(f"{lang}-loose24u-{n:02d}", ["loose24_unseen", tag], [T(t, ANY, **c) for t, c in turns]), lang)
        )
    return out


if __name__ == "__main__":
    write_lines(Path(sys.argv[1]), (dialogue_line(d, lang, "tune") for d, lang in dialogues()))
