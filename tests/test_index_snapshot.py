"""The credentials snapshot: open_index uses it when it fits the JSONL and the schema, else reads the
JSONL."""

from __future__ import annotations

import importlib
import pickle

import pytest

from pathfinder.domain import ImportReport
from pathfinder.errors import IndexNotBuilt, PathfinderError
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


def _many(catalogue, copies: int = 10):
    return [
        c.model_copy(update={"id": f"{c.id}-{n}", "title": f"{c.title} {n}"})
        for n in range(copies)
        for c in catalogue
    ]


def _edit(credentials, every: int, word: str):
    return [
        c.model_copy(update={"title": f"{c.title} {word}"}) if i % every == 0 else c
        for i, c in enumerate(credentials)
    ]


def test_a_small_reindex_writes_a_patch_over_a_hard_linked_base(settings, catalogue, monkeypatch, tmp_path):
    """Delta layout: the previous full snapshot is linked, not copied; only the changed entries are pickled;
    the result opens without reading the JSONL and equals a full build of the same catalogue."""
    first = _many(catalogue)
    one = reindex_report(settings, ImportReport(credentials=first))
    changed = _edit(first, 10, "2026")[2:] + [catalogue[0].model_copy(update={"id": "new-1"})]
    two = reindex_report(settings, ImportReport(credentials=changed))
    old, new = _folder(settings, one), _folder(settings, two)
    assert not (new / SNAP).exists()
    assert (new / snapshot.BASE).stat().st_ino == (old / SNAP).stat().st_ino
    with open(new / snapshot.PATCH, "rb") as fh:
        header, fresh = pickle.load(fh), pickle.load(fh)
    assert len(fresh) == two.added + two.updated == 1 + 4  # entry 0 (edited) was dropped
    assert int((header["rows"] < 0).sum()) == len(fresh)
    calls = _spy_jsonl(monkeypatch)
    index = open_index(settings)
    assert calls == []
    full = settings.model_copy(update={"data_dir": tmp_path / "full"})
    reindex_report(full, ImportReport(credentials=changed), full=True)
    assert index.credentials() == open_index(full).credentials() == changed
    assert [h.credential.id for h in index.search("python 2026")] == [
        h.credential.id for h in open_index(full).search("python 2026")
    ]


def test_patches_stay_relative_to_the_base_and_outlive_its_folder(settings, catalogue, monkeypatch, tmp_path):
    """A second small re-index patches the same base (no chain), even once the base's own version folder is
    collected; a large change writes a full snapshot again."""
    from pathfinder.index.reindex import _collect_folders

    first = _many(catalogue)
    one = reindex_report(settings, ImportReport(credentials=first))
    second = _edit(first, 10, "2026")
    two = reindex_report(settings, ImportReport(credentials=second))
    _collect_folders(settings, keep={two.version}, grace=-1.0)  # the base's own folder is removed
    assert not _folder(settings, one).exists()
    third = _edit(second, 25, "spring")
    three = reindex_report(settings, ImportReport(credentials=third))
    folder = _folder(settings, three)
    with open(folder / snapshot.PATCH, "rb") as fh:
        header, fresh = pickle.load(fh), pickle.load(fh)
    with open(_folder(settings, two) / snapshot.PATCH, "rb") as fh:
        assert header["base"] == pickle.load(fh)["base"]  # the same base, not version two's patch
    assert {c.id for c in fresh} == {c.id for i, c in enumerate(third) if i % 10 == 0 or i % 25 == 0}
    calls = _spy_jsonl(monkeypatch)
    assert open_index(settings).credentials() == third and calls == []
    big = reindex_report(settings, ImportReport(credentials=_edit(third, 2, "autumn")))
    assert (_folder(settings, big) / SNAP).is_file() and not (
        _folder(settings, big) / snapshot.PATCH
    ).exists()
    assert open_index(settings).credentials() == _edit(third, 2, "autumn") and calls == []


@pytest.mark.parametrize("damage", ["base missing", "other base", "patch truncated", "edited jsonl"])
def test_an_unusable_patch_falls_back_to_the_jsonl(settings, catalogue, monkeypatch, damage):
    first = _many(catalogue)
    one = reindex_report(settings, ImportReport(credentials=first))
    changed = _edit(first, 10, "2026")
    two = reindex_report(settings, ImportReport(credentials=changed))
    folder = _folder(settings, two)
    if damage == "base missing":
        (folder / snapshot.BASE).unlink()
    elif damage == "other base":  # a base whose id is not the one the patch was written over
        (folder / snapshot.BASE).unlink()
        reindex_report(
            settings.model_copy(update={"data_dir": folder / "x"}), ImportReport(credentials=first)
        )
        other = next((folder / "x" / "index" / "versions").iterdir()) / SNAP
        (folder / snapshot.BASE).write_bytes(other.read_bytes())
    elif damage == "patch truncated":
        (folder / snapshot.PATCH).write_bytes((folder / snapshot.PATCH).read_bytes()[:-50])
    else:
        lines = (folder / "credentials.jsonl").read_text().splitlines()
        lines[0] = lines[0].replace("Python Basics", "Python Basics (edited)")
        (folder / "credentials.jsonl").write_text("\n".join(lines) + "\n")
    assert one.version != two.version
    calls = _spy_jsonl(monkeypatch)
    index = open_index(settings)
    assert calls == [1] and len(index) == len(changed)
    expected = [c.title for c in changed]
    if damage == "edited jsonl":
        expected[0] = expected[0].replace("Python Basics", "Python Basics (edited)")
    assert [c.title for c in index.credentials()] == expected


def test_a_small_reindex_failing_while_writing_its_patch_leaves_the_old_version(
    settings, catalogue, monkeypatch
):
    """Disk full after the base was linked and while the patch is written: CURRENT stays on the old version,
    the next re-index completes, and the half-written folder is gone."""
    from pathfinder.index import versions as v

    first = _many(catalogue)
    one = reindex_report(settings, ImportReport(credentials=first))
    real = snapshot._dump

    def full_disk(path, header, value):
        if path.name == snapshot.PATCH:
            path.write_bytes(b"\x80\x05")  # a few bytes made it to disk
            raise OSError(28, "No space left on device")
        return real(path, header, value)

    monkeypatch.setattr(snapshot, "_dump", full_disk)
    with pytest.raises(PathfinderError, match="Cannot write the index"):
        reindex_report(settings, ImportReport(credentials=_edit(first, 10, "2026")))
    assert v.current_version(settings) == one.version
    assert open_index(settings).credentials() == first
    monkeypatch.undo()
    two = reindex_report(settings, ImportReport(credentials=_edit(first, 10, "2026")))
    assert (_folder(settings, two) / snapshot.PATCH).is_file()
    assert not [p for p in (settings.index_dir / "versions").iterdir() if p.name.endswith(".tmp")]
    assert open_index(settings).credentials() == _edit(first, 10, "2026")


def test_without_hard_links_a_full_snapshot_is_written(settings, catalogue, monkeypatch):
    first = _many(catalogue)
    reindex_report(settings, ImportReport(credentials=first))

    def no_links(src, dst):
        raise OSError(1, "Operation not permitted")

    monkeypatch.setattr(snapshot.os, "link", no_links)
    two = reindex_report(settings, ImportReport(credentials=_edit(first, 10, "2026")))
    folder = _folder(settings, two)
    assert (folder / SNAP).is_file() and not (folder / snapshot.BASE).exists()
    calls = _spy_jsonl(monkeypatch)
    assert open_index(settings).credentials() == _edit(first, 10, "2026") and calls == []
