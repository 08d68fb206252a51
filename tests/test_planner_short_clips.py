"""A clip is no teacher (issue 14, session 10): a course of a few hours whose skills were all inferred from
its text ("Build CRUD Application - PHP & Mysql", 1.5 hours, closed PHP and MySQL in a web developer's plan)
closes no goal skill, however many it matches; a longer inferred course or a short one the catalogue tags
itself still does."""

from __future__ import annotations

from datetime import date

import pytest

from pathfinder.domain import Credential, Goal, LearnerProfile, Occupation, Skill, SkillRef
from pathfinder.domain.taxonomy import Taxonomy
from pathfinder.planner import plan_pathway
from pathfinder.planner.gaps import analyse_gap
from pathfinder.planner.lookup import SHORT_CLIP_HOURS, short_clip, single_inferred
from pathfinder.planner.review import one_inferred_tag

TODAY = date(2026, 1, 5)
A, B = (SkillRef(uri=f"s:{k}", label=x) for k, x in (("a", "server scripting"), ("b", "relational stores")))
TAX = Taxonomy.from_items(
    [Skill(uri=s.uri, label=s.label) for s in (A, B)],
    [Occupation(uri="occ", label="builder", essential=(A.uri, B.uri))],
)


def _inferred(ref: SkillRef) -> SkillRef:
    return ref.model_copy(update={"inferred": True, "confidence": 0.9})


def _course(cid: str, hours: float | None, inferred: bool = True) -> Credential:
    skills = (_inferred(A), _inferred(B)) if inferred else (A, B)
    return Credential(
        id=cid, title=cid, provider="P", languages=("en",), cost=0, hours=hours, skills=skills
    )  # fmt: skip


def test_a_short_inferred_course_is_a_clip():
    assert short_clip(_course("clip", 1.5))
    assert not short_clip(_course("long", SHORT_CLIP_HOURS))
    assert not short_clip(_course("unknown", None))  # unknown hours are not short
    assert not short_clip(_course("stated", 1.5, inferred=False))  # the catalogue's own tags stay evidence
    # two separate inferred tags pass the one-tag rule, but not as a clip; the review reads the same rule
    assert single_inferred(_course("clip", 1.5), [A.uri, B.uri])
    assert not single_inferred(_course("long", 12), [A.uri, B.uri])
    assert one_inferred_tag(_course("clip", 1.5), {A.uri, B.uri})
    assert not one_inferred_tag(_course("long", 12), {A.uri, B.uri})


@pytest.mark.parametrize("limit", [300, 0])  # exact, then the heuristic
def test_the_plan_takes_the_course_not_the_clip(limit):
    catalogue = [_course("clip", 1.5), _course("course", 12)]
    p = LearnerProfile(id="l", goal=Goal(occupation_uri="occ"), languages=("en",))
    pw = plan_pathway(
        p, analyse_gap(p, TAX, catalogue, today=TODAY), catalogue, today=TODAY, exact_limit=limit
    )
    assert pw.ids == ("course",)
    only = [_course("clip", 1.5)]
    pw = plan_pathway(p, analyse_gap(p, TAX, only, today=TODAY), only, today=TODAY, exact_limit=limit)
    assert pw.ids == () and {u.uri for u in pw.uncovered} == {A.uri, B.uri}
