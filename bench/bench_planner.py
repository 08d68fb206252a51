"""Planning speed on a 10k-entry catalogue synthesised by scaling the bundled corpus (p50/p95 per goal).

Run: .venv/bin/python bench/bench_planner.py [--size 10000] [--repeats 3] [--no-relax] [--freeze-gc]
[--no-plain]
Each bundled occupation is a goal; one learner profile with common constraints; plan_pathway (balanced,
relaxations included unless --no-relax) is timed after analyse_gap, over a prebuilt `CatalogueLookup` (how a
long-running app holds the catalogue) and from a plain list; CPU time per plan is shown next to wall time
because the machine is shared. `--freeze-gc` calls `gc.freeze()` once the catalogue and lookup are built, as
the app does after its warm-up: full collections then skip the catalogue's objects. Copies of the corpus get
new ids (prerequisites and stack targets renamed inside the copy) and jittered hours and prices so they are
not exact duplicates. `--no-plain` leaves out the plans from the plain list: each builds a new lookup, whose
objects reach the collector's oldest generation and trigger full collections (~90 ms at 10k) inside the timed
plans; without them the timed plans see only their own garbage, as in the app, which keeps one lookup.
The lookup keeps the solver's answers (session 20), so a goal's later plans solve no model again: the first
plan of each goal is reported beside them (`--repeats 1` times first plans only). The lookup is warmed
(`CatalogueLookup.warm()`, untimed, reported with its build) as the app's warm-up does (session 21: before,
the bench's first timed plan paid the catalogue's teaching audiences, which the app reads before its first
user).
`--fresh` (session 21) also plans each goal once on a new, warmed lookup of the same catalogue (a collection
before each): a first plan that meets no other goal's memos, the coldest a running app sees.
"""

from __future__ import annotations

import argparse
import gc
import os
import random
import statistics
import time
from datetime import date

from pathfinder.runtime import limit_native_threads

# one BLAS thread, as app.py and the CLI run (set before numpy loads; session 9: without it this
# process's BLAS threads spin beside the neighbours and its CPU and wall times are not the app's)
NATIVE_THREADS_LIMITED = limit_native_threads()

from pathfinder.catalogue import load_catalogue  # noqa: E402
from pathfinder.domain import Constraints, Credential, Goal, LearnerProfile, StackTarget  # noqa: E402
from pathfinder.planner import CatalogueLookup, plan_pathway  # noqa: E402
from pathfinder.planner.gaps import analyse_gap  # noqa: E402
from pathfinder.settings import Settings  # noqa: E402
from pathfinder.skills.files import load_taxonomy  # noqa: E402


def scale_catalogue(base: list[Credential], size: int, seed: int = 7) -> list[Credential]:
    rng = random.Random(seed)
    out: list[Credential] = []
    copy = 0
    while len(out) < size:

        def rename(cid: str, k: int = copy) -> str:
            return cid if k == 0 else f"{cid}~{k}"

        for c in base:
            if len(out) >= size:
                break
            factor = 1.0 if copy == 0 else rng.uniform(0.6, 1.6)
            out.append(
                c.model_copy(
                    update={
                        "id": rename(c.id),
                        "hours": round((c.hours or 10) * factor, 1),
                        "ects": None if copy else c.ects,
                        "cost": None
                        if c.cost is None
                        else round(c.cost * rng.uniform(0.5, 1.5) if copy else c.cost, 0),
                        "prerequisites": tuple(rename(p) for p in c.prerequisites),
                        "stacks_into": tuple(
                            StackTarget(target=rename(s.target), ects=s.ects) for s in c.stacks_into
                        ),
                    }
                )
            )
        copy += 1
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--size", type=int, default=10_000)
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--no-relax", action="store_true", help="time plans without the relaxation search")
    ap.add_argument(
        "--freeze-gc", action="store_true", help="gc.freeze() after building the catalogue, as the app does"
    )
    ap.add_argument(
        "--no-plain", action="store_true", help="skip the plans from the plain list (a new lookup per call)"
    )
    ap.add_argument(
        "--fresh",
        action="store_true",
        help="also plan each goal once on a new warmed lookup (cold first plans)",
    )
    args = ap.parse_args()
    settings = Settings(_env_file=None)
    taxonomy = load_taxonomy(settings)
    base = load_catalogue([settings.corpus_dir / "catalogue"]).credentials
    catalogue = scale_catalogue(base, args.size)
    today = date(2026, 1, 5)
    t0 = time.perf_counter()
    lookup = CatalogueLookup(catalogue)
    lookup_ms = (time.perf_counter() - t0) * 1000
    t0 = time.perf_counter()
    lookup.warm()  # as the app's warm-up does (`PlanService.prepare`)
    warm_ms = (time.perf_counter() - t0) * 1000
    if args.freeze_gc:
        gc.freeze()
    times: list[float] = []
    cpu: list[float] = []
    cold: list[float] = []
    first: list[int] = []  # the positions of each goal's first plan in `times` and `cpu`
    gap_times: list[float] = []
    solvers: dict[str, int] = {}
    timing = [False]  # inside a timed plan
    full: list[int] = [0]  # full (oldest-generation) collections that started inside timed plans

    def count_full(phase: str, info: dict) -> None:
        if timing[0] and phase == "start" and info["generation"] == 2:
            full[0] += 1

    gc.callbacks.append(count_full)
    fresh: list[float] = []
    fresh_cpu: list[float] = []
    for occ in sorted(taxonomy.occupations.values(), key=lambda o: o.uri):
        profile = LearnerProfile(
            id="bench",
            goal=Goal(occupation_uri=occ.uri),
            constraints=Constraints(hours_per_week=8, weeks=52, budget=1500, languages=("en",)),
        )
        if args.fresh:  # a new warmed lookup: no memo of another goal's plans
            gap = analyse_gap(profile, taxonomy, catalogue, today=today)
            new = CatalogueLookup(catalogue).warm()
            gc.collect()
            t1, c1 = time.perf_counter(), time.process_time()
            plan_pathway(profile, gap, new, today=today, relax=not args.no_relax)
            fresh.append(time.perf_counter() - t1)
            fresh_cpu.append(time.process_time() - c1)
            del new
            gc.collect()
        first.append(len(times))
        for _ in range(args.repeats):
            t0 = time.perf_counter()
            gap = analyse_gap(profile, taxonomy, catalogue, today=today)
            t1, c1 = time.perf_counter(), time.process_time()
            timing[0] = True
            pw = plan_pathway(profile, gap, lookup, today=today, relax=not args.no_relax)
            timing[0] = False
            t2, c2 = time.perf_counter(), time.process_time()
            if not args.no_plain:
                plan_pathway(profile, gap, catalogue, today=today, relax=not args.no_relax)
            t3 = time.perf_counter()
            gap_times.append(t1 - t0)
            times.append(t2 - t1)
            cpu.append(c2 - c1)
            cold.append(t3 - t2)
            solvers[pw.solver] = solvers.get(pw.solver, 0) + 1

    def pct(xs: list[float], q: float) -> float:
        return sorted(xs)[min(len(xs) - 1, int(round(q * (len(xs) - 1))))] * 1000

    from bench_assistant import machine

    print(
        f"machine: {machine()}; load average {' '.join(f'{x:.1f}' for x in os.getloadavg())}; "
        f"{date.today()}; one BLAS thread as in the app: {NATIVE_THREADS_LIMITED}"
    )
    print(
        f"catalogue {len(catalogue)} entries, {len(taxonomy.occupations)} "
        f"goals x {args.repeats} runs; solvers {solvers}"
    )
    print(
        f"relaxations {'off' if args.no_relax else 'on'}; plans from the plain list: {not args.no_plain}; "
        f"gc.freeze() after the catalogue is built: {args.freeze_gc}"
    )
    print(
        f"plan_pathway: p50 {pct(times, 0.5):.0f} ms, p95 {pct(times, 0.95):.0f} ms, "
        f"max {max(times) * 1000:.0f} ms, mean {statistics.mean(times) * 1000:.0f} ms"
    )
    print(
        f"plan_pathway CPU time: p50 {pct(cpu, 0.5):.0f} ms, p95 "
        f"{pct(cpu, 0.95):.0f} ms, max {max(cpu) * 1000:.0f} ms; full collections inside timed plans: "
        f"{full[0]} of {len(cpu)} plans"
    )
    if args.fresh:
        print(
            f"first plan of each goal on a fresh warmed lookup ({len(fresh)}): p50 {pct(fresh, 0.5):.0f} ms, "
            f"p95 {pct(fresh, 0.95):.0f} ms, max {max(fresh) * 1000:.0f} ms; CPU p50 "
            f"{pct(fresh_cpu, 0.5):.0f} ms, p95 {pct(fresh_cpu, 0.95):.0f} ms, "
            f"max {max(fresh_cpu) * 1000:.0f} ms"
        )
    if args.repeats > 1:  # a goal's later plans meet the solver's answers kept in the lookup (session 20)
        once, once_cpu = [times[k] for k in first], [cpu[k] for k in first]
        print(
            f"first plan of each goal ({len(once)}): p50 {pct(once, 0.5):.0f} ms, "
            f"p95 {pct(once, 0.95):.0f} ms; CPU p50 {pct(once_cpu, 0.5):.0f} ms, "
            f"p95 {pct(once_cpu, 0.95):.0f} ms"
        )
    if not args.no_plain:
        print(
            f"plan_pathway from a plain list (lookup built per call): p50 {pct(cold, 0.5):.0f} ms, "
            f"p95 {pct(cold, 0.95):.0f} ms"
        )
    print(f"building the lookup: {lookup_ms:.0f} ms, warming it (untimed in the plans): {warm_ms:.0f} ms")
    print(f"analyse_gap:  p50 {pct(gap_times, 0.5):.0f} ms, p95 {pct(gap_times, 0.95):.0f} ms")


if __name__ == "__main__":
    main()
