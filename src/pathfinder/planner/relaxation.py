"""When the constraints leave essential skills uncovered: which constraint binds and the smallest change that
helps.

Each constraint is relaxed alone and the plan re-solved: budget and time by re-solving without the limit
with the cheapest / fastest strategy (the optimum is then exactly the amount needed), the categorical
constraints (languages, participation, EQF, providers, countries) by dropping them and naming what the
better plan uses.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from datetime import date, timedelta

from pathfinder.domain import Credential, LearnerProfile, Pathway, Relaxation
from pathfinder.domain.pathways import money_text
from pathfinder.planner.core import off_the_way
from pathfinder.planner.core_proposal import asks
from pathfinder.planner.gaps import Gap, study_languages
from pathfinder.planner.instance import time_budget_hours
from pathfinder.planner.relax_base import (
    EPS,
    MAX_PROPOSED_HOURS,
    NO_BUDGET,
    essential_coverage,
    every_language,
    finish_later,
    gain_text,
    more_skills,
    sessions_late,
    structured,
)
from pathfinder.planner.relax_base import with_constraints as _with
from pathfinder.planner.relax_first_step import first_step_in_time
from pathfinder.planner.relax_joint import BUDGET_FLOOR, FIRST_STEP_SCALES, combined
from pathfinder.planner.relax_languages import far_languages, language_relaxations

__all__ = ["EPS", "essential_coverage", "find_relaxations", "structured"]

TIME_CONSTRAINTS = ("hours_per_week", "weeks", "deadline")
PlanFn = Callable[[LearnerProfile, str], Pathway]
MayHelpFn = Callable[[LearnerProfile, float, str, int], bool]


def covered_count(pathway: Pathway, gap: Gap) -> int:
    """How many of the gap's essential skills `pathway` covers."""
    uncovered = {u.uri for u in pathway.uncovered}
    return sum(1 for g in gap.essential if g.uri not in uncovered)


def find_relaxations(
    profile: LearnerProfile,
    gap: Gap,
    credentials: Sequence[Credential],
    current: Pathway,
    plan: PlanFn,
    today: date,
    may_help: MayHelpFn | None = None,
    *,
    named_languages: bool = False,
) -> tuple[Relaxation, ...]:
    """The smallest single-constraint relaxations that let the plan cover more essential skills.

    `named_languages`: the learner named the languages they study in (a language limit, or the languages
    their profile lists; not only the conversation's): a joint proposal then asks for no third language
    (session 22, fresh21-13: French data-quality courses proposed to a nurse who named Bengali and English).

    `may_help(profile, before, strategy, count)`, when given, is False only if no plan for that profile
    (with that strategy) can cover more than `before` of the essential skills or more than `count` of them;
    such a relaxation is not re-planned (it could not help: a proposal needs both, `better`)."""
    before = essential_coverage(current, gap)
    if before >= 1 - EPS:
        return ()
    c = profile.constraints
    by_id = getattr(credentials, "by_id", None) or {cred.id: cred for cred in credentials}
    found: list[tuple[float, Relaxation]] = []

    covered_now = covered_count(current, gap)

    def better(relaxed: LearnerProfile, strategy: str) -> tuple[Pathway, float] | None:
        if may_help is not None and not may_help(relaxed, before, strategy, covered_now):
            return None
        pathway = plan(relaxed, strategy)
        after = essential_coverage(pathway, gap)
        # more weight alone is no gain to offer: a proposal says how many more essential skills it covers
        # (session 11: "INR 25190 more ... covers 0 more essential skills", central skills for shared ones)
        if after > before + EPS and covered_count(pathway, gap) > covered_now:
            return pathway, after
        return None

    r = better(_with(profile, budget=NO_BUDGET), "cheapest") if c.budget is not None else None
    # a plan covering more within the budget (another strategy's choice) is no case for more money
    if c.budget is not None and r is not None and math.ceil(r[0].totals.cost) > c.budget:
        pathway, after = r
        needed = math.ceil(pathway.totals.cost)
        whole = ""
        # a first step when the whole is far (session 16, lead trial 11 #18: "a budget of BDT 333,783" for a
        # learner with BDT 20,000): the smallest of the budgets FIRST_STEP_SCALES times theirs that covers
        # more, what the whole would take said beside it
        for scale in FIRST_STEP_SCALES:
            step = scale * max(c.budget, BUDGET_FLOOR)
            if step >= needed:
                break
            if (first := better(_with(profile, budget=step), "cheapest")) is not None:
                if off_the_way(first[0], pathway, gap):
                    # a first step through another field that shares no course of the goal with the whole
                    # (430 of 540 h of machine learning for one MLOps course's "deploy cloud resource"
                    # against Python then Cloud Operations, trial 17 #20's cloud security) is no step towards
                    # it: the next scale, else the whole (session 22)
                    continue
                if more_skills(before, after, gap) > more_skills(before, first[1], gap):
                    covering = gain_text(before, after, gap).replace("covers", "covering", 1)
                    whole = f"; {covering} would take a budget of {money_text(needed, c.currency)}"
                pathway, after = first
                needed = math.ceil(pathway.totals.cost)
                break
        more = max(1, needed - math.floor(c.budget))
        found.append(
            (
                after,
                Relaxation(
                    constraint="budget",
                    current=c.budget,
                    needed=float(needed),
                    message=f"{money_text(more, c.currency)} more (a budget of "
                    f"{money_text(needed, c.currency)}) {gain_text(before, after, gap)}{whole}.",
                ),
            )
        )

    first_steps: list[tuple[float, Relaxation]] = []
    hours_available, weeks = time_budget_hours(profile, today)
    if hours_available is not None and weeks is not None and c.hours_per_week is not None:
        r = better(_with(profile, weeks=None, deadline=None), "fastest")
        if r:
            pathway, after = r
            total = pathway.totals.hours
            gain = gain_text(before, after, gap)
            hpw = math.ceil(total / weeks) if weeks > 0 else math.inf
            # More hours a week help only if the hours are what binds: not when the plan already fits them
            # (hpw <= now), nor when a dated session ends after the time window (sessions do not move).
            more_hours = None
            if c.hours_per_week < hpw <= MAX_PROPOSED_HOURS and not sessions_late(pathway, weeks, by_id):
                by = today + timedelta(weeks=weeks)
                more_hours = Relaxation(
                    constraint="hours_per_week",
                    current=c.hours_per_week,
                    needed=float(hpw),
                    message=f"With {hpw} h/week instead of {c.hours_per_week:g} you can finish by "
                    f"{by:%B %Y}; that plan {gain}.",
                )
            later = finish_later(
                c,
                c.hours_per_week,
                pathway,
                weeks,
                today,
                lambda need, by: (
                    f"Or keep {c.hours_per_week:g} h/week and finish in {need} weeks (by {by:%B %Y}); "
                    f"that plan {gain}."
                ),
            )
            # more hours first: the finishing-later plan here is re-planned over a longer horizon, which may
            # fill it with other fields' courses (a GPU-computing learner's ML chain, de-v11l-gruezi-hpc-06);
            # the goal's core proposals order the two by what they ask (`core_proposal.time_order`)
            found.extend((after, r) for r in (more_hours, later) if r is not None)
            # no step fits: the least time that gives a first one, before what the whole takes (fresh23-04)
            asked = tuple(asks(r, today) for r in (more_hours, later) if r is not None)
            first_steps = first_step_in_time(
                profile, gap, current, pathway, weeks, today, better, by_id, asked
            )

    denied = set(c.denied_languages)  # never proposed: the learner ruled them out
    any_language = tuple(x for x in every_language(credentials) if x not in denied)
    categorical = {
        "languages": (study_languages(profile), lambda cr: cr.languages, "allow courses in {}"),
        "participation": (
            c.participation,
            lambda cr: (cr.participation,) if cr.participation else (),
            "allow {}",
        ),
        "providers": (c.providers, lambda cr: (cr.provider,), "allow other providers: {}"),
        "countries": (c.countries, lambda cr: (cr.country,) if cr.country else (), "allow providers from {}"),
    }
    for name, (allowed, values, template) in categorical.items():
        if not allowed:
            continue
        r = better(_with(profile, **{name: any_language if name == "languages" else ()}), current.strategy)
        if r and name == "languages":
            found.extend(language_relaxations(profile, gap, allowed, r, before, better, by_id, any_language))
            continue
        if r:
            pathway, after = r
            allowed_l = {a.lower() for a in allowed}
            used = sorted(
                {
                    v
                    for sid in pathway.ids
                    if sid in by_id
                    for v in values(by_id[sid])
                    if v.lower() not in allowed_l
                    and not (set(x.lower() for x in values(by_id[sid])) & allowed_l)
                }
            )
            if used:
                found.append(
                    (
                        after,
                        Relaxation(
                            constraint=name,
                            current=", ".join(allowed),
                            needed=", ".join(used),
                            message=f"{template.format(', '.join(used))[0].upper()}"
                            f"{template.format(', '.join(used))[1:]}: "
                            f"that plan {gain_text(before, after, gap)}.",
                        ),
                    )
                )
    if c.max_eqf is not None and (r := better(_with(profile, max_eqf=None), current.strategy)):
        pathway, after = r
        top = max((by_id[s].eqf_level or 0 for s in pathway.ids if s in by_id), default=c.max_eqf)
        if top > c.max_eqf:
            found.append(
                (
                    after,
                    Relaxation(
                        constraint="max_eqf",
                        current=float(c.max_eqf),
                        needed=float(top),
                        message=f"Allow EQF level {top} (now {c.max_eqf}): that plan "
                        f"{gain_text(before, after, gap)}.",
                    ),
                )
            )
    # the nearest change first: a language the learner does not list (other than English, which most
    # catalogues teach in) is a far change, proposed after any limit the learner can move
    found.sort(key=lambda fr: (bool(far_languages(fr[1], profile.languages)), -fr[0]))
    if first_steps:  # just before the first time proposal: the smaller change first
        at = next((i for i, (_, r) in enumerate(found) if r.constraint in TIME_CONSTRAINTS), len(found))
        found[at:at] = first_steps
    if any(not far_languages(r, profile.languages) for _, r in found):
        # a change the learner can make is proposed alone: no third language they did not name beside it
        found = [fr for fr in found if not far_languages(fr[1], profile.languages)]
    out = [structured(r, after) for after, r in found]
    if not found or all(far_languages(r, profile.languages) for r in out):
        # no single change helps, or each one asks for a third language: a joint change within languages
        # the learner can plausibly accept leads (its parts keep their order: they are applied together)
        together = combined(
            profile,
            gap,
            current,
            before,
            better,
            by_id,
            today,
            any_language,
            plausible_only=bool(found),
            third_language=not named_languages,
            by_skill=_by_skill(credentials),
        )
        out = [structured(r, after, joint=True) for after, r in together] + out
    return tuple(out)


def _by_skill(credentials: Sequence[Credential]) -> dict[str, list[Credential]]:
    """Credentials per skill URI: the lookup's own index, or one built from a plain list (tests)."""
    found = getattr(credentials, "by_skill", None)
    if isinstance(found, dict):
        return found
    out: dict[str, list[Credential]] = {}
    for cr in credentials:
        for ref in cr.skills:
            if ref.counts:  # as the lookup counts a skill taught
                out.setdefault(ref.uri, []).append(cr)
    return out
