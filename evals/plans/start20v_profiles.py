"""Writes start20v_cases.jsonl: 5 unseen variants written by the plans20start helper on 2026-12-06 at 20:38
UTC, AFTER the session-20 fixes (SQL courses teach query languages; order at a level), to measure whether
they generalise (tune, not blind): analysts of other backgrounds and languages and a web developer, all on the
bundled corpus plus edX and Udemy. Verdicts: hand_start20.md ("unseen variants").
Run: .venv/bin/python evals/plans/start20v_profiles.py
"""

from __future__ import annotations

from pathlib import Path

from fresh_writer import write_cases

TODAY = "2030-09-02"
OUT = Path(__file__).with_name("start20v_cases.jsonl")

LEARNERS = [
    (  # Espoo: office clerk -> data analyst, Finnish/English, fastest
        "bundled+real",
        4,
        "office clerk",
        "data analyst",
        [("office software", "intermediate")],
        ["fi", "en"],
        {"hours_per_week": 8, "weeks": 26, "budget": 600},
        "fastest",
    ),
    (  # Kolkata: bank teller -> data analyst, Bengali/English, INR
        "bundled+real",
        4,
        "bank teller",
        "data analyst",
        [("use spreadsheets software", "intermediate")],
        ["bn", "en"],
        {"hours_per_week": 6, "weeks": 52, "budget": 45000, "currency": "INR"},
        "balanced",
    ),
    (  # Lyon: buyer -> data analyst, French/English, cheapest
        "bundled+real",
        4,
        "purchasing assistant",
        "data analyst",
        [("use spreadsheets software", "advanced"), ("statistics", "basic")],
        ["fr", "en"],
        {"hours_per_week": 5, "weeks": 40, "budget": 500},
        "cheapest",
    ),
    (  # Bonn: librarian -> data analyst, German/English
        "bundled+real",
        5,
        "librarian",
        "data analyst",
        [],
        ["de", "en"],
        {"hours_per_week": 7, "weeks": 52, "budget": 1200},
        "balanced",
    ),
    (  # Ho Chi Minh City: shop owner -> web developer, Vietnamese/English
        "bundled+real",
        3,
        "shop owner",
        "web developer",
        [("office software", "basic")],
        ["vi", "en"],
        {"hours_per_week": 8, "weeks": 52, "budget": 25000000, "currency": "VND"},
        "balanced",
    ),
]


def main() -> None:
    write_cases("start20v", TODAY, LEARNERS, OUT, split="tune")


if __name__ == "__main__":
    main()
