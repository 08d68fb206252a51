"""What `pathfinder index --status` shows: the served version and its provenance, without loading the
index."""

from __future__ import annotations

from pathfinder.errors import IndexNotBuilt
from pathfinder.index import versions as v
from pathfinder.settings import Settings


def index_status(settings: Settings) -> dict:
    """Provenance of the served version (sources with hashes, time, embedder, counts) and the versions on
    disk."""
    manifest = v.current_manifest(settings)
    root = v.versions_dir(settings)
    on_disk = sorted(p.name for p in root.iterdir()) if root.is_dir() else []
    status = {
        k: manifest[k] for k in ("version", "created", "embedder", "store", "sources", "mapping", "counts")
    }
    status["inferred_skills"] = manifest.get("inferred_skills", False)
    status["index_dir"] = str(settings.index_dir)
    status["versions_on_disk"] = on_disk
    status["reindex_running"] = _locked(settings)
    return status


def _locked(settings: Settings) -> bool:
    from filelock import FileLock, Timeout

    lock = FileLock(str(settings.index_dir / ".reindex.lock"))
    try:
        lock.acquire(timeout=0)
    except Timeout:
        return True
    lock.release()
    return False


def format_status(status: dict) -> str:
    c = status["counts"]
    lines = [
        f"index      {status['index_dir']}",
        f"serving    version {status['version']} (built {status['created']})",
        f"embedder   {status['embedder']['name']} ({status['embedder']['dim']}-d)",
        f"store      {status['store']['location']} · collection {status['store']['collection']}",
        f"entries    {c['total']} (added {c['added']}, updated {c['updated']}, unchanged {c['unchanged']}, "
        f"removed {c['removed']}, rejected {c['rejected']}; embedded {c['embedded']})",
        "skills     "
        + (
            "inferred for entries without skills"
            if status["inferred_skills"]
            else "as given by the catalogue"
        ),
    ]
    if status["mapping"]:
        lines.append(f"mapping    {status['mapping']}")
    lines.append("sources")
    lines += [f"  {s['path']}  sha256:{s['sha256'][:12]}  {s['bytes']} bytes" for s in status["sources"]] or [
        "  (none recorded)"
    ]
    lines.append(f"versions   {', '.join(status['versions_on_disk'])}")
    if status["reindex_running"]:
        lines.append("a re-index is running now; the version above keeps serving until it finishes")
    return "\n".join(lines)


__all__ = ["IndexNotBuilt", "format_status", "index_status"]
