"""Writes start19v_cases.jsonl: 4 unseen variants of start19's entry class (issue 14, session 19, branch
plans19start), written by the helper at 17:43 UTC AFTER the fix (planner/entry.py) and never tuned on: other
backgrounds, languages and goals than start19's. Judged in hand_start19.md ("unseen variants").
Run: .venv/bin/python evals/plans/start19v_profiles.py
"""

from __future__ import annotations

from pathlib import Path

from fresh_writer import write_cases

TODAY = "2030-09-02"  # a Monday
OUT = Path(__file__).with_name("start19v_cases.jsonl")

# (catalogue, judge's start EQF, current role, goal, held [(skill, level)], languages, constraints, strategy)
LEARNERS = [
    (  # Turku: pharmacist -> data analyst, Finnish only
        "bundled",
        5,
        "pharmacist",
        "data analyst",
        [("statistics", "intermediate")],
        ["fi"],
        {"hours_per_week": 6, "weeks": 52, "budget": 2500},
        "balanced",
    ),
    (  # Vienna: hotel manager -> data analyst, German/English, more hours
        "bundled",
        4,
        "hotel manager",
        "data analyst",
        [("use spreadsheets software", "advanced"), ("office software", "advanced")],
        ["de", "en"],
        {"hours_per_week": 8, "weeks": 52, "budget": 3000},
        "fastest",
    ),
    (  # Malaga: retail clerk -> ICT system administrator, Spanish/English
        "bundled",
        3,
        "retail clerk",
        "ICT system administrator",
        [("use IT tools", "basic")],
        ["es", "en"],
        {"hours_per_week": 6, "weeks": 52, "budget": 1500},
        "balanced",
    ),
    (  # Vaasa: car mechanic -> ICT system administrator, Finnish only
        "bundled",
        3,
        "car mechanic",
        "ICT system administrator",
        [("use IT tools", "basic")],
        ["fi"],
        {"hours_per_week": 5, "weeks": 52, "budget": 1500},
        "balanced",
    ),
]

if __name__ == "__main__":
    write_cases("start19v", TODAY, LEARNERS, OUT, split="tune")
