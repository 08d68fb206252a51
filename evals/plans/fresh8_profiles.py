"""Writes evals/plans/fresh8_cases.jsonl: 20 more learners for hand judgement (issue 14, session 9, branch
`plans`), written by hand on 2026-12-05 at 08:50 UTC and committed before any plan for them was run; held out.
Learners from the EU, Bangladesh, India and Vietnam (Bengali-only, Bengali/English, Hindi/English,
Tamil/English, Vietnamese-only, Vietnamese/English, German-only, Polish/English, Portuguese/English,
Dutch/English, Italian/English, Finnish/English and English-only); goals: data analyst (4), data scientist
(2),
machine learning (computer vision engineer), cloud security (2), AI-driven networking, HPC, digital literacy,
educators designing micro-credentials (2), software and web development (3), database administration (2);
budgets from free-only to EUR 6,000 (three in INR, one in BDT, one in VND), three learners with no deadline,
one with a dated deadline, and five asking for the cheapest, fastest or most complete plan (`note`:
"strategy: X"). 13 are judged on the bundled corpus, 7 on the bundled corpus plus edX and Udemy
(`constraints_kind`).
Run: .venv/bin/python evals/plans/fresh8_profiles.py
"""

from __future__ import annotations

from pathlib import Path

from fresh_writer import write_cases

TODAY = "2028-09-04"  # a Monday
OUT = Path(__file__).with_name("fresh8_cases.jsonl")

# (catalogue, judge's start EQF, current role, goal, held [(skill, level)], languages, constraints, strategy)
LEARNERS = [
    (  # Porto: hotel receptionist -> data analyst, Portuguese/English
        "bundled",
        4,
        "hotel receptionist",
        "data analyst",
        [("use spreadsheets software", "basic")],
        ["pt", "en"],
        {"hours_per_week": 6, "weeks": 52, "budget": 900},
        "balanced",
    ),
    (  # Sylhet: Bengali-only accounts clerk -> data analyst, BDT
        "bundled",
        4,
        "accounts clerk",
        "data analyst",
        [("use spreadsheets software", "intermediate")],
        ["bn"],
        {"hours_per_week": 5, "weeks": 52, "budget": 30000, "currency": "BDT"},
        "cheapest",
    ),
    (  # Chennai: marketing executive -> data analyst, edX/Udemy allowed, INR
        "bundled+real",
        5,
        "marketing executive",
        "data analyst",
        [("use spreadsheets software", "advanced"), ("statistics", "basic")],
        ["ta", "en"],
        {"hours_per_week": 7, "weeks": 36, "budget": 25000, "currency": "INR"},
        "balanced",
    ),
    (  # Utrecht: logistics planner -> data analyst, no deadline, edX/Udemy allowed
        "bundled+real",
        5,
        "logistics planner",
        "data analyst",
        [("use spreadsheets software", "advanced"), ("SQL", "basic")],
        ["nl", "en"],
        {"hours_per_week": 4, "budget": 1500},
        "balanced",
    ),
    (  # Warsaw: Java developer -> data scientist
        "bundled",
        6,
        "Java developer",
        "data scientist",
        [("Java (computer programming)", "advanced"), ("SQL", "intermediate")],
        ["pl", "en"],
        {"hours_per_week": 8, "weeks": 60, "budget": 3000},
        "balanced",
    ),
    (  # Pune: physics postgraduate -> data scientist, fastest, INR
        "bundled",
        6,
        "physics researcher",
        "data scientist",
        [("statistics", "advanced"), ("Python (computer programming)", "intermediate")],
        ["hi", "en"],
        {"hours_per_week": 15, "weeks": 40, "budget": 100000, "currency": "INR"},
        "fastest",
    ),
    (  # Milan: data scientist -> machine learning (computer vision engineer), edX/Udemy allowed
        "bundled+real",
        6,
        "data scientist",
        "computer vision engineer",
        [
            ("Python (computer programming)", "advanced"),
            ("statistics", "advanced"),
            ("machine learning", "intermediate"),
        ],
        ["it", "en"],
        {"hours_per_week": 6, "weeks": 52, "budget": 2000},
        "balanced",
    ),
    (  # Hanoi: Vietnamese-only system administrator -> cloud security (ICT security engineer)
        "bundled",
        5,
        "ICT system administrator",
        "ICT security engineer",
        [("operating systems", "advanced"), ("administer ICT system", "intermediate")],
        ["vi"],
        {"hours_per_week": 6, "weeks": 52, "budget": 20000000, "currency": "VND"},
        "balanced",
    ),
    (  # Helsinki: DevOps engineer -> cloud security (ICT security administrator), cheapest
        "bundled",
        6,
        "DevOps engineer",
        "ICT security administrator",
        [("cloud technologies", "advanced"), ("operating systems", "advanced")],
        ["fi", "en"],
        {"hours_per_week": 5, "weeks": 30, "budget": 600},
        "cheapest",
    ),
    (  # Bangalore: telecom engineer -> AI-driven networking (ICT network architect), INR
        "bundled",
        6,
        "telecommunications engineer",
        "ICT network architect",
        [("ICT network routing", "advanced"), ("Python (computer programming)", "intermediate")],
        ["en", "hi"],
        {"hours_per_week": 6, "weeks": 52, "budget": 60000, "currency": "INR"},
        "balanced",
    ),
    (  # Munich: German-only engineering student -> HPC (computer scientist), no deadline
        "bundled",
        5,
        "engineering student",
        "computer scientist",
        [("C++", "intermediate"), ("execute analytical mathematical calculations", "intermediate")],
        ["de"],
        {"hours_per_week": 8, "budget": 1000},
        "balanced",
    ),
    (  # Rajshahi: community health worker -> digital literacy teacher, free only, Bengali/English
        "bundled",
        4,
        "community health worker",
        "digital literacy teacher",
        [],
        ["bn", "en"],
        {"hours_per_week": 4, "weeks": 26, "budget": 0},
        "balanced",
    ),
    (  # Dublin: university lecturer -> instructional designer of micro-credentials, English only
        "bundled",
        7,
        "lecturer",
        "instructional designer",
        [("apply teaching strategies", "advanced"), ("create training materials", "advanced")],
        ["en"],
        {"hours_per_week": 3, "weeks": 40, "budget": 800},
        "balanced",
    ),
    (  # Hue: vocational teacher -> e-learning developer of micro-credentials, Vietnamese/English, edX/Udemy
        "bundled+real",
        5,
        "vocational teacher",
        "e-learning developer",
        [("apply teaching strategies", "intermediate"), ("use word processing software", "advanced")],
        ["vi", "en"],
        {"hours_per_week": 5, "weeks": 40, "budget": 500},
        "balanced",
    ),
    (  # Lisbon: graphic designer -> web developer, fastest, edX/Udemy allowed
        "bundled+real",
        5,
        "graphic designer",
        "web developer",
        [("JavaScript", "basic"), ("use markup languages", "intermediate")],
        ["pt", "en"],
        {"hours_per_week": 10, "weeks": 26, "budget": 700},
        "fastest",
    ),
    (  # Ghent: PHP developer -> software architect, no deadline, most complete
        "bundled",
        6,
        "PHP developer",
        "software architect",
        [("PHP", "advanced"), ("SQL", "advanced"), ("JavaScript", "intermediate")],
        ["nl", "en"],
        {"hours_per_week": 5, "budget": 6000},
        "most-complete",
    ),
    (  # Kochi: mechanical engineer -> software developer, dated deadline, INR
        "bundled",
        5,
        "mechanical engineer",
        "software developer",
        [("execute analytical mathematical calculations", "advanced")],
        ["en"],
        {"hours_per_week": 10, "deadline": "2029-06-30", "budget": 40000, "currency": "INR"},
        "balanced",
    ),
    (  # Rome: database developer -> database administrator, Italian/English
        "bundled",
        6,
        "database developer",
        "database administrator",
        [("SQL", "advanced"), ("database", "intermediate")],
        ["it", "en"],
        {"hours_per_week": 4, "weeks": 40, "budget": 1200},
        "balanced",
    ),
    (  # Bac Ninh: factory IT technician -> database administrator, Vietnamese/English, edX/Udemy, cheapest
        "bundled+real",
        5,
        "IT technician",
        "database administrator",
        [("operating systems", "intermediate"), ("SQL", "basic")],
        ["vi", "en"],
        {"hours_per_week": 6, "weeks": 30, "budget": 300},
        "cheapest",
    ),
    (  # Tallinn: English-only secondary maths teacher -> ICT teacher, edX/Udemy allowed
        "bundled+real",
        6,
        "mathematics teacher",
        "ICT teacher secondary school",
        [
            ("apply teaching strategies", "advanced"),
            ("execute analytical mathematical calculations", "advanced"),
        ],
        ["en"],
        {"hours_per_week": 4, "weeks": 44, "budget": 1000},
        "balanced",
    ),
]

if __name__ == "__main__":
    write_cases("fresh8", TODAY, LEARNERS, OUT)
