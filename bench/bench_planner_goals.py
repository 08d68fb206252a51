"""Planning CPU time per goal on the scaled catalogue (`bench_planner.py`'s instances), slowest first.

Run: .venv/bin/python bench/bench_planner_goals.py [--size 10000] [--n 2] [--goals LABEL ...]
Each bundled occupation is a goal with the bench's learner (8 hours a week, 52 weeks, EUR 1,500, English);
after one warm-up plan per goal, each goal is planned `--n` times (`plan_pathway`, relaxations on) and the
least CPU time is kept: on a shared machine the minimum is the figure the neighbours disturb least. Compare
two commits by running this with `PYTHONPATH` set to each one's `src` in turn (alternately: the load drifts).
The bench's p95 over 108 plans is its 6th slowest, so the goals at the top of this list set it.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from pathfinder.runtime import limit_native_threads  # noqa: E402

NATIVE_THREADS_LIMITED = limit_native_threads()  # one BLAS thread, as in the app (before numpy loads)

from bench_planner import scale_catalogue  # noqa: E402

from pathfinder.catalogue import load_catalogue  # noqa: E402
from pathfinder.domain import Constraints, Goal, LearnerProfile  # noqa: E402
from pathfinder.planner import CatalogueLookup, plan_pathway  # noqa: E402
from pathfinder.planner.gaps import analyse_gap  # noqa: E402
from pathfinder.settings import Settings  # noqa: E402
from pathfinder.skills.files import load_taxonomy  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--size", type=int, default=10_000)
    ap.add_argument("--n", type=int, default=2, help="plans per goal after the warm-up (the least is kept)")
    ap.add_argument("--goals", nargs="*", default=None, help="only goals whose label contains one of these")
    args = ap.parse_args()
    settings = Settings(_env_file=None)
    taxonomy = load_taxonomy(settings)
    base = load_catalogue([settings.corpus_dir / "catalogue"]).credentials
    lookup = CatalogueLookup(scale_catalogue(base, args.size))
    today = date(2026, 1, 5)
    occupations = sorted(taxonomy.occupations.values(), key=lambda o: o.uri)
    if args.goals:
        occupations = [o for o in occupations if any(g in o.label for g in args.goals)]
    work = []
    for occ in occupations:
        profile = LearnerProfile(
            id="bench",
            goal=Goal(occupation_uri=occ.uri),
            constraints=Constraints(hours_per_week=8, weeks=52, budget=1500, languages=("en",)),
        )
        work.append((occ.label, profile, analyse_gap(profile, taxonomy, lookup, today=today)))
    for _, profile, gap in work:  # warm-up: the lookup's memos, as in a running app
        plan_pathway(profile, gap, lookup, today=today)
    rows: list[tuple[float, str]] = []
    for label, profile, gap in work:
        best = float("inf")
        for _ in range(args.n):
            c0 = time.process_time()
            plan_pathway(profile, gap, lookup, today=today)
            best = min(best, time.process_time() - c0)
        rows.append((best, label))
    print(
        f"catalogue {len(lookup)} entries; {len(work)} goals, least CPU of {args.n}; load average "
        f"{' '.join(f'{x:.1f}' for x in os.getloadavg())}; one BLAS thread: {NATIVE_THREADS_LIMITED}"
    )
    for best, label in sorted(rows, reverse=True):
        print(f"{best * 1000:7.0f} ms  {label}")
    print(f"all {sum(b for b, _ in rows) * 1000:.0f} ms")


if __name__ == "__main__":
    main()
