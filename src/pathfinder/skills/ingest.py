"""One ingest path: catalogue files or a validated import -> skills inferred where missing -> a new version.

The CLI (`pathfinder index`, `catalogue validate --index`, `eval ...`) and the Catalogue page's upload
re-index all come through here, so an upload gets the same skill inference as the command line. It lives in
`skills/` because it is the one place that knows both the index and the skill matcher (the index takes a
`SkillInference`, it does not import skills). The inference runs inside the re-index (`reindex._infer`: it
reuses the previous version's answers for unchanged entries and calls `SkillMatcher.infer_many`, i.e.
`infer_skills_many`); this module decides that it runs and with which matcher.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from pathfinder.domain import Credential, ImportReport
from pathfinder.errors import TaxonomyError
from pathfinder.index.embedders import Embedder
from pathfinder.index.reindex import IndexSummary, Progress, reindex_report
from pathfinder.index.sources import load_sources, source_files, with_languages
from pathfinder.settings import Settings
from pathfinder.skills.matching import SkillMatcher
from pathfinder.skills.tagging import without_inferred

log = logging.getLogger(__name__)


def skill_matcher(
    settings: Settings, embedder: Embedder | None = None, warn: Callable[[str], None] | None = None
) -> SkillMatcher | None:
    """The matcher skill inference uses, or None when no taxonomy can be loaded (said through `warn`, else
    logged)."""
    try:
        return SkillMatcher.from_settings(settings, embedder)
    except TaxonomyError as e:
        (warn or log.warning)(f"skills are not inferred: {e}")
        return None


def read_catalogue(
    paths: Sequence[Path], mapping: str | Path | None = None
) -> tuple[ImportReport, list[dict]]:
    """Catalogue files or folders read (provider CSVs with `mapping`), and their provenance (path, sha256,
    bytes) for the index manifest."""
    paths = [Path(p) for p in paths]
    return load_sources(paths, mapping), source_files(paths)


def merge_upload(
    report: ImportReport,
    sources: list[dict],
    current: Sequence[Credential] = (),
    current_sources: Sequence[dict] = (),
) -> tuple[ImportReport, list[dict]]:
    """`report` added to the served catalogue `current`: an uploaded id replaces the served entry with it."""
    new_ids = {c.id for c in report.credentials}
    credentials = [c for c in current if c.id not in new_ids] + list(report.credentials)
    merged = ImportReport(
        credentials=credentials, rejects=report.rejects, files=report.files, notes=report.notes
    )
    return merged, [*current_sources, *sources]


def ingest(
    settings: Settings,
    report: ImportReport,
    sources: list[dict] | None = None,
    *,
    infer: bool = True,
    matcher: SkillMatcher | None = None,
    mapping: str | Path | None = None,
    full: bool = False,
    progress: Progress | None = None,
    embedder: Embedder | None = None,
    warn: Callable[[str], None] | None = None,
    detect_languages: bool = True,
    store_wait: bool = True,
) -> IndexSummary:
    """Index `report`'s credentials as a new served version, inferring skills for entries that list none
    (`infer=False` skips that) and detecting the language of entries that state none (`detect_languages`).
    `matcher` reuses a loaded matcher; by default one is built from `settings`."""
    if infer and matcher is None:
        matcher = skill_matcher(settings, embedder, warn)
    if detect_languages:
        report = with_languages(report)
    return reindex_report(
        settings,
        report,
        sources,
        mapping=mapping,
        full=full,
        progress=progress,
        embedder=embedder,
        matcher=matcher if infer else None,
        store_wait=store_wait,
    )


def ingest_upload(
    settings: Settings,
    report: ImportReport,
    sources: list[dict],
    *,
    replace: bool = False,
    current: Any | None = None,
    **kwargs: Any,
) -> IndexSummary:
    """A validated upload indexed through `ingest`: replacing the served catalogue, or added to it
    (`current` is the served `CatalogueIndex` when the caller holds it; otherwise it is opened, if any)."""
    if not replace:
        if current is None:
            from pathfinder.errors import IndexNotBuilt
            from pathfinder.index.search import open_index

            try:
                current = open_index(settings)
            except IndexNotBuilt:
                current = None
        if current is not None:
            report, sources = merge_upload(
                report, sources, current.credentials(), current.manifest.get("sources", [])
            )
    return ingest(settings, report, sources, **kwargs)


def ingest_paths(
    settings: Settings, paths: Sequence[Path], mapping: str | Path | None = None, **kwargs: Any
) -> IndexSummary:
    """`ingest` for catalogue files or folders (provider CSVs read with `mapping`), with their provenance."""
    report, sources = read_catalogue(paths, mapping)
    return ingest(settings, report, sources, mapping=mapping, **kwargs)


def retag_if_outdated(
    settings: Settings,
    matcher: SkillMatcher | None = None,
    warn: Callable[[str], None] | None = None,
    **kwargs: Any,
) -> IndexSummary | None:
    """Tag the served catalogue again when it was tagged under another tagging version than the current
    one (the manifest's `inferred_skills` fingerprint, `SkillMatcher.inference_key()`: taxonomy, embedder,
    tagging model and threshold): its entries as imported (`tagging.without_inferred`), same sources and
    mapping, indexed as a new version. None when nothing needs it: no index, one built without inference,
    no taxonomy to load, or the same fingerprint. `kwargs` go to `ingest` (progress, store_wait)."""
    from pathfinder.errors import IndexNotBuilt
    from pathfinder.index import versions as v
    from pathfinder.index.snapshot import load_credentials

    try:
        manifest = v.current_manifest(settings)
    except IndexNotBuilt:
        return None
    tagged_with = manifest.get("inferred_skills")
    if not tagged_with:
        return None
    matcher = matcher or skill_matcher(settings, warn=warn)
    if matcher is None or matcher.inference_key() == tagged_with:
        return None
    (warn or log.info)(f"skill tagging changed since version {manifest['version']}: tagging it again")
    credentials, _ = load_credentials(v.versions_dir(settings) / manifest["version"])
    report = ImportReport(credentials=[without_inferred(c) for c in credentials])
    return ingest(
        settings,
        report,
        manifest.get("sources", []),
        matcher=matcher,
        mapping=manifest.get("mapping"),
        detect_languages=False,  # done when the entries were first indexed
        **kwargs,
    )


def without_skills_note(summary: IndexSummary) -> str | None:
    """What a maintainer should know about the new or changed entries that carry no skill: learners find
    them in search, but a plan only uses credentials whose skills are known. None when all have skills."""
    n = summary.without_skills
    if not n:
        return None
    shown = ", ".join(summary.without_skills_ids)
    more = f" and {n - len(summary.without_skills_ids)} more" if n > len(summary.without_skills_ids) else ""
    return (
        f"{n} new or changed {'entry has' if n == 1 else 'entries have'} no skills ({shown}{more}): "
        "none is stated and none could be inferred confidently from the title and description. Learners "
        "find them in search, but plans use only credentials with known skills. To fix: add a `skills` "
        "column (ESCO skill URIs, `uri|label`, separated by `;`) or fuller descriptions and learning "
        "outcomes to the file, and re-index."
    )


__all__ = [
    "without_skills_note",
    "ingest",
    "ingest_paths",
    "ingest_upload",
    "merge_upload",
    "read_catalogue",
    "retag_if_outdated",
    "skill_matcher",
]
