"""An empty plan is never left bare: a note says why no step fits and what the learner can do about it (the
proposals, when the relaxation search found some; otherwise what is left: more skills, a pinned course, a
nearby goal). When the only proposals ask for a language the learner neither lists nor can be assumed to read
(not English), the note says plainly that nothing in their languages fits and names the nearest courses in
them; the third language comes after, as a conditional proposal (issue 14, session 14)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from pathfinder.domain import Constraints, Credential, LearnerProfile, Pathway, Relaxation
from pathfinder.domain.pathways import counted, money_text
from pathfinder.planner.gaps import Gap, study_languages
from pathfinder.planner.lookup import CatalogueLookup, on_focus
from pathfinder.planner.relax_languages import PREFERRED_LANGUAGE, far_languages, names, plausible

NEAREST_SHOWN = 3  # courses in the learner's languages named when nothing in them fits
UNSCHEDULED_SHOWN = 2  # courses with no session left named in an empty plan's notes

LEVEL_WORDING = "more than one level above where you start"  # explain/level's reason, as `level.py` words it


def empty_plan_note(
    pathway: Pathway, relaxations: Sequence[Relaxation], profile: LearnerProfile, nearest: Sequence[str] = ()
) -> str:
    """Why a plan with no step is empty and what the learner can still do; `nearest` are the titles of the
    courses in the learner's languages nearest to the goal (`nearest_in_languages`)."""
    constraints = profile.constraints
    if relaxations and far_first(relaxations, profile):
        study = study_languages(profile)
        own = names(study)
        tried = (*study, PREFERRED_LANGUAGE)  # English was tried too, unless ruled out
        langs = own if PREFERRED_LANGUAGE in (*study, *constraints.denied_languages) else names(tried)
        goal = pathway.goal_label or "this goal"
        if nearest:
            return (
                f"No step: nothing in {langs} teaches the essential skills of {goal} within your limits. The "
                f"nearest courses in {own}: {'; '.join(nearest)}."
            )
        return (
            f"No step: nothing in {langs} teaches the essential skills of {goal} within your limits, and no "
            f"course in {own} comes near it."
        )
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


def unscheduled_courses(
    gap: Gap,
    pathway: Pathway,
    lookup: CatalogueLookup,
    today: date,
    spoken: Sequence[str],
) -> tuple[str, ...]:
    """For a plan with no step (issue 14, session 16): the dated courses about the goal (`lookup.on_focus`:
    not a help-desk course for its one "solve ICT system problems" tag of a cloud engineer) that teach the
    goal's essential skills nothing the learner may take teaches, whose listed sessions have all begun before
    `today`, in English or a language the learner lists (`spoken`), most such skills first, at most
    UNSCHEDULED_SHOWN.
    A physicist aiming at computer scientist was told only that "every course ... is ruled out": the one
    course of the goal's research skills, in Italian, which she reads, ran last in 2027. The goal's core
    skills are left to `core.core_without_session`, which names their courses in any plan."""
    if pathway.steps:
        return ()
    uncovered = {u.uri for u in pathway.uncovered}
    core = set(gap.core)
    found: dict[str, tuple[Credential, list[str]]] = {}
    by_skill, by_uri = lookup.by_skill, {g.uri: g for g in gap.skills}
    for g in gap.essential:
        if g.taught_by or g.uri not in uncovered:
            continue
        for c in by_skill.get(g.uri, ()):
            readable = any(plausible((x,), spoken) for x in c.languages)
            over = bool(c.sessions) and all(s.start < today for s in c.sessions)
            if readable and over and on_focus(c.id, by_uri, lookup, gap):
                found.setdefault(c.id, (c, []))[1].append(g.label)
    bare = [u for u in core if (skill := gap.skill(u)) is not None and not skill.taught_by]
    named_by_core = {c.id for u in bare for c in by_skill.get(u, ())}
    ranked = sorted(
        (x for cid, x in found.items() if cid not in named_by_core), key=lambda x: (-len(x[1]), x[0].id)
    )
    goal = gap.goal_label or "this goal"
    return tuple(
        f"{c.title} ({c.provider}) teaches essential skills of {goal} ({', '.join(labels)}), but has no "
        f"session to plan: the last one listed ended on {max(s.end for s in c.sessions):%d %B %Y}. Ask the "
        "provider when it runs next."
        for c, labels in ranked[:UNSCHEDULED_SHOWN]
    )


def far_first(relaxations: Sequence[Relaxation], profile: LearnerProfile) -> bool:
    """Whether the first proposal is a single change to a language the learner does not list (nor English):
    then nothing they can plausibly accept helps."""
    first = relaxations[0] if relaxations else None
    return first is not None and not first.joint and bool(far_languages(first, profile.languages))


def nearest_in_languages(gap: Gap, by_id, k: int = NEAREST_SHOWN) -> list[str]:
    """The titles of the courses the learner may take (in their languages: `GapSkill.taught_by`) that teach
    the most of the goal's essential skills, by weight, at most `k`; [] when none teaches one. A course of
    optional skills only is no "nearest course" (session 20, fresh19-02 / thin20-04: a German-only secretary
    aiming at data protection officer was pointed to two cloud-security courses for their optional
    security-legislation and key-management tags; the note now says no course in German comes near)."""
    score: dict[str, float] = {}
    for g in gap.essential:
        for cid in g.taught_by:
            score[cid] = score.get(cid, 0.0) + g.weight
    ranked = sorted(score, key=lambda cid: (-score[cid], cid))
    return [by_id[cid].title for cid in ranked if cid in by_id][:k]


def _limit(r: Relaxation, c: Constraints) -> str:
    """The learner's limit a relaxation changes, in words ("courses in French only")."""
    if r.constraint == "languages":
        return f"courses in {names([x for x in str(r.current).split(',') if x.strip()])} only"
    if r.constraint == "participation":
        return f"{' or '.join(x.strip() for x in str(r.current).split(','))} study only"
    if r.constraint == "budget":
        return f"a budget of {money_text(c.budget or 0.0, c.currency)}"  # set: it is what binds
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


def preview_note(relaxed: Pathway, first: Relaxation | None = None, spoken: Sequence[str] = ()) -> str | None:
    """What the plan with the first proposal accepted holds, by title; None when it is empty too. When that
    proposal is a language alone (a Vietnamese-only learner and no course in Vietnamese), the note names the
    language, so the plan it shows reads as what it is: the plan in that language, offered if they accept it
    (issue 14, session 9)."""
    if not relaxed.steps:
        return None
    t = relaxed.totals
    titles = "; ".join(s.title for s in relaxed.steps)
    if first is not None and first.constraint == "languages" and not first.joint and first.values:
        langs = names(first.values)
        if far_languages(first, spoken):  # a third language: conditional, after the plain note
            return (
                f"If you can study in {langs}: a plan of {len(relaxed.steps)} step(s), {t.hours:g} h over "
                f"{t.weeks} weeks: {titles}."
            )
        return (
            f"Offered if you accept courses in {langs}: a plan of {len(relaxed.steps)} step(s), "
            f"{t.hours:g} h over {t.weeks} weeks: {titles}."
        )
    return (
        f"With the first proposal accepted, the plan would be {counted(len(relaxed.steps), 'step')}, "
        f"{t.hours:g} h over {t.weeks} weeks: {titles}."
    )
