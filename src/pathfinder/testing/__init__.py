"""Fakes shipped with the package so tests and users share them: a scriptable OpenAI-compatible HTTP
server on 127.0.0.1 (`openai_server`), a fake chat model (`chat`), an in-memory catalogue index (`index`)
and a simple planner (`planner`)."""

from pathfinder.testing.chat import FakeChatModel
from pathfinder.testing.index import HashEmbedder, InMemoryIndex
from pathfinder.testing.openai_server import FakeOpenAIServer, FakeReply, FakeToolCall
from pathfinder.testing.planner import simple_plan

__all__ = [
    "FakeChatModel",
    "FakeOpenAIServer",
    "FakeReply",
    "FakeToolCall",
    "HashEmbedder",
    "InMemoryIndex",
    "simple_plan",
]
