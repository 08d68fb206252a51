"""Re-index under faults: kill -9 at random points, 8 reader threads while versions flip, disk full."""

from __future__ import annotations

import errno
import importlib
import os
import random
import signal
import subprocess
import sys
import textwrap
import threading
import time

import pytest

from pathfinder.domain import Credential, ImportReport, SearchFilters, SkillRef
from pathfinder.errors import PathfinderError
from pathfinder.index import open_index, reindex_report
from pathfinder.index import versions as v

reindex_module = importlib.import_module(
    "pathfinder.index.reindex"
)  # the module; the package exports the function
WORDS = ["python", "data", "cloud", "security", "network", "design", "statistics", "linux", "sql", "ethics"]


def make_catalogue(n: int, tag: str) -> list[Credential]:
    """`n` credentials whose titles all carry `tag`, so a reader can tell which version answered."""
    return [
        Credential(
            id=f"c{i}",
            title=f"{WORDS[i % 10].title()} {tag} course {i}",
            provider=f"Uni {i % 7}",
            description=f"{WORDS[i % 10]} {WORDS[(i * 3) % 10]} {tag}",
            hours=10 + i % 50,
            eqf_level=1 + i % 8,
            skills=(SkillRef(uri=f"esco:{WORDS[i % 10]}", label=WORDS[i % 10]),),
            languages=("en",),
        )
        for i in range(n)
    ]


CHILD = textwrap.dedent("""
    import sys
    sys.path.insert(0, {tests!r})
    from test_faults_reindex import make_catalogue
    from pathfinder.domain import ImportReport
    from pathfinder.index import reindex_report
    from pathfinder.settings import Settings
    settings = Settings(_env_file=None, data_dir={data!r}, embedder="hash")
    def tick(stage, done, total):
        print(stage, done, total, flush=True)
    print("start 0 0", flush=True)
    reindex_report(settings, ImportReport(credentials=make_catalogue({n}, "new")), progress=tick)
    print("done 0 0", flush=True)
""")


def _assert_serving(settings, n: int, tag: str) -> None:
    index = open_index(settings)
    assert len(index) == n and index.manifest["counts"]["total"] == n
    assert all(tag in c.title for c in index.credentials())
    hits = index.search("python data", SearchFilters(), k=5)
    assert hits and all(tag in h.credential.title for h in hits)


@pytest.mark.slow
def test_kill_9_at_random_points_never_shows_a_partial_index(settings, tmp_path):
    old_n, new_n = 1_500, 2_500
    reindex_report(settings, ImportReport(credentials=make_catalogue(old_n, "old")))
    old_version = v.current_version(settings)
    rng = random.Random(2026)
    stages = ["start", "embed", "store", "bm25"]
    seen = {"old": 0, "new": 0}
    for run in range(6):
        child = subprocess.Popen(
            [
                sys.executable,
                "-c",
                CHILD.format(tests=os.path.dirname(__file__), data=str(settings.data_dir), n=new_n),
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        target = stages[run % len(stages)]
        # at "start" the kill is at once (surely before the flip); later stages after a random delay, which
        # on a fast machine may land after the flip (then the new version must be whole)
        delay = 0.0 if target == "start" else rng.uniform(0, 0.3)
        for line in child.stdout:
            if line.startswith(target) or line.startswith("done"):
                break
        time.sleep(delay)
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=60)
        # Readers see the old version or the complete new one, never a mix or a half-written folder.
        current = v.current_version(settings)
        assert current is not None and not current.endswith(".tmp")
        if current == old_version:
            _assert_serving(settings, old_n, "old")
            seen["old"] += 1
        else:
            _assert_serving(settings, new_n, "new")
            seen["new"] += 1
            reindex_report(
                settings, ImportReport(credentials=make_catalogue(old_n, "old"))
            )  # back to the old
            old_version = v.current_version(settings)
    assert seen["old"] >= 2, seen  # the kills at "start" landed before the flip (the point of the test)
    summary = reindex_report(settings, ImportReport(credentials=make_catalogue(new_n, "new")))
    assert summary.total == new_n and summary.added + summary.updated + summary.unchanged == new_n
    _assert_serving(settings, new_n, "new")
    assert not [
        p for p in v.versions_dir(settings).iterdir() if p.name.endswith(".tmp")
    ]  # leftovers collected


def test_eight_reader_threads_always_get_one_consistent_version(settings):
    sizes = {"alpha": 400, "beta": 700, "gamma": 300}
    reindex_report(settings, ImportReport(credentials=make_catalogue(sizes["alpha"], "alpha")))
    stop = threading.Event()
    errors: list[BaseException] = []
    answers: dict[str, int] = {}
    lock = threading.Lock()

    def reader(seed: int) -> None:
        rng = random.Random(seed)
        while not stop.is_set():
            try:
                index = open_index(settings)
                tag = index.credentials()[0].title.split()[1]
                assert len(index) == sizes[tag]
                hits = index.search(f"{rng.choice(WORDS)} {rng.choice(WORDS)}", SearchFilters(), k=8)
                assert hits and {h.credential.title.split()[1] for h in hits} == {tag}
                with lock:
                    answers[tag] = answers.get(tag, 0) + 1
            except BaseException as e:  # noqa: BLE001 - every failure is collected and reported
                errors.append(e)
                return

    threads = [threading.Thread(target=reader, args=(i,)) for i in range(8)]
    for t in threads:
        t.start()
    try:
        for tag in ["beta", "gamma", "alpha", "beta"]:
            reindex_report(settings, ImportReport(credentials=make_catalogue(sizes[tag], tag)))
            time.sleep(0.3)
    finally:
        stop.set()
        for t in threads:
            t.join(timeout=60)
    assert not errors, errors[:3]
    assert len(answers) >= 2 and sum(answers.values()) > 50, answers


def test_disk_full_while_writing_a_version_is_a_clear_error_and_keeps_the_old_one(settings, monkeypatch):
    reindex_report(settings, ImportReport(credentials=make_catalogue(50, "old")))
    before = v.current_version(settings)

    def full(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(reindex_module.np, "save", full)
    with pytest.raises(PathfinderError, match="(?i)space"):
        reindex_report(settings, ImportReport(credentials=make_catalogue(80, "new")))
    assert v.current_version(settings) == before
    _assert_serving(settings, 50, "old")
    monkeypatch.undo()
    assert reindex_report(settings, ImportReport(credentials=make_catalogue(80, "new"))).total == 80
    _assert_serving(settings, 80, "new")
