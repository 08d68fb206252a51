"""Writes evals/plans/fresh9_cases.jsonl: 10 more learners for hand judgement (issue 14, session 9 round 2,
branch `plans`), written by hand on 2026-12-05 at 10:08 UTC and committed before any plan for them was run;
held out. Learners from the EU, Bangladesh, India and Vietnam (Bengali-only, German-only, Vietnamese-only,
French/English, Polish/English, Hindi/English, Spanish/English, Bengali/English, Vietnamese/English,
Greek/English); goals: data analyst, web developer, network engineer (an experienced technician), database
administrator, ICT teacher, software architect (no deadline, most complete), data quality specialist,
software tester, ICT security technician, ethical hacker; budgets from EUR 300 to EUR 5,000 (two in INR,
one in BDT, one in VND), two with no deadline, one with a dated deadline, five asking for the cheapest,
fastest or most complete plan. 6 are judged on the bundled corpus, 4 on the bundled corpus plus edX and
Udemy (`constraints_kind`).
Run: .venv/bin/python evals/plans/fresh9_profiles.py
"""

from __future__ import annotations

from pathlib import Path

from fresh_writer import write_cases

TODAY = "2028-10-02"  # a Monday
OUT = Path(__file__).with_name("fresh9_cases.jsonl")

# (catalogue, judge's start EQF, current role, goal, held [(skill, level)], languages, constraints, strategy)
LEARNERS = [
    (  # Dhaka: Bengali-only bank teller -> data analyst, BDT
        "bundled",
        4,
        "bank teller",
        "data analyst",
        [("use spreadsheets software", "intermediate")],
        ["bn"],
        {"hours_per_week": 6, "weeks": 48, "budget": 40000, "currency": "BDT"},
        "balanced",
    ),
    (  # Ho Chi Minh City: Vietnamese-only junior PHP programmer -> web developer, fastest, VND, edX/Udemy
        "bundled+real",
        5,
        "junior programmer",
        "web developer",
        [("PHP", "basic"), ("use markup languages", "basic")],
        ["vi"],
        {"hours_per_week": 8, "weeks": 40, "budget": 15000000, "currency": "VND"},
        "fastest",
    ),
    (  # Lyon: network technician with years of routing -> network engineer, French/English
        "bundled",
        6,
        "network technician",
        "ICT network engineer",
        [("ICT network routing", "advanced"), ("operating systems", "intermediate")],
        ["fr", "en"],
        {"hours_per_week": 6, "weeks": 40, "budget": 1500},
        "balanced",
    ),
    (  # Krakow: SQL report developer -> database administrator, cheapest, edX/Udemy
        "bundled+real",
        5,
        "report developer",
        "database administrator",
        [("SQL", "advanced"), ("use spreadsheets software", "advanced")],
        ["pl", "en"],
        {"hours_per_week": 5, "weeks": 30, "budget": 400},
        "cheapest",
    ),
    (  # Jaipur: school science teacher -> ICT teacher (secondary), Hindi/English, INR
        "bundled",
        5,
        "science teacher",
        "ICT teacher secondary school",
        [("apply teaching strategies", "advanced"), ("use word processing software", "intermediate")],
        ["hi", "en"],
        {"hours_per_week": 5, "weeks": 40, "budget": 30000, "currency": "INR"},
        "balanced",
    ),
    (  # Madrid: systems analyst -> software architect, no deadline, most complete
        "bundled",
        6,
        "systems analyst",
        "software architect",
        [("Java (computer programming)", "advanced"), ("SQL", "intermediate")],
        ["es", "en"],
        {"hours_per_week": 6, "budget": 5000},
        "most-complete",
    ),
    (  # Graz: German-only accountant -> data quality specialist
        "bundled",
        5,
        "accountant",
        "data quality specialist",
        [("use spreadsheets software", "advanced"), ("statistics", "basic")],
        ["de"],
        {"hours_per_week": 5, "weeks": 52, "budget": 1200},
        "balanced",
    ),
    (  # Kolkata: customer support agent -> software tester, Bengali/English, INR, dated deadline, edX/Udemy
        "bundled+real",
        4,
        "customer support agent",
        "software tester",
        [("use spreadsheets software", "basic")],
        ["bn", "en"],
        {"hours_per_week": 7, "deadline": "2029-06-29", "budget": 20000, "currency": "INR"},
        "cheapest",
    ),
    (  # Da Nang: network administrator -> ICT security technician, Vietnamese/English, fastest
        "bundled",
        5,
        "network administrator",
        "ICT security technician",
        [("ICT network routing", "intermediate"), ("operating systems", "advanced")],
        ["vi", "en"],
        {"hours_per_week": 6, "weeks": 36, "budget": 800},
        "fastest",
    ),
    (  # Thessaloniki: IT support technician -> ethical hacker, Greek/English, no deadline, edX/Udemy
        "bundled+real",
        5,
        "IT support technician",
        "ethical hacker",
        [("operating systems", "intermediate"), ("Python (computer programming)", "basic")],
        ["el", "en"],
        {"hours_per_week": 8, "budget": 2000},
        "balanced",
    ),
]

if __name__ == "__main__":
    write_cases("fresh9", TODAY, LEARNERS, OUT)
