"""Writes start21_cases.jsonl: 15 learners for hand judgement (issue 14, session 21, branch start21), written
by the helper on 2026-12-06 at 22:40 UTC before any plan for them was run, then used to find and fix what
they show (split tune, not blind). Plans that start where the learner is: beginners and career changers at
EQF 2-4 (no skill held, or only office/digital basics) to nine goals among the 36 occupations (data
analyst, ICT system administrator, cloud engineer, ICT security technician, ICT network administrator, web
developer, software tester, database administrator, software developer), in the eight reply languages with
or without English, and budgets in four currencies; two learners hold the goal's basics (spreadsheets;
basic networking), whose plans should skip the first courses. 11 are judged on the bundled corpus, 4 on the
bundled corpus plus edX and Udemy (`constraints_kind`).
Verdicts: hand_start21.md.
Run: .venv/bin/python evals/plans/start21_profiles.py
"""

from __future__ import annotations

from pathlib import Path

from fresh_writer import write_cases

TODAY = "2030-09-02"  # a Monday
OUT = Path(__file__).with_name("start21_cases.jsonl")

# (catalogue, judge's start EQF, current role, goal, held [(skill, level)], languages, constraints, strategy)
LEARNERS = [
    (  # Manchester: supermarket cashier -> data analyst, nothing held
        "bundled",
        3,
        "cashier",
        "data analyst",
        [],
        ["en"],
        {"hours_per_week": 5, "weeks": 40, "budget": 300},
        "balanced",
    ),
    (  # Lucknow: factory worker -> data analyst, cheapest
        "bundled",
        3,
        "factory worker",
        "data analyst",
        [("office software", "basic")],
        ["hi", "en"],
        {"hours_per_week": 4, "weeks": 52, "budget": 8000, "currency": "INR"},
        "cheapest",
    ),
    (  # Stuttgart: retail supervisor with advanced spreadsheets -> data analyst (spreadsheet basics held)
        "bundled",
        4,
        "retail supervisor",
        "data analyst",
        [("use spreadsheets software", "advanced")],
        ["de", "en"],
        {"hours_per_week": 5, "weeks": 52, "budget": 600},
        "balanced",
    ),
    (  # Dublin: office cleaner -> ICT system administrator, never used a computer at work
        "bundled",
        2,
        "cleaner",
        "ICT system administrator",
        [],
        ["en"],
        {"hours_per_week": 4, "weeks": 52, "budget": 500},
        "balanced",
    ),
    (  # Sevilla: warehouse worker -> ICT system administrator, cheapest
        "bundled",
        3,
        "warehouse worker",
        "ICT system administrator",
        [],
        ["es", "en"],
        {"hours_per_week": 5, "weeks": 52, "budget": 200},
        "cheapest",
    ),
    (  # Tampere: bus driver -> ICT system administrator, fastest
        "bundled",
        3,
        "bus driver",
        "ICT system administrator",
        [("use IT tools", "basic")],
        ["fi", "en"],
        {"hours_per_week": 5, "weeks": 30, "budget": 800},
        "fastest",
    ),
    (  # Bristol: office clerk -> cloud engineer
        "bundled",
        4,
        "office clerk",
        "cloud engineer",
        [("office software", "intermediate")],
        ["en"],
        {"hours_per_week": 6, "weeks": 52, "budget": 1500},
        "balanced",
    ),
    (  # Ho Chi Minh City: commerce student -> cloud engineer
        "bundled",
        4,
        "student",
        "cloud engineer",
        [("use spreadsheets software", "basic")],
        ["vi", "en"],
        {"hours_per_week": 8, "weeks": 40, "budget": 10000000, "currency": "VND"},
        "balanced",
    ),
    (  # Marseille: security guard -> ICT security technician
        "bundled",
        3,
        "security guard",
        "ICT security technician",
        [],
        ["fr", "en"],
        {"hours_per_week": 5, "weeks": 52, "budget": 700},
        "balanced",
    ),
    (  # Leipzig: electrician with basic networking -> ICT network administrator (networking basics held)
        "bundled",
        4,
        "electrician",
        "ICT network administrator",
        [("ICT network routing", "basic"), ("ICT networking hardware", "intermediate")],
        ["de", "en"],
        {"hours_per_week": 6, "weeks": 52, "budget": 1500},
        "balanced",
    ),
    (  # Chittagong: call-centre agent -> ICT network administrator, cheapest
        "bundled",
        3,
        "call centre agent",
        "ICT network administrator",
        [],
        ["bn", "en"],
        {"hours_per_week": 6, "weeks": 52, "budget": 60000, "currency": "BDT"},
        "cheapest",
    ),
    (  # Glasgow: barista -> web developer
        "bundled+real",
        3,
        "barista",
        "web developer",
        [],
        ["en"],
        {"hours_per_week": 6, "weeks": 40, "budget": 400},
        "balanced",
    ),
    (  # Zaragoza: hotel receptionist -> software tester
        "bundled+real",
        3,
        "hotel receptionist",
        "software tester",
        [("office software", "basic")],
        ["es", "en"],
        {"hours_per_week": 5, "weeks": 52, "budget": 500},
        "balanced",
    ),
    (  # Cork: bookkeeper with advanced spreadsheets -> database administrator
        "bundled+real",
        4,
        "bookkeeper",
        "database administrator",
        [("use spreadsheets software", "advanced")],
        ["en"],
        {"hours_per_week": 6, "weeks": 40, "budget": 800},
        "balanced",
    ),
    (  # Patna: farm worker -> software developer, cheapest
        "bundled+real",
        2,
        "farm worker",
        "software developer",
        [],
        ["hi", "en"],
        {"hours_per_week": 5, "weeks": 52, "budget": 20000, "currency": "INR"},
        "cheapest",
    ),
]


def main() -> None:
    write_cases("start21", TODAY, LEARNERS, OUT, split="tune")


if __name__ == "__main__":
    main()
