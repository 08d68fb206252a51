"""Fakes shipped with the package so tests and users share them: a scriptable OpenAI-compatible HTTP
server on 127.0.0.1, a fake chat model, an in-memory catalogue index and a simple planner.

`FakeOpenAIServer` answers /v1/chat/completions (JSON and SSE streaming, with tool calls),
/v1/embeddings and /v1/models, can fail on purpose (401, 429, slow replies, malformed bodies) and records
every request it received, so a test can point the real `ChatOpenAI` client at it.
"""

from __future__ import annotations

import hashlib
import json
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from pathfinder.domain import Credential, Hit, SearchFilters

# ------------------------------------------------------------------------------------ the fake server


@dataclass
class FakeToolCall:
    name: str
    arguments: dict[str, Any]
    id: str = ""


@dataclass
class FakeReply:
    """One scripted server reply: text and/or tool calls, or a failure (status, delay, malformed body)."""

    text: str = ""
    tool_calls: list[FakeToolCall] = field(default_factory=list)
    status: int = 200
    delay_s: float = 0.0
    malformed: bool = False
    chunk_size: int = 4


Script = Callable[[dict[str, Any]], FakeReply]


class FakeOpenAIServer:
    """A scriptable OpenAI-compatible server. Use as a context manager; `base_url` ends in /v1.

    Replies come from `replies` (a queue, one per chat request; the last one repeats) or from `script`,
    a function of the request body. `requests` records every chat request body received.
    """

    def __init__(self, replies: Iterable[FakeReply | str] = (), script: Script | None = None, *,
                 embedding_dim: int = 8) -> None:
        self._replies = [r if isinstance(r, FakeReply) else FakeReply(text=r) for r in replies]
        self.script = script
        self.embedding_dim = embedding_dim
        self.requests: list[dict[str, Any]] = []
        self.paths: list[str] = []
        self._lock = threading.Lock()
        self._httpd: ThreadingHTTPServer | None = None

    # scripting
    def push(self, *replies: FakeReply | str) -> None:
        with self._lock:
            self._replies.extend(r if isinstance(r, FakeReply) else FakeReply(text=r) for r in replies)

    def _next(self, body: dict[str, Any]) -> FakeReply:
        if self.script is not None:
            return self.script(body)
        with self._lock:
            if not self._replies:
                return FakeReply(text="OK")
            return self._replies.pop(0) if len(self._replies) > 1 else self._replies[0]

    # lifecycle
    @property
    def base_url(self) -> str:
        assert self._httpd is not None, "start the server first (use it as a context manager)"
        return f"http://127.0.0.1:{self._httpd.server_address[1]}/v1"

    def start(self) -> FakeOpenAIServer:
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: Any) -> None:  # keep test output quiet
                pass

            def do_GET(self) -> None:
                server.paths.append(self.path)
                if self.path.rstrip("/").endswith("/models"):
                    self._json(200, {"object": "list", "data": [{"id": "fake-model", "object": "model",
                                                                  "created": 0, "owned_by": "pathfinder"}]})
                else:
                    self._json(404, {"error": {"message": "not found", "type": "invalid_request_error"}})

            def do_POST(self) -> None:
                server.paths.append(self.path)
                length = int(self.headers.get("Content-Length") or 0)
                body = json.loads(self.rfile.read(length) or b"{}")
                if self.path.rstrip("/").endswith("/embeddings"):
                    self._embeddings(body)
                elif self.path.rstrip("/").endswith("/chat/completions"):
                    with server._lock:
                        server.requests.append(body)
                    self._chat(body, server._next(body))
                else:
                    self._json(404, {"error": {"message": "not found", "type": "invalid_request_error"}})

            def _json(self, status: int, payload: Any, headers: dict[str, str] | None = None) -> None:
                data = json.dumps(payload).encode() if not isinstance(payload, bytes) else payload
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                for k, v in (headers or {}).items():
                    self.send_header(k, v)
                self.end_headers()
                self.wfile.write(data)

            def _embeddings(self, body: dict[str, Any]) -> None:
                inputs = body.get("input", [])
                inputs = [inputs] if isinstance(inputs, str) else inputs
                data = [{"object": "embedding", "index": i, "embedding": _hash_vector(str(t), server.embedding_dim)}
                        for i, t in enumerate(inputs)]
                self._json(200, {"object": "list", "data": data, "model": body.get("model", "fake"),
                                 "usage": {"prompt_tokens": 0, "total_tokens": 0}})

            def _chat(self, body: dict[str, Any], reply: FakeReply) -> None:
                if reply.delay_s:
                    time.sleep(reply.delay_s)
                if reply.status == 401:
                    return self._json(401, {"error": {"message": "Incorrect API key provided", "type":
                                                      "invalid_request_error", "code": "invalid_api_key"}})
                if reply.status == 429:
                    return self._json(429, {"error": {"message": "Rate limit reached", "type": "rate_limit_error"}},
                                      {"retry-after-ms": "10"})
                if reply.status != 200:
                    return self._json(reply.status, {"error": {"message": "server error", "type": "server_error"}})
                if reply.malformed:
                    return self._json(200, b'{"id": "x", "object": "chat.completion", "choices": [{"index": 0, ')
                model = body.get("model", "fake-model")
                if body.get("stream"):
                    return self._sse(model, reply)
                message: dict[str, Any] = {"role": "assistant", "content": reply.text or None}
                if reply.tool_calls:
                    message["tool_calls"] = [_tool_call_json(i, c) for i, c in enumerate(reply.tool_calls)]
                self._json(200, {
                    "id": "chatcmpl-fake", "object": "chat.completion", "created": int(time.time()), "model": model,
                    "choices": [{"index": 0, "message": message,
                                 "finish_reason": "tool_calls" if reply.tool_calls else "stop"}],
                    "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2},
                })

            def _sse(self, model: str, reply: FakeReply) -> None:
                self.send_response(200)
                self.send_header("Content-Type", "text/event-stream")
                self.send_header("Cache-Control", "no-cache")
                self.send_header("Connection", "close")
                self.end_headers()
                self.close_connection = True

                def chunk(delta: dict[str, Any], finish: str | None = None) -> None:
                    payload = {"id": "chatcmpl-fake", "object": "chat.completion.chunk", "created": 0, "model": model,
                               "choices": [{"index": 0, "delta": delta, "finish_reason": finish}]}
                    self.wfile.write(f"data: {json.dumps(payload)}\n\n".encode())
                    self.wfile.flush()

                chunk({"role": "assistant", "content": ""})
                text = reply.text
                for i in range(0, len(text), max(1, reply.chunk_size)):
                    chunk({"content": text[i:i + reply.chunk_size]})
                for i, call in enumerate(reply.tool_calls):
                    full = _tool_call_json(i, call)
                    chunk({"tool_calls": [{"index": i, "id": full["id"], "type": "function",
                                           "function": {"name": call.name, "arguments": ""}}]})
                    chunk({"tool_calls": [{"index": i, "function": {"arguments": full["function"]["arguments"]}}]})
                chunk({}, "tool_calls" if reply.tool_calls else "stop")
                self.wfile.write(b"data: [DONE]\n\n")
                self.wfile.flush()

        class QuietServer(ThreadingHTTPServer):
            def handle_error(self, request: Any, client_address: Any) -> None:
                import sys

                if not isinstance(sys.exc_info()[1], (BrokenPipeError, ConnectionResetError)):
                    super().handle_error(request, client_address)  # a client gave up (timeout test): expected

        self._httpd = QuietServer(("127.0.0.1", 0), Handler)
        self._httpd.daemon_threads = True
        threading.Thread(target=self._httpd.serve_forever, daemon=True).start()
        return self

    def stop(self) -> None:
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()
            self._httpd = None

    def __enter__(self) -> FakeOpenAIServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # inspection helpers
    def messages_by_role(self, role: str) -> list[str]:
        """Every content string sent with `role` across all recorded requests."""
        out = []
        for body in self.requests:
            for m in body.get("messages", []):
                if m.get("role") == role:
                    out.append(_content_text(m.get("content")))
        return out


def _content_text(content: Any) -> str:
    if isinstance(content, list):
        return "".join(part.get("text", "") for part in content if isinstance(part, dict))
    return content or ""


def _tool_call_json(i: int, call: FakeToolCall) -> dict[str, Any]:
    return {"id": call.id or f"call_{i}_{call.name}", "type": "function",
            "function": {"name": call.name, "arguments": json.dumps(call.arguments)}}


def _hash_vector(text: str, dim: int) -> list[float]:
    digest = hashlib.sha256(text.encode()).digest()
    return [(digest[i % len(digest)] - 128) / 128 for i in range(dim)]


# ------------------------------------------------------------------------------- fake chat model


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
                yield AIMessageChunk(content=text[i:i + 5])
            if not text:
                yield AIMessageChunk(content="")
            return
        yield AIMessageChunk(content=text, tool_call_chunks=[
            {"name": c["name"], "args": json.dumps(c["args"]), "id": c.get("id") or f"call_{i}", "index": i}
            for i, c in enumerate(tool_calls)])


# ---------------------------------------------------------------------------- in-memory catalogue


def _words(text: str) -> set[str]:
    from pathfinder.taxonomy import normalise_label

    return {w for w in normalise_label(text).split() if len(w) > 1}


def passes(credential: Credential, filters: SearchFilters) -> bool:
    """Whether `credential` satisfies `filters` (unknown values pass, as the real index treats them)."""
    c, f = credential, filters
    if c.id in f.exclude_ids:
        return False
    if f.languages and c.languages and not set(c.languages) & set(f.languages):
        return False
    if f.participation and c.participation and c.participation not in f.participation:
        return False
    if f.max_cost is not None and c.cost_eur is not None and c.cost_eur > f.max_cost:
        return False
    if f.max_hours is not None and c.hours is not None and c.hours > f.max_hours:
        return False
    if f.max_ects is not None and c.ects is not None and c.ects > f.max_ects:
        return False
    if f.eqf_min is not None and c.eqf_level is not None and c.eqf_level < f.eqf_min:
        return False
    if f.eqf_max is not None and c.eqf_level is not None and c.eqf_level > f.eqf_max:
        return False
    if f.providers and c.provider not in f.providers:
        return False
    if f.countries and c.country and c.country not in f.countries:
        return False
    if f.skills and not c.skill_uris & set(f.skills):
        return False
    return True


class InMemoryIndex:
    """A tiny lexical stand-in for `pathfinder.index.CatalogueIndex` (same methods), for tests and demos."""

    def __init__(self, credentials: Iterable[Credential]) -> None:
        self._by_id = {c.id: c for c in credentials}
        self._words = {c.id: _words(" ".join([c.title, c.description, c.subject or "",
                                              *(s.label for s in c.skills), *c.learning_outcomes]))
                       for c in self._by_id.values()}
        self._title_words = {c.id: _words(c.title) for c in self._by_id.values()}

    def search(self, query: str, filters: SearchFilters | None = None, k: int = 10) -> list[Hit]:
        filters = filters or SearchFilters()
        q = _words(query)
        scored = []
        for cid, cred in self._by_id.items():
            if not passes(cred, filters):
                continue
            score = len(q & self._words[cid]) + 0.5 * len(q & self._title_words[cid])
            if q and score == 0:
                continue
            scored.append((score, cid))
        scored.sort(key=lambda t: (-t[0], t[1]))
        return [Hit(credential=self._by_id[cid], score=float(s)) for s, cid in scored[:k]]

    def get(self, credential_id: str) -> Credential | None:
        return self._by_id.get(credential_id)

    def credentials(self) -> list[Credential]:
        return list(self._by_id.values())

    def explain_empty(self, query: str, filters: SearchFilters) -> str:
        without = [c for c in self._by_id.values() if passes(c, filters)]
        if not without:
            return "No entry passes these filters at all; try removing one."
        return f"Nothing on {query!r} passes these filters; {len(without)} entries pass them on other topics."


def _reexport_hash_embedder() -> Any:
    try:
        from pathfinder.index import HashEmbedder  # noqa: F401  (once the index package lands)
    except ImportError:
        return None
    return HashEmbedder


HashEmbedder = _reexport_hash_embedder()


# ------------------------------------------------------------------------------------- fake planner


def simple_plan(profile: Any, gap: Any, credentials: Sequence[Credential], strategy: str = "balanced") -> Any:
    """A small greedy planner with the real one's signature, for tests that must not depend on its tuning:
    one teacher per gap skill, prerequisites added first, held/rejected ids skipped, the budget respected."""
    from pathfinder.domain import Pathway, Step, Totals

    by_id = {c.id: c for c in credentials}
    skip = set(profile.held_credential_ids) | set(profile.preferences.rejected)
    budget = profile.constraints.budget
    chosen: list[str] = []
    spent = 0.0
    covers: dict[str, list[str]] = {}

    def with_prereqs(cid: str, seen: set[str]) -> list[str]:
        out: list[str] = []
        for pre in by_id[cid].prerequisites:
            if pre in by_id and pre not in skip and pre not in seen:
                seen.add(pre)
                out += with_prereqs(pre, seen) + [pre]
        return out

    for g in gap.skills:
        for cid in g.taught_by:
            if cid in skip or cid not in by_id:
                continue
            if cid in chosen:
                covers.setdefault(cid, []).append(g.uri)
                break
            new = [x for x in with_prereqs(cid, set(chosen)) if x not in chosen] + [cid]
            cost = sum(by_id[x].cost_eur or 0.0 for x in new)
            if budget is not None and spent + cost > budget:
                continue
            chosen += new
            spent += cost
            covers.setdefault(cid, []).append(g.uri)
            break
    hpw = profile.constraints.hours_per_week or 10.0
    steps, week = [], 1
    for cid in chosen:
        c = by_id[cid]
        weeks = max(1, -(-int(c.hours or 10) // int(max(1, hpw))))
        reasons = ("covers " + ", ".join(covers[cid]),) if cid in covers else ("prerequisite",)
        steps.append(Step(id=c.id, title=c.title, url=c.url, covers=tuple(covers.get(cid, ())), reasons=reasons,
                          start_week=week, end_week=week + weeks - 1, hours=c.hours or 0.0, ects=c.ects or 0.0,
                          cost=c.cost_eur or 0.0))
        week += weeks
    covered = {u for s in steps for u in s.covers}
    total_w = sum(g.weight for g in gap.skills) or 1.0
    return Pathway(goal_label=gap.goal_label, strategy=strategy, steps=tuple(steps),  # type: ignore[arg-type]
                   totals=Totals(hours=sum(s.hours for s in steps), ects=sum(s.ects for s in steps),
                                 cost=round(spent, 2), weeks=week - 1),
                   coverage=min(1.0, sum(g.weight for g in gap.skills if g.uri in covered) / total_w))
