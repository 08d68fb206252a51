"""A core teacher's candidate set from the plan's own (`candidates.with_pin`, issue 14 session 15).

The core rule re-solves the plan once per core teacher with that teacher pinned; each re-solve built a whole
candidate set. The set with one more pin is the plan's set but for its pins (`forced`) and profile, when the
pinned course is a candidate not given a bridge course (a pinned course gets none): these tests compare it
with a build, on the bundled corpus's plan-review cases and on a catalogue where the pin changes the set (a
bridge below a core course), and check that a session derives those sets and plans the same either way.
"""

from __future__ import annotations

from dataclasses import fields
from pathlib import Path

from test_planner_first_stage_bounds import DAY, S1, S2, S3, S4, M, _core_taxonomy, _cred

from pathfinder.catalogue import load_catalogue
from pathfinder.cli.plans_eval import load_cases
from pathfinder.domain import Constraints, Goal, LearnerProfile
from pathfinder.planner import plan_pathway
from pathfinder.planner import session as planning_session
from pathfinder.planner.candidates import Candidates, build_candidates, with_pin
from pathfinder.planner.gaps import analyse_gap
from pathfinder.planner.lookup import CatalogueLookup
from pathfinder.planner.session import PlanningSession
from pathfinder.settings import Settings

CASES = Path(__file__).resolve().parents[1] / "evals" / "plans" / "cases.jsonl"
SAME = [f.name for f in fields(Candidates) if f.name not in ("blocked", "verdicts")]


def _pinned(profile: LearnerProfile, cid: str) -> LearnerProfile:
    prefs = profile.preferences
    return profile.model_copy(
        update={"preferences": prefs.model_copy(update={"pinned": (*prefs.pinned, cid)})}
    )


def _same_set(derived: Candidates, built: Candidates) -> None:
    for name in SAME:
        assert getattr(derived, name) == getattr(built, name), name
    assert [c.id for c in derived.cands] == [c.id for c in built.cands]
    for uri in derived.skills:  # why a skill is uncovered: the same verdicts behind it
        assert derived.blocked(uri) == built.blocked(uri), uri


def _bridged_core():
    """A learner starting at EQF 4 and an EQF 6 core course naming no prerequisite: unpinned it gets an EQF 5
    bridge before it; pinned it gets none (`LevelCheck.needs_bridge`), so the pinned set differs."""
    catalogue = [
        _cred("w1", (S1, S2), 40, cost=0, eqf_level=4),
        _cred("bridge5", (S3,), 40, cost=0, eqf_level=5),
        _cred("core6", (M, S4), 40, cost=0, eqf_level=6),
    ]
    profile = LearnerProfile(
        id="l", goal=Goal(occupation_uri="occ"), constraints=Constraints(hours_per_week=10, weeks=40)
    )
    return profile, analyse_gap(profile, _core_taxonomy(), catalogue, today=DAY), catalogue


def test_a_pin_on_a_plain_candidate_gives_the_built_set_on_the_review_cases():
    settings = Settings(_env_file=None)
    lookup = CatalogueLookup(load_catalogue([settings.corpus_dir / "catalogue"]).credentials)
    from pathfinder.skills.files import load_taxonomy

    taxonomy = load_taxonomy(settings)
    derived_count = refused = stepped = 0
    for case in load_cases(CASES)[::4]:
        gap = analyse_gap(case.profile, taxonomy, lookup, today=case.today)
        base = build_candidates(case.profile, gap, lookup, today=case.today)
        for i, cand in enumerate(base.cands[:12]):
            profile = _pinned(case.profile, cand.id)
            derived = with_pin(base, profile, lookup)
            if derived is None:
                refused += 1
                assert cand.id in base.bridged or cand.id in case.profile.preferences.pinned
                continue
            derived_count += 1
            stepped += cand is not lookup.by_id[cand.id]  # given a prerequisite-skill step
            built = build_candidates(profile, gap, lookup, today=case.today)
            _same_set(derived, built)
            assert derived.forced == base.forced | base.closures[i]
    assert derived_count > 50 and stepped > 0, (derived_count, stepped)  # many pins, some on changed courses


def test_a_pin_on_a_bridged_candidate_is_built_not_derived():
    profile, gap, catalogue = _bridged_core()
    lookup = CatalogueLookup(catalogue)
    base = build_candidates(profile, gap, lookup, today=DAY)
    core = next(c for c in base.cands if c.id == "core6")
    assert "bridge5" in core.prerequisites  # unpinned, the bridge is planned before it
    pinned = _pinned(profile, "core6")
    assert with_pin(base, pinned, lookup) is None
    built = build_candidates(pinned, gap, lookup, today=DAY)
    assert "bridge5" not in next(c for c in built.cands if c.id == "core6").prerequisites


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


def test_a_sessions_core_teacher_sets_are_derived_not_built():
    profile, gap, catalogue = _two_core_teachers()
    session = PlanningSession(gap, catalogue, today=DAY)
    pw = session.plan(profile)
    assert {"core1", "core2"} & set(pw.ids)  # the core rule re-solved with each core teacher pinned
    assert session.builds == 1  # the plan's own set; both pinned sets derived from it
    unpinned = session.candidates(profile)
    assert unpinned.forced == set()  # a derived set never stands for the profile without the pin
    for cid in ("core1", "core2"):
        pinned = session.candidates(_pinned(profile, cid))
        assert pinned is not unpinned and pinned.profile.preferences.pinned == (cid,)
        assert {pinned.cands[i].id for i in pinned.forced} == {cid}


def test_plans_are_the_same_with_pinned_sets_built(monkeypatch):
    profile, gap, catalogue = _two_core_teachers()
    derived = plan_pathway(profile, gap, catalogue, today=DAY)
    monkeypatch.setattr(planning_session, "with_pin", lambda *a: None)
    assert plan_pathway(profile, gap, catalogue, today=DAY) == derived
    bprofile, bgap, bcatalogue = _bridged_core()
    built = plan_pathway(bprofile, bgap, bcatalogue, today=DAY)
    monkeypatch.undo()
    assert plan_pathway(bprofile, bgap, bcatalogue, today=DAY) == built
