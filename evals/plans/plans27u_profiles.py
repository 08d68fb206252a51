"""Writes plans27u_cases.jsonl: 8 unseen variants for hand judgement (issue 14, session 27, branch plans27),
written by the helper on 2026-12-07 at 17:50 UTC after the three fixes and before any plan for them was run;
not tuned on. The same classes as plans27 with other goals, languages and levels: introductions to the work
one does (01, 04, 05, 07), plans with no hours a week given (02, 03), a network architect's budget (06), a
helpdesk agent's administration plan (08). Verdicts: hand_plans27.md.
Run: .venv/bin/python evals/plans/plans27u_profiles.py
"""

from __future__ import annotations

from pathlib import Path

from fresh_writer import write_cases

TODAY = "2031-09-01"  # a Monday
OUT = Path(__file__).with_name("plans27u_cases.jsonl")

# (catalogue, judge's start EQF, current role, goal, held [(skill, level)], languages, constraints, strategy)
LEARNERS = [
    (  # 01 Leipzig network technician (routing, IP configuration) -> network administrator, de/en, EUR 1500
        "bundled",
        5,
        "network technician",
        "ICT network administrator",
        [
            ("ICT network routing", "intermediate"),
            ("maintain internet protocol configuration", "intermediate"),
        ],
        ["de", "en"],
        {"hours_per_week": 6, "weeks": 52, "budget": 1500},
        "balanced",
    ),
    (  # 02 Bogota engineer, basic Python, no hours a week given -> intelligent systems designer, es/en
        "bundled",
        6,
        "industrial engineer",
        "ICT intelligent systems designer",
        [("Python (computer programming)", "basic"), ("statistics", "intermediate")],
        ["es", "en"],
        {},
        "balanced",
    ),
    (  # 03 Tampere shop clerk, no hours a week given, cheapest -> web developer, fi/en
        "bundled",
        3,
        "shop clerk",
        "web developer",
        [],
        ["fi", "en"],
        {},
        "cheapest",
    ),
    (  # 04 Delhi SOC trainee (cyber security, counter-measures) -> security technician, hi/en, EUR 800
        "bundled",
        4,
        "SOC trainee",
        "ICT security technician",
        [("cyber security", "intermediate"), ("cyber attack counter-measures", "intermediate")],
        ["hi", "en"],
        {"hours_per_week": 6, "weeks": 52, "budget": 800},
        "balanced",
    ),
    (  # 05 Chittagong sysadmin (administer ICT system, operating systems) -> cloud engineer, bn/en, EUR 1000
        "bundled",
        5,
        "system administrator",
        "cloud engineer",
        [("administer ICT system", "intermediate"), ("operating systems", "intermediate")],
        ["bn", "en"],
        {"hours_per_week": 8, "weeks": 52, "budget": 1000},
        "balanced",
    ),
    (  # 06 Bristol network engineer (routing, hardware) -> network architect, EUR 1000, en
        "bundled",
        5,
        "network engineer",
        "ICT network architect",
        [("ICT network routing", "intermediate"), ("ICT networking hardware", "advanced")],
        ["en"],
        {"hours_per_week": 8, "weeks": 52, "budget": 1000},
        "balanced",
    ),
    (  # 07 Marseille developer (SQL intermediate, database basic) -> database administrator, fr/en, EUR 900
        "bundled",
        5,
        "developer",
        "database administrator",
        [("SQL", "intermediate"), ("database", "basic")],
        ["fr", "en"],
        {"hours_per_week": 5, "weeks": 52, "budget": 900},
        "balanced",
    ),
    (  # 08 Da Nang helpdesk agent (troubleshooting, operating systems) -> system administrator, vi/en, 4 h
        "bundled",
        4,
        "helpdesk agent",
        "ICT system administrator",
        [("perform ICT troubleshooting", "intermediate"), ("operating systems", "intermediate")],
        ["vi", "en"],
        {"hours_per_week": 4, "weeks": 52},
        "balanced",
    ),
]

if __name__ == "__main__":
    write_cases("plans27u", TODAY, LEARNERS, OUT, split="tune")
