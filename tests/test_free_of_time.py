"""Free time is no price, and "300 max" where money is spoken of is the budget (the lead's trial 8,
session 12, after its judgement: "i have evenings free ... not much money tho, 300 max" was saved as
"Budget: free")."""

from __future__ import annotations

import pytest

from pathfinder.assistant.nlu.understand import understand


@pytest.mark.parametrize(
    "message",
    [
        "i have evenings free, like 6-8 hours a week",
        "I am free on weekends and have 5 hours",
        "I have some free time in the mornings",
    ],
)
def test_free_time_is_no_price(message):
    p = understand(message)
    assert p.max_cost is None and p.budget is None, (p.max_cost, p.budget)


@pytest.mark.parametrize("message", ["free courses on python", "only free ones please", "is it free?"])
def test_free_courses_are_still_free(message):
    assert understand(message).max_cost == 0.0


def test_a_bare_amount_with_max_after_money_words_is_the_budget():
    p = understand("i have evenings free, like 6-8 hours a week. not much money tho, 300 max")
    assert p.budget == 300.0 and p.max_cost is None and p.hours_per_week == 6.0
    assert understand("the course is 300 max").budget is None  # no money spoken of: not a budget
