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

from pathfinder.domain import Constraints, Credential, LearnerProfile, Pathway, Relaxation
from pathfinder.planner.gaps import Gap, study_languages
from pathfinder.planner.instance import time_budget_hours

PlanFn = Callable[[LearnerProfile, str], Pathway]
MayHelpFn = Callable[[LearnerProfile, float], bool]
EPS = 1e-6
NO_BUDGET = 1e9  # 'any budget' when relaxing one: still a budget, so credentials of unknown price stay out
MAX_WEEKS = 520  # the most `Constraints.weeks` holds


def essential_coverage(pathway: Pathway, gap: Gap) -> float:
    """Weighted share of the gap's essential skills the pathway covers (1.0 when none are missing)."""
    missing = {u.uri for u in pathway.uncovered}
    total = sum(g.weight for g in gap.essential)
    if total == 0:
        return 1.0
    return sum(g.weight for g in gap.essential if g.uri not in missing) / total


def _with(profile: LearnerProfile, **changes: object) -> LearnerProfile:
    data = profile.constraints.model_dump()
    data.update(changes)
    return profile.model_copy(update={"constraints": Constraints(**data)})


def _gain_text(before: float, after: float, gap: Gap) -> str:
    if after >= 1 - EPS:
        return "covers every essential skill"
    n_ess = len(gap.essential)
    return f"covers {round((after - before) * n_ess)} more essential skill(s)"


def find_relaxations(
    profile: LearnerProfile,
    gap: Gap,
    credentials: Sequence[Credential],
    current: Pathway,
    plan: PlanFn,
    today: date,
    may_help: MayHelpFn | None = None,
) -> tuple[Relaxation, ...]:
    """The smallest single-constraint relaxations that let the plan cover more essential skills.

    `may_help(profile, before)`, when given, is False only if no plan for that profile can cover more than
    `before` of the essential skills; such a relaxation is not re-planned (it could not help: same result)."""
    before = essential_coverage(current, gap)
    if before >= 1 - EPS:
        return ()
    c = profile.constraints
    by_id = getattr(credentials, "by_id", None) or {cred.id: cred for cred in credentials}
    found: list[tuple[float, Relaxation]] = []

    def better(relaxed: LearnerProfile, strategy: str) -> tuple[Pathway, float] | None:
        if may_help is not None and not may_help(relaxed, before):
            return None
        pathway = plan(relaxed, strategy)
        after = essential_coverage(pathway, gap)
        return (pathway, after) if after > before + EPS else None

    if c.budget is not None and (r := better(_with(profile, budget=NO_BUDGET), "cheapest")):
        pathway, after = r
        needed = math.ceil(pathway.totals.cost)
        more = max(1, needed - math.floor(c.budget))
        found.append(
            (
                after,
                Relaxation(
                    constraint="budget",
                    current=c.budget,
                    needed=float(needed),
                    message=f"{c.currency} {more} more (a budget of {c.currency} {needed}) "
                    f"{_gain_text(before, after, gap)}.",
                ),
            )
        )

    hours_available, weeks = time_budget_hours(profile, today)
    if hours_available is not None and weeks is not None and c.hours_per_week is not None:
        r = better(_with(profile, weeks=None, deadline=None), "fastest")
        if r:
            pathway, after = r
            total = pathway.totals.hours
            gain = _gain_text(before, after, gap)
            hpw = math.ceil(total / weeks) if weeks > 0 else math.inf
            # More hours a week help only if the hours are what binds: not when the plan already fits them
            # (hpw <= now), nor when a dated session ends after the time window (sessions do not move).
            if c.hours_per_week < hpw <= 80 and not _sessions_late(pathway, weeks, by_id):
                by = today + timedelta(weeks=weeks)
                found.append(
                    (
                        after,
                        Relaxation(
                            constraint="hours_per_week",
                            current=c.hours_per_week,
                            needed=float(hpw),
                            message=f"With {hpw} h/week instead of {c.hours_per_week:g} you can finish by "
                            f"{by:%B %Y}; that plan {gain}.",
                        ),
                    )
                )
            found.append(
                (
                    after,
                    _finish_later(
                        c,
                        pathway,
                        weeks,
                        today,
                        lambda need, by: (
                            f"Or keep {c.hours_per_week:g} h/week and finish in {need} weeks (by "
                            f"{by:%B %Y}); "
                            f"that plan {gain}."
                        ),
                    ),
                )
            )

    any_language = _every_language(credentials)
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
                            f"that plan {_gain_text(before, after, gap)}.",
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
                        f"{_gain_text(before, after, gap)}.",
                    ),
                )
            )
    joint = not found
    if joint:
        found = _combined(profile, gap, current, before, better, by_id, today, any_language)
    found.sort(key=lambda fr: -fr[0])
    return tuple(structured(r, after, joint) for after, r in found)


def structured(r: Relaxation, after: float | None, joint: bool = False) -> Relaxation:
    """The relaxation with its structured fields set: joint or not and the essential coverage it leads to
    (what the chat reads instead of parsing the message; `values` of a list constraint are set by
    `Relaxation`)."""
    return r.model_copy(
        update={"joint": joint, "coverage_after": None if after is None else min(1.0, round(after, 6))}
    )


def _combined(
    profile, gap, current, before, better, by_id, today, any_language
) -> list[tuple[float, Relaxation]]:
    """No single change helps: relax every constraint at once and say what that plan needs of each."""
    c = profile.constraints
    allowed_languages = study_languages(profile)
    timed_by_weeks = c.hours_per_week is None and (c.weeks is not None or c.deadline is not None)
    r = better(
        profile.model_copy(
            update={
                "constraints": Constraints(
                    currency=c.currency,
                    hours_per_week=c.hours_per_week,
                    budget=None
                    if c.budget is None
                    else NO_BUDGET,  # unknown prices stay out: no budget makes them known
                    weeks=MAX_WEEKS if timed_by_weeks else None,  # likewise unknown workloads
                    languages=any_language if allowed_languages else (),
                )
            }
        ),
        current.strategy,
    )
    if not r:
        return []
    pathway, after = r
    gain = _gain_text(before, after, gap)
    out: list[tuple[float, Relaxation]] = []
    if c.budget is not None and pathway.totals.cost > c.budget:
        needed = math.ceil(pathway.totals.cost)
        out.append(
            (
                after,
                Relaxation(
                    constraint="budget",
                    current=c.budget,
                    needed=float(needed),
                    message=f"Together with the other changes: a budget of {c.currency} {needed}.",
                ),
            )
        )
    _, weeks = time_budget_hours(profile, today)
    if weeks and c.hours_per_week:
        hpw = math.ceil(pathway.totals.hours / weeks)
        late = _sessions_late(pathway, weeks, by_id)
        over = pathway.totals.hours > c.hours_per_week * weeks
        if over and hpw <= 80 and not late:
            out.append(
                (
                    after,
                    Relaxation(
                        constraint="hours_per_week",
                        current=c.hours_per_week,
                        needed=float(hpw),
                        message=f"Together with the other changes: {hpw} h/week instead of "
                        f"{c.hours_per_week:g}.",
                    ),
                )
            )
        elif over or late:  # more hours a week cannot do it (or a session is later): more weeks
            out.append(
                (
                    after,
                    _finish_later(
                        c,
                        pathway,
                        weeks,
                        today,
                        lambda need, by: (
                            f"Together with the other changes: finish in {need} weeks (by {by:%B %Y}) at "
                            f"{c.hours_per_week:g} h/week."
                        ),
                    ),
                )
            )
    steps = [by_id[s] for s in pathway.ids if s in by_id]
    if allowed_languages and (
        langs := sorted(
            {x for cr in steps for x in cr.languages if not set(cr.languages) & set(allowed_languages)}
        )
    ):
        out.append(
            (
                after,
                Relaxation(
                    constraint="languages",
                    current=", ".join(allowed_languages),
                    needed=", ".join(langs),
                    message=f"Together with the other changes: allow courses in {', '.join(langs)}.",
                ),
            )
        )
    if c.participation and (
        modes := sorted(
            {cr.participation for cr in steps if cr.participation and cr.participation not in c.participation}
        )
    ):
        out.append(
            (
                after,
                Relaxation(
                    constraint="participation",
                    current=", ".join(c.participation),
                    needed=", ".join(modes),
                    message=f"Together with the other changes: allow {', '.join(modes)}.",
                ),
            )
        )
    if c.providers and (others := _outside([cr.provider for cr in steps], c.providers)):
        out.append(
            (
                after,
                Relaxation(
                    constraint="providers",
                    current=", ".join(c.providers),
                    needed=", ".join(others),
                    message=f"Together with the other changes: allow other providers: {', '.join(others)}.",
                ),
            )
        )
    if c.countries and (places := _outside([cr.country for cr in steps if cr.country], c.countries)):
        out.append(
            (
                after,
                Relaxation(
                    constraint="countries",
                    current=", ".join(c.countries),
                    needed=", ".join(places),
                    message=f"Together with the other changes: allow providers from {', '.join(places)}.",
                ),
            )
        )
    if c.max_eqf is not None and (top := max((cr.eqf_level or 0 for cr in steps), default=0)) > c.max_eqf:
        out.append(
            (
                after,
                Relaxation(
                    constraint="max_eqf",
                    current=float(c.max_eqf),
                    needed=float(top),
                    message=f"Together with the other changes: allow EQF level {top}.",
                ),
            )
        )
    if out:
        first = out[0][1]
        out[0] = (
            after,
            first.model_copy(
                update={
                    "message": f"No single change is enough; changing these together "
                    f"{gain}: " + first.message.split(": ", 1)[-1]
                }
            ),
        )
    return out


def _every_language(credentials) -> tuple[str, ...]:
    """Every language the catalogue states (the lookup's memo when it is one): relaxing a language limit means
    allowing these; a credential whose language is unknown still passes no language limit."""
    found = getattr(credentials, "languages", None)
    if isinstance(found, tuple):
        return found
    return tuple(sorted({x for cr in credentials for x in cr.languages}))


def _outside(values: list[str], allowed: tuple[str, ...]) -> list[str]:
    """The distinct `values` not in `allowed`, compared without regard to case."""
    allowed_l = {a.lower() for a in allowed}
    return sorted({v for v in values if v.lower() not in allowed_l})


def _sessions_late(pathway: Pathway, weeks: int, by_id) -> bool:
    """Whether a dated step of `pathway` ends after `weeks` (sessions do not move, whatever the hours a
    week)."""
    return any(s.end_week > weeks for s in pathway.steps if s.id in by_id and by_id[s.id].delivery == "dated")


def _finish_later(
    c: Constraints, pathway: Pathway, weeks: int, today: date, message: Callable[[int, date], str]
) -> Relaxation:
    """Keep the hours a week and finish when `pathway` (planned without a time limit) ends: more weeks, or a
    later deadline; `message(weeks_needed, finish_date)` words it."""
    need = max(pathway.totals.weeks, math.ceil(pathway.totals.hours / c.hours_per_week))
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
