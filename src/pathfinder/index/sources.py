"""What a re-index reads: catalogue files through the catalogue module's loader, and their provenance
(hashes)."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from pathlib import Path

from pathfinder.domain import ImportReport
from pathfinder.errors import CatalogueError


def _file_hash(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def load_sources(paths: Sequence[Path], mapping: str | Path | None = None) -> ImportReport:
    """Read catalogue files with the catalogue module's loader (our schema, provider CSVs via a mapping,
    ...)."""
    missing = [str(p) for p in paths if not Path(p).exists()]
    if missing:
        raise CatalogueError(f"Catalogue path not found: {', '.join(missing)}. Check the path and try again.")
    from pathfinder.catalogue import load_catalogue

    return load_catalogue(list(paths), mapping)


def write_rejects(report: ImportReport, path: Path) -> None:
    from pathfinder.catalogue import write_rejects

    write_rejects(report, path)


def source_files(paths: Sequence[Path]) -> list[dict]:
    out = []
    for p in paths:
        for f in sorted(Path(p).rglob("*")) if Path(p).is_dir() else [Path(p)]:
            if f.is_file():
                out.append({"path": str(f.resolve()), "sha256": _file_hash(f), "bytes": f.stat().st_size})
    return out


def with_languages(report: ImportReport) -> ImportReport:
    """`report` with each entry that states no language given the one detected from its title and description
    (`catalogue.language`, offline; 'languages' added to its `derived`); undetectable ones stay unknown."""
    from pathfinder.catalogue.language import with_detected_language

    return report.model_copy(update={"credentials": [with_detected_language(c) for c in report.credentials]})
