"""Writes evals/plans/fresh12_cases.jsonl: 20 more learners for hand judgement (issue 14, session 12, branch
`plans`), written by hand on 2026-12-05 at 21:30 UTC and committed before any plan for them was run; held
out. Learners from the EU, Bangladesh, India and Vietnam: a Bengali-only, a Vietnamese-only and a Hindi-only
learner, a French-only learner with the language limit set, a Spanish-only learner without one, and bilingual
or trilingual learners with English (Portuguese, Vietnamese, Bengali, Finnish, Marathi, Hindi, Polish,
Kannada, Dutch, Italian, Czech, Greek, German, French). Goals across the catalogue: web, software and
system development, integration, data (warehouse, quality, science, chief data officer), networks
(engineer, architect), system and security administration (system administrator, security technician,
ethical hacker, ICT security manager), teaching (ICT teacher, ICT trainer, digital literacy teacher),
e-learning (developer, architect) and knowledge engineering. Beginners and experienced learners who list few
skills (a senior network engineer of ten years, a statistician, a business analyst of six years); budgets
from EUR 800 to EUR 3,000 (four in INR, two in BDT, three in VND); two with no deadline, one with a dated
deadline; eight asking for the cheapest, fastest or most complete plan. 12 are judged on the bundled corpus,
8 on the bundled corpus plus edX and Udemy (`constraints_kind`).
Run: .venv/bin/python evals/plans/fresh12_profiles.py
"""

from __future__ import annotations

from pathlib import Path

from fresh_writer import write_cases

TODAY = "2029-03-05"  # a Monday
OUT = Path(__file__).with_name("fresh12_cases.jsonl")

# (catalogue, judge's start EQF, current role, goal, held [(skill, level)], languages, constraints, strategy)
LEARNERS = [
    (  # Lisbon: junior web designer (HTML/CSS) -> web developer, Portuguese/English
        "bundled",
        5,
        "web designer",
        "web developer",
        [("use markup languages", "intermediate"), ("style sheet languages", "intermediate")],
        ["pt", "en"],
        {"hours_per_week": 6, "weeks": 40, "budget": 1000},
        "balanced",
    ),
    (  # Hanoi: accounting clerk -> data quality specialist, Vietnamese/English, VND, cheapest, edX/Udemy
        "bundled+real",
        4,
        "accounting clerk",
        "data quality specialist",
        [("use spreadsheets software", "advanced")],
        ["vi", "en"],
        {"hours_per_week": 8, "weeks": 36, "budget": 20000000, "currency": "VND"},
        "cheapest",
    ),
    (  # Kolkata: physics teacher -> ICT teacher secondary school, Bengali/English, INR
        "bundled",
        5,
        "physics teacher",
        "ICT teacher secondary school",
        [("apply teaching strategies", "advanced"), ("prepare lesson content", "advanced")],
        ["bn", "en"],
        {"hours_per_week": 5, "weeks": 40, "budget": 60000, "currency": "INR"},
        "balanced",
    ),
    (  # Chittagong: Bengali-only garment-factory supervisor -> ICT system administrator, BDT
        "bundled",
        4,
        "production supervisor",
        "ICT system administrator",
        [("use spreadsheets software", "basic")],
        ["bn"],
        {"hours_per_week": 10, "weeks": 52, "budget": 60000, "currency": "BDT"},
        "balanced",
    ),
    (  # Lyon: Python developer of six years -> integration engineer, French/English, cheapest
        "bundled",
        6,
        "Python developer",
        "integration engineer",
        [("Python (computer programming)", "advanced"), ("JavaScript", "intermediate")],
        ["fr", "en"],
        {"hours_per_week": 6, "weeks": 40, "budget": 1800},
        "cheapest",
    ),
    (  # Tampere: helpdesk technician -> ICT system administrator, Finnish/English, edX/Udemy
        "bundled+real",
        5,
        "helpdesk technician",
        "ICT system administrator",
        [
            ("provide ICT support", "intermediate"),
            ("use ICT ticketing system", "intermediate"),
            ("perform ICT troubleshooting", "intermediate"),
        ],
        ["fi", "en"],
        {"hours_per_week": 6, "weeks": 52, "budget": 1500},
        "balanced",
    ),
    (  # Pune: business analyst of six years -> chief data officer, Marathi/Hindi/English, INR, edX/Udemy
        "bundled+real",
        6,
        "business analyst",
        "chief data officer",
        [("SQL", "advanced"), ("analyse business requirements", "advanced")],
        ["mr", "hi", "en"],
        {"hours_per_week": 5, "weeks": 52, "budget": 250000, "currency": "INR"},
        "balanced",
    ),
    (  # Ho Chi Minh City: Vietnamese-only phone repair technician -> ICT security technician, VND, fastest
        "bundled",
        4,
        "phone repair technician",
        "ICT security technician",
        [("maintain computer hardware", "intermediate")],
        ["vi"],
        {"hours_per_week": 8, "weeks": 52, "budget": 25000000, "currency": "VND"},
        "fastest",
    ),
    (  # Krakow: electrician -> ICT network engineer, Polish/English, edX/Udemy
        "bundled+real",
        4,
        "electrician",
        "ICT network engineer",
        [("install electronic communication equipment", "intermediate")],
        ["pl", "en"],
        {"hours_per_week": 8, "weeks": 52, "budget": 2000},
        "balanced",
    ),
    (  # Paris: French-only HR training officer -> ICT trainer, French limit set
        "bundled",
        5,
        "chargée de formation",
        "ICT trainer",
        [("organise training", "advanced"), ("identify training needs", "intermediate")],
        ["fr"],
        {"hours_per_week": 5, "weeks": 40, "budget": 1200, "languages": ["fr"]},
        "balanced",
    ),
    (  # Seville: Spanish-only school administrator -> e-learning developer, no language limit set
        "bundled",
        4,
        "administrativo escolar",
        "e-learning developer",
        [("use presentation software", "intermediate")],
        ["es"],
        {"hours_per_week": 6, "weeks": 40, "budget": 800},
        "balanced",
    ),
    (  # Dhaka: computer science graduate (Python, Java basic) -> software developer, Bengali/English, BDT
        "bundled+real",
        5,
        "computer science graduate",
        "software developer",
        [("Python (computer programming)", "basic"), ("Java (computer programming)", "basic")],
        ["bn", "en"],
        {"hours_per_week": 10, "weeks": 26, "budget": 50000, "currency": "BDT"},
        "balanced",
    ),
    (  # Bengaluru: senior network engineer (ten years) -> network architect, Kannada/English, INR, open-ended
        "bundled",
        6,
        "senior network engineer",
        "ICT network architect",
        [
            ("Cisco", "advanced"),
            ("ICT network routing", "advanced"),
            ("design computer network", "intermediate"),
        ],
        ["kn", "en"],
        {"hours_per_week": 4, "budget": 150000, "currency": "INR"},
        "balanced",
    ),
    (  # Amsterdam: compliance officer -> ICT security manager, Dutch/English, most complete
        "bundled",
        5,
        "compliance officer",
        "ICT security manager",
        [
            ("ensure compliance with legal requirements", "advanced"),
            ("risk management", "intermediate"),
        ],
        ["nl", "en"],
        {"hours_per_week": 5, "weeks": 52, "budget": 3000},
        "most-complete",
    ),
    (  # Da Nang: English teacher -> e-learning architect, Vietnamese/English, VND
        "bundled",
        5,
        "English teacher",
        "e-learning architect",
        [("apply teaching strategies", "advanced"), ("use presentation software", "intermediate")],
        ["vi", "en"],
        {"hours_per_week": 6, "weeks": 52, "budget": 40000000, "currency": "VND"},
        "balanced",
    ),
    (  # Rome: statistician (R, statistics advanced) -> data scientist, Italian/English, open-ended, edX/Udemy
        "bundled+real",
        6,
        "statistician",
        "data scientist",
        [("R", "advanced"), ("statistics", "advanced")],
        ["it", "en"],
        {"hours_per_week": 8, "budget": 2500},
        "balanced",
    ),
    (  # Brno: Linux administrator -> ethical hacker, Czech/English, fastest
        "bundled",
        6,
        "Linux administrator",
        "ethical hacker",
        [
            ("operating systems", "advanced"),
            ("use scripting programming", "intermediate"),
            ("ICT network routing", "intermediate"),
        ],
        ["cs", "en"],
        {"hours_per_week": 8, "weeks": 52, "budget": 2000},
        "fastest",
    ),
    (  # Lucknow: Hindi-only office clerk -> digital literacy teacher, INR, cheapest
        "bundled",
        4,
        "office clerk",
        "digital literacy teacher",
        [("use word processing software", "intermediate")],
        ["hi"],
        {"hours_per_week": 5, "weeks": 30, "budget": 20000, "currency": "INR"},
        "cheapest",
    ),
    (  # Athens: librarian -> knowledge engineer, Greek/English, edX/Udemy
        "bundled+real",
        5,
        "librarian",
        "knowledge engineer",
        [("information categorisation", "advanced"), ("manage content metadata", "intermediate")],
        ["el", "en"],
        {"hours_per_week": 5, "weeks": 52, "budget": 1500},
        "balanced",
    ),
    (  # Munich: SQL developer -> data warehouse designer, German/English, dated deadline, edX/Udemy
        "bundled+real",
        6,
        "SQL developer",
        "data warehouse designer",
        [("SQL", "advanced"), ("design database scheme", "intermediate")],
        ["de", "en"],
        {"hours_per_week": 5, "deadline": "2029-12-18", "budget": 2000},
        "balanced",
    ),
]

if __name__ == "__main__":
    write_cases("fresh12", TODAY, LEARNERS, OUT)
