"""What an advisor session leaves behind: session notes and agreed plans, in the same database as the
profiles.

An agreed plan is a snapshot of the `Pathway` the advisor and learner agreed on, stored with the AI's
suggestion it started from (the plan without the advisor's pins and rejections), who agreed and when; the
latest one is the learner's agreed plan. Both tables are erased with the learner's data: the profile store's
delete removes the rows of every table with a `profile_id` column, also in a process that never imported this
module (e.g. `pathfinder profile delete`). Tables: `storage.schema`.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict

from pathfinder.domain import Pathway
from pathfinder.errors import PathfinderError
from pathfinder.safety.output import redact
from pathfinder.storage.database import Database, Tx, open_database

AuthorRole = Literal["advisor", "learner"]
TABLES = ("advisor_notes", "agreed_plans")  # their schema: storage/schema.py
MAX_NOTE_CHARS = 10_000


class AdvisingError(PathfinderError):
    """A note or plan cannot be stored (empty note, database unavailable)."""


class SessionNote(BaseModel):
    model_config = ConfigDict(frozen=True)

    id: int
    profile_id: str
    author_role: AuthorRole
    text: str
    created_at: datetime
    author: str = ""


class AgreedPlan(BaseModel):
    """The plan an advisor and a learner agreed on, and the AI suggestion it was compared with."""

    model_config = ConfigDict(frozen=True)

    profile_id: str
    agreed: Pathway
    suggested: Pathway | None = None
    agreed_by: str
    agreed_at: datetime


def _now() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


class AdvisingStore:
    """Session notes and agreed plans per learner. `secrets` are redacted from notes, as in conversations."""

    def __init__(self, db: Database | str | Path, secrets: Iterable[str] = ()) -> None:
        self._db = open_database(db, error=AdvisingError)
        self._db.ensure_schema(AdvisingError)
        self._secrets = tuple(secrets)

    def _run(self, fn, write: bool = False):
        return self._db.run(fn, write=write, error=AdvisingError)

    def add_note(
        self, profile_id: str, text: str, author_role: AuthorRole = "advisor", author: str = ""
    ) -> SessionNote:
        """Store a note; `author` is the writing account's name (e.g. 'Ana Ruiz (ana)')."""
        text = redact(text.strip(), self._secrets)
        if not text:
            raise AdvisingError("The note is empty; write something before saving it.")
        if len(text) > MAX_NOTE_CHARS:
            raise AdvisingError(f"The note has {len(text):,} characters; keep it under {MAX_NOTE_CHARS:,}.")
        now = _now()
        note_id = self._run(
            lambda c: c.execute(
                "INSERT INTO advisor_notes (profile_id, author_role, text, created_at, author) "
                "VALUES (?, ?, ?, ?, ?) RETURNING id",
                (profile_id, author_role, text, now.isoformat(), author),
            ).fetchone()[0],
            write=True,
        )
        return SessionNote(
            id=int(note_id or 0),
            profile_id=profile_id,
            author_role=author_role,
            text=text,
            created_at=now,
            author=author,
        )

    def notes(self, profile_id: str) -> list[SessionNote]:
        """The learner's notes, oldest first."""
        rows = self._run(
            lambda c: c.execute(
                "SELECT id, profile_id, author_role, text, created_at, "
                "author FROM advisor_notes WHERE profile_id = ? ORDER BY id",
                (profile_id,),
            ).fetchall()
        )
        return [
            SessionNote(id=r[0], profile_id=r[1], author_role=r[2], text=r[3], created_at=r[4], author=r[5])
            for r in rows
        ]

    def agree(
        self, profile_id: str, agreed: Pathway, suggested: Pathway | None, agreed_by: str = "advisor"
    ) -> AgreedPlan:
        """Store `agreed` (with the AI's `suggested` plan) as the learner's agreed plan from now on."""
        plan = AgreedPlan(
            profile_id=profile_id, agreed=agreed, suggested=suggested, agreed_by=agreed_by, agreed_at=_now()
        )
        self._run(
            lambda c: c.execute(
                "INSERT INTO agreed_plans (profile_id, pathway_json, suggested_json, agreed_by, created_at) "
                "VALUES (?, ?, ?, ?, ?)",
                (
                    profile_id,
                    agreed.model_dump_json(),
                    suggested.model_dump_json() if suggested else None,
                    agreed_by,
                    plan.agreed_at.isoformat(),
                ),
            ),
            write=True,
        )
        return plan

    def agreed_plan(self, profile_id: str) -> AgreedPlan | None:
        """The latest plan agreed for this learner, or None."""
        plans = self.agreed_plans(profile_id, latest_only=True)
        return plans[0] if plans else None

    def agreed_plans(self, profile_id: str, latest_only: bool = False) -> list[AgreedPlan]:
        """Every plan agreed for this learner, newest first (only the latest with `latest_only`)."""
        rows = self._run(
            lambda c: c.execute(
                "SELECT pathway_json, suggested_json, agreed_by, created_at "
                "FROM agreed_plans WHERE profile_id = ? ORDER BY id DESC"
                + (" LIMIT 1" if latest_only else ""),
                (profile_id,),
            ).fetchall()
        )
        return [
            AgreedPlan(
                profile_id=profile_id,
                agreed=Pathway.model_validate_json(r[0]),
                suggested=Pathway.model_validate_json(r[1]) if r[1] else None,
                agreed_by=r[2],
                agreed_at=r[3],
            )
            for r in rows
        ]

    def delete_learner(self, profile_id: str) -> int:
        """Remove the learner's notes and agreed plans; returns how many rows went."""

        def go(c: Tx) -> int:
            return sum(
                c.execute(f"DELETE FROM {t} WHERE profile_id = ?", (profile_id,)).rowcount for t in TABLES
            )

        return self._run(go, write=True)
