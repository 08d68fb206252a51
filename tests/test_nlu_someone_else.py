"""One reading of "speaks of someone else" (`slots.speaks_of_someone_else`) over one vocabulary (`vocab.
CLIENT_WORDS`, `THIRD_PRONOUNS`, `THIRD_OTHER_FORMS`): the statement's reading, the question's (`policy.
starts_client_plan`) and the words no search is about (`understand.content`); session 12, branch twins."""

from __future__ import annotations

import pytest

from pathfinder.assistant.nlu.slots import speaks_of_someone_else, tokens
from pathfinder.assistant.nlu.understand import content
from pathfinder.assistant.policy import starts_client_plan


@pytest.mark.parametrize(
    "question",
    ["what should my clients take first?", "mi cliente, ¿qué debería hacer primero?",
     "what should he study first?", "was soll er zuerst machen?", "tu lui conseilles quoi en premier ?"],
)  # fmt: skip
def test_where_a_client_begins_is_asked_with_any_client_word_or_pronoun(question: str) -> None:
    assert starts_client_plan(question)


def test_a_pronoun_inside_other_words_is_no_client() -> None:
    # "clásico ayer" holds "co ay", a Vietnamese pronoun only as two words ("cô ấy")
    assert not starts_client_plan("el clásico ayer, ¿cuál primero?")


def test_a_statement_about_oneself_before_a_pronoun_is_no_client() -> None:
    assert not speaks_of_someone_else(tokens("I'd like to know what they offer"))
    assert speaks_of_someone_else(tokens("I'd like to know what they offer"), anywhere=True)


@pytest.mark.parametrize("word", ["asiakkaan", "klienten", "clientes"])
def test_a_client_word_is_no_subject_of_a_search(word: str) -> None:
    assert content(f"{word} python") == "python"
