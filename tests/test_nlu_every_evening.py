""" "Every evening" said after the hours or in Hindi, Bengali and colloquial Vietnamese (session 11, vi/hi/bn
round): a time per day, seven days a week ("1 hour every evening" and "हर शाम 1 घंटा" gave no weekly time).
Phrasings written for these tests, not taken from the dialogue set."""

from datetime import date

import pytest

from pathfinder.assistant.nlu.slots import extract, restore_vietnamese


@pytest.mark.parametrize(
    ("text", "lang", "hours"),
    [
        ("she can manage 1 hour every evening", "en", 7),
        ("2 hours each night after the kids sleep", "en", 14),
        ("har shaam 1 ghanta nikal sakti hu", "hi", 7),
        ("हर रात डेढ़ घंटा", "hi", 10.5),
        ("প্রতি রাতে ১ ঘণ্টা পড়তে পারি", "bn", 7),
        ("con học được 1 tiếng mỗi tối", "vi", 7),
        ("toi nao cung co 2 tieng", "vi", 14),
    ],
)
def test_every_evening_makes_the_hours_a_day(text: str, lang: str, hours: float) -> None:
    s = extract(restore_vietnamese(text) if lang == "vi" else text, date(2026, 12, 4), lang)
    assert s.hours_per_week == pytest.approx(hours)


def test_evenings_with_a_weekly_time_stay_the_week() -> None:
    assert extract("6 hours a week, every evening a bit", date(2026, 12, 4), "en").hours_per_week == 6
