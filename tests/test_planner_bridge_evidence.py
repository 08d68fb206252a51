"""A course whose skills were all inferred from its text bridges nothing (issue 14, session 11): an 8.5-hour
JavaScript video, tagged by inference with a goal skill, was planned as what a cognitive-psychology course
for learning designers needs first (the bridge up one EQF level). Minimal instance with its own skills."""

from __future__ import annotations

from datetime import date

from pathfinder.domain import Constraints, Credential, Goal, LearnerProfile, Occupation, Skill, SkillRef
from pathfinder.domain.taxonomy import Taxonomy
from pathfinder.planner import plan_pathway
from pathfinder.planner.gaps import analyse_gap

TODAY = date(2027, 6, 7)
A, B, C = (SkillRef(uri=f"b:{k}", label=label) for k, label in (("a", "weave"), ("b", "dye"), ("c", "spin")))


def _cred(cid, skills, level, hours, inferred=False, cost=0.0):
    refs = tuple(
        s.model_copy(update={"inferred": inferred, "confidence": 0.95 if inferred else 1.0}) for s in skills
    )
    return Credential(
        id=cid,
        title=cid,
        provider="P",
        languages=("en",),
        hours=hours,
        cost=cost,
        skills=refs,
        eqf_level=level,
    )


def _plan(catalogue):
    tax = Taxonomy.from_items(
        [Skill(uri=s.uri, label=s.label) for s in (A, B, C)],
        [Occupation(uri="g", label="textile designer", essential=(A.uri, B.uri, C.uri))],
    )
    p = LearnerProfile(
        id="l", goal=Goal(occupation_uri="g"), constraints=Constraints(hours_per_week=10, weeks=20)
    )
    gap = analyse_gap(p, tax, catalogue, today=TODAY)
    return plan_pathway(p, gap, catalogue, today=TODAY)


def test_an_inferred_only_course_is_no_bridge_a_stated_one_is():
    top = _cred("top", (A,), 6, 40)  # two levels above the adult start (EQF 4): needs a bridge at EQF 5
    clip = _cred("clip", (B, C), 5, 8, inferred=True)  # two inferred tags: evidence, but of its text alone
    stated = _cred("stated", (B,), 5, 30)
    alone = _plan([top, clip])
    assert "top" not in alone.ids  # before: the clip bridged up to it ("prerequisite of top")
    assert all(not r.startswith("prerequisite of") for s in alone.steps for r in s.reasons)
    with_stated = _plan([top, clip, stated])
    assert {"top", "stated"} <= set(with_stated.ids)
    top_step = next(s for s in with_stated.steps if s.id == "top")
    assert with_stated.ids.index("stated") < with_stated.ids.index("top") and top_step.covers
