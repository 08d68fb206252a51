"""Unseen variants of the skills21 classes (session 21): phrasings written after the fixes, committed before
their first run, in other words, tools, languages and word orders than the batch's and the tests', to measure
whether the rules generalise ("unseen variants: k/n" in docs/BENCHMARKS.md). Not part of dialogues.jsonl;
`python evals/dialogues/unseen/skills21_unseen.py OUT.jsonl` writes them, then `pathfinder eval dialogues
OUT.jsonl --score` scores them."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "authoring"))

from dsl import D, T, dialogue_line, write_lines  # noqa: E402
from skills21_lists import BASIC, BI, CLOUD, GRAPH, JAVA, MIDUP, OS, PM, PY, SHEET, SK, SKONLY, SQL, WP  # noqa: E402

_CASES: list[tuple[str, str, list[tuple[str, list[str], dict]]]] = [
    # tools standing for skills
    ("en", "tool", [("Photoshop is what I use all day at the print shop", SKONLY, {"skills": [GRAPH]})]),
    ("de", "tool", [("wir planen alle Sprints in Jira, das mache ich", SKONLY, {"skills": [PM]})]),
    ("es", "tool", [("hago los carteles de la tienda con Canva", SKONLY, {"skills": [GRAPH]})]),
    ("fr", "tool", [("je gère le site de l'asso sous WordPress", SKONLY, {"skills": [WP]})]),
    ("fi", "tool", [("teen raportit Power BI:llä", SKONLY, {"skills": [BI]})]),
    ("vi", "tool", [("tôi quản lý công việc nhóm bằng Trello", SKONLY, {"skills": [PM]})]),
    ("hi", "tool", [("मुझे कैनवा और एक्सेल दोनों आते हैं", SKONLY, {"skills_all": [GRAPH, SHEET]})]),
    # a skill held before, taken back
    (
        "en",
        "correction",
        [
            ("I'm fine with Linux and SQL", SKONLY, {"skills_all": [OS, SQL]}),
            ("wait, scratch SQL, I've never written a query", SKONLY, {"skills": [OS], "skills_not": [SQL]}),
        ],
    ),
    (
        "es",
        "correction",
        [
            ("manejo Excel y Python", SKONLY, {"skills_all": [SHEET, PY]}),
            ("perdona, Python no lo he tocado nunca", SKONLY, {"skills": [SHEET], "skills_not": [PY]}),
        ],
    ),
    (
        "fi",
        "correction",
        [
            ("osaan Javaa ja Exceliä", SKONLY, {"skills_all": [JAVA, SHEET]}),
            ("eiku en mä oikeesti osaa Javaa", SKONLY, {"skills": [SHEET], "skills_not": [JAVA]}),
        ],
    ),
    (
        "bn",
        "correction",
        [
            ("আমি SQL আর এক্সেল জানি", SKONLY, {"skills_all": [SQL, SHEET]}),
            ("দুঃখিত, SQL আমি কখনো ব্যবহার করিনি", SKONLY, {"skills": [SHEET], "skills_not": [SQL]}),
        ],
    ),
    # a job's work said as an activity
    (
        "en",
        "job_skill",
        [("I handle the bookkeeping at my aunt's bakery", SK, {"skills": [SHEET], "no_role": True})],
    ),
    (
        "fi",
        "job_skill",
        [("teen kirjanpidon parille pienyritykselle", SK, {"skills": [SHEET], "no_role": True})],
    ),
    ("bn", "job_skill", [("আমি একটা অফিসে হিসাবরক্ষণের কাজ করি", SK, {"skills": [SHEET]})]),
    # levels and years
    ("de", "level", [("mit AWS hab ich seit Jahren zu tun", SKONLY, {"levels": {CLOUD: MIDUP}})]),
    ("fr", "level", [("mon SQL est un peu rouillé, ça fait longtemps", SKONLY, {"levels": {SQL: BASIC}})]),
    ("vi", "level", [("lau roi toi khong dung Java, quen gan het", SKONLY, {"levels": {JAVA: BASIC}})]),
    ("hi", "level", [("Linux pe 4 saal se kaam kar raha hoon", SKONLY, {"skills": [OS], "any_lang": True})]),
    # "and X too" after skills
    (
        "de",
        "too",
        [
            ("ich kann Python", SKONLY, {"skills": [PY]}),
            ("und Tableau auch", SKONLY, {"skills_all": [PY, BI]}),
        ],
    ),
    (
        "fr",
        "too",
        [
            ("je connais Excel", SKONLY, {"skills": [SHEET]}),
            ("et Jira aussi", SKONLY, {"skills_all": [SHEET, PM]}),
        ],
    ),
]


def dialogues() -> list[tuple[D, str]]:
    out = []
    counts: dict[str, int] = {}
    for lang, tag, turns in _CASES:
        counts[lang] = counts.get(lang, 0) + 1
        d = D(
            f"{lang}-skills21u-{counts[lang]:02d}",
            ["skills21u", tag],
            [T(text, intents, **checks) for text, intents, checks in turns],
            split="tune",
        )
        out.append((d, lang))
    return out


if __name__ == "__main__":
    write_lines(Path(sys.argv[1]), (dialogue_line(d, lang, "tune") for d, lang in dialogues()))
