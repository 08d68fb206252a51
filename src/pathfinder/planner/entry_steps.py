"""An entry course starts its subject from the beginning: it follows no other step for the basics of its
subject (session 19, issue 14, branch plans19real).

`session._basics` (session 15) puts a step after the chosen step teaching the broader knowledge of a gap skill
it covers ("Understanding TypeScript" after "Programming Fundamentals in Python": TypeScript is a kind of
computer programming). Over real catalogues that put a 137.5-hour Python course first for every would-be web
developer, before "Foundations of Front-End Web Development" (fresh18-16, real19-15): web programming is a
kind of computer programming too. But a course whose title says it starts from the beginning ("Foundations",
"for Beginners", "Introduction to", "Fundamentals": `course_level.title_level` at `ENTRY_LEVEL`) teaches the
basics it builds on itself; it needs no other course first, and the order among such courses is the usual
one (level, then the goal's weight closed). A course with no entry word in its title ("Understanding
TypeScript", "Practical Understanding of PHP and MySQL") still follows its basics; a framework still follows
its language (`named_basics`), and stated prerequisites are untouched.
"""

from __future__ import annotations

from pathfinder.domain import Credential
from pathfinder.planner.course_level import ENTRY_LEVEL, title_level


def starts_from_scratch(credential: Credential) -> bool:
    """Whether `credential`'s title says it starts its subject from the beginning (an entry course)."""
    return title_level(credential.title) == ENTRY_LEVEL
