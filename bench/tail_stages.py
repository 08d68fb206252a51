"""Where the slowest first plans spend their CPU, stage by stage, without cProfile's distortion, and which
relaxation re-plans pay (session 25, issue 14).

The bench's goals (`bench_planner.py`'s learner), each planned once on a new warmed lookup (as
`bench_planner.py --fresh`) to find the `--top` slowest (or the `--goals` named), then each of those planned
again on a new lookup with light timers (CPU) around the stages: candidate builds (with the forbidden ids
and whether a built set's verdicts were reused), the MILP's first and second stages and HiGHS inside them,
the start's construction, the heuristic, explaining, the relaxation search's bounds (`may_cover_more`) and
re-plans (`outcome`). Stages nest (a re-plan holds builds and solves), so they do not sum to the plan. Each
re-plan is listed with its constraints and how many essential skills it covers against the plan's: a
re-plan covering no more is work the search threw away.

Run: .venv/bin/python bench/tail_stages.py [--size 10000] [--top 4] [--goals "data analyst,web developer"]
"""

from __future__ import annotations

import argparse
import gc
import os
import time
from collections import Counter, defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date

from pathfinder.runtime import limit_native_threads

limit_native_threads()

from bench_planner import scale_catalogue  # noqa: E402

from pathfinder.catalogue import load_catalogue  # noqa: E402
from pathfinder.domain import Constraints, Goal, LearnerProfile  # noqa: E402
from pathfinder.planner import CatalogueLookup, highs_start, plan_pathway, selection, session  # noqa: E402
from pathfinder.planner.gaps import analyse_gap  # noqa: E402
from pathfinder.planner.relaxation import covered_count  # noqa: E402
from pathfinder.settings import Settings  # noqa: E402
from pathfinder.skills.files import load_taxonomy  # noqa: E402

SPENT: defaultdict[str, float] = defaultdict(float)  # stage -> CPU ms
CALLS: Counter[str] = Counter()
EVENTS: list[str] = []  # builds and re-plans, in order


def _timer(owner, name: str, stage: str, describe=None) -> tuple[object, str, object]:
    """Wrap `owner.name` to add its CPU time to `stage` (and a line to EVENTS when `describe` is given);
    returns what puts it back."""
    real = getattr(owner, name)

    def timed(*args, **kwargs):
        t = time.process_time()
        result = real(*args, **kwargs)
        ms = (time.process_time() - t) * 1000
        SPENT[stage] += ms
        CALLS[stage] += 1
        if describe is not None:
            EVENTS.append(f"{ms:6.1f} ms  {describe(result, *args, **kwargs)}")
        return result

    setattr(owner, name, timed)
    return owner, name, real


def _limits(profile: LearnerProfile) -> str:
    c = profile.constraints
    pins = f", pins {list(profile.preferences.pinned)}" if profile.preferences.pinned else ""
    return f"budget {c.budget:g}, weeks {c.weeks}, languages {list(c.languages)}{pins}"


def _build(result, profile, gap, lookup, **kw) -> str:
    reused = "verdicts reused" if kw.get("reuse") is not None else "judged afresh"
    forbidden = len(kw.get("forbidden", ()))
    return f"build ({len(result.cands)} candidates, {forbidden} forbidden, {reused}): {_limits(profile)}"


PLAN: dict[str, int] = {}  # the plan's essential skills covered (the first plan the session solves)


def _replan(result, sess, profile, strategy="balanced") -> str:
    covered = covered_count(result, sess.gap)
    gain = "covers MORE" if covered > PLAN.get("covered", covered) else "covers no more"
    return f"re-plan {strategy} ({covered} essential covered, {gain}): {_limits(profile)}"


def _plan_first(result, sess, profile, strategy="balanced") -> str:
    PLAN.setdefault("covered", covered_count(result, sess.gap))
    return f"plan {strategy} ({PLAN['covered']} essential covered): {_limits(profile)}"


def reset() -> None:
    SPENT.clear()
    CALLS.clear()
    EVENTS.clear()
    PLAN.clear()


@contextmanager
def instrumented() -> Iterator[None]:
    """The stages timed (SPENT, CALLS, EVENTS) while inside; the planner's own functions put back after."""
    undo = [
        _timer(session, "build_candidates", "candidate builds", _build),
        _timer(selection, "_first_stage", "first stages (construction, rule, HiGHS)"),
        _timer(selection, "_second_stage", "second stages (HiGHS)"),
        _timer(selection, "_construct", "the greedy construction (starts, heuristic)"),
        _timer(session, "solve_greedy", "the heuristic (`solve_greedy`)"),
        _timer(session, "assemble", "assembling plans (`assemble`)"),
        _timer(session, "find_relaxations", "the relaxation search"),
        _timer(session.PlanningSession, "may_cover_more", "  its bounds (`may_cover_more`)"),
        _timer(session.PlanningSession, "outcome", "  its re-plans (`outcome`)", _replan),
        _timer(session.PlanningSession, "plan", "plans (`plan`, nested)", _plan_first),
        (highs_start, "_solve", highs_start._solve),
    ]
    real = highs_start._solve

    def highs(c, a, rl, ru, lo, up, integrality, start, limit, gap):
        t = time.process_time()
        try:
            return real(c, a, rl, ru, lo, up, integrality, start, limit, gap)
        finally:
            SPENT["HiGHS, first stages" if start is not None else "HiGHS, second stages"] += (
                time.process_time() - t
            ) * 1000

    highs_start._solve = highs
    try:
        yield
    finally:
        for owner, name, original in reversed(undo):
            setattr(owner, name, original)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--size", type=int, default=10_000)
    ap.add_argument("--top", type=int, default=4)
    ap.add_argument("--goals", default="", help="comma-separated goal labels instead of the slowest")
    args = ap.parse_args()
    settings = Settings(_env_file=None)
    taxonomy = load_taxonomy(settings)
    catalogue = scale_catalogue(load_catalogue([settings.corpus_dir / "catalogue"]).credentials, args.size)
    today = date(2026, 1, 5)
    cases = {}
    for occ in sorted(taxonomy.occupations.values(), key=lambda o: o.uri):
        profile = LearnerProfile(
            id="bench",
            goal=Goal(occupation_uri=occ.uri),
            constraints=Constraints(hours_per_week=8, weeks=52, budget=1500, languages=("en",)),
        )
        cases[occ.label] = (profile, analyse_gap(profile, taxonomy, catalogue, today=today))

    def plan(label: str) -> float:
        profile, gap = cases[label]
        lookup = CatalogueLookup(catalogue).warm()
        gc.collect()
        t = time.process_time()
        plan_pathway(profile, gap, lookup, today=today)
        return (time.process_time() - t) * 1000

    if args.goals:
        chosen = [g.strip() for g in args.goals.split(",")]
    else:
        timed = sorted(((plan(label), label) for label in cases), reverse=True)
        chosen = [label for _, label in timed[: args.top]]
        print("slowest first plans (CPU ms): " + ", ".join(f"{label} {ms:.0f}" for ms, label in timed[:8]))
    print(f"load average {' '.join(f'{x:.1f}' for x in os.getloadavg())}; {args.size} entries")
    for label in chosen:
        reset()
        with instrumented():
            total = plan(label)
        print(f"\n{label}: {total:.0f} ms CPU (timers on)")
        for stage, ms in SPENT.items():
            calls = f" ({CALLS[stage]} calls)" if CALLS[stage] else ""
            print(f"  {stage:50s} {ms:7.1f} ms {100 * ms / total:5.1f}%{calls}")
        for line in EVENTS:
            print(f"    {line}")


if __name__ == "__main__":
    main()
