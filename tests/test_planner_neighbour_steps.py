"""A step serves the goal's own subject before a neighbouring occupation's (issue 14, session 18;
fresh17-20, start18-04: Data Engineering Foundations in a data analyst's plan for "collect ICT data" and
"establish data processes", skills five or more other occupations are closer to by ESCO's texts).
`neighbour_steps.marginal_skills` marks them; a course teaching only such skills and opening a track whose
next courses teach none of the goal's other essential skills is no teacher of the gap
(`neighbour_steps.neighbour_tracks`); a standalone course of such skills stays."""

from __future__ import annotations

from datetime import date

from pathfinder.domain import Constraints, Credential, Goal, LearnerProfile, Occupation, Skill, SkillRef
from pathfinder.domain.taxonomy import Taxonomy
from pathfinder.planner import plan_pathway
from pathfinder.planner.gaps import CENTRALITY_FLOOR, analyse_gap
from pathfinder.planner.neighbour_steps import MARGIN_RANK, marginal_skills, neighbour_tracks

TODAY = date(2026, 1, 5)
STATS, VIZ, COLLECT, PROCESS, PIPES = (
    SkillRef(uri=f"s:{k}", label=k)
    for k in (
        "statistics",
        "visual presentation",
        "collect ICT data",
        "establish data processes",
        "pipelines",
    )
)
# (skill, centrality, the goal's rank among occupations by closeness): the last two above the peripheral
# floor (1.0) and within its family of 9, so the session-17 rule keeps them essential
CENTRALITY = ((STATS.uri, 2.8, 1), (VIZ.uri, 2.0, 3), (COLLECT.uri, 1.1, 6), (PROCESS.uri, 1.05, 7))
ANALYST = Occupation(
    uri="analyst",
    label="analyst",
    essential=(STATS.uri, VIZ.uri, COLLECT.uri, PROCESS.uri),
    centrality=CENTRALITY,
)


def _cred(cid, skills, hours=80.0, **kw) -> Credential:
    return Credential(
        id=cid, title=cid.upper(), provider="P", languages=("en",), cost=0.0, hours=hours, skills=skills, **kw
    )


ENGINEERING = _cred("engineering", (COLLECT, PROCESS), hours=60.0)
PIPELINES = _cred("pipelines", (PIPES,), prerequisites=("engineering",))  # the track's next course
STATISTICS = _cred("statistics", (STATS,))
MIXED = _cred("mixed", (VIZ, COLLECT))


def _plan(occupation: Occupation, catalogue, goal_skills=(), hours: float = 400.0):
    taxonomy = Taxonomy.from_items(
        [Skill(uri=s.uri, label=s.label) for s in (STATS, VIZ, COLLECT, PROCESS, PIPES)], [occupation]
    )
    p = LearnerProfile(
        id="l",
        goal=Goal(occupation_uri=occupation.uri, skills=goal_skills),
        languages=("en",),
        constraints=Constraints(hours_per_week=hours / 10, weeks=10),
    )
    gap = analyse_gap(p, taxonomy, catalogue, today=TODAY)
    return gap, plan_pathway(p, gap, catalogue, today=TODAY)


def test_marginal_skills_are_those_five_or_more_occupations_are_closer_to():
    assert MARGIN_RANK == 5
    assert set(marginal_skills(ANALYST, floor=CENTRALITY_FLOOR)) == {COLLECT.uri, PROCESS.uri}
    assert marginal_skills(ANALYST, keep={COLLECT.uri}, floor=CENTRALITY_FLOOR) == (PROCESS.uri,)
    assert marginal_skills(ANALYST.model_copy(update={"centrality": ()}), floor=CENTRALITY_FLOOR) == ()
    # a goal whose texts say little of its subject (no skill reaches the floor): none
    flat = tuple((u, z - 2.0, r) for u, z, r in CENTRALITY)
    assert marginal_skills(ANALYST.model_copy(update={"centrality": flat}), floor=CENTRALITY_FLOOR) == ()


def test_a_track_is_a_neighbours_only_while_its_next_courses_stay_off_the_goal():
    skills = {
        "eng": (COLLECT.uri, PROCESS.uri),
        "next": (PIPES.uri,),
        "viz": (VIZ.uri,),
        "alone": (COLLECT.uri,),
    }
    essential = {STATS.uri, VIZ.uri, COLLECT.uri, PROCESS.uri}
    marginal = {COLLECT.uri, PROCESS.uri}
    assert neighbour_tracks(["eng"], skills, {"eng": ("next",)}, essential, marginal) == {"eng"}
    # the track leads to the goal's visualisation: the goal's
    assert neighbour_tracks(["eng"], skills, {"eng": ("next", "viz")}, essential, marginal) == frozenset()
    # a standalone course of marginal skills opens no track
    assert neighbour_tracks(["alone"], skills, {}, essential, marginal) == frozenset()
    assert neighbour_tracks(["eng"], skills, {"eng": ("next",)}, essential, set()) == frozenset()


def test_the_first_step_of_a_neighbours_track_is_no_step_but_its_skills_stay_essential():
    gap, pw = _plan(ANALYST, [ENGINEERING, PIPELINES, STATISTICS, MIXED])
    assert {COLLECT.uri, PROCESS.uri} <= {g.uri for g in gap.essential}  # still the goal's, still counted
    assert set(gap.marginal) == {COLLECT.uri, PROCESS.uri}
    assert "engineering" not in pw.ids  # a neighbour's first step, though it fits and is the shortest
    assert {"statistics", "mixed"} <= set(pw.ids)  # a course of a central skill also teaching one stays
    # without the track behind it, the same course is a step
    _, alone = _plan(ANALYST, [ENGINEERING, STATISTICS, MIXED])
    assert "engineering" in alone.ids


def test_a_skill_the_learner_asks_for_keeps_its_course():
    gap, pw = _plan(ANALYST, [ENGINEERING, PIPELINES, STATISTICS], goal_skills=(COLLECT.uri,))
    assert COLLECT.uri not in gap.marginal
    assert "engineering" in pw.ids
