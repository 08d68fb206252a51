"""Where the slowest cold first plans spend their time: the bench's goals, each planned once on a new warmed
lookup (as `bench_planner.py --fresh`), CPU time per goal, then the `--top` slowest planned again under
cProfile (CPU time) with each phase's share of their profiled time (phases overlap: a re-plan holds
builds and solves).

Run: .venv/bin/python bench/profile_tail.py [--size 10000] [--top 20] [--out FILE.prof]
Session 23 (issue 14): the table in docs/BENCHMARKS.md "session 23" came from this script.
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import os
import pstats
import time
from datetime import date

from pathfinder.runtime import limit_native_threads

limit_native_threads()

from bench_planner import scale_catalogue  # noqa: E402

from pathfinder.catalogue import load_catalogue  # noqa: E402
from pathfinder.domain import Constraints, Goal, LearnerProfile  # noqa: E402
from pathfinder.planner import CatalogueLookup, plan_pathway  # noqa: E402
from pathfinder.planner.gaps import analyse_gap  # noqa: E402
from pathfinder.settings import Settings  # noqa: E402
from pathfinder.skills.files import load_taxonomy  # noqa: E402

# (label, function names summed by cumulative time); a function counted once per phase
PHASES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("relaxation search (`find_relaxations`)", ("find_relaxations",)),
    ("core repair and plan solves (`_solve_core`)", ("_solve_core",)),
    ("candidate builds (`build_candidates`)", ("build_candidates",)),
    ("  of which pools (`_pool`: providers, bridges)", ("_pool",)),
    ("HiGHS (`highspy run`)", ("<built-in method scipy.optimize._highspy._core.run>",)),
    ("  of which first stages (`_first_stage`)", ("_first_stage",)),
    ("  of which second stages (`_second_stage`)", ("_second_stage",)),
    ("the heuristic (`solve_greedy`)", ("solve_greedy",)),
    ("explaining (`assemble`)", ("assemble",)),
    ("why uncovered skills' teachers are out (`blocked`)", ("blocked",)),
    ("the foundation rule's re-plan (`_foundation_first`)", ("_foundation_first",)),
    ("the entry-language note's re-plan (`_entry_note`)", ("_entry_note",)),
    ("the gap's teachers (`gap_teachers`)", ("gap_teachers",)),
)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--size", type=int, default=10_000)
    ap.add_argument("--top", type=int, default=20)
    ap.add_argument("--out", default="", help="write the slowest plans' merged profile here")
    args = ap.parse_args()
    settings = Settings(_env_file=None)
    taxonomy = load_taxonomy(settings)
    catalogue = scale_catalogue(load_catalogue([settings.corpus_dir / "catalogue"]).credentials, args.size)
    today = date(2026, 1, 5)
    cases = []
    for occ in sorted(taxonomy.occupations.values(), key=lambda o: o.uri):
        profile = LearnerProfile(
            id="bench",
            goal=Goal(occupation_uri=occ.uri),
            constraints=Constraints(hours_per_week=8, weeks=52, budget=1500, languages=("en",)),
        )
        cases.append((occ.label, profile, analyse_gap(profile, taxonomy, catalogue, today=today)))

    def plan(case, profiler: cProfile.Profile | None = None) -> tuple[float, str]:
        _, profile, gap = case
        lookup = CatalogueLookup(catalogue).warm()
        gc.collect()
        c0 = time.process_time()
        if profiler is not None:
            profiler.enable()
        pathway = plan_pathway(profile, gap, lookup, today=today)
        if profiler is not None:
            profiler.disable()
        return (time.process_time() - c0) * 1000, pathway.solver

    timed = sorted(((*plan(case), case) for case in cases), key=lambda t: -t[0])
    load = " ".join(f"{x:.1f}" for x in os.getloadavg())
    print(f"load average {load}; {len(cases)} goals, {args.size} entries")
    for ms, solver, case in timed:
        print(f"{ms:7.1f} ms CPU  {solver:9s} {case[0]}")
    profiler = cProfile.Profile(time.process_time)  # CPU time: the machine is shared
    for _, _, case in timed[: args.top]:
        plan(case, profiler)
    stats = pstats.Stats(profiler)
    total = max(ct for (_, _, name), (_, _, _, ct, _) in stats.stats.items() if name == "plan_pathway")  # type: ignore[attr-defined]
    print(f"\nthe {args.top} slowest, profiled: {total * 1000:.0f} ms")
    for label, names in PHASES:
        cum = sum(
            ct
            for (_, _, name), (_, _, _, ct, _) in stats.stats.items()  # type: ignore[attr-defined]
            if name in names
        )
        print(f"  {label:55s} {cum * 1000:7.0f} ms {100 * cum / total:5.1f}%")
    if args.out:
        stats.dump_stats(args.out)


if __name__ == "__main__":
    main()
