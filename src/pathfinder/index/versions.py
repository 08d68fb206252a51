"""The on-disk layout of index versions: the CURRENT pointer, version folders and their manifests.

index_dir/
  CURRENT                 one line: the version being served (replaced atomically with os.replace)
  .reindex.lock           held by the one re-index that may run at a time
  chroma/                 the embedded Chroma store (vectors of every kept version, by record key)
  versions/<version>/     manifest.json, credentials.jsonl, vectors.npy, bm25/, rejects.jsonl, and the
                          snapshot pickles of `index.snapshot` (full, or a patch over a hard-linked base)
  versions/<version>.tmp/ a version being written; never read, removed by the next re-index

With PATHFINDER_INDEX_URL this layout is each host's cache of the versions stored in the database
(`index.shared`), and CURRENT follows the version the database names.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import NamedTuple

import pydantic_core

from pathfinder.errors import IndexNotBuilt
from pathfinder.index.pointer import MANIFEST as MANIFEST
from pathfinder.index.pointer import local_version as local_version
from pathfinder.index.pointer import pointer_path as pointer_path
from pathfinder.index.pointer import set_current as set_current
from pathfinder.index.pointer import versions_dir as versions_dir
from pathfinder.settings import Settings

FORMAT = 1
CREDENTIALS = (
    "credentials.jsonl"  # one entry per line: parsed as a stream (half the peak memory of one array)
)
VECTORS = "vectors.npy"
BM25_DIR = "bm25"
REJECTS = "rejects.jsonl"


class Entry(NamedTuple):
    """One credential of a version, as its manifest lists it (a JSON array in this field order, so manifests
    written before this type read the same)."""

    id: str
    content_hash: str  # the entry's JSON as indexed (after skill inference)
    text_hash: str  # its dense text with the embedder's name: the same hash, the same vector
    record_key: str  # its record in the vector store
    source_hash: str | None = None  # its JSON as read, before inference (absent from the oldest manifests)


def encode_manifest(manifest: dict) -> bytes:
    """A manifest as JSON (pydantic-core's encoder: the same JSON as `json.dumps`, UTF-8 instead of ASCII
    escapes, about twice as fast for the 10,000 entries of a large catalogue; `Entry` rows become arrays)."""
    if isinstance(manifest.get("entries"), list):  # plain tuples: 4x faster than NamedTuples to encode
        manifest = {**manifest, "entries": list(map(tuple, manifest["entries"]))}
    try:
        return pydantic_core.to_json(manifest)
    except (ValueError, TypeError):  # e.g. a lone surrogate in a source file name: the standard encoder
        return json.dumps(manifest).encode()


def decode_manifest(data: bytes) -> dict:
    """A manifest from JSON (ValueError when it is not JSON)."""
    return pydantic_core.from_json(data)


def entries_of(manifest: dict) -> list[Entry]:
    """The manifest's entries, typed."""
    return [Entry(*e) for e in manifest["entries"]]


BUILD_HINT = "Build it with `pathfinder index` (the bundled catalogue) or `pathfinder index PATH...`."


def current_version(settings: Settings) -> str | None:
    """The version to serve, or None when no index was ever completed: the one CURRENT names, after following
    the version shared by every host when PATHFINDER_INDEX_URL is set (`index.shared`)."""
    if settings.index_url:
        from pathfinder.index.shared import follow

        return follow(settings)
    return local_version(settings)


def damaged(settings: Settings, detail: str) -> IndexNotBuilt:
    return IndexNotBuilt(
        f"The index at {settings.index_dir} is damaged ({detail}). Rebuild it with `pathfinder index --full` "
        "(add your catalogue paths if you did not index the bundled one)."
    )


def read_manifest(settings: Settings, version: str) -> dict:
    path = versions_dir(settings) / version / MANIFEST
    try:
        manifest = decode_manifest(path.read_bytes())
    except FileNotFoundError as e:
        raise damaged(settings, f"version {version} named by CURRENT has no manifest") from e
    except ValueError as e:  # not JSON, not UTF-8
        raise damaged(settings, f"manifest of version {version} is unreadable") from e
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise damaged(settings, f"manifest of version {version} has an unknown format")
    return manifest


def current_manifest(settings: Settings) -> dict:
    """The manifest of the version being served; IndexNotBuilt (with the command) when there is none."""
    version = current_version(settings)
    if version is None:
        if (settings.index_dir / "versions").is_dir() and any((settings.index_dir / "versions").iterdir()):
            raise damaged(settings, "the CURRENT pointer is missing")
        raise IndexNotBuilt(f"No index has been built yet at {settings.index_dir}. {BUILD_HINT}")
    return read_manifest(settings, version)


def load_credentials(folder: Path) -> list:
    """The credentials of a version folder (raises OSError/ValueError when missing or unreadable)."""
    from pydantic import ValidationError

    from pathfinder.domain import Credential

    out = []
    with open(folder / CREDENTIALS, "rb") as fh:
        for n, line in enumerate(fh, start=1):
            try:
                out.append(Credential.model_validate_json(line))
            except ValidationError as e:
                raise ValueError(
                    f"{CREDENTIALS} line {n} does not validate: {e.error_count()} error(s)"
                ) from e
    return out
