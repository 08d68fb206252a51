""" "I did the JavaScript one already" when the course in focus (or a one-step plan's only step) teaches no
JavaScript: that course is not marked as held (the lead's session-9 trial marked "Programming Fundamentals in
Python" as held and re-planned without it)."""

from __future__ import annotations

from pathfinder.assistant.offline import OfflineResponder
from pathfinder.domain.dialogue import History

ASKED = "tell me about SQL for Analysts"


def _held_after(responder: OfflineResponder, said: str) -> list[str]:
    card = responder.reply(ASKED, History())
    assert card.state.focus == "sql-analysts"
    answer = responder.reply(said, History().add(ASKED, card))
    return [c.credential.id for c in answer.profile_changes if c.credential is not None]


def test_a_course_of_another_subject_is_not_the_one_in_focus(responder: OfflineResponder) -> None:
    assert "sql-analysts" not in _held_after(responder, "skip the JavaScript one, I've done it")


def test_the_one_in_focus_is_still_skipped_when_nothing_else_is_named(responder: OfflineResponder) -> None:
    assert _held_after(responder, "skip it, I've done it") == ["sql-analysts"]


def test_years_of_practice_name_a_skill_not_a_course(responder: OfflineResponder) -> None:
    # "j'ai déjà fait du SQL pendant 3 ans" marked a Spanish SQL course as held in the trial
    answer = responder.reply("I've already been doing SQL for 4 years", History())
    assert not [c for c in answer.profile_changes if c.credential is not None], answer.text
    said = responder.reply("I already did the SQL one", History())
    assert [c.credential.id for c in said.profile_changes if c.credential is not None] == ["sql-analysts"]


def test_a_credential_held_and_a_wish_with_no_plan_shown_is_answered(responder: OfflineResponder) -> None:
    # "I already have a CCNA. what's next if I want to do network automation?" was "no pathway to change yet"
    answer = responder.reply(
        "I already did a Python course. what next if I want to do data analysis?", History()
    )
    assert answer.intent != "skip_step" and answer.citations, answer.text
    bare = responder.reply("skip the first one, I did it", History())
    assert bare.intent == "skip_step" and not bare.citations
