"""A free first step (session 24, issue 14, branch plans24): a learner with no money for the goal's courses
gets the free courses that lead towards it as the plan, the paid continuation as the proposal.

A warehouse worker with no budget aiming at system administrator, a network student and a shop assistant
aiming at cloud got no step at all when every course of the goal costs (fresh23-01, -06, -14): the plan was
empty and its first proposal a paid course. An advisor gives what is free now and names what the rest costs.

The rule (`PlanningSession._free_first`), for an empty plan whose budget stands in the way (a budget proposal
is made), two sources, in this order:

1. the free start of the cheapest continuation: the plan with the budget proposal accepted, its steps before
   its first paid one that the catalogue states are free and that paid step needs first (by id, a stated or
   an assumed skill), when that paid step closes a skill the goal's work centres on (`free_start`;
   Programming Fundamentals in Python, free, before Data Visualisation with Python, EUR 33, for a data
   analyst);
2. for a newcomer (`foundation.newcomer`) aiming at a specialist's occupation (`specialist_newcomer`: not a
   goal named by digital skills nor one of teaching them), a free citizen's digital-skills course (the
   catalogue gives it DigComp areas) at a first level (`foundation.first_course`) that teaches the citizen's
   competence one step up ESCO's hierarchy from a specialist's essential skill (`digital_start`; Solving
   Everyday Tech Problems' "solve technical problems" above a system administrator's "solve ICT system
   problems"): the digital basics of that work. Outside a free-only plan such courses are no first step
   (session 22, `foundation.citizen_basics`): beside a paid course of the goal they displaced it.

Each candidate is pinned and the plan re-made within the learner's own limits; kept when it holds the
course, keeps every limit and costs nothing more than the budget. A course is free only when the catalogue
states a price of 0 (an unknown price is never called free); a certificate that only wraps its parts is no
course. The step's reason and a note say what follows and what it costs (`free_reason`, `free_note`).
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping, Sequence

from pathfinder.domain import Credential, LearnerProfile, Pathway
from pathfinder.domain.pathways import money_text

from .assumed import assumed_skills
from .foundation import first_course, newcomer
from .gaps import Gap

FAR_BUDGET = 2.0  # a budget proposal over this many times the budget is far above it (`far_above`)
ALL_PAID = "Every one of the goal's own courses costs more than your budget;"  # the note's opening


def stated_free(credential: Credential) -> bool:
    """Whether the catalogue states `credential` costs nothing (price 0; an unknown price is not free) and it
    is a course of its own (no certificate that only wraps its parts)."""
    return credential.cost is not None and credential.cost == 0 and credential.stack_ects_required is None


def needed_first(credential: Credential, course: Credential, held: Collection[str]) -> bool:
    """Whether `course` needs `credential` first: by id, or `credential` teaches (stated, not inferred) a
    skill `course` states or assumes (`assumed.assumed_skills`) and the learner does not hold, as
    `review.relevance` reads a prerequisite (Python before Data Visualisation with Python)."""
    if credential.id in course.prerequisites:
        return True
    assumed = {r.uri for r in course.prerequisite_skills} | {a.ref.uri for a in assumed_skills(course)}
    return bool({r.uri for r in credential.skills if r.counts and not r.inferred} & (assumed - set(held)))


def free_start(
    continuation: Pathway,
    by_id: Mapping[str, Credential],
    wanted: Collection[str],
    held: Collection[str] = (),
) -> list[Credential]:
    """The steps of `continuation` (a plan with more money) before its first paid one that are stated free and
    that paid step needs first (`needed_first`; `held`: the learner's skills), when that paid step closes a
    skill the goal's work centres on (`wanted`: `Gap.core`, `Gap.own`); [] when it starts with a paid step,
    has none (money is then not what stands in the way), or its paid step is of another field (Introduction
    to HPC, free, before Cluster Resource Management, whose one network skill made it a network student's
    cheapest plan, fresh23-06). A free course the plan only fills time with is no start of it (Communicating
    and Collaborating Online before an office course for a learner of digital literacy, de-t9goals-03)."""
    free: list[Credential] = []
    for step in continuation.steps:
        course = by_id.get(step.id)
        if course is None:
            return []
        if not stated_free(course):
            if not set(step.covers) & set(wanted):
                return []
            return [c for c in free if needed_first(c, course, held)]
        free.append(course)
    return []


def specialist_newcomer(profile: LearnerProfile, gap: Gap) -> bool:
    """Whether a free citizen's course may start the plan (source 2): a newcomer (`foundation.newcomer`)
    aiming at an occupation of specialists, not at digital skills themselves (a goal named by skills, such
    as "digital literacy", has its own citizen's courses; a goal of teaching digital skills has
    `Gap.digital_basics` and the plans23 rule)."""
    goal = profile.goal
    return (
        goal is not None
        and goal.occupation_uri is not None
        and not gap.digital_basics
        and newcomer(profile, gap)
    )


def digital_start(
    gap: Gap,
    by_skill: Mapping[str, Sequence[Credential]],
    languages: Collection[str],
    held: Collection[str] = (),
) -> list[Credential]:
    """Free citizen's digital-skills courses at a first level, in one of `languages` (or stating none), that
    the catalogue itself tags with the citizen's competence one step above a specialist's essential gap skill
    (`Gap.citizen_foundations`) and with no skill the learner holds (`held`, any level: a help-desk agent who
    troubleshoots is not sent to Solving Everyday Tech Problems, plans25-08); most such skills first, then
    fewest hours, then the order found (read through `by_skill`, never a scan)."""
    above = dict.fromkeys(gap.citizen_foundations)
    ranked: dict[str, tuple[int, float, int, Credential]] = {}
    wanted, known = set(languages), set(held)
    for n, uri in enumerate(above):
        for c in by_skill.get(uri, ()):
            if c.id in ranked or not c.digcomp_areas or not stated_free(c) or not first_course(c):
                continue
            if (c.languages and not (set(c.languages) & wanted)) or teaches_held(c, known):
                continue
            tagged = {r.uri for r in c.skills if r.counts and not r.inferred} & above.keys()
            if tagged:
                ranked[c.id] = (-len(tagged), c.hours or 0.0, n, c)
    return [v[3] for v in sorted(ranked.values(), key=lambda v: v[:3])]


def on_subject_start(
    gap: Gap,
    by_id: Mapping[str, Credential],
    start: int,
    held: Collection[str] = (),
    excluded: Collection[str] = (),
    languages: Collection[str] | None = None,
) -> list[Credential]:
    """Source 3 (session 29): free courses the learner may take (`GapSkill.taught_by`: their languages and
    other hard limits) that the catalogue itself tags with an essential gap skill of the goal's own
    (`Gap.own`, `core`, `centre`), at most one EQF level above their start (`start`), no citizen's digital-
    skills course (source 2's) nor a certificate, teaching no skill the learner holds (`teaches_held`) and no
    first step towards another occupation (`excluded`: the detours), in a language the learner reads
    (`languages`); most weighted essential skills first, then fewest hours, then gap order. An ICT teacher
    with no money was sent to a EUR 380 course past ICT Hardware and Software for the Classroom (free, four of
    the goal's own skills), which the level rule leaves out as an introduction below her start: pinned, the
    level and focus rules let it stand (fresh28-09). A course of shared or generic skills alone is no start of
    the goal's subject: German cloud basics for a network engineer (plan-042), Introduction to HPC ("operating
    systems") for a would-be cloud engineer (fresh28-01 keeps its empty plan: nothing free in English or Hindi
    teaches a cloud engineer's own skills)."""
    weights = {g.uri: g.weight for g in gap.essential}
    own = {*gap.own, *gap.core, *gap.centre}
    known, out = set(held), set(excluded)
    ranked: dict[str, tuple[float, float, int, Credential]] = {}
    for n, g in enumerate(gap.essential):
        for cid in g.taught_by:
            c = by_id.get(cid)
            if c is None or cid in ranked or cid in out or not stated_free(c) or c.digcomp_areas:
                continue
            if (c.eqf_level or start) > start + 1 or teaches_held(c, known):
                continue
            if languages is not None and not set(c.languages) & set(languages):
                continue  # in a language the learner reads (stated; `taught_by` may predate that limit)
            tagged = {r.uri for r in c.skills if r.counts and not r.inferred} & weights.keys()
            if tagged & own:
                ranked[cid] = (-sum(weights[u] for u in tagged), c.hours or 0.0, n, c)
    return [v[3] for v in sorted(ranked.values(), key=lambda v: v[:3])]


def far_above(needed: float | str, budget: float) -> bool:
    """Whether a budget proposal (`needed`, in the budget's currency) asks more than `FAR_BUDGET` times the
    learner's budget: then a free start of the goal's subject is planned (source 3); a help-desk agent with
    EUR 150 asked for EUR 238 keeps the empty plan and that one change (plans25-08)."""
    return isinstance(needed, (int, float)) and needed > FAR_BUDGET * budget


def out_of_reach(gap: Gap) -> bool:
    """Whether nothing the learner may take teaches the goal: no essential gap skill has a teacher the hard
    limits allow (`GapSkill.taught_by`: languages, participation, EQF, providers, countries; not the budget
    or the time, which the relaxations size)."""
    return bool(gap.essential) and not any(g.taught_by for g in gap.essential)


def language_start(
    first_courses: Iterable[Credential], languages: Collection[str], held: Collection[str] = ()
) -> list[Credential]:
    """Free citizen's digital-skills courses (the catalogue gives them DigComp areas) at a first level
    (`foundation.first_course`) taught in one of `languages` (stated: an unknown language is no start in the
    learner's own), teaching no skill the learner holds (`teaches_held`): the broadest first (most DigComp
    areas), then the fewest hours, then the order given (session 28, `PlanningSession._language_first`)."""
    wanted, known = set(languages), set(held)
    ranked: dict[str, tuple[int, float, int, Credential]] = {}
    for n, c in enumerate(first_courses):
        if c.id in ranked or not c.digcomp_areas or not stated_free(c) or not first_course(c):
            continue
        if set(c.languages) & wanted and not teaches_held(c, known):
            ranked[c.id] = (-len(set(c.digcomp_areas)), c.hours or 0.0, n, c)
    return [v[3] for v in sorted(ranked.values(), key=lambda v: v[:3])]


def is_language_start(
    credential: Credential, profile: LearnerProfile, gap: Gap, languages: Collection[str]
) -> bool:
    """The review's side of `language_start`: a specialist newcomer (`specialist_newcomer`) whom nothing
    they may take brings towards the goal (`out_of_reach`) starts with a free citizen's digital-skills
    course at a first level in their own language (`languages`), teaching nothing they hold."""
    return (
        specialist_newcomer(profile, gap)
        and out_of_reach(gap)
        and bool(language_start((credential,), languages, profile.held_skill_uris))
    )


def language_reason() -> str:
    """The reason on a first step in the learner's own language (`pl_language_reason`)."""
    return (
        "free, in your language: the digital basics first, while nothing you may take teaches the goal's own "
        "skills"
    )


def language_note(titles: Sequence[str]) -> str:
    """The note of a plan that starts with the digital basics in the learner's own language
    (`pl_language_note`)."""
    return (
        "Nothing you may take teaches the goal's own skills; the plan starts with the digital basics in your "
        f"language: {'; '.join(titles)}. The proposals below say what would open the goal's own courses."
    )


def citizen_above(credential: Credential, gap: Gap) -> list[str]:
    """The citizen's competences above an essential gap skill (`Gap.citizen_foundations`) the catalogue
    itself tags `credential` with (not inferred from its text), in gap order."""
    tagged = {r.uri for r in credential.skills if r.counts and not r.inferred}
    return [u for u in gap.citizen_foundations if u in tagged]


def teaches_held(credential: Credential, held: Collection[str]) -> bool:
    """Whether the catalogue tags `credential` (stated, not inferred) with a skill in `held`."""
    return any(r.uri in held for r in credential.skills if r.counts and not r.inferred)


def citizen_start(credential: Credential, profile: LearnerProfile, gap: Gap) -> bool:
    """Whether `credential` is a specialist newcomer's digital start (source 2, and a newcomer's first step
    before a course two levels up, `PlanningSession._foundation_first`): a citizen's digital-skills course
    (DigComp areas) at a first level, tagged with the citizen's competence above an essential skill and
    with no skill the learner holds (`digital_start`)."""
    return bool(
        credential.digcomp_areas
        and first_course(credential)
        and specialist_newcomer(profile, gap)
        and citizen_above(credential, gap)
        and not teaches_held(credential, profile.held_skill_uris)
    )


def is_free_first(
    credential: Credential,
    profile: LearnerProfile,
    gap: Gap,
    plan_ids: Sequence[str],
    catalogue: Mapping[str, Credential],
) -> bool:
    """The review's side of the rule: `credential` is a free first step of a plan of free courses only
    (`plan_ids`), for a learner with a budget, and it leads towards the goal: what a paid course of the
    catalogue closing a skill the goal's work centres on (`Gap.core`, `Gap.own`) needs first (by id, or a
    stated or assumed skill it teaches, as `review.relevance` reads a prerequisite), or,
    for a newcomer, a citizen's course at a first level the catalogue tags with the broader skill of an
    essential one."""
    if profile.constraints.budget is None or not stated_free(credential):
        return False
    if not all(i in catalogue and stated_free(catalogue[i]) for i in plan_ids):
        return False
    if citizen_start(credential, profile, gap):
        return True
    wanted = {*gap.core, *gap.own}
    held = profile.held_skill_uris
    return any(
        not stated_free(o)
        and wanted & {r.uri for r in o.skills if r.counts and not r.inferred}
        and needed_first(credential, o, held)
        for o in catalogue.values()
    )


FREE_REASON = "free: a first step"  # how every free first step's reason starts (`free_reason`)


def free_steps(pathway: Pathway) -> tuple[str, ...]:
    """The ids of `pathway`'s free first steps (their reason is `free_reason`'s): the courses the plan was
    made with, pinned (`PlanningSession._free_first`); the review compares the other strategies on that
    instance (`offered.planned_for`: a free course of the goal's subject covers what it teaches,
    fresh28-09)."""
    return tuple(s.id for s in pathway.steps if any(r.startswith(FREE_REASON) for r in s.reasons))


def free_reason(next_title: str | None, cost: float, currency: str) -> str:
    """The reason on a free first step: free, and what follows it with its price (`pl_free_reason*`)."""
    if next_title is None:
        return "free: a first step towards the goal while its own courses cost more than your budget"
    price = money_text(cost, currency)
    return f"free: a first step before {next_title} ({price}), the cheapest course that follows"


def free_note(titles: Sequence[str], next_title: str | None, cost: float, currency: str) -> str:
    """The note of a plan of free first steps: what they are, and what the paid continuation costs
    (`pl_free_note*`)."""
    said = "; ".join(titles)
    if next_title is None:
        return (
            f"{ALL_PAID} the plan starts with what is free and leads towards it: {said}. The proposals "
            "below say what more would buy."
        )
    return (
        f"{ALL_PAID} the plan starts with what is free: {said}. The next step, {next_title}, costs "
        f"{money_text(cost, currency)}; the proposals below say what more would buy."
    )
