"""Session 29 (issue 14, branch speed29): a pinned re-plan's first stage bounded by the plan's, and one
reading of each gap-teacher rule in both paths.

- `first_bound.bound_from`: an upper bound on a first stage's optimum from an earlier instance's, when every
  selection of the new instance without its new candidates is one of the earlier; `selection._first_stage`
  then needs no solver when a start (the plan's selection with the pin) reaches it. On random small
  instances the bound is never below the optimum (brute force), and on the 10k bench the instructional
  designer's jump-start plan calls HiGHS for no pinned first stage (one on 60af69b6), its plan unchanged.
- `lookup.gap_teachers_by_id` reads the rules about teachers (audience, a neighbour's track, another field)
  on the courses the focus share keeps, and a weak course teaches nothing, as `gap_teachers`: the two agree
  on every bundled goal (22 of 36 differed on 60af69b6); `focus_share` is the one reading of the share.
"""

from __future__ import annotations

import itertools
import sys
from datetime import date
from pathlib import Path
from types import SimpleNamespace

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pathfinder.catalogue import load_catalogue
from pathfinder.domain import Constraints, Goal, LearnerProfile
from pathfinder.planner import CatalogueLookup, highs_start, plan_pathway, selection
from pathfinder.planner.first_bound import bound_from
from pathfinder.planner.gaps import analyse_gap
from pathfinder.planner.instance import Instance, objective
from pathfinder.planner.lookup import focus_share, gap_teachers, gap_teachers_by_id
from pathfinder.settings import Settings
from pathfinder.skills.files import load_taxonomy

ROOT = Path(__file__).resolve().parents[1]
TODAY = date(2026, 1, 5)
BENCH = Constraints(hours_per_week=8, weeks=52, budget=1500, languages=("en",))


def _instance(cands, covers, cost, budget, forced=(), prereqs=None) -> Instance:
    n = len(cands)
    return Instance(
        cands=[SimpleNamespace(id=c) for c in cands],  # type: ignore[misc]  # the solvers read ids only
        skills=["s0", "s1", "s2", "s3"],
        weights=[1.0] * 4,
        essential=[True] * 4,
        covers=[frozenset(c) for c in covers],
        prereqs=prereqs or [()] * n,
        hours=[10.0] * n,
        cost_eur=list(cost),
        targets=[],
        forced=set(forced),
        max_hours=None,
        max_cost_eur=budget,
        stage1=[1.25, 1.0, 1.0, 0.75],
        bonus=[0.0] * 4,
        effort=[1.0] * n,
        stack_bonus=0.0,
        excluded={},
    )


def _best(inst: Instance) -> float:
    """The first stage's optimum by brute force (every prerequisite-closed selection with the pins)."""
    best = 0.0
    for k in range(inst.n + 1):
        for chosen in map(set, itertools.combinations(range(inst.n), k)):
            if not inst.forced <= chosen or any(p not in chosen for i in chosen for p in inst.prereqs[i]):
                continue
            if inst.max_cost_eur is not None and sum(inst.cost_eur[i] for i in chosen) > inst.max_cost_eur:
                continue
            best = max(best, objective(inst, chosen)[0])
    return best


def test_a_new_candidate_covering_nothing_leaves_the_earlier_optimum_as_the_bound():
    earlier = _instance(["a", "b", "c"], [{0, 1}, {0}, {2}], [60, 50, 200], 270)
    pinned = _instance(["a", "b", "c", "p"], [{0, 1}, {0}, {2}, set()], [60, 50, 200, 10], 270, forced={3})
    assert bound_from(pinned, earlier, 3.25) == pytest.approx(3.25)
    # a new candidate covering a skill adds that skill's stage-1 weight
    covering = _instance(["a", "b", "c", "p"], [{0, 1}, {0}, {2}, {3}], [60, 50, 200, 10], 270, forced={3})
    assert bound_from(covering, earlier, 3.25) == pytest.approx(4.0)


def test_no_bound_from_an_instance_with_tighter_limits_other_covers_or_other_pins():
    earlier = _instance(["a", "b", "c"], [{0, 1}, {0}, {2}], [60, 50, 200], 200)
    looser = _instance(["a", "b", "c"], [{0, 1}, {0}, {2}], [60, 50, 200], 270)
    assert bound_from(looser, earlier, 2.25) is None  # a relaxation may cover more
    other = _instance(["a", "b", "c"], [{0}, {0}, {2}], [60, 50, 200], 200)
    assert bound_from(other, earlier, 2.25) is None
    pinned_before = _instance(["a", "b", "c"], [{0, 1}, {0}, {2}], [60, 50, 200], 200, forced={2})
    assert bound_from(earlier, pinned_before, 1.75) is None
    # a common course needing first a course it does not need in the earlier instance: not comparable
    needs = _instance(["a", "b", "c"], [{0, 1}, {0}, {2}], [60, 50, 200], 200, prereqs=[(), (0,), ()])
    assert bound_from(earlier, needs, 2.25) is None


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    covers=st.lists(st.sets(st.integers(0, 3), max_size=2), min_size=4, max_size=6),
    cost=st.lists(st.integers(5, 120), min_size=6, max_size=6),
    budget=st.integers(40, 260),
    new=st.integers(1, 2),
    pin=st.booleans(),
)
def test_the_bound_is_never_below_the_optimum(covers, cost, budget, new, pin):
    """Brute force over random instances: an instance with `new` candidates more (the last pinned when
    `pin`) never covers more stage-1 weight than `bound_from` allows from the earlier one's optimum."""
    n = len(covers)
    ids = [f"c{i}" for i in range(n)]
    earlier = _instance(ids[: n - new], covers[: n - new], cost[: n - new], budget)
    later = _instance(ids, covers, cost[:n], budget, forced={n - 1} if pin else ())
    bound = bound_from(later, earlier, _best(earlier))
    assert bound is not None
    assert _best(later) <= bound + 1e-9


@pytest.fixture(scope="module")
def bench_10k():
    sys.path.insert(0, str(ROOT / "bench"))
    from bench_planner import scale_catalogue

    settings_ = Settings(_env_file=None)
    taxonomy = load_taxonomy(settings_)
    base = load_catalogue([settings_.corpus_dir / "catalogue"]).credentials
    return taxonomy, scale_catalogue(base, 10_000)


def _plan(taxonomy, catalogue, label: str):
    occ = next(o for o in taxonomy.occupations.values() if o.label == label)
    profile = LearnerProfile(id="bench", goal=Goal(occupation_uri=occ.uri), constraints=BENCH)
    gap = analyse_gap(profile, taxonomy, catalogue, today=TODAY)
    return plan_pathway(profile, gap, CatalogueLookup(catalogue).warm(), today=TODAY)


@pytest.mark.skipif(not highs_start.available(), reason="scipy without HiGHS's bindings")
def test_the_jump_start_plan_calls_no_solver_for_its_pinned_first_stage(bench_10k, monkeypatch):
    """The instructional designer's plan with Solving Everyday Tech Problems pinned (10k bench): the plan's
    selection with the pin reaches the plan's optimum, which bounds the pinned one, so HiGHS proves nothing
    (60af69b6: one HiGHS first stage with a pin)."""
    taxonomy, catalogue = bench_10k
    pinned_solves: list[int] = []
    first_stage, solve_from = selection._first_stage, highs_start.solve_from
    current: list[Instance] = []

    def spy(inst, *args):
        current.append(inst)
        try:
            return first_stage(inst, *args)
        finally:
            current.pop()

    def counted(*args):
        if current and current[-1].forced:
            pinned_solves.append(len(current[-1].forced))
        return solve_from(*args)

    monkeypatch.setattr(selection, "_first_stage", spy)
    monkeypatch.setattr(highs_start, "solve_from", counted)
    pathway = _plan(taxonomy, catalogue, "instructional designer")
    assert any(s.id.startswith("glcc-solve-105") for s in pathway.steps)  # the jump start is kept
    assert pinned_solves == []


def test_guard_the_plan_is_the_same_without_the_bound(bench_10k, monkeypatch):
    """Guard: the bound changes how a first stage's optimum is found, never the plan (the instructional
    designer and the database administrator, whose pinned tries it answers, on the 10k bench)."""
    taxonomy, catalogue = bench_10k
    for label in ("instructional designer", "database administrator"):
        with_bound = _plan(taxonomy, catalogue, label).model_dump_json()
        with monkeypatch.context() as m:
            m.setattr(selection, "bound_from", lambda *a: None, raising=False)
            without = _plan(taxonomy, catalogue, label).model_dump_json()
        assert with_bound == without


@pytest.fixture(scope="module")
def bundled():
    settings_ = Settings(_env_file=None)
    taxonomy = load_taxonomy(settings_)
    return taxonomy, CatalogueLookup(load_catalogue([settings_.corpus_dir / "catalogue"]).credentials)


def test_the_two_gap_teacher_paths_agree_on_every_bundled_goal(bundled):
    """The arrays and the one-at-a-time path: the same teachers in the same order, ranked alike, the same
    weak courses, for each of the 36 goals of the bench's learner (60af69b6: 22 differ)."""
    taxonomy, lk = bundled
    differ = []
    for occ in sorted(taxonomy.occupations.values(), key=lambda o: o.uri):
        profile = LearnerProfile(id="x", goal=Goal(occupation_uri=occ.uri), constraints=BENCH)
        gap = analyse_gap(profile, taxonomy, lk, today=TODAY)
        arrays, by_id = gap_teachers(gap, lk), gap_teachers_by_id(gap, lk)
        if (
            list(arrays.teaching) != list(by_id.teaching)
            or [c.id for c in arrays.ranked] != [c.id for c in by_id.ranked]
            or arrays.weak != by_id.weak
        ):
            differ.append(occ.label)
    assert differ == []


def test_a_weak_course_teaches_nothing_in_the_one_at_a_time_path(bundled):
    """A course the audience or neighbour-track rule makes weak is no teacher there either (60af69b6: the
    digital forensics expert's incident-response and penetration-testing courses were both)."""
    taxonomy, lk = bundled
    occ = next(o for o in taxonomy.occupations.values() if o.label == "digital forensics expert")
    profile = LearnerProfile(id="x", goal=Goal(occupation_uri=occ.uri), constraints=BENCH)
    by_id = gap_teachers_by_id(analyse_gap(profile, taxonomy, lk, today=TODAY), lk)
    assert not {c.id for c in by_id.plain} & by_id.weak


def test_focus_share_weighs_optional_gap_skills_half_on_both_sides():
    essential = SimpleNamespace(essential=True)
    optional = SimpleNamespace(essential=False)
    gap_skills = {"e": essential, "o": optional}
    assert focus_share(["e", "o", "x", "x"], gap_skills) == (1.5, 2.5)  # type: ignore[arg-type]
