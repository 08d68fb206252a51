"""Writes evals/plans/fresh5_cases.jsonl: 20 more learners for hand judgement (issue 14, session 8), written
by hand on 2026-12-05 at 06:15 UTC and committed before any plan for them was run; held out.
Learners from the EU, Bangladesh, India and Vietnam (Bengali-only, Bengali/English, Hindi/English,
Vietnamese/English, German/English, French-only, French/English, Spanish-only, Spanish/English and
Finnish/English), goals: data analyst and data scientist from several backgrounds, cloud security, AI-driven
networking, HPC, digital literacy, educators designing micro-credentials, and a few others (database
administrator, network engineer, ICT teacher); budgets from free-only to EUR 5,000 (three in INR), one learner
with no deadline, and four asking for the cheapest or fastest plan (`note`: "strategy: X"). 13 are judged on
the bundled corpus, 7 on the bundled corpus plus edX and Udemy (`constraints_kind`).
Run: .venv/bin/python evals/plans/fresh5_profiles.py
"""

from __future__ import annotations

from pathlib import Path

from fresh_writer import write_cases

TODAY = "2028-01-10"  # a Monday
OUT = Path(__file__).with_name("fresh5_cases.jsonl")

# (catalogue, judge's start EQF, current role, goal, held [(skill, level)], languages, constraints, strategy)
LEARNERS = [
    (  # Dhaka: garment-factory office clerk -> data analyst
        "bundled",
        4,
        "office clerk",
        "data analyst",
        [("use spreadsheets software", "intermediate"), ("use word processing software", "intermediate")],
        ["bn", "en"],
        {"hours_per_week": 5, "weeks": 52, "budget": 250},
        "balanced",
    ),
    (  # Chennai: business analyst -> data scientist, edX/Udemy allowed, INR
        "bundled+real",
        6,
        "business analyst",
        "data scientist",
        [
            ("SQL", "advanced"),
            ("statistics", "advanced"),
            ("perform data analysis", "intermediate"),
            ("R", "basic"),
        ],
        ["hi", "en"],
        {"hours_per_week": 8, "weeks": 52, "budget": 80000, "currency": "INR"},
        "balanced",
    ),
    (  # Berlin: cloud engineer -> cloud security (ICT security engineer)
        "bundled",
        6,
        "cloud engineer",
        "ICT security engineer",
        [
            ("deploy cloud resource", "advanced"),
            ("cloud technologies", "advanced"),
            ("use scripting programming", "intermediate"),
        ],
        ["de", "en"],
        {"hours_per_week": 6, "weeks": 40, "budget": 2500},
        "balanced",
    ),
    (  # Hanoi: network administrator -> AI-driven network architecture, edX/Udemy allowed
        "bundled+real",
        6,
        "ICT network administrator",
        "ICT network architect",
        [
            ("ICT network routing", "advanced"),
            ("design computer network", "intermediate"),
            ("Python (computer programming)", "basic"),
        ],
        ["vi", "en"],
        {"hours_per_week": 8, "weeks": 52, "budget": 1000},
        "balanced",
    ),
    (  # Espoo: research software engineer -> HPC / computer scientist
        "bundled",
        6,
        "research software engineer",
        "computer scientist",
        [
            ("C++", "intermediate"),
            ("Python (computer programming)", "advanced"),
            ("algorithms", "intermediate"),
            ("distributed computing", "basic"),
        ],
        ["fi", "en"],
        {"hours_per_week": 5, "weeks": 52, "budget": 2000},
        "balanced",
    ),
    (  # rural Bangladesh: primary-school teacher -> digital literacy teacher, Bengali only, free only
        "bundled",
        4,
        "primary school teacher",
        "digital literacy teacher",
        [("prepare lesson content", "intermediate"), ("apply teaching strategies", "intermediate")],
        ["bn"],
        {"hours_per_week": 3, "weeks": 52, "budget": 0},
        "cheapest",
    ),
    (  # Paris: training manager -> e-learning developer building micro-credentials, fastest, edX/Udemy
        "bundled+real",
        6,
        "training manager",
        "e-learning developer",
        [
            ("create training materials", "advanced"),
            ("organise training", "advanced"),
            ("use presentation software", "intermediate"),
        ],
        ["fr", "en"],
        {"hours_per_week": 4, "weeks": 30, "budget": 1500},
        "fastest",
    ),
    (  # Kochi: nurse educator -> instructional designer, INR
        "bundled",
        5,
        "nurse educator",
        "instructional designer",
        [("prepare lesson content", "intermediate"), ("assess students", "intermediate")],
        ["hi", "en"],
        {"hours_per_week": 5, "weeks": 52, "budget": 40000, "currency": "INR"},
        "balanced",
    ),
    (  # Ho Chi Minh City: junior web developer -> data analyst, fastest, edX/Udemy allowed
        "bundled+real",
        5,
        "junior web developer",
        "data analyst",
        [("JavaScript", "intermediate"), ("SQL", "basic"), ("web programming", "intermediate")],
        ["vi", "en"],
        {"hours_per_week": 10, "weeks": 26, "budget": 600},
        "fastest",
    ),
    (  # Madrid: system administrator -> ICT security administrator, Spanish only
        "bundled",
        5,
        "ICT system administrator",
        "ICT security administrator",
        [("administer ICT system", "intermediate"), ("operating systems", "advanced")],
        ["es"],
        {"hours_per_week": 6, "weeks": 52, "budget": 1000},
        "balanced",
    ),
    (  # Hyderabad: electronics graduate -> network engineer, INR, full time for half a year
        "bundled",
        5,
        "electronics graduate",
        "ICT network engineer",
        [("hardware components", "intermediate"), ("C++", "basic")],
        ["hi", "en"],
        {"hours_per_week": 15, "weeks": 26, "budget": 50000, "currency": "INR"},
        "balanced",
    ),
    (  # Lyon: retail store manager -> data analyst, French only
        "bundled",
        4,
        "retail store manager",
        "data analyst",
        [("use spreadsheets software", "intermediate"), ("project management", "intermediate")],
        ["fr"],
        {"hours_per_week": 4, "weeks": 52, "budget": 600},
        "balanced",
    ),
    (  # Hamburg: data engineer -> data scientist
        "bundled",
        6,
        "data engineer",
        "data scientist",
        [
            ("SQL", "advanced"),
            ("Python (computer programming)", "advanced"),
            ("data extraction, transformation and loading tools", "advanced"),
            ("Hadoop", "intermediate"),
        ],
        ["de", "en"],
        {"hours_per_week": 6, "weeks": 52, "budget": 3000},
        "balanced",
    ),
    (  # Dhaka: telecom engineer -> AI for networks (intelligent systems designer), edX/Udemy allowed
        "bundled+real",
        6,
        "telecom engineer",
        "ICT intelligent systems designer",
        [
            ("ICT communications protocols", "advanced"),
            ("analyse network configuration and performance", "intermediate"),
            ("statistics", "basic"),
        ],
        ["bn", "en"],
        {"hours_per_week": 8, "weeks": 52, "budget": 1200},
        "balanced",
    ),
    (  # Da Nang: high-school maths teacher -> ICT teacher, cheapest
        "bundled",
        6,
        "mathematics teacher",
        "ICT teacher secondary school",
        [
            ("apply teaching strategies", "advanced"),
            ("execute analytical mathematical calculations", "advanced"),
        ],
        ["vi", "en"],
        {"hours_per_week": 4, "weeks": 40, "budget": 300},
        "cheapest",
    ),
    (  # Helsinki: IT support -> cloud engineer, edX/Udemy allowed
        "bundled+real",
        5,
        "IT support technician",
        "cloud engineer",
        [
            ("provide ICT support", "advanced"),
            ("operating systems", "intermediate"),
            ("use ICT ticketing system", "advanced"),
        ],
        ["fi", "en"],
        {"hours_per_week": 5, "weeks": 52, "budget": 1500},
        "balanced",
    ),
    (  # Valencia: head of studies -> e-learning architect designing micro-credential programmes
        "bundled",
        6,
        "head of studies",
        "e-learning architect",
        [
            ("curriculum objectives", "advanced"),
            ("plan learning curriculum", "advanced"),
            ("learning management systems", "basic"),
        ],
        ["es", "en"],
        {"hours_per_week": 3, "weeks": 52, "budget": 800},
        "balanced",
    ),
    (  # Delhi: MIS executive -> database administrator, INR
        "bundled",
        5,
        "MIS executive",
        "database administrator",
        [
            ("use spreadsheets software", "advanced"),
            ("Microsoft Access", "intermediate"),
            ("SQL", "basic"),
        ],
        ["hi", "en"],
        {"hours_per_week": 10, "weeks": 40, "budget": 60000, "currency": "INR"},
        "balanced",
    ),
    (  # Brussels: policy researcher -> data scientist, no deadline, edX/Udemy allowed
        "bundled+real",
        6,
        "policy researcher",
        "data scientist",
        [
            ("conduct quantitative research", "advanced"),
            ("statistics", "advanced"),
            ("R", "intermediate"),
        ],
        ["fr", "en"],
        {"hours_per_week": 5, "budget": 5000},
        "balanced",
    ),
    (  # Chittagong: IT officer -> cloud security (ICT security engineer), free only, edX/Udemy allowed
        "bundled+real",
        5,
        "IT officer",
        "ICT security engineer",
        [
            ("maintain ICT system", "intermediate"),
            ("implement anti-virus software", "intermediate"),
            ("operating systems", "intermediate"),
        ],
        ["bn", "en"],
        {"hours_per_week": 6, "weeks": 52, "budget": 0},
        "balanced",
    ),
]

if __name__ == "__main__":
    write_cases("fresh5", TODAY, LEARNERS, OUT)
