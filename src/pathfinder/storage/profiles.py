"""Where learner profiles are kept: a small repository protocol and its SQLite implementation.

The schema is versioned (`schema_version` table, ordered migrations). Saves use optimistic concurrency:
a save names the version it started from, and is refused with `ProfileConflict` if someone saved meanwhile.
Deleting a learner deletes every row about them (triggers in the one schema, `storage/sqlite.py`).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime, UTC
from pathlib import Path
from typing import Protocol

from pathfinder.domain import LearnerProfile
from pathfinder.domain.limits import record_problem
from pathfinder.errors import ProfileConflict, ProfileError
from pathfinder.profiles.jsonformat import profile_from_json, profile_to_json
from pathfinder.storage import sqlite


class ProfileStore(Protocol):
    def get(self, profile_id: str) -> LearnerProfile: ...
    def list(self, query: str = "") -> list[LearnerProfile]: ...
    def save(self, profile: LearnerProfile, expected_version: int | None = None) -> LearnerProfile: ...
    def delete(self, profile_id: str) -> bool: ...
    def export_json(self, profile_id: str) -> str: ...
    def import_json(self, text: str, replace: bool = False) -> LearnerProfile: ...


def _rollback(db: sqlite3.Connection) -> None:
    """Roll back if a transaction is still open (SQLite ends it itself after e.g. a disk-full COMMIT, and a second
    ROLLBACK would then hide the real error)."""
    if db.in_transaction:
        db.execute("ROLLBACK")


def _failure_message(path: str, e: sqlite3.DatabaseError) -> str:
    text = str(e).lower()
    if "full" in text:
        return f"The disk holding the profile database {path} is full ({e}). Free some space and try again; nothing was changed."
    if "readonly" in text or "read-only" in text:
        return (f"The profile database {path} is read-only ({e}). Make its folder writable (or point "
                "PATHFINDER_DATABASE_URL elsewhere) and try again; nothing was changed.")
    return f"The profile database {path} failed: {e}. Is it a pathfinder database?"


def _v1(db: sqlite3.Connection) -> None:
    db.execute("CREATE TABLE profiles (id TEXT PRIMARY KEY, data TEXT NOT NULL, version INTEGER NOT NULL, "
               "updated_at TEXT NOT NULL)")


def _v2(db: sqlite3.Connection) -> None:
    """Adds a searchable name column and fills it from the stored JSON."""
    db.execute("ALTER TABLE profiles ADD COLUMN name TEXT NOT NULL DEFAULT ''")
    for pid, data in db.execute("SELECT id, data FROM profiles").fetchall():
        db.execute("UPDATE profiles SET name = ? WHERE id = ?", (profile_from_json(data, stored=True).name, pid))
    db.execute("CREATE INDEX profiles_name ON profiles (name)")


MIGRATIONS: tuple[Callable[[sqlite3.Connection], None], ...] = (_v1, _v2)
SCHEMA_VERSION = len(MIGRATIONS)


class SqliteProfileStore:
    """Profiles in one SQLite file (WAL mode, so readers never block the writer)."""

    def __init__(self, path: Path | str) -> None:
        self.path = str(path)
        with self._connect() as db:  # a user-only file (and folder, when we create it)
            self._migrate(db)
            sqlite.ensure_schema(db)  # the learner tables and the trigger deleting their rows with a profile

    @contextmanager
    def _connect(self) -> Iterator[sqlite3.Connection]:
        db = sqlite.connect(self.path, lambda e: ProfileError(
            f"Cannot open the profile database {self.path}: {e}. Check PATHFINDER_DATABASE_URL."),
            isolation_level=None, schema=False)
        try:
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA busy_timeout=10000")
            yield db
        except sqlite3.DatabaseError as e:
            raise ProfileError(_failure_message(self.path, e)) from e
        finally:
            db.close()

    def _migrate(self, db: sqlite3.Connection) -> None:
        db.execute("BEGIN IMMEDIATE")
        try:
            db.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")
            row = db.execute("SELECT version FROM schema_version").fetchone()
            current = row[0] if row else 0
            if row is None:
                db.execute("INSERT INTO schema_version VALUES (0)")
            if current > SCHEMA_VERSION:
                raise ProfileError(f"The profile database {self.path} has schema {current}, newer than this "
                                   f"pathfinder ({SCHEMA_VERSION}). Upgrade pathfinder.")
            for version in range(current + 1, SCHEMA_VERSION + 1):
                MIGRATIONS[version - 1](db)
                db.execute("UPDATE schema_version SET version = ?", (version,))
            db.execute("COMMIT")
        except BaseException:
            _rollback(db)
            raise

    def schema_version(self) -> int:
        with self._connect() as db:
            return db.execute("SELECT version FROM schema_version").fetchone()[0]

    def get(self, profile_id: str) -> LearnerProfile:
        with self._connect() as db:
            row = db.execute("SELECT data FROM profiles WHERE id = ?", (profile_id,)).fetchone()
        if row is None:
            raise ProfileError(f"No profile '{profile_id}'. List them with `pathfinder profile list`.")
        return profile_from_json(row[0], stored=True)

    def list(self, query: str = "") -> list[LearnerProfile]:
        """Profiles whose id or name contains `query` (case-insensitive), by name then id."""
        like = f"%{query.lower()}%"
        with self._connect() as db:
            rows = db.execute("SELECT data FROM profiles WHERE lower(id) LIKE ? OR lower(name) LIKE ? "
                              "ORDER BY lower(name), id", (like, like)).fetchall()
        return [profile_from_json(r[0], stored=True) for r in rows]

    def save(self, profile: LearnerProfile, expected_version: int | None = None) -> LearnerProfile:
        """Stores the profile with version+1. `expected_version` (default: the profile's own version) must be
        the stored version, else someone saved meanwhile and `ProfileConflict` is raised."""
        expected = profile.version if expected_version is None else expected_version
        _storable(profile)
        with self._connect() as db:
            db.execute("BEGIN IMMEDIATE")
            try:
                row = db.execute("SELECT version FROM profiles WHERE id = ?", (profile.id,)).fetchone()
                stored = 0 if row is None else row[0]
                if stored != expected:
                    what = "deleted" if row is None else f"saved (now version {stored})"
                    raise ProfileConflict(
                        f"Profile '{profile.id}' was {what} by someone else since you loaded version {expected}. "
                        "Reload it, re-apply your change and save again."
                    )
                saved = profile.model_copy(update={"version": stored + 1, "updated_at": datetime.now(UTC)})
                db.execute("INSERT INTO profiles (id, data, version, updated_at, name) VALUES (?, ?, ?, ?, ?) "
                           "ON CONFLICT(id) DO UPDATE SET data = excluded.data, version = excluded.version, "
                           "updated_at = excluded.updated_at, name = excluded.name",
                           (saved.id, profile_to_json(saved), saved.version, saved.updated_at.isoformat(), saved.name))
                db.execute("COMMIT")
            except BaseException:
                _rollback(db)
                raise
        return saved

    def delete(self, profile_id: str) -> bool:
        """Removes the profile and every row about the learner (the `learner_cleanup` trigger of
        `storage/sqlite.py`); False if it did not exist."""
        with self._connect() as db:
            db.execute("BEGIN IMMEDIATE")
            try:
                gone = db.execute("DELETE FROM profiles WHERE id = ?", (profile_id,)).rowcount
                db.execute("COMMIT")
            except BaseException:
                _rollback(db)
                raise
        return gone > 0

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
        raise ProfileError(f"Profile '{ascii(profile.id)[1:-1]}' cannot be saved: {field} holds a character "
                           "that is not valid text (bytes that are not UTF-8, or a broken \\u escape). Type it "
                           "again; nothing was changed.") from None


def open_profile_store(settings) -> SqliteProfileStore:
    """The store at `settings.database_path`."""
    return SqliteProfileStore(settings.database_path)
