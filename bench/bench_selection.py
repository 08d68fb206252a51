"""The selection heuristic alone on the instances a 10k-catalogue planning run solves: time per solve, and
quality against the exact MILP optimum (coverage first, then stage-2 effort at equal coverage).

Run: .venv/bin/python bench/bench_selection.py [--size 10000] [--exact]
The instances are those `plan_pathway` (balanced, relaxations on) hands the heuristic for each bundled
occupation with the constraints of bench_planner.py (8 h/week x 52 weeks, EUR 1,500, English): the plan itself
and the relaxations' re-solves. --exact also solves each with the MILP (20 s limit each; about a minute in
all).
"""

from __future__ import annotations

import argparse
import dataclasses
import gc
import os
import statistics
import time
from datetime import date

from bench_planner import scale_catalogue

import pathfinder.planner as planner
import pathfinder.planner.session as session
from pathfinder.catalogue import load_catalogue
from pathfinder.domain import Constraints, Goal, LearnerProfile
from pathfinder.planner.gaps import analyse_gap
from pathfinder.planner.instance import Instance, fits, objective
from pathfinder.planner.selection import solve_exact, solve_greedy
from pathfinder.settings import Settings
from pathfinder.skills.files import load_taxonomy


def heuristic_instances(size: int) -> list[Instance]:
    """Every instance the planner hands `solve_greedy` while planning each goal (with relaxations)."""
    settings = Settings(_env_file=None)
    taxonomy = load_taxonomy(settings)
    catalogue = scale_catalogue(load_catalogue([settings.corpus_dir / "catalogue"]).credentials, size)
    lookup = planner.CatalogueLookup(catalogue)
    today = date(2026, 1, 5)
    seen: list[Instance] = []
    solve = session.solve_greedy

    def record(inst: Instance) -> set[int]:
        seen.append(dataclasses.replace(inst))  # a fresh copy (without the index built while planning)
        return solve(inst)

    session.solve_greedy = record  # the planner looks the solver up in its namespace at call time
    try:
        for occ in sorted(taxonomy.occupations.values(), key=lambda o: o.uri):
            profile = LearnerProfile(
                id="bench",
                goal=Goal(occupation_uri=occ.uri),
                constraints=Constraints(hours_per_week=8, weeks=52, budget=1500, languages=("en",)),
            )
            gap = analyse_gap(profile, taxonomy, lookup, today=today)
            planner.plan_pathway(profile, gap, lookup, today=today)
    finally:
        session.solve_greedy = solve
    return seen


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--size", type=int, default=10_000)
    ap.add_argument("--exact", action="store_true", help="compare with the MILP optimum (slow)")
    args = ap.parse_args()
    instances = heuristic_instances(args.size)
    gc.collect()  # the capture's garbage is not the solver's: a full collection inside a solve would be timed
    wall: list[float] = []
    cpu: list[float] = []
    chosen: list[set[int]] = []
    for inst in instances:
        t, c = time.perf_counter(), time.process_time()
        chosen.append(solve_greedy(inst))
        wall.append(time.perf_counter() - t)
        cpu.append(time.process_time() - c)
        assert fits(inst, chosen[-1]) and all(p in chosen[-1] for i in chosen[-1] for p in inst.prereqs[i])

    def pct(xs: list[float], q: float) -> float:
        return sorted(xs)[min(len(xs) - 1, int(round(q * (len(xs) - 1))))] * 1000

    from bench_assistant import machine

    sizes = sorted(inst.n for inst in instances)
    print(
        f"machine: {machine()}; load average {' '.join(f'{x:.1f}' for x in os.getloadavg())}; {date.today()}"
    )
    print(
        f"{len(instances)} heuristic instances from a {args.size}-entry catalogue; candidates p50 "
        f"{sizes[len(sizes) // 2]}, max {sizes[-1]}"
    )
    print(
        f"solve_greedy wall: mean {statistics.mean(wall) * 1000:.1f} ms, p50 "
        f"{pct(wall, 0.5):.1f}, p95 {pct(wall, 0.95):.1f}, max {max(wall) * 1000:.1f} "
        f"ms; CPU mean {statistics.mean(cpu) * 1000:.1f}, p95 {pct(cpu, 0.95):.1f} ms"
    )
    if not args.exact:
        return
    equal = lower = optimal = 0
    shortfall: list[float] = []
    excess: list[float] = []
    for inst, sel in zip(instances, chosen):
        best = solve_exact(inst, time_limit_s=20)
        if best is None:
            continue
        (e1, e2), (g1, g2) = objective(inst, best), objective(inst, sel)
        shortfall.append((e1 - g1) / sum(inst.stage1) if sum(inst.stage1) else 0.0)
        if g1 < e1 - 1e-6:
            lower += 1
        else:
            equal += 1
            optimal += g2 <= e2 + 1e-6
            excess.append(g2 - e2)
    print(
        f"vs MILP ({len(shortfall)} solved): equal coverage {equal}, lower {lower}; coverage short by "
        f"{statistics.mean(shortfall):.1%} of the stage-1 total on average (max {max(shortfall):.1%}); "
        f"at equal coverage stage-2 optimal on {optimal}, mean excess "
        f"{statistics.mean(excess) if excess else 0:.2f} effort units (max {max(excess, default=0):.2f})"
    )


if __name__ == "__main__":
    main()
