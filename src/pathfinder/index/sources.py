"""What a re-index reads: catalogue files through the catalogue module's loader, and their provenance (hashes)."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from pathlib import Path

from pathfinder.domain import Credential, ImportReport
from pathfinder.errors import CatalogueError


def _file_hash(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def load_sources(paths: Sequence[Path], mapping: str | Path | None = None) -> ImportReport:
    """Read catalogue files with the catalogue module's loader (our schema, provider CSVs via a mapping, ...)."""
    missing = [str(p) for p in paths if not Path(p).exists()]
    if missing:
        raise CatalogueError(f"Catalogue path not found: {', '.join(missing)}. Check the path and try again.")
    try:
        from pathfinder.catalogue import load_catalogue
    except ImportError:  # the catalogue module is not installed in this checkout: read our own JSON schema
        return _load_credential_json(paths)
    return load_catalogue(list(paths), mapping)


def _load_credential_json(paths: Sequence[Path]) -> ImportReport:
    report = ImportReport(files=[str(p) for p in paths])
    for path in paths:
        files = sorted(Path(path).rglob("*.json*")) if Path(path).is_dir() else [Path(path)]
        for f in files:
            text = f.read_text(encoding="utf-8")
            rows = [json.loads(line) for line in text.splitlines() if line.strip()] if f.suffix == ".jsonl" else json.loads(text)
            report.credentials.extend(Credential.model_validate(r) for r in rows)
    return report


def write_rejects(report: ImportReport, path: Path) -> None:
    try:
        from pathfinder.catalogue import write_rejects
    except ImportError:
        with open(path, "w", encoding="utf-8") as fh:
            for r in report.rejects:
                fh.write(r.model_dump_json() + "\n")
        return
    write_rejects(report, path)


def source_files(paths: Sequence[Path]) -> list[dict]:
    out = []
    for p in paths:
        for f in sorted(Path(p).rglob("*")) if Path(p).is_dir() else [Path(p)]:
            if f.is_file():
                out.append({"path": str(f.resolve()), "sha256": _file_hash(f), "bytes": f.stat().st_size})
    return out
