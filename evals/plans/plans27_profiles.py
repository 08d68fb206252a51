"""Writes plans27_cases.jsonl: 8 learners for hand judgement (issue 14, session 27, branch plans27), written
by the helper on 2026-12-07 at 17:35 UTC before any plan for them was run, then used to find and fix what
they show (split tune, not blind). The classes fresh26 and trial 22 left open, each with other goals,
languages, currencies and levels than the case that showed it: off-goal steps and long chains (01 network
architect, 02 cheapest data scientist with no deadline, 03 network administrator's cheapest plan, 08 a BI
analyst's data-scientist plan with no deadline), held networking and an entry course (04), the computer
scientist (05), a designer of courses at 2 h/week (06), a free-only analyst (07). Verdicts: hand_plans27.md.
Run: .venv/bin/python evals/plans/plans27_profiles.py
"""

from __future__ import annotations

from pathlib import Path

from fresh_writer import write_cases

TODAY = "2031-09-01"  # a Monday
OUT = Path(__file__).with_name("plans27_cases.jsonl")

# (catalogue, judge's start EQF, current role, goal, held [(skill, level)], languages, constraints, strategy)
LEARNERS = [
    (  # 01 Lyon network engineer (routing, hardware) -> network architect, fr/en, EUR 2500
        "bundled",
        5,
        "network engineer",
        "ICT network architect",
        [("ICT network routing", "intermediate"), ("ICT networking hardware", "intermediate")],
        ["fr", "en"],
        {"hours_per_week": 6, "weeks": 52, "budget": 2500},
        "balanced",
    ),
    (  # 02 Kolkata statistics graduate, basic Python, bn/en, cheapest, no deadline -> data scientist
        "bundled",
        6,
        "statistics graduate",
        "data scientist",
        [("statistics", "intermediate"), ("Python (computer programming)", "basic")],
        ["bn", "en"],
        {"hours_per_week": 6},
        "cheapest",
    ),
    (  # 03 Seville shop IT helper, es/en, EUR 150, cheapest -> network administrator
        "bundled",
        4,
        "IT helper",
        "ICT network administrator",
        [("perform ICT troubleshooting", "intermediate"), ("operating systems", "basic")],
        ["es", "en"],
        {"hours_per_week": 5, "weeks": 52, "budget": 150},
        "cheapest",
    ),
    (  # 04 Helsinki network technician, routing and protocols held -> network engineer, fi/en, EUR 3000
        "bundled",
        5,
        "network technician",
        "ICT network engineer",
        [("ICT network routing", "intermediate"), ("ICT communications protocols", "intermediate")],
        ["fi", "en"],
        {"hours_per_week": 8, "weeks": 52, "budget": 3000},
        "balanced",
    ),
    (  # 05 Hamburg Java developer (algorithms) -> computer scientist, de/en, EUR 1500
        "bundled",
        6,
        "Java developer",
        "computer scientist",
        [("Java (computer programming)", "advanced"), ("algorithms", "intermediate")],
        ["de", "en"],
        {"hours_per_week": 6, "weeks": 52, "budget": 1500},
        "balanced",
    ),
    (  # 06 Madrid secondary teacher -> instructional designer, 2 h/week, 40 weeks, es/en
        "bundled",
        6,
        "secondary school teacher",
        "instructional designer",
        [("pedagogy", "advanced"), ("apply teaching strategies", "advanced")],
        ["es", "en"],
        {"hours_per_week": 2, "weeks": 40, "budget": 500},
        "balanced",
    ),
    (  # 07 Hanoi shop assistant, spreadsheets basic, vi/en, free only -> data analyst
        "bundled",
        3,
        "shop assistant",
        "data analyst",
        [("use spreadsheets software", "basic")],
        ["vi", "en"],
        {"hours_per_week": 6, "weeks": 52, "budget": 0},
        "cheapest",
    ),
    (  # 08 Manchester BI analyst (SQL, basic Python), no deadline, balanced -> data scientist
        "bundled",
        6,
        "BI analyst",
        "data scientist",
        [("SQL", "intermediate"), ("Python (computer programming)", "basic")],
        ["en"],
        {"hours_per_week": 8},
        "balanced",
    ),
]

if __name__ == "__main__":
    write_cases("plans27", TODAY, LEARNERS, OUT, split="tune")
