"""The lead's mends at the session-29 merge (each fails on the merged branches without it)."""

from __future__ import annotations

import re
from datetime import date

import pytest
from test_assistant_conversation import talk

TODAY = date(2026, 12, 4)


@pytest.fixture(scope="module")
def bundled(make_responder, bundled_catalogue):
    return make_responder(bundled_catalogue, today=TODAY)


def _cited(text: str) -> list[str]:
    return re.findall(r"\(([a-z]+-[a-z0-9-]+)\)", text)


def test_the_courses_to_start_with_under_a_far_budget_can_be_begun_now(bundled) -> None:
    # trial29's "nothing fits a budget of EUR 200" listed Data Warehouse Design (EUR 890), which needs Data
    # Modelling Essentials first: a list "to start with" names what can be begun now
    results, _ = talk(
        bundled,
        [
            "I pack boxes in a warehouse and know excel a bit. thinking about data things but no clue where "
            "to begin",
            "maybe 4 hours a week, 200 euros",
        ],
    )
    cited = _cited(results[1].answer.text)
    assert "nda-dwh-202" not in cited
    assert "nda-model-102" in cited


def test_a_return_to_a_client_in_romanised_hindi() -> None:
    # blind29 (held out) showed "wapas <name> pe aate hain" answered as a new conversation; mended after the
    # blind sets were scored on the integration (the figures of docs/BENCHMARKS.md are before this mend)
    from pathfinder.assistant.nlu.other_client import returned_to

    assert returned_to("wapas Meera pe aate hain, uska plan kya hai?") == ("Meera", "uska plan kya hai?")
    asked = "uske liye pehla course?"
    assert returned_to(f"vapas Arjun par chalo - {asked}") == ("Arjun", asked)
    assert returned_to("wapas basics pe") is None
