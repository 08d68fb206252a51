"""The lead path (`PATHFINDER_LLM_MODE=lead`): one request without tools, in which the model writes a short
opening above the offline engine's checked answer. It is made for a small local model on a slow machine,
where a tool round trip does not fit the deadline: the engine has already understood the message and run the
tools, so the model only reads the message and that answer (its links removed) and writes one to three
sentences. The opening goes through the same checks and gate as any model answer."""

from __future__ import annotations

import re
from typing import Any

from pathfinder.assistant.llm import prompts
from pathfinder.domain.dialogue import Answer
from pathfinder.domain.languages import language_name

ANSWER_CHARS = 1200  # of the catalogue's answer shown to the model (prompt reading is the slow part)

_CITED = re.compile(r"\[([^\]\n]*)\]\([^)\s]*\)(?: \([^()\s]+\))?")  # [Title](url) (id): the title


def catalogue_text(text: str, limit: int = ANSWER_CHARS) -> str:
    """The offline answer as the model reads it: link targets, ids and quoted notes removed, shortened."""
    lines = [ln for ln in text.split("\n") if not ln.lstrip().startswith(">")]
    plain = _CITED.sub(r"\1", "\n".join(lines)).strip()
    return plain if len(plain) <= limit else plain[:limit].rsplit("\n", 1)[0] + "\n…"


def messages(message: str, frame: Answer, lang: str) -> list[Any]:
    from langchain_core.messages import HumanMessage, SystemMessage

    user = prompts.render(
        "llm/lead",
        message=message,
        answer=catalogue_text(frame.text),
        language=language_name(lang),
    )
    return [SystemMessage(prompts.render("llm/lead_system")), HumanMessage(user)]


def combined(lead: Any, frame: Answer) -> Answer:
    """The frame (the offline answer and its state) with the model's checked opening above its text."""
    known = {c.id for c in frame.citations}
    extra = tuple(c for c in lead.citations if c.id not in known)
    return frame.model_copy(
        update={
            "text": f"{lead.text.strip()}\n\n{frame.text}",
            "citations": (*frame.citations, *extra),
            "flagged": tuple(lead.flagged),
            "responder": "llm",
            "model_text": lead.text.strip(),
        }
    )
