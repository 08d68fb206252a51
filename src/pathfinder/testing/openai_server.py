"""A scriptable OpenAI-compatible HTTP server on 127.0.0.1, shipped so tests and users share it.

`FakeOpenAIServer` answers /v1/chat/completions (JSON and SSE streaming, with tool calls),
/v1/embeddings and /v1/models, can fail on purpose (401, 429, slow replies, malformed bodies) and records
every request it received, so a test can point the real `ChatOpenAI` client at it.
"""

from __future__ import annotations

import hashlib
import json
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

# ------------------------------------------------------------------------------------ the fake server


@dataclass
class FakeToolCall:
    """A native tool call; `arguments` may be a raw string (malformed JSON on purpose)."""

    name: str
    arguments: dict[str, Any] | str
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
    finish: str | None = "auto"  # finish_reason: "auto" (stop or tool_calls), "length", or None (cut off)
    repeat: int = 1  # the text sent this many times (a looping model)
    chunk_delay_s: float = 0.0  # pause between streamed chunks (a slow or endless stream)


Script = Callable[[dict[str, Any]], FakeReply]


class FakeOpenAIServer:
    """A scriptable OpenAI-compatible server. Use as a context manager; `base_url` ends in /v1.

    Replies come from `replies` (a queue, one per chat request; the last one repeats) or from `script`,
    a function of the request body. `requests` records every chat request body received.
    """

    def __init__(
        self, replies: Iterable[FakeReply | str] = (), script: Script | None = None, *, embedding_dim: int = 8
    ) -> None:
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
                    self._json(
                        200,
                        {
                            "object": "list",
                            "data": [
                                {
                                    "id": "fake-model",
                                    "object": "model",
                                    "created": 0,
                                    "owned_by": "pathfinder",
                                }
                            ],
                        },
                    )
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
                data = [
                    {
                        "object": "embedding",
                        "index": i,
                        "embedding": _hash_vector(str(t), server.embedding_dim),
                    }
                    for i, t in enumerate(inputs)
                ]
                self._json(
                    200,
                    {
                        "object": "list",
                        "data": data,
                        "model": body.get("model", "fake"),
                        "usage": {"prompt_tokens": 0, "total_tokens": 0},
                    },
                )

            def _chat(self, body: dict[str, Any], reply: FakeReply) -> None:
                if reply.delay_s:
                    time.sleep(reply.delay_s)
                if reply.status == 401:
                    return self._json(
                        401,
                        {
                            "error": {
                                "message": "Incorrect API key provided",
                                "type": "invalid_request_error",
                                "code": "invalid_api_key",
                            }
                        },
                    )
                if reply.status == 429:
                    return self._json(
                        429,
                        {"error": {"message": "Rate limit reached", "type": "rate_limit_error"}},
                        {"retry-after-ms": "10"},
                    )
                if reply.status != 200:
                    return self._json(
                        reply.status, {"error": {"message": "server error", "type": "server_error"}}
                    )
                if reply.malformed:
                    return self._json(
                        200, b'{"id": "x", "object": "chat.completion", "choices": [{"index": 0, '
                    )
                model = body.get("model", "fake-model")
                if body.get("stream"):
                    return self._sse(model, reply)
                message: dict[str, Any] = {
                    "role": "assistant",
                    "content": (reply.text * reply.repeat) or None,
                }
                if reply.tool_calls:
                    message["tool_calls"] = [_tool_call_json(i, c) for i, c in enumerate(reply.tool_calls)]
                self._json(
                    200,
                    {
                        "id": "chatcmpl-fake",
                        "object": "chat.completion",
                        "created": int(time.time()),
                        "model": model,
                        "choices": [
                            {
                                "index": 0,
                                "message": message,
                                "finish_reason": _finish(reply),
                            }
                        ],
                        "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2},
                    },
                )

            def _sse(self, model: str, reply: FakeReply) -> None:
                self.send_response(200)
                self.send_header("Content-Type", "text/event-stream")
                self.send_header("Cache-Control", "no-cache")
                self.send_header("Connection", "close")
                self.end_headers()
                self.close_connection = True

                def chunk(delta: dict[str, Any], finish: str | None = None) -> None:
                    payload = {
                        "id": "chatcmpl-fake",
                        "object": "chat.completion.chunk",
                        "created": 0,
                        "model": model,
                        "choices": [{"index": 0, "delta": delta, "finish_reason": finish}],
                    }
                    self.wfile.write(f"data: {json.dumps(payload)}\n\n".encode())
                    self.wfile.flush()

                chunk({"role": "assistant", "content": ""})
                text = reply.text * reply.repeat
                for i in range(0, len(text), max(1, reply.chunk_size)):
                    if reply.chunk_delay_s:
                        time.sleep(reply.chunk_delay_s)
                    chunk({"content": text[i : i + reply.chunk_size]})
                for i, call in enumerate(reply.tool_calls):
                    full = _tool_call_json(i, call)
                    chunk(
                        {
                            "tool_calls": [
                                {
                                    "index": i,
                                    "id": full["id"],
                                    "type": "function",
                                    "function": {"name": call.name, "arguments": ""},
                                }
                            ]
                        }
                    )
                    chunk(
                        {
                            "tool_calls": [
                                {"index": i, "function": {"arguments": full["function"]["arguments"]}}
                            ]
                        }
                    )
                if reply.finish is None:  # cut off: the stream just ends, without a finish reason or [DONE]
                    return
                chunk({}, _finish(reply))
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


def _finish(reply: FakeReply) -> str | None:
    if reply.finish != "auto":
        return reply.finish
    return "tool_calls" if reply.tool_calls else "stop"


def _tool_call_json(i: int, call: FakeToolCall) -> dict[str, Any]:
    args = call.arguments if isinstance(call.arguments, str) else json.dumps(call.arguments)
    return {
        "id": call.id or f"call_{i}_{call.name}",
        "type": "function",
        "function": {"name": call.name, "arguments": args},
    }


def _hash_vector(text: str, dim: int) -> list[float]:
    digest = hashlib.sha256(text.encode()).digest()
    return [(digest[i % len(digest)] - 128) / 128 for i in range(dim)]
