"""One planning entry point with one cache (`assistant.planning`): the chat, the app's pages and the CLI plan
through it; a plan is computed once per input; profile, catalogue and date changes invalidate; it is bounded
and thread-safe."""

from __future__ import annotations

import threading
import time
from datetime import date

import pytest
from conftest import PY, SQL, STATS, VIZ
from ui_harness import DATA_ANALYST, app_settings  # noqa: F401 - app_settings is a fixture

from pathfinder.assistant.planning import PlanCache, PlanService, profile_key
from pathfinder.assistant.tools import AssistantTools
from pathfinder.domain import Constraints, Goal, LearnerProfile, Occupation, Skill
from pathfinder.domain.taxonomy import Taxonomy
from pathfinder.planner import PlanningSession, plan_pathway
from pathfinder.planner.gaps import analyse_gap
from pathfinder.testing import InMemoryIndex

TODAY = date(2026, 1, 5)
TAX = Taxonomy.from_items(
    [Skill(uri=s.uri, label=s.label) for s in (PY, SQL, STATS, VIZ)],
    [
        Occupation(
            uri="occ:da", label="data analyst", essential=(PY.uri, SQL.uri, STATS.uri), optional=(VIZ.uri,)
        )
    ],
)


def _profile(goal: str = "occ:da", **constraints) -> LearnerProfile:
    return LearnerProfile(id="l", goal=Goal(occupation_uri=goal), constraints=Constraints(**constraints))


@pytest.fixture
def planned(monkeypatch) -> list[str]:
    """The strategies actually planned (not served from a cache), in order."""
    calls: list[str] = []
    real = PlanningSession.plan_with_relaxations

    def counting(self, profile, strategy="balanced", **options):
        calls.append(strategy)
        return real(self, profile, strategy, **options)

    monkeypatch.setattr(PlanningSession, "plan_with_relaxations", counting)
    return calls


def test_the_service_plans_what_plan_pathway_plans_once_per_input(catalogue, planned):
    service = PlanService(catalogue, TAX, today=lambda: TODAY)
    profile = _profile(hours_per_week=10, weeks=52)
    pw = service.plan(profile)
    gap = analyse_gap(profile, TAX, catalogue, today=TODAY)
    assert service.gap(profile) == gap
    assert pw == plan_pathway(profile, gap, catalogue, today=TODAY)
    planned.clear()
    # id, name, version and save time do not change a plan: the same object comes back, nothing is planned
    renamed = profile.model_copy(update={"id": "other", "name": "renamed", "version": 9})
    assert service.plan(renamed) is pw and service.gap(renamed) is service.gap(profile)
    assert planned == []
    alternatives = service.alternatives(profile)
    assert planned == ["fastest", "cheapest", "most-complete"]  # one session for the three
    assert service.plan(profile, "cheapest") is alternatives["cheapest"]
    assert len(planned) == 3
    for strategy, plan in alternatives.items():
        assert plan == plan_pathway(profile, gap, catalogue, strategy, today=TODAY)


def test_a_profile_catalogue_or_date_change_invalidates(catalogue, planned):
    cache = PlanCache()
    profile = _profile(hours_per_week=10)
    first = PlanService(catalogue, TAX, version="v1", today=lambda: TODAY, cache=cache)
    pw = first.plan(profile)
    assert first.plan(_profile(hours_per_week=10, budget=0)) != pw  # another profile: planned again
    assert len(planned) == 2
    # a new index version over the same cache plans again, even with the same credentials
    second = PlanService(catalogue, TAX, version="v2", today=lambda: TODAY, cache=cache)
    assert second.plan(profile) == pw and second.plan(profile) is not pw
    assert len(planned) == 3
    # without an index version the catalogue's content names it: an edited catalogue is another one
    edited = [c.model_copy(update={"cost": (c.cost or 0) + 1}) for c in catalogue]
    a = PlanService(catalogue, TAX, today=lambda: TODAY, cache=cache)
    b = PlanService(edited, TAX, today=lambda: TODAY, cache=cache)
    assert a.version != b.version and a.version == PlanService(list(catalogue), TAX).version
    a.plan(profile), b.plan(profile)
    assert len(planned) == 5
    tomorrow = PlanService(catalogue, TAX, version="v1", today=lambda: date(2026, 1, 6), cache=cache)
    tomorrow.plan(profile)
    assert len(planned) == 6


def test_the_cache_is_bounded_least_recently_used_out(catalogue, planned):
    service = PlanService(catalogue, TAX, today=lambda: TODAY, cache=PlanCache(maxsize=4))
    profiles = [_profile(hours_per_week=h) for h in (5, 10, 20)]
    for p in profiles:  # a gap and a plan each: 6 entries into 4 places
        service.plan(p)
    assert len(service.cache) == 4 and len(planned) == 3
    service.plan(profiles[2])  # still there
    assert len(planned) == 3
    service.plan(profiles[0])  # its entries were the oldest: planned again
    assert len(planned) == 4
    with pytest.raises(ValueError):
        PlanCache(maxsize=0)


def test_concurrent_askers_compute_once_and_failures_are_not_kept():
    cache = PlanCache(maxsize=8)
    computed = []
    gate = threading.Event()

    def slow():
        gate.wait(5)
        computed.append(1)
        return object()

    results: list[object] = []
    threads = [
        threading.Thread(target=lambda: results.append(cache.get_or_compute("k", slow))) for _ in range(8)
    ]
    for t in threads:
        t.start()
    time.sleep(0.05)
    gate.set()
    for t in threads:
        t.join(5)
    assert len(computed) == 1 and len(results) == 8 and all(r is results[0] for r in results)

    def failing():
        raise RuntimeError("boom")

    with pytest.raises(RuntimeError):
        cache.get_or_compute("bad", failing)
    assert cache.get_or_compute("bad", lambda: 42) == 42


def test_the_assistant_tools_plan_through_their_service(catalogue, planned):
    tools = AssistantTools(InMemoryIndex(catalogue), TAX, today=lambda: TODAY)
    profile = _profile(hours_per_week=10, weeks=52)
    pw = tools.plan(profile)
    assert tools.plans.plan(profile) is pw and tools.skill_gap(profile) is tools.plans.gap(profile)
    assert tools.planning_catalogue is tools.plans.catalogue
    assert planned == ["balanced"]
    assert profile_key(profile) == profile_key(profile.model_copy(update={"name": "x"}))


def test_chat_and_pathway_page_get_the_same_plan_planned_once(app_settings, planned):  # noqa: F811
    """The app's pages (`ui.planning`) and the chat's tools (`resources.assistant()`) share one service per
    index version: the same profile gives the very same plan object, planned once."""
    from pathfinder.ui import planning, resources

    # languages set: the chat then plans the profile as it is (else it leans to the conversation's language)
    limits = Constraints(hours_per_week=10, languages=("en",))
    profile = LearnerProfile(id="learner-test", goal=Goal(occupation_uri=DATA_ANALYST), constraints=limits)
    gap, page_plan = planning.plan(profile)
    tools = resources.assistant().responder.tools
    assert tools.plan(profile) is page_plan and tools.skill_gap(profile) is gap
    answer = resources.assistant().reply("plan my pathway", None, profile)
    assert answer.pathway is page_plan
    assert planned == ["balanced"]
    alternatives = planning.alternatives(profile)
    assert tools.plan(profile, "fastest") is alternatives["fastest"]
    assert planned == ["balanced", "fastest", "cheapest", "most-complete"]


def test_the_cli_plans_through_the_service(app_settings, tmp_path, planned, capsys):  # noqa: F811
    from pathfinder.cli import main

    path = tmp_path / "p.json"
    path.write_text(
        LearnerProfile(
            id="p",
            goal=Goal(occupation_uri=DATA_ANALYST),
            constraints=Constraints(hours_per_week=10, weeks=52),
        ).model_dump_json(),
        encoding="utf-8",
    )  # limits given: with none, a plan over two years is planned again within two years (plans27)
    assert main(["plan", "--profile", str(path), "--strategy", "fastest", "--alternatives", "--json"]) == 0
    assert '"fastest"' in capsys.readouterr().out
    assert planned == ["fastest", "cheapest", "most-complete"]  # fastest is planned once, not twice
