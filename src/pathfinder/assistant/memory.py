"""Conversation memory for the LLM path: the history as chat messages trimmed to a token budget with
tiktoken (offline encodings), and follow-up rewriting ("cheaper?" -> a standalone query)."""

from __future__ import annotations

from pathfinder.assistant.intents import parse
from pathfinder.assistant.markdown import filters_text
from pathfinder.domain.dialogue import DialogueState, History
from pathfinder.domain.pathways import money_text
from pathfinder.index.tokens import count_tokens, ensure_offline_encodings


def history_messages(history: History, budget: int) -> list:
    """The most recent turns as LangChain messages whose text fits `budget` tokens (oldest dropped first;
    a user turn is never kept without the answer that followed it)."""
    from langchain_core.messages import AIMessage, HumanMessage

    ensure_offline_encodings()
    kept: list = []
    used = 0
    turns = list(history.turns)
    for turn in reversed(turns):
        cost = count_tokens(turn.text) + 4
        if used + cost > budget:
            break
        used += cost
        kept.append(HumanMessage(turn.text) if turn.role == "user" else AIMessage(turn.text))
    kept.reverse()
    while kept and not isinstance(kept[0], HumanMessage):
        kept.pop(0)
    return kept


def rewrite_followup(message: str, state: DialogueState) -> str | None:
    """A standalone search query for a follow-up that leans on the last search, or None if it stands alone.

    "cheaper?" after a search for "python" (online) -> "python (online), cheaper than the results shown".
    """
    if not state.last_query:
        return None
    p = parse(message)
    if p.intent != "refine":
        return None
    parts = [state.last_query + filters_text(state.last_filters)]
    if p.refinements:
        parts += [f"{r} than the results shown" for r in p.refinements]
    extra = []
    if p.participation:
        extra.append("only " + " or ".join(p.participation))
    if p.languages:
        extra.append("in " + " or ".join(p.languages))
    if p.max_cost is not None:
        extra.append("free" if p.max_cost == 0 else f"up to {money_text(p.max_cost, 'EUR')}")
    return ", ".join(parts + extra)
