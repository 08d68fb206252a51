"""Where the essential skills of the plan-review cases go: untaught, tagged only below the evidence threshold,
excluded by the learner's limits, or teachable under them (then covered, or left out and why).

Separates what the planner controls (teachable skills it leaves out) from what it does not (skills the
catalogue does not teach, or teaches only with weak inferred evidence, or only in courses the limits
exclude). Also counts the essential skills that would become teachable if inferred tags of confidence >= 0.6
(the tagging threshold) counted instead of >= MIN_SKILL_CONFIDENCE: the cost of the evidence rule.

Run: .venv/bin/python evals/plans/coverage_breakdown.py [--catalogue bundled|bundled+real] [--split tune]
"""

from __future__ import annotations

import argparse
from collections import Counter

from pathfinder.cli.plans_eval import CASES_FILE, CATALOGUES, load_cases, plan_catalogue
from pathfinder.domain import MIN_SKILL_CONFIDENCE
from pathfinder.planner import CatalogueLookup, plan_pathway
from pathfinder.planner.gaps import Eligibility, analyse_gap
from pathfinder.settings import Settings
from pathfinder.skills.files import load_taxonomy

TAGGING_THRESHOLD = 0.6  # what the skill tagger keeps (docs/PLANNER.md)


def _reason_kind(reason: str) -> str:
    r = reason.lower()
    for key, kind in (
        ("taught only through", "only through a stack that does not fit"),
        ("needs ", "its teachers' prerequisites are unavailable"),
        ("cannot take", "its allowed teachers are left out (level, load, held skills)"),
        ("budget and time together", "budget and time together"),
        ("over budget, and", "budget and time"),
        ("over budget", "budget"),
        ("does not fit", "time"),
        ("left out to keep", "strategy"),
    ):
        if key in r:
            return kind
    return "other: " + reason[:60]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--catalogue", choices=CATALOGUES, default="bundled")
    ap.add_argument("--split", choices=("tune", "frozen", "all"), default="tune")
    args = ap.parse_args()
    settings = Settings()
    lookup = CatalogueLookup(plan_catalogue(settings, args.catalogue))
    taxonomy = load_taxonomy(settings)
    tags: dict[str, float] = {}  # skill URI -> the best evidence any entry gives (1.0 stated)
    weak: dict[str, list] = {}  # skill URI -> entries inferring it at TAGGING_THRESHOLD..MIN_SKILL_CONFIDENCE
    for c in lookup.by_id.values():
        for s in c.skills:
            tags[s.uri] = max(tags.get(s.uri, 0.0), 1.0 if not s.inferred else s.confidence)
            if s.inferred and TAGGING_THRESHOLD <= s.confidence < MIN_SKILL_CONFIDENCE:
                weak.setdefault(s.uri, []).append(c)
    total = Counter()
    left_out = Counter()
    for case in load_cases(CASES_FILE):
        if args.split != "all" and case.split != args.split:
            continue
        gap = analyse_gap(case.profile, taxonomy, lookup, today=case.today)
        pw = plan_pathway(case.profile, gap, lookup, "balanced", today=case.today)
        why = {u.uri: u.reason for u in pw.uncovered}
        allowed = Eligibility(case.profile, case.today)
        for g in gap.essential:
            if not g.taught_by and any(allowed.check(c) is None for c in weak.get(g.uri, ())):
                total["no allowed teacher, but one tagged at 0.6-0.75 is allowed"] += 1
            total["essential"] += 1
            best = tags.get(g.uri, 0.0)
            if best == 0.0:
                total["untaught (no entry tags it)"] += 1
            elif best < MIN_SKILL_CONFIDENCE:
                total["tagged only below the evidence threshold"] += 1
                if best >= TAGGING_THRESHOLD:
                    total["… of which >= 0.6 (would count at the tagging threshold)"] += 1
            elif not g.taught_by:
                total["taught, but only by entries the limits exclude"] += 1
            else:
                total["teachable under the limits"] += 1
                if g.uri in why:
                    total["… left out by the plan"] += 1
                    left_out[_reason_kind(why[g.uri])] += 1
                else:
                    total["… covered by the plan"] += 1
    n = total["essential"]
    print(f"{args.catalogue}, {args.split}: {n} essential gap skills over the cases")
    for k, v in total.items():
        print(f"  {k:58s} {v:5d}  {v / n:6.1%}")
    print("  teachable but left out, by the plan's reason:")
    for k, v in left_out.most_common():
        print(f"    {k:56s} {v:5d}")


if __name__ == "__main__":
    main()
