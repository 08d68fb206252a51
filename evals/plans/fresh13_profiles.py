"""Writes evals/plans/fresh13_cases.jsonl: 20 more learners for hand judgement (issue 14, session 13),
written by the lead by hand on 2026-12-06 at 00:30 UTC, before any plan for them was run, and kept out of every helper's
reach (committed only at the session's end); held out. Learners from the EU, Bangladesh, India and Vietnam;
goals across the catalogue (data, databases, networks, cloud, security, AI, teaching, e-learning, software);
beginners, career changers and experienced learners; budgets in EUR, INR, BDT and VND; some with a strategy.
14 are judged on the bundled corpus, 6 on the bundled corpus plus edX and Udemy (`constraints_kind`).
Run: .venv/bin/python evals/plans/fresh13_profiles.py
"""

from __future__ import annotations

from pathlib import Path

from fresh_writer import write_cases

TODAY = "2029-09-03"  # a Monday
OUT = Path(__file__).with_name("fresh13_cases.jsonl")

# (catalogue, judge's start EQF, current role, goal, held [(skill, level)], languages, constraints, strategy)
LEARNERS = [
    (  # Rotterdam: warehouse inventory clerk -> data analyst, Dutch/English
        "bundled",
        4,
        "inventory clerk",
        "data analyst",
        [("use spreadsheets software", "intermediate")],
        ["nl", "en"],
        {"hours_per_week": 4, "weeks": 52, "budget": 1500},
        "balanced",
    ),
    (  # Pune: Java developer of 5 years -> software architect, Marathi/Hindi/English, INR
        "bundled",
        6,
        "software developer",
        "software architect",
        [
            ("Java (computer programming)", "advanced"),
            ("computer programming", "advanced"),
            ("SQL", "intermediate"),
        ],
        ["mr", "hi", "en"],
        {"hours_per_week": 6, "weeks": 40, "budget": 90000, "currency": "INR"},
        "balanced",
    ),
    (  # Dhaka: Bengali-only school teacher -> digital literacy teacher, BDT, cheapest
        "bundled",
        3,
        "primary school teacher",
        "digital literacy teacher",
        [("apply teaching strategies", "advanced")],
        ["bn"],
        {"hours_per_week": 4, "weeks": 52, "budget": 15000, "currency": "BDT"},
        "cheapest",
    ),
    (  # Ho Chi Minh City: network technician -> cloud engineer, Vietnamese/English, VND, edX/Udemy
        "bundled+real",
        5,
        "network technician",
        "cloud engineer",
        [("ICT network routing", "intermediate"), ("ICT networking hardware", "intermediate")],
        ["vi", "en"],
        {"hours_per_week": 8, "weeks": 40, "budget": 30000000, "currency": "VND"},
        "balanced",
    ),
    (  # Munich: German-only nurse -> data protection officer (health), language limit
        "bundled",
        4,
        "nurse",
        "data protection officer",
        [("office software", "basic")],
        ["de"],
        {"hours_per_week": 5, "weeks": 60, "budget": 2000, "languages": ["de"]},
        "balanced",
    ),
    (  # Seville: Spanish-only admin assistant -> database administrator, no limit set, fastest
        "bundled",
        4,
        "administrative assistant",
        "database administrator",
        [("use spreadsheets software", "advanced"), ("office software", "advanced")],
        ["es"],
        {"hours_per_week": 10, "weeks": 30, "budget": 2500},
        "fastest",
    ),
    (  # Helsinki: Finnish/English sysadmin of 8 years -> ICT security engineer
        "bundled",
        5,
        "ICT system administrator",
        "ICT security engineer",
        [
            ("administer ICT system", "advanced"),
            ("operating systems", "advanced"),
            ("provide ICT support", "advanced"),
        ],
        ["fi", "en"],
        {"hours_per_week": 6, "weeks": 48, "budget": 3000},
        "balanced",
    ),
    (  # Bengaluru: data analyst (Python, SQL, statistics) -> data scientist, Kannada/English, INR, edX/Udemy
        "bundled+real",
        5,
        "data analyst",
        "data scientist",
        [
            ("Python (computer programming)", "intermediate"),
            ("SQL", "intermediate"),
            ("statistics", "intermediate"),
        ],
        ["kn", "en"],
        {"hours_per_week": 7, "weeks": 40, "budget": 80000, "currency": "INR"},
        "balanced",
    ),
    (  # Lyon: French/English maths teacher -> ICT teacher secondary school
        "bundled",
        5,
        "mathematics teacher",
        "ICT teacher secondary school",
        [
            ("apply teaching strategies", "advanced"),
            ("prepare lesson content", "advanced"),
            ("execute analytical mathematical calculations", "advanced"),
        ],
        ["fr", "en"],
        {"hours_per_week": 5, "weeks": 40, "budget": 1200},
        "balanced",
    ),
    (  # Kraków: Polish/English helpdesk agent -> ICT network administrator, cheapest
        "bundled",
        4,
        "helpdesk agent",
        "ICT network administrator",
        [("provide ICT support", "intermediate"), ("perform ICT troubleshooting", "basic")],
        ["pl", "en"],
        {"hours_per_week": 6, "weeks": 52, "budget": 800},
        "cheapest",
    ),
    (  # Hanoi: Vietnamese-only accountant -> data quality specialist, VND
        "bundled",
        4,
        "accountant",
        "data quality specialist",
        [("use spreadsheets software", "advanced")],
        ["vi"],
        {"hours_per_week": 5, "weeks": 52, "budget": 25000000, "currency": "VND"},
        "balanced",
    ),
    (  # Delhi: Hindi/English BSc graduate, no job -> software tester, INR, edX/Udemy
        "bundled+real",
        4,
        "graduate",
        "software tester",
        [("computer programming", "basic")],
        ["hi", "en"],
        {"hours_per_week": 15, "weeks": 26, "budget": 30000, "currency": "INR"},
        "fastest",
    ),
    (  # Athens: Greek/English researcher (physics, C++) -> ICT intelligent systems designer
        "bundled",
        6,
        "physicist",
        "ICT intelligent systems designer",
        [
            ("C++", "advanced"),
            ("execute analytical mathematical calculations", "advanced"),
            ("statistics", "advanced"),
        ],
        ["el", "en"],
        {"hours_per_week": 6, "weeks": 52, "budget": 2500},
        "balanced",
    ),
    (  # Tallinn: English/Estonian e-learning content writer -> e-learning architect, edX/Udemy
        "bundled+real",
        5,
        "content writer",
        "e-learning architect",
        [
            ("develop digital educational materials", "intermediate"),
            ("create training materials", "intermediate"),
        ],
        ["et", "en"],
        {"hours_per_week": 5, "weeks": 52, "budget": 2000},
        "balanced",
    ),
    (  # Chittagong: Bengali/English junior web developer -> web developer (growing), BDT, no deadline
        "bundled",
        4,
        "junior web developer",
        "web developer",
        [("CSS", "intermediate"), ("JavaScript", "basic")],
        ["bn", "en"],
        {"hours_per_week": 10, "budget": 60000, "currency": "BDT"},
        "balanced",
    ),
    (  # Vienna: German/English IT manager -> chief ICT security officer
        "bundled",
        6,
        "IT manager",
        "chief ICT security officer",
        [("cyber security", "intermediate"), ("ICT infrastructure", "advanced")],
        ["de", "en"],
        {"hours_per_week": 4, "weeks": 52, "budget": 5000},
        "balanced",
    ),
    (  # Lucknow: Hindi-only clerk -> ICT trainer? no: -> digital literacy teacher, INR, cheapest
        "bundled",
        3,
        "government clerk",
        "digital literacy teacher",
        [("office software", "intermediate")],
        ["hi"],
        {"hours_per_week": 5, "weeks": 52, "budget": 20000, "currency": "INR"},
        "cheapest",
    ),
    (  # Milan: Italian/English SOC analyst junior -> ethical hacker, edX/Udemy
        "bundled+real",
        5,
        "security analyst",
        "ethical hacker",
        [("cyber security", "intermediate"), ("ICT network security risks", "intermediate")],
        ["it", "en"],
        {"hours_per_week": 8, "weeks": 40, "budget": 1800},
        "balanced",
    ),
    (  # Da Nang: Vietnamese/English HPC-curious software developer -> computer scientist, VND, edX/Udemy
        "bundled+real",
        5,
        "software developer",
        "computer scientist",
        [("Python (computer programming)", "advanced"), ("algorithms", "intermediate")],
        ["vi", "en"],
        {"hours_per_week": 6, "weeks": 52, "budget": 40000000, "currency": "VND"},
        "balanced",
    ),
    (  # Porto: Portuguese/English business analyst of 6 years -> chief data officer, fastest
        "bundled",
        6,
        "business analyst",
        "chief data officer",
        [("analyse business requirements", "advanced"), ("business intelligence", "intermediate")],
        ["pt", "en"],
        {"hours_per_week": 5, "weeks": 40, "budget": 4000},
        "fastest",
    ),
]

if __name__ == "__main__":
    write_cases("fresh13", TODAY, LEARNERS, OUT)
