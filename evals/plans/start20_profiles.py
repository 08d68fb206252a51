"""Writes start20_cases.jsonl: 20 learners for hand judgement (issue 14, session 20, branch plans20start),
written by the helper on 2026-12-06 at 19:55 UTC before any plan for them was run, then used to find and fix
what they show (split tune, not blind). First steps and order an advisor would sign: data analysts of eight
backgrounds and six language sets (the spreadsheet/SQL/statistics start before Python), web developers from
scratch (basics of the web before frameworks), fresh graduates and career changers to software developer (a
programming step first), data scientists and computer vision engineers (a machine-learning step). 12 are
judged on the bundled corpus, 8 on the bundled corpus plus edX and Udemy (`constraints_kind`).
Verdicts: hand_start20.md.
Run: .venv/bin/python evals/plans/start20_profiles.py
"""

from __future__ import annotations

from pathlib import Path

from fresh_writer import write_cases

TODAY = "2030-09-02"  # a Monday
OUT = Path(__file__).with_name("start20_cases.jsonl")

# (catalogue, judge's start EQF, current role, goal, held [(skill, level)], languages, constraints, strategy)
LEARNERS = [
    (  # Leeds: pharmacy assistant -> data analyst
        "bundled",
        4,
        "pharmacy assistant",
        "data analyst",
        [("use spreadsheets software", "intermediate")],
        ["en"],
        {"hours_per_week": 6, "weeks": 52, "budget": 1500},
        "balanced",
    ),
    (  # Cologne: HR assistant -> data analyst, cheapest
        "bundled",
        4,
        "HR assistant",
        "data analyst",
        [("office software", "intermediate")],
        ["de", "en"],
        {"hours_per_week": 5, "weeks": 52, "budget": 900},
        "cheapest",
    ),
    (  # Valencia: sales representative -> data analyst, Spanish only
        "bundled",
        4,
        "sales representative",
        "data analyst",
        [("use spreadsheets software", "advanced")],
        ["es"],
        {"hours_per_week": 6, "weeks": 52, "budget": 1200},
        "balanced",
    ),
    (  # Da Nang: insurance clerk -> data analyst
        "bundled",
        4,
        "insurance clerk",
        "data analyst",
        [("use spreadsheets software", "intermediate")],
        ["vi", "en"],
        {"hours_per_week": 6, "weeks": 52, "budget": 30000000, "currency": "VND"},
        "balanced",
    ),
    (  # Oulu: secondary teacher -> data analyst
        "bundled",
        5,
        "secondary school teacher",
        "data analyst",
        [("statistics", "intermediate")],
        ["fi", "en"],
        {"hours_per_week": 5, "weeks": 40, "budget": 2000},
        "balanced",
    ),
    (  # Dhaka: warehouse supervisor -> data analyst, fastest
        "bundled",
        4,
        "warehouse supervisor",
        "data analyst",
        [("use spreadsheets software", "intermediate")],
        ["bn", "en"],
        {"hours_per_week": 8, "weeks": 30, "budget": 60000, "currency": "BDT"},
        "fastest",
    ),
    (  # Bristol: fresh graduate (history) -> software developer, cheapest
        "bundled",
        4,
        "graduate",
        "software developer",
        [("use word processing software", "advanced")],
        ["en"],
        {"hours_per_week": 10, "weeks": 40, "budget": 1000},
        "cheapest",
    ),
    (  # Munich: cook -> software developer, career changer
        "bundled",
        3,
        "cook",
        "software developer",
        [],
        ["de", "en"],
        {"hours_per_week": 8, "weeks": 52, "budget": 2500},
        "balanced",
    ),
    (  # Bordeaux: student -> web developer
        "bundled",
        4,
        "student",
        "web developer",
        [("office software", "basic")],
        ["fr", "en"],
        {"hours_per_week": 8, "weeks": 40, "budget": 1500},
        "balanced",
    ),
    (  # Dublin: graphic designer -> web developer, knows some CSS
        "bundled",
        4,
        "graphic designer",
        "web developer",
        [("CSS", "basic")],
        ["en"],
        {"hours_per_week": 6, "weeks": 40, "budget": 1800},
        "balanced",
    ),
    (  # Edinburgh: physics graduate -> data scientist, fastest
        "bundled",
        5,
        "physics graduate",
        "data scientist",
        [("Python (computer programming)", "intermediate"), ("statistics", "advanced")],
        ["en"],
        {"hours_per_week": 10, "weeks": 26, "budget": 2500},
        "fastest",
    ),
    (  # Pune: electrician with Python -> computer vision engineer
        "bundled",
        4,
        "electrician",
        "computer vision engineer",
        [("Python (computer programming)", "basic")],
        ["hi", "en"],
        {"hours_per_week": 6, "weeks": 52, "budget": 150000, "currency": "INR"},
        "balanced",
    ),
    # bundled + edX/Udemy
    (  # Cardiff: shop assistant -> data analyst
        "bundled+real",
        4,
        "shop assistant",
        "data analyst",
        [("use spreadsheets software", "basic")],
        ["en"],
        {"hours_per_week": 6, "weeks": 40, "budget": 700},
        "balanced",
    ),
    (  # Hanoi: accountant -> data analyst (as trial 15's t15-11)
        "bundled+real",
        4,
        "accountant",
        "data analyst",
        [("use spreadsheets software", "advanced")],
        ["vi", "en"],
        {"hours_per_week": 5, "weeks": 52, "budget": 20000000, "currency": "VND"},
        "balanced",
    ),
    (  # Vienna: HR assistant -> data analyst, cheapest
        "bundled+real",
        4,
        "HR assistant",
        "data analyst",
        [("office software", "intermediate")],
        ["de", "en"],
        {"hours_per_week": 5, "weeks": 52, "budget": 900},
        "cheapest",
    ),
    (  # Malaga: translator -> web developer
        "bundled+real",
        3,
        "translator",
        "web developer",
        [("use word processing software", "advanced")],
        ["es", "en"],
        {"hours_per_week": 8, "weeks": 40, "budget": 1200},
        "balanced",
    ),
    (  # Toronto: retail worker -> web developer, fastest
        "bundled+real",
        3,
        "retail worker",
        "web developer",
        [],
        ["en"],
        {"hours_per_week": 10, "weeks": 30, "budget": 1000},
        "fastest",
    ),
    (  # Chennai: fresh graduate -> software developer, cheapest
        "bundled+real",
        4,
        "graduate",
        "software developer",
        [("use spreadsheets software", "basic")],
        ["en", "hi"],
        {"hours_per_week": 12, "weeks": 52, "budget": 50000, "currency": "INR"},
        "cheapest",
    ),
    (  # Lisbon: civil engineer with Python -> data scientist
        "bundled+real",
        5,
        "civil engineer",
        "data scientist",
        [("Python (computer programming)", "intermediate"), ("statistics", "intermediate")],
        ["en"],
        {"hours_per_week": 8, "weeks": 40, "budget": 1500},
        "balanced",
    ),
    (  # Lille: photographer -> computer vision engineer
        "bundled+real",
        4,
        "photographer",
        "computer vision engineer",
        [("Python (computer programming)", "basic")],
        ["fr", "en"],
        {"hours_per_week": 8, "weeks": 52, "budget": 2000},
        "balanced",
    ),
]


def main() -> None:
    write_cases("start20", TODAY, LEARNERS, OUT, split="tune")


if __name__ == "__main__":
    main()
