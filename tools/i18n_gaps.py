"""List the English that a reply in another served language would still show: template keys English has and
a language lacks (`i18n.missing_keys`), and the planner's English sentences no `pl_` template recognises
(`planner_text.unknown`) in step reasons, uncovered reasons and notes, found by planning the plan-review cases
(default: evals/plans/cases.jsonl) on the bundled catalogue, with the first proposal of an empty plan
accepted too.

Run: .venv/bin/python tools/i18n_gaps.py [--cases FILE ...] [--keys-only]
Exit 1 when anything is listed.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

from pathfinder.assistant import i18n, planner_text
from pathfinder.domain import Pathway

ROOT = Path(__file__).resolve().parent.parent


def plan_sentences(pw: Pathway) -> list[str]:
    """Every planner sentence a plan shows through `planner_text.say`: step reasons, why a skill (or a group
    of skills) is uncovered, and the plan's notes (proposals are worded by the assistant from their
    fields)."""
    out = [r for s in pw.steps for r in s.reasons]
    out += [u.reason for u in pw.uncovered] + [g.reason for g in pw.uncovered_groups]
    return out + list(pw.notes)


def unknown_sentences(cases_files: list[Path]) -> Counter[str]:
    from pathfinder.cli.plans_eval import load_cases, plan_catalogue
    from pathfinder.planner import CatalogueLookup, plan_pathway
    from pathfinder.planner.empty import first_proposal
    from pathfinder.planner.gaps import analyse_gap
    from pathfinder.settings import Settings
    from pathfinder.skills.files import load_taxonomy

    settings = Settings()
    lookup = CatalogueLookup(plan_catalogue(settings, "bundled"))
    taxonomy = load_taxonomy(settings)
    found: Counter[str] = Counter()
    for path in cases_files:
        for case in load_cases(path):
            p = case.profile
            pw = plan_pathway(p, analyse_gap(p, taxonomy, lookup, today=case.today), lookup, today=case.today)
            plans = [pw]
            relaxed = first_proposal(pw.relaxations, p) if not pw.steps else None
            if relaxed is not None:
                wider = p.model_copy(update={"constraints": relaxed})
                gap = analyse_gap(wider, taxonomy, lookup, today=case.today)
                plans.append(plan_pathway(wider, gap, lookup, today=case.today))
            for plan in plans:
                found.update(planner_text.unknown(plan_sentences(plan)))
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=Path, nargs="*", default=[ROOT / "evals" / "plans" / "cases.jsonl"])
    parser.add_argument("--keys-only", action="store_true", help="only the template keys, no planning")
    args = parser.parse_args()
    gaps = 0
    for lang in i18n.SERVED:
        missing = i18n.missing_keys(lang)
        gaps += len(missing)
        if missing:
            print(f"{lang}: {len(missing)} template(s) only in English: {', '.join(missing)}")
    if not args.keys_only:
        sentences = unknown_sentences(args.cases)
        gaps += len(sentences)
        for sentence, n in sentences.most_common():
            print(f"planner sentence with no template ({n}x): {sentence}")
    print(f"{gaps} gap(s)", file=sys.stderr)
    return 1 if gaps else 0


if __name__ == "__main__":
    sys.exit(main())
