"""`pathfinder eval skills`: precision and recall at 5 of skill matching on evals/skills.jsonl, before and
after aliases."""

from __future__ import annotations

import argparse
from pathlib import Path

from pathfinder.cli._common import Commands, print_json, say
from pathfinder.settings import Settings


def register(commands: Commands) -> None:
    ev = commands.add(
        "skills",
        _eval_skills,
        "precision@5 / recall@5 of skill matching, without and with aliases",
        group="eval",
    )
    ev.add_argument("--file", type=Path, default=None, help="evaluation set (default: evals/skills.jsonl)")
    ev.add_argument("--json", action="store_true", help="print the figures (and the misses) as JSON")
    ev.add_argument(
        "--misses", action="store_true", help="list the phrases whose expected skills were not all found"
    )


def _eval_skills(args: argparse.Namespace, settings: Settings) -> int:
    from pathfinder.skills.evaluation import SKILLS_EVAL_FILE, compare_aliases, load_cases
    from pathfinder.skills.matching import SkillMatcher

    cases = load_cases(args.file or SKILLS_EVAL_FILE)
    matcher = SkillMatcher.from_settings(settings)
    say(
        f"{len(cases)} phrases · taxonomy {matcher.taxonomy.source} · embedder {matcher.embedder.name} · "
        f"{len(matcher.aliases)} aliases"
    )
    results = compare_aliases(matcher, cases)
    if args.json:
        print_json(results)
        return 0
    print("              precision@5  recall@5  all found  empty")
    for name, r in results.items():
        print(
            f"  {name + ' aliases':12} {r['precision@5']:>10.3f} "
            f"{r['recall@5']:>9.3f} {r['all_found']:>10.3f} {r['empty']:>6}"
        )
    print(
        "  recall@5 by language (after): "
        + ", ".join(f"{lang} {v:.3f}" for lang, v in results["after"]["recall_by_lang"].items())
    )
    if args.misses:
        for miss in results["after"]["misses"]:
            names = ", ".join(matcher.taxonomy.label(u) for u in miss["missing"])
            print(f"  {miss['id']} {miss['text']!r}: missing {names}")
    return 0
