"""Planner speed, issue 14 session 14: work that changes no plan left out.

- A core teacher's re-solves (`PlanningSession._solve`) are ranked unexplained; only the plan kept is
  explained, from the parts of its own solve (`_selection`), so it is not solved twice.
- A level's bridge courses (`level._LevelBridges`) are indexed by skill once, instead of read once per
  skill asked.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from test_planner_first_stage_bounds import DAY, S1, S2, S3, S4, M, _core_taxonomy, _cred

from pathfinder.domain import Constraints, Goal, LearnerProfile
from pathfinder.planner import plan_pathway
from pathfinder.planner import session as planning_session
from pathfinder.planner.gaps import analyse_gap
from pathfinder.planner.level import _LevelBridges


def _two_core_teachers():
    catalogue = [
        _cred("w1", (S1, S2), 80, cost=0),
        _cred("w2", (S3, S4), 80, cost=0),
        _cred("core1", (M, S1), 90, cost=0),
        _cred("core2", (M, S3), 90, cost=0),
    ]
    profile = LearnerProfile(
        id="l", goal=Goal(occupation_uri="occ"), constraints=Constraints(hours_per_week=10, weeks=16)
    )
    return profile, analyse_gap(profile, _core_taxonomy(), catalogue, today=DAY), catalogue


def test_only_the_core_teachers_plan_that_is_kept_is_explained(monkeypatch):
    profile, gap, catalogue = _two_core_teachers()
    real = planning_session.assemble
    explained: list[tuple[tuple[str, ...], bool]] = []

    def spy(profile, *args, explain=True, **kwargs):
        explained.append((tuple(profile.preferences.pinned), explain))
        return real(profile, *args, explain=explain, **kwargs)

    monkeypatch.setattr(planning_session, "assemble", spy)
    pw = plan_pathway(profile, gap, catalogue, today=DAY, relax=False)
    kept = "core1" if "core1" in pw.ids else "core2"
    # the plan without a core step, both core teachers' plans unexplained, then the one kept explained
    assert explained == [((), True), (("core1",), False), (("core2",), False), ((kept,), True)]
    step = next(s for s in pw.steps if s.id == kept)
    assert any(r.startswith("the core of") for r in step.reasons)  # explained, with the core reason


def test_the_kept_plan_is_the_one_every_core_plan_explained_gives(monkeypatch):
    profile, gap, catalogue = _two_core_teachers()
    lazy = plan_pathway(profile, gap, catalogue, today=DAY, relax=False)
    real = planning_session.assemble
    explained = lambda *a, explain=True, **k: real(*a, explain=True, **k)  # noqa: E731
    monkeypatch.setattr(planning_session, "assemble", explained)
    assert plan_pathway(profile, gap, catalogue, today=DAY, relax=False) == lazy


positions = st.lists(
    st.tuples(st.sets(st.sampled_from("abcdef"), max_size=4), st.booleans()), min_size=1, max_size=25
)


@settings(max_examples=200, deadline=None)
@given(positions)
def test_a_levels_bridges_by_skill_are_the_scan_and_read_each_course_once(spec):
    level = _LevelBridges()
    for pos, (_, essential) in enumerate(spec):
        level.add(pos, essential)
    reads: list[int] = []

    def skills(p: int) -> list[str]:
        reads.append(p)
        return sorted(spec[p][0]) * 2  # a skill listed twice counts once

    for uri in "abcdefg":
        for essential in (True, False):
            among = level.essential if essential else level.every
            scan = [p for p in among if uri in spec[p][0]]
            assert level.teaching(uri, essential, skills) == scan
    assert sorted(reads) == list(range(len(spec)))  # each course's skills read once for 14 asks
