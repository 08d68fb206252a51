"""A step serves the goal's own subject before a neighbouring occupation's (session 18, issue 14, branch
plans18start).

ESCO lists, among a data analyst's essential skills, "collect ICT data" and "establish data processes": by
ESCO's own texts (`Occupation.centrality`, tools/build_skill_centrality.py) they sit at the analyst's margin:
five other occupations are closer to them (data engineering's field). A course all of whose essential gap
skills are such *marginal* skills (`marginal_skills`) teaches a neighbouring occupation's core, not the goal's
(Data Engineering Foundations in an analyst's plan, fresh17-20, start18-04); `lookup.gap_teachers` counts it
as no teacher of the gap (it covers nothing, as a weak teacher; it may still come in as a prerequisite), so
the plan starts from the goal's central skills (statistics, spreadsheets, SQL, visualisation) and leaves the
marginal ones uncovered. A skill the goal is named after, one of its core (O*NET) or own class, or one the
learner named stays the goal's.
"""

from __future__ import annotations

from collections.abc import Collection

from pathfinder.domain.taxonomy import Occupation

# the goal is not among the MARGIN_RANK occupations closest to the skill (the peripheral rule's family is 9)
MARGIN_RANK = 5


def marginal_skills(occupation: Occupation, keep: Collection[str] = ()) -> tuple[str, ...]:
    """The occupation's essential skills at its margin: MARGIN_RANK or more other occupations are closer to
    them by ESCO's texts; never one in `keep` (named, core, own class, asked for). () without scores."""
    essential = set(occupation.essential)
    return tuple(
        sorted(
            u
            for u, _z, rank in occupation.centrality
            if u in essential and rank > MARGIN_RANK and u not in keep
        )
    )


def marginal_only(essential_taught: Collection[str], marginal: Collection[str]) -> bool:
    """Whether a course's essential gap skills (`essential_taught`, URIs) are all marginal to the goal."""
    return bool(essential_taught) and all(u in marginal for u in essential_taught)
