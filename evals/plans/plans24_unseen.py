"""The 12 unseen variants of plans24's two classes (a learner with no money whose goal's courses cost; a
time window just missed), written after the fixes and run on base 66ad213d and on the branch; verdicts in
hand_plans24.md ("Unseen variants"). Not in the tests, not tuned on.
Run: .venv/bin/python evals/plans/plans24_unseen.py (base: PYTHONPATH=<git archive of 66ad213d>/src)
"""

from __future__ import annotations

from datetime import date

from pathfinder.cli.plans_eval import plan_catalogue
from pathfinder.domain import Constraints, Goal, LearnerProfile
from pathfinder.domain.learners import HeldSkill
from pathfinder.planner import CatalogueLookup, plan_pathway
from pathfinder.planner.gaps import analyse_gap
from pathfinder.settings import Settings
from pathfinder.skills.files import load_taxonomy

TODAY = date(2031, 3, 3)

VARIANTS = [  # (goal, languages, strategy, held, limits)
    ("data analyst", ["es"], "balanced", [], {"hours_per_week": 5, "weeks": 40, "budget": 0}),
    (
        "ICT security administrator",
        ["de", "en"],
        "balanced",
        [],
        {"hours_per_week": 6, "weeks": 30, "budget": 0},
    ),
    (
        "software developer",
        ["vi", "en"],
        "cheapest",
        [],
        {"hours_per_week": 8, "weeks": 30, "budget": 0, "currency": "VND"},
    ),
    ("web developer", ["fr", "en"], "balanced", [], {"hours_per_week": 4, "weeks": 52, "budget": 50}),
    (
        "cloud engineer",
        ["hi", "en"],
        "balanced",
        [],
        {"hours_per_week": 6, "weeks": 40, "budget": 0, "currency": "INR"},
    ),
    (
        "ICT network administrator",
        ["hi", "en"],
        "cheapest",
        [],
        {"hours_per_week": 5, "weeks": 40, "budget": 0, "currency": "INR"},
    ),
    ("software tester", ["de", "en"], "balanced", [], {"hours_per_week": 6, "weeks": 30, "budget": 0}),
    ("e-learning developer", ["es", "en"], "balanced", [], {"hours_per_week": 4, "weeks": 30, "budget": 0}),
    ("data scientist", ["de", "en"], "balanced", [], {"hours_per_week": 4, "weeks": 8, "budget": 2000}),
    (
        "ICT security administrator",
        ["es", "en"],
        "balanced",
        [],
        {"hours_per_week": 2, "weeks": 15, "budget": 1000},
    ),
    (
        "database administrator",
        ["fi", "en"],
        "balanced",
        [],
        {"hours_per_week": 3, "weeks": 10, "budget": 1500},
    ),
    (
        "ICT trainer",
        ["bn", "en"],
        "balanced",
        [],
        {"hours_per_week": 1, "weeks": 26, "budget": 20000, "currency": "BDT"},
    ),
]


def main() -> None:
    settings = Settings()
    lookup = CatalogueLookup(plan_catalogue(settings, "bundled"))
    taxonomy = load_taxonomy(settings)
    for goal, languages, strategy, held, limits in VARIANTS:
        occupation = taxonomy.find_occupation(goal)
        skills = []
        for label, level in held:
            skill = taxonomy.find_skill(label)
            skills.append(HeldSkill(uri=skill.uri, label=skill.label, level=level))
        profile = LearnerProfile(
            id="unseen24",
            goal=Goal(occupation_uri=occupation.uri, label=occupation.label),
            languages=tuple(languages),
            skills=tuple(skills),
            constraints=Constraints(**limits),
        )
        gap = analyse_gap(profile, taxonomy, lookup, today=TODAY)
        pw = plan_pathway(profile, gap, lookup, strategy, today=TODAY)
        print(f"== {goal} {languages} {limits} {strategy}: {[s.title for s in pw.steps]}")
        for s in pw.steps:
            print(f"   step: {s.title} ({s.cost:g}) | {'; '.join(s.reasons)}")
        for r in pw.relaxations:
            print(f"   proposal: {r.message}")


if __name__ == "__main__":
    main()
