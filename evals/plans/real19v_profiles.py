"""Writes real19v_cases.jsonl: 5 unseen variants of the classes the plans19real helper fixed (issue 14,
session 19), written at 17:48 UTC AFTER the fixes and before any plan for them was run: off-goal steps closing
a goal skill other fields share (ICT security engineer from other backgrounds), and the order of a web
developer's plan (front-end foundations before a long programming course of another subject). All on the
bundled corpus plus the edX and Udemy files. Tune, not blind (the same helper wrote them); used only to
measure whether the rules generalise. Verdicts: hand_real19.md.
Run: .venv/bin/python evals/plans/real19v_profiles.py
"""

from __future__ import annotations

from pathlib import Path

from fresh_writer import write_cases

TODAY = "2030-09-02"  # a Monday
OUT = Path(__file__).with_name("real19v_cases.jsonl")
R = "bundled+real"

# (catalogue, judge's start EQF, current role, goal, held [(skill, level)], languages, constraints, strategy)
LEARNERS = [
    (  # 01 Zaragoza: database developer -> ICT security engineer, EUR 1,500, 6 h x 40 w
        R,
        5,
        "database developer",
        "ICT security engineer",
        [("SQL", "advanced"), ("manage database", "intermediate")],
        ["es", "en"],
        {"hours_per_week": 6, "weeks": 40, "budget": 1500},
        "balanced",
    ),
    (  # 02 Tampere: system administrator -> ICT security engineer, cheapest, EUR 700, 5 h x 40 w
        R,
        5,
        "system administrator",
        "ICT security engineer",
        [("administer ICT system", "advanced"), ("operating systems", "advanced")],
        ["fi", "en"],
        {"hours_per_week": 5, "weeks": 40, "budget": 700},
        "cheapest",
    ),
    (  # 03 Dhaka: business analyst -> ICT security engineer, BDT 60,000, 8 h x 30 w
        R,
        5,
        "business analyst",
        "ICT security engineer",
        [("analyse business requirements", "advanced"), ("use spreadsheets software", "advanced")],
        ["bn", "en"],
        {"hours_per_week": 8, "weeks": 30, "budget": 60000, "currency": "BDT"},
        "balanced",
    ),
    (  # 04 Cologne: marketing assistant -> web developer, EUR 500, 6 h x 36 w
        R,
        4,
        "marketing assistant",
        "web developer",
        [("use spreadsheets software", "intermediate")],
        ["de", "en"],
        {"hours_per_week": 6, "weeks": 36, "budget": 500},
        "balanced",
    ),
    (  # 05 Da Nang: shop assistant -> web developer, fastest, VND 12M, 10 h x 24 w
        R,
        3,
        "shop assistant",
        "web developer",
        [("use word processing software", "basic")],
        ["vi", "en"],
        {"hours_per_week": 10, "weeks": 24, "budget": 12000000, "currency": "VND"},
        "fastest",
    ),
]

if __name__ == "__main__":
    write_cases("real19v", TODAY, LEARNERS, OUT, split="tune")
