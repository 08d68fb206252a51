"""A phrase read as the job held that only names skills is skills, also when a job cue introduced it; wishes
typed without diacritics are wishes."""

from __future__ import annotations

from datetime import date

import pytest

from pathfinder.assistant.nlu import vocab
from pathfinder.assistant.nlu.understand import understand
from pathfinder.assistant.profile_changes import changes_from
from pathfinder.assistant.tools import AssistantTools
from pathfinder.domain import LearnerProfile
from pathfinder.testing import InMemoryIndex, simple_plan


@pytest.fixture
def tools(taxonomy, catalogue) -> AssistantTools:
    return AssistantTools(InMemoryIndex(catalogue), taxonomy, plan_fn=simple_plan)


@pytest.mark.parametrize(
    "message", ["olen tehnyt exceliä vuosia ja vähän SQL:ää", "olen käyttänyt Exceliä vuosia"]
)
def test_a_job_cue_before_skills_sets_no_job(tools: AssistantTools, message: str) -> None:
    p = understand(message, date(2026, 12, 4))
    changes, _ = changes_from(p, tools, LearnerProfile(id="l1"), intent="state_skills")
    assert not [c for c in changes if c.kind == "set_current_role"], [c.summary for c in changes]
    assert any(c.kind == "add_skills" and "spreadsheet" in c.summary for c in changes)


def test_wishes_typed_without_diacritics() -> None:
    assert {"moechte", "wuerde", "gustaria"} <= vocab.WISH
    assert "wurde" not in vocab.WISH and "mochte" not in vocab.WISH  # "was", "liked": no wish


def test_a_job_cue_before_a_job_named_by_a_skill_word_is_still_the_job(tools: AssistantTools) -> None:
    p = understand("em đang làm IT helpdesk, muốn lên làm chuyên viên bảo mật", date(2026, 12, 4))
    changes, _ = changes_from(p, tools, LearnerProfile(id="l1"), intent="set_goal")
    assert [c.current_role.label for c in changes if c.kind == "set_current_role" and c.current_role]
