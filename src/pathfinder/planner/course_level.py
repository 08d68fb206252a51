"""A course's level when its catalogue leaves it unknown: `domain.course_level` (moved there in session 20 so
that skill inference, which may not import the planner, reads the same rule); re-exported for the planner."""

from pathfinder.domain.course_level import (
    ADVANCED_LEVEL,
    ENTRY_LEVEL,
    MIDDLE_LEVEL,
    estimated_level,
    title_level,
)

__all__ = ["ADVANCED_LEVEL", "ENTRY_LEVEL", "MIDDLE_LEVEL", "estimated_level", "title_level"]
