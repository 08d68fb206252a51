"""Writes evals/plans/fresh10_cases.jsonl: 20 more learners for hand judgement (issue 14, session 10, branch
`plans`), written by hand on 2026-12-05 at 11:35 UTC and committed before any plan for them was run; held
out. Learners from the EU, Bangladesh, India and Vietnam (German-only, Spanish-only, Bengali-only,
Vietnamese-only, and bilingual Hindi/Bengali/Vietnamese/Finnish/Portuguese/French/Polish/Italian/Swedish/
Greek/German with English, one English-only); goals across the catalogue's programmes: data analyst, data
scientist, software developer, web developer, software architect, network engineer and architect, system and
security administration, security engineer and technician, cloud engineer, data protection officer,
data warehouse designer, data quality specialist, ICT teacher, ICT trainer, e-learning developer, software
tester; beginners and experienced learners (a senior Java developer, a system administrator, a web developer
of ten years, an analyst with SQL and statistics); budgets from EUR 300 to EUR 3,000 (four in INR, two in
BDT, three in VND), three with no deadline, two with a dated deadline, eight asking for the cheapest, fastest
or most complete plan. 12 are judged on the bundled corpus, 8 on the bundled corpus plus edX and Udemy
(`constraints_kind`).
Run: .venv/bin/python evals/plans/fresh10_profiles.py
"""

from __future__ import annotations

from pathlib import Path

from fresh_writer import write_cases

TODAY = "2028-11-06"  # a Monday
OUT = Path(__file__).with_name("fresh10_cases.jsonl")

# (catalogue, judge's start EQF, current role, goal, held [(skill, level)], languages, constraints, strategy)
LEARNERS = [
    (  # Leipzig: German-only office clerk -> data analyst, a beginner
        "bundled",
        4,
        "office clerk",
        "data analyst",
        [("use spreadsheets software", "basic")],
        ["de"],
        {"hours_per_week": 5, "weeks": 40, "budget": 800},
        "balanced",
    ),
    (  # Pune: draughtsman -> software developer, Hindi/English, INR, edX/Udemy
        "bundled+real",
        4,
        "draughtsman",
        "software developer",
        [("use spreadsheets software", "intermediate")],
        ["hi", "en"],
        {"hours_per_week": 8, "weeks": 52, "budget": 60000, "currency": "INR"},
        "balanced",
    ),
    (  # Hanoi: network engineer of eight years -> network architect, Vietnamese/English, VND
        "bundled",
        6,
        "network engineer",
        "ICT network architect",
        [
            ("ICT network routing", "advanced"),
            ("design computer network", "intermediate"),
            ("Cisco", "advanced"),
        ],
        ["vi", "en"],
        {"hours_per_week": 6, "weeks": 48, "budget": 30000000, "currency": "VND"},
        "balanced",
    ),
    (  # Chittagong: factory IT support -> system administrator, Bengali/English, BDT, cheapest
        "bundled",
        4,
        "IT support technician",
        "ICT system administrator",
        [("perform ICT troubleshooting", "intermediate"), ("operating systems", "basic")],
        ["bn", "en"],
        {"hours_per_week": 6, "weeks": 36, "budget": 60000, "currency": "BDT"},
        "cheapest",
    ),
    (  # Helsinki: senior Java developer -> cloud engineer, Finnish/English, fastest, edX/Udemy
        "bundled+real",
        6,
        "software developer",
        "cloud engineer",
        [
            ("Java (computer programming)", "advanced"),
            ("SQL", "advanced"),
            ("use object-oriented programming", "advanced"),
        ],
        ["fi", "en"],
        {"hours_per_week": 5, "weeks": 30, "budget": 2000},
        "fastest",
    ),
    (  # Porto: primary teacher -> e-learning developer, Portuguese/English, dated deadline
        "bundled",
        5,
        "primary school teacher",
        "e-learning developer",
        [("apply teaching strategies", "advanced"), ("use presentation software", "intermediate")],
        ["pt", "en"],
        {"hours_per_week": 4, "deadline": "2029-07-31", "budget": 600},
        "balanced",
    ),
    (  # Valencia: Spanish-only marketing assistant -> web developer, fastest
        "bundled",
        4,
        "marketing assistant",
        "web developer",
        [("use markup languages", "basic")],
        ["es"],
        {"hours_per_week": 8, "weeks": 40, "budget": 1000},
        "fastest",
    ),
    (  # Bengaluru: data analyst (SQL, statistics, Python) -> data scientist, no deadline, INR, edX/Udemy
        "bundled+real",
        6,
        "data analyst",
        "data scientist",
        [
            ("SQL", "advanced"),
            ("statistics", "intermediate"),
            ("Python (computer programming)", "intermediate"),
        ],
        ["en", "hi"],
        {"hours_per_week": 10, "budget": 150000, "currency": "INR"},
        "balanced",
    ),
    (  # Bordeaux: lawyer -> data protection officer, French/English
        "bundled",
        6,
        "lawyer",
        "data protection officer",
        [("ensure compliance with legal requirements", "advanced")],
        ["fr", "en"],
        {"hours_per_week": 4, "weeks": 52, "budget": 3000},
        "balanced",
    ),
    (  # Sylhet: Bengali-only maths teacher -> ICT teacher (secondary), BDT, cheapest
        "bundled",
        5,
        "mathematics teacher",
        "ICT teacher secondary school",
        [("apply teaching strategies", "advanced"), ("statistics", "intermediate")],
        ["bn"],
        {"hours_per_week": 5, "weeks": 40, "budget": 30000, "currency": "BDT"},
        "cheapest",
    ),
    (  # Wroclaw: manual tester -> software tester (automation), Polish/English, edX/Udemy
        "bundled+real",
        5,
        "manual tester",
        "software tester",
        [("execute software tests", "intermediate"), ("report test findings", "intermediate")],
        ["pl", "en"],
        {"hours_per_week": 6, "weeks": 26, "budget": 500},
        "balanced",
    ),
    (  # Da Nang: system administrator -> ICT security engineer, Vietnamese/English, VND
        "bundled",
        6,
        "system administrator",
        "ICT security engineer",
        [
            ("administer ICT system", "advanced"),
            ("operating systems", "advanced"),
            ("use scripting programming", "intermediate"),
        ],
        ["vi", "en"],
        {"hours_per_week": 8, "weeks": 52, "budget": 40000000, "currency": "VND"},
        "balanced",
    ),
    (  # Linz: HR trainer -> ICT trainer, German/English
        "bundled",
        5,
        "HR trainer",
        "ICT trainer",
        [("organise training", "advanced"), ("use presentation software", "advanced")],
        ["de", "en"],
        {"hours_per_week": 5, "weeks": 30, "budget": 1500},
        "balanced",
    ),
    (  # Kochi: retired army radio operator -> network engineer, English, INR, edX/Udemy
        "bundled+real",
        4,
        "radio operator",
        "ICT network engineer",
        [("install electronic communication equipment", "intermediate")],
        ["en"],
        {"hours_per_week": 10, "weeks": 52, "budget": 80000, "currency": "INR"},
        "balanced",
    ),
    (  # Cork: barista -> ICT security technician, English only, EUR 300, cheapest, edX/Udemy
        "bundled+real",
        4,
        "barista",
        "ICT security technician",
        [],
        ["en"],
        {"hours_per_week": 6, "weeks": 40, "budget": 300},
        "cheapest",
    ),
    (  # Bologna: BI report developer -> data warehouse designer, Italian/English
        "bundled",
        5,
        "report developer",
        "data warehouse designer",
        [("SQL", "advanced"), ("business intelligence", "intermediate")],
        ["it", "en"],
        {"hours_per_week": 6, "weeks": 40, "budget": 2000},
        "balanced",
    ),
    (  # Ho Chi Minh City: Vietnamese-only CS graduate -> software developer, fastest, VND
        "bundled",
        5,
        "graduate",
        "software developer",
        [("computer programming", "basic"), ("Java (computer programming)", "basic")],
        ["vi"],
        {"hours_per_week": 15, "weeks": 24, "budget": 20000000, "currency": "VND"},
        "fastest",
    ),
    (  # Uppsala: librarian -> data quality specialist, Swedish/English, edX/Udemy
        "bundled+real",
        5,
        "librarian",
        "data quality specialist",
        [("information categorisation", "advanced"), ("use databases", "basic")],
        ["sv", "en"],
        {"hours_per_week": 5, "weeks": 40, "budget": 1000},
        "balanced",
    ),
    (  # Kolkata: commerce graduate -> data analyst, Bengali/Hindi/English, INR, dated deadline, cheapest
        "bundled+real",
        4,
        "accounts assistant",
        "data analyst",
        [("use spreadsheets software", "intermediate")],
        ["bn", "hi", "en"],
        {"hours_per_week": 6, "deadline": "2029-06-29", "budget": 25000, "currency": "INR"},
        "cheapest",
    ),
    (  # Athens: web developer of ten years -> software architect, Greek/English, no deadline, most complete
        "bundled",
        6,
        "web developer",
        "software architect",
        [("JavaScript", "advanced"), ("PHP", "advanced"), ("use markup languages", "advanced")],
        ["el", "en"],
        {"hours_per_week": 5, "budget": 3000},
        "most-complete",
    ),
]

if __name__ == "__main__":
    write_cases("fresh10", TODAY, LEARNERS, OUT)
