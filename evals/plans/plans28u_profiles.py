"""Writes plans28u_cases.jsonl: 8 unseen learners for hand judgement (issue 14, session 28, branch plans28),
written by the helper on 2026-12-07 at 20:47 UTC after the fixes and before any plan for them was run
(split tune, not used to tune): the classes of plans28 with other goals, languages and limits. Newcomers
nothing in whose languages teaches the goal (01 Spanish, 02 Polish) and one whose language has the goal's
courses (03, French); cheapest and balanced plans where another subject's certificate parts could enter
(04 a sysadmin to network engineer, 07 a developer to system developer); the data goals (05, 06, 08 with the
edX/Udemy files). Verdicts: hand_plans28.md. Run: .venv/bin/python evals/plans/plans28u_profiles.py
"""

from __future__ import annotations

from pathlib import Path

from fresh_writer import write_cases

TODAY = "2031-09-01"  # a Monday
OUT = Path(__file__).with_name("plans28u_cases.jsonl")

# (catalogue, judge's start EQF, current role, goal, held [(skill, level)], languages, constraints, strategy)
LEARNERS = [
    (  # 01 Seville cleaner, no IT skills, Spanish only, free -> system administrator, 6 h
        "bundled",
        3,
        "cleaner",
        "ICT system administrator",
        [],
        ["es"],
        {"hours_per_week": 6, "weeks": 52, "budget": 0},
        "cheapest",
    ),
    (  # 02 Krakow shop assistant, no IT skills, Polish only, EUR 100 -> security technician, 4 h
        "bundled",
        3,
        "shop assistant",
        "ICT security technician",
        [],
        ["pl"],
        {"hours_per_week": 4, "weeks": 52, "budget": 100},
        "balanced",
    ),
    (  # 03 Marseille warehouse worker, no IT skills, French only, EUR 800 -> network engineer, 6 h
        "bundled",
        3,
        "warehouse worker",
        "ICT network engineer",
        [],
        ["fr"],
        {"hours_per_week": 6, "weeks": 52, "budget": 800},
        "balanced",
    ),
    (  # 04 Delhi Linux sysadmin (operating systems, scripting) -> network engineer, hi/en, EUR 400, cheapest
        "bundled",
        5,
        "system administrator",
        "ICT network engineer",
        [("operating systems", "advanced"), ("use scripting programming", "intermediate")],
        ["hi", "en"],
        {"hours_per_week": 6, "weeks": 52, "budget": 400},
        "cheapest",
    ),
    (  # 05 Hamburg data engineer (SQL, Python) -> data scientist, de/en, EUR 1000, 6 h
        "bundled",
        6,
        "data engineer",
        "data scientist",
        [("SQL", "advanced"), ("Python (computer programming)", "advanced")],
        ["de", "en"],
        {"hours_per_week": 6, "weeks": 52, "budget": 1000},
        "balanced",
    ),
    (  # 06 Hue maths teacher (statistics) -> data analyst, vi/en, EUR 300, cheapest
        "bundled",
        6,
        "mathematics teacher",
        "data analyst",
        [("statistics", "advanced")],
        ["vi", "en"],
        {"hours_per_week": 5, "weeks": 52, "budget": 300},
        "cheapest",
    ),
    (  # 07 Tampere Java developer (C++, Java) -> ICT system developer, fi/en, EUR 1500, 6 h
        "bundled",
        6,
        "Java developer",
        "ICT system developer",
        [("Java (computer programming)", "intermediate"), ("C++", "intermediate")],
        ["fi", "en"],
        {"hours_per_week": 6, "weeks": 52, "budget": 1500},
        "balanced",
    ),
    (  # 08 real: Dhaka accountant (spreadsheets) -> data analyst, bn/en, EUR 200, 5 h
        "bundled+real",
        5,
        "accountant",
        "data analyst",
        [("use spreadsheets software", "advanced")],
        ["bn", "en"],
        {"hours_per_week": 5, "weeks": 52, "budget": 200},
        "balanced",
    ),
]

if __name__ == "__main__":
    write_cases("plans28u", TODAY, LEARNERS, OUT, split="tune")
