"""Retention: conversations, uploaded catalogue files, advisor notes and audit-log entries older than the
configured number of days are deleted (`PATHFINDER_RETAIN_CONVERSATIONS_DAYS`, `..._UPLOADS_DAYS`,
`..._ADVISOR_NOTES_DAYS`, `..._AUDIT_DAYS`; unset keeps them until erased).

Run by `pathfinder accounts purge` and once per app server start; every run that deletes something is written
to the audit log (counts only). Audit entries go only through the log's guarded path
(`AuditLog.purge_older_than`).
"""

from __future__ import annotations

import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path

from pydantic import BaseModel

from pathfinder.storage.audit import AuditLog
from pathfinder.storage.conversations import ConversationError
from pathfinder.storage.database import Database, open_database


class Purged(BaseModel):
    conversations: int = 0
    upload_folders: int = 0
    advisor_notes: int = 0
    audit_entries: int = 0


def purge_conversations(db: Database | str | Path, days: int, now: datetime | None = None) -> int:
    """Delete conversations (their messages and feedback with them) last updated more than `days` ago."""
    return _purge_older(db, "conversations", "updated_at", days, now)


def purge_advisor_notes(db: Database | str | Path, days: int, now: datetime | None = None) -> int:
    """Delete advisor notes (and a learner's replies) written more than `days` ago; agreed plans stay."""
    return _purge_older(db, "advisor_notes", "created_at", days, now)


def _purge_older(db: Database | str | Path, table: str, column: str, days: int, now: datetime | None) -> int:
    """Delete the rows of `table` whose ISO timestamp `column` is more than `days` old; how many went."""
    cutoff = ((now or datetime.now(UTC)) - timedelta(days=days)).isoformat(timespec="seconds")
    database = open_database(db, error=ConversationError)
    database.ensure_schema(ConversationError)
    return database.run(
        lambda tx: tx.execute(f"DELETE FROM {table} WHERE {column} < ?", (cutoff,)).rowcount,
        write=True,
        error=ConversationError,
    )


def purge_uploads(folder: Path, days: int, now: datetime | None = None) -> int:
    """Delete upload folders (one per validation) last modified more than `days` ago."""
    if not folder.is_dir():
        return 0
    cutoff = ((now or datetime.now(UTC)) - timedelta(days=days)).timestamp()
    gone = 0
    for child in folder.iterdir():
        if child.is_dir() and not child.is_symlink() and child.stat().st_mtime < cutoff:
            shutil.rmtree(child, ignore_errors=True)
            gone += 1
    return gone


def apply_retention(
    database_path: Database | str,
    data_dir: Path,
    conversation_days: int | None,
    upload_days: int | None,
    now: datetime | None = None,
    *,
    note_days: int | None = None,
    audit_days: int | None = None,
) -> Purged:
    """Apply the settings (None = keep) and audit what went (the audit purge records itself)."""
    purged = Purged(
        conversations=purge_conversations(database_path, conversation_days, now) if conversation_days else 0,
        upload_folders=purge_uploads(data_dir / "uploads", upload_days, now) if upload_days else 0,
        advisor_notes=purge_advisor_notes(database_path, note_days, now) if note_days else 0,
    )
    if purged.conversations or purged.upload_folders or purged.advisor_notes:
        AuditLog(database_path).record(
            "retention",
            "retention settings",
            detail=(
                f"{purged.conversations} conversation(s) older than {conversation_days} days, "
                f"{purged.upload_folders} upload folder(s) older than {upload_days} days, "
                f"{purged.advisor_notes} advisor note(s) older than {note_days} days"
            ),
        )
    if audit_days:
        purged.audit_entries = AuditLog(database_path).purge_older_than(audit_days, now)
    return purged
