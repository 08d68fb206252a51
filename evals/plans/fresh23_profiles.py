"""Writes fresh23_cases.jsonl: 20 more learners for hand judgement (issue 14, session 23),
written by the lead by hand on 2026-12-07 at 04:58 UTC, before any plan for them was run, and kept out of
every helper's reach (committed only at the session's end); held out until then. 14 are judged on the
bundled corpus, 6 on the bundled corpus plus edX and Udemy (`constraints_kind`).
Verdicts: hand_fresh23_lead.md.
Run: .venv/bin/python evals/plans/fresh23_profiles.py
"""

from __future__ import annotations

from pathlib import Path

from fresh_writer import write_cases

TODAY = "2031-03-03"  # a Monday
OUT = Path(__file__).with_name("fresh23_cases.jsonl")

# (catalogue, judge's start EQF, current role, goal, held [(skill, level)], languages, constraints, strategy)
LEARNERS = [
    (  # laid-off warehouse worker, some Excel for stock, no money, 10 h
        "bundled", 3, "warehouse worker", "ICT system administrator",
        [("use spreadsheets software", "basic")], ["en"],
        {"hours_per_week": 10, "weeks": 40, "budget": 0}, "cheapest",
    ),
    (  # insurance clerk 44, good Excel, no SQL -> data analyst, 6 h, German
        "bundled", 4, "insurance clerk", "data analyst",
        [("use spreadsheets software", "advanced")], ["de", "en"],
        {"hours_per_week": 6, "weeks": 40, "budget": 1500}, "balanced",
    ),
    (  # nurse in Seville -> health data (data analyst), online, Spanish if possible
        "bundled", 5, "nurse", "data analyst",
        [], ["es", "en"],
        {"hours_per_week": 5, "weeks": 52, "budget": 1000, "participation": ["online"]}, "balanced",
    ),
    (  # French technology teacher -> designs micro-credentials, 3 h until June
        "bundled", 5, "secondary school teacher", "instructional designer",
        [("prepare lesson content", "advanced")], ["fr", "en"],
        {"hours_per_week": 3, "weeks": 16, "budget": 600}, "balanced",
    ),
    (  # Finnish practical nurse -> security, 2 h a week, EUR 300
        "bundled", 4, "practical nurse", "ICT security technician",
        [], ["fi", "en"],
        {"hours_per_week": 2, "weeks": 52, "budget": 300}, "balanced",
    ),
    (  # Vietnamese telecoms student with network basics and some Python -> network engineer with AI, cheapest
        "bundled", 5, "student", "ICT network engineer",
        [("ICT network routing", "basic"), ("Python (computer programming)", "basic")], ["vi", "en"],
        {"hours_per_week": 8, "weeks": 40, "budget": 10000000, "currency": "VND"}, "cheapest",
    ),
    (  # Hindi-speaking government school teacher, little computer use -> teaches digital skills
        "bundled", 3, "primary school teacher", "digital literacy teacher",
        [], ["hi", "en"],
        {"hours_per_week": 4, "weeks": 40, "budget": 5000, "currency": "INR"}, "balanced",
    ),
    (  # Dhaka garment-factory HR officer -> data analyst, 4 h, BDT 10000
        "bundled", 4, "human resources officer", "data analyst",
        [("use spreadsheets software", "intermediate")], ["bn", "en"],
        {"hours_per_week": 4, "weeks": 52, "budget": 10000, "currency": "BDT"}, "balanced",
    ),
    (  # cloud security goal, 8 h, EUR 1500, fastest
        "bundled", 5, "IT support technician", "ICT security engineer",
        [("perform ICT troubleshooting", "intermediate")], ["en"],
        {"hours_per_week": 8, "weeks": 26, "budget": 1500}, "fastest",
    ),
    (  # German IT specialist apprentice with good Python -> AI, German preferred
        "bundled", 5, "software developer", "ICT intelligent systems designer",
        [("Python (computer programming)", "advanced")], ["de", "en"],
        {"hours_per_week": 10, "weeks": 52, "budget": 2000}, "balanced",
    ),
    (  # 19-year-old in Mexico, only a phone, no money -> cybersecurity
        "bundled", 2, "student", "ICT security technician",
        [], ["es"],
        {"hours_per_week": 6, "weeks": 52, "budget": 0, "participation": ["online"]}, "cheapest",
    ),
    (  # Finnish physics PhD student -> HPC, 4 h, knows a little Linux
        "bundled", 7, "researcher", "computer scientist",
        [("operating systems", "basic"), ("Python (computer programming)", "intermediate")], ["fi", "en"],
        {"hours_per_week": 4, "weeks": 52, "budget": 1500}, "balanced",
    ),
    (  # Indian BPO agent -> network administrator, 1 h a day, INR 20000
        "bundled", 4, "call centre agent", "ICT network administrator",
        [], ["hi", "en"],
        {"hours_per_week": 7, "weeks": 52, "budget": 20000, "currency": "INR"}, "balanced",
    ),
    (  # Bangladeshi with no IT experience -> cloud engineer, 20 h a month
        "bundled", 3, "shop assistant", "cloud engineer",
        [], ["bn", "en"],
        {"hours_per_week": 5, "weeks": 78, "budget": 30000, "currency": "BDT"}, "balanced",
    ),
    (  # Pune CS fresher with Python and SQL basics -> data engineer (data warehouse designer), real
        "bundled+real", 5, "student", "data warehouse designer",
        [("Python (computer programming)", "intermediate"), ("SQL", "basic")], ["en"],
        {"hours_per_week": 15, "weeks": 26, "budget": 30000, "currency": "INR"}, "balanced",
    ),
    (  # customer-service agent, good with people -> ICT trainer, real
        "bundled+real", 4, "customer service representative", "ICT trainer",
        [("use presentation software", "intermediate")], ["en"],
        {"hours_per_week": 6, "weeks": 40, "budget": 800}, "balanced",
    ),
    (  # logistics planner -> cloud engineer, cheap, French, real
        "bundled+real", 4, "logistics planner", "cloud engineer",
        [("use spreadsheets software", "intermediate")], ["fr", "en"],
        {"hours_per_week": 5, "weeks": 52, "budget": 400}, "cheapest",
    ),
    (  # web developer with JavaScript -> software tester, real, fastest
        "bundled+real", 5, "web developer", "software tester",
        [("JavaScript", "advanced"), ("use markup languages", "advanced")], ["en"],
        {"hours_per_week": 5, "weeks": 20, "budget": 1000}, "fastest",
    ),
    (  # accountant 5 years -> data analyst, online, 6 h, real
        "bundled+real", 5, "accountant", "data analyst",
        [("use spreadsheets software", "advanced")], ["vi", "en"],
        {"hours_per_week": 6, "weeks": 40, "budget": 800, "participation": ["online"]}, "balanced",
    ),
    (  # network admin -> ethical hacker, real, 8 h
        "bundled+real", 5, "ICT network administrator", "ethical hacker",
        [("ICT network routing", "advanced"), ("operating systems", "intermediate")], ["en", "de"],
        {"hours_per_week": 8, "weeks": 52, "budget": 2000}, "balanced",
    ),
]

if __name__ == "__main__":
    write_cases("fresh23", TODAY, LEARNERS, OUT)
