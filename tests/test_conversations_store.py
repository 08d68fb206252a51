"""Conversations in SQLite: resumable history (answers included), feedback, listing, delete_learner."""

from __future__ import annotations

import sqlite3

import pytest

from pathfinder.domain.dialogue import Answer, Citation, DialogueState
from pathfinder.storage.conversations import ConversationError, ConversationStore, delete_learner


def _answer(text: str, results: tuple[str, ...] = ()) -> Answer:
    return Answer(text=text, citations=tuple(Citation(id=i, title=i.upper()) for i in results), intent="search",
                  state=DialogueState(last_query="python", last_results=results))


def test_resume_rebuilds_history_with_state(settings) -> None:
    store = ConversationStore(settings.database_path)
    cid = store.start("alice")
    store.add_turn(cid, "python", _answer("Here are two", ("py-1", "py-2")))
    again = ConversationStore(settings.database_path)  # a new process, same file
    history = again.history(cid)
    assert [t.role for t in history.turns] == ["user", "assistant"]
    assert history.state.last_results == ("py-1", "py-2")
    assert again.list("alice")[0].title == "python" and again.list("alice")[0].messages == 2


def test_feedback_latest_wins_and_is_validated(settings) -> None:
    store = ConversationStore(settings.database_path)
    cid = store.start("bob")
    mid = store.add_turn(cid, "hi", _answer("Hello"))
    store.feedback(mid, -1, "too long")
    store.feedback(mid, 1, " great ")
    assert [(f.message_id, f.rating, f.comment) for f in store.all_feedback()] == [(mid, 1, "great")]
    with pytest.raises(ConversationError):
        store.feedback(mid, 5)
    with pytest.raises(ConversationError):
        store.feedback(mid - 1, 1)  # the user's message, not an answer
    with pytest.raises(ConversationError):
        store.add_turn("nope", "hi", _answer("x"))


def test_delete_learner_removes_conversations_messages_and_feedback(settings) -> None:
    store = ConversationStore(settings.database_path)
    keep = store.start("carol")
    store.add_turn(keep, "hi", _answer("Hello"))
    for _ in range(2):
        cid = store.start("dave")
        store.feedback(store.add_turn(cid, "hi", _answer("Hello")), 1)
    assert delete_learner(settings.database_path, "dave") == 2
    assert store.list("dave") == [] and len(store.list("carol")) == 1
    conn = sqlite3.connect(settings.database_path)
    assert conn.execute("SELECT COUNT(*) FROM messages").fetchone()[0] == 2
    assert conn.execute("SELECT COUNT(*) FROM feedback").fetchone()[0] == 0


def test_delete_learner_joins_the_callers_transaction(settings) -> None:
    store = ConversationStore(settings.database_path)
    store.add_turn(store.start("erin"), "hi", _answer("Hello"))
    conn = sqlite3.connect(settings.database_path)
    delete_learner(conn, "erin")
    conn.rollback()
    assert len(store.list("erin")) == 1


def test_a_plain_delete_by_profile_id_also_removes_messages_and_feedback(settings) -> None:
    """The profile store deletes `conversations` rows by profile_id on its own connection (no foreign_keys)."""
    store = ConversationStore(settings.database_path)
    store.feedback(store.add_turn(store.start("frank"), "hi", _answer("Hello")), -1)
    conn = sqlite3.connect(settings.database_path)
    with conn:
        conn.execute("DELETE FROM conversations WHERE profile_id = ?", ("frank",))
    assert conn.execute("SELECT COUNT(*) FROM messages").fetchone()[0] == 0
    assert conn.execute("SELECT COUNT(*) FROM feedback").fetchone()[0] == 0
