"""What every relaxation proposal shares: essential coverage, the relaxed profile, the gain's wording, the
structured fields, and 'finish later' (more weeks or a later deadline at the same hours a week)."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from datetime import date, timedelta

from pathfinder.domain import Constraints, LearnerProfile, Pathway, Relaxation
from pathfinder.domain.pathways import counted
from pathfinder.planner.gaps import Gap

EPS = 1e-6
NO_BUDGET = 1e9  # 'any budget' when relaxing one: still a budget, so credentials of unknown price stay out
MAX_WEEKS = 520  # the most `Constraints.weeks` holds
MAX_PROPOSED_HOURS = 40  # the most hours a week a proposal asks for (full-time study); beyond: finish later
MAX_SESSION_HOURS = 60  # ... and for the weeks of one intensive dated session (`session._load_relaxations`)


def essential_coverage(pathway: Pathway, gap: Gap) -> float:
    """Weighted share of the gap's essential skills the pathway covers (1.0 when none are missing)."""
    missing = {u.uri for u in pathway.uncovered}
    total = sum(g.weight for g in gap.essential)
    if total == 0:
        return 1.0
    return sum(g.weight for g in gap.essential if g.uri not in missing) / total


def with_constraints(profile: LearnerProfile, **changes: object) -> LearnerProfile:
    """`profile` with these constraint fields changed."""
    data = profile.constraints.model_dump()
    data.update(changes)
    return profile.model_copy(update={"constraints": Constraints(**data)})


def gain_text(before: float, after: float, gap: Gap) -> str:
    if after >= 1 - EPS:
        return "covers every essential skill"
    return f"covers {counted(more_skills(before, after, gap), 'more essential skill')}"


def more_skills(before: float, after: float, gap: Gap) -> int:
    """About how many more essential skills a plan covering `after` covers than one covering `before`: the
    weighted gain times the number of essential skills, at least one for any gain (a proposal is made only
    when its plan covers more essential skills, `relaxation.covered_count`; a plan covering two shared skills
    for one of the goal's own class gained 0.25 of a skill's weight and read "covers 0 more", session 11)."""
    n = round((after - before) * len(gap.essential))
    return max(n, 1) if after > before + EPS else n


def structured(r: Relaxation, after: float | None, joint: bool = False) -> Relaxation:
    """The relaxation with its structured fields set: joint or not and the essential coverage it leads to
    (what the chat reads instead of parsing the message; `values` of a list constraint are set by
    `Relaxation`)."""
    return r.model_copy(
        update={"joint": joint, "coverage_after": None if after is None else min(1.0, round(after, 6))}
    )


def outside(values: list[str], allowed: tuple[str, ...]) -> list[str]:
    """The distinct `values` not in `allowed`, compared without regard to case."""
    allowed_l = {a.lower() for a in allowed}
    return sorted({v for v in values if v.lower() not in allowed_l})


def sessions_late(pathway: Pathway, weeks: int, by_id) -> bool:
    """Whether a dated step of `pathway` ends after `weeks` (sessions do not move, whatever the hours a
    week)."""
    return any(s.end_week > weeks for s in pathway.steps if s.id in by_id and by_id[s.id].delivery == "dated")


def weeks_needed(pathway: Pathway, hours_per_week: float) -> int:
    """The weeks `pathway` takes at `hours_per_week` (at least as many as its schedule spans)."""
    return max(pathway.totals.weeks, math.ceil(pathway.totals.hours / hours_per_week))


def finish_later(
    c: Constraints,
    hours_per_week: float,
    pathway: Pathway,
    weeks: int,
    today: date,
    message: Callable[[int, date], str],
) -> Relaxation:
    """Keep the hours a week (`hours_per_week`, the learner's) and finish when `pathway` (planned without a
    time limit) ends: more weeks, or a later deadline; `message(weeks_needed, finish_date)` words it."""
    need = weeks_needed(pathway, hours_per_week)
    by = today + timedelta(weeks=need)
    key, cur = _time_limit(c, weeks, need)
    return Relaxation(
        constraint=key,
        current=cur,
        needed=by.isoformat() if key == "deadline" else float(need),
        message=message(need, by),
    )


def _time_limit(c: Constraints, weeks: int, needed_weeks: int) -> tuple[str, str | int]:
    """Which time constraint a 'finish later' relaxation changes, and its current value: the deadline when
    one is set or when the weeks needed exceed what `Constraints.weeks` accepts (520), else the weeks."""
    if c.deadline is not None:
        return "deadline", c.deadline.isoformat()
    most = next(m.le for m in Constraints.model_fields["weeks"].metadata if hasattr(m, "le"))
    if needed_weeks > most:
        return "deadline", f"{weeks} weeks"
    return "weeks", weeks


def every_language(credentials: Sequence) -> tuple[str, ...]:
    """Every language the catalogue states (the lookup's memo when it is one): relaxing a language limit means
    allowing these; a credential whose language is unknown still passes no language limit."""
    found = getattr(credentials, "languages", None)
    if isinstance(found, tuple):
        return found
    return tuple(sorted({x for cr in credentials for x in cr.languages}))
