"""A follow-up that asks another strategy of the same profile ("cheaper?", "and the fastest one?") plans in
the session the first plan was made in (`PlanService._session`): its candidate sets are not built again, and
every pathway is the one a new session (`plan_pathway`) gives."""

from __future__ import annotations

from datetime import date

import pytest

from pathfinder.assistant import planning
from pathfinder.assistant.planning import PlanService
from pathfinder.catalogue import load_catalogue
from pathfinder.domain import Constraints, Goal, LearnerProfile
from pathfinder.planner import CatalogueLookup, PlanningSession, plan_pathway
from pathfinder.planner.gaps import analyse_gap
from pathfinder.settings import BUNDLED_CORPUS, Settings
from pathfinder.skills.files import load_taxonomy

TODAY = date(2026, 1, 5)
FOLLOW_UPS = ("balanced", "cheapest", "fastest", "most-complete")


@pytest.fixture(scope="module")
def world():
    taxonomy = load_taxonomy(Settings(_env_file=None))
    catalogue = load_catalogue([BUNDLED_CORPUS / "catalogue"]).credentials
    return taxonomy, catalogue, CatalogueLookup(catalogue)


def _profiles(taxonomy) -> list[LearnerProfile]:
    occupations = sorted(taxonomy.occupations.values(), key=lambda o: o.uri)
    limits = [
        Constraints(hours_per_week=5, budget=600, languages=("en",)),
        Constraints(hours_per_week=3, weeks=26, languages=("en", "de")),
        Constraints(),
    ]
    return [
        LearnerProfile(id="l", goal=Goal(occupation_uri=o.uri), constraints=limits[k % len(limits)])
        for k, o in enumerate(occupations[::4])
    ]


def test_every_strategy_planned_in_a_kept_session_is_a_new_sessions(world):
    taxonomy, catalogue, lookup = world
    service = PlanService(catalogue, taxonomy, today=lambda: TODAY)
    for profile in _profiles(taxonomy):
        gap = analyse_gap(profile, taxonomy, catalogue, today=TODAY)
        for strategy in FOLLOW_UPS:  # one call per strategy, as a conversation's follow-ups ask
            got = service.plan(profile, strategy)
            want = plan_pathway(profile, gap, lookup, strategy, today=TODAY)
            assert got.model_dump_json() == want.model_dump_json(), (profile.goal, strategy)


def test_a_follow_up_plans_in_the_first_plans_session(world, monkeypatch):
    taxonomy, catalogue, _ = world
    made: list[PlanningSession] = []
    real = PlanningSession.__init__

    def init(self, *args, **kwargs):
        made.append(self)
        real(self, *args, **kwargs)

    monkeypatch.setattr(PlanningSession, "__init__", init)
    service = PlanService(catalogue, taxonomy, today=lambda: TODAY)
    profile = _profiles(taxonomy)[0]
    service.plan(profile)
    builds = made[0].builds
    service.plan(profile, "cheapest")
    service.plan(profile, "fastest")
    assert len(made) == 1 and builds > 0
    # another profile (a changed limit) is another session
    service.plan(profile.model_copy(update={"constraints": Constraints(hours_per_week=9)}), "cheapest")
    assert len(made) == 2


def test_kept_sessions_are_bounded_least_recently_used_out(world, monkeypatch):
    taxonomy, catalogue, _ = world
    monkeypatch.setattr(planning, "SESSIONS_KEPT", 2)
    service = PlanService(catalogue, taxonomy, today=lambda: TODAY)
    profiles = _profiles(taxonomy)[:3]
    for p in profiles:
        service.plan(p)
    assert len(service._sessions) == 2
    kept = {k[3] for k in service._sessions}  # the profile's part of the key
    assert planning.profile_key(profiles[0]) not in kept
    assert planning.profile_key(profiles[2]) in kept


def _with_exact_copies(catalogue, copies: int = 2):
    """The catalogue and `copies` exact copies of each entry (new ids, the same hours and prices): selections
    of exactly equal effort, where only the solver's search path decides (session 9: where a changed start or
    option shows)."""
    out = list(catalogue)
    for k in range(1, copies + 1):
        suffix = f"-c{k}"
        out += [
            c.model_copy(
                update={
                    "id": c.id + suffix,
                    "prerequisites": tuple(p + suffix for p in c.prerequisites),
                    "stacks_into": tuple(
                        s.model_copy(update={"target": s.target + suffix}) for s in c.stacks_into
                    ),
                }
            )
            for c in catalogue
        ]
    return out


def test_strategy_follow_ups_where_plans_tie_are_a_new_sessions(world):
    taxonomy, catalogue, _ = world
    tied = _with_exact_copies(catalogue)
    lookup = CatalogueLookup(tied)
    service = PlanService(lookup, taxonomy, today=lambda: TODAY)
    for profile in _profiles(taxonomy)[:5]:
        gap = analyse_gap(profile, taxonomy, lookup, today=TODAY)
        for strategy in ("cheapest", "balanced", "fastest"):
            got = service.plan(profile, strategy)
            want = plan_pathway(profile, gap, lookup, strategy, today=TODAY)
            assert got.model_dump_json() == want.model_dump_json(), (profile.goal, strategy)
