"""Paired A/B of the first stage's dominance rule (`planner/dominance.py`, session 24): the bench's 36 goals,
each planned with `selection.DOMINANCE` off and on one after the other (the order alternating by goal), so a
shared machine's load drifts over both alike. CPU ms per plan (p50 / p95 / max / sum), the HiGHS time of first
and second stages and the rule's own time, and whether every plan is byte-identical.

Run: .venv/bin/python bench/ab_dominance.py [--size 10000] [--shared]
Default: each plan on a new warmed lookup (as `bench_planner.py --fresh`); `--shared`: one warmed lookup per
setting, the goals in the bench's order (as `bench_planner.py --repeats 1`; at 100k the warm-ups take ~40 s).
"""

from __future__ import annotations

import argparse
import gc
import os
import time
from datetime import date

from pathfinder.runtime import limit_native_threads

limit_native_threads()

from bench_planner import scale_catalogue  # noqa: E402

from pathfinder.catalogue import load_catalogue  # noqa: E402
from pathfinder.domain import Constraints, Goal, LearnerProfile  # noqa: E402
from pathfinder.planner import CatalogueLookup, dominance, highs_start, plan_pathway, selection  # noqa: E402
from pathfinder.planner.gaps import analyse_gap  # noqa: E402
from pathfinder.settings import Settings  # noqa: E402
from pathfinder.skills.files import load_taxonomy  # noqa: E402

SPENT = {"first stages": 0.0, "second stages": 0.0, "dominance": 0.0}


def _timed_highs():
    solve = highs_start._solve

    def spy(c, a, rl, ru, lo, up, integrality, start, limit, gap):
        t = time.process_time()
        try:
            return solve(c, a, rl, ru, lo, up, integrality, start, limit, gap)
        finally:
            SPENT["first stages" if start is not None else "second stages"] += time.process_time() - t

    highs_start._solve = spy
    rule = dominance.first_stage_dominated

    def spy_rule(*args):
        t = time.process_time()
        try:
            return rule(*args)
        finally:
            SPENT["dominance"] += time.process_time() - t

    selection.first_stage_dominated = spy_rule  # type: ignore[assignment]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--size", type=int, default=10_000)
    ap.add_argument("--shared", action="store_true", help="one warmed lookup per setting")
    args = ap.parse_args()
    _timed_highs()
    settings = Settings(_env_file=None)
    taxonomy = load_taxonomy(settings)
    catalogue = scale_catalogue(load_catalogue([settings.corpus_dir / "catalogue"]).credentials, args.size)
    today = date(2026, 1, 5)
    shared = {on: CatalogueLookup(catalogue).warm() for on in (False, True)} if args.shared else {}
    cpu: dict[bool, list[float]] = {False: [], True: []}
    spent = {on: dict.fromkeys(SPENT, 0.0) for on in (False, True)}
    same = 0
    print(f"load average {' '.join(f'{x:.1f}' for x in os.getloadavg())}; {args.size} entries")
    for k, occ in enumerate(sorted(taxonomy.occupations.values(), key=lambda o: o.uri)):
        profile = LearnerProfile(
            id="bench",
            goal=Goal(occupation_uri=occ.uri),
            constraints=Constraints(hours_per_week=8, weeks=52, budget=1500, languages=("en",)),
        )
        gap = analyse_gap(profile, taxonomy, catalogue, today=today)
        plans = {}
        for on in (False, True) if k % 2 == 0 else (True, False):
            selection.DOMINANCE = on
            lookup = shared[on] if args.shared else CatalogueLookup(catalogue).warm()
            gc.collect()
            SPENT.update(dict.fromkeys(SPENT, 0.0))
            c0 = time.process_time()
            plans[on] = plan_pathway(profile, gap, lookup, today=today).model_dump_json()
            cpu[on].append((time.process_time() - c0) * 1000)
            for key, value in SPENT.items():
                spent[on][key] += value
        same += plans[False] == plans[True]
    selection.DOMINANCE = True

    def pct(xs: list[float], q: float) -> float:
        return sorted(xs)[min(len(xs) - 1, int(round(q * (len(xs) - 1))))]

    for on in (False, True):
        xs = cpu[on]
        print(
            f"rule {'on ' if on else 'off'}: CPU p50 {pct(xs, 0.5):.0f}, p95 {pct(xs, 0.95):.0f}, "
            f"max {max(xs):.0f}, sum {sum(xs):.0f} ms; "
            + ", ".join(f"{key} {value * 1000:.0f} ms" for key, value in spent[on].items())
        )
    load = " ".join(f"{x:.1f}" for x in os.getloadavg())
    print(f"identical plans: {same} of {len(cpu[True])}; load average {load}")


if __name__ == "__main__":
    main()
