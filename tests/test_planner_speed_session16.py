"""Planner speed, issue 14 session 16: per-catalogue memos and skipped scans that change no plan.

- `CatalogueLookup.distinct_positions`: a skill's teachers' positions sorted once per catalogue, not once per
  gap (`gap_teachers`).
- `CatalogueLookup.earn_keys`: the stack targets' sort keys (`earn_value`, order) once per catalogue
  (`GapTeachers.stacks_by_skill`); `covers_of_target` reads the lookup's counted skills.
- `LevelCheck.presumed`: a learner stating no skill, role, advanced skill or level floor presumes nothing, so
  the scan of every prerequisite is skipped.
- `detours`: a teacher judged for an earlier gap of the same goal family is read from the memo.
- `highs_start`: HiGHS's column types made once.
"""

from __future__ import annotations

from datetime import date
from functools import cache

import numpy as np
import pytest

from pathfinder.catalogue import load_catalogue
from pathfinder.domain import Constraints, Goal, HeldCredential, HeldSkill, LearnerProfile
from pathfinder.planner import detours as detours_module
from pathfinder.planner import highs_start
from pathfinder.planner.gaps import analyse_gap
from pathfinder.planner.level import LevelCheck
from pathfinder.planner.lookup import CatalogueLookup, gap_teachers
from pathfinder.settings import Settings
from pathfinder.skills.files import load_taxonomy

DAY = date(2026, 1, 5)


@cache
def _bundled():
    settings = Settings(_env_file=None)
    lookup = CatalogueLookup(load_catalogue([settings.corpus_dir / "catalogue"]).credentials)
    return load_taxonomy(settings), lookup


def _gaps(profile_of=lambda uri: LearnerProfile(id="l", goal=Goal(occupation_uri=uri))):
    taxonomy, lookup = _bundled()
    for occ in sorted(taxonomy.occupations.values(), key=lambda o: o.uri):
        profile = profile_of(occ.uri)
        yield profile, analyse_gap(profile, taxonomy, lookup, today=DAY)


def test_distinct_positions_are_the_sorted_unique_positions_and_gap_teachers_reads_them():
    _, lookup = _bundled()
    gap = next(g for _, g in _gaps() if g.skills)
    gap_teachers(gap, lookup)
    assert lookup._distinct  # filled by the gap's teachers
    for g in gap.skills:
        got = lookup.distinct_positions(g.uri)
        assert got is lookup.distinct_positions(g.uri)  # once per catalogue
        assert np.array_equal(got, np.unique(lookup.positions(g.uri)))


def test_stack_targets_sort_by_the_catalogue_keys_and_cover_the_counted_skills():
    _, lookup = _bundled()
    checked = 0
    for _, gap in _gaps():
        gt = gap_teachers(gap, lookup)
        for j, targets in gt.stacks_by_skill(lookup).items():
            keys = [(lookup.earn_value(t.id), lookup.order.get(t.id, 0)) for t in targets]
            assert keys == sorted(keys)
            assert all(lookup.earn_keys[t.id] == k for t, k in zip(targets, keys, strict=True))
            assert all(j in gt.covers_of_target(t) for t in targets)
        for t in gt.stacks:
            want = frozenset(gt.skill_index[r.uri] for r in t.skills if r.uri in gt.skill_index and r.counts)
            assert gt.covers_of_target(t) == want
            checked += 1
    assert checked > 0
    # a target the lookup does not hold reads its own skills
    _, gap = next(x for x in _gaps() if gap_teachers(x[1], lookup).stacks)
    gt = gap_teachers(gap, lookup)
    stranger = gt.stacks[0].model_copy(update={"id": "not-in-the-catalogue"})
    assert gt.covers_of_target(stranger) == gt.covers_of_target(gt.stacks[0])


class _Unread(dict):
    def items(self):  # the scan reads the levels through items()
        raise AssertionError("scanned")


def test_a_learner_stating_nothing_presumes_nothing_without_a_scan():
    _, lookup = _bundled()
    six = next(c for c in lookup.credentials if c.eqf_level == 6)
    for held in ((), (HeldCredential(id=six.id, title=six.title, eqf_level=6),)):  # start 6: more to scan
        profile = LearnerProfile(id="l", goal=Goal(occupation_uri="x"), credentials=held)
        check = LevelCheck(profile, lookup.by_id, lookup.skills_of)
        assert check.presumed(_Unread(lookup.prerequisites_by_level)) == frozenset()
        # the skipped scan finds nothing either, at this learner's start
        assert check._scan_presumed(lookup.prerequisites_by_level) == frozenset()
    # a learner who states a skill, or a level floor, is scanned
    for profile in (
        LearnerProfile(id="l", goal=Goal(occupation_uri="x"), skills=(HeldSkill(uri="s", label="s"),)),
        LearnerProfile(id="l", goal=Goal(occupation_uri="x"), constraints=Constraints(min_eqf=5)),
    ):
        with pytest.raises(AssertionError, match="scanned"):
            LevelCheck(profile, lookup.by_id, lookup.skills_of).presumed(_Unread({4: ("a",)}))


def test_detours_read_teachers_judged_for_an_earlier_gap_from_the_memo(monkeypatch):
    _, lookup = _bundled()
    found = {}
    for _, gap in _gaps():
        if gap.elsewhere:
            found[gap.goal_label] = gap_teachers(gap, lookup).detoured
    assert any(found.values())

    def unread(*args, **kwargs):
        raise AssertionError("judged again")

    monkeypatch.setattr(detours_module, "_elsewhere", unread)
    for _, gap in _gaps():  # the same gaps again: every teacher's verdict is in the lookup's memo
        if gap.elsewhere:
            assert gap_teachers(gap, lookup).detoured == found[gap.goal_label]


@pytest.mark.skipif(not highs_start.available(), reason="scipy without the HiGHS bindings")
def test_highs_column_types_are_made_once_and_solve_as_before():
    types = highs_start._var_types()
    assert types is highs_start._var_types()
    assert [int(types[k]) for k in (0, 1)] == [0, 1]
    # max x0 + x1 + 0.5 y, x0 + x1 <= 1.5, y <= 0.7 continuous: x integer picks one, y takes 0.7
    from scipy.sparse import csc_matrix

    a = csc_matrix(np.array([[1.0, 1.0, 0.0], [0.0, 0.0, 1.0]]))
    x = highs_start.solve_cold(
        np.array([-1.0, -1.0, -0.5]),
        a,
        np.array([-np.inf, -np.inf]),
        np.array([1.5, 0.7]),
        np.zeros(3),
        np.ones(3),
        np.array([1.0, 1.0, 0.0]),
        10.0,
        1e-7,
    )
    assert x is not None
    assert x[0] + x[1] == pytest.approx(1.0) and x[2] == pytest.approx(0.7)
