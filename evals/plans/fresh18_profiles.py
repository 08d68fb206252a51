"""Writes fresh18_cases.jsonl: 20 more learners for hand judgement (issue 14, session 18),
written by the lead by hand on 2026-12-06 at 14:30 UTC, before any plan for them was run, and kept out of
every helper's reach (committed only at the session's end); held out until then. 14 are judged on the
bundled corpus, 6 on the bundled corpus plus edX and Udemy (`constraints_kind`).
Verdicts: hand_fresh18_lead.md.
Run: .venv/bin/python evals/plans/fresh18_profiles.py
"""

from __future__ import annotations

from pathlib import Path

from fresh_writer import write_cases

TODAY = "2030-09-02"  # a Monday
OUT = Path(__file__).with_name("fresh18_cases.jsonl")

# (catalogue, judge's start EQF, current role, goal, held [(skill, level)], languages, constraints, strategy)
LEARNERS = [
    (  # Madrid: shop assistant -> help desk, no IT skills, Spanish only
        "bundled", 3, "shop assistant", "ICT system administrator",
        [("use word processing software", "basic")],
        ["es"], {"hours_per_week": 5, "weeks": 52, "budget": 600}, "balanced",
    ),
    (  # Hanoi: accountant -> data analyst, Excel strong
        "bundled", 4, "accountant", "data analyst",
        [("use spreadsheets software", "advanced"), ("statistics", "basic")],
        ["vi", "en"], {"hours_per_week": 6, "weeks": 40, "budget": 15000000, "currency": "VND"}, "balanced",
    ),
    (  # Kolkata: college lecturer (CS) -> e-learning architect
        "bundled", 6, "lecturer", "e-learning architect",
        [("computer science", "advanced"), ("apply teaching strategies", "advanced")],
        ["bn", "en"], {"hours_per_week": 4, "weeks": 52, "budget": 40000, "currency": "BDT"}, "balanced",
    ),
    (  # Munich: Java developer -> software architect, fastest
        "bundled", 6, "software developer", "software architect",
        [("Java (computer programming)", "advanced"), ("use object-oriented programming", "advanced"),
         ("SQL", "intermediate")],
        ["de", "en"], {"hours_per_week": 8, "weeks": 26, "budget": 3000}, "fastest",
    ),
    (  # Helsinki: network admin -> ICT network architect
        "bundled", 5, "ICT network administrator", "ICT network architect",
        [("Cisco", "advanced"), ("ICT network routing", "advanced"), ("design computer network", "intermediate")],
        ["fi", "en"], {"hours_per_week": 5, "weeks": 52, "budget": 2500}, "balanced",
    ),
    (  # Lille: unemployed, basic digital skills -> web developer, free only
        "bundled", 3, "unemployed", "web developer",
        [("browse, search and filter data, information and digital content", "intermediate")],
        ["fr"], {"hours_per_week": 10, "weeks": 52, "budget": 0}, "cheapest",
    ),
    (  # Delhi: police constable -> digital forensics expert
        "bundled", 4, "police officer", "digital forensics expert",
        [("gather data for forensic purposes", "basic")],
        ["hi", "en"], {"hours_per_week": 5, "weeks": 60, "budget": 60000, "currency": "INR"}, "balanced",
    ),
    (  # Porto: data analyst -> data scientist, SQL+Python held
        "bundled", 5, "data analyst", "data scientist",
        [("SQL", "advanced"), ("Python (computer programming)", "intermediate"), ("statistics", "intermediate"),
         ("perform data analysis", "advanced")],
        ["en"], {"hours_per_week": 6, "weeks": 52, "budget": 2000}, "balanced",
    ),
    (  # Ho Chi Minh City: IT support -> cloud engineer, online, short deadline
        "bundled", 4, "IT support technician", "cloud engineer",
        [("provide ICT support", "advanced"), ("operating systems", "intermediate")],
        ["vi", "en"], {"hours_per_week": 8, "weeks": 20, "participation": ["online"]}, "balanced",
    ),
    (  # Berlin: school administrator -> data protection officer, German only
        "bundled", 4, "school administrator", "data protection officer",
        [("office software", "advanced")],
        ["de"], {"hours_per_week": 3, "weeks": 52, "budget": 1000}, "balanced",
    ),
    (  # Sylhet: secondary maths teacher -> ICT teacher secondary school, free
        "bundled", 5, "mathematics teacher", "ICT teacher secondary school",
        [("apply teaching strategies", "advanced"), ("use presentation software", "basic")],
        ["bn", "en"], {"hours_per_week": 3, "weeks": 52, "budget": 0}, "cheapest",
    ),
    (  # Tallinn: junior pentester -> ICT security manager (management), EQF jump risk
        "bundled", 5, "ethical hacker", "ICT security manager",
        [("Kali Linux", "advanced"), ("attack vectors", "intermediate"), ("cyber security", "advanced")],
        ["en"], {"hours_per_week": 5, "weeks": 52, "budget": 4000}, "balanced",
    ),
    (  # Seville: QA manual tester -> software tester automation, cheapest
        "bundled", 4, "software tester", "software tester",
        [("execute software tests", "advanced"), ("report test findings", "advanced")],
        ["es", "en"], {"hours_per_week": 4, "weeks": 30}, "cheapest",
    ),
    (  # Chennai: electrical engineer -> ICT intelligent systems designer (AI)
        "bundled", 5, "electrical engineer", "ICT intelligent systems designer",
        [("execute analytical mathematical calculations", "advanced"), ("embedded systems", "intermediate")],
        ["en", "hi"], {"hours_per_week": 7, "weeks": 52, "budget": 80000, "currency": "INR"}, "balanced",
    ),
    # bundled + edX/Udemy
    (  # London: barista -> data analyst, USD 300, cheapest
        "bundled+real", 3, "barista", "data analyst",
        [("use spreadsheets software", "basic")],
        ["en"], {"hours_per_week": 6, "weeks": 40, "budget": 300, "currency": "USD"}, "cheapest",
    ),
    (  # Paris: graphic designer -> web developer (fr/en)
        "bundled+real", 4, "graphic designer", "web developer",
        [("Adobe Photoshop", "advanced"), ("use markup languages", "basic")],
        ["fr", "en"], {"hours_per_week": 6, "weeks": 40, "budget": 800}, "balanced",
    ),
    (  # Bangalore: Java developer -> cloud engineer, online
        "bundled+real", 5, "software developer", "cloud engineer",
        [("Java (computer programming)", "advanced"), ("SQL", "intermediate")],
        ["en"], {"hours_per_week": 8, "weeks": 26, "budget": 30000, "currency": "INR", "participation": ["online"]},
        "fastest",
    ),
    (  # Vienna: HR officer -> ICT trainer (German/English)
        "bundled+real", 4, "human resources officer", "ICT trainer",
        [("organise training", "advanced"), ("use presentation software", "intermediate")],
        ["de", "en"], {"hours_per_week": 4, "weeks": 52, "budget": 1200}, "balanced",
    ),
    (  # Espoo: physics PhD -> data scientist
        "bundled+real", 7, "physicist", "data scientist",
        [("Python (computer programming)", "advanced"), ("statistics", "advanced"),
         ("execute analytical mathematical calculations", "advanced")],
        ["fi", "en"], {"hours_per_week": 10, "weeks": 26, "budget": 1500}, "balanced",
    ),
    (  # Dhaka: web developer (PHP) -> ICT security engineer
        "bundled+real", 5, "web developer", "ICT security engineer",
        [("PHP", "advanced"), ("JavaScript", "intermediate"), ("MySQL", "intermediate")],
        ["bn", "en"], {"hours_per_week": 6, "weeks": 52, "budget": 25000, "currency": "BDT"}, "balanced",
    ),
]

if __name__ == "__main__":
    write_cases("fresh18", TODAY, LEARNERS, OUT)
