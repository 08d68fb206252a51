"""Classes of the lead's trial 15 (session 19), fixed by the lead: each test failed on 04177af except the
guards marked."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import first_answer


@pytest.fixture(scope="module")
def bundled(make_responder, bundled_catalogue):
    return make_responder(bundled_catalogue, today=date(2026, 12, 4))


def _held_ids(answer) -> list[str]:
    return [c.credential.id for c in answer.profile_changes if c.kind == "hold_credential" and c.credential]


@pytest.mark.parametrize(
    "message",
    [
        "I finished secondary school and want to learn computers",
        "they finished secondary school last year and want digital jobs",
        "Terminé la escuela secundaria y quiero aprender informática",
    ],
)
def test_a_school_finished_is_no_course_held(bundled, message: str) -> None:
    """t15-16: "finished secondary school" shares two words with Teaching Computer Science in Secondary
    School and names no course."""
    answer = first_answer(bundled, message)
    assert _held_ids(answer) == [], answer.text


@pytest.mark.parametrize(
    ("message", "held"),
    [
        ("I already did Networking Fundamentals", "ccna-net-101"),
        ("I completed Teaching Computer Science in Secondary School last year", "aec-csteach-207"),
    ],
)
def test_a_course_named_as_done_is_held(bundled, message: str, held: str) -> None:  # a guard: passed before
    assert held in _held_ids(first_answer(bundled, message))
