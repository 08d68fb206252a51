"""One bounded model request: the per-reply deadline (retries counted inside it), `max_tokens`, streaming or
not, loop and cut-off detection, and the tool calls of the reply in every shape (`toolcalls`).

`Clock` is the one deadline of a reply; `ask` sends one request within it and retries a passing failure
(429, 5xx, a refused connection) while time is left; a timeout is not retried (the server is still busy).
Its errors state the real time waited.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Any

from pathfinder.assistant.llm.models import ChatModel, translated_errors
from pathfinder.assistant.llm.toolcalls import TextCall, call_from, extract_calls
from pathfinder.errors import BadModelReply, LLMError
from pathfinder.settings import Settings

MAX_ATTEMPTS = 3  # per request, within the deadline
MIN_REQUEST_S = 0.5  # no request is started with less time than this left
LOOP_TAIL = 80  # a reply whose last LOOP_TAIL characters already occur LOOP_REPEATS times is looping
LOOP_REPEATS = 3


class DeadlineExceeded(LLMError):
    """The reply's deadline passed (the message says how long was waited)."""


@dataclass
class Clock:
    """The deadline of one reply, from its start."""

    deadline_s: float
    started: float = field(default_factory=time.monotonic)
    attempts: int = 0

    def waited(self) -> float:
        return time.monotonic() - self.started

    def remaining(self) -> float:
        return self.deadline_s - self.waited()


@dataclass
class Round:
    """What one request produced: the text (tool-call markup removed), the calls, and how it ended."""

    text: str
    calls: list[TextCall]
    native: bool  # the calls came as the API's tool_calls (answered with tool messages)
    finish: str | None  # the server's finish_reason; None when the stream ended without one
    cut: str | None = None  # why the text is not a complete answer: "length", "deadline", "loop", "no finish"
    message: Any = None  # the assistant message to send back with the tool results


def deadline_message(settings: Settings, clock: Clock) -> str:
    server = settings.llm_base_url
    return (
        f"The LLM server at {server} did not finish a reply within the "
        f"{settings.llm_deadline_s:g} s deadline "
        f"(waited {clock.waited():.1f} s, {clock.attempts} request(s)). Try again, or raise "
        "PATHFINDER_LLM_DEADLINE_S (and PATHFINDER_LLM_TIMEOUT_S) for a slow local model."
    )


def _retryable(error: LLMError) -> bool:
    import openai

    cause = error.__cause__
    if isinstance(cause, openai.APITimeoutError):  # the server is still busy with it: a retry only queues
        return False
    return isinstance(cause, openai.RateLimitError | openai.APIConnectionError | openai.InternalServerError)


def ask(
    model: Any,
    messages: list[Any],
    settings: Settings,
    clock: Clock,
    *,
    streaming: bool,
    max_tokens: int | None = None,
) -> Round:
    """One request within the reply's deadline, retried while it fails for a passing reason (`max_tokens`:
    a lower limit than the settings' for this request)."""
    extra = {"extra_body": {"max_tokens": max_tokens}} if max_tokens else {}
    tries = 0
    while True:
        left = clock.remaining()
        if left < MIN_REQUEST_S:
            raise DeadlineExceeded(deadline_message(settings, clock))
        tries += 1
        clock.attempts += 1
        try:
            with translated_errors(settings):
                return _once(model, messages, clock, min(settings.llm_timeout_s, left), streaming, extra)
        except LLMError as e:
            if isinstance(e, DeadlineExceeded):
                raise
            timed_out = "did not answer within" in str(e)
            if timed_out and clock.remaining() < MIN_REQUEST_S:
                raise DeadlineExceeded(deadline_message(settings, clock)) from e
            if not _retryable(e) or tries >= MAX_ATTEMPTS or clock.remaining() < MIN_REQUEST_S:
                waited = f" (waited {clock.waited():.1f} s, {clock.attempts} request(s))"
                raise type(e)(str(e) + waited) from e
            time.sleep(min(0.2 * 2**tries, max(0.0, clock.remaining() - MIN_REQUEST_S)))


def _once(
    model: Any, messages: list[Any], clock: Clock, timeout: float, streaming: bool, extra: dict[str, Any]
) -> Round:
    cut = None
    if streaming:
        reply = None
        for n, chunk in enumerate(model.stream(messages, timeout=timeout, **extra), 1):
            reply = chunk if reply is None else reply + chunk
            if clock.remaining() <= 0:
                cut = "deadline"
                break
            if n % 16 == 0 and _looping(reply.content):
                cut = "loop"
                break
    else:
        reply = model.invoke(messages, timeout=timeout, **extra)
    if reply is None:
        raise BadModelReply("The LLM server returned an empty reply; check that it is OpenAI-compatible.")
    finish = (getattr(reply, "response_metadata", None) or {}).get("finish_reason")
    content = reply.content if isinstance(reply.content, str) else ""
    native = _native_calls(reply)
    calls, text = extract_calls(content)
    if cut is None and finish == "length":
        cut = "length"
    elif cut is None and finish is None and streaming and not native:
        cut = "no finish"
    if native:
        return Round(text, native, True, finish, None, reply)
    return Round(text, calls, False, finish, cut if not calls else None, reply)


def _native_calls(reply: Any) -> list[TextCall]:
    """The API's tool calls with their arguments read by us (LangChain turns broken JSON into {})."""
    chunks = getattr(reply, "tool_call_chunks", None)
    if chunks:
        return [call_from(c.get("name") or "", c.get("args"), c.get("id")) for c in chunks if c.get("name")]
    calls = [
        TextCall(c["name"], dict(c.get("args") or {}), None, c.get("id"))
        for c in getattr(reply, "tool_calls", None) or []
    ]
    for bad in getattr(reply, "invalid_tool_calls", None) or []:
        calls.append(call_from(bad.get("name") or "", bad.get("args"), bad.get("id")))
    return calls


def _looping(content: Any) -> bool:
    text = content if isinstance(content, str) else ""
    if len(text) < LOOP_TAIL * (LOOP_REPEATS + 1):
        return False
    tail = text[-LOOP_TAIL:]
    return text.count(tail) >= LOOP_REPEATS


def bind(model: ChatModel, tools: list[dict[str, Any]], settings: Settings) -> Any:
    """The model with the tools bound, `tool_choice` sent as the settings say."""
    if settings.llm_tool_choice == "omit":
        return model.bind_tools(tools)
    return model.bind_tools(tools, tool_choice=settings.llm_tool_choice)
