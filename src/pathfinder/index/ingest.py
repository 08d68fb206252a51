"""One ingest path: catalogue files or a validated import -> skills inferred where missing -> a new index version.

The CLI (`pathfinder index`, `pathfinder eval ...`) and the Catalogue page's upload re-index both come through
here, so an upload gets the same skill inference as the command line. The inference itself runs inside the
re-index (`reindex._infer`, which reuses the previous version's answers for unchanged entries and calls
`infer_skills_many`); this module decides that it runs and with which matcher.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from pathfinder.domain import ImportReport
from pathfinder.errors import TaxonomyError
from pathfinder.index.embedders import Embedder
from pathfinder.index.reindex import IndexSummary, Progress, reindex_report
from pathfinder.index.sources import load_sources, source_files
from pathfinder.settings import Settings

log = logging.getLogger(__name__)


def skill_matcher(settings: Settings, embedder: Embedder | None = None) -> Any | None:
    """The matcher skill inference uses, or None (logged) when no taxonomy can be loaded."""
    try:
        from pathfinder.skillmatch import SkillMatcher
    except ImportError:  # a checkout without the skills module indexes without inference
        return None
    try:
        return SkillMatcher.from_settings(settings, embedder)
    except TaxonomyError as e:
        log.warning("skills are not inferred: %s", e)
        return None


def ingest(settings: Settings, report: ImportReport, sources: list[dict] | None = None, *, infer: bool = True,
           matcher: Any | None = None, mapping: str | Path | None = None, full: bool = False,
           progress: Progress | None = None, embedder: Embedder | None = None) -> IndexSummary:
    """Index `report`'s credentials as a new served version, inferring skills for entries that list none
    (`infer=False` skips that). `matcher` reuses a loaded matcher; by default one is built from `settings`."""
    if infer and matcher is None:
        matcher = skill_matcher(settings, embedder)
    return reindex_report(settings, report, sources, mapping=mapping, full=full, progress=progress, embedder=embedder,
                          matcher=matcher if infer else None)


def ingest_paths(settings: Settings, paths: Sequence[Path], mapping: str | Path | None = None, **kwargs: Any
                 ) -> IndexSummary:
    """`ingest` for catalogue files or folders (read with `mapping` for provider CSVs), with their provenance."""
    paths = [Path(p) for p in paths]
    report = load_sources(paths, mapping)
    return ingest(settings, report, source_files(paths), mapping=mapping, **kwargs)


__all__ = ["ingest", "ingest_paths", "skill_matcher"]
