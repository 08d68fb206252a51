"""Weekday ranges as days a week (session 11, vi/hi/bn round): a time per day given with "Monday to Friday"
counts the days of the range, in every served language; the digits of a Vietnamese day's name ("thứ 6") are no
amounts and "thu" before a day number is no autumn. Phrasings written for these tests, not taken from the
dialogue set."""

from datetime import date

import pytest

from pathfinder.assistant.nlu import weekdays
from pathfinder.assistant.nlu.slots import extract, restore_vietnamese, tokens

TODAY = date(2026, 12, 4)


def _hours(text: str, lang: str) -> float | None:
    return extract(restore_vietnamese(text) if lang == "vi" else text, TODAY, lang).hours_per_week


@pytest.mark.parametrize(
    ("text", "lang", "hours"),
    [
        ("buổi tối từ thứ hai đến thứ sáu em ngồi học 3 tiếng", "vi", 15),
        ("tu thu 2 toi thu 7 moi ngay 1 tieng", "vi", 6),
        ("t2-t6 tối nào cũng học 1 tiếng rưỡi", "vi", 7.5),
        ("Monday through Thursday I can put in 2 hours each evening", "en", 8),
        ("mon-fri, 1 hour a day", "en", 5),
        ("সোমবার থেকে বৃহস্পতিবার দিনে ৩ ঘণ্টা", "bn", 12),
        ("robibar theke brihospotibar protidin 2 ghonta", "bn", 10),
        ("सोमवार से शुक्रवार हर दिन 2 घंटे", "hi", 10),
        ("monday se friday roz 3 ghante", "hi", 15),
        ("de lunes a jueves, 1 hora al día", "es", 4),
        ("maanantaista torstaihin 1 tunti päivässä", "fi", 4),
    ],
)
def test_a_time_per_day_over_a_weekday_range_counts_its_days(text: str, lang: str, hours: float) -> None:
    assert _hours(text, lang) == pytest.approx(hours)


@pytest.mark.parametrize(
    ("text", "lang", "hours"),
    [
        ("10 hours a week, Monday to Friday", "en", 10),  # a week's time stays the week's
        ("mỗi tuần 6 tiếng, học từ thứ 2 đến thứ 4", "vi", 6),
        ("thứ 7 em rảnh, học 4 tiếng mỗi tuần", "vi", 4),  # one day named: no range
    ],
)
def test_a_weekly_time_is_not_multiplied(text: str, lang: str, hours: float) -> None:
    assert _hours(text, lang) == pytest.approx(hours)


def test_the_number_of_a_vietnamese_day_is_no_amount_of_hours() -> None:
    assert _hours("thứ 3 thứ 5 rảnh, mỗi buổi tối", "vi") is None  # "3", "5": Tuesday, Thursday
    assert weekdays.span(tokens("từ thứ 3 đến thứ 5"))[0] == 3


def test_thu_before_a_day_number_is_no_autumn() -> None:
    typed = "hoc tu thu 3 den thu 6, moi toi 2 tieng"
    s = extract(restore_vietnamese(typed), TODAY, "vi")
    assert s.deadline is None and s.hours_per_week == 8
    autumn = extract(restore_vietnamese("muon hoc xong truoc mua thu"), TODAY, "vi")
    assert autumn.deadline is not None  # the season is still read
    # "Trung thu năm sau": the Mid-Autumn festival next year, not "thứ năm" (Thursday)
    festival = extract(restore_vietnamese("em cần xong trước Trung thu năm sau"), TODAY, "vi")
    assert festival.deadline is not None and festival.deadline.month == 9


def test_short_day_forms_only_inside_one_hyphenated_token() -> None:
    assert weekdays.span(tokens("ma-pe"))[0] == 5
    assert weekdays.span(tokens("lun-ven"))[0] == 5
    # "to", "do", "so", "sat", "sun" standing alone are other words
    assert weekdays.span(tokens("I sat down to do so"))[0] is None


@pytest.mark.parametrize(
    ("text", "ordinal"),
    [("cho mình xem môn thứ 3", (3,)), ("buoc thu 2 hoc bao lau", (2,)), ("cái số 4 có rẻ không", (4,))],
)
def test_a_digit_after_a_listed_noun_is_an_ordinal_not_a_weekday(text: str, ordinal: tuple[int, ...]) -> None:
    from pathfinder.assistant.nlu.understand import ordinals

    assert ordinals(text) == ordinal


def test_a_lone_weekday_is_no_ordinal() -> None:
    from pathfinder.assistant.nlu.understand import ordinals

    assert ordinals("thứ 5 này em bận") == ()
