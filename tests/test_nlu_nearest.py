"""Job titles the taxonomy has no name for ("BI developer", "DevOps engineer", "SOC analyst") are linked to
their nearest occupation, and the goal's note says it is the nearest rather than the job as named."""

from __future__ import annotations

import pytest

from pathfinder.assistant.nlu import glossary
from pathfinder.assistant.profile_changes import link_goal
from pathfinder.assistant.tools import AssistantTools
from pathfinder.domain import LearnerProfile
from pathfinder.testing import InMemoryIndex, simple_plan


@pytest.fixture
def tools(taxonomy, catalogue) -> AssistantTools:
    return AssistantTools(InMemoryIndex(catalogue), taxonomy, plan_fn=simple_plan)


@pytest.mark.parametrize(
    "title, occupation",
    [
        ("BI developer", "data warehouse designer"),
        ("business intelligence developer", "data warehouse designer"),
        ("DevOps engineer", "cloud engineer"),
        ("SOC analyst", "digital forensics expert"),
    ],
)
def test_a_title_outside_the_taxonomy_links_to_the_nearest_occupation_and_says_so(
    tools: AssistantTools, title: str, occupation: str
) -> None:
    change, text = link_goal(title, tools, LearnerProfile(id="l1"))
    assert change is not None and change.goal is not None
    assert change.goal.label == occupation and change.goal.occupation_uri
    assert "nearest" in text and f"“{title}”" in text, text


@pytest.mark.parametrize(
    "title, label",
    [
        ("data analyst", "data analyst"),
        ("web developer", "web developer"),
        ("cloud devops engineer", "cloud engineer"),
    ],
)
def test_a_title_the_taxonomy_names_is_not_called_the_nearest(
    tools: AssistantTools, title: str, label: str
) -> None:
    change, text = link_goal(title, tools, LearnerProfile(id="l1"))
    assert change is not None and change.goal is not None and change.goal.label == label
    assert "nearest" not in text


def test_only_the_marked_rows_are_nearest_readings() -> None:
    assert glossary.names_nearest("I want to be a BI developer")
    assert not glossary.names_nearest("I want to be a data analyst")
    assert glossary.english("BI developer", "en") == "data warehouse developer"  # no "~" in the reading
