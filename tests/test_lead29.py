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
