"""Feedback analytics for catalogue maintainers: top questions, unanswered questions, thumbs-down answers.

The rows come from `ConversationStore.exchanges()` (pathfinder.storage.conversations owns the tables); the
summaries are pure functions over those `Exchange` rows, so they are tested without a database.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from pathfinder.storage.conversations import Exchange

__all__ = [
    "CONTENT_INTENTS",
    "Exchange",
    "is_unanswered",
    "normalise_question",
    "thumbs_down",
    "top_questions",
    "unanswered",
]

# Intents that ask for catalogue content: an answer to one of them with no citation and no pathway found
# nothing.
CONTENT_INTENTS = frozenset(
    {"search", "refine", "select", "explain", "why", "requirements", "compare", "plan", "llm"}
)


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
