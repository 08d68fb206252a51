"""'I'm 45, is it too late?' (issue #12, session 7 round 2): a short encouraging counsellor reply with a next
step (the first of the list or plan shown, else of the subject named, else what a plan still needs), in the
learner's language; never a refinement of the list shown before."""

from __future__ import annotations

import pytest

from pathfinder.assistant.offline import OfflineResponder
from pathfinder.assistant.policy import worries_too_late
from pathfinder.domain.dialogue import History

WORRIES = {
    "en": "I'm 45, is it too late?",
    "de": "Ich bin 52, bin ich nicht zu alt dafür?",
    "es": "tengo 50 años, ¿no es demasiado tarde?",
    "fr": "j'ai 48 ans, c'est trop tard ?",
    "fi": "olen 55, onko liian myöhäistä?",
    "vi": "tôi 45 tuổi rồi, có quá muộn không?",
    "hi": "मेरी उम्र 45 है, क्या अब बहुत देर हो गई?",
    "bn": "আমার বয়স ৪৮, এখন কি অনেক দেরি হয়ে গেছে?",
}
OPENING = {"en": "It is not too late.", "de": "Es ist nicht zu spät.", "fr": "Il n'est pas trop tard."}


@pytest.mark.parametrize("text", WORRIES.values())
def test_the_worry_is_recognised(text: str) -> None:
    assert worries_too_late(text)


@pytest.mark.parametrize("text", ["is it too expensive?", "I'm late for work", "data courses"])
def test_other_messages_are_not(text: str) -> None:
    assert not worries_too_late(text)


@pytest.mark.parametrize("lang", sorted(WORRIES))
def test_after_a_list_it_encourages_and_points_to_where_to_begin(
    responder: OfflineResponder, lang: str
) -> None:
    listed = responder.reply("cyber security courses", History())
    assert listed.intent == "search" and listed.citations
    answer = responder.reply(WORRIES[lang], History().add("cyber security courses", listed))
    assert answer.intent == "explore"
    assert [c.id for c in answer.citations] == ["cyber-start"], answer.text  # the first to take, not the list
    assert answer.state.last_results == listed.state.last_results  # the list stays to refer back to
    assert "?" in answer.text  # asks for the weekly time: the next step
    if lang == "en":  # a switch of language after an English list is the language identification's part
        assert answer.text.startswith(OPENING[lang]), answer.text


def test_with_nothing_shown_it_encourages_and_asks_for_the_goal(responder: OfflineResponder) -> None:
    answer = responder.reply("I'm 58 and too old to learn anything new?", History())
    assert answer.intent == "explore" and answer.text.startswith("It is not too late.")
    assert answer.citations  # the starting directions, each with an example course


@pytest.mark.parametrize("lang", sorted(WORRIES))
def test_the_encouragement_is_in_the_learners_language(responder: OfflineResponder, lang: str) -> None:
    answer = responder.reply(WORRIES[lang], History())
    assert answer.intent == "explore" and answer.state.language == lang, answer.text
    assert answer.text.split("\n")[0].startswith(OPENING.get(lang, "")) and answer.citations
