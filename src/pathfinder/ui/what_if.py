"""The ranges of the Pathway page's what-if sliders, from the learner's own constraints (no Streamlit here).

A slider shows the learner's value untouched until they move it: a budget in rupees, taka or dong is on a
scale of that currency (5,000 EUR worth, or twice the budget when that is more), never read as "no limit"
because it is a large number (INR 20,000 was planned as unlimited: a 6-step plan of INR 175,727; found by the
lead in the browser, session 15); hours keep their half hours (2.5 h/week was planned at 2); a deadline over
two years keeps its weeks."""

from __future__ import annotations

import math
from dataclasses import dataclass

from pathfinder.domain import Constraints
from pathfinder.domain.credentials import EUR_PER_UNIT

BUDGET_SCALE_EUR = 5000  # the top of the budget slider, in EUR worth: the top means "no limit"
HOURS_RANGE = (0.5, 80.0)  # the profile's own bounds: (0, 80]
WEEKS_NONE = 104  # the top of the weeks slider means "no deadline": two years, or beyond the learner's weeks


def _round_up(value: float) -> int:
    """`value` rounded up to two significant digits (454,545 -> 460,000; 3,124 -> 3,200)."""
    if value <= 100:
        return max(1, math.ceil(value))
    unit = 10 ** (int(math.log10(value)) - 1)
    return int(math.ceil(value / unit) * unit)


@dataclass(frozen=True)
class WhatIfScales:
    hours: tuple[float, float]
    hours_value: float
    budget_cap: int
    budget_step: int
    budget_value: int
    weeks_cap: int
    weeks_value: int

    def applied(self, c: Constraints, hours: float, budget: int, weeks: int) -> Constraints:
        """`c` with the sliders' values: the top of the budget or weeks slider is no limit; an untouched
        slider keeps the learner's own value (a budget between two steps, a fraction of an hour)."""
        same_budget = c.budget is not None and budget == self.budget_value
        return c.model_copy(
            update={
                "hours_per_week": c.hours_per_week if hours == self.hours_value else float(hours),
                "budget": None if budget >= self.budget_cap else c.budget if same_budget else float(budget),
                "weeks": None if weeks >= self.weeks_cap else weeks,
            }
        )


def what_if_scales(c: Constraints) -> WhatIfScales:
    """The sliders' ranges and starting values for constraints `c` (in `c.currency`)."""
    per_unit = EUR_PER_UNIT.get(c.currency.upper(), 1.0) or 1.0
    cap = _round_up(BUDGET_SCALE_EUR / per_unit)
    if c.budget is not None and c.budget >= cap:
        cap = _round_up(c.budget * 2)
    hours = min(max(c.hours_per_week or 5.0, HOURS_RANGE[0]), HOURS_RANGE[1])
    weeks = c.weeks or 0
    weeks_cap = WEEKS_NONE if weeks < WEEKS_NONE else _round_up(weeks * 1.5)
    return WhatIfScales(
        hours=HOURS_RANGE,
        hours_value=round(hours * 2) / 2,
        budget_cap=cap,
        budget_step=max(1, _round_up(cap / 100)),
        budget_value=int(round(c.budget)) if c.budget is not None else cap,
        weeks_cap=weeks_cap,
        weeks_value=min(c.weeks or weeks_cap, weeks_cap),
    )
