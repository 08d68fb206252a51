"""The speed-ups of issue 14, session 8, compute what the code before them computed: the prerequisite-skill
provider found without judging every teacher, the learner's presumed prerequisites kept per gap, the reasons
a skill is blocked kept per candidate set, and optimal MILP selections kept by the plan service. Each is
checked against the first version, kept here as the definition; `bench/plan_identity.py` compares the whole
planner's output with a reference commit."""

from __future__ import annotations

import threading
from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st
from test_planner_properties import TAX as PROPERTY_TAXONOMY
from test_planner_properties import TODAY as PROPERTY_TODAY
from test_planner_properties import cases as property_cases

from pathfinder.assistant.planning import PlanService
from pathfinder.catalogue import load_catalogue
from pathfinder.domain import Constraints, Credential, Goal, HeldSkill, LearnerProfile, SkillRef
from pathfinder.planner import CatalogueLookup, PlanningSession, plan_pathway
from pathfinder.planner.gaps import analyse_gap
from pathfinder.planner.instance import build_instance
from pathfinder.planner.level import LevelCheck
from pathfinder.planner.lookup import GapTeachers
from pathfinder.planner.memo import SolvedSelections
from pathfinder.planner.prerequisites import SkillProviders
from pathfinder.planner.selection import _model, model_key, solve_milp
from pathfinder.settings import BUNDLED_CORPUS
from pathfinder.skills.files import load_taxonomy

URIS = [f"s:{k}" for k in range(5)]


def _provider_first_version(lk: CatalogueLookup, uri: str, own: str, ok, useful: frozenset[str]):
    """Session 7 (69ae38e): every allowed teacher listed, then the first teaching a useful skill, else the
    first."""
    allowed = [c for c in lk.best_value_teachers(uri) if c.id != own and ok(c)]
    return next(
        (c for c in allowed if useful.intersection(lk.skills_of.get(c.id, ()))),
        allowed[0] if allowed else None,
    )


teachers = st.lists(
    st.tuples(st.sets(st.sampled_from(URIS), min_size=1, max_size=3), st.integers(1, 60), st.booleans()),
    min_size=1,
    max_size=16,
)


@settings(max_examples=300, deadline=None)
@given(
    teachers, st.sets(st.sampled_from(URIS)), st.lists(st.sets(st.integers(0, 15)), min_size=1, max_size=3)
)
def test_the_provider_of_an_assumed_skill_is_the_one_judging_every_teacher_picks(spec, useful, allowed_sets):
    """Over random catalogues, learners (which teachers `ok` allows) and gaps (`useful`), with one gap's
    memo shared by several candidate builds as in a planning session: the same provider for every teacher
    and skill, and every verdict that decides the pick was asked (so `kinds` still names the constraints
    that shaped the set): each useful teacher ranked before it, and when no useful one is allowed, every
    useful teacher and each teacher before the first allowed one."""
    creds = [
        Credential(
            id=f"c{k}",
            title=f"c{k}",
            provider="P",
            hours=h,
            skills=tuple(SkillRef(uri=u, label=u) for u in sorted(sk)),
        )
        for k, (sk, h, _) in enumerate(spec)
    ]
    lk = CatalogueLookup(creds)
    useful_set = frozenset(useful)
    gt = GapTeachers({}, {}, [], [], [], {}, lk.skills_of)
    for allowed_ids in allowed_sets:
        asked: set[str] = set()

        def ok(c: Credential, allowed_ids=allowed_ids, asked=asked) -> bool:
            asked.add(c.id)
            return int(c.id[1:]) in allowed_ids

        providers = SkillProviders(lk, frozenset(), ok, gt, useful_set)
        for uri in URIS:
            for own in [c.id for c in creds] + ["none"]:
                got = providers.provider(uri, own)
                want = _provider_first_version(
                    lk, uri, own, lambda c, a=allowed_ids: int(c.id[1:]) in a, useful_set
                )
                assert got is want
                ranked = [c for c in lk.best_value_teachers(uri) if c.id != own]
                helps = {c.id for c in ranked if not useful_set.isdisjoint(lk.skills_of[c.id])}
                if got is not None and got.id in helps:  # decided by the useful teachers before it
                    assert {c.id for c in ranked[: ranked.index(got)] if c.id in helps} <= asked
                else:  # no useful teacher allowed: all of them, and the fallback's teachers up to its pick
                    before = ranked if got is None else ranked[: ranked.index(got)]
                    assert helps <= asked and {c.id for c in before} <= asked


def test_presumed_prerequisites_kept_per_gap_are_those_computed_afresh():
    lk = CatalogueLookup(load_catalogue([BUNDLED_CORPUS / "catalogue"]).credentials)
    taught = sorted(lk.by_skill)
    profiles = [
        LearnerProfile(id="a", goal=Goal(label="g")),
        LearnerProfile(
            id="b",
            goal=Goal(label="g"),
            skills=tuple(HeldSkill(uri=u, label=u, level="advanced") for u in taught[:40]),
        ),
        LearnerProfile(
            id="c",
            goal=Goal(label="g"),
            skills=tuple(HeldSkill(uri=u, label=u, level="intermediate") for u in taught[::3]),
        ),
    ]
    memo: dict[tuple, frozenset[str]] = {}
    for _ in range(2):  # the second round reads the memo
        for profile in profiles:
            for role_shared in (None, 3):
                check = LevelCheck(profile, lk.by_id, lk.skills_of, role_shared, taught[:10])
                assert check.presumed(lk.prerequisites_by_level, memo) == check.presumed(
                    lk.prerequisites_by_level
                )
    assert 0 < len(memo) <= len(profiles) * 2  # one entry per learner seen, whatever the order of asking


@settings(max_examples=60, deadline=None)
@given(case=property_cases())
def test_a_kept_optimal_selection_is_the_one_a_new_solve_gives(case):
    catalogue, profile, strategy = case
    gap = analyse_gap(profile, PROPERTY_TAXONOMY, catalogue, today=PROPERTY_TODAY)
    inst = build_instance(profile, gap, catalogue, strategy, today=PROPERTY_TODAY)
    memo: dict[bytes, frozenset[int]] = {}
    fresh = solve_milp(inst)
    first = solve_milp(inst, memo=memo)
    again = solve_milp(inst, memo=memo)
    assert first == fresh == again
    assert len(memo) == (1 if fresh[1] and inst.n else 0)
    if inst.n and inst.max_hours is None:  # another objective is another key
        other = build_instance(
            profile, gap, catalogue, "cheapest" if strategy != "cheapest" else "fastest", today=PROPERTY_TODAY
        )
        if other.effort != inst.effort:
            assert model_key(other, _model(other), 5.0) != model_key(inst, _model(inst), 5.0)


def test_solved_selections_keep_the_most_recent_within_their_size():
    memo = SolvedSelections(maxsize=3)
    for k in range(5):
        memo[bytes([k])] = frozenset({k})
    assert len(memo) == 3 and memo.get(bytes([0])) is None and memo.get(bytes([4])) == frozenset({4})
    assert memo.get(bytes([2])) == frozenset({2})  # used: kept over 3 when the next one comes
    memo[bytes([9])] = frozenset()
    assert memo.get(bytes([3])) is None and memo.get(bytes([2])) is not None
    threads = [
        threading.Thread(
            target=lambda k=k: [memo.__setitem__(bytes([k, j]), frozenset({j})) for j in range(50)]
        )
        for k in range(4)
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(memo) == 3


def test_a_conversations_plans_through_the_service_are_the_pure_planners():
    """A learner's follow-ups planned through one `PlanService` (its sessions share optimal selections)
    give the pathways `plan_pathway` gives each profile on its own."""
    settings_taxonomy = load_taxonomy(_settings())
    catalogue = load_catalogue([BUNDLED_CORPUS / "catalogue"]).credentials
    today = date(2026, 1, 5)
    service = PlanService(catalogue, settings_taxonomy, today=lambda: today)
    occupation = next(o for o in settings_taxonomy.occupations.values() if "data analyst" in o.label.lower())
    base = LearnerProfile(id="l", goal=Goal(occupation_uri=occupation.uri))
    follow_ups = [
        Constraints(hours_per_week=5, budget=800, languages=("en",)),
        Constraints(hours_per_week=5, budget=300, languages=("en",)),
        Constraints(hours_per_week=5, budget=300, languages=("en",), participation=("online",)),
        Constraints(hours_per_week=2, budget=300, languages=("en", "de")),
        Constraints(hours_per_week=5, budget=800, languages=("en",)),
    ]
    for constraints in follow_ups:
        profile = base.model_copy(update={"constraints": constraints})
        got = service.plan(profile)
        gap = analyse_gap(profile, settings_taxonomy, catalogue, today=today)
        want = plan_pathway(profile, gap, CatalogueLookup(catalogue), today=today)
        assert got.model_dump_json() == want.model_dump_json()
    assert len(service.solved) > 0


def test_a_session_with_a_memo_plans_what_one_without_plans():
    settings_taxonomy = load_taxonomy(_settings())
    lk = CatalogueLookup(load_catalogue([BUNDLED_CORPUS / "catalogue"]).credentials)
    today = date(2026, 1, 5)
    memo: dict[bytes, frozenset[int]] = {}
    for occupation in sorted(settings_taxonomy.occupations.values(), key=lambda o: o.uri)[:8]:
        profile = LearnerProfile(
            id="l",
            goal=Goal(occupation_uri=occupation.uri),
            constraints=Constraints(hours_per_week=4, budget=500, languages=("en",)),
        )
        gap = analyse_gap(profile, settings_taxonomy, lk, today=today)
        for _ in range(2):
            with_memo = PlanningSession(gap, lk, today=today, solved=memo).plan_with_relaxations(profile)
            without = PlanningSession(gap, lk, today=today).plan_with_relaxations(profile)
            assert with_memo.model_dump_json() == without.model_dump_json()


def _settings():
    from pathfinder.settings import Settings

    return Settings(_env_file=None)
