"""An adviser's conversation is about the client from the first "my client ..." on, and an advisor's session
is about the advised learner throughout: the replies say "your client", not "you", also on later turns
that name nobody ("he already has X", "already did X") - the lead's advisor browser trial, session 14,
answered "Noted that you already hold ..." to "he already has ..." (issue #12)."""

from __future__ import annotations

from conftest import answers, converse

from pathfinder.assistant.i18n import replying_in, speaking_of_client, t
from pathfinder.domain.dialogue import History

CLIENT = "My client Rahim wants to become a data analyst. He has 5 hours a week."


def test_a_later_turn_about_the_client_is_said_of_the_client(responder) -> None:
    history = converse(responder, CLIENT, "he already did SQL for Analysts")
    reply = answers(history)[-1]
    assert "your client already holds" in reply.text.lower(), reply.text
    assert "you already hold" not in reply.text.lower()
    assert reply.state.about_client


def test_a_turn_naming_nobody_stays_about_the_client(responder) -> None:
    history = converse(responder, CLIENT, "already completed SQL for Analysts")
    assert "your client already holds" in answers(history)[-1].text.lower()


def test_the_speaker_describing_themselves_ends_it(responder) -> None:
    history = converse(responder, CLIENT, "I'm a teacher and I want to become a data analyst myself")
    last = answers(history)[-1]
    assert not last.state.about_client
    assert "your client" not in last.text.lower()


def test_an_advisors_session_is_about_the_learner_from_the_first_turn(responder) -> None:
    message = "Already completed SQL for Analysts."
    own = responder.reply(message, History(), None)
    advised = responder.reply(message, History(advised=True), None)
    assert "you already hold" in own.text.lower() and "your client" not in own.text.lower()
    assert "your client already holds" in advised.text.lower(), advised.text
    assert History(advised=True).add(message, advised).advised  # kept for the next turn


def test_every_language_has_the_client_variants_with_the_same_values() -> None:
    import re

    for lang in ("en", "de", "es", "fr", "fi", "vi", "hi", "bn"):
        with replying_in(lang):
            for key in ("held_replan", "held_noted", "goal_no_gap"):
                own, client = t(key, citation="X"), None
                with speaking_of_client(True):
                    client = t(key, citation="X")
                assert own != client, (lang, key)
            with speaking_of_client(True):
                assert not re.search(
                    r"\$\w",
                    t(
                        "totals",
                        hours=1,
                        ects=1,
                        cost="EUR 1",
                        weeks=1,
                        weeks_counted="1 week",
                        coverage="10%",
                    ),
                )
