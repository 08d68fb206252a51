"""Writes evals/plans/fresh_cases.jsonl: 20 learners for hand judgement, written by hand on 2026-12-04 (issue
14, session 5) before any plan for them was looked at, and never used for tuning. They differ from
cases.jsonl in background (new ones, with held skills), constraints, languages and date; the goals are the
bundled taxonomy's (36 occupations, all in cases.jsonl). 14 are judged on the bundled corpus, 6 on the bundled
corpus plus edX and Udemy (`catalogue`). Run: .venv/bin/python evals/plans/fresh_profiles.py
"""

from __future__ import annotations

from pathlib import Path

from fresh_writer import write_cases

TODAY = "2027-01-11"  # a Monday, later than the cases' date: other sessions are upcoming
OUT = Path(__file__).with_name("fresh_cases.jsonl")

# id: (catalogue, start EQF, current role, goal, held [(skill, level)], languages, constraints)
LEARNERS = [
    (
        "bundled",
        6,
        "accountant",
        "data analyst",
        [("use spreadsheets software", "advanced"), ("statistics", "basic")],
        ["en"],
        {"hours_per_week": 6, "weeks": 40, "budget": 1000},
    ),
    (
        "bundled",
        5,
        "graphic designer",
        "web developer",
        [("Adobe Illustrator", "advanced"), ("CSS", "basic")],
        ["de", "en"],
        {"hours_per_week": 8, "weeks": 52, "budget": 1500},
    ),
    (
        "bundled",
        4,
        "call centre agent",
        "ICT security technician",
        [("provide ICT support", "basic")],
        ["en"],
        {"hours_per_week": 5, "weeks": 52, "budget": 0},
    ),
    (
        "bundled",
        6,
        "mechanical engineer",
        "data scientist",
        [("MATLAB", "advanced"), ("statistics", "intermediate"), ("computer programming", "basic")],
        ["en"],
        {"hours_per_week": 10, "weeks": 52, "budget": 3000},
    ),
    (
        "bundled",
        6,
        "school ICT coordinator",
        "ICT system administrator",
        [
            ("pedagogy", "advanced"),
            ("administer ICT system", "basic"),
            ("provide ICT support", "intermediate"),
        ],
        ["en"],
        {"hours_per_week": 6, "weeks": 52, "budget": 1200},
    ),
    (
        "bundled",
        5,
        "network technician",
        "cloud engineer",
        [("maintain internet protocol configuration", "advanced"), ("ICT network routing", "intermediate")],
        ["en"],
        {"hours_per_week": 30, "weeks": 12, "budget": 2500},
    ),
    (
        "bundled",
        6,
        "IT auditor",
        "data protection officer",
        [("audit techniques", "advanced"), ("data protection", "basic")],
        ["en", "fr"],
        {"hours_per_week": 5, "weeks": 40, "budget": 2000},
    ),
    (
        "bundled",
        4,
        "army signals operator",
        "ICT network administrator",
        [("maintain internet protocol configuration", "basic"), ("hardware components", "intermediate")],
        ["en"],
        {"hours_per_week": 10, "weeks": 26, "budget": 2000},
    ),
    (
        "bundled",
        6,
        "retired teacher",
        "e-learning developer",
        [
            ("pedagogy", "advanced"),
            ("instructional design models", "basic"),
            ("use presentation software", "intermediate"),
        ],
        ["fr", "en"],
        {"hours_per_week": 4},
    ),
    (
        "bundled",
        6,
        "statistician",
        "data scientist",
        [("statistics", "advanced"), ("R", "advanced"), ("SQL", "basic")],
        ["es", "en"],
        {"hours_per_week": 8, "deadline": "2027-10-11", "budget": 2500},
    ),
    (
        "bundled",
        4,
        "laboratory technician",
        "data quality specialist",
        [("use spreadsheets software", "intermediate")],
        ["en"],
        {"hours_per_week": 3},
    ),
    (
        "bundled",
        6,
        "Java programmer",
        "software architect",
        [
            ("Java (computer programming)", "advanced"),
            ("use software design patterns", "intermediate"),
            ("SQL", "intermediate"),
            ("computer programming", "advanced"),
        ],
        ["en"],
        {"hours_per_week": 6, "weeks": 52, "budget": 2500},
    ),
    (
        "bundled",
        5,
        "system administrator",
        "ICT security administrator",
        [
            ("administer ICT system", "advanced"),
            ("use scripting programming", "intermediate"),
            ("cyber security", "basic"),
        ],
        ["de", "en"],
        {"hours_per_week": 6, "weeks": 52, "budget": 1500, "participation": ["online"]},
    ),
    (
        "bundled",
        4,
        "bookkeeper",
        "database administrator",
        [("use spreadsheets software", "advanced"), ("use word processing software", "intermediate")],
        ["en"],
        {"hours_per_week": 6, "weeks": 40, "budget": 800},
    ),
    (
        "bundled+real",
        6,
        "marketing analyst",
        "data analyst",
        [("use spreadsheets software", "advanced"), ("perform data analysis", "basic")],
        ["en"],
        {"hours_per_week": 5, "weeks": 30, "budget": 500},
    ),
    (
        "bundled+real",
        5,
        "front-end developer",
        "software developer",
        [("JavaScript", "intermediate"), ("CSS", "advanced"), ("use markup languages", "advanced")],
        ["en"],
        {"hours_per_week": 8, "weeks": 52, "budget": 1000},
    ),
    (
        "bundled+real",
        6,
        "biology PhD",
        "data scientist",
        [
            ("R", "intermediate"),
            ("statistics", "intermediate"),
            ("scientific research methodology", "advanced"),
        ],
        ["en", "de"],
        {"hours_per_week": 10, "weeks": 26, "budget": 800},
    ),
    (
        "bundled+real",
        4,
        "shop manager",
        "digital literacy teacher",
        [("use word processing software", "intermediate"), ("use presentation software", "basic")],
        ["en"],
        {"hours_per_week": 4, "weeks": 30, "budget": 300},
    ),
    (
        "bundled+real",
        6,
        "web developer",
        "cloud engineer",
        [("JavaScript", "advanced"), ("web programming", "advanced"), ("SQL", "intermediate")],
        ["en"],
        {"hours_per_week": 6, "weeks": 52, "budget": 1500, "max_eqf": 6},
    ),
    (
        "bundled+real",
        5,
        "IT support technician",
        "ethical hacker",
        [
            ("provide ICT support", "advanced"),
            ("cyber security", "basic"),
            ("administer ICT system", "intermediate"),
        ],
        ["en"],
        {"hours_per_week": 8, "weeks": 52, "budget": 2000},
    ),
]


def main() -> None:
    write_cases("fresh", TODAY, LEARNERS, OUT, role_uri=False)


if __name__ == "__main__":
    main()
