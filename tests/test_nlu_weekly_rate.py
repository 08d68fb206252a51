"""A week word that starts a weekly time ("hafte me 7 ghante") is no time frame, even after a word that is a
number in another language (Hinglish "hai" is Vietnamese "two") (issue #12, session 9 round 2)."""

from __future__ import annotations

from datetime import date

import pytest

from pathfinder.assistant.nlu.slots import extract

TODAY = date(2026, 12, 4)


@pytest.mark.parametrize(
    "text", ["cloud engineer banna hai, hafte me 6 ghante", "mujhe SQL seekhna hai hafte mein 4 ghante"]
)
def test_a_weekly_time_after_hai_is_no_deadline(text: str) -> None:
    s = extract(text, TODAY, "hi")
    assert s.deadline is None and s.weeks is None
    assert s.hours_per_week in (6.0, 4.0)


@pytest.mark.parametrize(
    ("text", "lang"),
    [("in two weeks, 10 hours a week", "en"), ("em muốn xong trong hai tuần, tuần 8 tiếng", "vi")],
)
def test_a_time_frame_before_a_weekly_time_stays(text: str, lang: str) -> None:
    s = extract(text, TODAY, lang)
    assert s.weeks == 2
