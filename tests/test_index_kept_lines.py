"""A small re-index does not serialise the entries it keeps: an entry equal to its model in the version this
process wrote keeps its JSONL line (copied by the kernel) and its hashes (index/snapshot.py, `recent`)."""

from __future__ import annotations

import importlib
import pickle

import numpy as np
import pytest

from pathfinder.domain import ImportReport
from pathfinder.errors import PathfinderError
from pathfinder.index import open_index, reindex_report, snapshot
from pathfinder.index import versions as v

reindex_module = importlib.import_module(
    "pathfinder.index.reindex"
)  # the package exports a function of that name


def _many(catalogue, copies: int = 8):
    return [
        c.model_copy(update={"id": f"{c.id}-{n}", "title": f"{c.title} {n}"})
        for n in range(copies)
        for c in catalogue
    ]


def _changed(first, catalogue):
    """As an upload gives them: new objects (parsed again); some edited, two gone, one added, one moved."""
    out = [
        c.model_copy(update={"title": f"{c.title} 2026"}) if i % 9 == 0 else c for i, c in enumerate(first)
    ]
    out = out[2:] + [catalogue[0].model_copy(update={"id": "new-1", "title": "Brand new ethics course"})]
    out.insert(5, out.pop(20))
    return pickle.loads(pickle.dumps(out))


def _spy(monkeypatch) -> list[int]:
    """How many lines each re-index kept without serialising."""
    kept: list[int] = []
    real = reindex_module._serialise

    def counting(*args, **kwargs):
        lines, hashes = real(*args, **kwargs)
        kept.append(sum(line is None for line in lines))
        return lines, hashes

    monkeypatch.setattr(reindex_module, "_serialise", counting)
    return kept


def _folder(settings, summary):
    return v.versions_dir(settings) / summary.version


def _same_as_a_full_build(settings, summary, credentials, tmp_path):
    full = settings.model_copy(update={"data_dir": tmp_path / "full"})
    other = reindex_report(full, ImportReport(credentials=credentials), full=True)
    a, b = _folder(settings, summary), _folder(full, other)
    assert (a / v.CREDENTIALS).read_bytes() == (b / v.CREDENTIALS).read_bytes()
    assert np.array_equal(np.load(a / snapshot.OFFSETS), np.load(b / snapshot.OFFSETS))
    assert (
        v.read_manifest(settings, summary.version)["entries"]
        == v.read_manifest(full, other.version)["entries"]
    )
    mine, theirs = open_index(settings), open_index(full)
    assert mine.credentials() == theirs.credentials() == credentials
    for query in ["python 2026", "ethics course", "statistics"]:
        assert [h.credential.id for h in mine.search(query)] == [
            h.credential.id for h in theirs.search(query)
        ]


def test_a_small_reindex_keeps_the_lines_of_unchanged_entries(settings, catalogue, monkeypatch, tmp_path):
    first = _many(catalogue)
    kept = _spy(monkeypatch)
    reindex_report(settings, ImportReport(credentials=pickle.loads(pickle.dumps(first))))
    changed = _changed(first, catalogue)
    two = reindex_report(settings, ImportReport(credentials=changed))
    assert kept[0] == 0 and kept[1] == two.unchanged > 0 and two.updated > 0 and two.added == 1
    # the offsets say where each line is
    folder = _folder(settings, two)
    data, offsets = (folder / v.CREDENTIALS).read_bytes(), np.load(folder / snapshot.OFFSETS)
    assert offsets[-1] == len(data) and data[offsets[7] : offsets[8]].endswith(b"\n")
    assert data[offsets[7] : offsets[8] - 1] == changed[7].model_dump_json().encode()
    _same_as_a_full_build(settings, two, changed, tmp_path)


@pytest.mark.parametrize("why", ["jsonl edited since", "another process wrote it", "full"])
def test_lines_are_serialised_again_when_the_served_version_is_not_known(
    settings, catalogue, monkeypatch, tmp_path, why
):
    first = _many(catalogue)
    one = reindex_report(settings, ImportReport(credentials=first))
    if (
        why == "jsonl edited since"
    ):  # the JSONL is the record: an edit by hand wins over the remembered models
        path = _folder(settings, one) / v.CREDENTIALS
        lines = path.read_bytes().splitlines()
        lines[3] = lines[3].replace(b'"title":"', b'"title":"Edited ')
        path.write_bytes(b"\n".join(lines) + b"\n")
        first[3] = first[3].model_copy(update={"title": "Edited " + first[3].title})
    elif why == "another process wrote it":
        snapshot.forget_recent()
    kept = _spy(monkeypatch)
    changed = _changed(first, catalogue)
    two = reindex_report(settings, ImportReport(credentials=changed), full=why == "full")
    assert kept == [0]
    _same_as_a_full_build(settings, two, changed, tmp_path)


def test_without_copy_file_range_the_lines_are_read_and_written(settings, catalogue, monkeypatch, tmp_path):
    first = _many(catalogue)
    reindex_report(settings, ImportReport(credentials=first))

    def unsupported(*args):
        raise OSError(38, "Function not implemented")

    monkeypatch.setattr(snapshot.os, "copy_file_range", unsupported)
    kept = _spy(monkeypatch)
    changed = _changed(first, catalogue)
    two = reindex_report(settings, ImportReport(credentials=changed))
    assert kept[0] > 0
    _same_as_a_full_build(settings, two, changed, tmp_path)


def test_a_copy_failing_midway_leaves_the_old_version_and_the_next_run_completes(
    settings, catalogue, monkeypatch, tmp_path
):
    first = _many(catalogue)
    one = reindex_report(settings, ImportReport(credentials=first))
    real, calls = snapshot.os.copy_file_range, []

    def full_disk(*args):
        calls.append(1)
        if len(calls) == 3:
            raise OSError(28, "No space left on device")
        return real(*args)

    monkeypatch.setattr(snapshot.os, "copy_file_range", full_disk)
    monkeypatch.setattr(snapshot.os, "pread", lambda *a: (_ for _ in ()).throw(OSError(28, "No space left")))
    changed = _changed(first, catalogue)
    with pytest.raises(PathfinderError, match="Cannot write the index"):
        reindex_report(settings, ImportReport(credentials=changed))
    assert v.current_version(settings) == one.version
    assert open_index(settings).credentials() == first
    monkeypatch.undo()
    kept = _spy(monkeypatch)
    two = reindex_report(settings, ImportReport(credentials=changed))
    assert kept[0] > 0  # the failed run changed nothing the next one relies on
    assert not [p for p in v.versions_dir(settings).iterdir() if p.name.endswith(".tmp")]
    _same_as_a_full_build(settings, two, changed, tmp_path)


class _Tagger:
    """A deterministic skill inference: one skill from the title's first word, for entries without any."""

    def __init__(self, embedder, key: str = "tagger-1") -> None:
        self.embedder, self.key, self.seen = embedder, key, []

    def inference_key(self) -> str:
        return self.key

    def infer_many(self, credentials):
        from pathfinder.domain import SkillRef

        self.seen.append([c.id for c in credentials if not c.skills])
        return [
            c
            if c.skills
            else c.model_copy(
                update={
                    "skills": (SkillRef(uri=f"{self.key}:{c.title.split()[0]}", label="x", inferred=True),)
                }
            )
            for c in credentials
        ]


def _written(monkeypatch) -> list[int]:
    """How many lines each written JSONL copied from the previous one."""
    copied: list[int] = []
    real = snapshot.write_credentials

    def counting(folder, lines, *args, **kwargs):
        copied.append(sum(line is None for line in lines))
        return real(folder, lines, *args, **kwargs)

    monkeypatch.setattr(reindex_module, "write_credentials", counting)
    return copied


def test_with_skill_inference_kept_entries_keep_their_inferred_skills_and_lines(
    settings, catalogue, monkeypatch, tmp_path
):
    """The app's path (skills inferred for entries without any): an entry equal to the one read last time
    keeps the skills inferred then and its line; only new or edited untagged entries go to the tagger; another
    tagging model tags every untagged entry again."""
    from pathfinder.index.embedders import build_embedder

    embedder = build_embedder(settings)
    first = [c.model_copy(update={"skills": ()}) if i % 3 == 0 else c for i, c in enumerate(_many(catalogue))]
    tagger, copied = _Tagger(embedder), _written(monkeypatch)
    reindex_report(settings, ImportReport(credentials=first), embedder=embedder, matcher=tagger)
    changed = _changed(first, catalogue)
    two = reindex_report(settings, ImportReport(credentials=changed), embedder=embedder, matcher=tagger)
    assert copied[0] == 0 and copied[1] == two.unchanged > 0
    edited = {c.id for c in changed if not c.skills and (c.id == "new-1" or c.title.endswith(" 2026"))}
    assert set(tagger.seen[1]) == edited and edited
    tagger2 = _Tagger(embedder, "tagger-2")
    three = reindex_report(settings, ImportReport(credentials=changed), embedder=embedder, matcher=tagger2)
    assert copied[-1] == three.unchanged == sum(bool(c.skills) for c in changed) > 0
    assert set(tagger2.seen[0]) == {c.id for c in changed if not c.skills}
    full = settings.model_copy(update={"data_dir": tmp_path / "full"})
    other = reindex_report(
        full,
        ImportReport(credentials=changed),
        embedder=embedder,
        matcher=_Tagger(embedder, "tagger-2"),
        full=True,
    )
    a, b = _folder(settings, three), _folder(full, other)
    assert (a / v.CREDENTIALS).read_bytes() == (b / v.CREDENTIALS).read_bytes()
    assert (
        v.read_manifest(settings, three.version)["entries"] == v.read_manifest(full, other.version)["entries"]
    )
    assert open_index(settings).credentials() == open_index(full).credentials()


def test_a_manifest_or_token_file_changed_on_disk_is_read_again(settings, catalogue):
    """The re-index remembers the manifest and BM25 token rows it wrote, but only for the same file
    unchanged: a manifest rewritten since (here naming another embedder) is read again."""
    from pathfinder.index.embedders import build_embedder
    from pathfinder.index.reuse import served

    embedder = build_embedder(settings)
    one = reindex_report(settings, ImportReport(credentials=_many(catalogue)), embedder=embedder)
    prev = served(settings, embedder)
    assert prev.version == one.version and len(prev.entries) == one.total and prev.tokens is not None
    path = _folder(settings, one) / v.MANIFEST
    manifest = v.read_manifest(settings, one.version)
    path.write_bytes(v.encode_manifest({**manifest, "embedder": {"name": "other", "dim": 3}}))
    again = served(settings, embedder)
    assert again.version == one.version and again.entries == [] and again.tokens is None
    tokens = _folder(settings, one) / v.BM25_DIR / "tokens.npz"
    path.write_bytes(v.encode_manifest(manifest))
    tokens.write_bytes(b"not a zip")  # damaged since: not trusted from memory, not usable from disk
    assert served(settings, embedder).tokens is None and len(served(settings, embedder).entries) == one.total
