"""Dominated candidates left out of the MILP's first stage (`planner/dominance.py`, session 24, issue 14:
speed only). A candidate that is no reachable candidate's prerequisite, counts towards no stack whose
earning covers a class of stage-1 weight, and has another candidate covering every class it covers, taking
no more hours or money and needing nothing first it does not need, is fixed at 0 in the first stage. Only
the first stage's optimal value decides the plan, and it stays: checked here against every selection of
small random instances (an oracle that knows nothing of dominance), on hand-made twins, and on whole plans
of the bundled corpus and jittered copies of it (every plan the same with the rule on and off)."""

from __future__ import annotations

import dataclasses
import itertools
import random
from datetime import date
from functools import cache

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_planner_first_stage import needs_bindings

from pathfinder.catalogue import load_catalogue
from pathfinder.domain import Constraints, Goal, LearnerProfile
from pathfinder.planner import CatalogueLookup, plan_pathway, selection
from pathfinder.planner.candidates import StackTarget
from pathfinder.planner.dominance import first_stage_dominated, takes_place
from pathfinder.planner.gaps import analyse_gap
from pathfinder.planner.instance import Instance, objective
from pathfinder.settings import Settings
from pathfinder.skills.files import load_taxonomy

DAY = date(2026, 1, 5)


def _instance(
    covers: list[frozenset[int]],
    hours: list[float],
    cost: list[float],
    prereqs: list[tuple[int, ...]] | None = None,
    targets: list[StackTarget] | None = None,
    forced: set[int] | None = None,
    max_hours: float | None = 30.0,
    max_cost: float | None = None,
    stage1: list[float] | None = None,
) -> Instance:
    n, m = len(covers), 1 + max((j for cov in covers for j in cov), default=0)
    for t in targets or []:
        m = max(m, 1 + max(t.covers, default=0))
    m = len(stage1) if stage1 is not None else m
    return Instance(
        cands=[None] * n,  # type: ignore[list-item]  # the solvers read no credential
        skills=[f"s{j}" for j in range(m)],
        weights=[1.0] * m,
        essential=[True] * m,
        covers=covers,
        prereqs=prereqs or [()] * n,
        hours=hours,
        cost_eur=cost,
        targets=targets or [],
        forced=forced or set(),
        max_hours=max_hours,
        max_cost_eur=max_cost,
        stage1=stage1 or [1.0] * m,
        bonus=[0.0] * m,
        effort=[h / 10 + c / 100 for h, c in zip(hours, cost)],
        stack_bonus=0.0,
        excluded={},
    )


def _dominated(inst: Instance) -> dict[int, int]:
    classes = selection.coverage_classes(inst, [w > 0 for w in inst.stage1])
    out = selection.out_of_reach(inst)
    return first_stage_dominated(inst, classes, selection._structure(inst).coverers, out)


def _feasible(inst: Instance, chosen: set[int]) -> bool:
    if not inst.forced <= chosen or any(p not in chosen for i in chosen for p in inst.prereqs[i]):
        return False
    if inst.max_hours is not None and sum(inst.hours[i] for i in chosen) > inst.max_hours + 1e-9:
        return False
    return inst.max_cost_eur is None or sum(inst.cost_eur[i] for i in chosen) <= inst.max_cost_eur + 1e-9


def _best(inst: Instance, leave_out: set[int] = set()) -> float:  # noqa: B006  # read only
    """The most stage-1 weight any feasible selection without `leave_out` covers: every selection tried."""
    pool = [i for i in range(inst.n) if i not in leave_out]
    best = -1.0
    for r in range(len(pool) + 1):
        for chosen in itertools.combinations(pool, r):
            if _feasible(inst, set(chosen)):
                best = max(best, objective(inst, set(chosen))[0])
    return best


def test_the_dearer_twin_is_left_out_and_its_place_taken_by_the_cheaper() -> None:
    """c0 and c1 teach the same skill, c1 in fewer hours: c0 goes, c1 takes its place; c2 (another skill)
    stays."""
    inst = _instance([frozenset({0}), frozenset({0}), frozenset({1})], [20.0, 10.0, 10.0], [0.0, 0.0, 0.0])
    found = _dominated(inst)
    assert found == {0: 1}
    assert takes_place(found, 0) == 1


def test_equal_twins_keep_the_first() -> None:
    inst = _instance([frozenset({0}), frozenset({0})], [10.0, 10.0], [5.0, 5.0], max_cost=100.0)
    assert _dominated(inst) == {1: 0}


def test_a_cheaper_twin_in_hours_but_dearer_in_money_dominates_only_without_a_budget() -> None:
    covers = [frozenset({0}), frozenset({0})]
    assert _dominated(_instance(covers, [20.0, 10.0], [50.0, 80.0], max_cost=None)) == {0: 1}
    assert _dominated(_instance(covers, [20.0, 10.0], [50.0, 80.0], max_cost=100.0)) == {}


def test_a_prerequisite_a_pin_or_a_stack_part_stays() -> None:
    """The dearer twin c0 stays when c2 needs it first, when it is pinned, or when it counts towards a stack
    whose earning covers a skill of stage-1 weight; a stack covering nothing weighed does not keep it."""
    covers = [frozenset({0}), frozenset({0}), frozenset({1})]
    hours, cost = [20.0, 10.0, 10.0], [0.0, 0.0, 0.0]
    assert _dominated(_instance(covers, hours, cost, prereqs=[(), (), (0,)])) == {}
    assert _dominated(_instance(covers, hours, cost, forced={0})) == {}
    stack = StackTarget(
        credential=None, req=5.0, held_ects=0.0, components=((0, 5.0),), covers=frozenset({2})
    )  # type: ignore[arg-type]
    assert _dominated(_instance(covers, hours, cost, targets=[stack])) == {}
    unweighed = _instance(covers, hours, cost, targets=[stack], stage1=[1.0, 1.0, 0.0])
    assert _dominated(unweighed) == {0: 1}


def test_a_dominator_needing_more_first_does_not_dominate() -> None:
    """c1 is cheaper than c0 but needs c2 first, which c0 does not: no dominance; with c0 needing c2 too, c1
    takes its place."""
    covers = [frozenset({0}), frozenset({0}), frozenset({1})]
    hours, cost = [20.0, 10.0, 10.0], [0.0, 0.0, 0.0]
    assert 0 not in _dominated(_instance(covers, hours, cost, prereqs=[(), (2,), ()]))
    assert _dominated(_instance(covers, hours, cost, prereqs=[(2,), (2,), ()], max_hours=60.0)) == {0: 1}


@st.composite
def _instances(draw) -> Instance:
    """Up to 8 candidates over up to 5 skills drawn from a few covers (twins abound), prerequisites on earlier
    candidates, up to two stacks, a pin at times, hours and prices from short lists (ties abound), optional
    limits."""
    n = draw(st.integers(2, 8))
    m = draw(st.integers(1, 5))
    pool = draw(st.lists(st.frozensets(st.integers(0, m - 1), max_size=3), min_size=1, max_size=3))
    covers = [draw(st.sampled_from(pool)) for _ in range(n)]
    prereqs = [tuple(draw(st.sets(st.integers(0, i - 1), max_size=2))) if i else () for i in range(n)]
    targets = [
        StackTarget(
            credential=None,  # type: ignore[arg-type]
            req=draw(st.sampled_from([5.0, 10.0])),
            held_ects=0.0,
            components=tuple((i, 5.0) for i in draw(st.sets(st.integers(0, n - 1), min_size=1, max_size=3))),
            covers=draw(st.frozensets(st.integers(0, m - 1), max_size=2)),
        )
        for _ in range(draw(st.integers(0, 2)))
    ]
    return _instance(
        covers,
        draw(st.lists(st.sampled_from([5.0, 10.0, 20.0]), min_size=n, max_size=n)),
        draw(st.lists(st.sampled_from([0.0, 50.0, 120.0]), min_size=n, max_size=n)),
        prereqs=prereqs,
        targets=targets,
        forced=set(draw(st.sets(st.integers(0, n - 1), max_size=1))),
        max_hours=draw(st.sampled_from([None, 15.0, 30.0])),
        max_cost=draw(st.sampled_from([None, 100.0, 200.0])),
        stage1=draw(st.lists(st.sampled_from([0.0, 0.75, 1.0, 1.25]), min_size=m, max_size=m)),
    )


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(inst=_instances())
def test_leaving_the_dominated_out_keeps_the_best_coverage(inst: Instance) -> None:
    """The oracle: the best stage-1 value over every feasible selection is the same without the dominated
    candidates; and a selection's dominated members replaced by what takes their place stays feasible and
    covers no less."""
    found = _dominated(inst)
    assert not found.keys() & inst.forced
    assert _best(inst, set(found)) == pytest.approx(_best(inst))
    for r in range(inst.n + 1):
        for chosen in map(set, itertools.combinations(range(inst.n), r)):
            if not _feasible(inst, chosen) or not chosen & found.keys():
                continue
            kept = chosen - found.keys()
            kept |= {k for i in chosen & found.keys() if (k := takes_place(found, i)) >= 0}
            assert _feasible(inst, kept)
            assert objective(inst, kept)[0] >= objective(inst, chosen)[0] - 1e-9


@needs_bindings
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(inst=_instances())
def test_the_first_stage_value_is_the_same_with_the_rule_on_and_off(inst: Instance) -> None:
    values = []
    for on in (False, True):
        selection.DOMINANCE = on
        try:
            copy = dataclasses.replace(inst)
            found = selection._first_stage(copy, selection._model(copy), 5.0)
        finally:
            selection.DOMINANCE = True
        values.append(None if found is None else found[0])
    assert values[0] == values[1]
    assert values[1] is None or values[1] == pytest.approx(_best(inst))


@cache
def _bundled():
    settings = Settings(_env_file=None)
    credentials = load_catalogue([settings.corpus_dir / "catalogue"]).credentials
    return load_taxonomy(settings), tuple(credentials)


def _plans(catalogue, on: bool, monkeypatch) -> list[str]:
    taxonomy, _ = _bundled()
    monkeypatch.setattr(selection, "DOMINANCE", on)
    lookup = CatalogueLookup(catalogue).warm()
    out = []
    limits = (
        Constraints(hours_per_week=8, weeks=52, budget=1500, languages=("en",)),
        Constraints(hours_per_week=4, weeks=30, budget=300),
    )
    for occ in sorted(taxonomy.occupations.values(), key=lambda o: o.uri):
        for constraints in limits:
            profile = LearnerProfile(id="t", goal=Goal(occupation_uri=occ.uri), constraints=constraints)
            gap = analyse_gap(profile, taxonomy, lookup, today=DAY)
            out.append(plan_pathway(profile, gap, lookup, today=DAY).model_dump_json())
    return out


def _jittered(base, copies: int, seed: int):
    rng = random.Random(seed)
    out = list(base)
    for k in range(1, copies + 1):

        def rename(cid: str, k: int = k) -> str:
            return f"{cid}~{k}"

        for c in base:
            out.append(
                c.model_copy(
                    update={
                        "id": rename(c.id),
                        "hours": round((c.hours or 10) * rng.uniform(0.6, 1.6), 1),
                        "cost": None if c.cost is None else round(c.cost * rng.uniform(0.5, 1.5), 0),
                        "prerequisites": tuple(rename(p) for p in c.prerequisites),
                        "stacks_into": tuple(
                            s.model_copy(update={"target": rename(s.target)}) for s in c.stacks_into
                        ),
                    }
                )
            )
    return out


@needs_bindings
@pytest.mark.parametrize("copies", [0, 2])
def test_every_plan_is_the_same_with_the_rule_on_and_off(copies: int, monkeypatch) -> None:
    """Each goal of the bundled taxonomy under the bench's limits and tight ones, on the bundled corpus and on
    it with two jittered copies (twins at other hours and prices, as the bench's 10k catalogue): the same
    pathway JSON, relaxations and notes included."""
    catalogue = _jittered(_bundled()[1], copies, seed=24)
    assert _plans(catalogue, True, monkeypatch) == _plans(catalogue, False, monkeypatch)


def test_the_rule_leaves_some_of_the_bench_twins_out() -> None:
    """On a catalogue with jittered copies the rule has work to do (else the speed-up and the tests above
    test nothing): some first stage of a plan leaves dominated candidates out."""
    from pathfinder.planner import dominance as dom

    taxonomy, base = _bundled()
    seen: list[int] = []
    real = dom.first_stage_dominated

    def spy(*args):
        found = real(*args)
        seen.append(len(found))
        return found

    lookup = CatalogueLookup(_jittered(base, 3, seed=24)).warm()
    occ = next(o for o in taxonomy.occupations.values() if o.label == "data scientist")
    profile = LearnerProfile(
        id="t",
        goal=Goal(occupation_uri=occ.uri),
        constraints=Constraints(hours_per_week=8, weeks=52, budget=1500),
    )
    selection.first_stage_dominated = spy  # type: ignore[assignment]
    try:
        plan_pathway(profile, analyse_gap(profile, taxonomy, lookup, today=DAY), lookup, today=DAY)
    finally:
        selection.first_stage_dominated = real  # type: ignore[assignment]
    assert seen and max(seen) > 0


def test_the_start_given_to_highs_holds_no_dominated_candidate() -> None:
    """`_start_without`: the dominated members of the start replaced by what takes their place."""
    inst = _instance([frozenset({0}), frozenset({0}), frozenset({1})], [20.0, 10.0, 10.0], [0.0, 0.0, 0.0])
    found = _dominated(inst)
    x = np.zeros(inst.n + len(inst.skills))
    x[[0, 2]] = 1.0
    x[inst.n : inst.n + 2] = 1.0
    got = selection._start_without(x, inst, found)
    assert list(got[: inst.n]) == [0.0, 1.0, 1.0]
    assert list(x[: inst.n]) == [1.0, 0.0, 1.0]  # the caller's x is not changed


def test_the_start_leaves_unearned_a_stack_only_a_dominated_candidate_counted_towards() -> None:
    """c0 counts towards a stack covering no skill of stage-1 weight; in the start it is replaced by c1 and
    the stack's column set to 0 (else the start breaks the stack's row and HiGHS starts cold)."""
    stack = StackTarget(
        credential=None,  # type: ignore[arg-type]  # the solvers read no credential
        req=5.0,
        held_ects=0.0,
        components=((0, 5.0),),
        covers=frozenset({2}),
    )
    inst = _instance(
        [frozenset({0}), frozenset({0}), frozenset({1})],
        [20.0, 10.0, 10.0],
        [0.0, 0.0, 0.0],
        targets=[stack],
        stage1=[1.0, 1.0, 0.0],
    )
    found = _dominated(inst)
    assert found == {0: 1}
    n, m = inst.n, len(inst.skills)
    x = np.zeros(n + m + 1)
    x[[0, 2]] = 1.0
    x[[n, n + 1, n + m]] = 1.0
    got = selection._start_without(x, inst, found)
    assert list(got[:n]) == [0.0, 1.0, 1.0] and got[n + m] == 0.0
