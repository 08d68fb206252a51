"""Writes plans28_cases.jsonl: 8 learners for hand judgement (issue 14, session 28, branch plans28), written
by the helper on 2026-12-07 at 20:45 UTC before any plan for them was run, then used to find and fix what
they show (split tune, not blind). The classes fresh27 and trial 23 left open, each with other goals,
languages, currencies and levels than the case that showed it: no step of the goal's core subject (01 a
clerk to data analyst, 02 a Java developer to computer vision engineer, 08 a network engineer to
intelligent systems designer, bundled+real), off-goal steps in a cheapest proposal (03 network engineer,
04 network administrator), no plan where one could exist (05 a German-only free learner, 06 a mathematician
to computer scientist), too many similar steps (07 a web designer to web developer, bundled+real).
Verdicts: hand_plans28.md. Run: .venv/bin/python evals/plans/plans28_profiles.py
"""

from __future__ import annotations

from pathlib import Path

from fresh_writer import write_cases

TODAY = "2031-09-01"  # a Monday
OUT = Path(__file__).with_name("plans28_cases.jsonl")

# (catalogue, judge's start EQF, current role, goal, held [(skill, level)], languages, constraints, strategy)
LEARNERS = [
    (  # 01 Dublin bank back-office clerk, spreadsheets -> data analyst, en, EUR 600, 6 h
        "bundled",
        5,
        "bank clerk",
        "data analyst",
        [("use spreadsheets software", "intermediate"), ("statistics", "basic")],
        ["en"],
        {"hours_per_week": 6, "weeks": 52, "budget": 600},
        "balanced",
    ),
    (  # 02 Pune Java developer -> computer vision engineer, hi/en, EUR 1200, 8 h
        "bundled",
        6,
        "Java developer",
        "computer vision engineer",
        [("Java (computer programming)", "advanced"), ("Python (computer programming)", "intermediate")],
        ["hi", "en"],
        {"hours_per_week": 8, "weeks": 52, "budget": 1200},
        "balanced",
    ),
    (  # 03 Valencia network technician (protocols) -> network engineer, es/en, EUR 300, cheapest
        "bundled",
        4,
        "network technician",
        "ICT network engineer",
        [("ICT communications protocols", "intermediate"), ("operating systems", "basic")],
        ["es", "en"],
        {"hours_per_week": 6, "weeks": 52, "budget": 300},
        "cheapest",
    ),
    (  # 04 Hanoi school IT helper -> network administrator, vi/en, EUR 200, cheapest
        "bundled",
        4,
        "school IT helper",
        "ICT network administrator",
        [("hardware components", "intermediate")],
        ["vi", "en"],
        {"hours_per_week": 5, "weeks": 52, "budget": 200},
        "cheapest",
    ),
    (  # 05 Leipzig care worker, no IT skills, German only, free -> software developer
        "bundled",
        3,
        "care worker",
        "software developer",
        [],
        ["de"],
        {"hours_per_week": 8, "weeks": 52, "budget": 0},
        "cheapest",
    ),
    (  # 06 Kolkata mathematics PhD (algorithms, statistics) -> computer scientist, bn/en, EUR 800
        "bundled",
        7,
        "mathematics researcher",
        "computer scientist",
        [("algorithms", "advanced"), ("statistics", "advanced")],
        ["bn", "en"],
        {"hours_per_week": 6, "weeks": 52, "budget": 800},
        "balanced",
    ),
    (  # 07 real: Hanoi web designer (markup, style sheets) -> web developer, vi/en, EUR 250, 6 h
        "bundled+real",
        5,
        "web designer",
        "web developer",
        [("use markup languages", "advanced"), ("style sheet languages", "advanced")],
        ["vi", "en"],
        {"hours_per_week": 6, "weeks": 52, "budget": 250},
        "balanced",
    ),
    (  # 08 real: Oulu network engineer -> intelligent systems designer, fi/en, EUR 1200, 5 h
        "bundled+real",
        6,
        "network engineer",
        "ICT intelligent systems designer",
        [("ICT network routing", "advanced"), ("Python (computer programming)", "basic")],
        ["fi", "en"],
        {"hours_per_week": 5, "weeks": 52, "budget": 1200},
        "balanced",
    ),
]

if __name__ == "__main__":
    write_cases("plans28", TODAY, LEARNERS, OUT, split="tune")
