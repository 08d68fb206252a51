"""Conversations on SQLite and PostgreSQL: resumable history (answers included), feedback, listing,
delete_learner."""

from __future__ import annotations

import sqlite3

import pytest
from store_backends import run_sql

from pathfinder.domain.dialogue import Answer, Citation, DialogueState
from pathfinder.storage.conversations import ConversationError, ConversationStore, delete_learner
from pathfinder.storage.database import open_database


def _answer(text: str, results: tuple[str, ...] = ()) -> Answer:
    return Answer(
        text=text,
        citations=tuple(Citation(id=i, title=i.upper()) for i in results),
        intent="search",
        state=DialogueState(last_query="python", last_results=results),
    )


def test_resume_rebuilds_history_with_state(store_settings) -> None:
    store = ConversationStore(store_settings.database_path)
    cid = store.start("alice")
    store.add_turn(cid, "python", _answer("Here are two", ("py-1", "py-2")))
    again = ConversationStore(store_settings.database_path)  # a new process, same file
    history = again.history(cid)
    assert [t.role for t in history.turns] == ["user", "assistant"]
    assert history.state.last_results == ("py-1", "py-2")
    assert again.list("alice")[0].title == "python" and again.list("alice")[0].messages == 2


def test_feedback_latest_wins_and_is_validated(store_settings) -> None:
    store = ConversationStore(store_settings.database_path)
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


def test_delete_learner_removes_conversations_messages_and_feedback(store_settings) -> None:
    store = ConversationStore(store_settings.database_path)
    keep = store.start("carol")
    store.add_turn(keep, "hi", _answer("Hello"))
    for _ in range(2):
        cid = store.start("dave")
        store.feedback(store.add_turn(cid, "hi", _answer("Hello")), 1)
    assert delete_learner(store_settings.database_path, "dave") == 2
    assert store.list("dave") == [] and len(store.list("carol")) == 1
    assert run_sql(store_settings, "SELECT COUNT(*) FROM messages") == [(2,)]
    assert run_sql(store_settings, "SELECT COUNT(*) FROM feedback") == [(0,)]


def test_delete_learner_joins_the_callers_transaction(store_settings) -> None:
    store = ConversationStore(store_settings.database_path)
    store.add_turn(store.start("erin"), "hi", _answer("Hello"))

    class RolledBack(Exception):
        pass

    def delete_then_fail(tx) -> None:
        assert delete_learner(tx, "erin") == 1
        raise RolledBack

    with pytest.raises(RolledBack):
        open_database(store_settings.database_path).run(delete_then_fail, write=True)
    assert len(store.list("erin")) == 1


def test_a_plain_delete_by_profile_id_also_removes_messages_and_feedback(store_settings) -> None:
    """The profile store deletes `conversations` rows by profile_id on its own connection (no
    foreign_keys)."""
    store = ConversationStore(store_settings.database_path)
    store.feedback(store.add_turn(store.start("frank"), "hi", _answer("Hello")), -1)
    run_sql(store_settings, "DELETE FROM conversations WHERE profile_id = ?", ("frank",), write=True)
    assert run_sql(store_settings, "SELECT COUNT(*) FROM messages") == [(0,)]
    assert run_sql(store_settings, "SELECT COUNT(*) FROM feedback") == [(0,)]


def test_a_raw_sqlite_delete_without_foreign_keys_still_cascades(settings) -> None:
    """The sqlite3 shell or old code: no PRAGMA foreign_keys, the triggers do the work."""
    store = ConversationStore(settings.database_path)
    store.feedback(store.add_turn(store.start("gina"), "hi", _answer("Hello")), -1)
    conn = sqlite3.connect(settings.database_path)
    with conn:
        conn.execute("DELETE FROM conversations WHERE profile_id = ?", ("gina",))
    assert conn.execute("SELECT COUNT(*) FROM messages").fetchone()[0] == 0
    assert conn.execute("SELECT COUNT(*) FROM feedback").fetchone()[0] == 0
    conn.close()
