"""Writes plans22_cases.jsonl: 12 learners for hand judgement (issue 14, session 22, branch plans22), written
by the helper on 2026-12-07 at 01:45 UTC before any plan for them was run, then used to find and fix what
they show (split tune, not blind). The classes fresh21 and session 21's merge left open, each with other
goals, languages, currencies and levels than the case that showed it: a programmer who holds another
language (no first course in a language of the same level), analysts (a data-analysis or SQL step), a
network learner on a small budget (no proposal from another field), a learner who named their languages (no
third language slipping in), beginners into security or AI (no citizen's course first, no course of unknown
EQF), low budgets (an on-goal plan over a limit is not replaced by an off-goal one), thin plans, and learners
who gave a few hours a week with a near deadline (no plan or proposal above their hours unless nothing
else helps). All judged on the bundled corpus.
Verdicts: hand_plans22.md.
Run: .venv/bin/python evals/plans/plans22_profiles.py
"""

from __future__ import annotations

from pathlib import Path

from fresh_writer import write_cases

TODAY = "2031-03-03"  # a Monday
OUT = Path(__file__).with_name("plans22_cases.jsonl")

# (catalogue, judge's start EQF, current role, goal, held [(skill, level)], languages, constraints, strategy)
LEARNERS = [
    (  # 01 computer science graduate who writes Java -> web developer, Spanish/English, fastest
        "bundled",
        6,
        "graduate",
        "web developer",
        [("Java (computer programming)", "advanced"), ("use object-oriented programming", "intermediate")],
        ["es", "en"],
        {"hours_per_week": 10, "weeks": 30, "budget": 1500},
        "fastest",
    ),
    (  # 02 call-centre agent with Excel -> data analyst, French/English
        "bundled",
        4,
        "call centre agent",
        "data analyst",
        [("use spreadsheets software", "intermediate")],
        ["fr", "en"],
        {"hours_per_week": 6, "weeks": 40, "budget": 1200},
        "balanced",
    ),
    (  # 03 telecom field technician with routing basics -> ICT network administrator, Hindi/English, INR
        "bundled",
        4,
        "telecommunications technician",
        "ICT network administrator",
        [("ICT network routing", "basic")],
        ["hi", "en"],
        {"hours_per_week": 8, "weeks": 36, "budget": 20000, "currency": "INR"},
        "cheapest",
    ),
    (  # 04 pharmacist -> data quality specialist, Bengali/English, BDT, cheapest
        "bundled",
        5,
        "pharmacist",
        "data quality specialist",
        [("use spreadsheets software", "basic")],
        ["bn", "en"],
        {"hours_per_week": 6, "weeks": 40, "budget": 15000, "currency": "BDT"},
        "cheapest",
    ),
    (  # 05 bank teller, a beginner -> ICT security technician, Vietnamese/English, small VND budget
        "bundled",
        3,
        "bank teller",
        "ICT security technician",
        [],
        ["vi", "en"],
        {"hours_per_week": 6, "weeks": 40, "budget": 4000000, "currency": "VND"},
        "cheapest",
    ),
    (  # 06 retail worker, a beginner -> ICT intelligent systems designer, German/English
        "bundled",
        3,
        "retail sales assistant",
        "ICT intelligent systems designer",
        [],
        ["de", "en"],
        {"hours_per_week": 8, "weeks": 52, "budget": 2000},
        "balanced",
    ),
    (  # 07 hotel receptionist, a beginner -> ICT security administrator, Spanish/English
        "bundled",
        3,
        "hotel receptionist",
        "ICT security administrator",
        [("use word processing software", "basic")],
        ["es", "en"],
        {"hours_per_week": 6, "weeks": 52, "budget": 1500},
        "balanced",
    ),
    (  # 08 accountant -> cloud engineer, Vietnamese/English, low budget
        "bundled",
        4,
        "accountant",
        "cloud engineer",
        [("use spreadsheets software", "advanced")],
        ["vi", "en"],
        {"hours_per_week": 7, "weeks": 40, "budget": 5000000, "currency": "VND"},
        "cheapest",
    ),
    (  # 09 help desk technician -> software developer, 8 h x 40 weeks (320 h to use)
        "bundled",
        4,
        "help desk technician",
        "software developer",
        [("solve technical problems", "intermediate")],
        ["en"],
        {"hours_per_week": 8, "weeks": 40, "budget": 2000},
        "balanced",
    ),
    (  # 10 graphic designer with HTML/CSS -> web developer, Finnish/English
        "bundled",
        4,
        "graphic designer",
        "web developer",
        [("use markup languages", "intermediate")],
        ["fi", "en"],
        {"hours_per_week": 8, "weeks": 40, "budget": 1200},
        "balanced",
    ),
    (  # 11 IT support technician -> database administrator, 4 h/week, 16 weeks
        "bundled",
        4,
        "IT support technician",
        "database administrator",
        [("solve technical problems", "intermediate")],
        ["en", "es"],
        {"hours_per_week": 4, "weeks": 16, "budget": 2000},
        "balanced",
    ),
    (  # 12 secondary school teacher -> data analyst, Hindi/English, 3 h/week, 20 weeks
        "bundled",
        5,
        "secondary school teacher",
        "data analyst",
        [("statistics", "basic"), ("use spreadsheets software", "intermediate")],
        ["hi", "en"],
        {"hours_per_week": 3, "weeks": 20, "budget": 30000, "currency": "INR"},
        "balanced",
    ),
]


def main() -> None:
    write_cases("plans22", TODAY, LEARNERS, OUT, split="tune")


if __name__ == "__main__":
    main()
