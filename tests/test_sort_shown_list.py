"""'Sort them by price' / 'ordénalos por duración' reorders the list shown instead of searching again with
a price ceiling, and a certificate with no fee of its own is priced with its cheapest parts (the lead's
session-9 trial: a certificate "free" on its own came first)."""

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
CATALOGUE = {c["id"]: Credential(**c) for c in DATA["catalogue"]}
ASKED = "data analysis courses"


@pytest.fixture(scope="module")
def responder(taxonomy: Taxonomy) -> OfflineResponder:
    tools = AssistantTools(InMemoryIndex(list(CATALOGUE.values())), taxonomy)
    return OfflineResponder(tools, lambda: date(2026, 3, 2))


@pytest.mark.parametrize("said", ["sort them by price", "nach Preis sortieren, bitte", "trie-les par prix"])
def test_the_same_list_cheapest_first(responder: OfflineResponder, said: str) -> None:
    listed = responder.reply(ASKED, History())
    assert "cert-data" in [c.id for c in listed.citations]
    sorted_ = responder.reply(said, History().add(ASKED, listed))
    ids = [c.id for c in sorted_.citations]
    assert sorted(ids) == sorted(c.id for c in listed.citations), sorted_.text  # reordered, not searched
    courses = [CATALOGUE[i].cost_eur or 0.0 for i in ids if CATALOGUE[i].kind != "certificate"]
    assert courses == sorted(courses)
    assert ids[0] != "cert-data"  # no fee of its own, but its parts cost


def test_sorting_by_duration(responder: OfflineResponder) -> None:
    listed = responder.reply(ASKED, History())
    sorted_ = responder.reply("ordénalos por duración", History().add(ASKED, listed))
    hours = [CATALOGUE[c.id].hours for c in sorted_.citations if CATALOGUE[c.id].hours]
    assert hours == sorted(hours), sorted_.text
