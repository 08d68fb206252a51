"""Plans an adviser would sign (issue 14, session 29, branch plans29; fresh28 and trial-24 cases, tune), on
the bundled catalogue. Each test fails on the base commit 60af69b6 unless marked a guard:

- a learner with no money or a tiny budget whose goal's courses all cost more gets a free course of the
  goal's own subject as a first step when the catalogue has one the selection's soft rules left out
  (`free_first.on_subject_start`, source 3 of `PlanningSession._free_first`): a BCA graduate with EUR 60
  aiming at cloud engineer (fresh28-01, t24-01) and an ICT teacher with no money (fresh28-09) had no step.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from pathfinder.cli.plans_eval import load_cases
from pathfinder.planner import CatalogueLookup, plan_pathway
from pathfinder.planner.free_first import stated_free
from pathfinder.planner.gaps import analyse_gap
from pathfinder.planner.review import relevance

FRESH28 = Path(__file__).parent.parent / "evals" / "plans" / "fresh28_cases.jsonl"


@pytest.fixture(scope="module")
def lookup(bundled_catalogue):
    return CatalogueLookup(bundled_catalogue)


@pytest.fixture(scope="module")
def fresh28():
    return {c.id: c for c in load_cases(FRESH28)}


def _plan(case, taxonomy, lookup):
    strategy = case.note.split("strategy:", 1)[1].strip() if "strategy:" in case.note else "balanced"
    gap = analyse_gap(case.profile, taxonomy, lookup, today=case.today)
    return gap, plan_pathway(case.profile, gap, lookup, strategy, today=case.today)


# ------------------------------------------------------------------------------ a free first step on subject


@pytest.mark.parametrize("cid", ["fresh28-01", "fresh28-09"])
def test_no_money_for_the_goals_courses_gives_a_free_course_of_its_subject_first(
    cid, fresh28, taxonomy, lookup
):
    case = fresh28[cid]
    gap, pw = _plan(case, taxonomy, lookup)
    assert pw.steps, pw.notes
    assert all(stated_free(lookup.by_id[s.id]) for s in pw.steps)
    essential = {g.uri for g in gap.essential}
    first = lookup.by_id[pw.steps[0].id]
    assert {r.uri for r in first.skills if not r.inferred} & essential  # the catalogue tags it with the goal
    assert not first.digcomp_areas  # no citizen's course: one of the goal's subject
    assert any(r.startswith("free: a first step") for r in pw.steps[0].reasons)
    reviews = relevance(case.profile, gap, pw, lookup.by_id)
    assert all(r.relevant for r in reviews), reviews
    assert pw.relaxations and pw.relaxations[0].constraint == "budget"  # the paid continuation proposed
