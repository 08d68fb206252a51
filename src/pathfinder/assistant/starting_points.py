"""Which catalogue entries a learner can start with: the first suggestions after a goal or a subject.

A first suggestion is read as "begin here", so it must be one the learner can begin: at most STARTER_REACH
EQF levels above the level their background lets them start at (`planner.level.starting_level`) and with every
prerequisite credential held. Relevance decides within each group; an entry the learner cannot start yet comes
only after every one they can ("Data Strategy for Leaders", EQF 7, is no first course for a payroll clerk who
knows Excel, however well its words match "data analyst"). Pure functions over domain types.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Sequence

from pathfinder.domain import Credential, LearnerProfile, Occupation
from pathfinder.planner.level import MAX_JUMP, below_floor, starting_level

STARTER_POOL = 6  # catalogue matches read per search before the three first suggestions are chosen
# levels a first suggestion may sit above the learner's start: one more than a plan's step may climb without
# a prerequisite (MAX_JUMP), because the starting level is estimated low on purpose (an adult with no stated
# background starts at EQF 4, so does a teacher whose job the taxonomy does not tie to the goal) and a
# suggestion is something to read, not a step taken. Session 14 tried MAX_JUMP (trial 9's 01: EQF 6 research
# data first for a warehouse clerk): on the tune dialogues it fixed 3 turns and broke 6, all learners who
# named a subject and whose start is estimated too low (a network engineer asking for AI networking, "I know
# SQL, anything on data warehouses?"), so it waits for a better estimate of the start
STARTER_REACH = MAX_JUMP + 1


def highest_start(profile: LearnerProfile) -> int:
    """The highest EQF level a first suggestion may sit at: STARTER_REACH above the learner's starting level
    (an adult with no stated background: EQF 6, bachelor-like, never a master's-level leaders' course)."""
    return min(8, starting_level(profile) + STARTER_REACH)


# share of a prerequisite's skills the job held must list as essential for the job to stand in for it
JOB_COVERS_PREREQUISITE = 0.5


def met_by_job(
    candidates: Sequence[Credential], job: Occupation | None, get: Callable[[str], Credential | None]
) -> frozenset[str]:
    """The prerequisites of `candidates` the learner's job stands in for: at least half of the prerequisite's
    skills are essential skills of the occupation they hold (trial 12's 20: a network administrator asking
    for network automation was not started on it because "Networking Fundamentals" was not held; a job whose
    occupation lists none of its skills, a data analyst for a Python course, stands in for nothing)."""
    if job is None:
        return frozenset()
    essential = set(job.essential)
    out = set()
    for pid in {p for c in candidates for p in c.prerequisites}:
        pre = get(pid)
        skills = {s.uri for s in pre.skills} if pre is not None else set()
        if skills and len(skills & essential) >= JOB_COVERS_PREREQUISITE * len(skills):
            out.add(pid)
    return frozenset(out)


def can_start(
    credential: Credential, profile: LearnerProfile, start: int | None = None, *, met: Collection[str] = ()
) -> bool:
    """True when the learner may begin with `credential` now: its EQF level (when known) at most STARTER_REACH
    above their starting level, and every prerequisite credential it names already held or `met` (by the job
    held: `met_by_job`)."""
    level = starting_level(profile) if start is None else start
    held = profile.held_credential_ids
    within_level = credential.eqf_level is None or credential.eqf_level <= level + STARTER_REACH
    return within_level and all(p in held or p in met for p in credential.prerequisites)


def startable_first(
    candidates: Sequence[Credential],
    profile: LearnerProfile,
    languages: Collection[str] = (),
    *,
    met: Collection[str] = (),
) -> list[Credential]:
    """`candidates` (best first) with those the learner can start now, and take in one of `languages` when
    any are given, before the rest; the first group in its own order, the rest those they can read first,
    nearest the learner's level first (session 14: an EQF 7 leaders' course is no third suggestion before an
    EQF 6 certificate), then in their own order; those below the level floor they stated last. `met`:
    prerequisites the job held stands in for (`met_by_job`)."""
    start = starting_level(profile)

    def readable(c: Credential) -> bool:
        return not languages or not c.languages or any(lang in languages for lang in c.languages)

    floor = profile.constraints.min_eqf  # "keine Anfängerkurse": a beginner's course is no first suggestion
    under = [c for c in candidates if below_floor(c, floor)]
    now = [c for c in candidates if can_start(c, profile, start, met=met) and readable(c) and c not in under]
    later = [c for c in candidates if c not in now and c not in under]
    return (
        now + sorted(later, key=lambda c: (not readable(c), max(0, (c.eqf_level or start) - start))) + under
    )


def teaching_goal(
    wanted: Collection[str], profile: LearnerProfile, credentials: Iterable[Credential], *, least: int = 1
) -> list[Credential]:
    """The courses (no certificates) teaching at least `least` of the `wanted` skills (a goal occupation's
    centre, `planner.entry.centre_skills`, or an area's skills) the learner does not hold, most such skills
    first (then the lower EQF level): where a goal starts by what is taught, not by words of its label in a
    title. [] with nothing wanted."""
    missing = set(wanted) - profile.held_skill_uris
    if not missing:
        return []
    scored = [
        (n, c)
        for c in credentials
        if c.kind != "certificate" and (n := len(missing & {r.uri for r in c.skills})) >= least
    ]
    return [c for n, c in sorted(scored, key=lambda x: (-x[0], x[1].eqf_level or 9))]


def without_citizen_courses(
    candidates: Sequence[Credential], essential: Collection[str], digcomp: Callable[[str], bool]
) -> list[Credential]:
    """`candidates` without the citizen's digital-skills courses when the goal is a specialist's job that
    some candidate teaches through its own skills: a course that meets the job's `essential` skills only in
    the citizen's skills `digcomp(uri)` names (the counsellor passes DigComp's Safety area: "Staying Safe
    Online") is no start for it (session 20, lead trial 15's 03: a nurse asking for data protection in health
    care was started on Staying Safe Online, not on the GDPR courses). A goal taught only through such skills
    keeps them. With the bundled taxonomy only the data protection officer is concerned (session 20's
    count); programming, DigComp's area 3, is left out on purpose: "Intro to Coding" stays a developer's
    start."""
    essential = set(essential)

    def specialist(c: Credential) -> bool:
        return any(r.uri in essential and not digcomp(r.uri) for r in c.skills)

    if not any(specialist(c) for c in candidates):
        return list(candidates)
    return [c for c in candidates if specialist(c) or not any(r.uri in essential for r in c.skills)]
