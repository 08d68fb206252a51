"""A step serves the goal's own subject before a neighbouring occupation's (session 18, issue 14, branch
plans18start).

ESCO lists, among a data analyst's essential skills, "collect ICT data" and "establish data processes"; the
first is even of the analyst's own class (listed for at most 2 occupations, `gaps.OWN_WEIGHT`), and a course
teaching one was never a detour (`detours`, session 9), wherever it led: Data Engineering Foundations, the
first step of the data-engineering track, filled analysts' plans (fresh17-20, start18-04, -14). By ESCO's own
texts (`Occupation.centrality`, tools/build_skill_centrality.py) these skills sit at the analyst's margin:
five other occupations are closer to them. Such *marginal* skills (`marginal_skills`) stay essential gap
skills; but a course that teaches only marginal essential skills and opens a track (it is needed first by
other courses) none of whose courses teaches an essential skill of the goal that is not marginal is the first
step of a neighbouring occupation's track (`neighbour_tracks`): no teacher of this goal (it covers nothing,
as a detour; it may still come in as a prerequisite). A standalone course of marginal skills stays (an HTML
and CSS course for a web developer: "use markup languages" is at the web developer's margin by the texts).
A skill the learner named as a goal skill or one O*NET names central is never marginal.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping

from pathfinder.domain.taxonomy import Occupation

# the goal is not among the MARGIN_RANK occupations closest to the skill (the peripheral rule's family is 9)
MARGIN_RANK = 5
# ... and the skill is no nearer the goal than this (z-score; the peripheral floor is 1.0)
MARGIN_CENTRALITY = 1.25


def marginal_skills(occupation: Occupation, keep: Collection[str] = (), *, floor: float) -> tuple[str, ...]:
    """The occupation's essential skills at its margin: MARGIN_RANK or more other occupations are closer to
    them by ESCO's texts and their centrality is below MARGIN_CENTRALITY; never one in `keep`; none when no
    skill of the occupation reaches the peripheral floor (its ESCO text says little of its subject, as
    `gaps.peripheral_skills`, whose `CENTRALITY_FLOOR` `gaps` passes as `floor`). () without scores."""
    essential = set(occupation.essential)
    scored = [(u, z, rank) for u, z, rank in occupation.centrality if u in essential]
    if not scored or max(z for _, z, _ in scored) < floor:
        return ()
    return tuple(
        sorted(u for u, z, rank in scored if rank > MARGIN_RANK and z < MARGIN_CENTRALITY and u not in keep)
    )


def neighbour_tracks(
    teachers: Iterable[str],
    skills_of: Mapping[str, tuple[str, ...]],
    dependants: Mapping[str, tuple[str, ...]],
    essential: Collection[str],
    marginal: Collection[str],
    depth: int = 1,
) -> frozenset[str]:
    """The ids among `teachers` that open a neighbour's track: their `essential` gap skills are all
    `marginal` (and some), they have dependants, and no course along the dependants (`depth` steps: the next
    courses of the track; further on a data-engineering track reaches big data, the analyst's) teaches
    an essential gap skill that is not marginal."""
    central = set(essential) - set(marginal)
    if not marginal:
        return frozenset()
    memo: dict[str, bool] = {}

    def off_goal(cid: str, left: int) -> bool:
        """No course from `cid` on teaches a central essential skill of the goal."""
        found = memo.get(cid)
        if found is None:
            found = central.isdisjoint(skills_of.get(cid, ())) and (
                left == 0 or all(off_goal(d, left - 1) for d in dependants.get(cid, ()))
            )
            memo[cid] = found
        return found

    out = set()
    for cid in teachers:
        taught = set(skills_of.get(cid, ())) & set(essential)
        if taught and taught <= set(marginal) and dependants.get(cid) and off_goal(cid, depth):
            out.add(cid)
    return frozenset(out)
