"""ConversationStore.exchanges (questions, answers and feedback for analytics) and secrets redacted on the way
in."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from store_backends import run_sql

from pathfinder.domain.dialogue import Answer, Citation, DialogueState
from pathfinder.safety.output import REDACTED
from pathfinder.storage.conversations import ConversationStore


def _answer(text: str, cited: tuple[str, ...] = (), intent: str = "search", query: str = "") -> Answer:
    return Answer(
        text=text,
        citations=tuple(Citation(id=i, title=i.upper()) for i in cited),
        intent=intent,
        state=DialogueState(last_query=query),
    )


def test_exchanges_pair_each_answer_with_its_question_and_feedback(store_settings) -> None:
    store = ConversationStore(store_settings.database_path)
    a = store.start("ana")
    store.add_turn(a, "python courses", _answer("Two found", ("py-1", "py-2")))
    down = store.add_turn(a, "cheaper?", _answer("None cheaper", intent="refine"))
    b = store.start("ben")
    store.add_turn(b, "what's the weather?", _answer("I can't", intent="out_of_scope"))
    store.feedback(down, -1, "there are free ones")

    rows = store.exchanges()
    assert [(x.question, x.profile_id) for x in rows] == [
        ("what's the weather?", "ben"),
        ("cheaper?", "ana"),
        ("python courses", "ana"),
    ]  # newest first
    by_question = {x.question: x for x in rows}
    assert by_question["python courses"].cited == 2 and by_question["python courses"].rating is None
    assert by_question["cheaper?"].rating == -1 and by_question["cheaper?"].comment == "there are free ones"
    assert by_question["cheaper?"].message_id == down and by_question["cheaper?"].intent == "refine"
    assert by_question["what's the weather?"].intent == "out_of_scope"
    assert [x.question for x in store.exchanges(limit=1)] == ["what's the weather?"]


def test_exchanges_since_filters_by_the_time_asked(store_settings) -> None:
    store = ConversationStore(store_settings.database_path)
    cid = store.start("ana")
    store.add_turn(cid, "old question", _answer("old"))
    run_sql(
        store_settings,
        "UPDATE messages SET created_at = ? WHERE text IN ('old question', 'old')",
        ((datetime.now(UTC) - timedelta(days=7)).isoformat(timespec="seconds"),),
        write=True,
    )  # a week ago
    store.add_turn(cid, "new question", _answer("new"))
    yesterday = datetime.now(UTC) - timedelta(days=1)
    assert [x.question for x in store.exchanges(since=yesterday)] == ["new question"]
    assert [x.question for x in store.exchanges(since=yesterday.isoformat())] == ["new question"]
    assert len(store.exchanges()) == 2


def test_no_conversation_yet_means_no_exchanges(store_settings) -> None:
    assert ConversationStore(store_settings.database_path).exchanges() == []


def test_keys_and_configured_secrets_never_reach_the_database(store_settings) -> None:
    key = "sk-proj-" + "A1b2C3d4" * 6
    secret = "advisor-pass-93841"
    store = ConversationStore(store_settings.database_path, secrets=[secret])
    cid = store.start("ana")
    message = f"my key is {key} and the advisor code is {secret}"
    store.add_turn(cid, message, _answer(f"You said {key}", query=f"courses {secret}"))

    history = store.history(cid)
    assert history.turns[0].text == f"my key is {REDACTED} and the advisor code is {REDACTED}"
    assert history.turns[1].text == f"You said {REDACTED}"
    assert history.turns[1].answer.state.last_query == f"courses {REDACTED}"
    assert store.list("ana")[0].title.startswith("my key is [REDACTED]")
    stored = repr(
        run_sql(
            store_settings,
            "SELECT m.text, m.answer_json, v.title FROM messages m "
            "JOIN conversations v ON v.id = m.conversation_id",
        )
    )
    assert key not in stored and secret not in stored and REDACTED in stored
    if store_settings.database_url is None:  # SQLite: not even in the file's free pages or its WAL
        db = Path(store_settings.database_path)
        raw = b"".join(p.read_bytes() for p in db.parent.glob(db.name + "*"))
        assert key.encode() not in raw and secret.encode() not in raw


def test_ordinary_messages_are_stored_verbatim(store_settings) -> None:
    store = ConversationStore(store_settings.database_path, secrets=["s3cret-value"])
    cid = store.start("ana")
    text = "Beginner SQL, 5 h/week, skills: sk-learning? no — task-based, under EUR 100"
    store.add_turn(cid, text, _answer("Here you go"))
    assert store.history(cid).turns[0].text == text
