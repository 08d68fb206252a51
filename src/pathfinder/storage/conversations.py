"""Conversations, their messages and feedback (thumbs up/down + comment) in the database at
settings.database_path.

A conversation belongs to a learner (profile id) and is resumable: `history(conversation_id)` rebuilds the
assistant's `History` (answers included, so follow-ups keep working). `exchanges(since)` lists question/answer
pairs with their feedback (for the maintainers' analytics). Messages are stored with secrets redacted (the
configured ones and anything shaped like an API key). `delete_learner(db, profile_id)` removes everything of
one learner (the profile store's delete does the same, through the `profile_id` column). Tables:
`storage.schema`.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path

from pydantic import BaseModel

from pathfinder.domain.dialogue import Answer, History, Turn
from pathfinder.errors import PathfinderError
from pathfinder.safety.output import redact
from pathfinder.storage.database import Database, Tx, open_database


class ConversationError(PathfinderError):
    """A conversation or message does not exist (or the database cannot be opened)."""


class ConversationSummary(BaseModel):
    id: str
    profile_id: str
    title: str
    created_at: str
    updated_at: str
    messages: int


class Feedback(BaseModel):
    message_id: int
    rating: int
    comment: str
    created_at: str


class Exchange(BaseModel):
    """One question and the answer it got, with the learner's rating (-1, 1 or None) and comment."""

    question: str
    answer_text: str
    intent: str = ""
    cited: int = 0
    has_pathway: bool = False
    rating: int | None = None
    comment: str = ""
    asked_at: str = ""
    message_id: int = 0
    conversation_id: str = ""
    profile_id: str = ""


_EXCHANGES = """
    SELECT q.text, a.text, a.answer_json, f.rating, COALESCE(f.comment, ''), q.created_at, a.id, v.id,
        v.profile_id
    FROM messages a
    JOIN messages q ON q.id = (SELECT MAX(id) FROM messages
                               WHERE conversation_id = a.conversation_id AND id < a.id AND role = 'user')
    JOIN conversations v ON v.id = a.conversation_id
    LEFT JOIN feedback f ON f.message_id = a.id
    WHERE a.role = 'assistant' AND q.created_at >= ? ORDER BY a.id DESC LIMIT ?"""


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class ConversationStore:
    """Conversations in the pathfinder database (SQLite or PostgreSQL). `secrets` (e.g.
    `pathfinder.safety.output.configured_secrets(settings)`) are redacted from every stored message and
    answer, as is anything shaped like an API key, a Bearer token or `password=...`."""

    def __init__(self, db: Database | str | Path, secrets: Iterable[str] = ()) -> None:
        self._db = open_database(db, error=ConversationError)
        self._db.ensure_schema(ConversationError)
        self._secrets = tuple(secrets)

    def _run(self, fn, write: bool = False):
        return self._db.run(fn, write=write, error=ConversationError)

    def start(self, profile_id: str, title: str = "") -> str:
        cid = uuid.uuid4().hex
        now = _now()
        self._run(
            lambda c: c.execute(
                "INSERT INTO conversations (id, profile_id, title, created_at, updated_at) "
                "VALUES (?, ?, ?, ?, ?)",
                (cid, profile_id, title, now, now),
            ),
            write=True,
        )
        return cid

    def _require(self, c: Tx, conversation_id: str) -> None:
        if c.execute("SELECT 1 FROM conversations WHERE id = ?", (conversation_id,)).fetchone() is None:
            raise ConversationError(f"No conversation {conversation_id!r}; start a new one.")

    def _redacted(self, answer: Answer) -> Answer:
        """The answer with secrets redacted everywhere (its text, and the dialogue state that quotes the
        message)."""
        raw = answer.model_dump_json()
        clean = redact(raw, self._secrets)
        if clean == raw:
            return answer
        try:
            return Answer.model_validate_json(clean)
        except ValueError:  # a replacement broke the JSON: keep the structure, redact the text at least
            return answer.model_copy(update={"text": redact(answer.text, self._secrets)})

    def add_turn(self, conversation_id: str, message: str, answer: Answer) -> int:
        """Store a user message and the assistant's answer (secrets redacted); returns the answer's message
        id."""
        message = redact(message, self._secrets)
        answer = self._redacted(answer)

        def go(c: Tx) -> int:
            self._require(c, conversation_id)
            now = _now()
            c.execute(
                "INSERT INTO messages (conversation_id, role, text, "
                "answer_json, created_at) VALUES (?, 'user', ?, NULL, ?)",
                (conversation_id, message, now),
            )
            answer_id = c.execute(
                "INSERT INTO messages (conversation_id, role, text, answer_json, created_at) "
                "VALUES (?, 'assistant', ?, ?, ?) RETURNING id",
                (conversation_id, answer.text, answer.model_dump_json(), now),
            ).fetchone()[0]
            title_row = c.execute(
                "SELECT title FROM conversations WHERE id = ?", (conversation_id,)
            ).fetchone()
            title = title_row[0] or message[:60]
            c.execute(
                "UPDATE conversations SET updated_at = ?, title = ? WHERE id = ?",
                (now, title, conversation_id),
            )
            return int(answer_id)

        return self._run(go, write=True)

    def history(self, conversation_id: str) -> History:
        def go(c: Tx) -> History:
            self._require(c, conversation_id)
            rows = c.execute(
                "SELECT role, text, answer_json FROM messages WHERE conversation_id = ? ORDER BY id",
                (conversation_id,),
            ).fetchall()
            return History(
                turns=tuple(
                    Turn(role=r, text=t, answer=Answer.model_validate_json(a) if a else None)
                    for r, t, a in rows
                )
            )

        return self._run(go)

    def message_ids(self, conversation_id: str) -> list[int]:
        return [
            r[0]
            for r in self._run(
                lambda c: c.execute(
                    "SELECT id FROM messages WHERE conversation_id = ? AND role = 'assistant' ORDER BY id",
                    (conversation_id,),
                ).fetchall()
            )
        ]

    def list(self, profile_id: str) -> list[ConversationSummary]:
        rows = self._run(
            lambda c: c.execute(
                "SELECT v.id, v.profile_id, v.title, v.created_at, v.updated_at, "
                "COUNT(m.id) FROM conversations v LEFT JOIN messages m ON "
                "m.conversation_id = v.id WHERE v.profile_id = ? GROUP BY v.id ORDER BY "
                "v.updated_at DESC, v.created_at DESC, COALESCE(MAX(m.id), 0) DESC, v.id",
                (profile_id,),
            ).fetchall()
        )
        return [
            ConversationSummary(
                id=r[0], profile_id=r[1], title=r[2], created_at=r[3], updated_at=r[4], messages=r[5]
            )
            for r in rows
        ]

    def feedback(self, message_id: int, rating: int, comment: str = "") -> None:
        """Thumbs up (1) or down (-1) on an assistant message, with an optional comment; the latest wins."""
        if rating not in (-1, 1):
            raise ConversationError("Feedback is 1 (thumbs up) or -1 (thumbs down).")

        def go(c: Tx) -> None:
            row = c.execute("SELECT role FROM messages WHERE id = ?", (message_id,)).fetchone()
            if row is None or row[0] != "assistant":
                raise ConversationError(f"No assistant message {message_id} to give feedback on.")
            c.execute(
                "INSERT INTO feedback (message_id, rating, comment, created_at) VALUES (?, "
                "?, ?, ?) ON CONFLICT (message_id) DO UPDATE SET rating = excluded.rating, "
                "comment = excluded.comment, created_at = excluded.created_at",
                (message_id, rating, comment.strip(), _now()),
            )

        self._run(go, write=True)

    def all_feedback(self) -> list[Feedback]:
        rows = self._run(
            lambda c: c.execute(
                "SELECT message_id, rating, comment, created_at FROM feedback ORDER BY created_at"
            ).fetchall()
        )
        return [Feedback(message_id=r[0], rating=r[1], comment=r[2], created_at=r[3]) for r in rows]

    def exchanges(self, since: str | datetime | None = None, limit: int = 5000) -> list[Exchange]:
        """The latest `limit` question/answer pairs (newest first) asked at or after `since` (an ISO timestamp
        or an aware datetime), each with its feedback; every learner's."""
        if isinstance(since, datetime):
            since = since.astimezone(UTC).isoformat(timespec="seconds")
        rows = self._run(lambda c: c.execute(_EXCHANGES, (since or "", limit)).fetchall())
        out = []
        for (
            question,
            text,
            answer_json,
            rating,
            comment,
            asked_at,
            message_id,
            conversation_id,
            profile_id,
        ) in rows:
            answer = Answer.model_validate_json(answer_json) if answer_json else None
            out.append(
                Exchange(
                    question=question,
                    answer_text=text,
                    intent=answer.intent if answer else "",
                    cited=len(answer.citations) if answer else 0,
                    has_pathway=bool(answer and answer.pathway),
                    rating=rating,
                    comment=comment,
                    asked_at=asked_at,
                    message_id=message_id,
                    conversation_id=conversation_id,
                    profile_id=profile_id,
                )
            )
        return out

    def owner(self, conversation_id: str | None = None, message_id: int | None = None) -> str | None:
        """The learner (profile id) a conversation or message belongs to; None when there is no such thing."""
        if message_id is not None:
            sql, arg = (
                "SELECT v.profile_id FROM messages m JOIN conversations v ON v.id = m.conversation_id "
                "WHERE m.id = ?",
                message_id,
            )
        else:
            sql, arg = "SELECT profile_id FROM conversations WHERE id = ?", conversation_id
        row = self._run(lambda c: c.execute(sql, (arg,)).fetchone())
        return row[0] if row else None

    def delete(self, conversation_id: str) -> None:
        self._run(
            lambda c: c.execute("DELETE FROM conversations WHERE id = ?", (conversation_id,)), write=True
        )


def delete_learner(db: Database | Tx | str | Path, profile_id: str) -> int:
    """Delete every conversation, message and feedback of one learner; returns how many conversations.
    Given an open transaction (`Tx`) it runs inside it, so it joins the caller's transaction."""

    def go(tx: Tx) -> int:
        return tx.execute("DELETE FROM conversations WHERE profile_id = ?", (profile_id,)).rowcount

    if isinstance(db, Database | str | Path):
        return ConversationStore(db)._run(go, write=True)
    return go(db)
