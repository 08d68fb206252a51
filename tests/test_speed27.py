"""Session 27 (issue 14, the 10k tail): copies of one course no longer cost one re-solve each.

(1) A costly chain's head is left out with its twins (`chains.costly_twins`): the candidates not chosen that
would be costly chains in its place for the chain's skills. Before, the loop left out one copy per rebuild
and, with more copies than `MAX_ATTEMPTS`, kept the last one's chain (the 10k data analyst's weeks
relaxation: seven copies of Natural Language Processing left out, the eighth planned, and "19 h/week" proposed
for it). (2) The core repair does not try a dearer twin of a core teacher it tries before (`core._twin`).
"""

from __future__ import annotations

from datetime import date

from pathfinder.domain import (
    Constraints,
    Credential,
    DatedSession,
    Goal,
    LearnerProfile,
    Occupation,
    Skill,
    SkillRef,
)
from pathfinder.domain.taxonomy import Taxonomy
from pathfinder.planner import PlanningSession, plan_pathway
from pathfinder.planner.chains import costly_chain
from pathfinder.planner.core import core_teachers
from pathfinder.planner.gaps import analyse_gap
from pathfinder.planner.instance import instance_for
from pathfinder.planner.session import MAX_ATTEMPTS

TODAY = date(2026, 1, 5)
A, B, C, D, E, F = (SkillRef(uri=f"s:{x}", label=f"skill {x}") for x in "abcdef")
# A, B are the goal's own (weight 1.25); C, D, F are shared with two other occupations (weight 1.0)
TAX = Taxonomy.from_items(
    [Skill(uri=s.uri, label=s.label) for s in (A, B, C, D, E, F)],
    [
        Occupation(uri="occ", label="goal", essential=(A.uri, B.uri, C.uri, D.uri, F.uri)),
        Occupation(uri="o2", label="other", essential=(C.uri, D.uri, F.uri)),
        Occupation(uri="o3", label="third", essential=(C.uri, D.uri, F.uri)),
    ],
)


def _cred(cid, skills=(), hours=100.0, title=None, **kw):
    kw.setdefault("cost", 0)
    return Credential(
        id=cid,
        title=title or cid.upper(),
        provider="P",
        languages=("en",),
        skills=skills,
        hours=hours,
        **kw,
    )


def _chain_copy(k: int, hours: float = 100.0, skills=(C, D)) -> list[Credential]:
    """One copy of a three-step chain: p1~k, p2~k, then the head (Natural Language Processing~k)."""
    return [
        _cred(f"p1~{k}", hours=hours),
        _cred(f"p2~{k}", hours=hours, prerequisites=(f"p1~{k}",)),
        _cred(
            f"nlp~{k}", skills, hours=hours, title="NATURAL LANGUAGE PROCESSING", prerequisites=(f"p2~{k}",)
        ),
    ]


def _plan(catalogue, exact_limit=300):
    profile = LearnerProfile(id="l", goal=Goal(occupation_uri="occ"))
    gap = analyse_gap(profile, TAX, catalogue, today=TODAY)
    session = PlanningSession(gap, catalogue, today=TODAY, exact_limit=exact_limit)
    return session.plan(profile), session


def test_more_copies_of_a_costly_chain_than_attempts_are_all_left_out():
    # on 2154d496 one copy went per re-solve and the eighth copy's chain was planned
    copies = MAX_ATTEMPTS + 2
    catalogue = [_cred("ab", (A, B), hours=20)]
    for k in range(copies):
        catalogue += _chain_copy(k, hours=100.0 + k)
    for limit in (300, 0):  # exact, then the heuristic
        pw, session = _plan(catalogue, exact_limit=limit)
        assert pw.ids == ("ab",)
        assert session.builds <= 2  # the set, then the set without the heads (2154d496: one build per copy)
        reasons = {u.uri: u.reason for u in pw.uncovered}
        assert "prerequisite chain is long" in reasons[C.uri]
        assert "session does not fit your schedule" not in reasons[C.uri]


def test_one_note_per_title_of_the_heads_left_out():
    catalogue = [_cred("ab", (A, B), hours=20)] + _chain_copy(0) + _chain_copy(1, hours=110)
    pw, _ = _plan(catalogue)
    assert pw.ids == ("ab",)
    notes = [n for n in pw.notes if n.startswith("NATURAL LANGUAGE PROCESSING (")]
    assert len(notes) == 1  # 2154d496: one per copy, the same sentence twice
    assert "300 h for 2 goal skills" in notes[0]


def _solved(catalogue):
    profile = LearnerProfile(id="l", goal=Goal(occupation_uri="occ"))
    gap = analyse_gap(profile, TAX, catalogue, today=TODAY)
    session = PlanningSession(gap, catalogue, today=TODAY)
    inst = instance_for(session.candidates(profile), profile, gap, "balanced", TODAY)
    weights = {g.uri: g.weight for g in gap.essential}
    ids = {c.id: i for i, c in enumerate(inst.cands)}
    return inst, weights, ids


def test_copies_are_judged_as_the_head_in_its_place():
    from pathfinder.planner.chains import costly_twins  # new in session 27

    nlp = "NATURAL LANGUAGE PROCESSING"
    catalogue = [_cred("ab", (A, B), hours=20), *_chain_copy(0), *_chain_copy(1, hours=120)]
    catalogue += _chain_copy(2, skills=(C, D, F))  # closes a skill the chain does not: another chain
    catalogue += [_cred("q1", hours=5), _cred("nlp-short", (C,), 5, nlp, prerequisites=("q1",))]  # 2 steps
    catalogue += [_cred("r1", hours=2), _cred("r2", hours=2, prerequisites=("r1",))]
    catalogue += [_cred("nlp-cheap", (C, D), 2, nlp, prerequisites=("r2",))]  # a chain cheap per skill
    catalogue += [_cred("t1", hours=100), _cred("t2", hours=100, prerequisites=("t1",))]
    catalogue += [_cred("text-mining", (C, D), 100, prerequisites=("t2",))]  # as costly, another course
    inst, weights, ids = _solved(catalogue)
    chosen = {ids[x] for x in ("ab", "p1~0", "p2~0", "nlp~0")}
    chain = costly_chain(inst, chosen, weights)
    assert chain is not None and inst.cands[chain.head].id == "nlp~0"
    twins = costly_twins(inst, chosen, chain, weights)
    assert [inst.cands[t.head].id for t in twins] == ["nlp~1"]
    assert twins[0].members == frozenset(ids[x] for x in ("p1~1", "p2~1", "nlp~1")) and twins[0].hours == 360


def test_another_course_as_costly_is_judged_when_chosen():
    # the copies go at once; a course of another title stays a candidate until a solve chooses it (its
    # skills' reason is not changed beforehand), then goes with its own note
    catalogue = [_cred("ab", (A, B), hours=20), *_chain_copy(0), *_chain_copy(1, hours=110)]
    catalogue += [_cred("t1", hours=100), _cred("t2", hours=100, prerequisites=("t1",))]
    catalogue += [_cred("text-mining", (C, D), 150, prerequisites=("t2",))]
    pw, session = _plan(catalogue)
    assert pw.ids == ("ab",)
    assert session.builds == 3  # the set, without the NLP copies, without text mining too
    assert any(n.startswith("TEXT-MINING (") for n in pw.notes)
    assert len([n for n in pw.notes if n.startswith("NATURAL LANGUAGE PROCESSING (")]) == 1


def test_a_twin_whose_steps_the_rest_of_the_plan_holds_is_no_long_chain():
    from pathfinder.planner.chains import costly_twins  # new in session 27

    # the copy's first steps are already planned for another skill: in the head's place it adds one step
    catalogue = [_cred("ab", (A, B), hours=20), *_chain_copy(0)]
    catalogue += [_cred("p1~1", (F,), hours=10), _cred("p2~1", hours=10, prerequisites=("p1~1",))]
    catalogue += [_cred("nlp~1", (C, D), hours=10, prerequisites=("p2~1",))]
    inst, weights, ids = _solved(catalogue)
    chosen = {ids[x] for x in ("ab", "p1~1", "p2~1", "p1~0", "p2~0", "nlp~0")}
    chain = costly_chain(inst, chosen, weights)
    assert chain is not None and inst.cands[chain.head].id == "nlp~0"
    assert costly_twins(inst, chosen, chain, weights) == []


CORE = SkillRef(uri="k:core", label="kiln science")
W = [SkillRef(uri=f"k:w{i}", label=f"wheel skill {i}") for i in range(2)]
KILN = Taxonomy.from_items(
    [Skill(uri=s.uri, label=s.label) for s in (CORE, *W)],
    [Occupation(uri="g", label="kiln keeper", essential=tuple(s.uri for s in W), central=(CORE.uri,))],
)


def _kiln(cid, hours, cost, pre=None, skills=(CORE, W[0]), **kw):
    return Credential(
        id=cid,
        title=cid.split("~")[0],
        provider="P",
        languages=("en",),
        cost=cost,
        currency="EUR",
        hours=hours,
        skills=skills,
        eqf_level=5,
        prerequisites=(pre,) if pre else (),
        **kw,
    )


def _core_ranked(catalogue):
    p = LearnerProfile(id="l", goal=Goal(occupation_uri="g"))
    gap = analyse_gap(p, KILN, catalogue, today=TODAY)
    cands = PlanningSession(gap, catalogue, today=TODAY).candidates(p)
    return [cands.cands[i].id for i in core_teachers(cands, gap.core)]


def _copy(k, hours, cost, pre_hours=10.0, pre_cost=10.0, **kw):
    return [
        _kiln(f"base~{k}", pre_hours, pre_cost, skills=()),
        _kiln(f"kiln~{k}", hours, cost, f"base~{k}", **kw),
    ]


def test_a_dearer_twin_of_a_core_teacher_is_not_tried():
    # 2154d496 tried all three copies
    catalogue = [*_copy(0, 40, 100), *_copy(1, 50, 100), *_copy(2, 40, 120)]
    assert _core_ranked(catalogue) == ["kiln~0"]


def test_twins_not_dearer_in_both_or_teaching_other_skills_are_tried():
    # guards (pass on 2154d496 too): fewer hours for more money is no dearer twin; nor another skill set
    catalogue = [*_copy(0, 40, 100), *_copy(1, 30, 150), *_copy(2, 50, 120, skills=(CORE, W[0], W[1]))]
    assert sorted(_core_ranked(catalogue)) == ["kiln~0", "kiln~1", "kiln~2"]


def test_a_twin_of_a_dated_chain_is_tried():
    # a dated session fixes weeks, so the dearer copy can schedule better (guard: passes on 2154d496 too)
    dated = _kiln(
        "kiln~0",
        40,
        100,
        "base~0",
        delivery="dated",
        sessions=(DatedSession(start=date(2026, 2, 1), end=date(2026, 4, 1)),),
    )
    catalogue = [_kiln("base~0", 10, 10, skills=()), dated, *_copy(1, 50, 120)]
    assert sorted(_core_ranked(catalogue)) == ["kiln~0", "kiln~1"]


def test_the_core_repair_keeps_its_plan_with_the_cheapest_twin():
    catalogue = [*_copy(0, 40, 100), *_copy(1, 50, 100), *_copy(2, 40, 120)]
    catalogue += [_kiln("wheels", 30, 20, skills=(W[0], W[1]))]
    p = LearnerProfile(id="l", goal=Goal(occupation_uri="g"), constraints=Constraints(budget=150))
    gap = analyse_gap(p, KILN, catalogue, today=TODAY)
    pw = plan_pathway(p, gap, catalogue, today=TODAY)
    assert "kiln~0" in pw.ids and "kiln~1" not in pw.ids and "kiln~2" not in pw.ids
