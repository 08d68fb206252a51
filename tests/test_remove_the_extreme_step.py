"""A plan's extreme step left out when asked (issue 12, lead trial 11, session 15): "drop the most expensive
step" / "remove the longest one" after a plan got "Which step should I leave out?". The step is the plan's own
extreme, by the price to earn it or by its hours, as "what's the most expensive step?" finds it."""

from __future__ import annotations

import pytest

from tests.conftest import answers, converse


@pytest.mark.parametrize(
    "said, by",
    [("drop the most expensive step", "cost"), ("remove the longest one", "hours")],
)
def test_the_most_expensive_or_longest_step_is_left_out(make_responder, said: str, by: str) -> None:
    responder = make_responder()
    planned, dropped = answers(converse(responder, "I want to become a data analyst, 10 hours a week", said))
    assert planned.pathway is not None and len(planned.pathway.steps) >= 2, planned.text
    extreme = max(planned.pathway.steps, key=lambda s: getattr(s, by) or 0.0)
    assert dropped.pathway is not None, dropped.text
    assert extreme.id not in dropped.pathway.ids, dropped.text
    assert extreme.id in {c.id for c in dropped.citations}, dropped.text
