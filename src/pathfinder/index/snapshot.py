"""A version's credentials on disk: JSONL (the durable, readable record) and a pickle that serving loads fast.

`credentials.jsonl` is what a version *is* (validated on the slow path, readable by people and other tools).
`credentials.pickle` holds the same validated models and the filter table, written by the re-index that built
them, so `open_index` skips re-validating every entry (JSON validation was most of a cold start). The pickle
is only trusted when it was written for the same `Credential` schema and pydantic version; otherwise, or when
it is missing or unreadable, we fall back to the JSONL. It is our own file in the user-only data folder, the
same trust as the index itself; never point PATHFINDER_DATA_DIR at a folder someone else can write.
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
TABLE = "filters.pickle"  # apart from the credentials: a re-index reads the previous table alone


@lru_cache(maxsize=1)
def schema_fingerprint() -> str:
    """Changes whenever Credential's fields, nested types or pydantic itself change (then the pickle is
    ignored)."""
    import pydantic

    schema = json.dumps(Credential.model_json_schema(), sort_keys=True)
    return hashlib.sha256(f"{pydantic.VERSION}\x00{schema}".encode()).hexdigest()[:16]


def write_credentials(
    folder: Path, lines: Sequence[bytes], credentials: Sequence[Credential], table: FilterTable | None = None
) -> None:
    """Write credentials.jsonl from the entries' JSON (already made for hashing) and the fast snapshot."""
    with open(folder / v.CREDENTIALS, "wb") as fh:  # UTF-8 JSON, one entry per line
        fh.write(b"\n".join(lines))
        if lines:
            fh.write(b"\n")
    table = table if table is not None else FilterTable.build(credentials)
    stamp = _stamp(folder)
    for name, key, value in ((SNAPSHOT, "credentials", list(credentials)), (TABLE, "table", table)):
        with open(folder / name, "wb") as fh:
            pickle.dump(
                {"schema": schema_fingerprint(), "jsonl": stamp, key: value},
                fh,
                protocol=pickle.HIGHEST_PROTOCOL,
            )


def _stamp(folder: Path) -> list[int]:
    """Size and modification time of the JSONL: a snapshot only stands for the file it was written with."""
    st = (folder / v.CREDENTIALS).stat()
    return [st.st_size, st.st_mtime_ns]


def load_credentials(folder: Path) -> tuple[list[Credential], FilterTable]:
    """The version's credentials and filter table: from the snapshot when it fits, else from the JSONL.

    Raises OSError/ValueError when the JSONL is missing or does not validate (the caller calls it damaged).
    """
    credentials = _load(folder, SNAPSHOT, "credentials", list)
    if credentials is None:
        credentials = v.load_credentials(folder)
    table = load_table(folder)
    if table is None or len(table) != len(credentials):
        table = FilterTable.build(credentials)
    return credentials, table


def load_table(folder: Path) -> FilterTable | None:
    """The version's filter table, when its snapshot fits (a re-index updates it instead of rebuilding)."""
    return _load(folder, TABLE, "table", FilterTable)


def _load(folder: Path, name: str, key: str, kind: type):
    try:
        with open(folder / name, "rb") as fh:
            data = pickle.load(fh)
        stamp = _stamp(folder)
    except Exception:  # noqa: BLE001 - missing, truncated or stale pickle: the JSONL is the record, read that
        return None
    if not isinstance(data, dict) or data.get("schema") != schema_fingerprint() or data.get("jsonl") != stamp:
        return None
    value = data.get(key)
    return value if isinstance(value, kind) else None
