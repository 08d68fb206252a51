"""A "cheaper?" after a list when nothing cheaper on its subject exists: the course it was compared with is
said to be the cheapest found, cited, with a way on. Session 14's tune turn en-typo-cyber-12#2 answered
"I found no credential" and cited nothing (issue #12: never a dead end)."""

from __future__ import annotations

from conftest import answers, converse


def test_the_cheapest_shown_is_said_to_be_the_cheapest(responder) -> None:
    # the test catalogue's cheapest cybersecurity course (EUR 49) comes first for beginners
    first, reply = answers(converse(responder, "beginner cybersecurity courses", "cheaper?"))
    assert first.citations[0].id == "cyber-start"
    assert "cheapest I found" in reply.text, reply.text
    assert [c.id for c in reply.citations] == ["cyber-start"] and "?" in reply.text


def test_a_cheaper_one_is_still_listed_when_there_is_one(responder) -> None:
    first, reply = answers(converse(responder, "cyber security courses", "cheaper?"))
    assert first.citations[0].id == "cyber-pro"  # EUR 900
    assert "cyber-pro" not in [c.id for c in reply.citations] and "cheapest I found" not in reply.text
