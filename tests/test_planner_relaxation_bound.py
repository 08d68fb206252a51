"""The relaxation search skips work without changing its answer: the build-free reachability bound, the
candidate sets it avoids, and the prerequisite sweep that drops unavailable credentials."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from candidate_shape import candidate_shape
from conftest import PY, SQL, STATS, VIZ
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pathfinder.domain import (
    Constraints,
    Credential,
    DatedSession,
    Goal,
    LearnerProfile,
    Occupation,
    Preferences,
    Skill,
    SkillRef,
)
from pathfinder.domain.taxonomy import Taxonomy
from pathfinder.planner import CatalogueLookup, PlanningSession
from pathfinder.planner import candidates as candidates_module
from pathfinder.planner.candidates import build_candidates, reachable_skills
from pathfinder.planner.gaps import analyse_gap, study_languages
from pathfinder.planner.offered import planned_for
from pathfinder.planner.prerequisites import drop_unavailable
from pathfinder.planner.relaxation import find_relaxations

TODAY = date(2026, 1, 5)
SKILLS = [SkillRef(uri=f"u:s{k}", label=f"skill {k}") for k in range(6)]


@st.composite
def catalogues(draw) -> list[Credential]:
    creds: list[Credential] = []
    for i in range(draw(st.integers(2, 16))):
        dated = draw(st.booleans()) and draw(st.booleans())
        start = TODAY + timedelta(weeks=draw(st.integers(0, 40)))
        creds.append(
            Credential(
                id=f"c{i}",
                title=f"Course {i}",
                provider=draw(st.sampled_from(["P1", "P2"])),
                hours=float(draw(st.integers(1, 80))),
                cost=float(draw(st.integers(0, 300))),
                skills=tuple(draw(st.lists(st.sampled_from(SKILLS), max_size=2, unique_by=lambda s: s.uri))),
                prerequisites=tuple(
                    draw(
                        st.lists(
                            st.sampled_from([f"c{j}" for j in range(i)] + ["gone"]), max_size=2, unique=True
                        )
                    )
                )
                if i
                else (),
                prerequisite_skills=tuple(draw(st.lists(st.sampled_from(SKILLS), max_size=1))),
                languages=(draw(st.sampled_from(["en", "de"])),),
                eqf_level=draw(st.sampled_from([None, 4, 6])),
                participation=draw(st.sampled_from(["online", "on-site"])),
                delivery="dated" if dated else "self-paced",
                sessions=(DatedSession(start=start, end=start + timedelta(days=13)),) if dated else (),
            )
        )
    return creds


@st.composite
def profiles(draw) -> LearnerProfile:
    return LearnerProfile(
        id="p",
        goal=Goal(
            skills=tuple(
                draw(st.lists(st.sampled_from([s.uri for s in SKILLS]), min_size=1, max_size=6, unique=True))
            )
        ),
        constraints=Constraints(
            hours_per_week=float(draw(st.integers(1, 10))),
            weeks=draw(st.one_of(st.none(), st.integers(1, 30))),
            budget=draw(st.one_of(st.none(), st.integers(0, 400).map(float))),
            languages=tuple(draw(st.lists(st.sampled_from(["en", "de"]), max_size=1))),
            participation=tuple(draw(st.lists(st.sampled_from(["online", "on-site"]), max_size=1))),
            max_eqf=draw(st.sampled_from([None, 4, 5])),
        ),
        preferences=Preferences(rejected=tuple(draw(st.lists(st.sampled_from(["c0", "c1"]), max_size=1)))),
    )


def relaxations_of(profile: LearnerProfile) -> list[LearnerProfile]:
    c = profile.constraints
    out = [
        profile.model_copy(update={"constraints": c.model_copy(update=change)})
        for change in (
            {"languages": ()},
            {"participation": ()},
            {"max_eqf": None},
            {"weeks": None},
            {"budget": None},
        )
    ]
    out.append(profile.model_copy(update={"constraints": Constraints(hours_per_week=c.hours_per_week)}))
    return out


@pytest.mark.slow
@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(catalogue=catalogues(), profile=profiles(), prune=st.booleans())
def test_the_reachable_skills_contain_what_a_built_relaxed_set_covers(catalogue, profile, prune):
    # with pruning forced on (every skill keeps only its best eligible teacher) the relaxed set can lose
    # skills
    # the base set had, so the bound must not rely on the sets growing
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(candidates_module, "PRUNE_ABOVE", 0 if prune else 400)
        _check_reachable(catalogue, profile, keep=1 if prune else 12)


def _check_reachable(catalogue: list[Credential], profile: LearnerProfile, keep: int) -> None:
    gap = analyse_gap(profile, Taxonomy(), catalogue, today=TODAY)
    lk = CatalogueLookup(catalogue)
    base = build_candidates(profile, gap, lk, today=TODAY, keep_per_skill=keep)
    uris = [g.uri for g in gap.skills]
    for relaxed in relaxations_of(profile):
        built = build_candidates(relaxed, gap, lk, today=TODAY, keep_per_skill=keep)
        covered = {built.skills[j] for cov in built.covers for j in cov} | {
            built.skills[j] for t in built.targets for j in t.covers
        }
        reachable = reachable_skills(base, relaxed, TODAY, lk, uris)
        assert reachable is not None
        assert covered <= reachable


@pytest.mark.slow
@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(catalogue=catalogues(), profile=profiles(), prune=st.booleans(), forbid=st.integers(0, 4))
def test_a_relaxed_set_built_from_another_equals_one_built_from_scratch(catalogue, profile, prune, forbid):
    # forbidden ids (dated sessions that did not fit) can turn pruning off again: the reused set must notice
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(candidates_module, "PRUNE_ABOVE", 0 if prune else 400)
        keep = 1 if prune else 12
        gap = analyse_gap(profile, Taxonomy(), catalogue, today=TODAY)
        lk = CatalogueLookup(catalogue)
        base = build_candidates(profile, gap, lk, today=TODAY, keep_per_skill=keep)
        forbidden = frozenset(c.id for c in base.cands[:forbid])
        for relaxed in relaxations_of(profile):
            reused = build_candidates(
                relaxed, gap, lk, today=TODAY, keep_per_skill=keep, reuse=base, forbidden=forbidden
            )
            fresh = build_candidates(relaxed, gap, lk, today=TODAY, keep_per_skill=keep, forbidden=forbidden)
            assert candidate_shape(reused) == candidate_shape(fresh)


def test_a_tightened_constraint_is_not_bounded_from_the_base_set(catalogue):
    profile = LearnerProfile(id="p", goal=Goal(skills=(PY.uri,)), constraints=Constraints(languages=("en",)))
    gap = analyse_gap(profile, Taxonomy(), catalogue, today=TODAY)
    base = build_candidates(profile, gap, catalogue, today=TODAY)
    other = profile.model_copy(update={"constraints": Constraints(languages=("de",))})
    assert reachable_skills(base, other, TODAY, CatalogueLookup(catalogue), [PY.uri]) is None


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(catalogue=catalogues(), profile=profiles())
def test_skipping_hopeless_relaxations_does_not_change_them(catalogue, profile):
    _check_skipping(catalogue, profile)


def _check_skipping(catalogue: list[Credential], profile: LearnerProfile) -> None:
    gap = analyse_gap(profile, Taxonomy(), catalogue, today=TODAY)
    lk = CatalogueLookup(catalogue)
    session = PlanningSession(gap, lk, today=TODAY)
    pathway = session.plan_with_relaxations(profile)
    found = pathway.relaxations
    # the relaxations are those of the profile the plan was made for: with no deadline and a plan over two
    # years, the plan within two years (`Pathway.horizon_weeks`; session 14: a learner at 1 h/week whose
    # whole plan takes 240 weeks was compared with the relaxations of that 240-week plan)
    planned = planned_for(profile, pathway)
    current = session.plan(planned)
    unskipped = find_relaxations(
        planned,
        gap,
        lk,
        current,
        PlanningSession(gap, lk, today=TODAY).plan,
        TODAY,
        named_languages=bool(study_languages(profile)),  # as the session reads them (session 22)
    )
    # (the hours a dated session needs are proposed apart from the search:
    # `PlanningSession._load_relaxations`)
    assert tuple(r for r in found if "(a dated session)" not in r.message) == unskipped


def test_a_plan_over_two_years_is_relaxed_as_the_plan_within_two_years():
    # the minimal instance random draws found (session 14): three 80 h courses at 1 h/week with no deadline;
    # the plan offered is the one within two years (one step), and its relaxations are that plan's, not those
    # of the 240-week plan (which has none: nothing but the learner's pace limits it)
    catalogue = [
        Credential(id=f"c{i}", title=f"C{i}", provider="P1", hours=80.0, cost=0.0, skills=(SKILLS[i],))
        for i in range(3)
    ]
    profile = LearnerProfile(
        id="p",
        goal=Goal(skills=tuple(s.uri for s in SKILLS[:4])),
        constraints=Constraints(hours_per_week=1.0),
    )
    gap = analyse_gap(profile, Taxonomy(), catalogue, today=TODAY)
    lk = CatalogueLookup(catalogue)
    pathway = PlanningSession(gap, lk, today=TODAY).plan_with_relaxations(profile)
    assert pathway.horizon_weeks == 104 and len(pathway.ids) == 1 and pathway.relaxations
    whole = PlanningSession(gap, lk, today=TODAY).plan(profile)
    assert whole.totals.weeks == 240
    assert find_relaxations(profile, gap, lk, whole, PlanningSession(gap, lk, today=TODAY).plan, TODAY) == ()
    _check_skipping(catalogue, profile)


TAX = Taxonomy.from_items(
    [Skill(uri=s.uri, label=s.label) for s in (PY, SQL, STATS, VIZ)],
    [
        Occupation(
            uri="occ:da", label="data analyst", essential=(PY.uri, SQL.uri, STATS.uri), optional=(VIZ.uri,)
        )
    ],
)


def test_a_relaxation_that_cannot_help_builds_no_candidate_set(catalogue):
    # statistics is taught only in German at EQF 6: allowing German alone or EQF 6 alone cannot help, so
    # neither
    # is built; only all changes together are
    # English as the conversation's language: a learner who named theirs is offered no third one (session 22)
    profile = LearnerProfile(id="p", goal=Goal(occupation_uri="occ:da"), constraints=Constraints(max_eqf=5))
    gap = analyse_gap(profile, TAX, catalogue, today=TODAY)
    session = PlanningSession(gap, CatalogueLookup(catalogue), today=TODAY, language="en")
    pw = session.plan_with_relaxations(profile)
    assert STATS.uri in {u.uri for u in pw.uncovered}
    assert {r.constraint for r in pw.relaxations} == {"languages", "max_eqf"}
    assert "No single change is enough" in pw.relaxations[0].message
    assert session.builds == 2  # the profile's own set and the all-relaxed one


def _first_version(pool: dict[str, Credential], held: frozenset[str], excluded: dict[str, str]) -> None:
    """The first `drop_unavailable`, the definition the faster one must match: sweep the pool in order until a
    sweep removes nothing, then remove what sits on a cycle (Kahn) and start again."""
    changed = True
    while changed:
        changed = False
        for cid, cred in list(pool.items()):
            missing = [p for p in cred.prerequisites if p not in held and p not in pool]
            if missing:
                why = excluded.get(missing[0], "not in the catalogue")
                excluded[cid] = f"needs {missing[0]} first, which is unavailable ({why})"
                del pool[cid]
                changed = True
    indegree = {cid: sum(1 for p in c.prerequisites if p in pool) for cid, c in pool.items()}
    dependants: dict[str, list[str]] = {}
    for cid, cred in pool.items():
        for p in cred.prerequisites:
            if p in pool:
                dependants.setdefault(p, []).append(cid)
    ready = [cid for cid, d in indegree.items() if d == 0]
    while ready:
        for dep in dependants.get(ready.pop(), ()):
            indegree[dep] -= 1
            if indegree[dep] == 0:
                ready.append(dep)
    cyclic = [cid for cid, d in indegree.items() if d > 0]
    for cid in cyclic:
        excluded[cid] = "its prerequisites form a cycle in the catalogue"
        del pool[cid]
    if cyclic:
        _first_version(pool, held, excluded)


@pytest.mark.slow
@settings(max_examples=400, deadline=None)
@given(st.data())
def test_dropping_unavailable_prerequisites_matches_the_first_version(data):
    n = data.draw(st.integers(1, 14))
    ids = [f"c{i}" for i in range(n)]
    order = data.draw(
        st.permutations(ids)
    )  # the pool's order decides which missing prerequisite a reason names
    pool = {
        cid: Credential(
            id=cid,
            title=cid,
            provider="P",
            prerequisites=tuple(
                data.draw(
                    st.lists(
                        st.sampled_from([i for i in ids if i != cid] + ["gone", "held"]),
                        max_size=3,
                        unique=True,
                    )
                )
            ),
        )
        for cid in order
    }
    excluded = {"gone": "not in your languages"}
    expected, expected_excluded = dict(pool), dict(excluded)
    _first_version(expected, frozenset({"held"}), expected_excluded)
    order = drop_unavailable(pool, frozenset({"held"}), excluded)
    assert list(pool) == list(expected)
    assert excluded == expected_excluded
    at = {cid: k for k, cid in enumerate(order)}
    assert sorted(order) == sorted(pool)  # what is left, each after its prerequisites
    assert all(at[p] < at[cid] for cid in order for p in pool[cid].prerequisites if p in pool)


def test_forbidding_teachers_can_turn_pruning_off_for_a_reused_set():
    # five teachers of one skill; keeping the best one per skill above three eligible: pruned. With two of
    # them
    # forbidden only three are eligible, so all three stay, whether or not the pruned set is reused
    teachers = [
        Credential(id=f"t{k}", title=f"t{k}", provider="P", hours=10 + k, cost=0, skills=(SKILLS[0],))
        for k in range(5)
    ]
    profile = LearnerProfile(id="p", goal=Goal(skills=(SKILLS[0].uri,)), constraints=Constraints(budget=100))
    gap = analyse_gap(profile, Taxonomy(), teachers, today=TODAY)
    relaxed = profile.model_copy(update={"constraints": Constraints()})
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(candidates_module, "PRUNE_ABOVE", 0)
        base = build_candidates(profile, gap, teachers, today=TODAY, keep_per_skill=1)
        assert base.pruned and [c.id for c in base.cands] == ["t0"]
        forbidden = frozenset({"t0", "t1"})
        reused = build_candidates(
            relaxed, gap, teachers, today=TODAY, keep_per_skill=1, reuse=base, forbidden=forbidden
        )
    assert not reused.pruned and [c.id for c in reused.cands] == ["t2", "t3", "t4"]
