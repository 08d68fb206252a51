"""The weekly load of a dated session: a session the learner cannot follow with their hours a week is left
out.

A dated credential runs in fixed weeks; its hours must fit the learner's hours per week over those weeks. The
candidate verdict (kind "load") uses `overload`, so such credentials are not candidates at all (no re-solve);
the schedule check in `session.py` uses the same rule as a backstop. Raising the hours a week relaxes it.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from datetime import date

from pathfinder.domain import Credential
from pathfinder.planner.schedule import week_of

KIND = "load"


def session_weeks(start: date, end: date, today: date) -> int:
    """The plan weeks a session spans (as the schedule counts them)."""
    return week_of(end, today) - week_of(start, today) + 1


def overload(
    c: Credential, hours: float, hours_per_week: float | None, today: date, end_by: date | None
) -> int | None:
    """None when some upcoming session of `c` ending by `end_by` fits `hours_per_week`, else the fewest hours
    a week any of them needs (no upcoming session: None, the window rule speaks)."""
    if hours_per_week is None or not c.sessions:
        return None
    needs = [
        hours / session_weeks(s.start, s.end, today)
        for s in c.sessions
        if s.start >= today and (end_by is None or s.end <= end_by)
    ]
    if not needs or min(needs) <= hours_per_week + 1e-9:
        return None
    return math.ceil(min(needs) - 1e-9)


def reason(need: int, hours_per_week: float) -> str:
    return f"its session needs about {need} h/week, more than your {hours_per_week:g}"


_REASON = re.compile(r"^its session needs about (\d+) h/week, more than your [\d.]+$")


def fewest_hours(reasons: Iterable[str]) -> list[str]:
    """`reasons` (why a skill's teachers are out) with the `reason`s of dated sessions said once: the one
    needing the fewest hours a week, what would admit a teacher (session 17: "its session needs about 16
    h/week, more than your 5; its session needs about 18 h/week, more than your 5" read as the reason
    repeating itself); the others as they were, in their order."""
    out: list[str] = []
    least: tuple[int, str] | None = None
    for r in reasons:
        m = _REASON.match(r)
        if m is None:
            out.append(r)
        elif least is None or int(m.group(1)) < least[0]:
            if least is None:
                out.append(r)
            else:
                out[out.index(least[1])] = r
            least = (int(m.group(1)), r)
    return out
