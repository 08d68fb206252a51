"""Scale-out with local processes: two app-like processes sharing one `chroma run` server and one SQLite file;
the Chroma server stopped mid-session (a clear StoreUnavailable, recovery when it returns, no lost profile
data)."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import textwrap
import time
import urllib.request
from pathlib import Path

import pytest
from test_faults_reindex import make_catalogue

from pathfinder.domain import ImportReport, LearnerProfile, SearchFilters
from pathfinder.errors import StoreUnavailable
from pathfinder.index import open_index, reindex_report
from pathfinder.storage.profiles import open_profile_store

CHROMA = shutil.which("chroma") or str(Path(sys.executable).with_name("chroma"))


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class ChromaServer:
    """`chroma run` on 127.0.0.1 with its data in `path`; start/stop keep the port and the data."""

    def __init__(self, path: Path, port: int) -> None:
        self.path, self.port, self.proc = path, port, None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> ChromaServer:
        self.proc = subprocess.Popen(
            [CHROMA, "run", "--path", str(self.path), "--host", "127.0.0.1", "--port", str(self.port)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                urllib.request.urlopen(f"{self.url}/api/v2/heartbeat", timeout=1).read()
                return self
            except OSError:
                if self.proc.poll() is not None:
                    raise RuntimeError(f"chroma run exited with {self.proc.returncode}") from None
                time.sleep(0.2)
        raise RuntimeError("chroma run did not answer within 60 s")

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            self.proc.wait(timeout=30)


@pytest.fixture
def chroma(tmp_path):
    if not os.path.exists(CHROMA):
        pytest.skip("the `chroma` command is not installed")
    server = ChromaServer(tmp_path / "chroma-server", free_port()).start()
    yield server
    server.stop()


APP = textwrap.dedent("""
    import json, sys
    from pathfinder.settings import Settings
    from pathfinder.index import open_index
    from pathfinder.domain import SearchFilters
    from pathfinder.storage.profiles import open_profile_store
    from pathfinder.profiles.edits import add_skills
    from pathfinder.domain import HeldSkill
    from pathfinder.errors import ProfileConflict
    settings = Settings(
        _env_file=None, data_dir={data!r}, embedder="hash", chroma_url={url!r}, database_url={db!r}
    )
    index = open_index(settings)
    store = open_profile_store(settings)
    conflicts = 0
    for i in range({n}):
        assert index.search("python data", SearchFilters(), k=3)
        while True:
            p = store.get("shared")
            try:
                held = HeldSkill(uri="esco:{who}-%d" % i, label="s")
                store.save(p.model_copy(update={{"skills": p.skills + (held,)}}))
                break
            except ProfileConflict:
                conflicts += 1
    print(json.dumps({{"version": index.version, "conflicts": conflicts}}))
""")


@pytest.mark.slow
def test_two_app_processes_share_one_chroma_server_and_one_database(settings, chroma, tmp_path):
    db = str(tmp_path / "shared" / "pathfinder.sqlite3")
    s = settings.model_copy(update={"chroma_url": chroma.url, "database_url": db})
    summary = reindex_report(s, ImportReport(credentials=make_catalogue(300, "shared")))
    open_profile_store(s).save(LearnerProfile(id="shared", name="Shared learner"))
    n = 40
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", APP.format(data=str(s.data_dir), url=chroma.url, db=db, n=n, who=who)],
            stdout=subprocess.PIPE,
            text=True,
        )
        for who in ("a", "b")
    ]
    outputs = [p.communicate(timeout=240)[0] for p in procs]
    assert [p.returncode for p in procs] == [0, 0], outputs
    import json

    results = [json.loads(o.strip().splitlines()[-1]) for o in outputs]
    assert {r["version"] for r in results} == {summary.version}  # both served the same index version
    profile = open_profile_store(s).get("shared")
    uris = {k.uri for k in profile.skills}
    assert uris == {f"esco:{w}-{i}" for w in "ab" for i in range(n)}  # no update lost
    assert profile.version == 1 + 2 * n


@pytest.mark.slow
def test_chroma_server_stopped_mid_session_is_a_clear_message_and_recovers(settings, chroma):
    s = settings.model_copy(update={"chroma_url": chroma.url})
    reindex_report(s, ImportReport(credentials=make_catalogue(200, "first")))
    profiles = open_profile_store(s)
    saved = profiles.save(LearnerProfile(id="ada", name="Ada"))
    index = open_index(s)  # the session's index is loaded in memory

    chroma.stop()
    assert index.search("python", SearchFilters(), k=3)  # answers keep coming from the loaded version
    with pytest.raises(StoreUnavailable, match=r"cannot be reached.*chroma run"):
        open_index(s)  # a new session (or another app instance starting) gets the fix in words
    with pytest.raises(StoreUnavailable, match="cannot be reached"):
        reindex_report(s, ImportReport(credentials=make_catalogue(250, "second")))
    profiles.save(saved.model_copy(update={"name": "Ada L."}))  # profiles do not depend on the vector store

    chroma.start()
    recovered = open_index(s)
    assert recovered.version == index.version and len(recovered) == 200
    assert reindex_report(s, ImportReport(credentials=make_catalogue(250, "second"))).total == 250
    assert len(open_index(s)) == 250
    assert profiles.get("ada").name == "Ada L." and profiles.get("ada").version == 2


@pytest.mark.slow
def test_a_connection_lost_after_opening_the_store_is_store_unavailable_too(settings, chroma):
    from pathfinder.index.store import VectorStore, open_client

    s = settings.model_copy(update={"chroma_url": chroma.url})
    store = VectorStore(open_client(s), "hash", 8, chroma.url)
    chroma.stop()
    for call in (lambda: store.present(["k"]), lambda: store.count(), lambda: store.vectors(["k"])):
        with pytest.raises(StoreUnavailable, match="cannot be reached"):
            call()
