"""Fuzzing every importer, the upload gate and profile import with seeded malformed inputs
(tests/fuzz_inputs.py): only PathfinderError children may escape, and whatever is accepted can be written
where the app writes it (the rejects file, the index's credentials, the profile store). The slow test reads
10,500 inputs (CI runs it; docs/RELIABILITY.md has the figures); the quick one reads 300 with a seed of its
own."""

from __future__ import annotations

import json
import time
import traceback
from collections import Counter
from pathlib import Path

import pytest
from fuzz_inputs import FuzzInput, Generator

from pathfinder.catalogue import load_catalogue, read_held_credential, write_rejects
from pathfinder.domain import ImportReport
from pathfinder.errors import PathfinderError
from pathfinder.profiles import profile_to_json
from pathfinder.safety.uploads import check_uploads, save_upload
from pathfinder.settings import Settings
from pathfinder.storage.profiles import SqliteProfileStore


class Harness:
    """Feeds each input to its target the way the app and the CLI do, and checks what comes out."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.settings = Settings(_env_file=None, data_dir=folder / "data", OPENAI_API_KEY=None)
        self.store = SqliteProfileStore(folder / "profiles.sqlite3")
        self.count = 0

    def _path(self, name: str, data: bytes) -> Path:
        self.count += 1
        path = self.folder / f"in-{self.count % 8}" / (Path(name).name or "input")
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(data)
        return path

    def _written(self, report: ImportReport) -> None:
        """What the re-index and the catalogue page write next: the rejects file and every credential."""
        write_rejects(report, self.folder / "rejects.jsonl")
        with open(
            self.folder / "rejects.jsonl", encoding="utf-8"
        ) as lines:  # as a JSON-lines reader reads it
            for line in lines:
                json.loads(line)
        for credential in report.credentials:
            credential.model_dump_json().encode("utf-8")

    def run(self, item: FuzzInput) -> str:
        """'ok' or the name of the PathfinderError child; any other exception propagates."""
        try:
            if item.target == "catalogue":
                self._written(load_catalogue([self._path(item.name, item.data)]))
            elif item.target == "mapping":
                mapping = self._path("mapping.toml", item.mapping) if item.mapping is not None else None
                self._written(load_catalogue([self._path(item.name, item.data)], mapping=mapping))
            elif item.target == "held":
                read_held_credential(self._path(item.name, item.data)).model_dump_json().encode("utf-8")
            elif item.target == "upload":
                folder = self.folder / f"up-{self.count}"
                for upload in check_uploads(item.name, item.data, self.settings):
                    saved = save_upload(upload, folder)
                    self._written(load_catalogue([saved]))
            elif item.target == "profile":
                saved = self.store.import_json(item.data.decode("utf-8", "surrogatepass"), replace=True)
                profile_to_json(self.store.get(saved.id)).encode("utf-8")
            else:
                raise AssertionError(item.target)
        except PathfinderError as e:
            assert str(e).strip(), f"{type(e).__name__} without a message"
            return type(e).__name__
        return "ok"


def fuzz(folder: Path, n: int, seed: int) -> tuple[Counter, list[str], float]:
    harness, outcomes, escapes = Harness(folder), Counter(), []
    started = time.perf_counter()
    for item in Generator(seed).inputs(n):
        try:
            outcomes[(item.target, harness.run(item))] += 1
        except Exception as e:  # noqa: BLE001 - the point of the test: collect every escape, then fail
            escapes.append(
                f"{item.target}/{item.how} {item.name!r} {item.data[:120]!r}: {type(e).__name__}: "
                f"{e}\n{''.join(traceback.format_tb(e.__traceback__)[-3:])}"
            )
    return outcomes, escapes, time.perf_counter() - started


def _report(outcomes: Counter, escapes: list[str], seconds: float, n: int) -> str:
    by_target = Counter()
    for (target, _), count in outcomes.items():
        by_target[target] += count
    return (
        f"{n} inputs in {seconds:.1f} s, {len(escapes)} escaped; by target {dict(by_target)}; "
        f"outcomes {dict(sorted(outcomes.items()))}"
    )


def test_quick_fuzz_only_pathfinder_errors_escape(tmp_path):
    n = 300
    outcomes, escapes, seconds = fuzz(tmp_path, n, seed=17)
    print(_report(outcomes, escapes, seconds, n))
    assert not escapes, f"{len(escapes)} of {n} inputs escaped:\n" + "\n".join(escapes[:5])
    assert sum(c for (t, o), c in outcomes.items() if o == "ok") > 0, (
        "no input was ever accepted: the seeds broke"
    )


@pytest.mark.slow
def test_fuzz_10500_inputs_only_pathfinder_errors_escape(tmp_path):
    n = 10_500
    outcomes, escapes, seconds = fuzz(tmp_path, n, seed=2026)
    print(_report(outcomes, escapes, seconds, n))
    assert sum(outcomes.values()) + len(escapes) == n
    assert not escapes, f"{len(escapes)} of {n} inputs escaped:\n" + "\n".join(escapes[:5])
    targets = {t for t, _ in outcomes}
    assert targets == {"catalogue", "mapping", "held", "upload", "profile"}
