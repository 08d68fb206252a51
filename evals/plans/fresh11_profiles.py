"""Writes evals/plans/fresh11_cases.jsonl: 20 more learners for hand judgement (issue 14, session 11, branch
`plans`), written by hand on 2026-12-05 at 14:20 UTC and committed before any plan for them was run; held
out. Learners from the EU, Bangladesh, India and Vietnam: two French-only and one German-only learners whose
job titles are in their own language (and do not name an occupation of the taxonomy), a Bengali-only and a
Vietnamese-only learner, and bilingual or trilingual learners with English (Tamil, Telugu, Marathi, Estonian,
Latvian, Romanian, Dutch, Polish, Portuguese, Spanish, Hindi, Bengali, Vietnamese, German). Goals across the
catalogue's programmes: network administration and engineering, digital literacy and e-learning, data
analysis and science, computer vision, software testing, databases, cloud, digital forensics, data
protection, software architecture, chief data officer, intelligent systems, research consulting,
instructional design, security administration and a chief ICT security officer. Beginners and experienced
learners who list few skills (a database developer of twelve years, a senior developer of fifteen, a bank's
systems engineer); budgets from EUR 400 to EUR 4,000 (four in INR, two in BDT, two in VND); three with no
deadline, one with a dated deadline; nine asking for the cheapest, fastest or most complete plan. 12 are
judged on the bundled corpus, 8 on the bundled corpus plus edX and Udemy (`constraints_kind`).
Run: .venv/bin/python evals/plans/fresh11_profiles.py
"""

from __future__ import annotations

from pathlib import Path

from fresh_writer import write_cases

TODAY = "2029-01-08"  # a Monday
OUT = Path(__file__).with_name("fresh11_cases.jsonl")

# (catalogue, judge's start EQF, current role, goal, held [(skill, level)], languages, constraints, strategy)
LEARNERS = [
    (  # Munich: German-only IT specialist ("Fachinformatiker") -> network administrator, German limit set
        "bundled",
        5,
        "Fachinformatiker",
        "ICT network administrator",
        [("perform ICT troubleshooting", "intermediate")],
        ["de"],
        {"hours_per_week": 6, "weeks": 40, "budget": 1500, "languages": ["de"]},
        "balanced",
    ),
    (  # Lyon: maths teacher (French title) -> digital literacy teacher, French/English
        "bundled",
        5,
        "enseignante de mathématiques",
        "digital literacy teacher",
        [("apply teaching strategies", "advanced")],
        ["fr", "en"],
        {"hours_per_week": 4, "weeks": 36, "budget": 600},
        "balanced",
    ),
    (  # Dhaka: accountant -> data analyst, Bengali/English, BDT, cheapest, edX/Udemy
        "bundled+real",
        5,
        "accountant",
        "data analyst",
        [("use spreadsheets software", "advanced"), ("statistics", "basic")],
        ["bn", "en"],
        {"hours_per_week": 8, "weeks": 30, "budget": 40000, "currency": "BDT"},
        "cheapest",
    ),
    (  # Chennai: mechanical engineer (MATLAB, C++, signals) -> computer vision engineer, Tamil/English, INR
        "bundled",
        6,
        "mechanical engineer",
        "computer vision engineer",
        [
            ("MATLAB", "advanced"),
            ("C++", "intermediate"),
            ("signal processing", "intermediate"),
        ],
        ["ta", "en"],
        {"hours_per_week": 10, "budget": 120000, "currency": "INR"},
        "balanced",
    ),
    (  # Hue: Vietnamese-only hotel receptionist -> software tester, fastest, VND
        "bundled",
        4,
        "hotel receptionist",
        "software tester",
        [("use word processing software", "basic")],
        ["vi"],
        {"hours_per_week": 10, "weeks": 40, "budget": 15000000, "currency": "VND"},
        "fastest",
    ),
    (  # Madrid: database developer of twelve years (lists two skills) -> database administrator, edX/Udemy
        "bundled+real",
        6,
        "database developer",
        "database administrator",
        [("SQL", "advanced"), ("Oracle Relational Database", "advanced")],
        ["es", "en"],
        {"hours_per_week": 5, "weeks": 52, "budget": 2000},
        "balanced",
    ),
    (  # Tallinn: junior cloud operations -> cloud engineer, Estonian/English, no deadline, most complete
        "bundled",
        5,
        "cloud operations assistant",
        "cloud engineer",
        [("use scripting programming", "intermediate"), ("operating systems", "intermediate")],
        ["et", "en"],
        {"hours_per_week": 8, "budget": 2500},
        "most-complete",
    ),
    (  # Warsaw: police officer -> digital forensics expert, Polish/English
        "bundled",
        5,
        "police officer",
        "digital forensics expert",
        [("ensure compliance with legal requirements", "intermediate")],
        ["pl", "en"],
        {"hours_per_week": 6, "weeks": 52, "budget": 1200},
        "balanced",
    ),
    (  # Delhi: commerce graduate -> security administrator, Hindi/English, INR, dated deadline, cheapest
        "bundled+real",
        4,
        "commerce graduate",
        "ICT security administrator",
        [],
        ["hi", "en"],
        {"hours_per_week": 6, "deadline": "2029-09-28", "budget": 50000, "currency": "INR"},
        "cheapest",
    ),
    (  # Ghent: hospital nurse -> data protection officer, Dutch/French/English
        "bundled",
        5,
        "nurse",
        "data protection officer",
        [("protect personal data and privacy", "intermediate")],
        ["nl", "fr", "en"],
        {"hours_per_week": 4, "weeks": 40, "budget": 900},
        "balanced",
    ),
    (  # Vienna: senior developer of fifteen years (lists Java only) -> software architect, German/English
        "bundled",
        6,
        "senior developer",
        "software architect",
        [("Java (computer programming)", "advanced")],
        ["de", "en"],
        {"hours_per_week": 5, "weeks": 52, "budget": 3000},
        "balanced",
    ),
    (  # Bucharest: data engineer -> chief data officer, Romanian/English, edX/Udemy
        "bundled+real",
        6,
        "data engineer",
        "chief data officer",
        [("SQL", "advanced"), ("data warehouse", "advanced"), ("manage data", "intermediate")],
        ["ro", "en"],
        {"hours_per_week": 5, "weeks": 52, "budget": 4000},
        "balanced",
    ),
    (  # Khulna: Bengali-only school ICT teacher -> e-learning developer, BDT
        "bundled",
        5,
        "school ICT teacher",
        "e-learning developer",
        [("teach digital literacy", "intermediate")],
        ["bn"],
        {"hours_per_week": 5, "weeks": 40, "budget": 50000, "currency": "BDT"},
        "balanced",
    ),
    (  # Hyderabad: electronics graduate -> network engineer, Telugu/English, INR, fastest, edX/Udemy
        "bundled+real",
        4,
        "electronics graduate",
        "ICT network engineer",
        [("hardware components", "intermediate"), ("Python (computer programming)", "basic")],
        ["te", "en"],
        {"hours_per_week": 12, "weeks": 30, "budget": 100000, "currency": "INR"},
        "fastest",
    ),
    (  # Can Tho: agronomist with R and statistics -> data scientist, Vietnamese/English, VND, no deadline
        "bundled",
        6,
        "agronomist",
        "data scientist",
        [("R", "advanced"), ("statistics", "advanced")],
        ["vi", "en"],
        {"hours_per_week": 8, "budget": 50000000, "currency": "VND"},
        "balanced",
    ),
    (  # Lisbon: Python developer -> intelligent systems designer, pt/en, most complete, edX/Udemy
        "bundled+real",
        6,
        "software developer",
        "ICT intelligent systems designer",
        [("Python (computer programming)", "advanced")],
        ["pt", "en"],
        {"hours_per_week": 6, "weeks": 52, "budget": 1500},
        "most-complete",
    ),
    (  # Riga: economics lecturer -> ICT research consultant, Latvian/English
        "bundled",
        6,
        "economics lecturer",
        "ICT research consultant",
        [("conduct quantitative research", "advanced"), ("statistics", "advanced")],
        ["lv", "en"],
        {"hours_per_week": 4, "weeks": 52, "budget": 1000},
        "balanced",
    ),
    (  # Marseille: French-only network technician (French title) -> network engineer, French limit set
        "bundled",
        5,
        "technicien réseau",
        "ICT network engineer",
        [("ICT network routing", "intermediate"), ("Cisco", "intermediate")],
        ["fr"],
        {"hours_per_week": 6, "weeks": 52, "budget": 1500, "languages": ["fr"]},
        "balanced",
    ),
    (  # Dublin: returning parent -> instructional designer, English only, EUR 400, cheapest, edX/Udemy
        "bundled+real",
        4,
        "returning parent",
        "instructional designer",
        [("use word processing software", "intermediate"), ("use presentation software", "intermediate")],
        ["en"],
        {"hours_per_week": 5, "weeks": 30, "budget": 400},
        "cheapest",
    ),
    (  # Mumbai: a bank's systems engineer of eight years -> chief ICT security officer, Marathi/Hindi/English
        "bundled+real",
        6,
        "systems engineer",
        "chief ICT security officer",
        [
            ("ICT security standards", "intermediate"),
            ("risk management", "advanced"),
            ("manage IT security compliances", "intermediate"),
        ],
        ["mr", "hi", "en"],
        {"hours_per_week": 5, "weeks": 52, "budget": 200000, "currency": "INR"},
        "balanced",
    ),
]

if __name__ == "__main__":
    write_cases("fresh11", TODAY, LEARNERS, OUT)
