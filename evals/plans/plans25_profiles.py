"""Writes plans25_cases.jsonl: 8 learners for hand judgement (issue 14, session 25, branch plans25), written
by the helper on 2026-12-07 at 11:40 UTC before any plan for them was run, then used to find and fix what
they show (split tune, not blind). The classes fresh24 and trial 20 left open, each with other goals,
languages, currencies and levels than the case that showed it: a budget just under the cheapest course of
the goal (01-02), analysts and the analysis step (03-04), a computer-science graduate (05), a fastest
cloud plan (06), proposals off the goal (07-08). Verdicts: hand_plans25.md.
Run: .venv/bin/python evals/plans/plans25_profiles.py
"""

from __future__ import annotations

from pathlib import Path

from fresh_writer import write_cases

TODAY = "2031-06-02"  # a Monday
OUT = Path(__file__).with_name("plans25_cases.jsonl")

# (catalogue, judge's start EQF, current role, goal, held [(skill, level)], languages, constraints, strategy)
LEARNERS = [
    (  # 01 Hamburg warehouse worker who set up home networks, EUR 450 -> network administrator
        "bundled",
        3,
        "warehouse worker",
        "ICT network administrator",
        [],
        ["de", "en"],
        {"hours_per_week": 8, "weeks": 40, "budget": 450},
        "balanced",
    ),
    (  # 02 Lagos-born London call-centre agent, GBP-ish EUR 400, English only -> network engineer, cheapest
        "bundled",
        4,
        "call centre agent",
        "ICT network engineer",
        [("perform ICT troubleshooting", "basic")],
        ["en"],
        {"hours_per_week": 6, "weeks": 52, "budget": 400},
        "cheapest",
    ),
    (  # 03 Sevilla bookkeeper, good spreadsheets, no SQL -> data analyst, Spanish/English
        "bundled",
        4,
        "bookkeeper",
        "data analyst",
        [("use spreadsheets software", "advanced")],
        ["es", "en"],
        {"hours_per_week": 6, "weeks": 52, "budget": 1000},
        "balanced",
    ),
    (  # 04 Manchester retail manager with Excel -> data analyst, English only, fastest
        "bundled",
        4,
        "retail manager",
        "data analyst",
        [("use spreadsheets software", "intermediate")],
        ["en"],
        {"hours_per_week": 8, "weeks": 40, "budget": 1500},
        "fastest",
    ),
    (  # 05 Helsinki computer-science graduate (Python, algorithms) -> computer scientist
        "bundled",
        6,
        "computer science graduate",
        "computer scientist",
        [("Python (computer programming)", "intermediate")],
        ["fi", "en"],
        {"hours_per_week": 10, "weeks": 52, "budget": 3000},
        "balanced",
    ),
    (  # 06 Lyon PHP developer -> cloud engineer, fastest, no deadline, French/English
        "bundled",
        5,
        "web developer",
        "cloud engineer",
        [("PHP", "advanced"), ("JavaScript", "advanced")],
        ["fr", "en"],
        {"hours_per_week": 6, "budget": 4000},
        "fastest",
    ),
    (  # 07 Dhaka IT support worker -> network administrator, BDT 30000, Bengali/English
        "bundled",
        4,
        "IT support worker",
        "ICT network administrator",
        [("perform ICT troubleshooting", "intermediate")],
        ["bn", "en"],
        {"hours_per_week": 8, "weeks": 40, "budget": 30000, "currency": "BDT"},
        "balanced",
    ),
    (  # 08 Hanoi helpdesk agent -> system administrator, EUR 150, cheapest, Vietnamese/English
        "bundled",
        4,
        "helpdesk agent",
        "ICT system administrator",
        [("perform ICT troubleshooting", "basic")],
        ["vi", "en"],
        {"hours_per_week": 5, "weeks": 52, "budget": 150},
        "cheapest",
    ),
]

if __name__ == "__main__":
    write_cases("plans25", TODAY, LEARNERS, OUT, split="tune")
