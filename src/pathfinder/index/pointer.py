"""Where a data folder keeps its index versions and which one it serves: versions/ and the CURRENT file.

`versions.py` describes the whole layout and reads manifests; this module holds only the folder and pointer
helpers, so that `shared.py` (which `versions.current_version` calls) can use them without an import cycle.
"""

from __future__ import annotations

import os
from pathlib import Path

from pathfinder.settings import Settings

MANIFEST = "manifest.json"


def versions_dir(settings: Settings) -> Path:
    return settings.index_dir / "versions"


def pointer_path(settings: Settings) -> Path:
    return settings.index_dir / "CURRENT"


def local_version(settings: Settings) -> str | None:
    """The version the CURRENT file of this data folder names."""
    try:
        name = pointer_path(settings).read_text(encoding="utf-8").strip()
    except (FileNotFoundError, NotADirectoryError):
        return None
    return name or None


def set_current(settings: Settings, version: str) -> None:
    """Point readers at `version`: write a temporary file, fsync, and os.replace it over CURRENT."""
    target = pointer_path(settings)
    tmp = target.with_name(f"CURRENT.{os.getpid()}.tmp")
    with open(tmp, "w", encoding="utf-8") as fh:
        fh.write(version + "\n")
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, target)
