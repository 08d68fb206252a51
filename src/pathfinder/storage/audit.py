"""The audit log: append-only records of sign-ins, failed sign-ins, role changes, advisor access to a
learner's data, exports, erasures and re-indexes, in the same database as the profiles.

Append-only: this module offers no update; on either engine a trigger refuses any UPDATE of a row, and
another refuses any DELETE unless the transaction holds a permit (storage/schema.py), which only
`delete_entries` takes.
Two things delete: a learner's erasure (their right under GDPR Art. 17; `erase_learner` removes the entries
about them, then records the erasure under a pseudonym, a hash prefix, never the id itself) and the retention
purge (`purge_older_than`, `PATHFINDER_RETAIN_AUDIT_DAYS`), which records itself.
"""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

from pydantic import BaseModel, ConfigDict

from pathfinder.errors import PathfinderError
from pathfinder.storage.database import Database, Tx, open_database

ACTIONS = (
    "sign_in",
    "sign_in_failed",
    "sign_in_throttled",
    "sign_out",
    "session_expired",
    "account_created",
    "role_changed",
    "password_changed",
    "account_unlocked",
    "caseload_assigned",
    "caseload_removed",
    "advisor_access",
    "export",
    "erasure",
    "reindex",
    "first_admin",
    "retention",
)


class AuditError(PathfinderError):
    """The audit log cannot be written or read (database unavailable)."""


class AuditEntry(BaseModel):
    model_config = ConfigDict(frozen=True)

    id: int
    at: datetime
    actor_id: str
    actor: str
    action: str
    learner_id: str | None = None
    detail: str = ""


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def pseudonym(learner_id: str) -> str:
    """A stable stand-in for an erased learner in the log (not reversible to the id)."""
    return "erased-" + hashlib.sha256(learner_id.encode()).hexdigest()[:12]


def delete_entries(tx: Tx, where: str, args: tuple, reason: str) -> int:
    """Delete the audit entries matching `where`, inside the caller's transaction: the only way past the
    schema's guard, which refuses a DELETE from the log unless the transaction holds a permit."""
    tx.execute("INSERT INTO audit_delete_permit (reason) VALUES (?)", (reason,))
    gone = tx.execute(f"DELETE FROM audit_log WHERE {where}", args).rowcount
    tx.execute("DELETE FROM audit_delete_permit")
    return gone


class AuditLog:
    def __init__(self, db: Database | str | Path) -> None:
        self._db = open_database(db, error=AuditError)
        self._db.ensure_schema(AuditError)

    def _run(self, fn, write: bool = False):
        return self._db.run(fn, write=write, error=AuditError)

    def record(
        self, action: str, actor: str, actor_id: str = "", learner_id: str | None = None, detail: str = ""
    ) -> None:
        if action not in ACTIONS:
            raise ValueError(f"unknown audit action {action!r}")
        self._run(
            lambda c: c.execute(
                "INSERT INTO audit_log (at, actor_id, actor, action, learner_id, detail) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                (_now(), actor_id, actor[:200], action, learner_id, detail[:1000]),
            ),
            write=True,
        )

    def entries(
        self, learner_id: str | None = None, action: str | None = None, limit: int = 1000
    ) -> list[AuditEntry]:
        """Newest first; only those about `learner_id` and/or of `action` when given."""
        where, args = [], []
        if learner_id is not None:
            where.append("learner_id = ?")
            args.append(learner_id)
        if action is not None:
            where.append("action = ?")
            args.append(action)
        sql = (
            "SELECT id, at, actor_id, actor, action, learner_id, detail FROM audit_log"
            + (" WHERE " + " AND ".join(where) if where else "")
            + " ORDER BY id DESC LIMIT ?"
        )
        rows = self._run(lambda c: c.execute(sql, (*args, limit)).fetchall())
        return [
            AuditEntry(id=r[0], at=r[1], actor_id=r[2], actor=r[3], action=r[4], learner_id=r[5], detail=r[6])
            for r in rows
        ]

    def export_json(self) -> str:
        """The whole log as JSON (oldest first), for an admin's download."""
        entries = list(reversed(self.entries(limit=1_000_000)))
        return json.dumps([e.model_dump(mode="json") for e in entries], ensure_ascii=False, indent=1)

    def erase_learner(self, learner_id: str, actor: str, actor_id: str = "") -> int:
        """Remove the entries about an erased learner and record the erasure under a pseudonym."""

        def go(c: Tx) -> int:
            gone = delete_entries(c, "learner_id = ?", (learner_id,), "erasure")
            c.execute(
                "INSERT INTO audit_log (at, actor_id, actor, action, learner_id, detail) "
                "VALUES (?, ?, ?, 'erasure', NULL, ?)",
                (_now(), actor_id, actor, f"all data of learner {pseudonym(learner_id)} erased"),
            )
            return gone

        return self._run(go, write=True)

    def purge_older_than(self, days: int, now: datetime | None = None) -> int:
        """Delete the entries older than `days` (the retention setting) and record the purge, in one
        transaction; the purge entry itself is new, so it stays."""
        cutoff = ((now or datetime.now(UTC)) - timedelta(days=days)).isoformat(timespec="seconds")

        def go(c: Tx) -> int:
            gone = delete_entries(c, "at < ?", (cutoff,), "retention")
            if gone:
                c.execute(
                    "INSERT INTO audit_log (at, actor_id, actor, action, learner_id, detail) "
                    "VALUES (?, '', 'retention settings', 'retention', NULL, ?)",
                    (_now(), f"{gone} audit entr{'y' if gone == 1 else 'ies'} older than {days} days purged"),
                )
            return gone

        return self._run(go, write=True)
