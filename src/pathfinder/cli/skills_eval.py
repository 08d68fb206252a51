"""`pathfinder eval skills`: precision and recall at 5 of skill matching on labelled phrases, before and
after aliases, per set (`aliases`: the in-sample alias check; `tune`/`frozen`: phrases in other words)."""

from __future__ import annotations

import argparse
from pathlib import Path

from pathfinder.cli._common import Commands, print_json, say
from pathfinder.settings import Settings

DEFAULT_SETS = ("aliases", "tune")


def register(commands: Commands) -> None:
    ev = commands.add(
        "skills",
        _eval_skills,
        "precision@5 / recall@5 of skill matching, without and with aliases",
        group="eval",
    )
    ev.add_argument(
        "--set",
        dest="sets",
        action="append",
        choices=("aliases", "tune", "frozen"),
        help="aliases (evals/skills.jsonl, in-sample), tune or frozen (evals/skill_phrases_*.jsonl; score "
        "frozen once, at the end); repeatable (default: aliases and tune)",
    )
    ev.add_argument("--file", type=Path, default=None, help="another evaluation set (instead of --set)")
    ev.add_argument("--json", action="store_true", help="print the figures (and the misses) as JSON")
    ev.add_argument(
        "--misses", action="store_true", help="list the phrases whose expected skills were not all found"
    )


def _eval_skills(args: argparse.Namespace, settings: Settings) -> int:
    from pathfinder.skills.evaluation import (
        EVAL_SETS,
        compare_aliases,
        load_cases,
        skill_terms,
        verbatim_share,
    )
    from pathfinder.skills.matching import SkillMatcher

    files = {"file": args.file} if args.file else {s: EVAL_SETS[s] for s in args.sets or DEFAULT_SETS}
    matcher = SkillMatcher.from_settings(settings)
    terms = skill_terms(matcher.taxonomy, matcher.aliases)
    say(
        f"taxonomy {matcher.taxonomy.source} · embedder {matcher.embedder.name} · "
        f"{len(matcher.aliases)} aliases"
    )
    results = {}
    for name, path in files.items():
        cases = load_cases(path)
        results[name] = {**compare_aliases(matcher, cases), "named_verbatim": verbatim_share(cases, terms)}
    if args.json:
        print_json(results)
        return 0
    for name, result in results.items():
        n = result["after"]["cases"]
        print(f"{name}: {n} phrases, {result['named_verbatim']:.0%} of expected skills named word for word")
        print("                 precision@5  recall@5  all found  empty")
        for when, title in (
            ("before", "before aliases"),
            ("after", "after aliases"),
            ("ranked", "match top 5"),
        ):
            r = result[when]
            print(
                f"  {title:14} {r['precision@5']:>11.3f}"
                f"{r['recall@5']:>9.3f} {r['all_found']:>10.3f} {r['empty']:>6}"
            )
        print(
            "  recall@5 by language (after): "
            + ", ".join(f"{lang} {v:.3f}" for lang, v in result["after"]["recall_by_lang"].items())
        )
        if args.misses:
            for miss in result["after"]["misses"]:
                names = ", ".join(matcher.taxonomy.label(u) for u in miss["missing"])
                print(f"  {miss['id']} {miss['text']!r}: missing {names}")
    return 0
