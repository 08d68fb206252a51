"""Writes evals/plans/fresh3_cases.jsonl: 20 more learners for hand judgement (issue 14, session 6), written
by hand on 2026-12-05 at 00:35 UTC and committed before any plan for them was run; never used for tuning.
Varied backgrounds (some with a job title the bundled taxonomy does not hold: the role keeps no occupation URI
unless its label or an alternative label resolves, as the chat does), held skills, languages (German-only,
French/English, Spanish/English), budgets (free-only to EUR 4,000) and three learners asking for the cheapest
or fastest plan (`note`: "strategy: X"; the others are judged on the balanced plan). 14 are judged on the
bundled corpus, 6 on the bundled corpus plus edX and Udemy (`constraints_kind`).
Run: .venv/bin/python evals/plans/fresh3_profiles.py
"""

from __future__ import annotations

from pathlib import Path

from fresh_writer import write_cases

TODAY = "2027-05-03"  # a Monday
OUT = Path(__file__).with_name("fresh3_cases.jsonl")

# (catalogue, judge's start EQF, current role, goal, held [(skill, level)], languages, constraints)
# (catalogue, judge's start EQF, current role, goal, held [(skill, level)], languages, constraints, strategy)
LEARNERS = [
    (
        "bundled",
        6,
        "statistician",
        "data scientist",
        [
            ("statistics", "advanced"),
            ("R", "advanced"),
            ("apply statistical analysis techniques", "advanced"),
        ],
        ["en"],
        {"hours_per_week": 6, "weeks": 52, "budget": 2000},
        "balanced",
    ),
    (
        "bundled",
        5,
        "front-end developer",
        "web developer",
        [
            ("JavaScript", "advanced"),
            ("use markup languages", "advanced"),
            ("style sheet languages", "advanced"),
        ],
        ["en"],
        {"hours_per_week": 5, "weeks": 40, "budget": 1200},
        "balanced",
    ),
    (
        "bundled",
        4,
        "kindergarten assistant",
        "digital literacy teacher",
        [("use word processing software", "basic")],
        ["de"],
        {"hours_per_week": 4, "weeks": 52, "budget": 600},
        "balanced",
    ),
    (
        "bundled",
        5,
        "DevOps engineer",
        "cloud engineer",
        [
            ("Ansible", "advanced"),
            ("use scripting programming", "advanced"),
            ("administer ICT system", "intermediate"),
        ],
        ["en"],
        {"hours_per_week": 6, "weeks": 52, "budget": 2500},
        "balanced",
    ),
    (
        "bundled",
        4,
        "accountant",
        "data analyst",
        [("use spreadsheets software", "advanced")],
        ["en"],
        {"hours_per_week": 5, "weeks": 52, "budget": 800},
        "cheapest",
    ),
    (
        "bundled",
        5,
        "lawyer",
        "data protection officer",
        [("ensure compliance with legal requirements", "advanced"), ("ICT security legislation", "basic")],
        ["fr", "en"],
        {"hours_per_week": 4, "weeks": 52, "budget": 1500},
        "balanced",
    ),
    (
        "bundled",
        6,
        "ICT system administrator",
        "ICT security administrator",
        [
            ("administer ICT system", "advanced"),
            ("maintain ICT server", "advanced"),
            ("implement a firewall", "intermediate"),
        ],
        ["en"],
        {"hours_per_week": 6, "weeks": 40, "budget": 2000},
        "balanced",
    ),
    (
        "bundled",
        4,
        "call centre agent",
        "ICT security technician",
        [("provide ICT support", "basic")],
        ["es", "en"],
        {"hours_per_week": 8, "weeks": 52, "budget": 0},
        "balanced",
    ),
    (
        "bundled",
        6,
        "Java programmer",
        "software architect",
        [
            ("Java (computer programming)", "advanced"),
            ("use object-oriented programming", "advanced"),
            ("debug software", "advanced"),
        ],
        ["en"],
        {"hours_per_week": 5, "weeks": 52, "budget": 3000},
        "balanced",
    ),
    (
        "bundled",
        5,
        "secondary school maths teacher",
        "ICT teacher secondary school",
        [("prepare lesson content", "advanced"), ("assess students", "advanced")],
        ["en"],
        {"hours_per_week": 3, "weeks": 52, "budget": 400},
        "balanced",
    ),
    (
        "bundled",
        6,
        "business intelligence developer",
        "data warehouse designer",
        [
            ("SQL", "advanced"),
            ("business intelligence", "advanced"),
            ("data extraction, transformation and loading tools", "intermediate"),
        ],
        ["en", "de"],
        {"hours_per_week": 6, "weeks": 40, "budget": 2500},
        "balanced",
    ),
    (
        "bundled",
        4,
        "corporate trainer",
        "e-learning developer",
        [("create training materials", "intermediate"), ("use presentation software", "advanced")],
        ["en"],
        {"hours_per_week": 5, "weeks": 36, "budget": 1000},
        "fastest",
    ),
    (
        "bundled",
        5,
        "ICT network administrator",
        "ICT network architect",
        [
            ("ICT network routing", "advanced"),
            ("design computer network", "intermediate"),
            ("maintain internet protocol configuration", "advanced"),
        ],
        ["en"],
        {"hours_per_week": 8, "weeks": 52, "budget": 3500},
        "balanced",
    ),
    (
        "bundled",
        4,
        "biology lab technician",
        "data quality specialist",
        [("use spreadsheets software", "intermediate"), ("manage research data", "intermediate")],
        ["en"],
        {"hours_per_week": 6, "weeks": 52, "budget": 1000},
        "balanced",
    ),
    (
        "bundled+real",
        5,
        "QA analyst",
        "software tester",
        [("execute software tests", "intermediate"), ("report test findings", "intermediate")],
        ["en"],
        {"hours_per_week": 6, "weeks": 40, "budget": 1000},
        "balanced",
    ),
    (
        "bundled+real",
        4,
        "shop assistant",
        "data analyst",
        [("use spreadsheets software", "basic")],
        ["en"],
        {"hours_per_week": 5, "weeks": 52, "budget": 300},
        "cheapest",
    ),
    (
        "bundled+real",
        6,
        "software developer",
        "ICT intelligent systems designer",
        [
            ("Python (computer programming)", "advanced"),
            ("computer programming", "advanced"),
            ("algorithms", "intermediate"),
        ],
        ["en"],
        {"hours_per_week": 8, "weeks": 52, "budget": 4000},
        "balanced",
    ),
    (
        "bundled+real",
        4,
        "mechanical technician",
        "ICT network engineer",
        [("maintain computer hardware", "basic")],
        ["de", "en"],
        {"hours_per_week": 6, "weeks": 52, "budget": 1500},
        "balanced",
    ),
    (
        "bundled+real",
        5,
        "marketing analyst",
        "data scientist",
        [
            ("web analytics", "advanced"),
            ("use spreadsheets software", "advanced"),
            ("perform data analysis", "intermediate"),
        ],
        ["en"],
        {"hours_per_week": 7, "weeks": 52, "budget": 2000},
        "balanced",
    ),
    (
        "bundled+real",
        5,
        "database administrator",
        "ethical hacker",
        [
            ("manage database", "advanced"),
            ("SQL", "advanced"),
            ("maintain database security", "intermediate"),
        ],
        ["en"],
        {"hours_per_week": 6, "weeks": 52, "budget": 2000},
        "balanced",
    ),
]


def main() -> None:
    write_cases("fresh3", TODAY, LEARNERS, OUT)


if __name__ == "__main__":
    main()
