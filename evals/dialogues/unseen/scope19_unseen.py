"""Unseen variants of the scope19 classes (session 19): phrasings written after the fixes and committed before
their first run, in other words, languages, word orders and typos than the batch's, to measure whether the
rules generalise ("unseen variants: k/n" in docs/BENCHMARKS.md). Not part of dialogues.jsonl; `python
evals/dialogues/unseen/scope19_unseen.py OUT.jsonl` writes them, then `pathfinder eval dialogues OUT.jsonl
--score` scores them."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "authoring"))

from acts17_lists import CAN_DO, CLOUD, CYBER, DB, NET, NETSEC  # noqa: E402
from dsl import D, T, dialogue_line, write_lines  # noqa: E402
from t11goal_lists import ANY  # noqa: E402

OOS = ["out_of_scope"]
GOALS = ["set_goal", "plan", "explore"]
SEARCHES = ["search", "explore", "set_constraints", "refine"]


def _oos(text: str, lang: str, **checks: object) -> T:
    return T(text, OOS, reply_any=CAN_DO[lang], **checks)


_CASES: list[tuple[str, str, list[T]]] = [
    # unrelated, said first
    ("fi", "oos", [_oos("ketä sinä äänestäisit presidentiksi?", "fi", no_goal=True)]),
    ("vi", "oos", [_oos("tối nay nên nấu món gì cho cả nhà ăn", "vi", no_goal=True)]),
    ("es", "oos", [_oos("¿me recomiendas un buen restaurante en Valencia?", "es", no_goal=True)]),
    (
        "de",
        "oos",
        [_oos("kannst du mir ein Java-Programm schreiben, das Zahlen sortiert?", "de", no_goal=True)],
    ),
    (
        "hi",
        "oos",
        [T("mere liye ek excel macro likh do jo rows delete kare", OOS, any_lang=True, no_goal=True)],
    ),
    # unrelated after a goal: out of scope, the goal kept
    (
        "en",
        "oos_kept",
        [
            T("I want to get into cloud computing", GOALS, goal="cloud"),
            _oos("btw who's playing in the champions league final?", "en", goal="cloud"),
        ],
    ),
    (
        "fr",
        "oos_kept",
        [
            T("je voudrais devenir analyste de données", GOALS, goal="data_analyst"),
            _oos("il fera beau à Marseille demain ?", "fr", goal="data_analyst"),
        ],
    ),
    (
        "hi",
        "oos_kept",
        [
            T("मुझे वेब डेवलपर बनना है", GOALS, goal="web"),
            _oos("भारत का अगला प्रधानमंत्री कौन होगा?", "hi", goal="web"),
        ],
    ),
    (
        "vi",
        "oos_kept",
        [
            T("mình muốn làm về an ninh mạng", GOALS, goal="cyber"),
            _oos("giải giúp mình phương trình 2x + 3 = 11", "vi", goal="cyber"),
        ],
    ),
    # near scope: pay, answered with the subject's courses
    ("de", "pay", [T("Was verdient man als Netzwerkadministrator?", ANY, cite_any=NET)]),
    ("en", "pay", [T("what's the pay like for database admins", ANY, cite_any=DB)]),
    ("fr", "pay", [T("un administrateur cloud, ça gagne combien ?", ANY, cite_any=CLOUD)]),
    # searches in own words
    ("fi", "search", [T("jotain verkoista aloittelijalle", SEARCHES, cite_any=NET)]),
    ("de", "search", [T("irgendwas mit Datenbanken, online", SEARCHES, cite_any=DB)]),
    ("es", "search", [T("cursos de seguridad informatica baratos", SEARCHES, cite_any=CYBER)]),
    ("bn", "search", [T("ক্লাউড নিয়ে কিছু কোর্স", SEARCHES, cite_any=CLOUD)]),
    (
        "en",
        "search",
        [T("courses on keeping networks safe from attacks", SEARCHES, cite_any=[*NETSEC, *CYBER])],
    ),
    ("fi", "search", [T("onko mitään pilvipalveluiden tietoturvasta", SEARCHES, cite_any=[*CLOUD, *CYBER])]),
]


def lines() -> list[dict]:
    out = []
    for n, (lang, tag, turns) in enumerate(_CASES, 1):
        d = D(f"{lang}-scope19u-{n:02d}", ["scope19u", tag], turns, split="tune")
        out.append(dialogue_line(d, lang, "tune"))
    return out


if __name__ == "__main__":
    write_lines(Path(sys.argv[1]), lines())
