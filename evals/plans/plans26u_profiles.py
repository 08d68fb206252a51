"""Writes plans26u_cases.jsonl: 8 unseen learners (issue 14, session 26, branch plans26), written by the
helper on 2026-12-07 at 14:45 UTC after the fixes, before any plan for them was run, and not tuned on.
The same classes as plans26 with other goals, languages and limits: analysts (01-02), security
administrators (03-04), the goals whose core the fix changed (security technician 05, e-learning architect
07, ethical hacker 08), a scientist moving to computer science (06). Verdicts: hand_plans26.md.
Run: .venv/bin/python evals/plans/plans26u_profiles.py
"""

from __future__ import annotations

from pathlib import Path

from fresh_writer import write_cases

TODAY = "2031-06-16"  # a Monday
OUT = Path(__file__).with_name("plans26u_cases.jsonl")

# (catalogue, judge's start EQF, current role, goal, held [(skill, level)], languages, constraints, strategy)
LEARNERS = [
    (  # 01 Bristol retail supervisor, English only, EUR 800, cheapest -> data analyst
        "bundled",
        4,
        "retail supervisor",
        "data analyst",
        [("use spreadsheets software", "intermediate")],
        ["en"],
        {"hours_per_week": 6, "weeks": 52, "budget": 800},
        "cheapest",
    ),
    (  # 02 Oulu lab technician (statistics), fi/en, EUR 1200 -> data analyst
        "bundled",
        5,
        "laboratory technician",
        "data analyst",
        [("statistics", "intermediate"), ("use spreadsheets software", "intermediate")],
        ["fi", "en"],
        {"hours_per_week": 5, "weeks": 52, "budget": 1200},
        "balanced",
    ),
    (  # 03 Jaipur bank teller, hi/en, INR 60000 -> security administrator
        "bundled",
        4,
        "bank teller",
        "ICT security administrator",
        [("office software", "intermediate")],
        ["hi", "en"],
        {"hours_per_week": 6, "weeks": 52, "budget": 60000, "currency": "INR"},
        "balanced",
    ),
    (  # 04 Leipzig electrician, de/en, EUR 500, cheapest, 5 h -> security administrator
        "bundled",
        4,
        "electrician",
        "ICT security administrator",
        [("perform ICT troubleshooting", "basic")],
        ["de", "en"],
        {"hours_per_week": 5, "weeks": 52, "budget": 500},
        "cheapest",
    ),
    (  # 05 Marseille ex-soldier, fr/en, EUR 700, cheapest -> security technician
        "bundled",
        3,
        "soldier",
        "ICT security technician",
        [],
        ["fr", "en"],
        {"hours_per_week": 8, "weeks": 40, "budget": 700},
        "cheapest",
    ),
    (  # 06 Hanoi mathematician, vi/en, EUR 2000 -> computer scientist
        "bundled",
        6,
        "mathematician",
        "computer scientist",
        [("execute analytical mathematical calculations", "advanced"), ("statistics", "advanced")],
        ["vi", "en"],
        {"hours_per_week": 8, "weeks": 52, "budget": 2000},
        "balanced",
    ),
    (  # 07 Sevilla secondary teacher, es/en, EUR 1500 -> e-learning architect
        "bundled",
        6,
        "secondary school teacher",
        "e-learning architect",
        [("pedagogy", "advanced"), ("office software", "intermediate")],
        ["es", "en"],
        {"hours_per_week": 5, "weeks": 52, "budget": 1500},
        "balanced",
    ),
    (  # 08 Krakow help-desk technician, pl/en, EUR 3000 -> ethical hacker
        "bundled",
        5,
        "help desk technician",
        "ethical hacker",
        [("perform ICT troubleshooting", "intermediate"), ("operating systems", "intermediate")],
        ["pl", "en"],
        {"hours_per_week": 8, "weeks": 52, "budget": 3000},
        "balanced",
    ),
]

if __name__ == "__main__":
    write_cases("plans26u", TODAY, LEARNERS, OUT, split="tune")
