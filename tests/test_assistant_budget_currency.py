"""A price limit said with a cheaper plan asked for is the budget in the currency said (session 11, vi/hi/bn
round): "tối đa 10 triệu" after a plan saved "EUR 360", "at most 400 dollars" "EUR 368". Phrasings written
for these tests."""

from __future__ import annotations

import pytest
from test_assistant_dialogues import responder  # noqa: F401 - fixture (taxonomy: conftest)

from pathfinder.assistant.offline import OfflineResponder
from pathfinder.domain import LearnerProfile
from pathfinder.domain.dialogue import History, apply_changes


@pytest.mark.parametrize(
    ("plan", "follow", "amount", "currency"),
    [
        (
            "plan my pathway to become a data analyst, 6 hours a week",
            "any cheaper route? at most 400 dollars",
            400,
            "USD",
        ),
        (
            "lập lộ trình để tôi trở thành data analyst",
            "rẻ hơn được không, nhiều nhất 8 triệu",
            8_000_000,
            "VND",
        ),
    ],
)
def test_a_price_limit_with_a_cheaper_plan_is_the_budget_in_its_currency(
    responder: OfflineResponder,  # noqa: F811
    plan: str,
    follow: str,
    amount: float,
    currency: str,
) -> None:
    profile = LearnerProfile(id="t")
    first = responder.reply(plan, History(), profile)
    profile = apply_changes(profile, first.profile_changes)
    assert first.pathway is not None, first.text
    answer = responder.reply(follow, History().add(plan, first), profile)
    after = apply_changes(profile, answer.profile_changes)
    assert after.constraints.budget == pytest.approx(amount), answer.text
    assert after.constraints.currency == currency
