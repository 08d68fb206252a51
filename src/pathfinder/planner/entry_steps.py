"""An entry course starts its subject from the beginning: it follows no other step for the basics of its
subject (session 19, issue 14, branch plans19real).

`session._basics` (session 15) puts a step after the chosen step teaching the broader knowledge of a gap skill
it covers ("Understanding TypeScript" after "Programming Fundamentals in Python": TypeScript is a kind of
computer programming). Over real catalogues that put a 137.5-hour Python course first for every would-be web
developer, before "Foundations of Front-End Web Development" (fresh18-16, real19-15): web programming is a
kind of computer programming too. But a course whose title says it starts from the beginning ("Foundations",
"for Beginners", "Introduction to", "Fundamentals": `course_level.title_level` at `ENTRY_LEVEL`) teaches the
basics it builds on itself: it follows no course of another subject (one teaching none of the gap skills it
covers), and the order among such courses is the usual one (level, then the goal's weight closed). A basics
course that teaches one of the entry course's own skills starts the same subject and stays first (AI
Foundations, which teaches machine learning, before "PyTorch Basics for Machine Learning": real19-12, where
the first version of this rule, without that condition, put the PyTorch course first). A course with no
entry word in its title ("Understanding TypeScript", "Practical Understanding of PHP and MySQL") still
follows its basics; a framework still follows its language (`named_basics`), and stated prerequisites are
untouched.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping

from pathfinder.domain import Credential
from pathfinder.planner.course_level import ENTRY_LEVEL, title_level


def starts_from_scratch(credential: Credential) -> bool:
    """Whether `credential`'s title says it starts its subject from the beginning (an entry course)."""
    return title_level(credential.title) == ENTRY_LEVEL


def other_subjects(
    credential: Credential, covered: Collection[str], basics: Mapping[int, Collection[str]]
) -> set[int]:
    """Of the steps `basics` (position -> the skills it teaches) that `credential` would follow for the basics
    of the gap skills it covers (`covered`), those it need not follow: none when it is no entry course; else
    those teaching none of `covered` (another subject's course: Python for a front-end course). A basics step
    teaching one of them starts the same subject and stays first (AI Foundations, teaching machine learning,
    before "PyTorch Basics for Machine Learning")."""
    if not starts_from_scratch(credential):
        return set()
    return {k for k, skills in basics.items() if not set(skills) & set(covered)}
