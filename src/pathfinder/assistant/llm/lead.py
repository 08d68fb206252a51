"""The lead path (`PATHFINDER_LLM_MODE=lead`): one request without tools, in which the model writes a short
opening above the offline engine's checked answer. It is made for a small local model on a slow machine,
where a tool round trip does not fit the deadline: the engine has already understood the message and run the
tools, so the model only reads the message and that answer (its links removed) and writes one to three
sentences. The opening goes through the same checks and gate as any model answer."""

from __future__ import annotations

import re
from typing import Any

from pathfinder.assistant.llm import prompts
from pathfinder.assistant.markdown import uncited
from pathfinder.domain.dialogue import Answer
from pathfinder.domain.languages import language_name

ANSWER_CHARS = 1200  # of the catalogue's answer shown to the model (prompt reading is the slow part)
DENSE_SCRIPTS = 0x0900  # from Devanagari on, a small model's tokenizer spends about a token per character
MAX_TOKENS = 100  # an opening is one or two sentences; this bounds the time it takes to write
SENTENCES = 3  # at most this many sentences of what the model wrote are kept


def catalogue_text(text: str, limit: int | None = None) -> str:
    """The offline answer as the model reads it: link targets, ids and quoted notes removed, shortened (to
    `limit` characters; by default ANSWER_CHARS, a third of it for scripts that take a token per character
    or two, such as Devanagari and Bengali)."""
    lines = [ln for ln in text.split("\n") if not ln.lstrip().startswith(">")]
    plain = uncited("\n".join(lines)).strip()
    if limit is None:
        dense = sum(1 for ch in plain if ord(ch) >= DENSE_SCRIPTS)
        limit = ANSWER_CHARS // 3 if dense > len(plain) / 5 else ANSWER_CHARS
    return plain if len(plain) <= limit else plain[:limit].rsplit("\n", 1)[0] + "\n…"


_BLOCK = re.compile(r"^\s*(?:[-*+#|>]|\d+[.)])", re.M)
_SENTENCE = re.compile(r"[^.!?。।]*[.!?。।]+[\"')»”]*(?=\s|$)")


def opening(text: str, cut: str | None) -> str:
    """The opening in what the model wrote: a preamble line ("Sure, here is an opening:") and quotes
    dropped, the first paragraph, at most SENTENCES complete sentences (an unfinished one is dropped when
    the reply was cut at the token limit). Empty when nothing usable is left, or when it is a list, a
    heading or a table."""
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n", text.strip()) if p.strip()]
    if len(paragraphs) > 1 and paragraphs[0].endswith(":"):
        paragraphs = paragraphs[1:]
    first = paragraphs[0].strip().strip('"“”«»') if paragraphs else ""
    if _BLOCK.search(first):  # a list, heading or table: not an opening (the model wrote an answer)
        return ""
    if cut == "length" or len(_SENTENCE.findall(first)) > SENTENCES:
        first = " ".join(s.strip() for s in _SENTENCE.findall(first)[:SENTENCES])
    return first


def repeats(opening_text: str, answer: str) -> bool:
    """Whether the opening copies a sentence or line of the answer (the model echoed it)."""
    plain = _norm(catalogue_text(answer, limit=len(answer) + 1))
    parts = [_norm(p) for p in _SENTENCE.findall(opening_text) + opening_text.split("\n")]
    return any(len(p) > 24 and p in plain for p in parts)


def _norm(text: str) -> str:
    return " ".join(re.sub(r"[*_`]", "", text).split()).lower().strip("-.!?。। ")


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
