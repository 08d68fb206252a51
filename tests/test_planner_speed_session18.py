"""Planner speed, issue 14 session 18: work shared between the solves of a plan and between plans, no plan
changed.

- The model's rows that depend only on the candidate set (coverage, prerequisites, stacks), who covers each
  gap skill and the class matrices HiGHS gets are kept per candidate set (`selection._structure`): a plan's
  ~20 solves over a few sets (strategies, relaxed limits, pinned re-solves) built them anew for each. The
  matrices are the ones built from the entries, entry for entry (`_class_matrix_of`).
- The goal's courses (`core.goal_courses`) are kept in the catalogue lookup by what they read of the gap, so
  every plan for the goal shares them (`PlanningSession._goal_courses_of`).
"""

from __future__ import annotations

import dataclasses
from datetime import date
from functools import cache

import numpy as np

from pathfinder.catalogue import load_catalogue
from pathfinder.domain import Constraints, Goal, LearnerProfile, Preferences
from pathfinder.planner import PlanningSession, core, plan_pathway, selection, session
from pathfinder.planner.candidates import build_candidates
from pathfinder.planner.gaps import analyse_gap
from pathfinder.planner.instance import instance_for
from pathfinder.planner.lookup import CatalogueLookup
from pathfinder.settings import Settings
from pathfinder.skills.files import load_taxonomy

DAY = date(2026, 1, 5)
LIMITS = Constraints(hours_per_week=6, weeks=30, budget=900, languages=("en",))


@cache
def _bundled():
    settings = Settings(_env_file=None)
    lookup = CatalogueLookup(load_catalogue([settings.corpus_dir / "catalogue"]).credentials)
    return load_taxonomy(settings), lookup


def _cases(constraints: Constraints = LIMITS):
    """(profile, gap) per bundled occupation whose candidate set has stack targets or prerequisites."""
    taxonomy, lookup = _bundled()
    for occ in sorted(taxonomy.occupations.values(), key=lambda o: o.uri):
        profile = LearnerProfile(id="l", goal=Goal(occupation_uri=occ.uri), constraints=constraints)
        yield profile, analyse_gap(profile, taxonomy, lookup, today=DAY)


def _same_matrix(a, b) -> bool:
    return (
        a.shape == b.shape
        and a.format == b.format == "csc"
        and np.array_equal(a.indptr, b.indptr)
        and np.array_equal(a.indices, b.indices)
        and np.array_equal(a.data, b.data)
        and a.data.dtype == b.data.dtype
    )


def _scratch(inst, classes):
    """`classes_model`'s matrix built from the model's entries, nothing kept."""
    model = selection._model(inst)
    n, m = inst.n, len(inst.skills)
    kept_rows = [cls[0] for cls in classes] + list(range(m, len(model[3])))
    kept_cols = np.array(
        [*range(n), *(n + cls[0] for cls in classes), *range(n + m, n + m + len(inst.targets))], dtype=np.intp
    )
    return selection._class_matrix_of(inst, model, kept_rows, kept_cols)


def test_instances_over_one_candidate_set_share_its_structure_and_get_the_matrices_built_from_scratch():
    _, lookup = _bundled()
    checked = 0
    for profile, gap in _cases():
        cands = build_candidates(profile, gap, lookup, today=DAY)
        if cands.n == 0:
            continue
        looser = profile.model_copy(update={"constraints": Constraints(languages=("en",))})
        pinned = dataclasses.replace(cands, forced=set(cands.closures[0]))
        insts = [
            instance_for(cands, profile, gap, "balanced", DAY),
            instance_for(cands, profile, gap, "fastest", DAY),
            instance_for(cands, looser, gap, "cheapest", DAY),  # no limit rows
            instance_for(pinned, profile, gap, "balanced", DAY),  # a pin: same rows, other bounds
        ]
        kept = selection._structure(insts[0])
        assert all(selection._structure(inst) is kept for inst in insts)
        for inst in insts * 2:  # the second pass finds every matrix kept
            for weighs in (
                [w > 0 for w in inst.stage1],
                [s > 0 or b > 0 for s, b in zip(inst.stage1, inst.bonus)],
            ):
                classes = selection.coverage_classes(inst, weighs)
                a, lo, hi, cols = selection.classes_model(inst, selection._model(inst), classes)
                assert _same_matrix(a, _scratch(inst, classes))
                assert lo.size == hi.size == a.shape[0] and cols.size == a.shape[1]
                checked += 1
        assert kept.blocks
    assert checked > 100


def test_a_kept_matrix_is_handed_out_as_a_copy():
    _, lookup = _bundled()
    profile, gap = next((p, g) for p, g in _cases() if build_candidates(p, g, lookup, today=DAY).n > 3)
    inst = instance_for(build_candidates(profile, gap, lookup, today=DAY), profile, gap, "balanced", DAY)
    classes = selection.coverage_classes(inst, [w > 0 for w in inst.stage1])
    first = selection.classes_model(inst, selection._model(inst), classes)[0]
    first.data[:] = 99.0  # a caller changing its matrix
    again = selection.classes_model(inst, selection._model(inst), classes)[0]
    assert _same_matrix(again, _scratch(inst, classes))


def test_another_candidate_set_with_equal_lists_gets_its_own_structure():
    _, lookup = _bundled()
    profile, gap = next((p, g) for p, g in _cases() if build_candidates(p, g, lookup, today=DAY).n > 3)
    cands = build_candidates(profile, gap, lookup, today=DAY)
    inst = instance_for(cands, profile, gap, "balanced", DAY)
    copied = dataclasses.replace(inst, covers=list(inst.covers), prereqs=list(inst.prereqs))
    assert selection._structure(copied) is not selection._structure(inst)
    # fewer coverers for the first candidate: its own rows, not the kept ones
    fewer = dataclasses.replace(inst, covers=[frozenset(), *inst.covers[1:]])
    assert selection._model(fewer) != selection._model(inst) or not inst.covers[0]
    assert _kept_is_fresh(fewer)


def _kept_is_fresh(inst) -> bool:
    """The structure found for `inst` is the one built anew from its lists."""
    kept, fresh = selection._structure(inst), selection._Structure(inst)
    fields = ("rows", "cols", "vals", "lo", "hi", "coverers")
    return all(getattr(kept, f) == getattr(fresh, f) for f in fields)


def test_goal_courses_are_found_once_per_catalogue_and_gap_and_kept_for_every_plan(monkeypatch):
    """(Session 20: the ranking is kept in any language and read in each: a language asks no rule anew.)"""
    taxonomy, lookup = _bundled()
    calls: list[int] = []
    rule = session.goal_course_ranking

    def counted(gap, credentials):
        calls.append(1)
        return rule(gap, credentials)

    monkeypatch.setattr(session, "goal_course_ranking", counted)
    lookup.goal_course_memo.clear()
    profile, gap = next((p, g) for p, g in _cases() if g.essential)
    first = PlanningSession(gap, lookup, today=DAY).goal_courses(profile)
    assert len(calls) == 1
    assert PlanningSession(gap, lookup, today=DAY).goal_courses(profile) == first
    assert len(calls) == 1  # a new session (a new plan) asks no rule anew
    other_language = profile.model_copy(update={"constraints": Constraints(languages=("de",))})
    teaching = {c.id: c for g in gap.essential for c in lookup.by_skill.get(g.uri, ())}
    assert PlanningSession(gap, lookup, today=DAY).goal_courses(other_language) == core.goal_courses(
        gap, teaching.values(), ("de",)
    )
    assert len(calls) == 1  # another language: read from the kept ranking (session 20)
    heavier = gap.model_copy(
        update={"skills": tuple(s.model_copy(update={"weight": s.weight + 1.0}) for s in gap.skills)}
    )
    PlanningSession(heavier, lookup, today=DAY).goal_courses(profile)
    assert len(calls) == 2  # other weights: found anew
    fresh = CatalogueLookup(lookup.credentials)
    assert PlanningSession(gap, fresh, today=DAY).goal_courses(profile) == first
    assert len(calls) == 3  # another catalogue lookup keeps its own


def test_kept_goal_courses_are_what_the_rule_gives_for_every_goal_and_plans_are_unchanged():
    taxonomy, lookup = _bundled()
    lookup.goal_course_memo.clear()
    for profile, gap in _cases(Constraints(languages=("en",))):
        teaching = {c.id: c for g in gap.essential for c in lookup.by_skill.get(g.uri, ())}
        want = core.goal_courses(gap, teaching.values(), ("en",))
        assert PlanningSession(gap, lookup, today=DAY).goal_courses(profile) == want
    profile, gap = next((p, g) for p, g in _cases() if PlanningSession(g, lookup, today=DAY).goal_courses(p))
    planned = plan_pathway(profile, gap, lookup, today=DAY).model_dump_json()
    lookup.goal_course_memo.clear()
    assert (
        plan_pathway(profile, gap, CatalogueLookup(lookup.credentials), today=DAY).model_dump_json()
        == planned
    )


def test_preferences_do_not_enter_the_structure_key():
    """Pins and rejections change the candidate set's bounds or its lists: a rejected course gives a new set
    (new lists, its own structure), a pin the same lists (the structure kept)."""
    _, lookup = _bundled()
    profile, gap = next((p, g) for p, g in _cases() if build_candidates(p, g, lookup, today=DAY).n > 3)
    cands = build_candidates(profile, gap, lookup, today=DAY)
    rejecting = profile.model_copy(update={"preferences": Preferences(rejected=(cands.cands[0].id,))})
    other = build_candidates(rejecting, gap, lookup, today=DAY)
    a = instance_for(cands, profile, gap, "balanced", DAY)
    b = instance_for(other, rejecting, gap, "balanced", DAY)
    assert selection._structure(a) is not selection._structure(b)
    assert _kept_is_fresh(a) and _kept_is_fresh(b)
