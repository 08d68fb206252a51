"""A version's credentials on disk: JSONL (the durable, readable record) and a pickle that serving loads fast.

`credentials.jsonl` is what a version *is* (validated on the slow path, readable by people and other tools).
`credentials.pickle` holds the same validated models and the filter table, written by the re-index that built
them, so `open_index` skips re-validating every entry (JSON validation was most of a cold start). The pickle is
only trusted when it was written for the same `Credential` schema and pydantic version; otherwise, or when it
is missing or unreadable, we fall back to the JSONL. It is our own file in the user-only data folder, the same
trust as the index itself; never point PATHFINDER_DATA_DIR at a folder someone else can write.
"""

from __future__ import annotations

import hashlib
import json
import pickle
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from pathfinder.domain import Credential
from pathfinder.index import versions as v
from pathfinder.index.filters import FilterTable

SNAPSHOT = "credentials.pickle"


@lru_cache(maxsize=1)
def schema_fingerprint() -> str:
    """Changes whenever Credential's fields, nested types or pydantic itself change (then the pickle is ignored)."""
    import pydantic

    schema = json.dumps(Credential.model_json_schema(), sort_keys=True)
    return hashlib.sha256(f"{pydantic.VERSION}\x00{schema}".encode()).hexdigest()[:16]


def write_credentials(folder: Path, lines: Sequence[str], credentials: Sequence[Credential],
                      table: FilterTable | None = None) -> None:
    """Write credentials.jsonl from the entries' JSON (already made for hashing) and the fast snapshot."""
    with open(folder / v.CREDENTIALS, "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines))
        if lines:
            fh.write("\n")
    table = table if table is not None else FilterTable.build(credentials)
    with open(folder / SNAPSHOT, "wb") as fh:
        pickle.dump({"schema": schema_fingerprint(), "jsonl": _stamp(folder), "credentials": list(credentials),
                     "table": table}, fh, protocol=pickle.HIGHEST_PROTOCOL)


def _stamp(folder: Path) -> list[int]:
    """Size and modification time of the JSONL: a snapshot only stands for the file it was written with."""
    st = (folder / v.CREDENTIALS).stat()
    return [st.st_size, st.st_mtime_ns]


def load_credentials(folder: Path) -> tuple[list[Credential], FilterTable]:
    """The version's credentials and filter table: from the snapshot when it fits, else from the JSONL.

    Raises OSError/ValueError when the JSONL is missing or does not validate (the caller calls it damaged).
    """
    snapshot = _load_snapshot(folder)
    if snapshot is not None:
        return snapshot
    credentials = v.load_credentials(folder)
    return credentials, FilterTable.build(credentials)


def _load_snapshot(folder: Path) -> tuple[list[Credential], FilterTable] | None:
    try:
        with open(folder / SNAPSHOT, "rb") as fh:
            data = pickle.load(fh)
        stamp = _stamp(folder)
    except Exception:  # noqa: BLE001 - missing, truncated or stale pickle: the JSONL is the record, read that
        return None
    if not isinstance(data, dict) or data.get("schema") != schema_fingerprint() or data.get("jsonl") != stamp:
        return None
    credentials, table = data.get("credentials"), data.get("table")
    if not isinstance(credentials, list) or not isinstance(table, FilterTable) or len(table) != len(credentials):
        return None
    return credentials, table
