"""Reading micro-credential catalogues into Credentials and Rejects: our schema, provider CSVs, ELM, Open
Badges.

Public entry points: `load_catalogue(paths, mapping=None) -> ImportReport`, `write_rejects(report, path)`,
`read_held_credential(path) -> HeldCredential`. The file format is documented in docs/CATALOGUE_FORMAT.md.
"""

from __future__ import annotations

import json
from pathlib import Path

from pathfinder.catalogue.load import catalogue_files, load_catalogue, read_held_credential
from pathfinder.catalogue.mapping import builtin_mappings, load_mapping
from pathfinder.domain import ImportReport

__all__ = [
    "builtin_mappings",
    "catalogue_files",
    "load_catalogue",
    "load_mapping",
    "read_held_credential",
    "write_rejects",
]


def write_rejects(report: ImportReport, path: Path) -> Path:
    """Write every reject as one JSON line ({file, row, field, reason, record}); the raw record kept as read.

    A lone surrogate in a record (from a broken \\u escape) cannot be UTF-8; it is written back as the same
    \\uXXXX escape (backslashreplace), so the line stays valid JSON and one such record never stops the
    file."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", errors="backslashreplace") as out:
        for reject in report.rejects:
            # python mode: pydantic's JSON mode cannot serialise a surrogate; json.dumps keeps it as written
            out.write(json.dumps(reject.model_dump(), ensure_ascii=False, default=str) + "\n")
    return path
