"""Unseen variants of the which21 classes (session 21): phrasings written after the fixes but never run
before they were committed, in other words, languages, typos and word orders than the batch's and the tests',
to measure whether the rule generalises ("unseen variants: k/n" in docs/BENCHMARKS.md). Not part of
dialogues.jsonl; `python evals/dialogues/unseen/which21_unseen.py OUT.jsonl` writes them, then
`pathfinder eval dialogues OUT.jsonl --score` scores them."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "authoring"))

from dsl import D, T, dialogue_line, write_lines  # noqa: E402
from follow20_lists import STARTERS  # noqa: E402
from t11goal_lists import ANY  # noqa: E402
from which21_lists import (  # noqa: E402
    AI_START,
    BECAUSE,
    CLOUD_START,
    CYBER_START,
    DATA_AFTER_EXCEL,
    GOAL_WORD,
    HL_BECAUSE,
    SUPPORT_FIRST,
    WEB_FIRST,
)

_HL = {"any_lang": True}


def _why(lang: str, **more: object) -> dict:
    return {"reply_any": BECAUSE[lang], **more}


# (lang, tag, turns as (text, checks))
_CASES: list[tuple[str, str, list[tuple[str, dict]]]] = [
    (
        "en",
        "list_first",
        [
            ("got any AI courses", {}),
            ("out of those which one would u take frist", _why("en", cite_first=AI_START)),
        ],
    ),
    (
        "en",
        "held_first",
        [
            ("show me security courses", {}),
            (
                "i'm already decent with networking. which is the one to start on?",
                _why("en", cite_first=CYBER_START),
            ),
        ],
    ),
    (
        "en",
        "group_first",
        [
            (
                "I coordinate a class of adult learners, most left school at 16, they'd like IT "
                "helpdesk jobs",
                {},
            ),
            (
                "which one should the whole group do first, and why that one?",
                _why("en", cite_first=SUPPORT_FIRST),
            ),
        ],
    ),
    (
        "de",
        "list_first",
        [("Habt ihr was zu Cloud?", {}), ("Und welcher davon zuerst?", _why("de", cite_first=CLOUD_START))],
    ),
    (
        "de",
        "plan_first",
        [
            ("Ich möchte Webentwickler werden, 5 Stunden pro Woche", {"plan": True}),
            ("welcher Kurs kommt als erstes dran und wieso?", _why("de", cite_prev_step=1)),
        ],
    ),
    (
        "es",
        "held_first",
        [
            ("quiero trabajar como analista de datos, las hojas de cálculo ya las domino", {}),
            (
                "¿y cual seria el primero?",
                _why("es", cite_first=DATA_AFTER_EXCEL, cite_none=["glcc-office-106"]),
            ),
        ],
    ),
    ("es", "none_first", [("¿por cuál curso empiezo?", {"reply_any": GOAL_WORD["es"]})]),
    (
        "fr",
        "list_first",
        [
            ("des formations en IA ?", {}),
            ("laquelle je dois faire d'abord, et pourquoi ?", _why("fr", cite_first=AI_START)),
        ],
    ),
    (
        "fi",
        "opening_first",
        [
            ("oon ollu bussikuski 20 vuotta ja haluisin jotain uutta", {"dead_ok": True}),
            ("mikä kurssi ekaks?", _why("fi", cite_first=STARTERS)),
        ],
    ),
    (
        "fi",
        "card_first",
        [
            ("kerro IT Help Desk Fundamentals -kurssista", {}),
            ("mikä kurssi pitää käydä ensin?", _why("fi", cite_first=["glcc-solve-105"])),
        ],
    ),
    (
        "vi",
        "list_first",
        [
            ("cho mình xem các khóa về điện toán đám mây", {}),
            ("trong mấy khóa này nên học cái nào đầu tiên?", _why("vi", cite_first=CLOUD_START)),
        ],
    ),
    (
        "hi",
        "plan_first",
        [
            ("मुझे वेब डेवलपर बनना है, हफ्ते में 6 घंटे", {"plan": True}),
            ("इनमें से कौन सा कोर्स सबसे पहले, और क्यों?", _why("hi", cite_prev_step=1)),
        ],
    ),
    (
        "en",
        "list_first",
        [
            ("web development courses dikhao", _HL),
            (
                "inme se sabse pehle konsa karna chahiye?",
                {"reply_any": HL_BECAUSE, **_HL, "cite_first": WEB_FIRST},
            ),
        ],
    ),
    (
        "bn",
        "list_first",
        [
            ("সাইবার সিকিউরিটির কোর্সগুলো দেখান", {}),
            ("এগুলোর মধ্যে প্রথমে কোনটা করা উচিত?", _why("bn", cite_first=CYBER_START)),
        ],
    ),
]


def lines() -> list[dict]:
    out = []
    for n, (lang, tag, turns) in enumerate(_CASES, 1):
        d = D(f"{lang}-which21u-{n:02d}", ["which21u", tag], [T(t, ANY, **c) for t, c in turns], split="tune")
        out.append(dialogue_line(d, lang, "tune"))
    return out


if __name__ == "__main__":
    write_lines(Path(sys.argv[1]), lines())
