"""No single change is enough: one joint proposal, changing several constraints together.

Every constraint is relaxed at once to see whether anything helps (the whole goal: any budget, any time). The
proposal itself is a **first step** the learner can accept: the budget and the time limit a few times larger
(`FIRST_STEP_SCALES`), the smallest that covers more, with the categorical constraints the better plan needs;
what the whole goal would take is said beside it. Without it, a learner with 3 h/week and EUR 150 was asked
for EUR 5,330 and 440 weeks, or 79 h/week.
"""

from __future__ import annotations

import math

from pathfinder.domain import Constraints, LearnerProfile, Pathway, Relaxation
from pathfinder.domain.pathways import counted, money_text
from pathfinder.planner.centre_language import centre_language
from pathfinder.planner.gaps import Gap, study_languages
from pathfinder.planner.instance import time_budget_hours
from pathfinder.planner.relax_base import (
    EPS,
    MAX_PROPOSED_HOURS,
    MAX_WEEKS,
    NO_BUDGET,
    finish_later,
    gain_text,
    more_skills,
    outside,
    sessions_late,
    weeks_needed,
)
from pathfinder.planner.relax_languages import names, one_more_language, plausible

FIRST_STEP_SCALES = (2, 4, 8)  # the budget and the time limit this many times larger, smallest first
BUDGET_FLOOR = 100.0  # a budget below this (e.g. free courses only) is scaled from this, in its currency


def combined(
    profile,
    gap,
    current,
    before,
    better,
    by_id,
    today,
    any_language,
    plausible_only=False,
    *,
    by_skill=None,
    third_language=True,
) -> list[tuple[float, Relaxation]]:
    """No single change helps: the smallest joint change that does (a first step), each constraint it
    changes as one `Relaxation` of the proposal; [] when even relaxing everything covers nothing more.
    Languages the learner can plausibly accept (English, the ones they list) are tried first; with
    `plausible_only` (the single changes that help all ask for a third language) only they are. Beyond them,
    given `by_skill` (credentials per skill URI), one third language at most: the one of the goal's centre
    (`centre_language.centre_language`, session 20), or no joint proposal; none with `third_language` off (the
    learner named their languages, session 22)."""
    c = profile.constraints
    allowed_languages = study_languages(profile)
    timed_by_weeks = c.hours_per_week is None and (c.weeks is not None or c.deadline is not None)
    relaxed_all = profile.model_copy(
        update={
            "constraints": Constraints(
                currency=c.currency,
                hours_per_week=c.hours_per_week,
                # unknown prices and workloads stay out: 'no limit' would make them known
                budget=None if c.budget is None else NO_BUDGET,
                weeks=MAX_WEEKS if timed_by_weeks else None,
                languages=any_language if allowed_languages else (),
                denied_languages=c.denied_languages,
            )
        }
    )
    whole = None
    if allowed_languages:  # languages the learner can plausibly accept first (English, the ones they list)
        plausible_ones = [x for x in any_language if plausible((x,), profile.languages)]
        near = tuple(dict.fromkeys((*allowed_languages, *plausible_ones)))  # never () ("no limit")
        if set(near) != set(any_language):
            near_all = relaxed_all.model_copy(
                update={"constraints": relaxed_all.constraints.model_copy(update={"languages": near})}
            )
            if whole := better(near_all, current.strategy):
                relaxed_all = near_all
    far_one = False
    if not whole and not plausible_only:
        if allowed_languages and by_skill is not None and not plausible(any_language, profile.languages):
            # a third language only the one of the goal's centre (`centre_language`), and only it
            far = (
                centre_language(
                    gap,
                    by_skill,
                    profile.languages,
                    c.denied_languages,
                    covered={g.uri for g in gap.essential} - {u.uri for u in current.uncovered},
                )
                if third_language
                else None
            )
            if far is None:
                return []
            plausible_ones = [x for x in any_language if plausible((x,), profile.languages)]
            langs = tuple(dict.fromkeys((*allowed_languages, *plausible_ones, far)))
            relaxed_all = relaxed_all.model_copy(
                update={"constraints": relaxed_all.constraints.model_copy(update={"languages": langs})}
            )
            far_one = True
        whole = better(relaxed_all, current.strategy)
    if not whole:
        return []
    if allowed_languages and not far_one:
        relaxed_all, whole = one_more_language(
            relaxed_all, whole, allowed_languages, before, better, by_id, current.strategy
        )
    _, weeks = time_budget_hours(profile, today)
    pathway, after = _first_step(profile, relaxed_all, weeks, better, current.strategy) or whole
    out = _changes(profile, pathway, weeks, today, by_id)
    if not out:
        return []
    lead = f"No single change is enough; changing these together {gain_text(before, after, gap)}: "
    lead += out[0].message.split(": ", 1)[-1]
    if whole[1] > after + EPS:
        lead += " " + _whole_goal(profile, whole, before, weeks, gap)
    out[0] = out[0].model_copy(update={"message": lead})
    return [(after, r) for r in out]


def _first_step(
    profile: LearnerProfile, relaxed_all: LearnerProfile, weeks: int | None, better, strategy: str
) -> tuple[Pathway, float] | None:
    """The plan with the budget and the time limit scaled by the smallest of FIRST_STEP_SCALES that covers
    more (the categorical constraints as `relaxed_all` has them); None when neither limit is set or no scale
    helps (the whole goal's relaxation is then the proposal)."""
    c = profile.constraints
    if c.budget is None and weeks is None:
        return None
    for scale in FIRST_STEP_SCALES:
        changes: dict[str, object] = {}
        if c.budget is not None:
            changes["budget"] = max(c.budget, BUDGET_FLOOR) * scale
        if weeks is not None:
            changes["weeks"] = min(MAX_WEEKS, max(1, weeks) * scale)
        step = relaxed_all.model_copy(
            update={"constraints": relaxed_all.constraints.model_copy(update=changes)}
        )
        if r := better(step, strategy):
            return r
    return None


def _whole_goal(profile: LearnerProfile, whole: tuple[Pathway, float], before: float, weeks, gap: Gap) -> str:
    """What relaxing everything would give and take, said beside a first step."""
    c = profile.constraints
    pathway, after = whole
    needs = []
    if c.budget is not None and pathway.totals.cost > c.budget:
        needs.append(money_text(math.ceil(pathway.totals.cost), c.currency))
    if weeks is not None and c.hours_per_week:
        need = weeks_needed(pathway, c.hours_per_week)
        if need > weeks:
            needs.append(f"{need} weeks at {c.hours_per_week:g} h/week")
    what = (
        "every essential skill"
        if after >= 1 - EPS
        else counted(more_skills(before, after, gap), "more essential skill")
    )
    if not needs:
        return f"(Relaxing everything {gain_text(before, after, gap)}.)"
    return f"(Covering {what} would take about {' and '.join(needs)}.)"


def _changes(profile: LearnerProfile, pathway: Pathway, weeks: int | None, today, by_id) -> list[Relaxation]:
    """What `pathway` (planned under relaxed constraints) needs of each of the learner's constraints, one
    `Relaxation` each ("Together with the other changes: ...")."""
    c = profile.constraints
    allowed_languages = study_languages(profile)
    out: list[Relaxation] = []
    together = "Together with the other changes: "
    if c.budget is not None and pathway.totals.cost > c.budget:
        needed = math.ceil(pathway.totals.cost)
        out.append(
            Relaxation(
                constraint="budget",
                current=c.budget,
                needed=float(needed),
                message=f"{together}a budget of {money_text(needed, c.currency)}.",
            )
        )
    if weeks and c.hours_per_week:
        hpw = math.ceil(pathway.totals.hours / weeks)
        late = sessions_late(pathway, weeks, by_id)
        over = pathway.totals.hours > c.hours_per_week * weeks
        if over and hpw <= MAX_PROPOSED_HOURS and not late:
            out.append(
                Relaxation(
                    constraint="hours_per_week",
                    current=c.hours_per_week,
                    needed=float(hpw),
                    message=f"{together}{hpw} h/week instead of {c.hours_per_week:g}.",
                )
            )
        elif over or late:  # more hours a week cannot do it (or a session is later): more weeks
            hours = c.hours_per_week
            out.append(
                finish_later(
                    c,
                    hours,
                    pathway,
                    weeks,
                    today,
                    lambda need, by: f"{together}finish in {need} weeks (by {by:%B %Y}) at {hours:g} h/week.",
                )
            )
    steps = [by_id[s] for s in pathway.ids if s in by_id]
    lists = (
        ("languages", allowed_languages, [cr.languages for cr in steps], "allow courses in {}"),
        (
            "participation",
            c.participation,
            [(cr.participation,) for cr in steps if cr.participation],
            "allow {}",
        ),
        ("providers", c.providers, [(cr.provider,) for cr in steps], "allow other providers: {}"),
        ("countries", c.countries, [(cr.country,) for cr in steps if cr.country], "allow providers from {}"),
    )
    for name, allowed, per_step, template in lists:
        if not allowed:
            continue
        allowed_l = {a.lower() for a in allowed}
        # a step also offered in an allowed value needs no change
        values = outside(
            [v for vs in per_step if not {v.lower() for v in vs} & allowed_l for v in vs], allowed
        )
        if values:
            out.append(
                Relaxation(
                    constraint=name,
                    current=", ".join(allowed),
                    needed=", ".join(values),
                    message=f"{together}{template.format(_named(name, values))}.",
                )
            )
    if c.max_eqf is not None and (top := max((cr.eqf_level or 0 for cr in steps), default=0)) > c.max_eqf:
        out.append(
            Relaxation(
                constraint="max_eqf",
                current=float(c.max_eqf),
                needed=float(top),
                message=f"{together}allow EQF level {top}.",
            )
        )
    return out


def _named(constraint: str, values: list[str]) -> str:
    """A list constraint's values as a proposal names them: languages by their English name."""
    return names(values).replace(" or ", ", ") if constraint == "languages" else ", ".join(values)
