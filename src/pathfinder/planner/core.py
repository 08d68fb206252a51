"""The goal's core first (issue 14, session 9): a plan for an occupation holds a course of what the work
centres on when one fits the learner's limits.

The first stage maximises weighted essential coverage, so many cheap courses of shared skills outweigh one
long course of the skill the occupation is about: with 416 hours for a data scientist the plan was data
engineering, visualisation, data modelling and FAIR research data, not Applied Machine Learning (375 h with
its prerequisites, which fits). The core is the goal's O*NET central skills (`Gap.core`: named by O*NET task
statements or in-demand technologies and listed essential by few occupations; machine learning for the data
scientist, data visualisation for the analyst, penetration-testing tools for the ethical hacker). When the
plan covers none of them and a candidate teaches one, the session re-solves with each of the best such
teachers required (`CORE_TRIES`) and keeps the best plan that stays within every limit; the step says why.
When none fits, the plan says so, with what the core would take. Pure functions; the session re-solves.

Session 15: when the nearest plan with the core goes past one of the learner's limits by a little
(`SLIP_SHARE`: at most a quarter more weeks, or money), an advisor plans the core and says what slips rather
than fill the plan with side subjects: that plan is offered as the plan (`core_changes`, the change it needs,
becomes its first proposal and `Pathway.offered_with`), labelled with what slips and the plan within the
limits beside it (`core_offered_notes`, `slips`). Further off, or past two limits, the plan within the
limits stays with the notes above. A course of the core that no change of limits can
bring in, because every session the catalogue lists for it has begun (fresh14: digital forensics, ICT
workshops for trainers, incident handling), is named with when its last session ended and whom to ask
(`core_without_session`), instead of leaving the learner to find it among the uncovered skills.
"""

from __future__ import annotations

import math
import re
from collections.abc import Collection, Iterable, Mapping, Sequence
from datetime import date
from functools import lru_cache
from statistics import median
from typing import TYPE_CHECKING

import numpy as np

from pathfinder.domain import Credential, LearnerProfile, Pathway, Relaxation, to_eur
from pathfinder.domain.credentials import EUR_PER_UNIT
from pathfinder.domain.pathways import amount_text, money_text

from .candidates import WINDOW, Candidates
from .copies import no_cheaper, same_course
from .gaps import Gap
from .relax_base import finish_later, weeks_needed

if TYPE_CHECKING:
    from .lookup import CatalogueLookup
from .relax_joint import BUDGET_FLOOR
from .relax_languages import plausible

CORE_TRIES = 3  # re-solves with a core teacher required, best first
EPS = 1e-6
# the core plan is offered as the plan when it needs at most this share more weeks (at the learner's hours a
# week) or money than the learner's limits allow (session 15: 44 weeks for 40, 31 for 26)
SLIP_SHARE = 0.25
MAX_UNSCHEDULED = 2  # core courses with no session to plan named in the notes


def missing_core(gap: Gap, pathway: Pathway) -> tuple[str, ...]:
    """The goal's core skills in the gap when the plan covers none of them (else ())."""
    core = [g.uri for g in gap.skills if g.essential and g.uri in set(gap.core)]
    uncovered = {u.uri for u in pathway.uncovered}
    if not core or any(u not in uncovered for u in core):
        return ()
    return tuple(core)


def core_covered(pathway: Pathway, core: Collection[str]) -> int:
    """How many of the goal's core skills `core` the plan covers."""
    uncovered = {u.uri for u in pathway.uncovered}
    return sum(1 for u in set(core) if u not in uncovered)


def effort_scale(cands: Candidates) -> tuple[float, float]:
    """The median candidate's hours and EUR (what one unit of effort is, as in the balanced objective)."""
    hours = [h for h in cands.hours if h > 0]
    cost = [c for c in cands.cost_eur if c > 0]
    return (median(hours) if hours else 1.0, median(cost) if cost else 100.0)


def effort(hours: float, cost_eur: float, strategy: str, scale: tuple[float, float]) -> tuple[float, float]:
    """How dear a core teacher (with what it needs first) or a plan is for `strategy` (session 11: the core
    repair ranked by hours alone took a EUR 2,655 course over a EUR 182 track of as many core skills):
    fastest hours then cost, cheapest cost then hours, otherwise hours and cost in median units together."""
    if strategy == "fastest":
        return (hours, cost_eur)
    if strategy == "cheapest":
        return (cost_eur, hours)
    return (hours / scale[0] + cost_eur / scale[1], hours)


def plan_eur(pathway: Pathway) -> float:
    """A plan's cost in EUR (by the reference rates; as stated when the currency has none)."""
    t = pathway.totals
    eur = to_eur(t.cost, t.currency)
    return t.cost if eur is None else eur


def core_teachers(
    cands: Candidates,
    core: Collection[str],
    tries: int = CORE_TRIES,
    strategy: str = "balanced",
) -> list[int]:
    """Candidates teaching a core skill (with evidence: `covers`), most core skills first, then the most
    weighted essential gap skills their closure covers (a course of several essential skills before a
    one-tag introduction), then the least effort for the strategy with everything they need first."""
    wanted = {j for j, u in enumerate(cands.skills) if u in set(core)}
    found = [i for i in range(cands.n) if cands.covers[i] & wanted]
    scale = effort_scale(cands)
    gap = cands.gap
    weight = {g.uri: g.weight for g in gap.essential} if gap is not None else {}

    def key(i: int) -> tuple[int, float, tuple[float, float], str]:
        closure = cands.closures[i]
        hours = sum(cands.hours[k] for k in closure)
        cost = sum(cands.cost_eur[k] for k in closure)
        gain = sum(weight.get(cands.skills[j], 0.0) for j in cands.bundle_covers[i])
        return (
            -len(cands.covers[i] & wanted),
            -round(gain, 6),
            effort(hours, cost, strategy, scale),
            cands.cands[i].id,
        )

    best = sorted(found, key=key)[:tries]
    return [j for n, j in enumerate(best) if not any(_twin(cands, i, j) for i in best[:n])]


def closure_totals(cands: Candidates, i: int) -> tuple[float, float]:
    """The hours and EUR of candidate `i` with everything it needs first (its closure)."""
    closure = cands.closures[i]
    return sum(cands.hours[k] for k in closure), sum(cands.cost_eur[k] for k in closure)


def over_limits(hours: float, cost: float, hours_limit: float | None, budget: float | None) -> float:
    """How far `hours` and `cost` (EUR) go past the learner's hours and budget: the larger of the two ratios
    (1 or less within both; a budget below `BUDGET_FLOOR` counts as the floor, as a budget proposal reads it),
    so the core course named when none fits asks least (session 29)."""
    ratios = [0.0]
    if hours_limit is not None:
        ratios.append(hours / max(hours_limit, 1.0))
    if budget is not None:
        ratios.append(cost / max(budget, BUDGET_FLOOR))
    return max(ratios)


def _twin(cands: Candidates, i: int, j: int) -> bool:
    """Whether core teacher `j` is a dearer copy of `i`, tried before it (session 27; `planner/copies.py`):
    the same course (`copies.same_course`) with its own prerequisites that teaches the same gap skills, alone
    and with what it needs first, and takes no fewer hours and no less money with what it needs first
    (`copies.no_cheaper`); `i`'s chain has no dated session (a session fixes weeks, so the dearer copy can
    schedule better). Its plan with it required is not tried: the same plan with the dearer chain (the
    e-learning developer's and data scientist's core repairs tried two or three copies of one course in each
    of their plans and re-plans)."""
    if cands.covers[i] != cands.covers[j] or cands.bundle_covers[i] != cands.bundle_covers[j]:
        return False
    if not same_course(cands.cands[i], cands.cands[j]):
        return False
    mine, theirs = cands.closures[i], cands.closures[j]
    if any(cands.cands[k].delivery == "dated" for k in mine):
        return False
    return no_cheaper(
        sum(cands.hours[k] for k in mine),
        sum(cands.cost_eur[k] for k in mine),
        sum(cands.hours[k] for k in theirs),
        sum(cands.cost_eur[k] for k in theirs),
    )


def within_limits(pathway: Pathway, profile: LearnerProfile, hours: float | None, weeks: int | None) -> bool:
    """The plan keeps the learner's limits: hours available, weeks available, budget (in the learner's
    currency, as the totals are), each dated session's hours a week (the schedule says so in a note)."""
    t = pathway.totals
    budget = profile.constraints.budget
    if hours is not None and t.hours > hours + EPS:
        return False
    if weeks is not None and t.weeks > weeks:
        return False
    if budget is not None and t.cost > budget + 0.005:
        return False
    return not any(
        n.startswith(("Your pinned credentials alone", "This plan could not")) for n in pathway.notes
    )


def core_reason(labels: Collection[str], goal: str) -> str:
    """The reason on a step taken for the goal's core."""
    return f"the core of {goal} ({', '.join(labels)}): planned first, though other steps cover more skills"


def core_notes(labels: Collection[str], goal: str, title: str, nearest: Pathway | None) -> tuple[str, ...]:
    """Why no step of the goal's core is planned, and the nearest plan that has one (`nearest`: planned with
    the core teacher required, over the limits), so the learner sees what it would take."""
    said = (
        f"No course of what {goal} work centres on ({', '.join(labels)}) fits your limits: {title}, with "
        "what it needs first, does not."
    )
    if nearest is None or not nearest.steps:
        return (said,)
    t = nearest.totals
    titles = "; ".join(s.title for s in nearest.steps)
    return (
        said,
        f"With it the plan would be {len(nearest.steps)} step(s), {t.hours:g} h over {t.weeks} weeks at your "
        f"hours, costing {t.currency} {amount_text(t.cost)}: {titles}.",
    )


def slips(nearest: Pathway, profile: LearnerProfile, weeks: int | None) -> list[str]:
    """What the plan with the core takes beyond the learner's limits, in their terms: the weeks past their
    time limit (and the hours a week that would fit it instead), the money over their budget."""
    c, t = profile.constraints, nearest.totals
    out = []
    if weeks is not None and weeks > 0 and t.weeks > weeks:
        hpw = math.ceil(t.hours / weeks - EPS)
        out.append(
            f"it takes {t.weeks} weeks, {t.weeks - weeks} more than your {weeks} "
            f"(or {hpw} h/week instead of {c.hours_per_week or 0:g} to finish in {weeks})"
            if c.hours_per_week is not None
            else f"it takes {t.weeks} weeks, {t.weeks - weeks} more than your {weeks}"
        )
    if c.budget is not None and t.cost > c.budget + 0.005:
        out.append(
            f"it costs {money_text(t.cost, t.currency)}, {money_text(t.cost - c.budget, t.currency)} over "
            f"your budget of {money_text(c.budget, t.currency)}"
        )
    return out


def core_changes(
    nearest: Pathway,
    profile: LearnerProfile,
    weeks: int | None,
    today: date,
    hours_per_week: float,
    share: float = SLIP_SHARE,
    *,
    both: bool = False,
) -> tuple[Relaxation, ...]:
    """The change of limits the plan with the core needs when it is small (`share`: SLIP_SHARE, or
    MAX_SLIP_SHARE when the plan within the limits is thin, session 16) and one: finish
    later at the learner's hours a week, or a larger budget; () when it needs none of these, more than that,
    or both (a learner who set a date and a budget is asked to give on one at most: a clinic administrator's
    data-analyst plan needing six more weeks and EUR 80 more stays within her limits, tune
    es-v8d-clinica-01). The plan within the limits then stays, its notes saying what the core would take.
    With `both` (session 17, the proposal sized to the goal's course or core), the two changes when the plan
    needs both."""
    c, t = profile.constraints, nearest.totals
    out = []
    if weeks is not None and weeks > 0 and t.weeks > weeks:
        need = weeks_needed(nearest, hours_per_week)
        if need > weeks * (1 + share) + EPS:
            return ()
        out.append(
            finish_later(
                c,
                hours_per_week,
                nearest,
                weeks,
                today,
                lambda n, by: f"Take {n} weeks instead of {weeks} (until {by:%B %Y}) for the goal's core.",
            )
        )
    if c.budget is not None and t.cost > c.budget + 0.005:
        if t.cost > c.budget * (1 + share) + 0.005:
            return ()
        needed = math.ceil(t.cost)
        out.append(
            Relaxation(
                constraint="budget",
                current=c.budget,
                needed=float(needed),
                message=f"A budget of {money_text(needed, t.currency)} instead of "
                f"{money_text(c.budget, t.currency)} for the goal's core.",
            )
        )
    if both and len(out) == 2:  # one joint proposal: the second part says it goes with the first
        second = out[1].message
        return out[0], out[1].model_copy(
            update={"message": f"Together with the other change: {second[0].lower()}{second[1:]}"}
        )
    return tuple(out) if len(out) == 1 else ()


def roundabout(pathway: Pathway, gap: Gap) -> bool:
    """Whether more than half of a plan's hours go to steps that close no essential skill of the goal (taken
    only as what another step needs first): a software tester's test-automation core reached through
    security operations and penetration testing (220 of 330 h) is a road through another field, not a plan
    an advisor would stretch the learner's limits for; applied machine learning after AI Foundations (45 of
    182.5 h) is not."""
    return 2 * idle_share(pathway, gap) > 1 + EPS


def off_the_way(first: Pathway, whole: Pathway, gap: Gap) -> bool:
    """Whether `first`, a smaller plan proposed as a first step towards `whole`, is a road through another
    field (`roundabout`) none of whose steps closing an essential skill is one of `whole`'s, while `whole`
    is less of one (`idle_share`): 540 h of machine learning for an MLOps course's "deploy cloud resource"
    is no first step towards Python then Cloud Operations (trial 17 #20); Security Operations Fundamentals
    beside a free Python course is one towards Security Operations then System Hardening."""
    if not roundabout(first, gap) or idle_share(first, gap) <= idle_share(whole, gap) + EPS:
        return False
    essential = {g.uri for g in gap.essential}
    own = {s.id for s in first.steps if set(s.covers) & essential}
    return not own & set(whole.ids)


def idle_share(pathway: Pathway, gap: Gap) -> float:
    """The share of a plan's hours in steps that close no essential skill of the goal (`roundabout`); 0 for
    an empty plan."""
    essential = {g.uri for g in gap.essential}
    idle = sum(s.hours for s in pathway.steps if not set(s.covers) & essential)
    return idle / pathway.totals.hours if pathway.totals.hours > EPS else 0.0


def core_offered_notes(
    labels: Collection[str], goal: str, title: str, said: Collection[str], within: Pathway
) -> tuple[str, ...]:
    """The label of a plan offered with the goal's core past the learner's limits (`said`: `slips`), and the
    plan within the limits beside it, so the learner chooses."""
    first = (
        f"This plan keeps {title}, the course of what {goal} work centres on ({', '.join(labels)}), though "
        f"it goes past your limits: {'; '.join(said)}."
    )
    if not within.steps:
        return (first,)
    titles = "; ".join(s.title for s in within.steps)
    return (
        first,
        f"Within your limits the plan would be {titles} ({round(100 * within.coverage)}% of the gap), "
        "without it; say if you prefer that one.",
    )


def core_without_session(
    gap: Gap,
    pathway: Pathway,
    by_skill: Mapping[str, Sequence[Credential]],
    today: date,
    spoken: Sequence[str],
) -> tuple[str, ...]:
    """Notes naming the courses of the goal's core that no change of limits brings into a plan: an essential
    core skill the plan leaves uncovered, which nothing the learner may take teaches, is taught by a dated
    course whose listed sessions have all begun before `today` (a catalogue that has not announced the next
    one), in English or a language the learner lists (`spoken`; a third language's course is no news to
    them). Each note says when its last session ended and to ask the provider; at most MAX_UNSCHEDULED."""
    uncovered = {u.uri for u in pathway.uncovered}
    goal = gap.goal_label or "this goal"
    found: dict[str, tuple[Credential, list[str]]] = {}
    for uri in gap.core:
        g = gap.skill(uri)
        if g is None or not g.essential or g.taught_by or uri not in uncovered:
            continue
        for c in by_skill.get(uri, ()):
            readable = any(plausible((x,), spoken) for x in c.languages)
            if readable and c.sessions and all(s.start < today for s in c.sessions):
                found.setdefault(c.id, (c, []))[1].append(g.label)
    return tuple(
        f"{c.title} ({c.provider}) teaches what {goal} work centres on ({', '.join(labels)}), but has no "
        f"session to plan: the last one listed ended on {max(s.end for s in c.sessions):%d %B %Y}. Ask the "
        "provider when it runs next."
        for c, labels in list(found.values())[:MAX_UNSCHEDULED]
    )


# The goal's course (session 16): the catalogue entry an advisor would plan around, by name or by skills.
GOAL_SHARE = 1 / 3  # by skills alone: stated essential gap skills worth at least this share of the gap's
GOAL_SKILLS = 3  # ... and at least this many of them
# the within-limits plan is kept beside the goal's course plan only when it covers at least this share of
# the essential coverage the course's plan covers (else the course's plan is offered, further past the limits)
KEEP_SHARE = 0.5
# the furthest a goal course's plan is offered past one limit (a plan twice as long or dear is a proposal)
MAX_SLIP_SHARE = 1.0
_FILLER = frozenset(
    "ict and the of in to a an with de du des la le les l d et à en el y del und der die das zu im".split()
)
_AUDIENCE = re.compile(r"\s(?:for|pour|für|para|per)\s.*$", re.IGNORECASE)  # "... for Software Developers"


# The title rules below are pure functions of their strings, asked again for every entry teaching a gap skill
# in every plan (session 17: ~30% of a 10k plan's CPU, the same titles and words each time), so their
# results are kept, bounded (`lru_cache`): titles, words and goal names repeat across entries and plans.
# `names_goal` keeps up to 65,536 (title, names) verdicts, `_title_words` the words of 16,384 texts (the goal
# names and the titles last split), `_stem` 65,536 stems: ~17 MB when full (tracemalloc, 70,000 titles).
@lru_cache(maxsize=1 << 14)
def _title_words(text: str) -> tuple[str, ...]:
    return tuple(w for w in re.findall(r"[^\W\d_]+", text.lower()) if w not in _FILLER and len(w) >= 3)


_SUFFIXES = ("ment", "ing", "ure", "ion", "ers", "er", "or", "s")


@lru_cache(maxsize=1 << 16)
def _stem(word: str) -> str:
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


def _same_word(a: str, b: str) -> bool:
    """One word in two forms: the same stem once an ending is cut (tester/testing, teacher/teaching,
    designer/designing, architect/architecture, administrator/administration), or a stem of four letters or
    more beginning the other (data/database)."""
    short, long_ = sorted((_stem(a), _stem(b)), key=len)
    return short == long_ or (len(short) >= 4 and long_.startswith(short))


def names_goal(title: str, names: Sequence[str]) -> bool:
    """Whether a course title names the goal (`_names_goal`, kept per title and names)."""
    return _names_goal(title, tuple(names))


@lru_cache(maxsize=1 << 16)
def _names_goal(title: str, names: tuple[str, ...]) -> bool:
    """Whether a course title names the goal (`Gap.goal_names`): an acronym as a word of the title ("le
    métier de DPO", "CISOs"); a one-word name as a word; a name of n >= 2 words by max(2, n - 1) of them in
    some form. Words after "for" (the audience: "Network Engineering for Software Developers" names no
    software developer) and filler ("ICT", "and") do not count."""
    head = _AUDIENCE.sub("", title)
    if head != title and _for_other_people(title[len(head) :], names):
        return False  # "Network Engineering for Software Developers" is no network engineer's course
    words = _title_words(head)
    raw = set(re.findall(r"[^\W\d_]+", head))
    for name in names:
        if re.fullmatch(r"[A-Z]{3,5}", name):
            if name in raw or f"{name}s" in raw:
                return True
            continue
        wanted = _title_words(name)
        if not wanted:
            continue
        if len(wanted) == 1:
            if any(w.rstrip("s") == wanted[0].rstrip("s") for w in words):
                return True
            continue
        found = sum(1 for w in wanted if any(_same_word(w, t) for t in words))
        if found >= max(2, len(wanted) - 1):
            return True
    return False


_PEOPLE = re.compile(r"(?:ers|ors|ists|ians|eurs|innen|enten)$")  # developers, analystes, Entwicklerinnen


def _for_other_people(audience: str, names: Sequence[str]) -> bool:
    """Whether a title's audience ("for Software Developers", "pour les développeurs") names people of
    another occupation than the goal's `names` (session 16: a developers' networking course was planned as the
    network engineer's own); "for Beginners", "for Leaders" of the goal itself and the like do not."""
    people = [w for w in _title_words(audience) if _PEOPLE.search(w) and w not in _GENERAL_AUDIENCES]
    goal_words = [w for name in names for w in _title_words(name)]
    return bool(people) and not any(_same_word(p, g) for p in people for g in goal_words)


_GENERAL_AUDIENCES = frozenset("beginners starters learners users workers employees others".split())


def goal_courses(gap: Gap, credentials: Iterable[Credential], languages: Collection[str]) -> tuple[str, ...]:
    """The goal's courses, best first (most weighted essential gap skills taught): entries in the learner's
    `languages` (any when none) teaching an essential gap skill whose title names the goal (`names_goal`:
    Teaching Computer Science in Secondary School for an ICT teacher, Designing Intelligent Systems for an
    intelligent systems designer, "le métier de DPO"), or stating at least GOAL_SKILLS essential gap skills
    worth GOAL_SHARE of the gap's essential weight (Data Strategy for Leaders for a chief data officer).
    Certificates (earned by stacking, no step) are none. `goal_course_ranking` in any language, then
    `goal_courses_in` the languages (`credentials` of distinct ids, as a catalogue's)."""
    return goal_courses_in(goal_course_ranking(gap, credentials), languages)


def goal_course_ranking(gap: Gap, credentials: Iterable[Credential]) -> tuple[Credential, ...]:
    """`goal_courses` in any language, as credentials: what the gap and the catalogue decide alone (no
    learner's language), so a planning session keeps it per catalogue and gap and reads each language from
    it (`goal_courses_in`; session 20: every relaxation of the languages walked the goal's teachers again)."""
    weight = {g.uri: g.weight for g in gap.essential}
    total = sum(weight.values())
    found: dict[str, tuple[float, str]] = {}
    kept: dict[str, Credential] = {}
    for c in credentials:
        if c.id in found or c.stack_ects_required is not None or c.kind == "certificate":
            continue
        taught = {s.uri for s in c.skills if s.uri in weight and s.counts}
        if not taught:
            continue
        stated = {s.uri for s in c.skills if s.uri in weight and not s.inferred}
        gain = sum(weight[u] for u in taught)
        by_skills = len(stated) >= GOAL_SKILLS and sum(weight[u] for u in stated) >= GOAL_SHARE * total - EPS
        if by_skills or names_goal(c.title, gap.goal_names):
            found[c.id] = (-gain, c.id)
            kept[c.id] = c
    return tuple(kept[i] for i in sorted(found, key=lambda i: found[i]))


def goal_course_candidates(gap: Gap, lk: CatalogueLookup) -> list[Credential]:
    """The entries of `lk` that `goal_course_ranking` may keep for `gap`, in catalogue order, picked with
    the lookup's per-catalogue arrays (session 22: the rule built two sets of tags for each of the ~11,000
    teachers of a goal's essential skills at 100k, ~50 ms of a first plan): teaching an essential gap skill
    (`CatalogueLookup.distinct_positions`), no stack target or certificate (`not_goal_course`), and either
    stating at least GOAL_SKILLS essential gap skills (`stated_positions`) or titled for the goal
    (`names_goal`). The ranking of these is the ranking of every teacher (each entry is judged alone); a
    catalogue with repeated ids gives every teacher, as before."""
    essential = list(dict.fromkeys(g.uri for g in gap.essential))
    if len(lk.by_id) != len(lk.credentials):
        return list({c.id: c for u in essential for c in lk.by_skill.get(u, ())}.values())
    n = len(lk.credentials)
    teach = np.zeros(n, dtype=bool)
    for u in essential:
        teach[lk.distinct_positions(u)] = True
    teach &= ~lk.not_goal_course
    stated = [lk.stated_positions(u) for u in essential]
    many = (
        np.bincount(np.concatenate(stated), minlength=n) >= GOAL_SKILLS if stated else np.zeros(n, dtype=bool)
    ).tolist()
    names, credentials = tuple(gap.goal_names), lk.credentials
    found: list[Credential] = []
    for k in np.flatnonzero(teach).tolist():
        c = credentials[k]
        if many[k] or names_goal(c.title, names):
            found.append(c)
    return found


def goal_courses_in(ranked: Sequence[Credential], languages: Collection[str]) -> tuple[str, ...]:
    """The ids of `ranked` (`goal_course_ranking`) taught in one of `languages` or in none stated (every
    one when `languages` is empty), in its order."""
    wanted = set(languages)
    return tuple(c.id for c in ranked if not (wanted and c.languages and not set(c.languages) & wanted))


def goal_labels(gap: Gap, course: Credential) -> list[str]:
    """The essential gap skills `course` teaches, as the notes name them."""
    taught = {s.uri for s in course.skills if s.counts}
    return [g.label for g in gap.essential if g.uri in taught]


def first_step_reason(title: str, goal: str) -> str:
    """The reason on a step planned because the goal's course needs it first, when the course itself does
    not fit the limits (session 21)."""
    return f"a first step towards {title}, the course for {goal}, which does not fit your limits"


def goal_reason(goal: str) -> str:
    """The reason on the step of the goal's course planned around."""
    return f"the course for {goal}: planned first, though other steps cover more skills"


def goal_course_slips(said: Collection[str]) -> str:
    """The note saying what the plan with the goal's course takes beyond the limits (`slips`), so the
    learner sees the exact change that admits it."""
    return f"That plan goes past your limits: {'; '.join(said)}."


def goal_course_out(
    gap: Gap, course: Credential, why: str, today: date, profile: LearnerProfile | None = None
) -> tuple[str, ...]:
    """Notes naming the goal's course when no plan can hold it: no session to come (when its last one
    ended), a session past the learner's time (when the next one starts), or another reason it is out
    (`why`: its session needs more hours a week than the learner's); then its price when it is over the
    learner's budget (`profile`), so the learner sees every change it would take."""
    goal = gap.goal_label or "this goal"
    labels = ", ".join(goal_labels(gap, course)) or goal
    ahead = sorted(s.start for s in course.sessions if s.start >= today)
    if course.sessions and not ahead:
        out = (
            f"{course.title} ({course.provider}) teaches what {goal} work centres on ({labels}), but has no "
            f"session to plan: the last one listed ended on {max(s.end for s in course.sessions):%d %B %Y}. "
            "Ask the provider when it runs next.",
        )
    else:
        if why == WINDOW and ahead:
            why = f"its next session starts on {ahead[0]:%d %B %Y}, after the end of your time"
        out = (
            f"{course.title} teaches what {goal} work centres on ({labels}), but cannot be planned: {why}.",
        )
    c = profile.constraints if profile is not None else None
    if c is None or c.budget is None or course.cost is None:
        return out
    eur, rate = to_eur(course.cost, course.currency), EUR_PER_UNIT.get(c.currency.upper())
    if eur is None or not rate:
        return out
    price = eur / rate
    if price <= c.budget + 0.005:
        return out
    cost, budget = money_text(price, c.currency), money_text(c.budget, c.currency)
    return (*out, f"It also costs {cost}, over your budget of {budget}.")
