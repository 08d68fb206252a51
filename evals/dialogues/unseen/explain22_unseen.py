"""Unseen variants of the explain22 classes (session 22): phrasings written after the fixes but never run
before they were committed, in other words, languages, typos and word orders than the batch's and the tests',
to measure whether the rules generalise ("unseen variants: k/n" in docs/BENCHMARKS.md). Not part of
dialogues.jsonl; `python evals/dialogues/unseen/explain22_unseen.py OUT.jsonl` writes them, then
`pathfinder eval dialogues OUT.jsonl --score` scores them."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "authoring"))

from dsl import D, T, dialogue_line, write_lines  # noqa: E402
from explain22_lists import ASSESS, DIGCOMP, ECTS_HOURS, EQF_SCALE, ORDER, QA  # noqa: E402
from t11goal_lists import ANY  # noqa: E402
from which21_lists import BECAUSE  # noqa: E402

_HL = {"any_lang": True}
_P = {"plan": True}

# (lang, tag, turns as (text, checks))
_CASES: list[tuple[str, str, list[tuple[str, dict]]]] = [
    (
        "en",
        "why_not",
        [
            ("i wanna be a web dev, maybe 7 hrs a week", _P),
            ("y cant i just do the 2nd one first??", {"reply_any": ORDER["en"], "cite_prev_step": 1}),
        ],
    ),
    (
        "en",
        "skip",
        [
            ("plan for data analyst pls, 10h weekly", _P),
            (
                "would it matter if i dont do the 4th one",
                {"cite_any": ["nda-graph-302"], "held_not": ["nda-model-102"]},
            ),
        ],
    ),
    (
        "en",
        "digcomp",
        [
            ("I want to become a digital skills trainer for adults, 4 hours a week", _P),
            ("which DigComp area does the third course cover?", {"reply_any": DIGCOMP, "cite_prev_step": 3}),
        ],
    ),
    (
        "en",
        "ects_hours",
        [
            ("I want to be a web developer, 6 hours a week", _P),
            ("sorry what's an ects in hours again, like one credit?", {"reply_any": ECTS_HOURS}),
        ],
    ),
    (
        "de",
        "why_first",
        [
            ("ich will Webentwickler werden, 6 Std die Woche", _P),
            ("wieso ist der erste Kurs ganz vorne?", {"reply_any": BECAUSE["de"], "cite_prev_step": 1}),
        ],
    ),
    (
        "de",
        "assess",
        [
            ("Ich möchte Datenanalyst werden, 10 Stunden pro Woche", _P),
            ("Gibt es beim dritten eine Prüfung?", {"reply_any": ASSESS["de"], "cite_prev_step": 3}),
        ],
    ),
    (
        "de",
        "skip",
        [
            ("Ich möchte Cloud Engineer werden, 5 Stunden die Woche", _P),
            (
                "Und wenn ich den ersten einfach weglasse?",
                {"held_not": ["hrd-cloud-101"], "cite_any": ["hrd-cloudsec-201"]},
            ),
        ],
    ),
    (
        "es",
        "eqf",
        [
            ("quiero ser analista de datos, 8 horas semanales", _P),
            (
                "¿y el nivel MEC del cuarto qué significa?",
                {"reply_any": EQF_SCALE["es"], "cite_prev_step": 4},
            ),
        ],
    ),
    (
        "es",
        "skip",
        [
            ("quiero ser desarrolladora web, 8 horas por semana", _P),
            (
                "¿qué pasaría si no hago el tercero?",
                {"held_not": ["lit-web-201"], "cite_any": ["lit-webstd-202", "lit-fw-203"]},
            ),
        ],
    ),
    (
        "fr",
        "digcomp",
        [
            ("je veux bosser dans la cybersécurité, 6h par semaine", _P),
            (
                "le premier cours correspond à quel domaine DigComp ?",
                {"reply_any": DIGCOMP, "cite_prev_step": 1},
            ),
        ],
    ),
    (
        "fr",
        "ects_hours",
        [
            ("Je veux devenir analyste de données, 6 heures par semaine", _P),
            ("un ECTS ça représente combien d'heures de travail ?", {"reply_any": ECTS_HOURS}),
        ],
    ),
    (
        "fi",
        "skip",
        [
            ("haluun web-kehittäjäks, 10 h viikossa", _P),
            (
                "mitä jos en käy toista kurssia?",
                {"held_not": ["lit-web-201"], "cite_any": ["lit-webstd-202", "lit-fw-203", "lit-oop-102"]},
            ),
        ],
    ),
    (
        "fi",
        "assess",
        [
            ("Haluan data-analyytikoksi, 8 tuntia viikossa", _P),
            (
                "onko kolmannessa tentti vai miten se arvioidaan?",
                {"reply_any": ASSESS["fi"], "cite_prev_step": 3},
            ),
        ],
    ),
    (
        "vi",
        "why_not",
        [
            ("em muốn làm lập trình viên web, 8 tiếng mỗi tuần", _P),
            ("sao khóa thứ hai không học đầu tiên ạ?", {"reply_any": ORDER["vi"], "cite_prev_step": 1}),
        ],
    ),
    (
        "vi",
        "recog",
        [
            ("Tôi muốn trở thành chuyên viên phân tích dữ liệu, 8 giờ mỗi tuần", _P),
            (
                "khóa thứ năm có được kiểm định chất lượng không?",
                {"reply_any": QA["vi"], "cite_prev_step": 5},
            ),
        ],
    ),
    (
        "hi",
        "ects_hours",
        [
            ("मुझे वेब डेवलपर बनना है, हफ्ते में 6 घंटे", _P),
            ("1 ECTS मतलब कितने घंटे की पढ़ाई?", {"reply_any": ECTS_HOURS}),
        ],
    ),
    (
        "hi",
        "skip",
        [
            ("web developer banna hai, hafte me 8 ghante", {**_P, **_HL}),
            (
                "doosra course na karun to kya hoga?",
                {
                    "held_not": ["lit-web-201"],
                    "cite_any": ["lit-webstd-202", "lit-fw-203", "lit-oop-102"],
                    **_HL,
                },
            ),
        ],
    ),
    (
        "bn",
        "eqf",
        [
            ("আমি ডেটা অ্যানালিস্ট হতে চাই, সপ্তাহে ১০ ঘণ্টা", _P),
            ("চতুর্থটির EQF লেভেলের মানে কী?", {"reply_any": EQF_SCALE["bn"], "cite_prev_step": 4}),
        ],
    ),
    (
        "bn",
        "digcomp",
        [
            ("আমি সাইবার নিরাপত্তায় কাজ করতে চাই, সপ্তাহে ৫ ঘণ্টা", _P),
            ("প্রথম কোর্সটা কি DigComp এর সাথে মেলে?", {"reply_any": DIGCOMP, "cite_prev_step": 1}),
        ],
    ),
]


def dialogues() -> list[tuple[D, str]]:
    out = []
    for n, (lang, tag, turns) in enumerate(_CASES, 1):
        out.append(
            (
                D(
                    f"{lang}-explain22u-{n:02d}",
                    ["explain22_unseen", tag],
                    [T(t, ANY, **c) for t, c in turns],
                ),
                lang,
            )
        )
    return out


if __name__ == "__main__":
    write_lines(Path(sys.argv[1]), (dialogue_line(d, lang, "tune") for d, lang in dialogues()))
