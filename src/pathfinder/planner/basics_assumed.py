"""The basics a course on a narrower subject assumes when its catalogue states no prerequisite (issue 14,
session 17).

Real provider catalogues (edX, Udemy) state no prerequisites and their skills are read from the course text.
A 15-hour "Deep Learning Fundamentals with Keras" (edX, Intermediate) was planned for a biologist with no
machine-learning or AI course before it; in ESCO, deep learning is a kind of the principles of artificial
intelligence. `assumed_basics(c, taught, broader)`: for a course whose catalogue states neither prerequisites
nor skills (every skill inferred), at EQF BASICS_FROM_EQF or above (the catalogue's level, else the title's,
`course_level.estimated_level`), the broader knowledge
(`GapSkill.broader`, `gaps.knowledge_broader`) of the gap skills it teaches that it does not teach itself.
`prerequisites.SkillProviders` then puts a course teaching that broader knowledge first, as for a tool a
course's words assume, unless the learner holds it (also through a narrower skill); when no course the learner
may take teaches it, the course stays. Catalogues that state skills or prerequisites (the bundled corpus) are
taken at their word.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping

from pathfinder.domain import Credential
from pathfinder.planner.course_level import estimated_level

BASICS_FROM_EQF = 5  # an intermediate course assumes the basics of its subject; an entry course teaches them


def states_nothing(c: Credential) -> bool:
    """Whether `c`'s catalogue states neither prerequisites nor skills: every counted skill was inferred
    from its text."""
    counted = [r for r in c.skills if r.counts]
    return (
        bool(counted)
        and not c.prerequisites
        and not c.prerequisite_skills
        and c.stack_ects_required is None
        and all(r.inferred for r in counted)
    )


def may_assume_basics(c: Credential) -> bool:
    """Whether `assumed_basics` can give `c` anything whatever the gap: its catalogue states neither
    prerequisites nor skills and it sits at BASICS_FROM_EQF or above."""
    return states_nothing(c) and estimated_level(c) >= BASICS_FROM_EQF


def assumed_basics(
    c: Credential, taught: Collection[str], broader: Mapping[str, tuple[str, ...]]
) -> tuple[str, ...]:
    """The broader knowledge `c` assumes (see the module): empty for a course whose catalogue states skills
    or prerequisites, or below BASICS_FROM_EQF. A catalogue's level stands over the title's words: an
    Intermediate "Deep Learning Fundamentals with Keras" is the first course of deep learning, not of AI."""
    if not may_assume_basics(c):
        return ()
    own = set(taught)
    return tuple(dict.fromkeys(b for u in taught for b in broader.get(u, ()) if b not in own))
