"""One line per learner: the steps of its plan (or its empty plan's preview), to compare two planner versions
on the tune learners. Run: .venv/bin/python evals/plans/plan_steps.py FILE... > out.txt,
then diff two outputs.
"""

from __future__ import annotations

import sys
from pathlib import Path

from pathfinder.cli.plans_eval import load_cases, plan_catalogue
from pathfinder.planner import CatalogueLookup, plan_pathway
from pathfinder.planner.empty import first_proposal
from pathfinder.planner.gaps import analyse_gap
from pathfinder.settings import Settings
from pathfinder.skills.files import load_taxonomy


def main() -> None:
    settings = Settings()
    taxonomy = load_taxonomy(settings)
    lookups: dict[str, CatalogueLookup] = {}
    for name in sys.argv[1:]:
        for case in load_cases(Path(name)):
            # cases.jsonl names its constraint sets there ("tight", ...): those plan on the bundled corpus
            kind = "bundled+real" if case.constraints_kind == "bundled+real" else "bundled"
            if kind not in lookups:
                lookups[kind] = CatalogueLookup(plan_catalogue(settings, kind))
            lookup, p = lookups[kind], case.profile
            strategy = case.note.split("strategy:", 1)[1].strip() if "strategy:" in case.note else "balanced"
            gap = analyse_gap(p, taxonomy, lookup, today=case.today)
            pw = plan_pathway(p, gap, lookup, strategy, today=case.today)
            mark = ""
            relaxed = first_proposal(pw.relaxations, p) if not pw.steps else None
            if relaxed is not None:
                wider = p.model_copy(update={"constraints": relaxed})
                gap = analyse_gap(wider, taxonomy, lookup, today=case.today)
                pw = plan_pathway(wider, gap, lookup, strategy, today=case.today)
                mark = "EMPTY, preview: "
            covered = sum(1 for g in gap.essential if g.uri not in {u.uri for u in pw.uncovered})
            titles = " ; ".join(lookup.by_id[s.id].title for s in pw.steps) or "(empty)"
            goal = p.goal.label if p.goal else "?"
            print(f"{case.id} {goal}: {mark}{titles} [essential {covered}/{len(gap.essential)}]")


if __name__ == "__main__":
    main()
