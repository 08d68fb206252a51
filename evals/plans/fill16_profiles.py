"""Writes fill16_cases.jsonl: 20 learners for hand judgement (issue 14, session 16, branch plans16fill),
written by the helper on 2026-12-06 at 08:55 UTC before any plan for them was run, aimed at three classes the
lead found in fresh15: off-goal fill (a step whose link to the goal is a broad or inferred skill), empty plans
where an affordable, in-language start exists, and thin plans with time and money left. They are tune, not
blind: the helper who wrote them fixes the planner against them. 13 are judged on the bundled corpus, 7 on the
bundled corpus plus edX and Udemy (`constraints_kind`). Verdicts: hand_fill16.md.
Run: .venv/bin/python evals/plans/fill16_profiles.py
"""

from __future__ import annotations

from pathlib import Path

from fresh_writer import write_cases

TODAY = "2030-03-04"  # a Monday
OUT = Path(__file__).with_name("fill16_cases.jsonl")

# (catalogue, judge's start EQF, current role, goal, held [(skill, level)], languages, constraints, strategy)
LEARNERS = [
    (  # Gdansk: junior developer -> software tester, Polish/English
        "bundled",
        5,
        "software developer",
        "software tester",
        [("Python (computer programming)", "intermediate"), ("perform software unit testing", "basic")],
        ["pl", "en"],
        {"hours_per_week": 5, "weeks": 40, "budget": 700},
        "balanced",
    ),
    (  # Leeds: lab technician -> data quality specialist, English
        "bundled",
        4,
        "laboratory technician",
        "data quality specialist",
        [("use spreadsheets software", "intermediate"), ("statistics", "basic")],
        ["en"],
        {"hours_per_week": 6, "weeks": 52, "budget": 1000},
        "balanced",
    ),
    (  # Valencia: mathematician -> data scientist, Spanish/English
        "bundled",
        6,
        "mathematician",
        "data scientist",
        [
            ("execute analytical mathematical calculations", "advanced"),
            ("statistics", "advanced"),
            ("Python (computer programming)", "basic"),
        ],
        ["es", "en"],
        {"hours_per_week": 8, "weeks": 52, "budget": 2000},
        "balanced",
    ),
    (  # Manila: help desk agent -> ICT network administrator, English
        "bundled",
        4,
        "ICT help desk agent",
        "ICT network administrator",
        [("provide ICT support", "intermediate"), ("perform ICT troubleshooting", "intermediate")],
        ["en"],
        {"hours_per_week": 6, "weeks": 52, "budget": 900},
        "balanced",
    ),
    (  # Graz: accountant -> data analyst, German/English
        "bundled",
        4,
        "accountant",
        "data analyst",
        [("use spreadsheets software", "advanced")],
        ["de", "en"],
        {"hours_per_week": 4, "weeks": 52, "budget": 1000},
        "balanced",
    ),
    (  # Toulouse: mechanical engineer -> computer scientist, French/English
        "bundled",
        5,
        "mechanical engineer",
        "computer scientist",
        [
            ("execute analytical mathematical calculations", "advanced"),
            ("computer programming", "basic"),
        ],
        ["fr", "en"],
        {"hours_per_week": 6, "weeks": 52, "budget": 1500},
        "balanced",
    ),
    (  # Tampere: university lecturer -> e-learning developer, Finnish/English
        "bundled",
        6,
        "university lecturer",
        "e-learning developer",
        [("prepare lesson content", "advanced"), ("learning management systems", "basic")],
        ["fi", "en"],
        {"hours_per_week": 5, "weeks": 40, "budget": 1200},
        "balanced",
    ),
    (  # Hyderabad: backend developer -> cloud engineer, Hindi/English, INR
        "bundled",
        6,
        "software developer",
        "cloud engineer",
        [("Python (computer programming)", "advanced"), ("SQL", "intermediate")],
        ["hi", "en"],
        {"hours_per_week": 6, "weeks": 52, "budget": 60000, "currency": "INR"},
        "balanced",
    ),
    (  # Can Tho: network technician -> ICT security technician, Vietnamese/English, VND
        "bundled",
        5,
        "ICT network administrator",
        "ICT security technician",
        [("ICT network routing", "intermediate"), ("maintain information network hardware", "intermediate")],
        ["vi", "en"],
        {"hours_per_week": 5, "weeks": 52, "budget": 20000000, "currency": "VND"},
        "balanced",
    ),
    (  # Cork: business analyst -> data warehouse designer, English, fastest
        "bundled",
        5,
        "business analyst",
        "data warehouse designer",
        [("SQL", "intermediate"), ("business intelligence", "intermediate")],
        ["en"],
        {"hours_per_week": 6, "weeks": 30, "budget": 1500},
        "fastest",
    ),
    (  # Leipzig: librarian -> knowledge engineer, German/English
        "bundled",
        5,
        "librarian",
        "knowledge engineer",
        [("information structure", "intermediate"), ("manage research data", "basic")],
        ["de", "en"],
        {"hours_per_week": 5, "weeks": 52, "budget": 1500},
        "balanced",
    ),
    (  # Oslo: sysadmin -> cloud engineer, English, cheapest
        "bundled",
        5,
        "ICT system administrator",
        "cloud engineer",
        [("administer ICT system", "advanced"), ("operating systems", "intermediate")],
        ["en", "no"],
        {"hours_per_week": 5, "weeks": 52, "budget": 500},
        "cheapest",
    ),
    (  # Bilbao: manual tester -> software developer, Spanish/English
        "bundled",
        4,
        "software tester",
        "software developer",
        [("execute software tests", "intermediate"), ("report test findings", "intermediate")],
        ["es", "en"],
        {"hours_per_week": 6, "weeks": 52, "budget": 800},
        "balanced",
    ),
    (  # Jaipur: sales assistant -> web developer, edX/Udemy, INR, 6 months
        "bundled+real",
        3,
        "sales assistant",
        "web developer",
        [],
        ["hi", "en"],
        {"hours_per_week": 8, "weeks": 26, "budget": 15000, "currency": "INR"},
        "balanced",
    ),
    (  # Lisbon: economist -> data scientist, edX/Udemy
        "bundled+real",
        6,
        "economist",
        "data scientist",
        [("statistics", "advanced"), ("use spreadsheets software", "advanced")],
        ["pt", "en"],
        {"hours_per_week": 6, "weeks": 52, "budget": 1500},
        "balanced",
    ),
    (  # Chittagong: IT support -> ICT security technician, edX/Udemy, BDT
        "bundled+real",
        4,
        "ICT help desk agent",
        "ICT security technician",
        [("provide ICT support", "intermediate"), ("operating systems", "basic")],
        ["bn", "en"],
        {"hours_per_week": 6, "weeks": 40, "budget": 40000, "currency": "BDT"},
        "balanced",
    ),
    (  # Utrecht: ICT teacher -> e-learning developer, edX/Udemy
        "bundled+real",
        5,
        "ICT teacher secondary school",
        "e-learning developer",
        [("prepare lesson content", "advanced"), ("develop digital content", "intermediate")],
        ["nl", "en"],
        {"hours_per_week": 4, "weeks": 52, "budget": 800},
        "balanced",
    ),
    (  # Hai Phong: bookkeeper -> data analyst, edX/Udemy, VND, cheapest
        "bundled+real",
        4,
        "bookkeeper",
        "data analyst",
        [("use spreadsheets software", "intermediate")],
        ["vi", "en"],
        {"hours_per_week": 6, "weeks": 40, "budget": 10000000, "currency": "VND"},
        "cheapest",
    ),
    (  # Vienna: DBA -> cloud engineer, edX/Udemy
        "bundled+real",
        6,
        "database administrator",
        "cloud engineer",
        [("manage database", "advanced"), ("SQL", "advanced"), ("operating systems", "intermediate")],
        ["de", "en"],
        {"hours_per_week": 5, "weeks": 52, "budget": 1200},
        "balanced",
    ),
    (  # Kolkata: civil engineer -> software developer, edX/Udemy, fastest
        "bundled+real",
        5,
        "civil engineer",
        "software developer",
        [
            ("execute analytical mathematical calculations", "advanced"),
            ("use spreadsheets software", "advanced"),
        ],
        ["bn", "en"],
        {"hours_per_week": 8, "weeks": 26, "budget": 30000, "currency": "INR"},
        "fastest",
    ),
]

if __name__ == "__main__":
    write_cases("fill16", TODAY, LEARNERS, OUT, split="tune")
