"""Feedback analytics over plain exchange rows."""

from __future__ import annotations

from pathfinder.ui.analytics import Exchange, is_unanswered, thumbs_down, top_questions, unanswered


def ex(question, intent="search", cited=0, pathway=False, rating=None, comment=""):
    return Exchange(
        question=question,
        answer_text="…",
        intent=intent,
        cited=cited,
        has_pathway=pathway,
        rating=rating,
        comment=comment,
    )


def test_top_questions_ignore_case_spacing_and_trailing_punctuation():
    rows = [ex("Python courses?"), ex("python  courses"), ex("SQL"), ex(" ")]
    assert top_questions(rows) == [("python courses", 2), ("sql", 1)]


def test_unanswered_means_out_of_scope_or_content_without_citations_or_plan():
    assert is_unanswered(ex("weather?", intent="out_of_scope", cited=0))
    assert is_unanswered(ex("basket weaving", intent="search", cited=0))
    assert not is_unanswered(ex("python", intent="search", cited=3))
    assert not is_unanswered(ex("plan it", intent="plan", pathway=True))
    assert not is_unanswered(ex("hello", intent="smalltalk"))
    assert [x.question for x in unanswered([ex("a", cited=1), ex("b")])] == ["b"]


def test_thumbs_down_keeps_only_negative_ratings():
    rows = [ex("a", rating=1), ex("b", rating=-1, comment="wrong"), ex("c")]
    assert [(x.question, x.comment) for x in thumbs_down(rows)] == [("b", "wrong")]
