"""Writes plans29u_cases.jsonl: 8 unseen learners for hand judgement (issue 14, session 29, branch plans29),
written by the helper on 2026-12-08 at 00:30 UTC after the fixes and before any plan for them was run
(split tune, not used to tune): the classes of fresh28 and trial 24 with other goals, languages and limits.
Free or tiny budgets where a free course of the goal's subject exists (01 a would-be digital literacy
teacher, 02 an e-learning developer, 03 an instructional designer with EUR 20, 04 a would-be network
administrator); learners already in the field whose plan has steps at two levels (05 a network technician,
06 a database developer to DBA); a data scientist and a data analyst whose core chains are past their limits
(07, 08). Verdicts: hand_plans29.md. Run: .venv/bin/python evals/plans/plans29u_profiles.py
"""

from __future__ import annotations

from pathlib import Path

from fresh_writer import write_cases

TODAY = "2031-09-01"  # a Monday
OUT = Path(__file__).with_name("plans29u_cases.jsonl")

# (catalogue, judge's start EQF, current role, goal, held [(skill, level)], languages, constraints, strategy)
LEARNERS = [
    (  # 01 Hindi/English primary teacher, free, 3 h -> ICT teacher secondary school
        "bundled",
        5,
        "primary school teacher",
        "ICT teacher secondary school",
        [("apply teaching strategies", "intermediate")],
        ["hi", "en"],
        {"hours_per_week": 3, "weeks": 52, "budget": 0},
        "balanced",
    ),
    (  # 02 Finnish/English trainer, free, 4 h -> e-learning developer
        "bundled",
        5,
        "corporate trainer",
        "e-learning developer",
        [("organise training", "intermediate")],
        ["fi", "en"],
        {"hours_per_week": 4, "weeks": 52, "budget": 0},
        "cheapest",
    ),
    (  # 03 German/English school teacher, EUR 20, 5 h -> instructional designer
        "bundled",
        5,
        "school teacher",
        "instructional designer",
        [("prepare lesson content", "intermediate")],
        ["de", "en"],
        {"hours_per_week": 5, "weeks": 40, "budget": 20},
        "balanced",
    ),
    (  # 04 Bengali/English shop assistant, free, 6 h -> ICT network administrator
        "bundled",
        4,
        "shop assistant",
        "ICT network administrator",
        [],
        ["bn", "en"],
        {"hours_per_week": 6, "weeks": 52, "budget": 0},
        "cheapest",
    ),
    (  # 05 Spanish/English network technician (routing intermediate) -> ICT network administrator, 8 h
        "bundled",
        5,
        "network technician",
        "ICT network administrator",
        [("ICT network routing", "intermediate"), ("ICT networking hardware", "intermediate")],
        ["es", "en"],
        {"hours_per_week": 8, "weeks": 104, "budget": 4000},
        "balanced",
    ),
    (  # 06 English database developer (SQL advanced) -> database administrator, 6 h, EUR 2500
        "bundled",
        6,
        "database developer",
        "database administrator",
        [("SQL", "advanced"), ("use databases", "intermediate")],
        ["en"],
        {"hours_per_week": 6, "weeks": 78, "budget": 2500},
        "balanced",
    ),
    (  # 07 French/English economist (statistics advanced) -> data scientist, 4 h, EUR 800
        "bundled",
        6,
        "economist",
        "data scientist",
        [("statistics", "advanced"), ("use spreadsheets software", "advanced")],
        ["fr", "en"],
        {"hours_per_week": 4, "weeks": 52, "budget": 800},
        "balanced",
    ),
    (  # 08 Vietnamese/English bookkeeper -> data analyst, 4 h, EUR 150
        "bundled",
        4,
        "bookkeeper",
        "data analyst",
        [("use spreadsheets software", "intermediate")],
        ["vi", "en"],
        {"hours_per_week": 4, "weeks": 52, "budget": 150},
        "balanced",
    ),
]

if __name__ == "__main__":
    write_cases("plans29u", TODAY, LEARNERS, OUT, split="tune")
