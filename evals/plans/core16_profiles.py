"""Writes core16_cases.jsonl: 20 learners whose limits bind against their goal's core course (issue 14,
session 16, branch plans16core), written by that helper on 2026-12-06 before the fix, in the shapes of the
lead's fresh15 (the goal's core left out for limits: fresh15-02, -06, -09, -10, -11): other goals and other
limits. Tune, not blind (the helper who fixes the class wrote them). Learners 01-10 plan on 2027-01-04, when
the bundled catalogue's dated courses still have sessions to come; 11-20 on 2030-02-04, when none has (as in
fresh15). All judged on the bundled corpus. Verdicts: hand_core16.md.
Run: .venv/bin/python evals/plans/core16_profiles.py
"""

from __future__ import annotations

from pathlib import Path

from fresh_writer import write_cases

EARLY = "2027-01-04"  # a Monday; dated sessions from 2027-01-11 on are ahead
LATE = "2030-02-04"  # a Monday; every dated session listed is past
OUT = Path(__file__).with_name("core16_cases.jsonl")

# (catalogue, judge's start EQF, current role, goal, held [(skill, level)], languages, constraints, strategy)
EARLY_LEARNERS = [
    (  # Cork: developer -> software architect; the design course runs from 25 January, 890 EUR
        "bundled",
        6,
        "software developer",
        "software architect",
        [("Java (computer programming)", "advanced"), ("use object-oriented programming", "advanced")],
        ["en"],
        {"hours_per_week": 5, "weeks": 40, "budget": 800},
        "balanced",
    ),
    (  # Utrecht: data analyst -> chief data officer; Data Strategy for Leaders costs 1,450
        "bundled",
        6,
        "data analyst",
        "chief data officer",
        [("SQL", "advanced"), ("statistics", "intermediate"), ("database", "intermediate")],
        ["nl", "en"],
        {"hours_per_week": 6, "weeks": 52, "budget": 1200},
        "balanced",
    ),
    (  # Tampere: ICT support -> ICT trainer; Train the Trainer runs from March, 450 EUR
        "bundled",
        5,
        "ICT help desk agent",
        "ICT trainer",
        [("perform ICT troubleshooting", "intermediate"), ("office software", "advanced")],
        ["fi", "en"],
        {"hours_per_week": 4, "weeks": 26, "budget": 400},
        "balanced",
    ),
    (  # Toulouse: assistant -> data protection officer, French only, money tight
        "bundled",
        4,
        "administrative assistant",
        "data protection officer",
        [("data protection", "basic"), ("use word processing software", "advanced")],
        ["fr"],
        {"hours_per_week": 6, "weeks": 52, "budget": 1100},
        "balanced",
    ),
    (  # Kraków: network admin -> ICT network engineer, little time
        "bundled",
        5,
        "ICT network administrator",
        "ICT network engineer",
        [("ICT networking hardware", "intermediate"), ("ICT network security risks", "basic")],
        ["pl", "en"],
        {"hours_per_week": 3, "weeks": 40, "budget": 2500},
        "balanced",
    ),
    (  # Pune: ML engineer -> computer vision engineer, INR, fastest
        "bundled",
        6,
        "data scientist",
        "computer vision engineer",
        [("machine learning", "advanced"), ("Python (computer programming)", "advanced")],
        ["hi", "en"],
        {"hours_per_week": 8, "weeks": 26, "budget": 40000, "currency": "INR"},
        "fastest",
    ),
    (  # Leeds: primary teacher -> ICT teacher secondary, 3 h a week
        "bundled",
        5,
        "primary school teacher",
        "ICT teacher secondary school",
        [("apply teaching strategies", "advanced"), ("prepare lesson content", "advanced")],
        ["en"],
        {"hours_per_week": 3, "weeks": 52, "budget": 600},
        "balanced",
    ),
    (  # Gdańsk: SOC analyst -> ethical hacker, PLN
        "bundled",
        5,
        "ICT security technician",
        "ethical hacker",
        [("ICT network security risks", "intermediate"), ("operating systems", "intermediate")],
        ["pl", "en"],
        {"hours_per_week": 5, "weeks": 30, "budget": 5000, "currency": "PLN"},
        "balanced",
    ),
    (  # Dublin: report writer -> data warehouse designer, cheapest
        "bundled",
        5,
        "data analyst",
        "data warehouse designer",
        [("SQL", "intermediate"), ("use spreadsheets software", "advanced")],
        ["en"],
        {"hours_per_week": 5, "weeks": 40, "budget": 1000},
        "cheapest",
    ),
    (  # Chennai: data engineer -> ICT intelligent systems designer, INR
        "bundled",
        6,
        "data engineer",
        "ICT intelligent systems designer",
        [
            ("Python (computer programming)", "advanced"),
            ("database", "advanced"),
            ("machine learning", "basic"),
        ],
        ["ta", "en"],
        {"hours_per_week": 5, "weeks": 52, "budget": 30000, "currency": "INR"},
        "balanced",
    ),
]

LATE_LEARNERS = [
    (  # Bordeaux: HR officer -> data protection officer, French only, time enough
        "bundled",
        4,
        "human resources officer",
        "data protection officer",
        [("respect data protection principles", "basic"), ("use word processing software", "advanced")],
        ["fr"],
        {"hours_per_week": 6, "weeks": 52, "budget": 2000},
        "balanced",
    ),
    (  # Hyderabad: backend developer -> ICT intelligent systems designer, 4 h a week
        "bundled",
        6,
        "software developer",
        "ICT intelligent systems designer",
        [("Python (computer programming)", "advanced"), ("machine learning", "intermediate")],
        ["te", "en"],
        {"hours_per_week": 4, "weeks": 52, "budget": 50000, "currency": "INR"},
        "balanced",
    ),
    (  # Espoo: class teacher -> ICT teacher secondary, 3 h a week over 40 weeks
        "bundled",
        5,
        "primary school teacher",
        "ICT teacher secondary school",
        [("apply teaching strategies", "advanced"), ("teach digital literacy", "basic")],
        ["fi", "en"],
        {"hours_per_week": 3, "weeks": 40, "budget": 800},
        "balanced",
    ),
    (  # Rotterdam: BI developer -> chief data officer
        "bundled",
        6,
        "data analyst",
        "chief data officer",
        [("data models", "advanced"), ("SQL", "advanced")],
        ["nl", "en"],
        {"hours_per_week": 5, "weeks": 52, "budget": 2000},
        "balanced",
    ),
    (  # Vilnius: Java developer -> software architect, EUR 1,000
        "bundled",
        6,
        "software developer",
        "software architect",
        [("Java (computer programming)", "advanced"), ("use object-oriented programming", "intermediate")],
        ["lt", "en"],
        {"hours_per_week": 6, "weeks": 40, "budget": 1000},
        "balanced",
    ),
    (  # Mumbai: data analyst -> data scientist, INR, 5 h over 30 weeks
        "bundled",
        5,
        "data analyst",
        "data scientist",
        [("statistics", "advanced"), ("Python (computer programming)", "intermediate"), ("SQL", "advanced")],
        ["mr", "en"],
        {"hours_per_week": 5, "weeks": 30, "budget": 25000, "currency": "INR"},
        "balanced",
    ),
    (  # Dhaka: garment supervisor -> ICT security technician, BDT 20,000 (the shape of trial 11 #18)
        "bundled",
        4,
        "production supervisor",
        "ICT security technician",
        [("use spreadsheets software", "intermediate"), ("operating systems", "basic")],
        ["bn", "en"],
        {"hours_per_week": 6, "weeks": 52, "budget": 20000, "currency": "BDT"},
        "balanced",
    ),
    (  # Lisbon: junior developer -> software tester, tight budget
        "bundled",
        4,
        "software developer",
        "software tester",
        [("Python (computer programming)", "intermediate"), ("execute software tests", "basic")],
        ["pt", "en"],
        {"hours_per_week": 5, "weeks": 40, "budget": 600},
        "balanced",
    ),
    (  # Graz: Linux admin -> cloud engineer, German/English, 4 h a week
        "bundled",
        5,
        "ICT system administrator",
        "cloud engineer",
        [("administer ICT system", "advanced"), ("operating systems", "advanced")],
        ["de", "en"],
        {"hours_per_week": 4, "weeks": 40, "budget": 1500},
        "balanced",
    ),
    (  # Hanoi: web designer -> web developer, VND, cheapest
        "bundled",
        4,
        "web designer",
        "web developer",
        [("use markup languages", "intermediate"), ("JavaScript", "basic")],
        ["vi", "en"],
        {"hours_per_week": 6, "weeks": 30, "budget": 12000000, "currency": "VND"},
        "cheapest",
    ),
]

if __name__ == "__main__":
    write_cases("core16", EARLY, EARLY_LEARNERS, OUT, split="tune")
    write_cases("core16", LATE, LATE_LEARNERS, OUT, first=len(EARLY_LEARNERS) + 1, append=True, split="tune")
