"""Writes plans24_cases.jsonl: 13 learners for hand judgement (issue 14, session 24, branch plans24), written
by the helper on 2026-12-07 at 08:08 UTC before any plan for them was run, then used to find and fix what they
show (split tune, not blind). The classes fresh23 left open, each with other goals, languages, currencies and
levels than the case that showed it: a learner with no money whose goal's courses all cost (01-04), a course
that only just misses the learner's window (05-07), no plan or a thin plan (08-10), and steps off the goal
(11-13).
Verdicts: hand_plans24.md.
Run: .venv/bin/python evals/plans/plans24_profiles.py
"""

from __future__ import annotations

from pathlib import Path

from fresh_writer import write_cases

TODAY = "2031-03-03"  # a Monday
OUT = Path(__file__).with_name("plans24_cases.jsonl")

# (catalogue, judge's start EQF, current role, goal, held [(skill, level)], languages, constraints, strategy)
LEARNERS = [
    (  # 01 retail cashier, no money at all, English only, 8 h -> system administrator
        "bundled",
        3,
        "retail cashier",
        "ICT system administrator",
        [],
        ["en"],
        {"hours_per_week": 8, "weeks": 30, "budget": 0},
        "cheapest",
    ),
    (  # 02 Finnish cleaner with a little Excel, free only -> web developer
        "bundled",
        3,
        "cleaner",
        "web developer",
        [("use spreadsheets software", "basic")],
        ["fi", "en"],
        {"hours_per_week": 6, "weeks": 52, "budget": 0},
        "balanced",
    ),
    (  # 03 Madrid bus driver, free only -> security technician
        "bundled",
        4,
        "bus driver",
        "ICT security technician",
        [],
        ["es", "en"],
        {"hours_per_week": 5, "weeks": 40, "budget": 0},
        "cheapest",
    ),
    (  # 04 German factory worker with Excel, unemployed, free only -> data analyst
        "bundled",
        4,
        "factory worker",
        "data analyst",
        [("use spreadsheets software", "intermediate")],
        ["de", "en"],
        {"hours_per_week": 6, "weeks": 52, "budget": 0},
        "balanced",
    ),
    (  # 05 French librarian -> e-learning developer, 2 h a week for 20 weeks
        "bundled",
        5,
        "librarian",
        "e-learning developer",
        [],
        ["fr", "en"],
        {"hours_per_week": 2, "weeks": 20, "budget": 800},
        "balanced",
    ),
    (  # 06 accountant with advanced Excel -> data analyst, 3 h for a quarter, fastest
        "bundled",
        5,
        "accountant",
        "data analyst",
        [("use spreadsheets software", "advanced")],
        ["en"],
        {"hours_per_week": 3, "weeks": 12, "budget": 1000},
        "fastest",
    ),
    (  # 07 Hanoi office administrator -> software tester, 4 h for 10 weeks
        "bundled",
        4,
        "office administrator",
        "software tester",
        [],
        ["vi", "en"],
        {"hours_per_week": 4, "weeks": 10, "budget": 15000000, "currency": "VND"},
        "balanced",
    ),
    (  # 08 Munich physics researcher with Python -> computer scientist
        "bundled",
        6,
        "physics researcher",
        "computer scientist",
        [("Python (computer programming)", "intermediate")],
        ["de", "en"],
        {"hours_per_week": 6, "weeks": 40, "budget": 2000},
        "balanced",
    ),
    (  # 09 Pune CS graduate with basic SQL and Python -> data warehouse designer, 15 h for half a year
        "bundled",
        5,
        "computer science graduate",
        "data warehouse designer",
        [("SQL", "basic"), ("Python (computer programming)", "basic")],
        ["hi", "en"],
        {"hours_per_week": 15, "weeks": 26, "budget": 40000, "currency": "INR"},
        "balanced",
    ),
    (  # 10 Valencia front-end developer (JavaScript advanced) -> software tester, fastest
        "bundled",
        5,
        "web developer",
        "software tester",
        [("JavaScript", "advanced")],
        ["es", "en"],
        {"hours_per_week": 6, "weeks": 30, "budget": 1200},
        "fastest",
    ),
    (  # 11 Dhaka networking student with basic routing -> network administrator, cheapest
        "bundled",
        5,
        "student",
        "ICT network administrator",
        [("ICT network routing", "basic")],
        ["bn", "en"],
        {"hours_per_week": 8, "weeks": 40, "budget": 25000, "currency": "BDT"},
        "cheapest",
    ),
    (  # 12 Tampere Python developer (advanced) -> intelligent systems designer
        "bundled",
        5,
        "Python developer",
        "ICT intelligent systems designer",
        [("Python (computer programming)", "advanced")],
        ["fi", "en"],
        {"hours_per_week": 6, "weeks": 40, "budget": 1500},
        "balanced",
    ),
    (  # 13 Lyon help desk agent who troubleshoots -> network administrator, EUR 400
        "bundled",
        4,
        "help desk agent",
        "ICT network administrator",
        [("perform ICT troubleshooting", "intermediate")],
        ["fr", "en"],
        {"hours_per_week": 5, "weeks": 52, "budget": 400},
        "balanced",
    ),
]

if __name__ == "__main__":
    write_cases("plans24", TODAY, LEARNERS, OUT, split="tune")
