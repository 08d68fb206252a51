"""One reading of "how long" (`policy.asks_how_long`) serves the gap answer's duration and the questions of
quantity (`policy.asks_quantity`, the plan's totals); session 12 (branch twins): the two lists had drifted."""

from __future__ import annotations

import pytest

from pathfinder.assistant.policy import asks_how_long, asks_plan_totals, asks_quantity


@pytest.mark.parametrize(
    "question",
    ["how long would it take me?", "how many weeks would that take?", "wie lang dauert das?",
     "¿cuánto tiempo necesito?", "combien de temps ?", "kauanko se kestää?", "mất bao lâu?",
     "kitna time lagega?", "কতদিন লাগবে?"],
)  # fmt: skip
def test_a_question_of_duration_is_a_question_of_quantity(question: str) -> None:
    assert asks_how_long(question) and asks_quantity(question)


def test_how_long_the_plan_takes_in_finnish_asks_the_plans_totals() -> None:
    assert asks_plan_totals("kauanko suunnitelma kestää?", focus=False)


@pytest.mark.parametrize("question", ["how much does it cost?", "paljonko se maksaa?", "bao nhiêu tiền?"])
def test_a_question_of_cost_is_a_quantity_but_no_duration(question: str) -> None:
    assert asks_quantity(question) and not asks_how_long(question)
