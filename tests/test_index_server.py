"""Chroma server mode for real: start `chroma run` on 127.0.0.1, index into it, query, stop it."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from pathfinder.domain import ImportReport, SearchFilters
from pathfinder.errors import StoreUnavailable
from pathfinder.index import open_index, reindex_report
from pathfinder.index.store import VectorStore, open_client


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def chroma_server(tmp_path):
    chroma = Path(sys.executable).with_name("chroma")
    if not chroma.exists():
        pytest.skip("the chroma CLI is not installed in this environment")
    port = _free_port()
    proc = subprocess.Popen(
        [str(chroma), "run", "--host", "127.0.0.1", "--port", str(port), "--path", str(tmp_path / "srv")],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.time() + 60
    while time.time() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
            break
        except OSError:
            time.sleep(0.3)
    else:
        proc.kill()
        pytest.fail("chroma run did not start within 60 s")
    yield f"http://127.0.0.1:{port}"
    proc.terminate()
    proc.wait(timeout=30)


@pytest.mark.slow
def test_index_and_query_through_a_chroma_server(settings, catalogue, chroma_server):
    server = settings.model_copy(update={"chroma_url": chroma_server})
    summary = reindex_report(server, ImportReport(credentials=catalogue))
    assert not (server.index_dir / "chroma").exists()  # nothing went to the embedded store
    store = VectorStore(open_client(server), "hash-256", 256)
    assert store.count() == 5
    index = open_index(server)  # vectors are read back from the server
    assert index.version == summary.version
    assert index.search("SQL for analysts")[0].credential.id == "sql-1"
    assert [h.credential.id for h in index.search("python", SearchFilters(languages=("de",)))] == ["stats-1"]
    key = summary.version and index.manifest["entries"][0][3]
    assert store.query(index.vectors[0], k=1)[0][0] == key  # bare Chroma agrees on the nearest record


def test_unreachable_server_says_what_to_do(settings):
    down = settings.model_copy(update={"chroma_url": f"http://127.0.0.1:{_free_port()}"})
    with pytest.raises(StoreUnavailable, match="chroma run|PATHFINDER_CHROMA_URL"):
        open_client(down)
