"""An empty plan is never left bare: a note says why no step fits and what the learner can do about it (the
proposals, when the relaxation search found some; otherwise what is left: more skills, a pinned course, a
nearby goal)."""

from __future__ import annotations

from collections.abc import Sequence

from pathfinder.domain import Constraints, LearnerProfile, Pathway, Relaxation
from pathfinder.domain.languages import language_name
from pathfinder.domain.pathways import amount_text, counted

LEVEL_WORDING = "more than one level above where you start"  # explain/level's reason, as `level.py` words it


def empty_plan_note(pathway: Pathway, relaxations: Sequence[Relaxation], constraints: Constraints) -> str:
    """Why a plan with no step is empty and what the learner can still do."""
    if relaxations:
        binding = list(dict.fromkeys(_limit(r, constraints) for r in relaxations))
        what = (
            "The proposal below changes them together; accept it to see that plan."
            if any(r.joint for r in relaxations)
            else "Each proposal below says how much it would cover; accept one to see that plan."
        )
        return f"No step fits within your limits; what stands in the way: {'; '.join(binding)}. {what}"
    reasons = " ".join(u.reason for u in pathway.uncovered)
    if LEVEL_WORDING in reasons:
        return (
            "No step yet: the courses for this goal sit more than one EQF level above where you start and "
            "nothing you may take leads up to them. Add the skills or credentials you already have (they "
            "raise your starting level), or pin a course to plan it anyway."
        )
    if pathway.uncovered and all(
        "no credential in the catalogue teaches it" in u.reason
        for u in pathway.uncovered
        if not u.reason.startswith("optional")
    ):
        return (
            "No step: no course in the catalogue teaches this goal's essential skills. Ask an advisor for "
            "other catalogues, or choose a nearby goal."
        )
    return (
        "No step: every course that teaches this goal's essential skills is ruled out (the reasons are "
        "listed per skill). Pin a course to plan it anyway, or change the limits named there."
    )


def _limit(r: Relaxation, c: Constraints) -> str:
    """The learner's limit a relaxation changes, in words ("courses in French only")."""
    if r.constraint == "languages":
        names = [language_name(x) for x in str(r.current).split(",") if x.strip()]
        return f"courses in {' or '.join(names)} only"
    if r.constraint == "participation":
        return f"{' or '.join(x.strip() for x in str(r.current).split(','))} study only"
    if r.constraint == "budget":
        return f"a budget of {c.currency} {amount_text(c.budget or 0.0)}"  # set: it is what binds
    if r.constraint in ("hours_per_week", "weeks", "deadline"):
        hours = f"{c.hours_per_week:g} h/week" if c.hours_per_week else "your hours a week"
        if c.deadline is not None:
            return f"{hours} until {c.deadline:%d %B %Y}"
        return f"{hours} for {c.weeks} weeks" if c.weeks else hours
    if r.constraint == "max_eqf":
        return f"EQF level {c.max_eqf} at most"
    if r.constraint == "providers":
        return "the providers you chose"
    return "the countries you chose"


def first_proposal(relaxations: Sequence[Relaxation], profile: LearnerProfile) -> Constraints | None:
    """The learner's constraints with the first proposal accepted (a joint proposal: all its parts), or None
    when there is no proposal."""
    if not relaxations:
        return None
    parts = [r for r in relaxations if r.joint] if relaxations[0].joint else [relaxations[0]]
    constraints = profile.constraints
    for r in parts:
        constraints = r.applied(constraints, profile.languages)
    return constraints


def preview_note(relaxed: Pathway, first: Relaxation | None = None) -> str | None:
    """What the plan with the first proposal accepted holds, by title; None when it is empty too. When that
    proposal is a language alone (a Vietnamese-only learner and no course in Vietnamese), the note names the
    language, so the plan it shows reads as what it is: the plan in that language, offered if they accept it
    (issue 14, session 9)."""
    if not relaxed.steps:
        return None
    t = relaxed.totals
    titles = "; ".join(s.title for s in relaxed.steps)
    if first is not None and first.constraint == "languages" and not first.joint and first.values:
        names = " or ".join(language_name(x) for x in first.values)
        return (
            f"Offered if you accept courses in {names}: a plan of {len(relaxed.steps)} step(s), "
            f"{t.hours:g} h over {t.weeks} weeks: {titles}."
        )
    return (
        f"With the first proposal accepted, the plan would be {counted(len(relaxed.steps), 'step')}, "
        f"{t.hours:g} h over {t.weeks} weeks: {titles}."
    )
