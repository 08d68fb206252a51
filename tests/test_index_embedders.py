"""Embedders: shapes and unit length, the real offline model, OpenAI-compatible servers via a local fake."""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer

import numpy as np
import pytest

from pathfinder.errors import LLMError, MissingAPIKey
from pathfinder.index import HashEmbedder, OfflineEmbedder, OpenAIEmbedder, build_embedder


def test_hash_embedder_is_deterministic_and_normalised():
    a, b = HashEmbedder(), HashEmbedder()
    x = a.embed(["Python for data analysis", "Kochen"])
    assert x.dtype == np.float32 and x.shape == (2, 256)
    assert np.allclose(np.linalg.norm(x, axis=1), 1.0, atol=1e-5)
    assert np.array_equal(x, b.embed(["Python for data analysis", "Kochen"]))
    assert a.embed([""]).shape == (1, 256)


def test_offline_embedder_knows_meaning():
    emb = OfflineEmbedder()
    assert emb.name.startswith("wordllama") and emb.dim == 256
    v = emb.embed(["learn python programming", "coding in python", "baking sourdough bread", ""])
    assert v.shape == (4, 256) and np.allclose(np.linalg.norm(v[:3], axis=1), 1.0, atol=1e-4)
    assert v[0] @ v[1] > v[0] @ v[2] + 0.1
    assert emb.embed(["x" * 200_000]).shape == (1, 256)  # cut, not crashed
    assert emb.embed([]).shape == (0, 256)


class _FakeEmbeddings(BaseHTTPRequestHandler):
    calls: list[dict] = []

    def do_POST(self):  # noqa: N802
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        _FakeEmbeddings.calls.append(body)
        if body["model"] == "broken":
            self.send_response(401)
            self.send_header("Content-Type", "application/json")
            self.end_headers()
            self.wfile.write(b'{"error": {"message": "bad key"}}')
            return
        data = [
            {"object": "embedding", "index": i, "embedding": [float(len(t)), 1.0, 0.0]}
            for i, t in enumerate(body["input"])
        ]
        payload = json.dumps(
            {
                "object": "list",
                "data": data[::-1],
                "model": body["model"],
                "usage": {"prompt_tokens": 1, "total_tokens": 1},
            }
        ).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    def log_message(self, *args):
        pass


@pytest.fixture
def fake_server():
    server = HTTPServer(("127.0.0.1", 0), _FakeEmbeddings)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    _FakeEmbeddings.calls.clear()
    yield f"http://127.0.0.1:{server.server_port}/v1"
    server.shutdown()


def test_openai_embedder_sends_strings_and_orders_rows(fake_server, settings):
    s = settings.model_copy(
        update={"embedder": "openai", "embedding_model": "local-model", "openai_base_url": fake_server}
    )
    from pydantic import SecretStr

    s = s.model_copy(update={"openai_api_key": SecretStr("sk-test")})
    emb = build_embedder(s)
    assert isinstance(emb, OpenAIEmbedder) and emb.name == "openai-local-model"
    out = emb.embed(["a", "abc", "y" * 100_000])
    assert emb.dim == 3 and out.shape == (3, 3)
    assert np.allclose(np.linalg.norm(out, axis=1), 1.0, atol=1e-5)
    assert out[1][0] > out[0][0]  # rows follow the input order though the server answered reversed
    sent = _FakeEmbeddings.calls[-1]["input"]
    assert all(isinstance(t, str) for t in sent) and len(sent[2]) < 100_000


def test_openai_embedder_errors_say_the_fix(fake_server):
    emb = OpenAIEmbedder("broken", "sk-test", fake_server)
    with pytest.raises(LLMError, match="OPENAI_API_KEY"):
        emb.embed(["x"])


def test_openai_embedder_needs_a_key(settings):
    with pytest.raises(MissingAPIKey):
        build_embedder(settings.model_copy(update={"embedder": "openai"}))
