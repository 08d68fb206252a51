"""A first message that asks for courses on a subject (a course word: "courses", "formations", "कोर्स",
"কোর্স", a compound such as "Statistikkurs") with its limits (online, free, a price, a language) is a search,
not a statement of the limits alone, unless it plans or says what the learner wants to become (issue #12,
session 13: `joint`, the act of a course request with filters). Phrasings written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from pathfinder.assistant.nlu import joint
from pathfinder.assistant.nlu.understand import understand

TODAY = date(2026, 12, 4)


def _settled(text: str, names_job: bool = True) -> tuple[str, str]:
    p = understand(text, TODAY)
    before = p.predicted
    joint.settle(p, named=False, topical=True, names_job=names_job, shown=False)
    return before, p.predicted


@pytest.mark.parametrize(
    "text",
    [
        "courses on cyber security, online only, I live out in the country",
        "formations en analyse de données, en ligne uniquement, moins de 300 euros",
        "साइबर सुरक्षा के कोर्स, सिर्फ ऑनलाइन और हिंदी में",
        "ডেটা অ্যানালাইসিসের কোর্স, শুধু অনলাইনে, ৫০০০ টাকার মধ্যে",
    ],
)
def test_a_course_request_read_as_its_limits_is_a_search(text: str) -> None:
    before, after = _settled(text)
    assert before == "set_constraints"
    assert after == "search"


@pytest.mark.parametrize(
    "text",
    [
        "Ich möchte Datenanalyst werden, für Kurse habe ich höchstens 800 Euro",
        "quiero ser analista de datos, cursos online y baratos",
    ],
)
def test_a_course_word_beside_a_job_to_become_or_a_plan_word_is_no_search(text: str) -> None:
    assert _settled(text)[1] != "search"


@pytest.mark.parametrize(
    "text",
    [
        "and only courses that are fully online",
        "et seulement des formations en ligne, moins de 300 euros",
        "सिर्फ ऑनलाइन कोर्स, हिंदी में",
    ],
)
def test_a_course_limit_said_after_a_list_or_plan_is_no_new_search(text: str) -> None:
    p = understand(text, TODAY)
    joint.settle(p, named=False, topical=True, names_job=True, shown=True)
    assert p.predicted != "search"
