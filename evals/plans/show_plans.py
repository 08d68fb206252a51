"""Print the plans of some plan-review cases as an advisor reads them (for hand judgement and re-judgement).

For each case: the learner, the gap, the balanced plan as `pathfinder plan` prints it, then every step's
catalogue entry (provider, EQF, languages, hours, price, delivery, skills with inferred confidences,
description). For an empty plan with a proposal: the plan with the first proposal accepted (the one its note
previews) and its entries. Re-judge a case of hand_judged.jsonl with the criteria in evals/README.md.

Run: .venv/bin/python evals/plans/show_plans.py [--catalogue bundled|bundled+real] CASE_ID...
"""

from __future__ import annotations

import argparse
from pathlib import Path

from pathfinder.cli.plan import format_pathway
from pathfinder.cli.plans_eval import CASES_FILE, CATALOGUES, load_cases, plan_catalogue
from pathfinder.planner import CatalogueLookup, plan_pathway
from pathfinder.planner.empty import first_proposal
from pathfinder.planner.gaps import analyse_gap
from pathfinder.settings import Settings
from pathfinder.skills.files import load_taxonomy


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--catalogue", choices=CATALOGUES, default="bundled")
    parser.add_argument("--file", type=Path, default=CASES_FILE, help="the cases (default: cases.jsonl)")
    parser.add_argument("cases", nargs="+", metavar="CASE_ID")
    args = parser.parse_args()
    settings = Settings()
    cases = {c.id: c for c in load_cases(args.file)}
    lookup = CatalogueLookup(plan_catalogue(settings, args.catalogue))
    taxonomy = load_taxonomy(settings)
    for cid in args.cases:
        case = cases[cid]
        p = case.profile
        gap = analyse_gap(p, taxonomy, lookup, today=case.today)
        strategy = case.note.split("strategy:", 1)[1].strip() if "strategy:" in case.note else "balanced"
        pw = plan_pathway(p, gap, lookup, strategy, today=case.today)
        print("=" * 100)
        print(
            f"{cid} [{case.split}] {case.background} -> {p.goal.label if p.goal else '?'} ({strategy}); "
            f"{case.constraints_kind}; "
            f"languages {list(p.languages)}; {p.constraints.model_dump(exclude_defaults=True)}; "
            f"start EQF {case.start_eqf}"
        )
        print("holds:", [s.label for s in p.skills], [c.title for c in p.credentials])
        print(
            f"gap: {len(gap.essential)} essential of {len(gap.skills)}; essential with an allowed teacher: "
            f"{sum(1 for g in gap.essential if g.taught_by)}"
        )
        print(format_pathway(pw))
        for r in pw.relaxations:
            for a in r.alternatives:
                print(f"   (or: {a.message})")
        shown = pw
        relaxed = first_proposal(pw.relaxations, p) if not pw.steps else None
        if relaxed is not None:
            wider = p.model_copy(update={"constraints": relaxed})
            shown = plan_pathway(
                wider,
                analyse_gap(wider, taxonomy, lookup, today=case.today),
                lookup,
                strategy,
                today=case.today,
            )
            accepted = relaxed.model_dump(exclude_defaults=True)
            print(f"--- empty: the plan with the first proposal accepted ({accepted}):")
            print(format_pathway(shown))
        for step in shown.steps:
            c = lookup.by_id[step.id]
            skills = ", ".join(f"{s.label}{f'~{s.confidence:.2f}' if s.inferred else ''}" for s in c.skills)
            print(
                f"   * {c.id}: {c.title} | {c.provider} | EQF {c.eqf_level} | {list(c.languages)} | "
                f"{c.hours} h | "
                f"{c.cost} {c.currency} | {c.delivery} {c.participation} | {skills}"
                + (f" | needs {list(c.prerequisites)}" if c.prerequisites else "")
            )
            print(f"     {c.description[:300]!r}")


if __name__ == "__main__":
    main()
