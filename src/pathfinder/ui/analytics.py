"""Feedback analytics for catalogue maintainers: top questions, unanswered questions, thumbs-down answers.

`read_exchanges` reads the conversation tables (read-only) into plain `Exchange` rows; the summaries are pure
functions over those rows, so they are tested without a database.
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from pydantic import BaseModel

from pathfinder.assistant.answer import Answer

# Intents that ask for catalogue content: an answer to one of them with no citation and no pathway found nothing.
CONTENT_INTENTS = frozenset({"search", "refine", "select", "explain", "why", "requirements", "compare", "plan", "llm"})


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


def normalise_question(text: str) -> str:
    return " ".join(text.lower().split()).rstrip("?!. ")


def is_unanswered(x: Exchange) -> bool:
    """Out of scope, or a content question answered with nothing cited and no plan."""
    return x.intent == "out_of_scope" or (x.intent in CONTENT_INTENTS and x.cited == 0 and not x.has_pathway)


def top_questions(exchanges: Sequence[Exchange], n: int = 10) -> list[tuple[str, int]]:
    """The most frequent questions (case and spacing ignored), most asked first."""
    counts = Counter(normalise_question(x.question) for x in exchanges if x.question.strip())
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:n]


def unanswered(exchanges: Sequence[Exchange]) -> list[Exchange]:
    return [x for x in exchanges if is_unanswered(x)]


def thumbs_down(exchanges: Sequence[Exchange]) -> list[Exchange]:
    return [x for x in exchanges if x.rating == -1]


def read_exchanges(database_path: str | Path, limit: int = 5000) -> list[Exchange]:
    """The latest `limit` question/answer pairs with their feedback; empty when no conversation was stored yet."""
    path = Path(database_path)
    if not path.is_file():
        return []
    query = """
        SELECT q.text, a.text, a.answer_json, f.rating, COALESCE(f.comment, ''), q.created_at
        FROM messages a
        JOIN messages q ON q.id = (SELECT MAX(id) FROM messages
                                   WHERE conversation_id = a.conversation_id AND id < a.id AND role = 'user')
        LEFT JOIN feedback f ON f.message_id = a.id
        WHERE a.role = 'assistant' ORDER BY a.id DESC LIMIT ?"""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=5)
    try:
        rows = conn.execute(query, (limit,)).fetchall()
    except sqlite3.OperationalError:  # the conversation tables do not exist yet
        return []
    finally:
        conn.close()
    out = []
    for question, text, answer_json, rating, comment, asked_at in rows:
        answer = Answer.model_validate_json(answer_json) if answer_json else None
        out.append(Exchange(
            question=question, answer_text=text, intent=answer.intent if answer else "",
            cited=len(answer.citations) if answer else 0, has_pathway=bool(answer and answer.pathway),
            rating=rating, comment=comment, asked_at=asked_at,
        ))
    return out
