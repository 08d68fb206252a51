"""Third person and advisers: the job held is no goal, an adviser's own work is neither the learner's job
nor a goal, a credential's name is no job, and a job in another field
is not linked by its job word (issue #12)."""

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


def _kinds(tools: AssistantTools, message: str, intent: str) -> dict[str, str]:
    p = understand(message, TODAY)
    changes, _ = changes_from(p, tools, LearnerProfile(id="l1"), intent=intent)
    return {c.kind: c.summary for c in changes}


@pytest.mark.parametrize(
    ("message", "job"),
    [("I work as a warehouse clerk", "warehouse clerk"), ("I currently work as a bookkeeper", "bookkeeper")],
)
def test_the_job_one_works_as_is_no_goal(tools: AssistantTools, message: str, job: str) -> None:
    p = understand(message, TODAY)
    assert p.goal_text is None and p.current_role == job
    assert "set_goal" not in _kinds(tools, message, "state_skills")


def test_hoping_to_work_as_is_still_a_goal() -> None:
    assert understand("I'm hoping to work as a cloud engineer", TODAY).goal_text == "cloud engineer"


@pytest.mark.parametrize(
    "message",
    [
        "je suis conseiller en orientation professionnelle",
        "मैं युवाओं को करियर की सलाह देता हूँ",
        "ich berate Schulabgänger",
        "olen uraohjaaja",
    ],
)
def test_an_adviser_saying_what_they_do_sets_no_goal_or_job(tools: AssistantTools, message: str) -> None:
    kinds = _kinds(tools, message, "set_goal")
    assert "set_goal" not in kinds and "set_current_role" not in kinds, kinds


def test_wanting_to_become_an_adviser_is_a_goal() -> None:
    assert understand("I want to become a career counsellor", TODAY).goal_text == "career counsellor"


def test_the_client_in_a_german_relative_clause() -> None:
    p = understand("ich begleite eine Teilnehmerin, die Verkäuferin ist", TODAY)
    assert p.current_role == "verkäuferin"


@pytest.mark.parametrize(
    "message", ["mi clienta tiene el certificado CompTIA Network+", "mein Kunde hat ein AWS Zertifikat"]
)
def test_a_credential_held_is_no_job(tools: AssistantTools, message: str) -> None:
    assert "set_current_role" not in _kinds(tools, message, "state_skills")


def test_a_job_in_another_field_is_not_linked_by_its_job_word(tools: AssistantTools) -> None:
    lexicon = tools.lexicon
    support = lexicon.occupation("IT support technician")
    assert support is None or "security" not in support.label
    # a word left out still links
    net = lexicon.occupation("network engineer")
    assert net is not None and "network" in net.label


def test_the_person_an_adviser_speaks_of_is_no_job(tools: AssistantTools) -> None:
    kinds = _kinds(
        tools, "Tengo una usuaria de 41 años, antes era limpiadora, que quiere aprender Excel", "set_goal"
    )
    assert "usuaria" not in kinds.get("set_current_role", "").casefold(), kinds


@pytest.mark.parametrize(
    "text", ["I work as a job coach for refugees", "oriento a jóvenes que dejaron los estudios"]
)
def test_an_adviser_saying_what_they_do_is_the_counsellors_opening_for_a_client(text: str) -> None:
    from pathfinder.assistant.nlu import joint

    p = understand(text, TODAY)
    joint.settle(p, named=False, topical=True, names_job=False, shown=False)
    assert p.predicted == "explore" and p.third_person and not p.topic


def test_an_adviser_asking_for_courses_still_searches() -> None:
    from pathfinder.assistant.nlu import joint

    p = understand("I'm a careers adviser, do you have any courses on cloud security?", TODAY)
    joint.settle(p, named=False, topical=True, names_job=False, shown=False)
    assert p.predicted != "explore"
