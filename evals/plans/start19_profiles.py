"""Writes start19_cases.jsonl: 20 learners for hand judgement (issue 14, session 19, branch plans19start),
written by the helper on 2026-12-06 at 17:20 UTC before any plan for them was run, then used to find and fix
what they show (split tune, not blind). Entrants who should start where an advisor would: data analysts of
seven backgrounds with no spreadsheet/SQL/statistics start, ICT system administrators from EQF 3, web
developers from scratch, an intelligent-systems designer and a security manager, and two learners of digital
basics for themselves (an area goal: a set of skills, as the chat's `area_skills` builds one, with the
teaching skill a teachers' course brings in). 15 are judged on the bundled corpus, 5 on the bundled corpus
plus edX and Udemy (`constraints_kind`). Verdicts: hand_start19.md.
Run: .venv/bin/python evals/plans/start19_profiles.py
"""

from __future__ import annotations

import json
from pathlib import Path

from fresh_writer import TAXONOMY, lookup, write_cases

TODAY = "2030-09-02"  # a Monday
OUT = Path(__file__).with_name("start19_cases.jsonl")

# (catalogue, judge's start EQF, current role, goal, held [(skill, level)], languages, constraints, strategy)
LEARNERS = [
    (  # Leipzig: accountant -> data analyst, Excel strong
        "bundled",
        4,
        "accountant",
        "data analyst",
        [("use spreadsheets software", "advanced")],
        ["de", "en"],
        {"hours_per_week": 6, "weeks": 52, "budget": 2000},
        "balanced",
    ),
    (  # Lucknow: bank clerk -> data analyst, Hindi/English
        "bundled",
        4,
        "bank clerk",
        "data analyst",
        [("office software", "intermediate")],
        ["hi", "en"],
        {"hours_per_week": 5, "weeks": 52, "budget": 60000, "currency": "INR"},
        "balanced",
    ),
    (  # Tampere: bookkeeper -> data analyst
        "bundled",
        4,
        "bookkeeper",
        "data analyst",
        [("use spreadsheets software", "advanced"), ("statistics", "basic")],
        ["fi", "en"],
        {"hours_per_week": 6, "weeks": 40, "budget": 1500},
        "balanced",
    ),
    (  # Lyon: logistics worker -> data analyst, French/English
        "bundled",
        4,
        "logistics worker",
        "data analyst",
        [("use spreadsheets software", "intermediate")],
        ["fr", "en"],
        {"hours_per_week": 4, "weeks": 52, "budget": 1200},
        "balanced",
    ),
    (  # Valencia: administrative assistant -> data analyst, Spanish only
        "bundled",
        4,
        "administrative assistant",
        "data analyst",
        [("office software", "intermediate")],
        ["es"],
        {"hours_per_week": 6, "weeks": 52, "budget": 1500},
        "balanced",
    ),
    (  # Chittagong: nurse -> data analyst, Bengali/English, cheapest
        "bundled",
        4,
        "nurse",
        "data analyst",
        [("statistics", "basic")],
        ["bn", "en"],
        {"hours_per_week": 5, "weeks": 52, "budget": 50000, "currency": "BDT"},
        "cheapest",
    ),
    (  # Da Nang: marketing assistant -> data analyst, Vietnamese only
        "bundled",
        4,
        "marketing assistant",
        "data analyst",
        [("use spreadsheets software", "intermediate")],
        ["vi"],
        {"hours_per_week": 6, "weeks": 52},
        "balanced",
    ),
    (  # Glasgow: warehouse worker -> ICT system administrator, EQF 3
        "bundled",
        3,
        "warehouse worker",
        "ICT system administrator",
        [("use word processing software", "basic")],
        ["en"],
        {"hours_per_week": 6, "weeks": 52, "budget": 1500},
        "balanced",
    ),
    (  # Graz: shop assistant -> ICT system administrator, German/English
        "bundled",
        3,
        "shop assistant",
        "ICT system administrator",
        [("use IT tools", "basic")],
        ["de", "en"],
        {"hours_per_week": 8, "weeks": 52, "budget": 2500},
        "balanced",
    ),
    (  # Dublin: student, no coding -> web developer from scratch
        "bundled",
        3,
        "student",
        "web developer",
        [("use IT tools", "intermediate")],
        ["en"],
        {"hours_per_week": 10, "weeks": 40, "budget": 2000},
        "balanced",
    ),
    (  # Stuttgart: mechatronics engineer -> ICT intelligent systems designer
        "bundled",
        5,
        "mechatronics engineer",
        "ICT intelligent systems designer",
        [
            ("execute analytical mathematical calculations", "advanced"),
            ("computer programming", "intermediate"),
        ],
        ["de", "en"],
        {"hours_per_week": 6, "weeks": 52, "budget": 3000},
        "balanced",
    ),
    (  # Oulu: SOC analyst -> ICT security manager
        "bundled",
        5,
        "ICT security technician",
        "ICT security manager",
        [("cyber security", "advanced"), ("perform ICT troubleshooting", "intermediate")],
        ["fi", "en"],
        {"hours_per_week": 5, "weeks": 52, "budget": 4000},
        "balanced",
    ),
    (  # Dhaka: garment worker learning to use a computer (area goal), Bengali/English, free-ish
        "bundled",
        2,
        "garment worker",
        "AREA:digital basics",
        [],
        ["bn", "en"],
        {"hours_per_week": 4, "weeks": 52, "budget": 5000, "currency": "BDT"},
        "cheapest",
    ),
    (  # Hue: retired clerk learning digital basics (area goal), Vietnamese/English
        "bundled",
        2,
        "retired clerk",
        "AREA:digital basics",
        [("use word processing software", "basic")],
        ["vi", "en"],
        {"hours_per_week": 3, "weeks": 52},
        "balanced",
    ),
    (  # Bristol: care worker -> data analyst, cheapest, bundled only
        "bundled",
        3,
        "care worker",
        "data analyst",
        [],
        ["en"],
        {"hours_per_week": 5, "weeks": 52, "budget": 800},
        "cheapest",
    ),
    # bundled + edX/Udemy
    (  # Manchester: shop manager -> data analyst, real catalogue
        "bundled+real",
        4,
        "shop manager",
        "data analyst",
        [("use spreadsheets software", "intermediate")],
        ["en"],
        {"hours_per_week": 6, "weeks": 40, "budget": 600},
        "balanced",
    ),
    (  # Hamburg: bookkeeper -> data analyst, real catalogue, German/English
        "bundled+real",
        4,
        "bookkeeper",
        "data analyst",
        [("use spreadsheets software", "advanced")],
        ["de", "en"],
        {"hours_per_week": 5, "weeks": 52, "budget": 800},
        "cheapest",
    ),
    (  # Seville: hotel receptionist -> web developer from scratch, real catalogue
        "bundled+real",
        3,
        "hotel receptionist",
        "web developer",
        [("use IT tools", "basic")],
        ["es", "en"],
        {"hours_per_week": 8, "weeks": 52, "budget": 700},
        "balanced",
    ),
    (  # Mumbai: cashier -> ICT system administrator, real catalogue
        "bundled+real",
        3,
        "cashier",
        "ICT system administrator",
        [("use IT tools", "basic")],
        ["en", "hi"],
        {"hours_per_week": 6, "weeks": 52, "budget": 40000, "currency": "INR"},
        "balanced",
    ),
    (  # Montreal: translator -> data analyst, real catalogue, fastest
        "bundled+real",
        4,
        "translator",
        "data analyst",
        [("use spreadsheets software", "basic")],
        ["fr", "en"],
        {"hours_per_week": 8, "weeks": 30, "budget": 1000},
        "fastest",
    ),
]

# an area goal as the chat's `area_skills` builds one for "learn to use a computer": the skills shared by the
# best catalogue matches, among them the teachers' course's (teach digital literacy)
AREA = {
    "digital basics": [
        "use IT tools",
        "office software",
        "teach digital literacy",
        "browse, search and filter data, information and digital content",
        "digital data processing",
    ]
}


def main() -> None:
    placeholder = "ICT system administrator"  # written first, then replaced by the area's skills
    learners = [
        (*row[:3], placeholder if row[3].startswith("AREA:") else row[3], *row[4:]) for row in LEARNERS
    ]
    write_cases("start19", TODAY, learners, OUT, split="tune")
    skills = lookup(TAXONOMY / "skills.csv")
    lines = OUT.read_text(encoding="utf-8").splitlines()
    out = []
    for row, line in zip(LEARNERS, lines, strict=True):
        case = json.loads(line)
        if row[3].startswith("AREA:"):
            area = row[3].removeprefix("AREA:")
            case["profile"]["goal"] = {"label": area, "skills": [skills[s] for s in AREA[area]]}
            case["profile"]["name"] = f"{row[2]} to {area}"
        out.append(json.dumps(case, ensure_ascii=False) + "\n")
    OUT.write_text("".join(out), encoding="utf-8")


if __name__ == "__main__":
    main()
