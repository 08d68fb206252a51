"""The basics first (issue 14, session 15): a step teaching a narrower skill (TypeScript, a kind of computer
programming in ESCO's hierarchy) comes after the step teaching the broader one, whatever the levels say. A
Udemy "Understanding TypeScript" of unknown EQF level (read as level 0) was planned before Programming
Fundamentals in Python for a computer-science student with Java basics (fresh14-18)."""

from __future__ import annotations

from datetime import date

import pytest

from pathfinder.domain import Credential, Goal, LearnerProfile, Occupation, Skill, SkillRef
from pathfinder.domain.taxonomy import Taxonomy
from pathfinder.planner import plan_pathway
from pathfinder.planner.gaps import analyse_gap

TODAY = date(2026, 1, 5)
PROG = Skill(uri="s:prog", label="computer programming", skill_type="knowledge")
TS = Skill(uri="s:ts", label="TypeScript", skill_type="knowledge")
TAX = Taxonomy.from_items(
    [PROG, TS],
    [Occupation(uri="occ", label="system developer", essential=(PROG.uri, TS.uri))],
    broader=[(TS.uri, PROG.uri)],
)


def _course(cid: str, skill: Skill, eqf: int | None) -> Credential:
    return Credential(
        id=cid, title=cid, provider="P", languages=("en",), cost=0, hours=20, eqf_level=eqf,
        skills=(SkillRef(uri=skill.uri, label=skill.label),),
    )  # fmt: skip


@pytest.mark.parametrize("limit", [300, 0])  # exact, then the heuristic
def test_the_course_of_the_broader_skill_comes_first(limit):
    catalogue = [_course("typescript", TS, None), _course("fundamentals", PROG, 4)]
    p = LearnerProfile(id="l", goal=Goal(occupation_uri="occ"), languages=("en",))
    pw = plan_pathway(
        p, analyse_gap(p, TAX, catalogue, today=TODAY), catalogue, today=TODAY, exact_limit=limit
    )
    assert pw.ids == ("fundamentals", "typescript")
