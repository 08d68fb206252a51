"""Unseen variants of the goalplan25 classes (session 25): phrasings written after the fixes and committed
before their first run, in other word orders, registers and typos than the batch's and the tests', to measure
whether the rules generalise ("unseen variants: k/n" in docs/BENCHMARKS.md). Not part of dialogues.jsonl;
`python evals/dialogues/unseen/goalplan25_unseen.py OUT.jsonl` writes them, then `pathfinder eval dialogues
OUT.jsonl --score` scores them."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "authoring"))

from dsl import D, T, dialogue_line, write_lines  # noqa: E402
from goalplan25_lists import PLAN, STATED  # noqa: E402

AUTO, AIOPS = "Network Automation with Python and APIs", "AI-Driven Network Operations"
PAIR = ["ccna-netauto-203", "ccna-aiops-301"]
CHOICE = ["compare", "select", "explain"]


def _pair(compare: str, ask: str) -> list[T]:
    return [T(compare, ["compare"]), T(ask, CHOICE, cite_any=PAIR)]


_CASES: list[tuple[str, str, list[T]]] = [
    # goal_stated: a goal with its limits, nothing asked
    (
        "en",
        "goal_stated",
        [T("helping my nephew, ex-barista, he's set on cybersecurity. 7 hrs/week, tight money", STATED)],
    ),
    (
        "de",
        "goal_stated",
        [T("Ziel: Cloud-Administratorin bis nächsten Herbst, 5 Std. wöchentlich, Budget 600 €", STATED)],
    ),
    (
        "es",
        "goal_stated",
        [T("mi meta es trabajar en soporte informático antes de fin de año, 6 h semanales", STATED)],
    ),
    (
        "fr",
        "goal_stated",
        [T("objectif : devenir analyste de données d'ici un an, 5 h par semaine, budget serré", STATED)],
    ),
    ("fi", "goal_stated", [T("tavoitteena päästä web-kehittäjäksi ensi vuonna, aikaa 6 h viikossa", STATED)]),
    (
        "vi",
        "goal_stated",
        [T("mục tiêu của mình là làm quản trị mạng trong năm tới, mỗi tuần rảnh 7 tiếng", STATED)],
    ),
    ("hi", "goal_stated", [T("मेरा लक्ष्य अगले साल तक साइबर सिक्योरिटी में नौकरी है, हफ्ते में 6 घंटे", STATED)]),
    ("bn", "goal_stated", [T("আমার লক্ষ্য আগামী বছরের মধ্যে ডেটা অ্যানালিস্ট হওয়া, সপ্তাহে ৬ ঘণ্টা", STATED)]),
    # way_asked: the way asked for, no plan word
    ("en", "way_asked", [T("aiming for cloud engineer, ~6h a week - what do i need to study?", PLAN)]),
    ("de", "way_asked", [T("Ziel Datenanalyst, 4 Stunden pro Woche. Womit fange ich an?", PLAN)]),
    ("fr", "way_asked", [T("je vise le métier d'admin réseau, 5 h/semaine, par quoi je commence ?", PLAN)]),
    ("fi", "way_asked", [T("tähtään tietoturva-asiantuntijaksi, 5 h viikossa. mistä aloitan?", PLAN)]),
    # pair_take: which one to take right after two compared
    ("en", "pair_take", _pair(f"compare {AUTO} and {AIOPS}", "hmm so which one would u pick")),
    (
        "de",
        "pair_take",
        _pair(f"Vergleich bitte {AUTO} mit {AIOPS}", "und welchen würdest du mir empfehlen?"),
    ),
    ("es", "pair_take", _pair(f"compara {AUTO} con {AIOPS}", "¿y cuál elijo?")),
    ("fi", "pair_take", _pair(f"vertaa {AUTO} ja {AIOPS}", "kumman sä ottaisit?")),
    ("vi", "pair_take", _pair(f"so sánh {AUTO} và {AIOPS}", "vậy mình nên chọn khóa nào?")),
    ("hi", "pair_take", _pair(f"{AUTO} और {AIOPS} की तुलना करो", "तो इनमें से कौन सा लूँ?")),
    ("bn", "pair_take", _pair(f"{AUTO} আর {AIOPS} তুলনা করুন", "তাহলে কোনটা নেব?")),
    # cv_need: a need with no subject
    ("en", "cv_need", [T("my temp job finishes in march and i need something to put on my cv", ["explore"])]),
]


def lines() -> list[dict]:
    out = []
    for n, (lang, tag, turns) in enumerate(_CASES, 1):
        d = D(f"{lang}-goalplan25u-{n:02d}", ["goalplan25u", tag], turns, split="tune")
        out.append(dialogue_line(d, lang, "tune"))
    return out


if __name__ == "__main__":
    write_lines(Path(sys.argv[1]), lines())
