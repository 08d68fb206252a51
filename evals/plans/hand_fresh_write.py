"""Writes a hand-judgement file for the 20 fresh learners (fresh_cases.jsonl): plans each with the current
planner and records the plan with the hand verdicts of hand_fresh_verdicts.json (written by reading the
printed plans: show_plans.py --file evals/plans/fresh_cases.jsonl; criteria: evals/README.md, the six of
hand_judged.jsonl). Cases 1-14 on the bundled corpus, 15-20 with edX and Udemy (PATHFINDER_SHARED_DATA_DIR).

Run: .venv/bin/python evals/plans/hand_fresh_write.py PLANNER_LABEL OUT.jsonl [VERDICTS.json [CASES.jsonl]]
(round 2: VERDICTS hand_fresh2_verdicts.json, CASES fresh2_cases.jsonl; the first 14 bundled, the last 6 with
edX and Udemy, as `constraints_kind` says; session 6: hand_fresh3_verdicts.json, fresh3_cases.jsonl, whose
`note` may name the strategy the learner asked for)
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from pathfinder.cli.plans_eval import load_cases, plan_catalogue
from pathfinder.planner import CatalogueLookup, plan_pathway
from pathfinder.planner.empty import first_proposal
from pathfinder.planner.gaps import analyse_gap
from pathfinder.planner.relaxation import essential_coverage
from pathfinder.settings import Settings
from pathfinder.skills.files import load_taxonomy

HERE = Path(__file__).parent
JUDGED = "2026-12-05"


def case_strategy(case) -> str:
    """The strategy the learner asked for (`note`: "strategy: cheapest", fresh3), else balanced."""
    return case.note.split("strategy:", 1)[1].strip() if "strategy:" in case.note else "balanced"


def main() -> None:
    planner, out = sys.argv[1], Path(sys.argv[2])
    verdicts = json.loads(
        Path(sys.argv[3] if len(sys.argv) > 3 else HERE / "hand_fresh_verdicts.json").read_text()
    )
    settings = Settings()
    taxonomy = load_taxonomy(settings)
    cases = load_cases(Path(sys.argv[4]) if len(sys.argv) > 4 else HERE / "fresh_cases.jsonl")
    lines = []
    for catalogue in ("bundled", "bundled+real"):
        lookup = CatalogueLookup(plan_catalogue(settings, catalogue))
        for case in (c for c in cases if c.constraints_kind == catalogue):
            gap = analyse_gap(case.profile, taxonomy, lookup, today=case.today)
            strategy = case_strategy(case)
            pw = plan_pathway(case.profile, gap, lookup, strategy, today=case.today)
            v = verdicts[case.id]
            plan = plan_record(pw, gap)
            lines.append(
                {
                    "id": f"hand-{case.id}",
                    "case": case.id,
                    "split": "fresh",
                    "catalogue": catalogue,
                    "strategy": strategy,
                    "planner": planner,
                    "judged": JUDGED,
                    "criteria_from": "hand_judged.jsonl (same six)",
                    "inputs": {
                        "today": str(case.today),
                        "start_eqf": case.start_eqf,
                        "background": case.background,
                    },
                    "plan": plan,
                    "criteria": v["criteria"],
                    "sign": all(v["criteria"].values()),
                    "why": v["why"],
                }
            )
            relaxed = first_proposal(pw.relaxations, case.profile) if not pw.steps else None
            if relaxed is not None and "preview" in v:
                # session 8: an empty plan's preview (the plan with its first proposal accepted) judged too
                wider = case.profile.model_copy(update={"constraints": relaxed})
                wgap = analyse_gap(wider, taxonomy, lookup, today=case.today)
                shown = plan_pathway(wider, wgap, lookup, strategy, today=case.today)
                pv = v["preview"]
                lines[-1]["preview"] = {
                    "accepted": relaxed.model_dump(mode="json", exclude_defaults=True),
                    "plan": plan_record(shown, wgap),
                    "criteria": pv["criteria"],
                    "sign": all(pv["criteria"].values()),
                    "why": pv["why"],
                }
    out.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in lines), encoding="utf-8")
    print(f"{sum(x['sign'] for x in lines)} of {len(lines)} signable -> {out}")
    with_preview = sum(x["preview"]["sign"] if "preview" in x else x["sign"] for x in lines)
    if any("preview" in x for x in lines):
        print(f"{with_preview} of {len(lines)} signable when an empty plan is judged by its preview")


def plan_record(pw, gap) -> dict:
    """A plan as a judgement line records it."""
    return {
        "steps": [[s.id, s.title, s.start_week, s.end_week] for s in pw.steps],
        "hours": pw.totals.hours,
        "cost": pw.totals.cost,
        "weeks": pw.totals.weeks,
        "coverage": pw.coverage,
        "essential_coverage": round(essential_coverage(pw, gap), 3),
        "solver": pw.solver,
        "relaxations": [r.message for r in pw.relaxations],
        "notes": list(pw.notes),
    }


if __name__ == "__main__":
    main()
