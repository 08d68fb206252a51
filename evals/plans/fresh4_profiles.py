"""Writes evals/plans/fresh4_cases.jsonl: 20 more learners for hand judgement (issue 14, session 7), written
by hand on 2026-12-05 at 03:25 UTC and committed before any plan for them was run; never used for tuning.
Learners from the EU, Bangladesh, India and Vietnam (Bengali/English, Hindi/English, Vietnamese/English,
Vietnamese-only, German, French, Spanish and Finnish with English), goals the earlier files had little of
(data analyst and data scientist from several backgrounds, cloud security, AI-driven networking, HPC, digital
literacy, educators designing micro-credentials), budgets from free-only to EUR 3,000 (one in INR), and four
learners asking for the cheapest or fastest plan (`note`: "strategy: X"). 13 are judged on the bundled corpus,
7 on the bundled corpus plus edX and Udemy (`constraints_kind`).
Run: .venv/bin/python evals/plans/fresh4_profiles.py
"""

from __future__ import annotations

from pathlib import Path

from fresh_writer import write_cases

TODAY = "2027-09-06"  # a Monday
OUT = Path(__file__).with_name("fresh4_cases.jsonl")

# (catalogue, judge's start EQF, current role, goal, held [(skill, level)], languages, constraints, strategy)
LEARNERS = [
    (  # Dhaka: bank clerk who wants data work
        "bundled",
        4,
        "bank clerk",
        "data analyst",
        [("use spreadsheets software", "intermediate"), ("office software", "intermediate")],
        ["bn", "en"],
        {"hours_per_week": 6, "weeks": 52, "budget": 300},
        "balanced",
    ),
    (  # Bengaluru: Java developer -> data scientist, edX/Udemy allowed
        "bundled+real",
        6,
        "software developer",
        "data scientist",
        [
            ("Java (computer programming)", "advanced"),
            ("SQL", "intermediate"),
            ("Python (computer programming)", "intermediate"),
        ],
        ["hi", "en"],
        {"hours_per_week": 10, "weeks": 40, "budget": 120000, "currency": "INR"},
        "balanced",
    ),
    (  # Ho Chi Minh City: network technician -> cloud (security) engineer
        "bundled",
        5,
        "network technician",
        "cloud engineer",
        [
            ("ICT network routing", "intermediate"),
            ("implement a firewall", "intermediate"),
            ("operating systems", "intermediate"),
        ],
        ["vi", "en"],
        {"hours_per_week": 8, "weeks": 52, "budget": 800},
        "balanced",
    ),
    (  # Lyon: system administrator -> cloud security engineer, edX/Udemy allowed
        "bundled+real",
        6,
        "ICT system administrator",
        "cloud security engineer",
        [
            ("administer ICT system", "advanced"),
            ("use scripting programming", "intermediate"),
            ("manage system security", "intermediate"),
        ],
        ["fr", "en"],
        {"hours_per_week": 6, "weeks": 52, "budget": 2000},
        "balanced",
    ),
    (  # Pune: network engineer who wants AI-driven networking
        "bundled",
        6,
        "ICT network engineer",
        "ICT intelligent systems designer",
        [
            ("design computer network", "advanced"),
            ("analyse network configuration and performance", "advanced"),
            ("Python (computer programming)", "basic"),
        ],
        ["hi", "en"],
        {"hours_per_week": 8, "weeks": 52, "budget": 1500},
        "balanced",
    ),
    (  # Munich: physicist -> HPC / distributed systems developer
        "bundled+real",
        6,
        "physicist",
        "ICT system developer",
        [
            ("C++", "advanced"),
            ("execute analytical mathematical calculations", "advanced"),
            ("use scripting programming", "intermediate"),
        ],
        ["de", "en"],
        {"hours_per_week": 6, "weeks": 52, "budget": 2500},
        "balanced",
    ),
    (  # Lille: librarian -> digital literacy trainer, little money, French only
        "bundled",
        4,
        "librarian",
        "digital literacy teacher",
        [
            ("browse, search and filter data, information and digital content", "advanced"),
            ("use word processing software", "intermediate"),
        ],
        ["fr"],
        {"hours_per_week": 3, "weeks": 52, "budget": 150},
        "cheapest",
    ),
    (  # Helsinki: university lecturer designing micro-credentials
        "bundled",
        7,
        "university lecturer",
        "instructional designer",
        [
            ("apply teaching strategies", "advanced"),
            ("assess students", "advanced"),
            ("curriculum objectives", "intermediate"),
        ],
        ["fi", "en"],
        {"hours_per_week": 5, "weeks": 40, "budget": 1500},
        "balanced",
    ),
    (  # Valencia: vocational teacher -> e-learning architect for micro-credential programmes
        "bundled",
        6,
        "vocational teacher",
        "e-learning architect",
        [
            ("prepare lesson content", "advanced"),
            ("learning management systems", "intermediate"),
            ("Moodle", "intermediate"),
        ],
        ["es", "en"],
        {"hours_per_week": 6, "weeks": 52, "budget": 1200},
        "balanced",
    ),
    (  # Hanoi: accountant, Vietnamese only
        "bundled",
        4,
        "accountant",
        "data analyst",
        [("use spreadsheets software", "advanced")],
        ["vi"],
        {"hours_per_week": 5, "weeks": 52, "budget": 500},
        "balanced",
    ),
    (  # Madrid: marketing assistant -> data analyst, cheapest, edX/Udemy allowed
        "bundled+real",
        5,
        "marketing assistant",
        "data analyst",
        [("web analytics", "intermediate"), ("use spreadsheets software", "intermediate")],
        ["es", "en"],
        {"hours_per_week": 5, "weeks": 52, "budget": 400},
        "cheapest",
    ),
    (  # Noida: manual tester -> software tester, fastest
        "bundled",
        5,
        "manual QA tester",
        "software tester",
        [("execute software tests", "advanced"), ("report test findings", "intermediate")],
        ["hi", "en"],
        {"hours_per_week": 10, "weeks": 26, "budget": 800},
        "fastest",
    ),
    (  # Chittagong: Android developer -> web developer
        "bundled",
        5,
        "mobile app developer",
        "web developer",
        [
            ("Android (mobile operating systems)", "advanced"),
            ("Java (computer programming)", "advanced"),
            ("use databases", "intermediate"),
        ],
        ["bn", "en"],
        {"hours_per_week": 8, "weeks": 40, "budget": 600},
        "balanced",
    ),
    (  # Tampere: data analyst -> data scientist, edX/Udemy allowed
        "bundled+real",
        6,
        "data analyst",
        "data scientist",
        [
            ("SQL", "advanced"),
            ("perform data analysis", "advanced"),
            ("statistics", "intermediate"),
            ("deliver visual presentation of data", "advanced"),
        ],
        ["fi", "en"],
        {"hours_per_week": 6, "weeks": 52, "budget": 3000},
        "balanced",
    ),
    (  # Vienna: ICT security technician -> ICT security manager, German only
        "bundled",
        6,
        "ICT security technician",
        "ICT security manager",
        [
            ("implement anti-virus software", "advanced"),
            ("implement a firewall", "intermediate"),
            ("ICT security standards", "intermediate"),
        ],
        ["de"],
        {"hours_per_week": 5, "weeks": 52, "budget": 2000},
        "balanced",
    ),
    (  # Dublin: HR trainer -> ICT trainer, free courses only
        "bundled",
        5,
        "HR trainer",
        "ICT trainer",
        [("organise training", "advanced"), ("use presentation software", "advanced")],
        ["en"],
        {"hours_per_week": 4, "weeks": 52, "budget": 0},
        "balanced",
    ),
    (  # Da Nang: Python developer -> computer vision engineer, edX/Udemy allowed
        "bundled+real",
        6,
        "Python developer",
        "computer vision engineer",
        [
            ("Python (computer programming)", "advanced"),
            ("use object-oriented programming", "advanced"),
            ("algorithms", "intermediate"),
        ],
        ["vi", "en"],
        {"hours_per_week": 8, "weeks": 52, "budget": 1500},
        "balanced",
    ),
    (  # Kolkata: call-centre agent -> ICT security technician, small budget, cheapest
        "bundled",
        4,
        "call-centre agent",
        "ICT security technician",
        [("use IT tools", "intermediate"), ("provide ICT support", "basic")],
        ["hi", "en"],
        {"hours_per_week": 6, "weeks": 52, "budget": 200},
        "cheapest",
    ),
    (  # Brussels: policy officer -> data protection officer, French/English, fastest, edX/Udemy allowed
        "bundled+real",
        6,
        "policy officer",
        "data protection officer",
        [("ensure compliance with legal requirements", "advanced"), ("GDPR", "intermediate")],
        ["fr", "en"],
        {"hours_per_week": 4, "weeks": 30, "budget": 1000},
        "fastest",
    ),
    (  # Sylhet: school ICT teacher -> digital literacy trainer for adults
        "bundled",
        5,
        "ICT teacher secondary school",
        "digital literacy teacher",
        [
            ("teach computer science", "advanced"),
            ("office software", "advanced"),
            ("prepare lesson content", "advanced"),
        ],
        ["bn", "en"],
        {"hours_per_week": 3, "weeks": 40, "budget": 250},
        "balanced",
    ),
]

if __name__ == "__main__":
    write_cases("fresh4", TODAY, LEARNERS, OUT)
