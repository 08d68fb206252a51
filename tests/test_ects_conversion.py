"""'How many hours is 5 ECTS?' and the reverse, in the served languages, at 1 ECTS = 25-30 hours (the lead's
session-9 trial got a search for "ects"); 'what's the difference between ECTS and hours?' is the ECTS
explanation, not a comparison of courses."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from pathfinder.assistant.concepts import ects_conversion
from pathfinder.assistant.offline import OfflineResponder
from pathfinder.assistant.tools import AssistantTools
from pathfinder.domain import Credential
from pathfinder.domain.dialogue import History
from pathfinder.domain.taxonomy import Taxonomy
from pathfinder.testing import InMemoryIndex

DATA = json.loads(Path(__file__).with_name("test_assistant_dialogues.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    "text, ects",
    [
        ("how many hours of work is 2 ECTS", "2"),
        ("10 ECTS – wie viele Stunden sind das?", "10"),
        ("¿cuántas horas son 4,5 créditos?", "4.5"),
        ("8 ECTS ça fait combien d'heures ?", "8"),
        ("paljonko tunteja on 3 op", "3"),
        ("6 tín chỉ ECTS là bao nhiêu giờ học", "6"),
    ],
)
def test_ects_to_hours(text: str, ects: str) -> None:
    found = ects_conversion(text)
    assert found is not None and found[0] == "concept_ects_hours"
    n = float(ects)
    assert found[1] == {"ects": f"{n:g}", "low": f"{n * 25:g}", "high": f"{n * 30:g}"}


def test_hours_to_ects() -> None:
    assert ects_conversion("I'll study 150 hours, how many ECTS would that be?") == (
        "concept_hours_ects",
        {"hours": "150", "low": "5.0", "high": "6.0"},
    )


@pytest.mark.parametrize(
    "text", ["how many ECTS is the plan?", "I have 6 hours a week", "5 ECTS course on SQL"]
)
def test_other_messages_are_no_conversion(text: str) -> None:
    assert ects_conversion(text) is None


@pytest.fixture(scope="module")
def responder(taxonomy: Taxonomy) -> OfflineResponder:
    catalogue = [Credential(**c) for c in DATA["catalogue"]]
    return OfflineResponder(AssistantTools(InMemoryIndex(catalogue), taxonomy), lambda: date(2026, 3, 2))


def test_the_reply_converts_in_the_learners_language(responder: OfflineResponder) -> None:
    answer = responder.reply("wie viele Stunden sind 2 ECTS?", History())
    assert "**50–60 Stunden**" in answer.text, answer.text


def test_the_difference_between_ects_and_hours_is_explained(responder: OfflineResponder) -> None:
    answer = responder.reply("what's the difference between ECTS and hours?", History())
    assert answer.intent == "explain" and "25–30 hours" in answer.text, answer.text


def test_the_difference_between_a_certificate_and_a_micro_credential(responder: OfflineResponder) -> None:
    answer = responder.reply("whats the difference between a certificate and a micro-credential", History())
    assert answer.intent == "explain" and "**micro-credential**" in answer.text, answer.text
