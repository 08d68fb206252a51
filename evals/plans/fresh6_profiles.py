"""Writes evals/plans/fresh6_cases.jsonl: 20 more learners for hand judgement (issue 14, session 8, branch
`plans2`), written by hand on 2026-12-05 at 06:45 UTC and committed before any plan for them was run;
held out.
Learners from the EU, Bangladesh, India and Vietnam (Bengali-only, Bengali/English, Hindi/English,
Tamil/English, Vietnamese-only, Vietnamese/English, German/English, Polish/English, Italian-only,
Portuguese/English, Dutch/English and Spanish/English), goals: data analyst, data scientist, machine-learning
engineer (computer vision engineer / intelligent systems designer), cloud security, AI-driven networking,
HPC, digital literacy, educators designing micro-credentials, and a few others; budgets from free-only to
EUR 6,000 (four in INR), two learners with no deadline, and five asking for the cheapest, fastest or most
complete plan (`note`: "strategy: X"). 12 are judged on the bundled corpus, 8 on the bundled corpus plus
edX and Udemy (`constraints_kind`).
Run: .venv/bin/python evals/plans/fresh6_profiles.py
"""

from __future__ import annotations

from pathlib import Path

from fresh_writer import write_cases

TODAY = "2028-02-07"  # a Monday
OUT = Path(__file__).with_name("fresh6_cases.jsonl")

# (catalogue, judge's start EQF, current role, goal, held [(skill, level)], languages, constraints, strategy)
LEARNERS = [
    (  # Sylhet: bank teller -> data analyst, Bengali/English
        "bundled",
        4,
        "bank teller",
        "data analyst",
        [("use spreadsheets software", "intermediate")],
        ["bn", "en"],
        {"hours_per_week": 6, "weeks": 52, "budget": 400},
        "balanced",
    ),
    (  # Pune: software developer -> data scientist, edX/Udemy allowed, INR
        "bundled+real",
        6,
        "software developer",
        "data scientist",
        [
            ("Python (computer programming)", "advanced"),
            ("SQL", "intermediate"),
            ("algorithms", "intermediate"),
        ],
        ["hi", "en"],
        {"hours_per_week": 7, "weeks": 52, "budget": 60000, "currency": "INR"},
        "balanced",
    ),
    (  # Munich: data analyst -> machine-learning engineer (computer vision engineer)
        "bundled",
        6,
        "data analyst",
        "computer vision engineer",
        [
            ("Python (computer programming)", "intermediate"),
            ("statistics", "advanced"),
            ("perform data analysis", "advanced"),
        ],
        ["de", "en"],
        {"hours_per_week": 8, "weeks": 52, "budget": 3000},
        "balanced",
    ),
    (  # Warsaw: system administrator -> cloud security (ICT security engineer), edX/Udemy allowed
        "bundled+real",
        5,
        "ICT system administrator",
        "ICT security engineer",
        [
            ("administer ICT system", "advanced"),
            ("cloud technologies", "basic"),
            ("operating systems", "advanced"),
        ],
        ["pl", "en"],
        {"hours_per_week": 6, "weeks": 40, "budget": 1800},
        "balanced",
    ),
    (  # Bengaluru: network engineer -> AI-driven networking (ICT intelligent systems designer)
        "bundled",
        6,
        "network engineer",
        "ICT intelligent systems designer",
        [
            ("ICT network routing", "advanced"),
            ("Python (computer programming)", "intermediate"),
            ("statistics", "basic"),
        ],
        ["ta", "en"],
        {"hours_per_week": 6, "weeks": 52, "budget": 70000, "currency": "INR"},
        "balanced",
    ),
    (  # Hanoi: physics postdoc -> HPC (computer scientist), Vietnamese/English, no deadline
        "bundled",
        7,
        "physics researcher",
        "computer scientist",
        [
            ("C++", "advanced"),
            ("execute analytical mathematical calculations", "advanced"),
            ("Python (computer programming)", "intermediate"),
        ],
        ["vi", "en"],
        {"hours_per_week": 4, "budget": 1500},
        "balanced",
    ),
    (  # Khulna: union digital centre operator -> digital literacy teacher, free only, Bengali only
        "bundled",
        4,
        "community centre operator",
        "digital literacy teacher",
        [("use word processing software", "intermediate")],
        ["bn"],
        {"hours_per_week": 4, "weeks": 52, "budget": 0},
        "cheapest",
    ),
    (  # Milan: vocational teacher -> instructional designer of micro-credentials, Italian only
        "bundled",
        5,
        "vocational teacher",
        "instructional designer",
        [("prepare lesson content", "advanced"), ("assess students", "intermediate")],
        ["it"],
        {"hours_per_week": 4, "weeks": 52, "budget": 700},
        "balanced",
    ),
    (  # Lisbon: university lecturer -> e-learning architect, edX/Udemy allowed
        "bundled+real",
        7,
        "university lecturer",
        "e-learning architect",
        [
            ("plan learning curriculum", "advanced"),
            ("apply teaching strategies", "advanced"),
            ("learning management systems", "intermediate"),
        ],
        ["pt", "en"],
        {"hours_per_week": 3, "weeks": 40, "budget": 1200},
        "balanced",
    ),
    (  # Ho Chi Minh City: marketing assistant -> data analyst, fastest, edX/Udemy allowed
        "bundled+real",
        5,
        "marketing assistant",
        "data analyst",
        [("use spreadsheets software", "advanced"), ("use presentation software", "intermediate")],
        ["vi", "en"],
        {"hours_per_week": 8, "weeks": 26, "budget": 500},
        "fastest",
    ),
    (  # Rotterdam: data engineer -> data scientist, most complete
        "bundled",
        6,
        "data engineer",
        "data scientist",
        [
            ("Python (computer programming)", "advanced"),
            ("SQL", "advanced"),
            ("statistics", "intermediate"),
        ],
        ["nl", "en"],
        {"hours_per_week": 6, "weeks": 52, "budget": 4000},
        "most-complete",
    ),
    (  # Chennai: telecom technician -> ICT network engineer, cheapest, INR
        "bundled",
        5,
        "telecom technician",
        "ICT network engineer",
        [("hardware components", "intermediate"), ("ICT communications protocols", "basic")],
        ["ta", "en"],
        {"hours_per_week": 8, "weeks": 40, "budget": 30000, "currency": "INR"},
        "cheapest",
    ),
    (  # Da Nang: junior Python developer -> ML engineer (intelligent systems designer), Vietnamese only
        "bundled",
        5,
        "junior Python developer",
        "ICT intelligent systems designer",
        [("Python (computer programming)", "intermediate"), ("SQL", "basic")],
        ["vi"],
        {"hours_per_week": 10, "weeks": 52, "budget": 1000},
        "balanced",
    ),
    (  # Seville: accountant -> data analyst, Spanish/English, edX/Udemy allowed
        "bundled+real",
        5,
        "accountant",
        "data analyst",
        [("use spreadsheets software", "advanced"), ("statistics", "basic")],
        ["es", "en"],
        {"hours_per_week": 5, "weeks": 52, "budget": 900},
        "balanced",
    ),
    (  # Frankfurt: ICT security technician -> cloud security, fastest
        "bundled",
        5,
        "ICT security technician",
        "ICT security engineer",
        [
            ("implement a firewall", "intermediate"),
            ("operating systems", "intermediate"),
            ("cloud technologies", "basic"),
        ],
        ["de", "en"],
        {"hours_per_week": 10, "weeks": 30, "budget": 4000},
        "fastest",
    ),
    (  # Mumbai: statistician -> data scientist, edX/Udemy allowed, INR, no deadline
        "bundled+real",
        7,
        "statistician",
        "data scientist",
        [("statistics", "advanced"), ("R", "advanced"), ("conduct quantitative research", "advanced")],
        ["hi", "en"],
        {"hours_per_week": 5, "budget": 100000, "currency": "INR"},
        "balanced",
    ),
    (  # Rajshahi: college ICT teacher -> ICT teacher secondary school with micro-credentials, Bengali/English
        "bundled",
        5,
        "college ICT instructor",
        "ICT teacher secondary school",
        [("use word processing software", "advanced"), ("apply teaching strategies", "intermediate")],
        ["bn", "en"],
        {"hours_per_week": 5, "weeks": 52, "budget": 200},
        "balanced",
    ),
    (  # Amsterdam: cluster administrator -> HPC network architect, edX/Udemy allowed
        "bundled+real",
        6,
        "cluster administrator",
        "ICT network architect",
        [
            ("administer ICT system", "advanced"),
            ("operating systems", "advanced"),
            ("design computer network", "basic"),
        ],
        ["nl", "en"],
        {"hours_per_week": 5, "weeks": 52, "budget": 2500},
        "balanced",
    ),
    (  # Hue: secondary teacher -> digital literacy teacher, Vietnamese/English, cheap
        "bundled",
        5,
        "secondary school teacher",
        "digital literacy teacher",
        [("apply teaching strategies", "advanced"), ("prepare lesson content", "advanced")],
        ["vi", "en"],
        {"hours_per_week": 3, "weeks": 40, "budget": 150},
        "balanced",
    ),
    (  # Dublin: HR learning partner -> e-learning developer building micro-credentials, edX/Udemy allowed
        "bundled+real",
        6,
        "learning and development partner",
        "e-learning developer",
        [("organise training", "advanced"), ("create training materials", "intermediate")],
        ["en"],
        {"hours_per_week": 5, "weeks": 36, "budget": 2000},
        "balanced",
    ),
]

if __name__ == "__main__":
    write_cases("fresh6", TODAY, LEARNERS, OUT)
