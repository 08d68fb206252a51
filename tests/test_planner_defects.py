"""The three planner defects a brute-force check found (issue 14), each pinned by a minimal instance."""

from __future__ import annotations

from datetime import date

import numpy as np

from pathfinder.domain import (
    Credential,
    Goal,
    HeldCredential,
    LearnerProfile,
    Occupation,
    Skill,
    SkillRef,
    StackTarget,
)
from pathfinder.domain.taxonomy import Taxonomy
from pathfinder.planner import PlanningSession, highs_start, plan_pathway, selection
from pathfinder.planner.gaps import analyse_gap
from pathfinder.planner.instance import build_instance

TODAY = date(2026, 1, 5)
A, B, C = (SkillRef(uri=f"s:{x}", label=f"skill {x}") for x in "abc")
TAX = Taxonomy.from_items(
    [Skill(uri=s.uri, label=s.label) for s in (A, B, C)],
    [Occupation(uri="occ", label="goal", essential=(A.uri, B.uri, C.uri))],
)


def _cred(cid, skills=(), **kw):
    return Credential(id=cid, title=cid.upper(), provider="P", languages=("en",), cost=0, skills=skills, **kw)


def _profile(**kw):
    return LearnerProfile(id="l", goal=Goal(occupation_uri="occ"), **kw)


def _plan(profile, catalogue, exact_limit=300):
    gap = analyse_gap(profile, TAX, catalogue, today=TODAY)
    return plan_pathway(profile, gap, catalogue, today=TODAY, exact_limit=exact_limit)


def test_a_certificate_earned_by_held_parts_counts_whatever_else_is_in_the_catalogue():
    cert = _cred("cert", (C,), kind="certificate", ects=10, stack_ects_required=4)
    part = _cred("part", (A,), ects=4, hours=100, stacks_into=(StackTarget(target="cert"),))
    teach_b = _cred("b", (B,), hours=10)
    held = _profile(credentials=(HeldCredential(id="part", title="PART", ects=4, skills=(A,)),))
    for catalogue in (
        [cert, part, teach_b],
        [cert, part, teach_b, _cred("other", (), hours=5, ects=1, stacks_into=(StackTarget(target="cert"),))],
    ):
        for limit in (300, 0):
            pw = _plan(held, catalogue, exact_limit=limit)
            assert pw.ids == ("b",) and pw.uncovered == () and pw.stacks_earned == ("cert",), (limit, pw.ids)


def test_the_heuristic_reaches_a_skill_taught_only_through_a_certificate_and_never_says_nothing_teaches_it():
    cert = _cred("cert", (C,), kind="certificate", ects=10, stack_ects_required=4)
    part = _cred("part", (), hours=30, ects=4, stacks_into=(StackTarget(target="cert"),))
    teach = _cred("ab", (A, B), hours=10)
    for limit in (300, 0):  # exact, then the heuristic
        pw = _plan(_profile(), [cert, part, teach], exact_limit=limit)
        assert set(pw.ids) == {"ab", "part"} and pw.uncovered == () and pw.stacks_earned == ("cert",), limit


def test_the_reason_for_a_certificate_only_skill_names_the_certificate():
    from pathfinder.domain import Constraints

    cert = _cred("cert", (C,), kind="certificate", ects=10, stack_ects_required=4)
    part = _cred("part", (), hours=300, ects=4, stacks_into=(StackTarget(target="cert"),))
    teach = _cred("ab", (A, B), hours=10)
    pw = _plan(
        _profile(constraints=Constraints(hours_per_week=5, weeks=4)), [cert, part, teach], exact_limit=0
    )
    reason = next(u.reason for u in pw.uncovered if u.uri == C.uri)
    assert "CERT" in reason and "no credential you may take teaches it" not in reason


def test_solve_exact_never_labels_a_first_stage_answer_exact(monkeypatch):
    catalogue = [_cred("a", (A,), hours=10), _cred("a2", (A,), hours=50), _cred("b", (B, C), hours=5)]
    profile = _profile()
    gap = analyse_gap(profile, TAX, catalogue, today=TODAY)
    real = selection.milp

    def second_stage_fails(*args, **kw):
        res = real(*args, **kw)
        # the second stage: the first runs in `highs_start`, or (without HiGHS's bindings) through `milp` with
        # FIRST_STAGE_OPTIONS
        if not set(selection.FIRST_STAGE_OPTIONS) <= set(kw["options"]):
            res.status, res.x = 1, None  # the time limit hit before a solution
        return res

    monkeypatch.setattr(selection, "milp", second_stage_fails)
    # with HiGHS's bindings the second stage calls HiGHS as `milp` does, without `milp` (session 12)
    monkeypatch.setattr(highs_start, "solve_cold", lambda *args: None)
    inst = build_instance(profile, gap, catalogue, today=TODAY)
    assert selection.solve_exact(inst) is None  # not optimal: never returned as the optimum
    pw = PlanningSession(gap, catalogue, today=TODAY).plan(profile)
    assert pw.solver == "heuristic" and set(pw.ids) == {"a", "b"}
    assert np.isclose(pw.totals.hours, 15)


def test_a_certificate_whose_available_parts_fall_short_says_so():
    cert = _cred("cert", (C,), kind="certificate", ects=10, stack_ects_required=8)
    part = _cred("part", (), hours=30, ects=4, stacks_into=(StackTarget(target="cert"),))
    pw = _plan(_profile(), [cert, part, _cred("ab", (A, B), hours=10)])
    reason = next(u.reason for u in pw.uncovered if u.uri == C.uri)
    assert reason == "taught only through CERT, whose parts you may take do not reach the ECTS it requires"
