"""Writes plans23_cases.jsonl: 12 learners for hand judgement (issue 14, session 23, branch plans23), written
by the helper on 2026-12-07 at 05:08 UTC before any plan for them was run, then used to find and fix what they
show (split tune, not blind). The classes fresh22 and trial 18 left open, each with other goals, languages,
currencies and levels than the case that showed it: analysts without an analysis or SQL step (01-04), a
held programming language taught again (05-07), steps off the goal (08-10), and a learner new to computers
whose plan must start with the citizen's digital basics in their language (11-12).
Verdicts: hand_plans23.md.
Run: .venv/bin/python evals/plans/plans23_profiles.py
"""

from __future__ import annotations

from pathlib import Path

from fresh_writer import write_cases

TODAY = "2031-03-03"  # a Monday
OUT = Path(__file__).with_name("plans23_cases.jsonl")

# (catalogue, judge's start EQF, current role, goal, held [(skill, level)], languages, constraints, strategy)
LEARNERS = [
    (  # 01 Seville marketing assistant with Excel -> data analyst, Spanish/English, 8 h
        "bundled",
        4,
        "marketing assistant",
        "data analyst",
        [("use spreadsheets software", "intermediate")],
        ["es", "en"],
        {"hours_per_week": 8, "weeks": 40, "budget": 1500},
        "balanced",
    ),
    (  # 02 Dhaka garment supervisor -> data analyst, Bengali/English, taka, bundled + edX/Udemy
        "bundled+real",
        4,
        "production supervisor",
        "data analyst",
        [("use spreadsheets software", "basic")],
        ["bn", "en"],
        {"hours_per_week": 6, "weeks": 52, "budget": 60000, "currency": "BDT"},
        "cheapest",
    ),
    (  # 03 Leeds nurse with statistics -> data analyst, English, bundled + edX/Udemy
        "bundled+real",
        6,
        "nurse",
        "data analyst",
        [("statistics", "intermediate"), ("use spreadsheets software", "advanced")],
        ["en"],
        {"hours_per_week": 5, "weeks": 30, "budget": 900},
        "balanced",
    ),
    (  # 04 Munich accountant -> data analyst, German/English, bundled + edX/Udemy, fastest
        "bundled+real",
        5,
        "accountant",
        "data analyst",
        [("use spreadsheets software", "advanced")],
        ["de", "en"],
        {"hours_per_week": 8, "weeks": 26, "budget": 1200},
        "fastest",
    ),
    (  # 05 Helsinki Java developer -> software architect, Finnish/English
        "bundled",
        6,
        "software developer",
        "software architect",
        [("Java (computer programming)", "advanced")],
        ["fi", "en"],
        {"hours_per_week": 8, "weeks": 40, "budget": 2500},
        "balanced",
    ),
    (  # 06 Lyon Python developer -> web developer, French/English
        "bundled",
        6,
        "software developer",
        "web developer",
        [("Python (computer programming)", "advanced")],
        ["fr", "en"],
        {"hours_per_week": 6, "weeks": 40, "budget": 1500},
        "balanced",
    ),
    (  # 07 Hanoi Java programmer -> software tester, Vietnamese/English, dong
        "bundled",
        5,
        "software developer",
        "software tester",
        [("Java (computer programming)", "intermediate")],
        ["vi", "en"],
        {"hours_per_week": 10, "weeks": 30, "budget": 30000000, "currency": "VND"},
        "fastest",
    ),
    (  # 08 Pune Python developer -> intelligent systems designer, Hindi/English, rupees, bundled + edX/Udemy
        "bundled+real",
        6,
        "software developer",
        "ICT intelligent systems designer",
        [("Python (computer programming)", "advanced")],
        ["hi", "en"],
        {"hours_per_week": 6, "weeks": 40, "budget": 100000, "currency": "INR"},
        "balanced",
    ),
    (  # 09 Da Nang network student -> network engineer, small budget, Vietnamese/English
        "bundled",
        5,
        "student",
        "ICT network engineer",
        [("ICT network routing", "basic")],
        ["vi", "en"],
        {"hours_per_week": 8, "weeks": 40, "budget": 5000000, "currency": "VND"},
        "cheapest",
    ),
    (  # 10 Vienna bank clerk -> ICT security administrator, German/English, balanced
        "bundled",
        5,
        "bank clerk",
        "ICT security administrator",
        [("use spreadsheets software", "advanced")],
        ["de", "en"],
        {"hours_per_week": 8, "weeks": 52, "budget": 4000},
        "balanced",
    ),
    (  # 11 Bihar village teacher new to computers -> ICT teacher, Hindi/English, rupees
        "bundled",
        3,
        "primary school teacher",
        "ICT teacher secondary school",
        [],
        ["hi", "en"],
        {"hours_per_week": 5, "weeks": 52, "budget": 20000, "currency": "INR"},
        "cheapest",
    ),
    (  # 12 Andalusian farm worker new to computers -> digital literacy teacher, Spanish only
        "bundled",
        3,
        "farm worker",
        "digital literacy teacher",
        [],
        ["es"],
        {"hours_per_week": 6, "weeks": 52, "budget": 600},
        "cheapest",
    ),
]

if __name__ == "__main__":
    write_cases("plans23", TODAY, LEARNERS, OUT, split="tune")
