"""'Which of your courses are free?', 'haben Sie kostenlose Kurse?' list what fits the filter across the
catalogue; 'which of those are free?' filters the list shown, a certificate counted with its parts' price (the
lead's session-9 trial: the counsellor's opening and a budget of 0 noted, German "kostenlose" not read)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pathfinder.assistant.nlu.slots import extract
from pathfinder.assistant.offline import OfflineResponder
from pathfinder.domain import Credential
from pathfinder.domain.dialogue import History

DATA = json.loads(Path(__file__).with_name("test_assistant_dialogues.json").read_text(encoding="utf-8"))
CATALOGUE = [Credential(**c) for c in DATA["catalogue"]]
FREE = {c.id for c in CATALOGUE if c.cost_eur == 0 and c.kind != "certificate"}


@pytest.mark.parametrize(
    "text", ["kostenlose Kurse", "des cours gratuits", "cursos gratuitos", "maksuttomat kurssit"]
)
def test_inflected_free_words_are_free(text: str) -> None:
    assert extract(text).free


@pytest.mark.parametrize("said", ["Which of your courses are free?", "haben Sie kostenlose Kurse?"])
def test_which_courses_are_free_lists_the_free_ones(responder: OfflineResponder, said: str) -> None:
    answer = responder.reply(said, History())
    assert answer.intent == "search" and answer.citations, answer.text
    assert {c.id for c in answer.citations} <= FREE | {c.id for c in CATALOGUE if c.kind == "certificate"}
    assert FREE & {c.id for c in answer.citations}


def test_which_of_those_are_free_filters_the_list_shown(responder: OfflineResponder) -> None:
    asked = "data analysis courses"
    listed = responder.reply(asked, History())
    assert "cert-data" in [c.id for c in listed.citations]
    answer = responder.reply("which of those are free?", History().add(asked, listed))
    assert answer.intent == "refine", answer.text
    assert "cert-data" not in [c.id for c in answer.citations]  # its parts cost
    assert {c.id for c in answer.citations} <= {c.id for c in listed.citations}
