"""Session 28 (issue 14, the 10k tail; branch speed28): one rule for a copy of a course (`planner/copies.py`).

The bisection of 075d6927..bba0930b found one commit that made the 10k tail dearer: cfe47379 (session 25),
whose newcomer's jump starts (`PlanningSession._jump_starts`) tried two copies of one free citizen's course,
a whole plan each (the 10k database administrator: two Digital Literacy Essentials plans, +65% CPU). Now a
dearer copy of a course tried before it is not tried (`copies.without_dearer_copies`), in a newcomer's
first-course tries and the free first step's; the core repair (`core._twin`) and the costly-chain loop
(`chains.costly_twins`) read the same notion of a copy (`copies.same_course`: the title and the skills
taught). Each test fails on bba0930b unless marked a guard.
"""

from __future__ import annotations

from datetime import date

import pytest
from test_speed27 import A, B, C, _chain_copy, _copy, _core_ranked, _cred, _kiln, _solved

from pathfinder.domain import Constraints, DatedSession, Goal, LearnerProfile, Preferences
from pathfinder.planner import CatalogueLookup, plan_pathway
from pathfinder.planner import session as planner_session
from pathfinder.planner.chains import costly_chain, costly_twins
from pathfinder.planner.gaps import analyse_gap

TODAY = date(2026, 1, 5)


# ------------------------------------------------------------------ the rule (new module: fails on import)


def test_a_copy_is_the_same_title_and_skills():
    from pathfinder.planner.copies import same_course

    a = _kiln("kiln~0", 40, 100)
    assert same_course(a, _kiln("kiln~1", 50, 120))
    assert not same_course(a, _kiln("oven~1", 40, 100))  # another title, the same skills
    assert not same_course(a, _kiln("kiln~2", 40, 100, skills=a.skills[:1]))  # the same title, fewer skills


def test_a_dearer_copy_needs_the_same_courses_first_in_the_same_sessions():
    from pathfinder.planner.copies import dearer_copy

    a, dearer = _kiln("kiln~0", 40, 100), _kiln("kiln~1", 50, 100)
    hours = {"kiln~0": 40.0, "kiln~1": 50.0, "kiln~2": 30.0, "kiln~3": 50.0, "kiln~4": 50.0}
    cost = {"kiln~0": 100.0, "kiln~1": 100.0, "kiln~2": 150.0, "kiln~3": 100.0, "kiln~4": 100.0}
    assert dearer_copy(dearer, a, hours, cost)
    assert not dearer_copy(a, dearer, hours, cost)  # the cheaper one is no dearer copy
    assert not dearer_copy(_kiln("kiln~2", 30, 150), a, hours, cost)  # fewer hours for more money
    assert not dearer_copy(_kiln("kiln~3", 50, 100, "base"), a, hours, cost)  # needs another course first
    feb = (DatedSession(start=date(2026, 2, 1), end=date(2026, 4, 1)),)
    may = (DatedSession(start=date(2026, 5, 1), end=date(2026, 7, 1)),)
    early = _kiln("kiln~0", 40, 100, delivery="dated", sessions=feb)
    assert dearer_copy(_kiln("kiln~1", 50, 100, delivery="dated", sessions=feb), early, hours, cost)
    # other sessions can schedule better: tried
    assert not dearer_copy(_kiln("kiln~4", 50, 100, delivery="dated", sessions=may), early, hours, cost)


def test_dearer_copies_are_dropped_lazily_in_order():
    from pathfinder.planner.copies import without_dearer_copies

    courses = [_kiln("kiln~0", 40, 100), _kiln("oven~0", 60, 100), _kiln("kiln~1", 50, 100)]
    hours = {"kiln~0": 40.0, "oven~0": 60.0, "kiln~1": 50.0}
    cost = dict.fromkeys(hours, 100.0)
    assert [c.id for c in without_dearer_copies(courses, hours, cost)] == ["kiln~0", "oven~0"]
    read: list[str] = []

    def tracked():
        for c in courses:
            read.append(c.id)
            yield c

    first = next(iter(without_dearer_copies(tracked(), hours, cost)))
    assert first.id == "kiln~0" and read == ["kiln~0"]  # a rule stopping at its first success reads no more


# ------------------------------------------------------------------ a newcomer's first-course tries


@pytest.fixture(scope="module")
def dba(bundled_catalogue, taxonomy):
    """The bundled catalogue with two cheaper copies of Digital Literacy Essentials (a free citizen's course,
    dated), and a newcomer aiming at database administrator whose plan starts at EQF 5: the jump starts
    (`_jump_starts`, cfe47379) try the 60 h copy, whose plan fails, then the 65 h one."""
    dl = next(c for c in bundled_catalogue if c.id == "glcc-dl-101")
    catalogue = [
        *bundled_catalogue,
        dl.model_copy(update={"id": "glcc-dl-101~1", "hours": 60.0}),
        dl.model_copy(update={"id": "glcc-dl-101~2", "hours": 65.0}),
    ]
    occ = next(o for o in taxonomy.occupations.values() if o.label == "database administrator")
    profile = LearnerProfile(
        id="b",
        goal=Goal(occupation_uri=occ.uri),
        constraints=Constraints(hours_per_week=8, weeks=58, budget=1500, languages=("en",)),
        preferences=Preferences(rejected=("glcc-office-106",)),
    )
    return catalogue, profile, analyse_gap(profile, taxonomy, catalogue, today=TODAY)


def _pins_tried(monkeypatch, catalogue, profile, gap):
    pinned: list[tuple[str, ...]] = []
    real = planner_session.PlanningSession.plan

    def plan(self, p, strategy="balanced"):
        pinned.append(p.preferences.pinned)
        return real(self, p, strategy)

    monkeypatch.setattr(planner_session.PlanningSession, "plan", plan)
    pathway = plan_pathway(profile, gap, CatalogueLookup(catalogue), today=TODAY)
    return pathway, [p for p in pinned if p]


def test_a_dearer_copy_of_a_first_course_tried_before_is_not_tried(monkeypatch, dba):
    # bba0930b planned with glcc-dl-101~2 pinned too: the same course, 5 h more, the same sessions
    pathway, tried = _pins_tried(monkeypatch, *dba)
    assert tried == [("glcc-dl-101~1",)]
    assert not {"glcc-dl-101~1", "glcc-dl-101~2"} & set(pathway.ids)  # the plan is the plan without it


def test_a_copy_in_other_sessions_is_still_tried(monkeypatch, dba):
    # guard (passes on bba0930b): a session fixes weeks, so the later copy can schedule otherwise
    catalogue, profile, gap = dba
    later = tuple(
        s.model_copy(
            update={
                "start": s.start.replace(year=s.start.year + 1),
                "end": s.end.replace(year=s.end.year + 1),
            }
        )
        for s in catalogue[-1].sessions
    )
    catalogue = [*catalogue[:-1], catalogue[-1].model_copy(update={"sessions": later})]
    _, tried = _pins_tried(monkeypatch, catalogue, profile, gap)
    assert tried == [("glcc-dl-101~1",), ("glcc-dl-101~2",)]


def test_the_plan_is_the_plan_without_the_dearer_copy(dba, taxonomy):
    # guard (passes on bba0930b): the dearer copy's try changed nothing but the time
    catalogue, profile, gap = dba
    alone = [c for c in catalogue if c.id != "glcc-dl-101~2"]
    with_copy = plan_pathway(profile, gap, CatalogueLookup(catalogue), today=TODAY)
    without = plan_pathway(
        profile, analyse_gap(profile, taxonomy, alone, today=TODAY), CatalogueLookup(alone), today=TODAY
    )
    assert with_copy.model_dump_json() == without.model_dump_json()


# ------------------------------------------------------- the same notion in the core repair and the chains


def test_a_core_teacher_of_another_title_teaching_the_same_is_tried():
    # bba0930b took any dearer teacher of the same gap skills for a copy; a course of another title is
    # another course (as the costly-chain loop already read it), so its plan is tried
    catalogue = [*_copy(0, 40, 100), _kiln("base~1", 10, 10, skills=()), _kiln("oven~1", 50, 100, "base~1")]
    assert _core_ranked(catalogue) == ["kiln~0", "oven~1"]


def test_a_dearer_copy_of_a_core_teacher_is_still_not_tried():
    # guard (passes on bba0930b): session 27's rule stands for copies
    catalogue = [*_copy(0, 40, 100), *_copy(1, 50, 100), *_copy(2, 40, 120)]
    assert _core_ranked(catalogue) == ["kiln~0"]


def test_a_course_of_the_head_s_title_teaching_other_skills_is_no_copy():
    # bba0930b left a same-title course out with the costly head when its skills were among the chain's;
    # now a copy teaches the head's skills: one teaching fewer is judged when a solve chooses it
    catalogue = [_cred("ab", (A, B), hours=20), *_chain_copy(0), *_chain_copy(1, hours=120)]
    catalogue += _chain_copy(2, hours=130, skills=(C,))  # the head's title, one of its two skills
    inst, weights, ids = _solved(catalogue)
    chosen = {ids[x] for x in ("ab", "p1~0", "p2~0", "nlp~0")}
    chain = costly_chain(inst, chosen, weights)
    assert chain is not None and inst.cands[chain.head].id == "nlp~0"
    assert [inst.cands[t.head].id for t in costly_twins(inst, chosen, chain, weights)] == ["nlp~1"]
