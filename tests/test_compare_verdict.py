"""The comparison's verdict names each entry once (issue #12): "the 2nd is cheaper, shorter and easier to
start", not "the 2nd is cheaper and the 2nd is shorter and the 2nd is easier to start", in every language."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from pathfinder.assistant.i18n import SERVED, and_list, replying_in, t
from pathfinder.assistant.offline import OfflineResponder
from pathfinder.assistant.offline.comparison import _verdict
from pathfinder.assistant.tools import AssistantTools
from pathfinder.domain import Credential
from pathfinder.domain.dialogue import History
from pathfinder.domain.taxonomy import Taxonomy
from pathfinder.testing import InMemoryIndex

DATA = json.loads((Path(__file__).parent / "test_assistant_dialogues.json").read_text(encoding="utf-8"))
BY_ID = {c["id"]: Credential(**c) for c in DATA["catalogue"]}
PRO, START = BY_ID["cyber-pro"], BY_ID["cyber-start"]  # 900 vs 49, 120 h vs 30 h, EQF 6 vs 3


def test_the_example_pair_differs_on_all_three() -> None:
    assert PRO.cost_eur is not None and START.cost_eur is not None and START.cost_eur < PRO.cost_eur
    assert START.hours and PRO.hours and START.hours < PRO.hours
    assert START.eqf_level and PRO.eqf_level and START.eqf_level < PRO.eqf_level


def test_english_reads_as_one_sentence() -> None:
    with replying_in("en"):
        assert _verdict(PRO, START) == (
            "the 2nd is cheaper, shorter and easier to start (a lower EQF level or fewer prerequisites)"
        )


@pytest.mark.parametrize("lang", SERVED)
def test_each_language_names_the_winner_once(lang: str) -> None:
    with replying_in(lang):
        verdict = _verdict(PRO, START)
        second, first = t("col_second"), t("col_first")
        qualities = [t("q_cheaper"), t("q_shorter"), t("q_easier")]
    assert verdict.count(second) == 1, verdict
    assert first not in verdict.replace(second, ""), verdict  # "1." inside "2." would not count
    positions = [verdict.find(q) for q in qualities]
    assert all(p >= 0 for p in positions) and positions == sorted(positions), verdict
    assert t("and", lang).strip() in verdict and ";" not in verdict and "$" not in verdict


def test_split_wins_name_each_side_once() -> None:
    cheap_long = START.model_copy(update={"eqf_level": PRO.eqf_level, "prerequisites": PRO.prerequisites})
    cheap_long = cheap_long.model_copy(update={"hours": 500.0})
    with replying_in("en"):
        verdict = _verdict(cheap_long, PRO)
    assert verdict == "the 1st is cheaper; the 2nd is shorter", verdict


def test_no_difference_gives_no_verdict() -> None:
    with replying_in("en"):
        assert _verdict(PRO, PRO) == ""


def test_and_list() -> None:
    with replying_in("de"):
        assert and_list(["a", "b", "c"]) == "a, b und c"
        assert and_list(["a"]) == "a" and and_list([]) == ""


@pytest.mark.parametrize(
    "lang, ask", [("en", "compare cyber-pro and cyber-start"), ("de", "vergleiche cyber-pro und cyber-start")]
)
def test_the_chat_reply_carries_the_grouped_verdict(taxonomy: Taxonomy, lang: str, ask: str) -> None:
    responder = OfflineResponder(
        AssistantTools(InMemoryIndex(list(BY_ID.values())), taxonomy), lambda: date(2026, 3, 2)
    )
    answer = responder.reply(ask, History())
    first, second = [c.id for c in answer.citations][:2]
    with replying_in(lang):
        expected = _verdict(BY_ID[first], BY_ID[second])
        assert t("in_short", verdict=expected) in answer.text, answer.text
        assert expected.count(t("col_second" if first == "cyber-pro" else "col_first")) == 1
