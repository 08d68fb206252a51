"""Weekly time said after a search for training in a subject plans on that subject (the lead's session-9
trial: "je cherche une formation en cybersécurité", then "je peux y consacrer 2h par jour" asked for a
goal)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from pathfinder.assistant.offline import OfflineResponder
from pathfinder.assistant.tools import AssistantTools
from pathfinder.domain import Credential
from pathfinder.domain.dialogue import History
from pathfinder.domain.taxonomy import Taxonomy
from pathfinder.testing import InMemoryIndex

DATA = json.loads(Path(__file__).with_name("test_assistant_dialogues.json").read_text(encoding="utf-8"))
CATALOGUE = [Credential(**c) for c in DATA["catalogue"]]


@pytest.fixture(scope="module")
def responder(taxonomy: Taxonomy) -> OfflineResponder:
    return OfflineResponder(AssistantTools(InMemoryIndex(CATALOGUE), taxonomy), lambda: date(2026, 3, 2))


@pytest.mark.parametrize("hours", ["I can do 4 hours a week", "ich habe 5 Stunden pro Woche"])
def test_hours_after_a_search_plan_on_its_subject(responder: OfflineResponder, hours: str) -> None:
    asked = "looking for cyber security courses"
    listed = responder.reply(asked, History())
    assert listed.citations and listed.state.last_query
    planned = responder.reply(hours, History().add(asked, listed))
    assert planned.pathway is not None, planned.text
    assert planned.pathway.goal_label and "cyber" in planned.pathway.goal_label.casefold()


def test_hours_with_nothing_searched_still_ask_for_a_goal(responder: OfflineResponder) -> None:
    answer = responder.reply("I can do 4 hours a week", History())
    assert answer.pathway is None
