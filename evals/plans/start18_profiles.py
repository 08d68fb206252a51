"""Writes start18_cases.jsonl: 20 learners for hand judgement of where a plan starts (issue 14, session 18,
branch plans18start), written by the helper on 2026-12-06 at 14:26 UTC (committed 14:27) before any plan for
them was run.
**Tune, not blind**: the same helper fixes what they show. Classes: analysts of several backgrounds (the
analyst's start: spreadsheets, SQL, statistics; no data engineering), other occupations with an obvious
entry (web developer, system administrator, security), and audience (teachers of children, learners of
digital basics for themselves). 12 on the bundled corpus, 8 on the bundled corpus plus edX and Udemy
(`constraints_kind`). Verdicts: hand_start18.md.
Run: .venv/bin/python evals/plans/start18_profiles.py
"""

from __future__ import annotations

from pathlib import Path

from fresh_writer import write_cases

TODAY = "2030-03-04"  # a Monday
OUT = Path(__file__).with_name("start18_cases.jsonl")

# (catalogue, judge's start EQF, current role, goal, held [(skill, level)], languages, constraints, strategy)
LEARNERS = [
    (  # 01 Madrid: shop manager -> data analyst, Spanish/English
        "bundled",
        4,
        "shop manager",
        "data analyst",
        [("use spreadsheets software", "basic")],
        ["es", "en"],
        {"hours_per_week": 5, "weeks": 52, "budget": 900},
        "balanced",
    ),
    (  # 02 Leipzig: accountant -> data analyst, cheapest
        "bundled",
        4,
        "accountant",
        "data analyst",
        [("use spreadsheets software", "advanced"), ("statistics", "basic")],
        ["de", "en"],
        {"hours_per_week": 6, "weeks": 52, "budget": 1000},
        "cheapest",
    ),
    (  # 03 Dublin: lab technician -> data analyst, English only
        "bundled",
        4,
        "laboratory technician",
        "data analyst",
        [("statistics", "intermediate")],
        ["en"],
        {"hours_per_week": 6, "weeks": 40, "budget": 1200},
        "balanced",
    ),
    (  # 04 Hanoi: logistics clerk -> data analyst, Vietnamese/English, fastest
        "bundled",
        3,
        "logistics clerk",
        "data analyst",
        [("office software", "intermediate")],
        ["vi", "en"],
        {"hours_per_week": 8, "weeks": 40},
        "fastest",
    ),
    (  # 05 Lyon: call centre agent -> web developer, French/English
        "bundled",
        3,
        "call centre agent",
        "web developer",
        [],
        ["fr", "en"],
        {"hours_per_week": 6, "weeks": 52, "budget": 800},
        "balanced",
    ),
    (  # 06 Kolkata: graphic designer -> web developer, Bengali/English
        "bundled",
        4,
        "graphic designer",
        "web developer",
        [("use markup languages", "basic")],
        ["bn", "en"],
        {"hours_per_week": 8, "weeks": 40, "budget": 60000, "currency": "BDT"},
        "balanced",
    ),
    (  # 07 Tampere: warehouse worker -> ICT system administrator, Finnish/English
        "bundled",
        3,
        "warehouse worker",
        "ICT system administrator",
        [("office software", "basic")],
        ["fi", "en"],
        {"hours_per_week": 6, "weeks": 52, "budget": 1500},
        "balanced",
    ),
    (  # 08 Munich: IT support -> ICT security administrator, German/English
        "bundled",
        4,
        "IT support technician",
        "ICT security administrator",
        [("provide ICT support", "intermediate")],
        ["de", "en"],
        {"hours_per_week": 5, "weeks": 52, "budget": 1500},
        "balanced",
    ),
    (  # 09 Seville: primary teacher -> ICT teacher secondary school, Spanish/English
        "bundled",
        4,
        "primary school teacher",
        "ICT teacher secondary school",
        [("apply teaching strategies", "advanced")],
        ["es", "en"],
        {"hours_per_week": 4, "weeks": 52, "budget": 900},
        "balanced",
    ),
    (  # 10 Delhi: physics teacher -> ICT teacher secondary school, cheapest, Hindi/English
        "bundled",
        4,
        "physics teacher",
        "ICT teacher secondary school",
        [("apply teaching strategies", "advanced"), ("computer programming", "basic")],
        ["hi", "en"],
        {"hours_per_week": 5, "weeks": 40, "budget": 40000, "currency": "INR"},
        "cheapest",
    ),
    (  # 11 Toulouse: unemployed -> ICT security technician, digital basics first? French/English
        "bundled",
        3,
        "unemployed",
        "ICT security technician",
        [],
        ["fr", "en"],
        {"hours_per_week": 6, "weeks": 52, "budget": 600},
        "balanced",
    ),
    (  # 12 Hamburg: retail assistant -> ICT trainer (adult learners), German/English
        "bundled",
        4,
        "retail assistant",
        "ICT trainer",
        [("office software", "intermediate")],
        ["de", "en"],
        {"hours_per_week": 5, "weeks": 52, "budget": 1200},
        "balanced",
    ),
    (  # 13 Boston: receptionist -> data analyst (bundled + edX/Udemy), cheapest
        "bundled+real",
        3,
        "receptionist",
        "data analyst",
        [("use spreadsheets software", "basic")],
        ["en"],
        {"hours_per_week": 5, "weeks": 40, "budget": 400, "currency": "USD"},
        "cheapest",
    ),
    (  # 14 Porto: pharmacist -> data analyst (bundled + edX/Udemy), Portuguese/English
        "bundled+real",
        4,
        "pharmacist",
        "data analyst",
        [("statistics", "basic"), ("use spreadsheets software", "intermediate")],
        ["pt", "en"],
        {"hours_per_week": 6, "weeks": 52, "budget": 800},
        "balanced",
    ),
    (  # 15 Dhaka: bank teller -> data analyst (bundled + edX/Udemy), Bengali/English
        "bundled+real",
        3,
        "bank teller",
        "data analyst",
        [("office software", "intermediate")],
        ["bn", "en"],
        {"hours_per_week": 6, "weeks": 52, "budget": 40000, "currency": "BDT"},
        "balanced",
    ),
    (  # 16 Manchester: chef -> web developer (bundled + edX/Udemy), fastest
        "bundled+real",
        3,
        "chef",
        "web developer",
        [],
        ["en"],
        {"hours_per_week": 8, "weeks": 30, "budget": 500},
        "fastest",
    ),
    (  # 17 Oulu: factory operator -> ICT system administrator (bundled + edX/Udemy)
        "bundled+real",
        3,
        "factory operator",
        "ICT system administrator",
        [],
        ["fi", "en"],
        {"hours_per_week": 6, "weeks": 52, "budget": 700},
        "balanced",
    ),
    (  # 18 Lagos: network technician -> ICT security technician (bundled + edX/Udemy)
        "bundled+real",
        4,
        "network technician",
        "ICT security technician",
        [("ICT network routing", "intermediate")],
        ["en"],
        {"hours_per_week": 6, "weeks": 40, "budget": 600, "currency": "USD"},
        "balanced",
    ),
    (  # 19 Mumbai: English teacher -> ICT teacher secondary school (bundled + edX/Udemy), Hindi/English
        "bundled+real",
        4,
        "English teacher",
        "ICT teacher secondary school",
        [("apply teaching strategies", "advanced")],
        ["hi", "en"],
        {"hours_per_week": 4, "weeks": 52, "budget": 30000, "currency": "INR"},
        "balanced",
    ),
    (  # 20 Da Nang: secretary -> digital literacy teacher (bundled + edX/Udemy), Vietnamese/English
        "bundled+real",
        4,
        "secretary",
        "digital literacy teacher",
        [("office software", "advanced")],
        ["vi", "en"],
        {"hours_per_week": 4, "weeks": 52, "budget": 15000000, "currency": "VND"},
        "balanced",
    ),
]

if __name__ == "__main__":
    write_cases("start18", TODAY, LEARNERS, OUT, split="tune")
