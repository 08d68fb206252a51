"""Invariants of every plan on random catalogues and profiles (Hypothesis), for both solvers."""

from __future__ import annotations

import math
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pathfinder.domain import (
    Constraints,
    Credential,
    Goal,
    HeldCredential,
    LearnerProfile,
    Preferences,
    SkillRef,
    StackTarget,
)
from pathfinder.domain.taxonomy import Taxonomy
from pathfinder.planner import plan_pathway
from pathfinder.planner.gaps import analyse_gap
from pathfinder.planner.instance import build_instance, objective
from pathfinder.planner.selection import solve_exact, solve_greedy

TODAY = date(2026, 1, 5)
SKILLS = [SkillRef(uri=f"u:s{k}", label=f"skill {k}") for k in range(8)]
TAX = Taxonomy()


@st.composite
def catalogues(draw) -> list[Credential]:
    n = draw(st.integers(2, 18))
    creds: list[Credential] = []
    cert = draw(st.booleans())
    for i in range(n):
        prereqs = (
            draw(st.lists(st.sampled_from([f"c{j}" for j in range(i)]), max_size=2, unique=True)) if i else []
        )
        creds.append(
            Credential(
                id=f"c{i}",
                title=f"Course {i}",
                provider=draw(st.sampled_from(["P1", "P2"])),
                hours=draw(st.floats(1, 120).map(lambda h: round(h, 1))),
                cost=draw(st.one_of(st.none(), st.integers(0, 400).map(float))),
                skills=tuple(draw(st.lists(st.sampled_from(SKILLS), max_size=3, unique_by=lambda s: s.uri))),
                prerequisites=tuple(prereqs),
                languages=(draw(st.sampled_from(["en", "de"])),),
                stacks_into=(StackTarget(target="cert"),) if cert and draw(st.booleans()) else (),
            )
        )
    if cert:
        creds.append(
            Credential(
                id="cert",
                title="Cert",
                kind="certificate",
                provider="P1",
                ects=10,
                stack_ects_required=draw(st.sampled_from([2.0, 5.0, 9.0])),
                skills=(draw(st.sampled_from(SKILLS)),),
            )
        )
    return creds


@st.composite
def profiles(draw, catalogue: list[Credential]) -> LearnerProfile:
    ids = [c.id for c in catalogue]
    held = draw(st.lists(st.sampled_from(ids), max_size=3, unique=True))
    rejected = draw(
        st.lists(st.sampled_from([i for i in ids if i not in held] or ["none"]), max_size=2, unique=True)
    )
    weeks = draw(st.one_of(st.none(), st.integers(1, 60)))
    return LearnerProfile(
        id="p",
        credentials=tuple(HeldCredential(id=h, title=h) for h in held),
        goal=Goal(
            skills=tuple(
                draw(st.lists(st.sampled_from([s.uri for s in SKILLS]), min_size=1, max_size=6, unique=True))
            )
        ),
        constraints=Constraints(
            hours_per_week=draw(st.one_of(st.none(), st.integers(1, 20).map(float))),
            weeks=weeks,
            budget=draw(st.one_of(st.none(), st.integers(0, 800).map(float))),
            languages=tuple(draw(st.lists(st.sampled_from(["en", "de"]), max_size=1))),
        ),
        preferences=Preferences(rejected=tuple(rejected)),
    )


@st.composite
def cases(draw):
    catalogue = draw(catalogues())
    return (
        catalogue,
        draw(profiles(catalogue)),
        draw(st.sampled_from(["balanced", "fastest", "cheapest", "most-complete"])),
    )


@pytest.mark.slow
@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(case=cases(), exact=st.booleans())
def test_every_plan_keeps_the_invariants(case, exact):
    catalogue, profile, strategy = case
    gap = analyse_gap(profile, TAX, catalogue, today=TODAY)
    pw = plan_pathway(
        profile, gap, catalogue, strategy, today=TODAY, exact_limit=300 if exact else 0, relax=False
    )
    by_id = {c.id: c for c in catalogue}
    ids = list(pw.ids)
    assert len(ids) == len(set(ids)), "no credential twice"
    assert set(ids) <= set(by_id), "only catalogue ids"
    assert not set(ids) & profile.held_credential_ids, "held credentials are never recommended"
    assert not set(ids) & set(profile.preferences.rejected), "rejected credentials are never recommended"
    position = {cid: k for k, cid in enumerate(ids)}
    for cid in ids:
        for p in by_id[cid].prerequisites:
            assert p in profile.held_credential_ids or (p in position and position[p] < position[cid]), (
                "every prerequisite is held or comes first"
            )
    steps = {s.id: s for s in pw.steps}
    for cid in ids:
        for p in by_id[cid].prerequisites:
            if p in steps:
                assert steps[p].end_week <= steps[cid].start_week
    c = profile.constraints
    if c.budget is not None:
        assert pw.totals.cost <= c.budget + 1e-6, "never over budget"
    if c.hours_per_week is not None and c.weeks is not None:
        assert pw.totals.hours <= c.hours_per_week * c.weeks + 1e-6
        assert pw.totals.weeks <= c.weeks, "finishes within the weeks given"
    assert math.isclose(pw.totals.hours, round(sum(s.hours for s in pw.steps), 1), abs_tol=1e-6)
    assert math.isclose(pw.totals.cost, round(sum(s.cost for s in pw.steps), 2), abs_tol=1e-6)
    assert math.isclose(pw.totals.ects, sum(s.ects for s in pw.steps), abs_tol=1e-6)
    covered = {u for s in pw.steps for u in s.covers}
    assert not covered & {u.uri for u in pw.uncovered}
    assert {u.uri for u in pw.uncovered} | covered | {g.uri for g in gap.skills} == {
        g.uri for g in gap.skills
    }


@pytest.mark.slow
@settings(max_examples=60, deadline=None)
@given(case=cases())
def test_exact_is_never_beaten_by_the_heuristic(case):
    catalogue, profile, strategy = case
    gap = analyse_gap(profile, TAX, catalogue, today=TODAY)
    inst = build_instance(profile, gap, catalogue, strategy, today=TODAY)
    exact, greedy = solve_exact(inst), solve_greedy(inst)
    assert exact is not None
    e1, e2 = objective(inst, exact)
    g1, g2 = objective(inst, greedy)
    assert e1 >= g1 - 1e-6
    if abs(e1 - g1) < 1e-6:
        assert e2 <= g2 + 1e-6
