"""The course in focus is not an answer to everything (issue #12): an id the catalogue lacks is said to be
missing, and a new subject after a course card is searched, not answered with that card again."""

from __future__ import annotations

import json
from pathlib import Path

from pathfinder.assistant.i18n import t
from pathfinder.assistant.offline import OfflineResponder
from pathfinder.domain import Credential
from pathfinder.domain.dialogue import History

DATA = json.loads((Path(__file__).parent / "test_assistant_dialogues.json").read_text(encoding="utf-8"))
CATALOGUE = [Credential(**c) for c in DATA["catalogue"]]


def _after_card(responder: OfflineResponder) -> History:
    card = responder.reply("tell me about cyber-start", History())
    assert [c.id for c in card.citations][0] == "cyber-start"
    return History().add("tell me about cyber-start", card)


def test_an_unknown_id_is_said_to_be_missing(responder: OfflineResponder) -> None:
    answer = responder.reply("tell me about zz-999", _after_card(responder))
    assert answer.text.startswith(t("not_in_catalogue", name="zz-999"))
    assert "cyber-start" not in [c.id for c in answer.citations]


def test_a_known_id_is_still_explained(responder: OfflineResponder) -> None:
    answer = responder.reply("what about cloud-security?", _after_card(responder))
    assert [c.id for c in answer.citations][0] == "cloud-security"


def test_a_new_subject_after_a_card_is_not_that_card(responder: OfflineResponder) -> None:
    answer = responder.reply("learn cloud monitoring in 1 day", _after_card(responder))
    cited = [c.id for c in answer.citations]
    assert cited and cited[0] != "cyber-start"


def test_a_comparison_says_which_is_easier_to_start(responder: OfflineResponder) -> None:
    answer = responder.reply("compare cyber-start and cyber-pro", History())
    by_id = {c.id: c for c in CATALOGUE}
    a, b = by_id["cyber-start"], by_id["cyber-pro"]
    assert a.eqf_level and b.eqf_level and a.eqf_level < b.eqf_level
    column = t("col_first") if [c.id for c in answer.citations][0] == "cyber-start" else t("col_second")
    verdict = answer.text.split(t("in_short", verdict="$").split("$")[0])[1]
    start = verdict.index(t("better_is", which=column, qualities=""))  # the beginners' course, either column
    assert t("q_easier") in verdict[start:]
