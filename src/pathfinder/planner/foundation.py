"""A first course at a newcomer's level (session 21, issue 14, branch start21): the plan of a learner who
holds nothing of the goal starts with a course at a first level that teaches the basics of the goal's skills.

A cashier aiming at data analyst was planned Programming Fundamentals in Python (35 weeks) then Data
Visualisation with Python, and a cleaner aiming at system administrator IT Service Operations (EQF 5): the
selection counts essential skills closed, and the courses a beginner takes first teach few of them
(Spreadsheets and Office Software: "use spreadsheets software", an optional skill of the analyst; Solving
Everyday Tech Problems: "solve technical problems", the general skill ESCO puts above the administrator's
essential "solve ICT system problems"), so the focus share judged them about other subjects and no plan
took them (fresh20-10, -18, fresh20-01/-14's proposals, trial 16 #15/#20).

The rule (`PlanningSession._foundation_first`): for a *newcomer* (`newcomer`: holds no skill of the goal,
directly or through a narrower one, no credential, works with no skill at intermediate level or above, has no
job the taxonomy relates to the goal and set no level floor), when the plan has a step but none at a first
level (`FIRST_LEVEL`, EQF 3: below the adult start the level rules assume), the best *foundation course*
(`foundation_courses`) the learner may take is required and the plan re-made; kept when it keeps every limit
and all of the plan's essential coverage (`KEEP_SHARE`: tried at a half first, the first course then took
System Hardening out of a security technician's plan and the classroom course out of a signed digital-literacy
teacher's plan, fresh20-06), its step saying why (`foundation_reason`). A
foundation course sits at a first level, needs no course first, is no certificate, is not for educators,
and the catalogue itself tags it (not inferred from its text) with a goal skill the learner lacks or the
broader skill of an essential one (`Gap.foundations`, ESCO's hierarchy one step up). The review accepts such a
step before a relevant one (`review.relevance`, `is_foundation`). Skills the learner holds skip it: a learner
holding any of the goal's skills is no newcomer.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING

import numpy as np

from pathfinder.domain import LEVEL_RANK, Credential, LearnerProfile

from .audience import course_audience
from .gaps import Gap

if TYPE_CHECKING:
    from .lookup import CatalogueLookup

FIRST_LEVEL = 3  # a first course: below the adult start (`level.ADULT_START`, EQF 4)
KEEP_SHARE = 1.0  # the plan with the foundation keeps (at least) all of the plan's essential coverage
TRIED = 2  # foundation courses tried, best first


def newcomer(profile: LearnerProfile, gap: Gap) -> bool:
    """Whether the learner starts the goal from nothing: no goal skill held (`Gap.held`, `Gap.implied`), no
    credential, no skill worked with at intermediate level or above, no present job sharing the goal's
    skills (`Gap.role_shared`) and no level floor ("skip the basics"); or `digital_newcomer`."""
    return digital_newcomer(profile, gap) or not (
        gap.held
        or gap.implied
        or gap.role_shared
        or profile.credentials
        or profile.constraints.min_eqf
        or any(LEVEL_RANK[s.level] >= LEVEL_RANK["intermediate"] for s in profile.skills)
    )


def digital_newcomer(profile: LearnerProfile, gap: Gap) -> bool:
    """Whether a learner aiming to teach digital skills (`Gap.digital_basics` set: digital literacy teacher,
    ICT teacher, ICT trainer) is new to computers: holds no goal skill (directly or through a narrower
    one), no credential, works with no skill at intermediate level or above and set no level floor. Unlike
    `newcomer`, a present job sharing the goal's skills does not count: a village teacher shares a
    teacher's skills and must still learn computers first (trial 18 #15, session 23)."""
    return bool(gap.digital_basics) and not (
        gap.held
        or gap.implied
        or profile.credentials
        or profile.constraints.min_eqf
        or any(LEVEL_RANK[s.level] >= LEVEL_RANK["intermediate"] for s in profile.skills)
    )


def first_course(credential: Credential) -> bool:
    """Whether `credential` may be a first course: at FIRST_LEVEL or below, no certificate, not for those
    who teach (`audience.course_audience`: a classroom's course is no first course of one's own)."""
    return (
        credential.eqf_level is not None
        and credential.eqf_level <= FIRST_LEVEL
        and credential.stack_ects_required is None
        and not course_audience(credential).for_educators
    )


def basics_taught(credential: Credential, gap: Gap, *, checked: bool = False) -> list[str]:
    """The goal skills or foundations (`Gap.foundations`) the catalogue itself tags `credential` with, the
    learner lacking them (gap skills are those lacked); empty when it is no first course (`first_course`;
    `checked`: the caller knows it is one, as for the entries of `CatalogueLookup.first_level_teachers`)."""
    if not checked and not first_course(credential):
        return []
    basics = {g.uri for g in gap.skills} | set(gap.foundations)
    if credential.digcomp_areas:  # a citizen's digital-skills course by its catalogue (`citizen_basics`)
        basics = citizen_basics(gap) | set(gap.digital_basics)
    return [r.uri for r in credential.skills if r.counts and not r.inferred and r.uri in basics]


def citizen_basics(gap: Gap) -> set[str]:
    """What a citizen's digital-skills course (the catalogue gives it DigComp areas: Staying Safe Online,
    Solving Everyday Tech Problems, Creating Digital Content for Work) teaches a newcomer of the goal: the
    goal's essential skills that are no citizen's competence themselves (`GapSkill.citizen`: "use IT tools"
    for a digital literacy teacher, through Digital Literacy Essentials). Its optional goal skills ("perform
    ICT troubleshooting" for a security administrator), its citizen's competences ("computer programming",
    DigComp's area 3, tagged on a content-creation course) and the broader skills above a specialist's own
    (ESCO puts "protect personal data and privacy" above an ethical hacker's "perform ICT security testing")
    are no start of the goal (session 22: such courses were the first step of newcomers to AI and
    security)."""
    return {g.uri for g in gap.essential if not g.citizen}


def _rank(taught: Collection[str], essential: Collection[str], hours: float, cost_eur: float | None) -> tuple:
    """Best first: most essential gap skills or foundations of essential skills (`essential`), then most
    goal skills, then fewest hours + EUR/10."""
    return (-len(set(taught) & set(essential)), -len(taught), hours + (cost_eur or 0.0) / 10)


def foundation_courses(
    gap: Gap,
    by_skill: Mapping[str, list[Credential]],
    hours_of: Mapping[str, float],
    cost_of: Mapping[str, float | None],
    order: Mapping[str, int],
) -> list[Credential]:
    """The catalogue's foundation courses for the gap, best first (`_rank`, then catalogue order), read
    through an index of the first courses by stated skill (`CatalogueLookup.first_level_teachers`: every
    entry of it is a `first_course`), never a scan of the catalogue."""
    essential = {g.uri for g in gap.essential} | set(gap.foundations)
    ranked: dict[str, tuple[tuple, Credential]] = {}
    for uri in _basic_uris(gap):
        for c in by_skill.get(uri, ()):
            if c.id not in ranked and (taught := basics_taught(c, gap, checked=True)):
                key = _rank(taught, essential, hours_of.get(c.id, c.hours or 0.0), cost_of.get(c.id))
                ranked[c.id] = ((*key, order.get(c.id, 0)), c)
    return [c for _, c in sorted(ranked.values(), key=lambda kc: kc[0])]


def foundation_ranking(gap: Gap, lk: CatalogueLookup) -> Sequence[Credential]:
    """`foundation_courses` over a lookup, counted with arrays (session 22: at 100k a newcomer's plan read
    ~2,300 first courses one by one, ~45 ms): per first course (`CatalogueLookup.first_level_positions`) how
    many of its stated tags are basics (`basics_taught`'s length: a tag listed twice counts twice) and how
    many distinct essential ones, its hours + EUR/10 (`CatalogueLookup.value_arrays`, the same sum as
    `_rank`) and its catalogue position, sorted on those keys as `foundation_courses` sorts; the courses are
    read only as iterated. The same list in the same order (`tests/test_planner_speed_session22.py`); a
    catalogue with repeated ids is ranked by `foundation_courses` itself."""
    if len(lk.by_id) != len(lk.credentials):
        return foundation_courses(gap, lk.first_level_teachers, lk.hours_of, lk.cost_of, lk.order)
    from .lookup import Positions

    at = lk.first_level_positions
    basics = dict.fromkeys(_basic_uris(gap, digital=False))
    # a teacher of digital skills: the citizen's competences count for a citizen's course only (re-counted
    # below by `basics_taught`), so they find candidates without counting for any other course
    digital = [at[u] for u in gap.digital_basics if u not in basics and u in at]
    essential = {g.uri for g in gap.essential} | set(gap.foundations)
    listed = [at[u] for u in basics if u in at]
    if not listed and not digital:
        return []
    n = len(lk.credentials)
    taught = np.bincount(np.concatenate(listed), minlength=n) if listed else np.zeros(n, dtype=np.int64)
    distinct = [np.unique(at[u]) for u in basics if u in essential and u in at]
    ess = np.bincount(np.concatenate(distinct), minlength=n) if distinct else np.zeros(n, dtype=np.int64)
    reached = taught + (np.bincount(np.concatenate(digital), minlength=n) if digital else 0)
    found = np.flatnonzero(reached)
    for i in found:  # a citizen's digital-skills course counts only what `citizen_basics` lets it (plans22)
        course = lk.credentials[i]
        if course.digcomp_areas:
            kept = basics_taught(course, gap, checked=True)
            taught[i], ess[i] = len(kept), len(set(kept) & essential)
    found = found[taught[found] > 0]
    if not len(found):
        return []
    value = lk.value_arrays[0][found]
    ranked = found[np.lexsort((found, value, -taught[found], -ess[found]))]
    return Positions(ranked, lk.credentials)


def _basic_uris(gap: Gap, *, digital: bool = True) -> Iterator[str]:
    yield from (g.uri for g in gap.skills)
    yield from gap.foundations
    if digital:  # a teacher of digital skills: the competences they will teach (citizen's courses only)
        yield from gap.digital_basics


def is_foundation(credential: Credential, profile: LearnerProfile, gap: Gap) -> bool:
    """Whether a step is a newcomer's foundation course (the review's side of the rule)."""
    return newcomer(profile, gap) and bool(basics_taught(credential, gap))


def foundation_note(course: Credential, hours: float, labels: Collection[str]) -> str:
    """The note of a newcomer's empty plan naming the first course they may take now."""
    return (
        f"Nothing of the goal's own courses fits your limits yet; a first course at your level that does: "
        f"{course.title} (EQF {course.eqf_level}, {hours:g} h), the basics ({', '.join(labels)})."
    )


def foundation_reason(labels: Collection[str]) -> str:
    """The reason on the foundation step."""
    return f"a first course at your level: the basics ({', '.join(labels)}) before the goal's own courses"
