"""'How many hours a week do I need (for that / to finish by June)?' after a plan: answered from the plan's
total hours and the weeks left until the deadline (the message's, else the learner's), without re-planning.
Pure functions; the sentences are the reply templates (`hours_needed*` in `prompts/offline/i18n/`)."""

from __future__ import annotations

import math
import re
from datetime import date

from pathfinder.assistant.i18n import counted, long_date, t
from pathfinder.domain.pathways import Pathway
from pathfinder.planner import DEFAULT_HOURS_PER_WEEK

# "how many hours / how much time" in the served languages (with and without diacritics, Hinglish, Banglish)
_HOURS_QUESTION = re.compile(
    r"how many (?:hours|hrs|h)\b|how much time|"
    r"wie ?viele? stunden|wie ?viel zeit|"
    r"cu[aá]ntas horas|cu[aá]nto tiempo|"
    r"combien d[’'e ]+ ?heures|combien de temps|"
    r"(?:montako|kuinka monta|monta) tuntia|(?:paljonko|kuinka paljon) aikaa|"
    r"bao nhi[eê]u (?:gi[oờ]|ti[eế]ng|th[oờ]i gian)|m[aấ]y (?:ti[eế]ng|gi[oờ]) m[oỗ]i tu[aầ]n|"
    r"कितने घंटे|कितना समय|kitne ghante|kitna (?:time|samay)|"
    r"কত ঘণ্টা|কত সময়|koto ghonta|koto shomoy",
    re.IGNORECASE,
)
LONG_WEEK = 20.0  # above this, a note: more than a half-time job next to work or family


def asks_hours_needed(text: str) -> bool:
    """Whether a message asks how much weekly time something takes ("wie viele Stunden pro Woche brauche
    ich?", "mỗi tuần cần bao nhiêu giờ?")."""
    return bool(_HOURS_QUESTION.search(text))


def weeks_until(today: date, deadline: date) -> int:
    """Whole weeks from today to the deadline, at least one."""
    return max(1, math.ceil((deadline - today).days / 7))


def weekly_hours(total: float, weeks: int) -> float:
    """Hours a week to study `total` hours in `weeks` weeks, rounded up to a half hour."""
    return math.ceil(total / max(1, weeks) * 2) / 2


def _num(x: float) -> str:
    return f"{x:g}"


def answer(pathway: Pathway, today: date, deadline: date | None, hours_per_week: float | None) -> str:
    """The reply: the plan's total hours, and the weekly hours its deadline asks for; without a deadline, how
    long the plan takes at the learner's weekly time and at 10 h a week, and a question for the date."""
    total = pathway.totals.hours
    first = pathway.steps[0]
    steps = counted("n_steps", len(pathway.steps))
    head = t("hours_needed_total", hours=_num(total), steps=steps, first=first.title, id=first.id)
    if deadline is not None and deadline > today:
        weeks = weeks_until(today, deadline)
        per_week = weekly_hours(total, weeks)
        text = (
            head + " " + t("hours_needed_by", date=long_date(deadline), weeks=weeks, per_week=_num(per_week))
        )
        if per_week > LONG_WEEK:
            text += " " + t("hours_needed_long", per_week=_num(per_week))
        return text + "\n\n" + t("hours_needed_replan", per_week=_num(per_week))
    at = hours_per_week or DEFAULT_HOURS_PER_WEEK
    text = head + " " + t("hours_needed_at", per_week=_num(at), weeks=math.ceil(total / at))
    if at != 10:
        text += " " + t("hours_needed_at", per_week="10", weeks=math.ceil(total / 10))
    return text + "\n\n" + t("hours_needed_when")
