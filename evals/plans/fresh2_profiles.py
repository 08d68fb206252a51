"""Writes evals/plans/fresh2_cases.jsonl: 20 more learners for hand judgement (issue 14, session 5, round 2),
written by hand on 2026-12-04 at 22:40 UTC before any plan for them was looked at, and never used for tuning.
New backgrounds (several working in an ICT occupation of the taxonomy: their current role is resolved to it
by its label or an alternative label, as the chat does), held skills, constraints and a later date. 14 are
judged on the bundled corpus, 6 on the bundled corpus plus edX and Udemy (`catalogue`).
Run: .venv/bin/python evals/plans/fresh2_profiles.py
"""

from __future__ import annotations

from pathlib import Path

from fresh_writer import write_cases

TODAY = "2027-03-01"  # a Monday
OUT = Path(__file__).with_name("fresh2_cases.jsonl")

# (catalogue, judge's start EQF, current role, goal, held [(skill, level)], languages, constraints)
LEARNERS = [
    (
        "bundled",
        6,
        "software developer",
        "software architect",
        [
            ("JavaScript", "advanced"),
            ("computer programming", "advanced"),
            ("debug software", "intermediate"),
        ],
        ["en"],
        {"hours_per_week": 6, "weeks": 52, "budget": 2000},
    ),
    (
        "bundled",
        5,
        "ICT network administrator",
        "ICT network engineer",
        [("ICT network routing", "intermediate"), ("implement a firewall", "basic")],
        ["en", "fr"],
        {"hours_per_week": 8, "weeks": 40, "budget": 1500},
    ),
    (
        "bundled",
        4,
        "retail shop manager",
        "data analyst",
        [("use spreadsheets software", "intermediate")],
        ["en"],
        {"hours_per_week": 5, "weeks": 52, "budget": 600},
    ),
    (
        "bundled",
        5,
        "nurse",
        "data protection officer",
        [("protect personal data and privacy", "intermediate")],
        ["en"],
        {"hours_per_week": 4, "weeks": 52, "budget": 800},
    ),
    (
        "bundled",
        6,
        "database administrator",
        "data warehouse designer",
        [
            ("manage database", "advanced"),
            ("SQL", "advanced"),
            ("maintain database security", "intermediate"),
        ],
        ["en"],
        {"hours_per_week": 6, "weeks": 36, "budget": 2500},
    ),
    (
        "bundled",
        4,
        "warehouse worker",
        "ICT system administrator",
        [("use IT tools", "basic")],
        ["en"],
        {"hours_per_week": 6, "weeks": 52, "budget": 0},
    ),
    (
        "bundled",
        6,
        "physics teacher",
        "ICT teacher secondary school",
        [
            ("prepare lesson content", "advanced"),
            ("adapt teaching to target group", "advanced"),
            ("computer programming", "basic"),
        ],
        ["en", "de"],
        {"hours_per_week": 3, "weeks": 40, "budget": 500},
    ),
    (
        "bundled",
        5,
        "software tester",
        "ICT security engineer",
        [
            ("execute integration testing", "advanced"),
            ("perform software recovery testing", "intermediate"),
            ("debug software", "intermediate"),
            ("perform ICT security testing", "basic"),
        ],
        ["en"],
        {"hours_per_week": 10, "weeks": 26, "budget": 3000},
    ),
    (
        "bundled",
        6,
        "economist",
        "data scientist",
        [
            ("apply statistical analysis techniques", "advanced"),
            ("conduct quantitative research", "advanced"),
            ("SAS language", "intermediate"),
        ],
        ["en"],
        {"hours_per_week": 8, "weeks": 52, "budget": 2500},
    ),
    (
        "bundled",
        4,
        "librarian",
        "data quality specialist",
        [("manage content metadata", "intermediate"), ("information structure", "intermediate")],
        ["en", "es"],
        {"hours_per_week": 5, "weeks": 52, "budget": 1000},
    ),
    (
        "bundled",
        5,
        "helpdesk technician",
        "ICT security technician",
        [
            ("provide ICT support", "advanced"),
            ("solve ICT system problems", "intermediate"),
            ("remove computer virus or malware from a computer", "intermediate"),
            ("maintain computer hardware", "intermediate"),
        ],
        ["en"],
        {"hours_per_week": 6, "weeks": 30, "budget": 1200},
    ),
    (
        "bundled",
        6,
        "data analyst",
        "data scientist",
        [
            ("use spreadsheets software", "advanced"),
            ("business intelligence", "intermediate"),
            ("report analysis results", "advanced"),
            ("interpret current data", "intermediate"),
        ],
        ["en"],
        {"hours_per_week": 6, "weeks": 52, "budget": 1500},
    ),
    (
        "bundled",
        4,
        "hotel receptionist",
        "web developer",
        [("use IT tools", "intermediate")],
        ["es", "en"],
        {"hours_per_week": 10, "weeks": 52, "budget": 1000},
    ),
    (
        "bundled",
        6,
        "instructional designer",
        "e-learning architect",
        [
            ("develop e-learning plan", "intermediate"),
            ("learning technologies", "intermediate"),
            ("prepare lesson content", "advanced"),
        ],
        ["en", "fr"],
        {"hours_per_week": 5, "weeks": 52, "budget": 1500},
    ),
    (
        "bundled+real",
        6,
        "software developer",
        "computer vision engineer",
        [
            ("computer programming", "advanced"),
            ("Python (computer programming)", "advanced"),
            ("debug software", "advanced"),
        ],
        ["en"],
        {"hours_per_week": 8, "weeks": 52, "budget": 3000},
    ),
    (
        "bundled+real",
        4,
        "bank clerk",
        "data analyst",
        [("use spreadsheets software", "intermediate")],
        ["en"],
        {"hours_per_week": 5, "weeks": 40, "budget": 500},
    ),
    (
        "bundled+real",
        5,
        "ICT system administrator",
        "cloud engineer",
        [
            ("administer ICT system", "advanced"),
            ("maintain ICT server", "advanced"),
            ("operating systems", "intermediate"),
        ],
        ["en"],
        {"hours_per_week": 6, "weeks": 52, "budget": 2000},
    ),
    (
        "bundled+real",
        6,
        "market researcher",
        "data scientist",
        [
            ("conduct quantitative research", "advanced"),
            ("apply statistical analysis techniques", "intermediate"),
        ],
        ["en"],
        {"hours_per_week": 6, "weeks": 52, "budget": 1500},
    ),
    (
        "bundled+real",
        4,
        "journalist",
        "web developer",
        [("digital content creation", "intermediate"), ("use markup languages", "basic")],
        ["en"],
        {"hours_per_week": 7, "weeks": 40, "budget": 800},
    ),
    (
        "bundled+real",
        5,
        "ICT network administrator",
        "ethical hacker",
        [
            ("implement a firewall", "intermediate"),
            ("define firewall rules", "intermediate"),
            ("ICT network routing", "advanced"),
        ],
        ["en"],
        {"hours_per_week": 8, "weeks": 52, "budget": 2500},
    ),
]


def main() -> None:
    write_cases("fresh2", TODAY, LEARNERS, OUT)


if __name__ == "__main__":
    main()
