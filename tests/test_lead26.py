"""The lead's own fix of session 26: the plan's totals name its steps in the right number (a one-step plan's
French summary had said "(1 étapes)", trial 22's 04 on the integration)."""

from __future__ import annotations

import pytest

from pathfinder.assistant.i18n import replying_in
from pathfinder.assistant.summaries import plan_totals
from pathfinder.domain import Pathway, Step, Totals


def _plan(steps: int) -> Pathway:
    taken = tuple(
        Step(id=f"c{n}", title=f"Course {n}", start_week=n, end_week=n + 1, hours=10)
        for n in range(1, steps + 1)
    )
    return Pathway(goal_label="data analyst", steps=taken, totals=Totals(hours=10.0 * steps, weeks=steps + 1))


@pytest.mark.parametrize(
    ("lang", "one", "many"),
    [
        ("en", "(1 step)", "(3 steps)"),
        ("fr", "(1 étape)", "(3 étapes)"),
        ("de", "(1 Schritt)", "(3 Schritte)"),
        ("es", "(1 paso)", "(3 pasos)"),
    ],
)
def test_the_plans_totals_count_its_steps_in_the_right_number(lang: str, one: str, many: str) -> None:
    with replying_in(lang):
        single, _ = plan_totals(_plan(1), lambda _id: None)
        several, _ = plan_totals(_plan(3), lambda _id: None)
    assert one in single and many in several
