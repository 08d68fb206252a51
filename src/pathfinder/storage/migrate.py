"""Runs the migrations of `storage.schema` with yoyo-migrations (a maintained tool that drives plain DB-API
connections, so the stores keep their own SQL and need no ORM).

yoyo records each applied migration by id in `_yoyo_migration` (with `_yoyo_log`, `_yoyo_version` and
`yoyo_lock`, its own bookkeeping). Around yoyo's run this module holds the lock the old runner held, so two
processes opening a fresh database migrate once: PostgreSQL's advisory lock 20261204 (on its own
connection, for the whole run), and for SQLite a lock file next to the database (the old runner's lock was
SQLite's write transaction; yoyo migrates on connections of its own, so a file lock spans them). Inside that
lock any row left in `yoyo_lock` comes from a crashed run and is cleared.

Each migration writes its own `_yoyo_migration` row inside its transaction (yoyo alone records it in a
second one, so a crash between the two would re-run it); yoyo then only logs it.

Adoption: a database written by the old runner (a `schema_version` table with N, and no yoyo rows) is
stamped with the first N migrations, which are not re-run; the table stays as it was.
"""

from __future__ import annotations

import os
import socket
import sqlite3
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from pathfinder.errors import PathfinderError

if TYPE_CHECKING:
    from pathfinder.storage.database import Database

MIGRATION_TABLE = "_yoyo_migration"


def migration_ids() -> list[str]:
    from pathfinder.storage.schema import MIGRATIONS

    return [f"{n:04d}{fn.__name__}" for n, fn in enumerate(MIGRATIONS, 1)]


def applied_ids(db: Database) -> list[str] | None:
    """The ids yoyo recorded as applied, or None when the database has no yoyo table yet (a read only)."""
    from pathfinder.errors import StorageError

    try:
        rows = db.run(lambda tx: tx.execute(f"SELECT migration_id FROM {MIGRATION_TABLE}").fetchall())
    except StorageError:
        return None
    return [r[0] for r in rows]


def check_not_newer(db: Database, applied: list[str], error: type[PathfinderError]) -> None:
    known = migration_ids()
    unknown = [m for m in applied if m not in known]
    if unknown:
        raise error(
            f"The database {db.where} has schema {len(applied)}, newer than this pathfinder "
            f"({len(known)}; it lacks {', '.join(sorted(unknown))}). Upgrade pathfinder."
        )


def migrate(db: Database, error: type[PathfinderError]) -> None:
    """Apply the migrations `db` lacks (or stamp an old runner's database), one process at a time."""
    with _exclusive(db), _backend(db) as backend:
        backend.break_lock()  # we hold the outer lock: a row here is a crashed run's
        migrations = _migrations(db)
        with backend.lock():
            applied = backend.get_applied_migration_hashes()
            if not applied:
                old = _old_runner_version(backend)
                if old > len(migrations):
                    raise error(
                        f"The database {db.where} has schema {old}, newer than this pathfinder "
                        f"({len(migrations)}). Upgrade pathfinder."
                    )
                if old:
                    backend.mark_migrations(migrations[:old])
            check_not_newer(db, _applied_ids(backend), error)
            for migration in backend.to_apply(migrations):
                backend.apply_one(migration, mark=False)  # the step records itself (`_Step._apply`)


def _applied_ids(backend: Any) -> list[str]:
    return [r[0] for r in backend.execute(f"SELECT migration_id FROM {MIGRATION_TABLE}").fetchall()]


def _old_runner_version(backend: Any) -> int:
    try:
        with backend.transaction():
            row = backend.execute("SELECT version FROM schema_version").fetchone()
    except backend.DatabaseError:
        return 0
    return int(row[0]) if row else 0


class _PgConn:
    """A psycopg connection speaking `?` placeholders (the stores' SQL)."""

    def __init__(self, conn: Any) -> None:
        self._conn = conn

    def execute(self, sql: str, params: Any = ()) -> Any:
        return self._conn.execute(sql.replace("%", "%%").replace("?", "%s"), tuple(params))


def _migrations(db: Database) -> Any:
    from yoyo.migrations import Migration, MigrationList, StepCollector

    from pathfinder.storage.schema import MIGRATIONS

    class _Step(Migration):  # type: ignore[misc]  # a migration from a function, not a file
        def __init__(self, mid: str, fn: Any) -> None:
            super().__init__(mid, f"pathfinder.storage.schema:{fn.__name__}", None)
            self._fn = fn

        def load(self) -> None:
            if self.loaded:
                return
            collector = StepCollector(migration=self)
            pg = db.dialect == "postgresql"
            collector.add_step(lambda conn: self._apply(_PgConn(conn) if pg else conn))
            self._depends = set()
            self.use_transactions = True
            self.steps = collector.create_steps(True)

        def _apply(self, tx: Any) -> None:  # the migration and its record in one transaction
            self._fn(db, tx)
            tx.execute(
                f"INSERT INTO {MIGRATION_TABLE} (migration_hash, migration_id, applied_at_utc) "
                "VALUES (?, ?, ?)",
                (self.hash, self.id, datetime.now(UTC).replace(tzinfo=None)),
            )

    return MigrationList([_Step(mid, fn) for mid, fn in zip(migration_ids(), MIGRATIONS, strict=True)])


@contextmanager
def _backend(db: Database) -> Iterator[Any]:
    from yoyo.connections import parse_uri

    if db.dialect == "postgresql":
        from yoyo.backends.core.postgresql import PostgresqlPsycopgBackend

        backend = _local(PostgresqlPsycopgBackend)(parse_uri(db.url), MIGRATION_TABLE)  # type: ignore[attr-defined]
    else:
        uri = parse_uri("sqlite:///x")._replace(database=db.path)  # type: ignore[attr-defined]
        backend = _local(_sqlite_backend_class(db.busy_seconds))(uri, MIGRATION_TABLE)  # type: ignore[attr-defined]
    try:
        backend.init_database()
        yield backend
    finally:
        backend.connection.close()


def _local(base: Any) -> Any:
    """`base` logging what `_yoyo_log` needs without a DNS lookup (yoyo's `socket.getfqdn`) or the password
    database (`getpass.getuser` fails in a container running under a uid with no passwd entry)."""

    class Backend(base):  # type: ignore[misc,valid-type]
        def get_log_data(self, migration: Any = None, operation: str = "apply") -> dict[str, Any]:
            return {
                "id": str(uuid.uuid4()),
                "migration_id": migration.id if migration else None,
                "migration_hash": migration.hash if migration else None,
                "username": os.environ.get("USER") or str(os.getuid()),
                "hostname": socket.gethostname(),
                "created_at_utc": datetime.now(UTC).replace(tzinfo=None),
                "operation": operation,
            }

    return Backend


def _sqlite_backend_class(
    busy_seconds: float,
) -> Any:  # made on first use: yoyo is imported only when a migration runs
    from yoyo.backends.core.sqlite3 import SQLiteBackend

    class Backend(SQLiteBackend):  # type: ignore[misc]
        def connect(self, dburi: Any) -> sqlite3.Connection:  # the plain path (yoyo's URI form breaks on '?')
            conn = sqlite3.connect(dburi.database, timeout=busy_seconds, isolation_level=None)
            conn.execute("PRAGMA foreign_keys=ON")
            return conn

    return Backend


@contextmanager
def _exclusive(db: Database) -> Iterator[None]:
    if db.dialect == "postgresql":
        import psycopg

        with psycopg.connect(db.url, autocommit=True) as conn:  # type: ignore[attr-defined]
            conn.execute("SELECT pg_advisory_lock(20261204)")
            try:
                yield
            finally:
                conn.execute("SELECT pg_advisory_unlock(20261204)")
        return
    from filelock import FileLock

    with FileLock(f"{db.path}.migrate.lock", mode=0o600):  # type: ignore[attr-defined]
        yield
