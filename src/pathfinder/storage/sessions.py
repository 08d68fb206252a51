"""Sign-in sessions that survive a browser reload: a random token per sign-in, kept by the browser in a cookie
and by the server only as its SHA-256, valid until the idle or absolute expiry (`access.session_expired`).

Signing out deletes the row (the token is then worthless, whatever the browser kept); so do expiry, deleting
the account and erasing its learner (the `sessions` table names the learner: `schema.LEARNER_COLUMNS`).
"""

from __future__ import annotations

import hashlib
import secrets
from datetime import UTC, datetime
from pathlib import Path

from pydantic import BaseModel, ConfigDict

from pathfinder.domain.access import Account, session_expired
from pathfinder.errors import PathfinderError
from pathfinder.storage.database import Database, open_database

TOUCH_EVERY_S = 30  # last activity is written at most this often (a write per click would be wasted)


class SessionError(PathfinderError):
    """The session store cannot be read or written (database unavailable)."""


class Session(BaseModel):
    model_config = ConfigDict(frozen=True)

    account_id: str
    created_at: datetime
    last_active_at: datetime


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


class SessionStore:
    def __init__(self, db: Database | str | Path) -> None:
        self._db = open_database(db, error=SessionError)
        self._db.ensure_schema(SessionError)

    def _run(self, fn, write: bool = False):
        return self._db.run(fn, write=write, error=SessionError)

    def start(self, account: Account, now: datetime | None = None) -> str:
        """A new session of `account`; returns the token (the browser's cookie; only its hash is stored)."""
        at = (now or datetime.now(UTC)).isoformat()
        token = secrets.token_urlsafe(32)
        self._run(
            lambda c: c.execute(
                "INSERT INTO sessions (token_hash, account_id, learner_id, created_at, last_active_at) "
                "VALUES (?, ?, ?, ?, ?)",
                (token_hash(token), account.id, account.learner_id, at, at),
            ),
            write=True,
        )
        return token

    def get(self, token: str) -> Session | None:
        row = self._run(
            lambda c: c.execute(
                "SELECT account_id, created_at, last_active_at FROM sessions WHERE token_hash = ?",
                (token_hash(token),),
            ).fetchone()
        )
        return Session(account_id=row[0], created_at=row[1], last_active_at=row[2]) if row else None

    def resume(
        self, token: str, idle_minutes: float, max_hours: float, now: datetime | None = None
    ) -> Session | None:
        """The live session of `token` (its last activity now set to `now`), or None: unknown, signed out,
        or expired (an expired one is deleted)."""
        now = now or datetime.now(UTC)
        session = self.get(token) if token else None
        if session is None:
            return None
        if session_expired(session.created_at, session.last_active_at, now, idle_minutes, max_hours):
            self.end(token)
            return None
        if (now - session.last_active_at).total_seconds() >= TOUCH_EVERY_S:
            self._run(
                lambda c: c.execute(
                    "UPDATE sessions SET last_active_at = ? WHERE token_hash = ?",
                    (now.isoformat(), token_hash(token)),
                ),
                write=True,
            )
        return session.model_copy(update={"last_active_at": now})

    def end(self, token: str) -> bool:
        """Sign-out: the token no longer signs anyone in. False if it was already gone."""
        return (
            self._run(
                lambda c: (
                    c.execute("DELETE FROM sessions WHERE token_hash = ?", (token_hash(token),)).rowcount
                ),
                write=True,
            )
            > 0
        )

    def end_all(self, account_id: str) -> int:
        """Every session of an account (a deleted account, a password change elsewhere)."""
        return self._run(
            lambda c: c.execute("DELETE FROM sessions WHERE account_id = ?", (account_id,)).rowcount,
            write=True,
        )

    def count(self) -> int:
        return self._run(lambda c: c.execute("SELECT COUNT(*) FROM sessions").fetchone()[0])
