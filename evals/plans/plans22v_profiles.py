"""Writes plans22v_cases.jsonl: 10 unseen variants of the plans22 classes (issue 14, session 22, branch
plans22), written by the helper on 2026-12-07 at 02:08 UTC AFTER the fixes and before any plan for them was
run; no rule was tuned on them (judged on base 04013caf and on the branch, hand_plans22.md). Two per class,
in other goals, languages, currencies and limits than the plans22 cases: few hours a week with a near limit
(01-02), newcomers into a specialist's goal (03-04), a small budget whose cheapest coverage lies in another
field (05-06), learners who named their languages (07-08), programmers in another language (09-10). All on
the bundled corpus. Run: .venv/bin/python evals/plans/plans22v_profiles.py
"""

from __future__ import annotations

from pathlib import Path

from fresh_writer import write_cases

TODAY = "2031-09-01"  # a Monday
OUT = Path(__file__).with_name("plans22v_cases.jsonl")

# (catalogue, judge's start EQF, current role, goal, held [(skill, level)], languages, constraints, strategy)
LEARNERS = [
    (  # 01 night-shift nurse -> data quality specialist, 4 h/week for 12 weeks, German/English
        "bundled",
        5,
        "nurse",
        "data quality specialist",
        [("use spreadsheets software", "intermediate")],
        ["de", "en"],
        {"hours_per_week": 4, "weeks": 12, "budget": 2000},
        "balanced",
    ),
    (  # 02 shop owner -> cloud engineer, 5 h/week for 20 weeks, Finnish/English
        "bundled",
        4,
        "shop owner",
        "cloud engineer",
        [],
        ["fi", "en"],
        {"hours_per_week": 5, "weeks": 20, "budget": 3000},
        "balanced",
    ),
    (  # 03 warehouse picker, a beginner -> ethical hacker, Hindi/English, INR
        "bundled",
        3,
        "warehouse worker",
        "ethical hacker",
        [],
        ["hi", "en"],
        {"hours_per_week": 8, "weeks": 52, "budget": 150000, "currency": "INR"},
        "balanced",
    ),
    (  # 04 cook, a beginner -> data scientist, French/English
        "bundled",
        3,
        "cook",
        "data scientist",
        [],
        ["fr", "en"],
        {"hours_per_week": 7, "weeks": 60, "budget": 2500},
        "balanced",
    ),
    (  # 05 receptionist -> ICT network engineer, Spanish/English, EUR 150
        "bundled",
        4,
        "receptionist",
        "ICT network engineer",
        [],
        ["es", "en"],
        {"hours_per_week": 6, "weeks": 52, "budget": 150},
        "cheapest",
    ),
    (  # 06 bookkeeper -> cloud engineer, Bengali/English, BDT 20,000
        "bundled",
        4,
        "bookkeeper",
        "cloud engineer",
        [("use spreadsheets software", "intermediate")],
        ["bn", "en"],
        {"hours_per_week": 6, "budget": 20000, "currency": "BDT"},
        "cheapest",
    ),
    (  # 07 Hindi/English clerk -> data warehouse designer, INR 8,000
        "bundled",
        4,
        "clerk",
        "data warehouse designer",
        [],
        ["hi", "en"],
        {"hours_per_week": 6, "weeks": 40, "budget": 8000, "currency": "INR"},
        "cheapest",
    ),
    (  # 08 Vietnamese-only teacher -> data analyst, VND
        "bundled",
        5,
        "teacher",
        "data analyst",
        [("statistics", "basic")],
        ["vi"],
        {"hours_per_week": 6, "weeks": 40, "budget": 10000000, "currency": "VND"},
        "balanced",
    ),
    (  # 09 C# developer -> web developer, German/English
        "bundled",
        5,
        "software developer",
        "web developer",
        [("C#", "intermediate")],
        ["de", "en"],
        {"hours_per_week": 10, "weeks": 30, "budget": 2000},
        "balanced",
    ),
    (  # 10 warehouse clerk who writes Java as a hobby -> software tester, Finnish/English
        "bundled",
        4,
        "warehouse clerk",
        "software tester",
        [("Java (computer programming)", "intermediate")],
        ["fi", "en"],
        {"hours_per_week": 8, "weeks": 40, "budget": 1500},
        "balanced",
    ),
]


def main() -> None:
    write_cases("plans22v", TODAY, LEARNERS, OUT, split="tune")


if __name__ == "__main__":
    main()
