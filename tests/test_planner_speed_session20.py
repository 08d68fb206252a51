"""Planner speed, issue 14 session 20: solver answers and the goal's courses kept per catalogue, no plan
changed.

- A `PlanningSession` given no memo of its own keeps optimal selections and first-stage optima in its
  catalogue lookup (`CatalogueLookup.solve_memo`, `first_stage_memo`): each is a function of the model its
  digest holds, so the next plan over the lookup that meets the same model (the same learner re-planned, a
  follow-up, another strategy) solves none of them again.
- The goal's courses are ranked once per catalogue and gap in any language (`core.goal_course_ranking`) and
  read in each language a plan or its relaxations ask (`core.goal_courses_in`): before, each language walked
  the goal's teachers again.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from datetime import date
from functools import cache

from pathfinder.catalogue import load_catalogue
from pathfinder.domain import Constraints, Credential, Goal, LearnerProfile, Preferences
from pathfinder.planner import PlanningSession, highs_start, plan_alternatives, plan_pathway
from pathfinder.planner.core import GOAL_SHARE, GOAL_SKILLS, goal_courses, names_goal
from pathfinder.planner.gaps import Gap, analyse_gap
from pathfinder.planner.lookup import CatalogueLookup
from pathfinder.planner.memo import SolvedSelections
from pathfinder.settings import Settings
from pathfinder.skills.files import load_taxonomy

DAY = date(2026, 1, 5)
EPS = 1e-6
CONSTRAINTS = (
    Constraints(hours_per_week=6, weeks=30, budget=900, languages=("en",)),
    Constraints(hours_per_week=4, budget=300, languages=("en", "de")),
    Constraints(languages=("fr",)),
)


@cache
def _bundled():
    settings = Settings(_env_file=None)
    credentials = load_catalogue([settings.corpus_dir / "catalogue"]).credentials
    return load_taxonomy(settings), tuple(credentials)


def _cases(constraints: Constraints, lookup: CatalogueLookup, every: int = 1):
    taxonomy, _ = _bundled()
    occupations = sorted(taxonomy.occupations.values(), key=lambda o: o.uri)[::every]
    for occ in occupations:
        profile = LearnerProfile(id="l", goal=Goal(occupation_uri=occ.uri), constraints=constraints)
        yield profile, analyse_gap(profile, taxonomy, lookup, today=DAY)


def _counting_solves(monkeypatch) -> list[int]:
    calls: list[int] = []
    solve = highs_start._solve

    def counted(*args, **kwargs):
        calls.append(1)
        return solve(*args, **kwargs)

    monkeypatch.setattr(highs_start, "_solve", counted)
    return calls


def test_a_second_plan_over_the_same_lookup_solves_no_model_again_and_plans_the_same(monkeypatch):
    _, credentials = _bundled()
    lookup = CatalogueLookup(credentials)
    calls = _counting_solves(monkeypatch)
    for profile, gap in _cases(CONSTRAINTS[0], lookup):
        calls.clear()
        first = plan_pathway(profile, gap, lookup, today=DAY).model_dump_json()
        if len(calls) >= 3:  # a plan of several HiGHS solves
            break
    calls.clear()
    again = plan_pathway(profile, gap, lookup, today=DAY).model_dump_json()
    assert calls == []  # every model of the plan was met before
    assert again == first
    assert len(lookup.solve_memo) > 0 and len(lookup.first_stage_memo) > 0
    fresh = plan_pathway(profile, gap, CatalogueLookup(credentials), today=DAY).model_dump_json()
    assert fresh == first
    assert calls  # a new lookup keeps its own


def test_plans_over_one_lookup_are_the_plans_over_a_fresh_lookup_each():
    """Every bundled goal (every third) under three constraint sets, balanced with relaxations and the
    alternatives, planned in turn over one lookup (its memos filling up and read across goals and
    strategies) against each planned over a lookup of its own."""
    _, credentials = _bundled()
    shared = CatalogueLookup(credentials)
    for constraints in CONSTRAINTS:
        for profile, gap in _cases(constraints, shared, every=3):
            kept = [plan_pathway(profile, gap, shared, today=DAY)]
            kept += plan_alternatives(profile, gap, shared, today=DAY).values()
            own = CatalogueLookup(credentials)
            fresh = [plan_pathway(profile, gap, own, today=DAY)]
            fresh += plan_alternatives(profile, gap, CatalogueLookup(credentials), today=DAY).values()
            assert [p.model_dump_json() for p in kept] == [p.model_dump_json() for p in fresh]


def test_a_session_with_its_own_memo_leaves_the_lookups_selections_alone():
    _, credentials = _bundled()
    lookup = CatalogueLookup(credentials)
    memo: SolvedSelections[frozenset[int]] = SolvedSelections()
    profile, gap = next(iter(_cases(CONSTRAINTS[0], lookup)))
    for p, g in _cases(CONSTRAINTS[0], lookup, every=4):
        PlanningSession(g, lookup, today=DAY, solved=memo).plan_with_relaxations(p)
    assert len(memo) > 0 and len(lookup.solve_memo) == 0
    assert PlanningSession(gap, lookup, today=DAY).solved is lookup.solve_memo


def _goal_courses_by_definition(
    gap: Gap, credentials: Iterable[Credential], languages: Collection[str]
) -> tuple[str, ...]:
    """Session 16's `goal_courses` as it stood before session 20, the language filter inside the walk."""
    weight = {g.uri: g.weight for g in gap.essential}
    total = sum(weight.values())
    found: dict[str, tuple[float, str]] = {}
    for c in credentials:
        if c.id in found or c.stack_ects_required is not None or c.kind == "certificate":
            continue
        if languages and c.languages and not set(c.languages) & set(languages):
            continue
        taught = {s.uri for s in c.skills if s.uri in weight and s.counts}
        if not taught:
            continue
        stated = {s.uri for s in c.skills if s.uri in weight and not s.inferred}
        gain = sum(weight[u] for u in taught)
        by_skills = len(stated) >= GOAL_SKILLS and sum(weight[u] for u in stated) >= GOAL_SHARE * total - EPS
        if by_skills or names_goal(c.title, gap.goal_names):
            found[c.id] = (-gain, c.id)
    return tuple(sorted(found, key=lambda i: found[i]))


def test_goal_courses_read_from_the_ranking_are_the_definitions_in_every_language():
    _, credentials = _bundled()
    lookup = CatalogueLookup(credentials)
    languages = [(), ("en",), ("de",), ("fr", "en"), ("es",), ("fi", "vi", "hi", "bn")]
    seen = 0
    for profile, gap in _cases(Constraints(), lookup):
        teaching = {c.id: c for g in gap.essential for c in lookup.by_skill.get(g.uri, ())}
        session = PlanningSession(gap, lookup, today=DAY)
        for langs in languages:
            want = _goal_courses_by_definition(gap, teaching.values(), langs)
            assert goal_courses(gap, teaching.values(), langs) == want
            asked = profile.model_copy(update={"constraints": Constraints(languages=langs)})
            assert session.goal_courses(asked) == want
            seen += bool(want)
    assert seen > 10
    taxonomy, _ = _bundled()
    assert 0 < len(lookup.goal_course_memo) <= len(taxonomy.occupations)  # one ranking per gap, any language
    assert all(len(key) == 2 for key in lookup.goal_course_memo)  # (essential skills, goal names)


def test_a_pinned_and_a_rejected_plan_keep_their_own_models():
    """Pins and rejections change the model (a bound, a set): the memo never answers one for the other."""
    _, credentials = _bundled()
    lookup = CatalogueLookup(credentials)
    for profile, gap in _cases(CONSTRAINTS[1], lookup, every=6):
        plain = plan_pathway(profile, gap, lookup, today=DAY)
        if not plain.steps:
            continue
        first = plain.steps[0].id
        for prefs in (Preferences(pinned=(first,)), Preferences(rejected=(first,))):
            changed = profile.model_copy(update={"preferences": prefs})
            kept = plan_pathway(changed, gap, lookup, today=DAY).model_dump_json()
            fresh = plan_pathway(changed, gap, CatalogueLookup(credentials), today=DAY).model_dump_json()
            assert kept == fresh
