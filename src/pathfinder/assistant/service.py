"""The `Assistant` facade the app and CLI call, and `build_assistant(settings)`, which picks the responder:
the LLM one when OPENAI_API_KEY is set, the offline one otherwise."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from typing import Literal, Protocol

from pathfinder.assistant.tools import AssistantTools, build_tools
from pathfinder.domain import LearnerProfile
from pathfinder.domain.dialogue import Answer, History
from pathfinder.settings import Settings


class Responder(Protocol):
    mode: Literal["offline", "llm"]

    def reply(self, message: str, history: History | None, profile: LearnerProfile | None) -> Answer: ...


class Assistant:
    """`reply(message, history, profile) -> Answer`; `stream(...)` yields text chunks then the Answer."""

    def __init__(self, responder: Responder) -> None:
        self.responder = responder

    @property
    def mode(self) -> Literal["offline", "llm"]:
        return self.responder.mode

    def reply(
        self, message: str, history: History | None = None, profile: LearnerProfile | None = None
    ) -> Answer:
        return self.responder.reply(message.strip(), history or History(), profile)

    def stream(
        self, message: str, history: History | None = None, profile: LearnerProfile | None = None
    ) -> Iterator[str | Answer]:
        streaming = getattr(self.responder, "stream", None)
        if streaming is not None:
            yield from streaming(message.strip(), history or History(), profile)
            return
        answer = self.reply(message, history, profile)
        for i, line in enumerate(answer.text.split("\n")):
            yield ("\n" if i else "") + line
        yield answer


def build_assistant(
    settings: Settings,
    *,
    tools: AssistantTools | None = None,
    model=None,
    today: Callable[[], date] | None = None,
) -> Assistant:
    """The assistant for `settings`; `tools` and `model` may be injected (tests, the app's cached index);
    `today` fixes the date the offline responder reads deadlines against (the dialogue evaluation's
    --today)."""
    tools = tools or build_tools(settings)
    if settings.llm_enabled or model is not None:
        from pathfinder.assistant.llm.models import build_chat_model
        from pathfinder.assistant.llm_responder import LLMResponder

        return Assistant(LLMResponder(model or build_chat_model(settings, streaming=True), tools, settings))
    from pathfinder.assistant.offline import OfflineResponder

    return Assistant(OfflineResponder(tools) if today is None else OfflineResponder(tools, today=today))
