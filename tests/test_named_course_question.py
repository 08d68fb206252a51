"""A first message that names one catalogue course by its title and asks about it is a question about that
course (its card), whatever the classifier made of the title's words (a goal, a search, a statement of
skills); two titles in one question are compared (issue #12, session 13: the act when a title is named)."""

from __future__ import annotations

import pytest

from tests.conftest import answers, converse

ABOUT_ONE = [
    ("en", "tell me about Data Visualisation Essentials", "viz-intro"),
    ("en", "what level is Business Intelligence Foundations?", "bi-foundations"),
    ("es", "el curso de Data Mining in Practice que nivel tiene", "mining-1"),
    ("es", "Cloud Security and Compliance es presencial?", "cloud-security"),
    ("de", "erzähl mir was über Business Intelligence Foundations", "bi-foundations"),
    ("fr", "parle-moi de Cloud Monitoring and Reporting", "cloud-monitoring"),
    ("fi", "kerro Database Development Tools -kurssista", "db-tools"),
    ("vi", "khóa Cloud Monitoring and Reporting học online được không", "cloud-monitoring"),
    ("hi", "Cloud Security and Compliance ke baare mein batao", "cloud-security"),
    ("bn", "Statistics for Data Analysis কোর্সটা সম্পর্কে বলো", "stats-online"),
]


@pytest.mark.parametrize(("lang", "message", "cid"), ABOUT_ONE)
def test_a_question_about_one_named_course_is_its_card(responder, lang, message, cid):
    answer = answers(converse(responder, message))[-1]
    assert answer.intent in ("explain", "select"), (lang, answer.intent)
    assert answer.citations and answer.citations[0].id == cid


TWO = [
    ("en", "compare Python Basics with SQL for Analysts"),
    ("fi", "vertaa Python Basics ja SQL for Analysts"),
    ("de", "vergleich mal Python Basics und SQL for Analysts"),
    ("hi", "Python Basics aur SQL for Analysts mein kya fark hai"),
]


@pytest.mark.parametrize(("lang", "message"), TWO)
def test_two_named_courses_in_one_question_are_compared(responder, lang, message):
    answer = answers(converse(responder, message))[-1]
    assert answer.intent == "compare", (lang, answer.intent)
    assert {c.id for c in answer.citations[:2]} == {"py-basics", "sql-analysts"}


LEARN = [
    ("es", "quiero aprender data mining in practice, en español si se puede"),
    ("en", "I want to learn cloud security and compliance"),
]


@pytest.mark.parametrize(("lang", "message"), LEARN)
def test_a_title_s_words_to_be_learnt_are_the_subject_not_the_card(responder, lang, message):
    answer = answers(converse(responder, message))[-1]
    assert answer.intent != "explain", (lang, answer.intent)
