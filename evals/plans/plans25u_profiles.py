"""Writes plans25u_cases.jsonl: 8 unseen variants of plans25's classes (issue 14, session 25, branch
plans25), written by the helper at 11:45 UTC after the fixes and before running them; run on base 09d5ae2d
and on the branch, not tuned on (verdicts in hand_plans25.md, "Unseen variants"): newcomers whose goal's
first courses sit two EQF levels above a first level (01-05, 08), fastest plans with dated sessions and no
deadline (06-07).
Run: .venv/bin/python evals/plans/plans25u_profiles.py
"""

from __future__ import annotations

from pathlib import Path

from fresh_writer import write_cases

TODAY = "2031-06-02"  # a Monday
OUT = Path(__file__).with_name("plans25u_cases.jsonl")

# (catalogue, judge's start EQF, current role, goal, held [(skill, level)], languages, constraints, strategy)
LEARNERS = [
    (  # 01 Chittagong garment worker -> system administrator, BDT 60000
        "bundled",
        3,
        "garment worker",
        "ICT system administrator",
        [],
        ["bn", "en"],
        {"hours_per_week": 6, "weeks": 52, "budget": 60000, "currency": "BDT"},
        "balanced",
    ),
    (  # 02 Valencia cleaner -> security technician, EUR 900
        "bundled",
        3,
        "cleaner",
        "ICT security technician",
        [],
        ["es", "en"],
        {"hours_per_week": 5, "weeks": 52, "budget": 900},
        "balanced",
    ),
    (  # 03 Leeds taxi driver -> network administrator, EUR 800
        "bundled",
        3,
        "taxi driver",
        "ICT network administrator",
        [],
        ["en"],
        {"hours_per_week": 6, "weeks": 40, "budget": 800},
        "balanced",
    ),
    (  # 04 Lille shop assistant -> database administrator, EUR 1200
        "bundled",
        3,
        "shop assistant",
        "database administrator",
        [],
        ["fr", "en"],
        {"hours_per_week": 6, "weeks": 52, "budget": 1200},
        "balanced",
    ),
    (  # 05 Munich hairdresser -> cloud engineer, EUR 1500
        "bundled",
        3,
        "hairdresser",
        "cloud engineer",
        [],
        ["de", "en"],
        {"hours_per_week": 8, "weeks": 52, "budget": 1500},
        "balanced",
    ),
    (  # 06 Oulu JavaScript developer -> network engineer, fastest, no deadline
        "bundled",
        5,
        "web developer",
        "ICT network engineer",
        [("JavaScript", "advanced")],
        ["fi", "en"],
        {"hours_per_week": 5, "budget": 5000},
        "fastest",
    ),
    (  # 07 Da Nang data analyst (SQL, Python) -> data scientist, fastest, no deadline
        "bundled",
        5,
        "data analyst",
        "data scientist",
        [("SQL", "advanced"), ("Python (computer programming)", "intermediate")],
        ["vi", "en"],
        {"hours_per_week": 6},
        "fastest",
    ),
    (  # 08 Pune warehouse worker -> system administrator, cheapest, INR 50000
        "bundled",
        3,
        "warehouse worker",
        "ICT system administrator",
        [],
        ["hi", "en"],
        {"hours_per_week": 5, "weeks": 52, "budget": 50000, "currency": "INR"},
        "cheapest",
    ),
]

if __name__ == "__main__":
    write_cases("plans25u", TODAY, LEARNERS, OUT, split="tune")
