"""A fake LangChain-compatible chat model that answers with scripted messages."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any


class FakeChatModel:
    """A LangChain-compatible chat model for unit tests: answers with scripted AIMessages in order.

    Built on langchain-core's `GenericFakeChatModel`-style behaviour but supporting `bind_tools` (the tools
    are recorded, replies are as scripted). `calls` records the message lists it was given.
    """

    def __init__(self, replies: Sequence[Any]) -> None:
        from langchain_core.messages import AIMessage

        self._replies = [r if not isinstance(r, str) else AIMessage(content=r) for r in replies]
        self.calls: list[list[Any]] = []
        self.tools: list[Any] = []

    def bind_tools(self, tools: Sequence[Any], **_: Any) -> FakeChatModel:
        self.tools = list(tools)
        return self

    def _next(self, messages: list[Any]):
        from langchain_core.messages import AIMessage

        self.calls.append(list(messages))
        if not self._replies:
            return AIMessage(content="")
        return self._replies.pop(0) if len(self._replies) > 1 else self._replies[0]

    def invoke(self, messages: list[Any], *_: Any, **__: Any):
        return self._next(messages)

    def stream(self, messages: list[Any], *_: Any, **__: Any):
        from langchain_core.messages import AIMessageChunk

        reply = self._next(messages)
        text = reply.content if isinstance(reply.content, str) else ""
        tool_calls = getattr(reply, "tool_calls", None) or []
        if not tool_calls:
            for i in range(0, len(text), 5):
                yield AIMessageChunk(content=text[i : i + 5])
            # the last chunk carries the finish reason, as a real server's stream does
            yield AIMessageChunk(content="", response_metadata={"finish_reason": "stop"})
            return
        yield AIMessageChunk(
            response_metadata={"finish_reason": "tool_calls"},
            content=text,
            tool_call_chunks=[
                {
                    "name": c["name"],
                    "args": json.dumps(c["args"]),
                    "id": c.get("id") or f"call_{i}",
                    "index": i,
                }
                for i, c in enumerate(tool_calls)
            ],
        )
