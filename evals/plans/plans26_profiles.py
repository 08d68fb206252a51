"""Writes plans26_cases.jsonl: 8 learners for hand judgement (issue 14, session 26, branch plans26), written
by the helper on 2026-12-07 at 14:30 UTC before any plan for them was run, then used to find and fix what
they show (split tune, not blind). The classes fresh25 and trial 21 left open, each with other goals,
languages, currencies and levels than the case that showed it: analysts with no analysis or SQL step (01-02),
a scientist moving to computer science (03), a security administrator's cheapest plan (04, 08), a low-level
learner given a high-level course alone (05-07). Verdicts: hand_plans26.md.
Run: .venv/bin/python evals/plans/plans26_profiles.py
"""

from __future__ import annotations

from pathlib import Path

from fresh_writer import write_cases

TODAY = "2031-06-09"  # a Monday
OUT = Path(__file__).with_name("plans26_cases.jsonl")

# (catalogue, judge's start EQF, current role, goal, held [(skill, level)], languages, constraints, strategy)
LEARNERS = [
    (  # 01 Leeds supermarket cashier, basic spreadsheets, English only, EUR 500 -> data analyst
        "bundled",
        3,
        "cashier",
        "data analyst",
        [("use spreadsheets software", "basic")],
        ["en"],
        {"hours_per_week": 6, "weeks": 52, "budget": 500},
        "balanced",
    ),
    (  # 02 Dhaka accounts assistant, good spreadsheets, bn/en, BDT 40000, cheapest -> data analyst
        "bundled",
        4,
        "accounts assistant",
        "data analyst",
        [("use spreadsheets software", "intermediate"), ("statistics", "basic")],
        ["bn", "en"],
        {"hours_per_week": 7, "weeks": 52, "budget": 40000, "currency": "BDT"},
        "cheapest",
    ),
    (  # 03 Munich chemist (MATLAB, numerics, basic Python) -> computer scientist, de/en, EUR 1500
        "bundled",
        6,
        "chemist",
        "computer scientist",
        [
            ("MATLAB", "advanced"),
            ("execute analytical mathematical calculations", "advanced"),
            ("Python (computer programming)", "basic"),
        ],
        ["de", "en"],
        {"hours_per_week": 6, "weeks": 52, "budget": 1500},
        "balanced",
    ),
    (  # 04 Lyon hospital IT support, fr/en, EUR 1000, cheapest -> security administrator
        "bundled",
        5,
        "IT support technician",
        "ICT security administrator",
        [("operating systems", "intermediate"), ("perform ICT troubleshooting", "advanced")],
        ["fr", "en"],
        {"hours_per_week": 6, "weeks": 52, "budget": 1000},
        "cheapest",
    ),
    (  # 05 Dortmund warehouse picker, no computer skills stated, de/en, EUR 800 -> cloud engineer
        "bundled",
        2,
        "warehouse picker",
        "cloud engineer",
        [],
        ["de", "en"],
        {"hours_per_week": 8, "weeks": 52, "budget": 800},
        "balanced",
    ),
    (  # 06 Valencia postal worker, es/en, EUR 600, cheapest -> database administrator
        "bundled",
        3,
        "postal worker",
        "database administrator",
        [("office software", "basic")],
        ["es", "en"],
        {"hours_per_week": 5, "weeks": 52, "budget": 600},
        "cheapest",
    ),
    (  # 07 Hanoi care assistant, vi/en, EUR 700 -> data quality specialist
        "bundled",
        3,
        "care assistant",
        "data quality specialist",
        [("office software", "basic")],
        ["vi", "en"],
        {"hours_per_week": 5, "weeks": 52, "budget": 700},
        "balanced",
    ),
    (  # 08 Pune network technician (routing), hi/en, EUR 600, cheapest -> security administrator
        "bundled",
        5,
        "network technician",
        "ICT security administrator",
        [("ICT network routing", "intermediate"), ("operating systems", "basic")],
        ["hi", "en"],
        {"hours_per_week": 6, "weeks": 52, "budget": 600},
        "cheapest",
    ),
]

if __name__ == "__main__":
    write_cases("plans26", TODAY, LEARNERS, OUT, split="tune")
