"""The lead's own fixes of session 25 (issues 12 and 14), each from a trial-21 conversation or a fresh25 plan.

1. An area goal's own skills are never a detour (`planner/gaps._own`): an adviser's client aiming at "cloud"
   (an area: a goal of skills, no occupation) got no plan, because Cloud Operations, which teaches the area's
   skills, also teaches the cloud engineer's core and so counted as "a first step towards another
   occupation's core, not this goal's" (trial 21, t21-09).
"""

from __future__ import annotations

from datetime import date

from pathfinder.domain import Credential, Goal, LearnerProfile, Occupation, Skill, SkillRef
from pathfinder.domain.taxonomy import Taxonomy
from pathfinder.planner import plan_pathway
from pathfinder.planner.gaps import analyse_gap

TODAY = date(2026, 1, 5)
AREA, OTHER_CORE, OTHER = (SkillRef(uri=f"s:{x}", label=f"skill {x}") for x in ("area", "core", "other"))
TAX = Taxonomy.from_items(
    [Skill(uri=s.uri, label=s.label) for s in (AREA, OTHER_CORE, OTHER)],
    [
        Occupation(
            uri="occ:eng", label="engineer", essential=(OTHER_CORE.uri, OTHER.uri), central=(OTHER_CORE.uri,)
        ),
    ],
)


def _cred(cid: str, skills: tuple[SkillRef, ...]) -> Credential:
    return Credential(
        id=cid, title=cid.upper(), provider="P", languages=("en",), cost=0.0, skills=skills, hours=40.0
    )


def _area_plan(catalogue: list[Credential]):
    profile = LearnerProfile(id="l", goal=Goal(label="cloud", skills=(AREA.uri,)), languages=("en",))
    gap = analyse_gap(profile, TAX, catalogue, today=TODAY)
    return gap, plan_pathway(profile, gap, catalogue, "balanced", today=TODAY)


def test_a_course_teaching_an_area_s_own_skill_is_no_detour() -> None:
    gap, plan = _area_plan([_cred("ops", (AREA, OTHER_CORE))])
    assert AREA.uri in gap.own
    assert [s.id for s in plan.steps] == ["ops"]
