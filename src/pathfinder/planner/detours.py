"""Detours (issue 14, session 9): a course that opens a track towards another occupation's core, and teaches
none of this goal's own skills, is not a teacher of this goal.

An English data analyst's plans ran through Mathematics for Machine Learning (linear algebra, calculus and
probability "behind the models", the first step to Applied Machine Learning) for "statistics": the catalogue
had no other teacher of it, and the course's skills say nothing of where it leads. Its dependants say it:
they teach machine learning, the core of the data scientist (`Gap.elsewhere`: the other occupations' O*NET
central skills that are no essential skill of this goal). Such a course is studied only as a prerequisite of
a step that is about the goal (like a course mostly about other subjects, `lookup.on_focus`); the skill it
alone would close says so. A course teaching a skill of the goal's own class (`gaps.OWN_WEIGHT`: Data
Engineering Foundations, collect ICT data, for the analyst) is never a detour, wherever it leads. Pure.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from .gaps import OWN_WEIGHT, Gap

if TYPE_CHECKING:
    from .lookup import CatalogueLookup

DEPTH = 3  # how far along the dependants a track is followed


def detours(gap: Gap, lk: CatalogueLookup, teachers: Iterable[str]) -> frozenset[str]:
    """The ids among `teachers` (credentials teaching a gap skill) that are detours for this goal: teaching
    none of its own-class skills, and either teaching another occupation's core itself or being a first
    step all of whose dependants lead there (`_elsewhere`)."""
    elsewhere = set(gap.elsewhere)
    if not elsewhere:
        return frozenset()
    # the goal's own skills, held ones too: Applied ML teaches "machine learning", a computer vision
    # engineer's own skill, whether or not this learner holds it
    own = set(gap.own) | {g.uri for g in gap.skills if g.essential and g.weight >= OWN_WEIGHT - 1e-9}
    memo = lk.detour_memo.setdefault(frozenset(elsewhere), {})  # the same per goal family and catalogue
    skills_of, known = lk.skills_of, memo.get
    return frozenset(
        cid
        for cid in teachers
        if own.isdisjoint(skills_of.get(cid, ()))
        and (
            found  # read from the memo here: at 100k most teachers were judged for an earlier gap
            if (found := known((cid, DEPTH))) is not None
            else _elsewhere(cid, lk, elsewhere, DEPTH, memo)
        )
    )


def _elsewhere(
    cid: str, lk: CatalogueLookup, skills: set[str], depth: int, memo: dict[tuple[str, int], bool]
) -> bool:
    """Whether `cid` leads to another occupation's core: it teaches one of `skills`, or it is needed first by
    other courses and every one of them leads there (Mathematics for ML, needed only by Applied Machine
    Learning; not Security Operations Fundamentals, needed by log analysis and hardening as well as by
    penetration testing), following dependants `depth` steps."""
    found = memo.get((cid, depth))
    if found is None:
        following = lk.dependants.get(cid, ())
        found = not skills.isdisjoint(lk.skills_of.get(cid, ())) or (
            depth > 0
            and bool(following)
            and all(_elsewhere(d, lk, skills, depth - 1, memo) for d in following)
        )
        memo[(cid, depth)] = found
    return found
