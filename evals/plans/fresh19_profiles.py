"""Writes fresh19_cases.jsonl: 20 more learners for hand judgement (issue 14, session 19),
written by the lead by hand on 2026-12-06 at 17:10 UTC, before any plan for them was run, and kept out of
every helper's reach (committed only at the session's end); held out until then. 14 are judged on the
bundled corpus, 6 on the bundled corpus plus edX and Udemy (`constraints_kind`).
Verdicts: hand_fresh19_lead.md.
Run: .venv/bin/python evals/plans/fresh19_profiles.py
"""

from __future__ import annotations

from pathlib import Path

from fresh_writer import write_cases

TODAY = "2030-09-02"  # a Monday
OUT = Path(__file__).with_name("fresh19_cases.jsonl")

# (catalogue, judge's start EQF, current role, goal, held [(skill, level)], languages, constraints, strategy)
LEARNERS = [
    (  # Ho Chi Minh City: hotel receptionist -> network administrator
        "bundled", 3, "receptionist", "ICT network administrator",
        [("use word processing software", "basic")],
        ["vi", "en"], {"hours_per_week": 5, "weeks": 52, "budget": 20000000, "currency": "VND"}, "balanced",
    ),
    (  # Berlin: secretary -> data protection officer, German only
        "bundled", 4, "secretary", "data protection officer",
        [("office software", "intermediate")],
        ["de"], {"hours_per_week": 4, "weeks": 40, "budget": 1500}, "balanced",
    ),
    (  # Pune: mechanical engineer -> data scientist
        "bundled", 6, "mechanical engineer", "data scientist",
        [("MATLAB", "advanced"), ("statistics", "intermediate"), ("execute analytical mathematical calculations", "advanced")],
        ["hi", "en"], {"hours_per_week": 8, "weeks": 40, "budget": 80000, "currency": "INR"}, "balanced",
    ),
    (  # Seville: marketing assistant -> data analyst, cheapest
        "bundled", 4, "marketing assistant", "data analyst",
        [("use spreadsheets software", "intermediate"), ("web analytics", "intermediate")],
        ["es", "en"], {"hours_per_week": 5, "weeks": 30, "budget": 800}, "cheapest",
    ),
    (  # Tampere: school IT support -> ICT security technician
        "bundled", 4, "IT support technician", "ICT security technician",
        [("provide ICT support", "advanced"), ("operating systems", "intermediate")],
        ["fi", "en"], {"hours_per_week": 6, "weeks": 52, "budget": 2000}, "balanced",
    ),
    (  # Lyon: librarian -> e-learning developer
        "bundled", 5, "librarian", "e-learning developer",
        [("manage digital documents", "advanced"), ("use markup languages", "basic")],
        ["fr", "en"], {"hours_per_week": 4, "weeks": 52, "budget": 1200}, "balanced",
    ),
    (  # Dhaka: junior Java developer -> software tester, fastest
        "bundled", 5, "software developer", "software tester",
        [("Java (computer programming)", "intermediate")],
        ["bn", "en"], {"hours_per_week": 6, "weeks": 26, "budget": 30000, "currency": "BDT"}, "fastest",
    ),
    (  # Lisbon: database administrator -> cloud engineer
        "bundled", 6, "database administrator", "cloud engineer",
        [("SQL", "advanced"), ("database management systems", "advanced"), ("operating systems", "intermediate")],
        ["en"], {"hours_per_week": 6, "weeks": 40, "budget": 2500}, "balanced",
    ),
    (  # Chennai: unemployed commerce graduate -> software developer, cheapest
        "bundled", 4, "unemployed", "software developer",
        [("use spreadsheets software", "basic")],
        ["en", "hi"], {"hours_per_week": 15, "weeks": 52, "budget": 40000, "currency": "INR"}, "cheapest",
    ),
    (  # Vienna: network engineer -> cloud engineer, fastest
        "bundled", 6, "ICT network engineer", "cloud engineer",
        [("design computer network", "advanced"), ("ICT network routing", "advanced")],
        ["de", "en"], {"hours_per_week": 5, "weeks": 40, "budget": 3000}, "fastest",
    ),
    (  # Hue: primary school teacher -> digital literacy teacher, Vietnamese only
        "bundled", 5, "primary school teacher", "digital literacy teacher",
        [("use word processing software", "basic"), ("pedagogy", "advanced")],
        ["vi"], {"hours_per_week": 3, "weeks": 52, "budget": 5000000, "currency": "VND"}, "balanced",
    ),
    (  # Oulu: mechanical technician with Python -> computer vision engineer
        "bundled", 6, "mechanical technician", "computer vision engineer",
        [("Python (computer programming)", "intermediate"), ("signal processing", "basic")],
        ["fi", "en"], {"hours_per_week": 6, "weeks": 52, "budget": 3000}, "balanced",
    ),
    (  # Barcelona: HR trainer -> instructional designer
        "bundled", 5, "trainer", "instructional designer",
        [("organise training", "advanced"), ("create training materials", "intermediate")],
        ["es", "en"], {"hours_per_week": 4, "weeks": 30, "budget": 1000}, "balanced",
    ),
    (  # Chattogram: bank data-entry clerk -> data quality specialist
        "bundled", 4, "data entry clerk", "data quality specialist",
        [("use spreadsheets software", "intermediate")],
        ["bn", "en"], {"hours_per_week": 5, "weeks": 40, "budget": 40000, "currency": "BDT"}, "balanced",
    ),
    (  # Madrid: nurse -> data analyst
        "bundled+real", 4, "nurse", "data analyst",
        [("use spreadsheets software", "basic")],
        ["es", "en"], {"hours_per_week": 5, "weeks": 52, "budget": 600}, "balanced",
    ),
    (  # Bangalore: mechanical engineer -> data scientist, fastest
        "bundled+real", 6, "mechanical engineer", "data scientist",
        [("Python (computer programming)", "basic"), ("statistics", "intermediate"), ("MATLAB", "advanced")],
        ["en"], {"hours_per_week": 10, "weeks": 26, "budget": 50000, "currency": "INR"}, "fastest",
    ),
    (  # Paris: journalist -> web developer
        "bundled+real", 5, "journalist", "web developer",
        [("use word processing software", "advanced"), ("WordPress", "intermediate")],
        ["fr", "en"], {"hours_per_week": 8, "weeks": 40, "budget": 1500}, "balanced",
    ),
    (  # Hanoi: IT help desk -> cloud engineer, online only
        "bundled+real", 5, "help desk technician", "cloud engineer",
        [("provide ICT support", "advanced"), ("operating systems", "intermediate")],
        ["vi", "en"], {"hours_per_week": 6, "weeks": 40, "budget": 25000000, "currency": "VND",
                       "participation": ["online"]}, "balanced",
    ),
    (  # Helsinki: accountant with some SQL -> database administrator
        "bundled+real", 5, "accountant", "database administrator",
        [("SQL", "basic"), ("use spreadsheets software", "advanced")],
        ["fi", "en"], {"hours_per_week": 5, "weeks": 52, "budget": 1500}, "balanced",
    ),
    (  # Delhi: school computer teacher -> ethical hacker
        "bundled+real", 5, "teacher", "ethical hacker",
        [("computer programming", "intermediate"), ("teach computer science", "advanced")],
        ["hi", "en"], {"hours_per_week": 6, "weeks": 52, "budget": 60000, "currency": "INR"}, "balanced",
    ),
]

if __name__ == "__main__":
    write_cases("fresh19", TODAY, LEARNERS, OUT)
