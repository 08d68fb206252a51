"""Writes evals/plans/cases.jsonl: plan-review cases (goal occupation x background x constraints x languages).

Written by hand before any planner output was looked at; re-running rewrites the same file (deterministic).
Each case carries its split ("tune" or "frozen", fixed here, never changed after seeing results), the
evaluator's estimate of the learner's starting EQF level (`start_eqf`, from their background), and a
profile in the docs/PROFILE_FORMAT.md shape. Run: .venv/bin/python evals/plans/make_cases.py
"""

from __future__ import annotations

import csv
import hashlib
import json
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TODAY = date(2026, 12, 7)  # a Monday; every case is planned as of this day
OUT = Path(__file__).with_name("cases.jsonl")

# background: (starting EQF, current role, [(skill label, level)], held credentials)
BACKGROUNDS = {
    "career-changer": (4, "retail sales assistant", [], []),
    "office-admin": (
        4,
        "office clerk",
        [
            ("use spreadsheets software", "intermediate"),
            ("use word processing software", "intermediate"),
            ("use presentation software", "basic"),
            ("manage digital documents", "intermediate"),
        ],
        [],
    ),
    "junior-dev": (
        6,
        "junior software developer",
        [
            ("Python (computer programming)", "intermediate"),
            ("SQL", "intermediate"),
            ("JavaScript", "basic"),
            ("computer programming", "intermediate"),
            ("use object-oriented programming", "intermediate"),
        ],
        [],
    ),
    "sysadmin": (
        5,
        "IT support technician",
        [
            ("administer ICT system", "intermediate"),
            ("provide ICT support", "advanced"),
            ("maintain internet protocol configuration", "intermediate"),
            ("solve ICT system problems", "intermediate"),
            ("use scripting programming", "basic"),
        ],
        [],
    ),
    "data-analyst": (
        6,
        "data analyst",
        [
            ("use spreadsheets software", "advanced"),
            ("SQL", "intermediate"),
            ("perform data analysis", "intermediate"),
            ("statistics", "intermediate"),
            ("deliver visual presentation of data", "intermediate"),
        ],
        [],
    ),
    "teacher": (
        6,
        "secondary school teacher",
        [
            ("pedagogy", "advanced"),
            ("adapt teaching to target group", "advanced"),
            ("apply teaching strategies", "advanced"),
            ("prepare lesson content", "advanced"),
            ("use presentation software", "intermediate"),
        ],
        [],
    ),
    "security-junior": (
        5,
        "junior security analyst",
        [
            ("cyber security", "basic"),
            ("implement a firewall", "basic"),
            ("implement anti-virus software", "intermediate"),
        ],
        [],
    ),
    "cs-graduate": (
        6,
        "",
        [],
        [
            (
                "BSc Computer Science",
                6,
                [
                    "computer programming",
                    "Java (computer programming)",
                    "SQL",
                    "use object-oriented programming",
                ],
            )
        ],
    ),
}

GOALS = {
    "career-changer": [
        "data analyst",
        "web developer",
        "ICT security technician",
        "digital literacy teacher",
        "software tester",
        "ICT network administrator",
    ],
    "office-admin": [
        "data analyst",
        "data quality specialist",
        "digital literacy teacher",
        "ICT trainer",
        "e-learning developer",
        "database administrator",
    ],
    "junior-dev": [
        "software developer",
        "web developer",
        "cloud engineer",
        "software architect",
        "data scientist",
        "integration engineer",
        "ICT system developer",
        "computer vision engineer",
    ],
    "sysadmin": [
        "ICT network engineer",
        "ICT network administrator",
        "ICT security administrator",
        "cloud engineer",
        "ICT system administrator",
        "ICT network architect",
    ],
    "data-analyst": [
        "data scientist",
        "data warehouse designer",
        "chief data officer",
        "knowledge engineer",
        "data quality specialist",
        "database administrator",
        "ICT intelligent systems designer",
    ],
    "teacher": [
        "instructional designer",
        "e-learning architect",
        "e-learning developer",
        "ICT teacher secondary school",
        "ICT trainer",
        "digital literacy teacher",
    ],
    "security-junior": [
        "ethical hacker",
        "ICT security engineer",
        "digital forensics expert",
        "ICT security manager",
        "chief ICT security officer",
        "data protection officer",
    ],
    "cs-graduate": [
        "computer scientist",
        "ICT research consultant",
        "software developer",
        "ICT intelligent systems designer",
        "data scientist",
        "software tester",
    ],
}

CONSTRAINTS = [  # (name, constraints); deadlines relative to TODAY
    ("tight", {"hours_per_week": 3, "weeks": 16, "budget": 150}),
    ("free-only", {"hours_per_week": 4, "weeks": 26, "budget": 0}),
    ("moderate", {"hours_per_week": 6, "weeks": 40, "budget": 800}),
    (
        "deadline-9-months",
        {"hours_per_week": 8, "deadline": str(TODAY + timedelta(days=273)), "budget": 1200},
    ),
    ("loose", {"hours_per_week": 12, "weeks": 104, "budget": 3000}),
    ("open", {"hours_per_week": 5}),
    ("online", {"hours_per_week": 6, "weeks": 52, "budget": 1000, "participation": ["online"]}),
    ("eqf-capped", {"hours_per_week": 8, "weeks": 52, "budget": 1500, "max_eqf": 5}),
    ("full-time", {"hours_per_week": 30, "weeks": 12, "budget": 2000}),
    (
        "on-site-ok",
        {"hours_per_week": 10, "weeks": 78, "budget": 2500, "participation": ["on-site", "blended"]},
    ),
]

LANGUAGES = [
    ["en"],
    ["de", "en"],
    ["es"],
    ["fr", "en"],
    ["fi", "en"],
    ["de"],
    ["es", "en"],
    ["vi", "en"],
    ["hi", "en"],
    ["fr"],
    ["bn", "en"],
    ["en"],
]


def lookup(path: Path, key: str) -> dict[str, str]:
    with path.open(encoding="utf-8") as f:
        return {row[key]: row["uri"] for row in csv.DictReader(f)}


def split(case_id: str) -> str:
    """About 40% frozen, by a hash of the id (not correlated with background, goal or constraints)."""
    return "frozen" if hashlib.sha256(case_id.encode()).digest()[0] < 102 else "tune"


def main() -> None:
    skills = lookup(ROOT / "src" / "pathfinder" / "corpus" / "taxonomy" / "skills.csv", "label")
    occupations = lookup(ROOT / "src" / "pathfinder" / "corpus" / "taxonomy" / "occupations.csv", "label")
    cases, n = [], 0
    for background, goals in GOALS.items():
        start_eqf, role, held, creds = BACKGROUNDS[background]
        for goal in goals:
            for _ in range(2):
                name, limits = CONSTRAINTS[(n * 7 + n // 10) % len(CONSTRAINTS)]
                langs = LANGUAGES[n % len(LANGUAGES)]
                constraints = dict(limits)
                if n % 3 == 1:  # a third state their languages as a limit too
                    constraints["languages"] = langs
                profile = {
                    "id": f"plan-{n + 1:03d}",
                    "name": f"{background} to {goal}",
                    "skills": [
                        {"uri": skills[s], "label": s, "level": lvl, "source": "self-declared"}
                        for s, lvl in held
                    ],
                    "credentials": [
                        {"title": t, "eqf_level": e, "skills": [{"uri": skills[s], "label": s} for s in ss]}
                        for t, e, ss in creds
                    ],
                    "goal": {"occupation_uri": occupations[goal], "label": goal},
                    "current_role": {"label": role} if role else None,
                    "languages": langs,
                    "constraints": constraints,
                    "preferences": {"language": langs[0]} if n % 4 == 2 else {},
                }
                cases.append(
                    {
                        "id": f"plan-{n + 1:03d}",
                        "split": split(f"plan-{n + 1:03d}"),
                        "background": background,
                        "constraints_kind": name,
                        "start_eqf": start_eqf,
                        "today": str(TODAY),
                        "profile": profile,
                    }
                )
                n += 1
    OUT.write_text("".join(json.dumps(c, ensure_ascii=False) + "\n" for c in cases), encoding="utf-8")
    print(f"{len(cases)} cases ({sum(c['split'] == 'frozen' for c in cases)} frozen) -> {OUT}")


if __name__ == "__main__":
    main()
