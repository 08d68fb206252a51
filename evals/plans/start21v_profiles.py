"""Writes start21v_cases.jsonl: 6 unseen variants of start21's class (issue 14, session 21, branch start21),
written by the helper on 2026-12-06 at 22:58 UTC after the foundation rule (`planner/foundation.py`) was
committed and never tuned on: newcomers at EQF 2-3 to five goals in languages and currencies start21 did not
pair with them. All on the bundled corpus. Verdicts: hand_start21.md ("Unseen variants").
Run: .venv/bin/python evals/plans/start21v_profiles.py
"""

from __future__ import annotations

from pathlib import Path

from fresh_writer import write_cases

TODAY = "2030-09-02"  # a Monday
OUT = Path(__file__).with_name("start21v_cases.jsonl")

# (catalogue, judge's start EQF, current role, goal, held [(skill, level)], languages, constraints, strategy)
LEARNERS = [
    (  # Hamburg: nursing aide -> ICT system administrator
        "bundled",
        3,
        "nursing aide",
        "ICT system administrator",
        [],
        ["de", "en"],
        {"hours_per_week": 6, "weeks": 52, "budget": 900},
        "balanced",
    ),
    (  # Bilbao: kitchen porter -> ICT security technician, cheapest
        "bundled",
        2,
        "kitchen porter",
        "ICT security technician",
        [],
        ["es", "en"],
        {"hours_per_week": 5, "weeks": 52, "budget": 600},
        "cheapest",
    ),
    (  # Turku: taxi driver -> data analyst
        "bundled",
        3,
        "taxi driver",
        "data analyst",
        [],
        ["fi", "en"],
        {"hours_per_week": 8, "weeks": 40, "budget": 400},
        "balanced",
    ),
    (  # Can Tho: market vendor -> ICT network administrator
        "bundled",
        2,
        "market vendor",
        "ICT network administrator",
        [],
        ["vi", "en"],
        {"hours_per_week": 6, "weeks": 52, "budget": 15000000, "currency": "VND"},
        "balanced",
    ),
    (  # Lyon: housekeeper -> digital literacy teacher
        "bundled",
        3,
        "housekeeper",
        "digital literacy teacher",
        [("use word processing software", "basic")],
        ["fr", "en"],
        {"hours_per_week": 5, "weeks": 52, "budget": 500},
        "balanced",
    ),
    (  # Jaipur: school leaver -> web developer, cheapest
        "bundled",
        3,
        "school leaver",
        "web developer",
        [],
        ["hi", "en"],
        {"hours_per_week": 6, "weeks": 52, "budget": 30000, "currency": "INR"},
        "cheapest",
    ),
]


def main() -> None:
    write_cases("start21v", TODAY, LEARNERS, OUT, split="tune")


if __name__ == "__main__":
    main()
