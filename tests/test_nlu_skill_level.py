"""A level word said of a skill held is that skill's level, not a limit on the courses' level (issue #12)."""

from __future__ import annotations

from datetime import date

import pytest

from pathfinder.assistant.nlu.understand import understand
from pathfinder.assistant.profile_changes import changes_from
from pathfinder.assistant.tools import AssistantTools
from pathfinder.domain import LearnerProfile
from pathfinder.testing import InMemoryIndex, simple_plan

TODAY = date(2026, 12, 4)


@pytest.fixture
def tools(taxonomy, catalogue) -> AssistantTools:
    return AssistantTools(InMemoryIndex(catalogue), taxonomy, plan_fn=simple_plan)


@pytest.mark.parametrize(
    "message",
    [
        "my colleague has basic SQL",
        "tôi biết SQL cơ bản",
        "sie hat Grundkenntnisse in SQL",
        "mi cliente tiene conocimientos básicos de SQL",
    ],
)
def test_a_level_said_of_a_skill_held_is_no_course_level(tools: AssistantTools, message: str) -> None:
    p = understand(message, TODAY)
    assert p.eqf_min is None and p.eqf_max is None
    changes, _ = changes_from(p, tools, LearnerProfile(id="l1"), intent="state_skills")
    added = [s for c in changes if c.kind == "add_skills" for s in c.skills]
    assert added and all(s.level == "basic" for s in added), [c.summary for c in changes]
    assert not [c for c in changes if c.kind == "set_constraints"], [c.summary for c in changes]


@pytest.mark.parametrize(
    "message", ["any basic SQL courses?", "khóa học SQL cơ bản", "ich suche einen Kurs für Anfänger in SQL"]
)
def test_a_level_said_of_the_courses_stays_their_level(message: str) -> None:
    p = understand(message, TODAY)
    assert p.skill_level is None
    assert p.eqf_max == 4


def test_a_beginner_is_the_learners_level_not_a_skills():
    # "je cherche une formation en cybersécurité, débutant complet" lost its beginner filter (lead, session 9)
    from pathfinder.assistant.nlu.understand import understand

    p = understand("Hallo, ich suche einen Kurs zu Cloud, bin absoluter Anfänger")
    assert p.eqf_max == 4
