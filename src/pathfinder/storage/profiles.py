"""Where learner profiles are kept: a small repository protocol and its SQL implementation (SQLite,
PostgreSQL).

The schema is versioned (`storage.schema`, shared by every store). Saves use optimistic concurrency:
a save names the version it started from, and is refused with `ProfileConflict` if someone saved meanwhile.
Deleting a learner deletes every row about them: every table with a `profile_id` column, and the tables
`storage.schema.LEARNER_COLUMNS` names with another column (accounts, caseloads, the audit log).
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Protocol

from pathfinder.domain import LearnerProfile
from pathfinder.domain.limits import record_problem
from pathfinder.errors import ProfileConflict, ProfileError
from pathfinder.profiles.jsonformat import profile_from_json, profile_to_json
from pathfinder.storage.audit import delete_entries
from pathfinder.storage.database import Database, Tx, open_database
from pathfinder.storage.migrate import applied_ids
from pathfinder.storage.schema import LEARNER_COLUMNS, SCHEMA_VERSION

__all__ = ["ProfileStore", "SqlProfileStore", "SqliteProfileStore", "SCHEMA_VERSION", "open_profile_store"]


class ProfileStore(Protocol):
    def get(self, profile_id: str) -> LearnerProfile: ...
    def list(self, query: str = "") -> list[LearnerProfile]: ...
    def save(self, profile: LearnerProfile, expected_version: int | None = None) -> LearnerProfile: ...
    def delete(self, profile_id: str) -> bool: ...
    def export_json(self, profile_id: str) -> str: ...
    def import_json(self, text: str, replace: bool = False) -> LearnerProfile: ...


class SqlProfileStore:
    """Profiles in the pathfinder database: a SQLite file (WAL) or PostgreSQL (see `storage.database`)."""

    def __init__(self, db: Database | Path | str) -> None:
        self._db = open_database(db, error=ProfileError)
        self.database = self._db  # the other stores of this learner database open it through this
        self.path = self._db.where
        self._db.ensure_schema(ProfileError)

    def _run(self, fn, write: bool = False):
        return self._db.run(fn, write=write, error=ProfileError)

    def schema_version(self) -> int:
        return len(applied_ids(self._db) or [])

    def get(self, profile_id: str) -> LearnerProfile:
        row = self._run(
            lambda tx: tx.execute("SELECT data FROM profiles WHERE id = ?", (profile_id,)).fetchone()
        )
        if row is None:
            raise ProfileError(f"No profile '{profile_id}'. List them with `pathfinder profile list`.")
        return profile_from_json(row[0], stored=True)

    def list(self, query: str = "") -> list[LearnerProfile]:
        """Profiles whose id or name contains `query` (case-insensitive), by name then id."""
        like = f"%{query.lower()}%"
        rows = self._run(
            lambda tx: tx.execute(
                "SELECT data FROM profiles WHERE lower(id) LIKE "
                "? OR lower(name) LIKE ? ORDER BY lower(name), id",
                (like, like),
            ).fetchall()
        )
        return [profile_from_json(r[0], stored=True) for r in rows]

    def save(self, profile: LearnerProfile, expected_version: int | None = None) -> LearnerProfile:
        """Stores the profile with version+1. `expected_version` (default: the profile's own version) must be
        the stored version, else someone saved meanwhile and `ProfileConflict` is raised."""
        expected = profile.version if expected_version is None else expected_version
        _storable(profile)

        def go(tx: Tx) -> LearnerProfile:
            row = tx.execute("SELECT version FROM profiles WHERE id = ?", (profile.id,)).fetchone()
            stored = 0 if row is None else row[0]
            if stored != expected:
                what = "deleted" if row is None else f"saved (now version {stored})"
                raise ProfileConflict(
                    f"Profile '{profile.id}' was {what} by someone else since you loaded version {expected}. "
                    "Reload it, re-apply your change and save again."
                )
            now = datetime.now(UTC)
            saved = profile.model_copy(update={"version": stored + 1, "updated_at": now})
            values = (profile_to_json(saved), saved.version, now.isoformat(), saved.name, saved.id)
            # Conditional writes: a writer that got in between (PostgreSQL reads committed data) changes no
            # row.
            if stored:
                changed = tx.execute(
                    "UPDATE profiles SET data = ?, version = ?, updated_at = ?, name = ? "
                    "WHERE id = ? AND version = ?",
                    (*values, stored),
                ).rowcount
            else:
                changed = tx.execute(
                    "INSERT INTO profiles (data, version, updated_at, name, id) "
                    "VALUES (?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING",
                    values,
                ).rowcount
            if changed != 1:
                raise ProfileConflict(
                    f"Profile '{profile.id}' was saved by someone else while you saved it. "
                    "Reload it, re-apply your change and save again."
                )
            return saved

        return self._run(go, write=True)

    def delete(self, profile_id: str) -> bool:
        """Removes the profile and every row about the learner (see the module docstring); False if it did not
        exist."""

        def go(tx: Tx) -> bool:
            for table, columns in sorted(self._db.columns(tx).items()):
                column = LEARNER_COLUMNS.get(table, "profile_id")
                if table == "audit_log":  # through the log's guard (storage/audit.py)
                    delete_entries(tx, "learner_id = ?", (profile_id,), "erasure")
                elif table != "profiles" and column in columns:
                    tx.execute(f'DELETE FROM "{table}" WHERE "{column}" = ?', (profile_id,))
            return tx.execute("DELETE FROM profiles WHERE id = ?", (profile_id,)).rowcount > 0

        return self._run(go, write=True)

    def export_json(self, profile_id: str) -> str:
        return profile_to_json(self.get(profile_id))

    def import_json(self, text: str, replace: bool = False) -> LearnerProfile:
        """Stores a profile from its JSON; an existing id is refused unless `replace`."""
        profile = profile_from_json(text)
        existing = next((p for p in self.list(profile.id) if p.id == profile.id), None)
        if existing is not None and not replace:
            raise ProfileError(f"Profile '{profile.id}' already exists. Use --replace to overwrite it.")
        return self.save(profile, expected_version=existing.version if existing else 0)


def _storable(profile: LearnerProfile) -> None:
    """ProfileError when the profile holds text UTF-8 cannot store: a lone surrogate, e.g. from a command-line
    argument whose bytes are not UTF-8 or a broken \\u escape (SQLite would raise UnicodeEncodeError)."""
    try:
        profile_to_json(profile).encode("utf-8")
    except UnicodeEncodeError:
        problem = record_problem(profile.model_dump())
        field = problem[0] if problem and "surrogate" in problem[1] else "a text field"
        raise ProfileError(
            f"Profile '{ascii(profile.id)[1:-1]}' cannot be saved: {field} holds a character "
            "that is not valid text (bytes that are not UTF-8, or a broken \\u escape). Type it "
            "again; nothing was changed."
        ) from None


SqliteProfileStore = SqlProfileStore  # its name before PostgreSQL; works with either engine


def open_profile_store(settings) -> SqlProfileStore:
    """The store at `settings.database_path` (a SQLite file or a PostgreSQL URL)."""
    return SqlProfileStore(settings.database_path)
