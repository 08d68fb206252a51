"""Writes lang17_cases.jsonl: 12 learners whose languages decide their plan (issue 14, session 17, branch
t12lang), written by that helper on 2026-12-06 before the fix, in the shape of the lead's fresh16-04 and -13
(a learner whose only language is French or Spanish got a plan in English by default): other goals, other
only-languages (French, Spanish, German, which the bundled catalogue teaches in; Vietnamese, Bengali,
Finnish, Hindi, which it does not), and two bilingual learners as controls. Tune, not blind (the helper who
fixes the class wrote them). All judged on the bundled corpus. Verdicts: hand_lang17.md.
Run: .venv/bin/python evals/plans/lang17_profiles.py
"""

from __future__ import annotations

from pathlib import Path

from fresh_writer import write_cases

TODAY = "2027-01-04"  # a Monday; dated sessions from 2027-01-11 on are ahead
OUT = Path(__file__).with_name("lang17_cases.jsonl")

# (catalogue, judge's start EQF, current role, goal, held [(skill, level)], languages, constraints, strategy)
LEARNERS = [
    (  # Lyon: office assistant -> data protection officer, French only, EUR 2,000
        "bundled",
        4,
        "office assistant",
        "data protection officer",
        [("office software", "advanced")],
        ["fr"],
        {"hours_per_week": 5, "weeks": 52, "budget": 2000},
        "balanced",
    ),
    (  # Valencia: shop assistant -> data analyst, Spanish only, EUR 800
        "bundled",
        3,
        "shop assistant",
        "data analyst",
        [("use spreadsheets software", "basic")],
        ["es"],
        {"hours_per_week": 6, "weeks": 52, "budget": 800},
        "balanced",
    ),
    (  # Leipzig: IT technician -> ICT system administrator, German only
        "bundled",
        4,
        "IT technician",
        "ICT system administrator",
        [("provide ICT support", "intermediate"), ("operating systems", "intermediate")],
        ["de"],
        {"hours_per_week": 6, "weeks": 52, "budget": 2500},
        "balanced",
    ),
    (  # Marseille: receptionist -> ICT trainer, French only, cheapest
        "bundled",
        3,
        "receptionist",
        "ICT trainer",
        [("office software", "intermediate"), ("use word processing software", "intermediate")],
        ["fr"],
        {"hours_per_week": 4, "weeks": 52, "budget": 500},
        "cheapest",
    ),
    (  # Zaragoza: unemployed -> web developer, Spanish only, EUR 1,000
        "bundled",
        3,
        "unemployed",
        "web developer",
        [("office software", "basic")],
        ["es"],
        {"hours_per_week": 10, "weeks": 52, "budget": 1000},
        "balanced",
    ),
    (  # Hue: accountant -> data analyst, Vietnamese only, VND 20M
        "bundled",
        4,
        "accountant",
        "data analyst",
        [("use spreadsheets software", "advanced")],
        ["vi"],
        {"hours_per_week": 5, "weeks": 52, "budget": 20000000, "currency": "VND"},
        "balanced",
    ),
    (  # Sylhet: clerk -> software tester, Bengali only, BDT 30,000
        "bundled",
        3,
        "clerk",
        "software tester",
        [("office software", "intermediate")],
        ["bn"],
        {"hours_per_week": 6, "weeks": 52, "budget": 30000, "currency": "BDT"},
        "balanced",
    ),
    (  # Tampere: warehouse worker -> ICT security technician, Finnish only
        "bundled",
        3,
        "warehouse worker",
        "ICT security technician",
        [("office software", "basic")],
        ["fi"],
        {"hours_per_week": 5, "weeks": 52, "budget": 1500},
        "balanced",
    ),
    (  # Hamburg: Java developer -> cloud engineer, German only, fastest
        "bundled",
        5,
        "software developer",
        "cloud engineer",
        [("Java (computer programming)", "advanced"), ("use object-oriented programming", "advanced")],
        ["de"],
        {"hours_per_week": 8, "weeks": 40, "budget": 3000},
        "fastest",
    ),
    (  # Lucknow: school teacher -> ICT teacher secondary school, Hindi only, INR 20,000
        "bundled",
        5,
        "teacher",
        "ICT teacher secondary school",
        [("office software", "intermediate")],
        ["hi"],
        {"hours_per_week": 4, "weeks": 52, "budget": 20000, "currency": "INR"},
        "balanced",
    ),
    (  # Granada: accountant -> data analyst, Spanish and English (control: both allowed, the better fits)
        "bundled",
        4,
        "accountant",
        "data analyst",
        [("use spreadsheets software", "advanced")],
        ["es", "en"],
        {"hours_per_week": 5, "weeks": 52, "budget": 1200},
        "balanced",
    ),
    (  # Nantes: administrative officer -> ICT security technician, French and English (control)
        "bundled",
        4,
        "administrative officer",
        "ICT security technician",
        [("office software", "advanced")],
        ["fr", "en"],
        {"hours_per_week": 5, "weeks": 52, "budget": 1500},
        "balanced",
    ),
]

if __name__ == "__main__":
    write_cases("lang17", TODAY, LEARNERS, OUT, split="tune")
