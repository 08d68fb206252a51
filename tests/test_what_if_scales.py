"""The Pathway page's what-if sliders start from the learner's own limits (issue 14, session 15): a budget of
INR 20,000 exceeded the slider's fixed top of 5,000 ("= no limit") and the page planned 6 steps costing
INR 175,727 while the chat planned 2 within the budget (found by the lead in the browser); 2.5 h/week was
planned at 2, a 120-week deadline as none. The ranges are in the learner's currency and keep their values
untouched."""

from __future__ import annotations

import pytest
from ui_harness import app_settings  # noqa: F401 - a fixture

from pathfinder.domain import Constraints
from pathfinder.ui.what_if import what_if_scales


def _untouched(c: Constraints) -> Constraints:
    s = what_if_scales(c)
    return s.applied(c, s.hours_value, s.budget_value, s.weeks_value)


@pytest.mark.parametrize(
    "currency, budget",
    [("INR", 20_000), ("BDT", 30_000), ("VND", 25_000_000), ("EUR", 800), ("EUR", 9_000), ("USD", 0)],
)
def test_an_untouched_budget_slider_keeps_the_budget(currency: str, budget: float) -> None:
    c = Constraints(budget=budget, currency=currency, hours_per_week=6)
    scales = what_if_scales(c)
    assert scales.budget_cap > budget
    assert _untouched(c).budget == budget


def test_the_top_of_the_budget_slider_is_no_limit_and_is_worth_5000_eur() -> None:
    s = what_if_scales(Constraints(currency="INR", hours_per_week=6))
    assert s.budget_value == s.budget_cap and 400_000 <= s.budget_cap <= 500_000
    assert s.applied(Constraints(currency="INR"), s.hours_value, s.budget_cap, s.weeks_value).budget is None


def test_half_hours_and_long_deadlines_are_kept() -> None:
    c = Constraints(hours_per_week=2.5, weeks=120)
    kept = _untouched(c)
    assert kept.hours_per_week == 2.5 and kept.weeks == 120
    s = what_if_scales(c)
    assert s.applied(c, s.hours_value, s.budget_value, s.weeks_cap).weeks is None  # the top: no deadline


def test_the_pathway_page_keeps_a_rupee_budget(app_settings) -> None:  # noqa: F811 - the fixture
    from test_app_pathway import run_page, save_goal

    from pathfinder.storage.profiles import open_profile_store

    save_goal(app_settings, hours_per_week=6, budget=20_000, currency="INR")
    at = run_page("pathway")
    assert not at.exception, at.exception
    assert at.slider(key="pathway-budget").value == 20_000
    cost = next(m.value for m in at.metric if m.label == "Cost")
    assert cost == "free" or float(cost.split()[-1].replace(",", "")) <= 20_000, cost
    assert open_profile_store(app_settings).get("learner-test").constraints.budget == 20_000
