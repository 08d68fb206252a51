"""A version's credentials on disk: JSONL (the durable, readable record) and a pickle that serving loads fast.

`credentials.jsonl` is what a version *is* (validated on the slow path, readable by people and other tools).
The pickled snapshot holds the same validated models, written by the re-index that built them, so
`open_index` skips re-validating every entry (JSON validation was most of a cold start). A snapshot is only
trusted when it was written for this folder's JSONL, the same `Credential` schema and pydantic version;
otherwise, or when it is missing or unreadable, we fall back to the JSONL. It is our own file in the
user-only data folder, the same trust as the index itself; never point PATHFINDER_DATA_DIR at a folder
someone else can write.

Two layouts, each file a pickled header followed by the pickled models:
- full: `credentials.pickle` (header: schema, JSONL stamp, a random id) - every entry;
- delta: `credentials.base.pickle`, a hard link to an earlier version's full snapshot (nothing is copied),
  plus `credentials.patch.pickle` (header: schema, JSONL stamp, the base's id, and for each entry its row in
  the base or -1) holding only the entries the base lacks. A small re-index pickles the changed entries
  alone; the patch is relative to the base, not to the previous patch, so it never chains, and a patch over
  `COMPACT_SHARE` of the entries is written as a full snapshot again. Folders stay self-contained (a hard
  link survives the removal of the folder it came from; the shared index's tar copies the file).

A small re-index also avoids serialising the entries it keeps. `credentials.offsets.npy` holds where each
line of the JSONL starts (and its end); this process remembers the models of the last version it wrote
(`recent`, tied to that JSONL's inode, size and mtime). An entry equal to its model there keeps its line,
copied from the previous JSONL by the kernel (`os.copy_file_range`, runs of consecutive rows in one call),
and its hashes from the manifest; only changed entries are serialised. The JSONL is byte-identical to a full
write.
"""

from __future__ import annotations

import hashlib
import json
import os
import pickle
import uuid
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

import numpy as np

from pathfinder.domain import Credential
from pathfinder.index import versions as v
from pathfinder.index.filters import FilterTable

SNAPSHOT = "credentials.pickle"
BASE = "credentials.base.pickle"
PATCH = "credentials.patch.pickle"
OFFSETS = "credentials.offsets.npy"  # int64, entries + 1: line i is bytes [o[i], o[i + 1]) of the JSONL
TABLE = "filters.pickle"  # apart from the credentials: a re-index reads the previous table alone
COMPACT_SHARE = 0.2  # a patch carrying more of the entries than this is written as a full snapshot


@lru_cache(maxsize=1)
def schema_fingerprint() -> str:
    """Changes whenever Credential's fields, nested types or pydantic itself change (then the pickle is
    ignored)."""
    import pydantic

    schema = json.dumps(Credential.model_json_schema(), sort_keys=True)
    return hashlib.sha256(f"{pydantic.VERSION}\x00{schema}".encode()).hexdigest()[:16]


def write_credentials(
    folder: Path,
    lines: Sequence[bytes | None],
    credentials: Sequence[Credential],
    table: FilterTable | None = None,
    *,
    previous: Path | None = None,
    same: Sequence[int | None] | None = None,
    sources: Sequence[Credential] | None = None,
) -> None:
    """Write credentials.jsonl from the entries' JSON (already made for hashing; None: the same line as row
    `same[i]` of the `previous` folder's JSONL, copied) and the fast snapshot: a patch over the base of the
    `previous` version folder when entry i is its row `same[i]` (None: changed) and the patch stays small,
    else a full one. This process then remembers the models, and as read (`sources`: before skill
    inference) (`recent`)."""
    if any(line is None for line in lines):
        if previous is None or same is None:
            raise ValueError("lines to copy need the previous version and each entry's row in it")
        offsets = _copy_lines(folder / v.CREDENTIALS, lines, same, previous)
    else:
        with open(folder / v.CREDENTIALS, "wb") as fh:  # UTF-8 JSON, one entry per line
            fh.write(b"\n".join(lines))  # type: ignore[arg-type] - no None here
            if lines:
                fh.write(b"\n")
        offsets = np.zeros(len(lines) + 1, dtype=np.int64)
        np.cumsum(np.fromiter(map(len, lines), dtype=np.int64, count=len(lines)) + 1, out=offsets[1:])
    np.save(folder / OFFSETS, offsets)
    table = table if table is not None else FilterTable.build(credentials)
    stamp = _stamp(folder)
    header = {"schema": schema_fingerprint(), "jsonl": stamp}
    if previous is None or same is None or not _write_patch(folder, header, credentials, previous, same):
        _dump(folder / SNAPSHOT, {**header, "id": uuid.uuid4().hex}, list(credentials))
    _dump(folder / TABLE, header, table)
    global _recent
    read = list(sources) if sources is not None else list(credentials)
    _recent = Recent(_file_key(folder / v.CREDENTIALS), list(credentials), read, np.empty(0))


class Recent(NamedTuple):
    """The last version this process wrote: its models as written and as read (before skill inference; the
    same objects where nothing was inferred) and each JSONL line's offsets."""

    key: tuple[int, ...]
    models: list[Credential]
    read: list[Credential]
    offsets: np.ndarray


# Keyed by its JSONL's identity (the folder is renamed after writing; inode, size and mtime are not): a
# re-index compares the new entries with them.
_recent: Recent | None = None


def _file_key(path: Path) -> tuple[int, ...]:
    st = path.stat()
    return (st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns)


def recent(folder: Path) -> Recent | None:
    """What this process remembers of version `folder` when it wrote it and the JSONL is unchanged since
    (else None: the caller serialises every entry)."""
    if _recent is None:
        return None
    try:
        if _file_key(folder / v.CREDENTIALS) != _recent.key:
            return None
        offsets = np.load(folder / OFFSETS)
    except (OSError, ValueError):
        return None
    n = len(_recent.models)
    if offsets.shape != (n + 1,) or int(offsets[-1]) != _recent.key[2] or offsets[0] != 0:
        return None
    return _recent._replace(offsets=offsets) if len(_recent.read) == n else None


def forget_recent() -> None:
    global _recent
    _recent = None


def _copy_lines(
    path: Path, lines: Sequence[bytes | None], same: Sequence[int | None], previous: Path
) -> np.ndarray:
    """Write the JSONL: new lines as given, the others copied from the previous JSONL (kernel-side, a run of
    consecutive previous rows in one call). Returns the new line offsets."""
    old = np.load(previous / OFFSETS)
    size = np.diff(old)
    n = len(lines)
    lengths = np.empty(n, dtype=np.int64)
    with open(previous / v.CREDENTIALS, "rb") as src, open(path, "wb", buffering=0) as dst:
        i = 0
        while i < n:
            line = lines[i]
            if line is not None:
                j = i
                while j < n and lines[j] is not None:
                    j += 1
                chunk = [x for x in lines[i:j] if x is not None]
                _write_all(dst, b"\n".join(chunk) + b"\n")
                lengths[i:j] = [len(x) + 1 for x in chunk]
            else:
                first = same[i]
                assert first is not None
                j = i + 1
                while j < n and lines[j] is None and same[j] == first + (j - i):
                    j += 1
                _copy_range(src.fileno(), dst, int(old[first]), int(old[first + j - i] - old[first]))
                lengths[i:j] = size[first : first + j - i]
            i = j
    offsets = np.zeros(n + 1, dtype=np.int64)
    np.cumsum(lengths, out=offsets[1:])
    return offsets


def _write_all(dst, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[dst.write(view) :]


def _copy_range(src: int, dst, offset: int, count: int) -> None:
    """`count` bytes of `src` from `offset` appended to `dst` (in the kernel when it can; else read+write)."""
    while count > 0:
        try:
            done = os.copy_file_range(src, dst.fileno(), count, offset)
        except OSError:  # another filesystem or kernel without it: plain reads
            done = 0
        if done <= 0:
            _write_all(dst, os.pread(src, count, offset))
            return
        offset += done
        count -= done


def _write_patch(
    folder: Path, header: dict, credentials: Sequence[Credential], previous: Path, same: Sequence[int | None]
) -> bool:
    """The delta layout over the previous version's base; False when it has none or the patch would be
    large."""
    base = _base_of(previous)
    if base is None:
        return False
    base_file, base_id, base_rows = base
    rows = np.full(len(credentials), -1, dtype=np.int64)
    kept = [(i, r) for i, r in enumerate(same) if r is not None]
    if kept:
        new, old = (np.array(x, dtype=np.int64) for x in zip(*kept))
        if int(old.max()) >= len(base_rows):  # the snapshot does not stand for the served entries
            return False
        rows[new] = base_rows[old]
    fresh = np.flatnonzero(rows < 0)
    if not len(credentials) or len(fresh) > COMPACT_SHARE * len(credentials):
        return False
    try:
        os.link(base_file, folder / BASE)
    except OSError:  # no hard links on this filesystem: a full snapshot
        return False
    _dump(folder / PATCH, {**header, "base": base_id, "rows": rows}, [credentials[i] for i in fresh.tolist()])
    return True


def _base_of(folder: Path) -> tuple[Path, str, np.ndarray] | None:
    """(full snapshot file, its id, each entry's row in it) of a version folder whose snapshot fits it."""
    stamp = _stamp_or_none(folder)
    full = _header(folder / SNAPSHOT)
    if full is not None and full.get("jsonl") == stamp and isinstance(full.get("id"), str):
        n = full.get("count")
        return folder / SNAPSHOT, full["id"], np.arange(n if isinstance(n, int) else 0, dtype=np.int64)
    patch, base = _header(folder / PATCH), _header(folder / BASE)
    if patch is None or base is None or patch.get("jsonl") != stamp or patch.get("base") != base.get("id"):
        return None
    rows = patch.get("rows")
    return (folder / BASE, patch["base"], rows) if isinstance(rows, np.ndarray) else None


def _dump(path: Path, header: dict, value: object) -> None:
    with open(path, "wb") as fh:
        count = len(value) if isinstance(value, list) else None
        pickle.dump({**header, "count": count}, fh, protocol=pickle.HIGHEST_PROTOCOL)
        pickle.dump(value, fh, protocol=pickle.HIGHEST_PROTOCOL)


def _stamp(folder: Path) -> list[int]:
    """Size and modification time of the JSONL: a snapshot only stands for the file it was written with."""
    st = (folder / v.CREDENTIALS).stat()
    return [st.st_size, st.st_mtime_ns]


def _stamp_or_none(folder: Path) -> list[int] | None:
    try:
        return _stamp(folder)
    except OSError:
        return None


def load_credentials(folder: Path) -> tuple[list[Credential], FilterTable]:
    """The version's credentials and filter table: from the snapshot when it fits, else from the JSONL.

    Raises OSError/ValueError when the JSONL is missing or does not validate (the caller calls it damaged).
    """
    credentials = _snapshot(folder)
    if credentials is None:
        credentials = v.load_credentials(folder)
    table = load_table(folder)
    if table is None or len(table) != len(credentials):
        table = FilterTable.build(credentials)
    return credentials, table


def load_table(folder: Path) -> FilterTable | None:
    """The version's filter table, when its snapshot fits (a re-index updates it instead of rebuilding)."""
    got = _load(folder / TABLE, _stamp_or_none(folder))
    return got[1] if got is not None and isinstance(got[1], FilterTable) else None


def _snapshot(folder: Path) -> list[Credential] | None:
    """The snapshot's models in the version's order (full, or base + patch), None when none fits."""
    stamp = _stamp_or_none(folder)
    full = _load(folder / SNAPSHOT, stamp)
    if full is not None:
        return full[1] if isinstance(full[1], list) else None
    patch = _load(folder / PATCH, stamp)
    base = _load(folder / BASE, None)
    if patch is None or base is None or patch[0].get("base") != base[0].get("id"):
        return None
    (header, fresh), models = patch, base[1]
    rows = header.get("rows")
    if not (isinstance(rows, np.ndarray) and isinstance(fresh, list) and isinstance(models, list)):
        return None
    if int((rows < 0).sum()) != len(fresh) or (len(rows) and int(rows.max(initial=-1)) >= len(models)):
        return None
    pending = iter(fresh)
    return [models[r] if r >= 0 else next(pending) for r in rows.tolist()]


def _header(path: Path) -> dict | None:
    """A snapshot file's header alone (the models after it are not read)."""
    try:
        with open(path, "rb") as fh:
            header = pickle.load(fh)
    except Exception:  # noqa: BLE001 - missing or truncated: no snapshot
        return None
    return header if isinstance(header, dict) and header.get("schema") == schema_fingerprint() else None


def _load(path: Path, stamp: list[int] | None) -> tuple[dict, object] | None:
    """(header, value) of a snapshot file written for this schema (and for the JSONL `stamp`, unless None)."""
    try:
        with open(path, "rb") as fh:
            header = pickle.load(fh)
            if not isinstance(header, dict) or header.get("schema") != schema_fingerprint():
                return None
            if stamp is not None and header.get("jsonl") != stamp:
                return None
            value = pickle.load(fh)
    except Exception:  # noqa: BLE001 - missing, truncated or stale pickle: the JSONL is the record, read that
        return None
    if isinstance(value, list) and header.get("count") not in (None, len(value)):
        return None
    return header, value
