"""Dates a learner reads are written in their language (issue #12): the month names of the i18n table, no
locale and no dependency. "by May 2035" is "bis Mai 2035" for a German learner."""

from __future__ import annotations

from datetime import date

import pytest

from pathfinder.assistant import i18n, planner_text, suggestions
from pathfinder.assistant.profile_changes import constraint_items
from pathfinder.domain import Constraints, Relaxation


@pytest.mark.parametrize(
    ("lang", "month", "day"),
    [
        ("en", "May 2035", "5 May 2035"),
        ("de", "Mai 2035", "5. Mai 2035"),
        ("es", "mayo de 2035", "5 de mayo de 2035"),
        ("fr", "mai 2035", "5 mai 2035"),
        ("fi", "toukokuu 2035", "5. toukokuuta 2035"),
        ("vi", "tháng 5 năm 2035", "ngày 5 tháng 5 năm 2035"),
        ("hi", "मई 2035", "5 मई 2035"),
        ("bn", "মে 2035", "5 মে 2035"),
    ],
)
def test_a_date_in_each_language(lang: str, month: str, day: str) -> None:
    assert i18n.month_year(date(2035, 5, 1), lang) == month
    assert i18n.long_date(date(2035, 5, 5), lang) == day


def test_every_language_names_twelve_different_months() -> None:
    for lang in i18n.SERVED:
        names = {i18n.t(f"mo_{m}", lang) for m in range(1, 13)}
        assert len(names) == 12, lang


def test_a_planner_date_is_said_in_the_learners_language() -> None:
    with i18n.replying_in("de"):
        assert planner_text.say("5 h/week until 05 May 2035") == "5 Std./Woche bis 5. Mai 2035"
        assert planner_text.say("5 h/week until 31 February 2035").endswith("31 February 2035")  # kept
    assert (
        planner_text.say("5 h/week until 05 May 2035") == "5 h/week until 05 May 2035"
    )  # English as written


def test_a_later_deadline_is_offered_by_month_in_the_learners_language() -> None:
    later = Relaxation(
        constraint="deadline", current="2034-01-01", needed="2035-05-08", message="by May 2035"
    )
    with i18n.replying_in("de"):
        assert suggestions.line(later) == "fertig bis Mai 2035"
    with i18n.replying_in("vi"):
        assert suggestions.line(later) == "hoàn thành trước tháng 5 năm 2035"


def test_a_stated_deadline_is_confirmed_in_the_learners_language() -> None:
    with i18n.replying_in("es"):
        items = constraint_items(Constraints(deadline=date(2035, 5, 31)), ["deadline"])
    assert items[0].endswith("31 de mayo de 2035") and "2035-05-31" not in items[0]


def test_a_vietnamese_month_and_year_is_a_date_not_five_years() -> None:
    from pathfinder.assistant.nlu.slots import extract

    today = date(2026, 12, 5)
    said = extract("6 giờ mỗi tuần, đến tháng 5 năm 2028", today=today)
    assert (said.deadline, said.weeks) == (date(2028, 5, 31), None)  # was: five years (260 weeks)
    assert extract("trước tháng 5 năm 2028", today=today).deadline == date(2028, 4, 30)  # before May
    assert extract("hoàn thành trong 1 năm", today=today).weeks == 52  # a duration is still one
