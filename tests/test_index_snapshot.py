"""The credentials snapshot: open_index uses it when it fits the JSONL and the schema, else reads the
JSONL."""

from __future__ import annotations

import importlib
import pickle

import pytest

from pathfinder.domain import ImportReport
from pathfinder.errors import IndexNotBuilt
from pathfinder.index import open_index, reindex_report, snapshot

SNAP = snapshot.SNAPSHOT


def _folder(settings, summary):
    return settings.index_dir / "versions" / summary.version


def _spy_jsonl(monkeypatch) -> list[int]:
    """Count reads of credentials.jsonl (the slow path)."""
    calls: list[int] = []
    real = snapshot.v.load_credentials

    def counting(folder):
        calls.append(1)
        return real(folder)

    monkeypatch.setattr(snapshot.v, "load_credentials", counting)
    return calls


def test_open_uses_the_snapshot_and_gets_the_same_credentials(settings, catalogue, monkeypatch):
    summary = reindex_report(settings, ImportReport(credentials=catalogue))
    assert (_folder(settings, summary) / SNAP).is_file()
    calls = _spy_jsonl(monkeypatch)
    index = open_index(settings)
    assert calls == []
    assert index.credentials() == [c for c in catalogue]  # same validated models, same order
    assert index.get("sql-1") == next(c for c in catalogue if c.id == "sql-1")
    assert index.table.row_of == {c.id: i for i, c in enumerate(catalogue)}
    assert index.search("statistics")


@pytest.mark.parametrize("damage", ["missing", "truncated", "other schema", "edited jsonl"])
def test_unusable_snapshot_falls_back_to_the_jsonl(settings, catalogue, monkeypatch, damage):
    summary = reindex_report(settings, ImportReport(credentials=catalogue))
    folder = _folder(settings, summary)
    if damage == "missing":
        (folder / SNAP).unlink()
    elif damage == "truncated":
        (folder / SNAP).write_bytes((folder / SNAP).read_bytes()[:100])
    elif damage == "other schema":
        data = pickle.loads((folder / SNAP).read_bytes())
        (folder / SNAP).write_bytes(pickle.dumps({**data, "schema": "0" * 16}))
    else:
        # the JSONL was edited by hand after the build: it is the record, the snapshot no longer stands for it
        lines = (folder / "credentials.jsonl").read_text().splitlines()
        lines[0] = lines[0].replace("Python Basics", "Python Basics (edited)")
        (folder / "credentials.jsonl").write_text("\n".join(lines) + "\n")
    calls = _spy_jsonl(monkeypatch)
    index = open_index(settings)
    assert calls == [1] and len(index) == len(catalogue)
    assert (index.get("py-1").title == "Python Basics (edited)") == (damage == "edited jsonl")


def test_damaged_jsonl_without_snapshot_is_reported(settings, catalogue):
    summary = reindex_report(settings, ImportReport(credentials=catalogue))
    folder = _folder(settings, summary)
    (folder / SNAP).unlink()
    (folder / "credentials.jsonl").write_text("{ not json\n")
    with pytest.raises(IndexNotBuilt, match="damaged"):
        open_index(settings)


def test_fingerprint_follows_the_credential_schema(monkeypatch):
    before = snapshot.schema_fingerprint()
    snapshot.schema_fingerprint.cache_clear()
    domain = importlib.import_module("pathfinder.domain")
    monkeypatch.setattr(domain.Credential, "model_json_schema", classmethod(lambda cls: {"changed": True}))
    try:
        assert snapshot.schema_fingerprint() != before
    finally:
        snapshot.schema_fingerprint.cache_clear()
    monkeypatch.undo()
    assert snapshot.schema_fingerprint() == before
