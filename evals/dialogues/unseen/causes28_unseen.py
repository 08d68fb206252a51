"""Unseen variants of the causes28 class (session 28): a subject wished beside a background, in phrasings
written after the fix and committed before their first run, in other registers and word orders than the
batch's and the tests' (the wish first, a lack of another kind, a second person's, typos), to measure whether
the rule generalises ("unseen variants: k/n" in docs/BENCHMARKS.md). Not part of dialogues.jsonl; `python
evals/dialogues/unseen/causes28_unseen.py OUT.jsonl` writes them, then `pathfinder eval dialogues OUT.jsonl
--score` scores them."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "authoring"))

from dsl import EXPLORE, GOAL, PLAN, SEARCH, D, T, dialogue_line, write_lines  # noqa: E402

WISH = GOAL + EXPLORE + SEARCH + PLAN

_CASES: list[tuple[str, list[T]]] = [
    (
        "en",
        [
            T(
                "i work in a laundry, computers scare me a bit, i really want to learn networking tho",
                WISH,
                goal=["network"],
            )
        ],
    ),
    ("en", [T("Third year nursing student. Zero coding. Want to learn data analysis.", WISH, goal=["data"])]),
    (
        "de",
        [
            T(
                "Ich möchte Cybersicherheit lernen, bin aber Bäcker und habe keine Ahnung von IT",
                WISH,
                goal=["security", "cyber"],
            )
        ],
    ),
    (
        "de",
        [
            T(
                "bin Altenpflegerin, am PC bin ich unsicher, möchte aber Webentwicklung lernen",
                WISH,
                goal=["web"],
            )
        ],
    ),
    (
        "es",
        [
            T(
                "limpio casas, de computadoras no entiendo, pero quiero aprender ciberseguridad",
                WISH,
                goal=["security", "cyber"],
            )
        ],
    ),
    (
        "es",
        [
            T(
                "quiero aprender redes, trabajo de camarero y no tengo estudios de informática",
                WISH,
                goal=["network"],
            )
        ],
    ),
    (
        "fr",
        [
            T(
                "aide-soignante, pas à l'aise avec l'ordi, je veux apprendre l'analyse de données",
                WISH,
                goal=["data"],
            )
        ],
    ),
    (
        "fr",
        [
            T(
                "je veux apprendre le cloud, je suis magasinier et je n'y connais rien en informatique",
                WISH,
                goal=["cloud"],
            )
        ],
    ),
    (
        "fi",
        [
            T(
                "olen siivooja enkä osaa tietokoneita, haluan oppia kyberturvallisuutta",
                WISH,
                goal=["security", "cyber"],
            )
        ],
    ),
    ("fi", [T("haluan oppia web-kehitystä, olen kokki eikä minulla ole IT-taustaa", WISH, goal=["web"])]),
    ("vi", [T("tôi là thợ may, không rành máy tính, muốn học phân tích dữ liệu", WISH, goal=["data"])]),
    (
        "vi",
        [
            T(
                "mình muốn học điện toán đám mây, mình làm bảo vệ, chưa biết gì về công nghệ",
                WISH,
                goal=["cloud"],
            )
        ],
    ),
    ("hi", [T("मैं दर्ज़ी हूँ, कंप्यूटर चलाना नहीं आता, वेब डेवलपमेंट सीखना है", WISH, goal=["web"])]),
    (
        "hi",
        [
            T(
                "bhai main delivery boy hoon, computer ka zero knowledge, networking seekhna hai",
                WISH,
                goal=["network"],
                any_lang=True,
            )
        ],
    ),
    ("bn", [T("আমি দর্জি, কম্পিউটার চালাতে পারি না, ডেটা অ্যানালাইসিস শিখতে চাই", WISH, goal=["data"])]),
    (
        "bn",
        [
            T(
                "ami rickshaw chalai na, ami cha er dokan chalai, computer jani na, cloud shikhte chai",
                WISH,
                goal=["cloud"],
                any_lang=True,
            )
        ],
    ),
]


def lines() -> list[dict]:
    out = []
    for n, (lang, turns) in enumerate(_CASES, 1):
        d = D(f"{lang}-causes28u-{n:02d}", ["causes28u", "wish_beside"], turns, split="tune")
        out.append(dialogue_line(d, lang, "tune"))
    return out


if __name__ == "__main__":
    write_lines(Path(sys.argv[1]), lines())
