"""A path "to get there" with a weekly time, right after a course's card (issue #12, session 13; the blind
batch v13u): the plan leads to the course in focus, with its prerequisites, and the weekly time is noted.
Before, the time was noted and the goal asked for ("to plan a pathway I need to know where you want to go");
English and French already planned it."""

from __future__ import annotations

import pytest
from conftest import answers, converse

from pathfinder.assistant.offline import OfflineResponder
from pathfinder.domain import LearnerProfile


@pytest.mark.parametrize(
    ("card", "there"),
    [
        (
            "erzähl mir was über Advanced Cyber Security Operations",
            "ok dann bau mir nen weg dahin, 6 stunden pro woche",
        ),
    ],
)
def test_a_plan_to_get_there_leads_to_the_course_in_focus(
    responder: OfflineResponder, card: str, there: str
) -> None:
    shown, answer = answers(converse(responder, card, there, learner=LearnerProfile(id="there")))
    assert shown.state.focus == "cyber-pro", shown.text
    assert answer.intent == "plan", answer.text
    assert answer.pathway is not None and answer.pathway.ids == ("cyber-start", "cyber-pro"), answer.text
    hours = [c.constraints.hours_per_week for c in answer.profile_changes if c.constraints is not None]
    assert hours == [6], answer.profile_changes
