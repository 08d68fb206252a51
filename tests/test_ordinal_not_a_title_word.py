""" "The second one" points at an entry shown, never at a title word it begins: the lead's held-out trial 10
(session 14) found "and what does the second one lead to after?" after comparing two security courses
answered with "Teaching Computer Science in Secondary School" on the integration - the session's new reading
of clipped title words ("the maths one") took "second" for "Secondary" (issue #12)."""

from __future__ import annotations

from pathfinder.assistant.lexicon import Lexicon
from pathfinder.domain import Credential


def _course(cid: str, title: str) -> Credential:
    return Credential(id=cid, title=title, provider="P", description=title, url=f"https://p.example/{cid}")


CATALOGUE = [
    _course("cs", "Teaching Computer Science in Secondary School"),
    _course("web", "Web Application Security Testing"),
    _course("math", "Mathematics for Machine Learning"),
]


def test_an_ordinal_is_no_clipped_title_word(taxonomy) -> None:
    lexicon = Lexicon(taxonomy, CATALOGUE)
    assert lexicon.rare_title_word("and what does the second one lead to after?", marked=True) is None
    assert lexicon.among("the second one", CATALOGUE, marked=True) is None


def test_a_clipped_subject_word_still_names_its_course(taxonomy) -> None:
    lexicon = Lexicon(taxonomy, CATALOGUE)
    assert lexicon.rare_title_word("skip the maths one", marked=True) == "math"
