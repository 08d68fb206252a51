"""The one database helper every store uses: SQLite (the default) or PostgreSQL, picked by the URL.

`open_database(target)` takes a file path, a `sqlite:///` URL or a `postgresql://` URL; it returns a
`Database`. Stores write their SQL once, with `?` placeholders and the portable subset both engines share;
`Database.run(fn)` calls `fn(tx)` inside one transaction and commits, and re-runs it (so `fn` must only touch
the database) when the engine says "try again": SQLite's "database is locked"/"busy", PostgreSQL's
serialisation failures and deadlocks. What still fails becomes the store's own `PathfinderError` child with a
message naming the fix; no driver exception reaches a user. The few dialect differences (auto-increment keys,
listing tables) live here.

SQLite: WAL with synchronous=NORMAL, foreign keys on, one connection per thread, `BEGIN IMMEDIATE` for writes,
and one in-process lock per file so threads queue fairly instead of polling SQLite's busy handler. PostgreSQL:
psycopg 3 with one `psycopg_pool.ConnectionPool` per URL and process, shared by every store.
"""

from __future__ import annotations

import hashlib
import random
import sqlite3
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from typing import Any, Protocol, TypeVar

from pathfinder.errors import PathfinderError, StorageError
from pathfinder.safety.output import private_database_file

T = TypeVar("T")
RETRY_SECONDS = 30.0  # how long a transaction keeps retrying before the user is told the database is busy
SQLITE_BUSY_MS = 5000  # SQLite's own wait per attempt (another process holding the write lock)
POOL_MAX = 16  # PostgreSQL connections per process (threads beyond that wait for one)


class Tx(Protocol):
    """One open transaction: `execute` with `?` placeholders returns a cursor (fetchone/fetchall/rowcount)."""

    def execute(self, sql: str, params: Iterable[Any] = ...) -> Any: ...


def _backoff(attempt: int) -> float:
    return min(0.5, 0.01 * 2**attempt) * (0.5 + random.random())


class Database:
    """A database the stores share. Subclasses open transactions and say which failures are worth a retry."""

    dialect: str
    where: str  # shown in messages: the file, or host:port/dbname (never a password)
    ddl: dict[str, str]  # portable names in CREATE statements: {id} = auto-increment primary key, {bigint},
    # {blob} = bytes

    def __init__(self) -> None:
        self._schema_checked = False
        self._schema_lock = threading.Lock()

    # -- transactions
    # -----------------------------------------------------------------------------------------
    def run(
        self, fn: Callable[[Tx], T], *, write: bool = False, error: type[PathfinderError] = StorageError
    ) -> T:
        """`fn(tx)` in one transaction, committed when it returns; re-run while the engine reports
        contention."""
        deadline = time.monotonic() + RETRY_SECONDS
        attempt = 0
        while True:
            try:
                return self._transaction(fn, write, deadline)
            except PathfinderError:
                raise
            except Exception as e:  # noqa: BLE001 - driver errors are sorted below; the rest propagate
                if not self._is_driver_error(e):
                    raise
                if self._is_retryable(e) and time.monotonic() < deadline:
                    attempt += 1
                    time.sleep(_backoff(attempt))
                    continue
                raise error(self._message(e)) from e

    def _transaction(self, fn: Callable[[Tx], T], write: bool, deadline: float) -> T:
        raise NotImplementedError

    def _is_driver_error(self, e: BaseException) -> bool:
        raise NotImplementedError

    def _is_retryable(self, e: BaseException) -> bool:
        raise NotImplementedError

    def _message(self, e: BaseException) -> str:
        text = (str(e).strip().splitlines() or [type(e).__name__])[0]  # the driver's first line, no SQL echo
        low = text.lower()
        if self._is_retryable(e):
            return (
                f"The database {self.where} stayed busy for {RETRY_SECONDS:.0f} s (many people saving at "
                "once): nothing was changed. Try again in a moment."
            )
        if "full" in low or "no space" in low:
            return (
                f"The disk holding the database {self.where} is full ({text}). "
                "Free some space and try again; nothing was changed."
            )
        if "readonly" in low or "read-only" in low:
            return (
                f"The database {self.where} is read-only ({text}). Make its folder writable (or point "
                "PATHFINDER_DATABASE_URL elsewhere) and try again; nothing was changed."
            )
        return (
            f"The database {self.where} failed: {text}. Is it a pathfinder database? Check "
            "PATHFINDER_DATABASE_URL."
        )

    # -- schema
    # -----------------------------------------------------------------------------------------------
    def ensure_schema(self, error: type[PathfinderError] = StorageError) -> None:
        """Bring the schema to the version this pathfinder knows (once per Database; see `storage.schema`)."""
        if self._schema_checked:
            return
        from pathfinder.storage.migrate import applied_ids, check_not_newer, migrate, migration_ids

        with self._schema_lock:
            if self._schema_checked:
                return
            # a read first: opening a store must not wait for the migration lock when nothing is to migrate
            applied = applied_ids(self)
            if applied is not None:
                check_not_newer(self, applied, error)
            if applied is None or set(applied) != set(migration_ids()):
                try:
                    migrate(self, error)
                except PathfinderError:
                    raise
                except Exception as e:  # yoyo's or the driver's: the store's own error, with the fix
                    raise error(self._message(e)) from e
            self._schema_checked = True

    def try_exclusive(self, name: str) -> AbstractContextManager[bool]:
        """A lock named `name` held by one process (on any host) at a time, for work longer than a
        transaction: yields False at once when another holds it. SQLite: a lock file next to the database."""
        from filelock import FileLock

        return _file_lock(FileLock(f"{self.where}.{name}.lock"))

    def columns(self, tx: Tx) -> dict[str, set[str]]:
        """Every table of the store and its column names."""
        raise NotImplementedError

    def close(self) -> None:
        """Release pooled connections (a closed Database must not be used again)."""


class SqliteDatabase(Database):
    dialect = "sqlite"
    ddl = {"id": "INTEGER PRIMARY KEY AUTOINCREMENT", "bigint": "INTEGER", "blob": "BLOB"}
    _write_locks: dict[str, threading.Lock] = {}
    _locks_guard = threading.Lock()

    def __init__(self, path: str | Path) -> None:
        super().__init__()
        self.path = str(path)
        self.where = self.path
        self.busy_seconds = SQLITE_BUSY_MS / 1000  # also for the migration tool's connections
        private_database_file(self.path)  # user-only file (and folder, when we create it)
        key = str(Path(self.path).resolve()) if self.path != ":memory:" else self.path
        with self._locks_guard:
            self._write_lock = self._write_locks.setdefault(key, threading.Lock())
        self._local = threading.local()
        self._keeper: sqlite3.Connection | None = None
        try:  # WAL (persistent in the file): readers never block the writer
            self._keeper = sqlite3.connect(
                self.path, timeout=SQLITE_BUSY_MS / 1000, isolation_level=None, check_same_thread=False
            )
            self._keeper.execute("PRAGMA journal_mode=WAL")
            self._keeper.execute("SELECT count(*) FROM sqlite_master").fetchone()  # maps the WAL index
        except sqlite3.Error:
            pass  # e.g. read-only: the first transaction reports it clearly
        # The keeper stays open (idle, no lock): closing the last connection of a WAL file checkpoints and
        # deletes the WAL (~20 ms), which every thread that ends would otherwise pay.

    def _connect(self) -> sqlite3.Connection:
        conn = sqlite3.connect(
            self.path, timeout=SQLITE_BUSY_MS / 1000, isolation_level=None, check_same_thread=False
        )  # closed from the GC of its thread, after the thread
        conn.execute("PRAGMA foreign_keys=ON")
        conn.execute("PRAGMA synchronous=NORMAL")  # WAL: no fsync per commit; a power cut may lose the last
        return conn  # commits but never corrupts the file

    def _connection(self) -> sqlite3.Connection:
        """This thread's connection, opened on first use and kept (fewer calls per write, so a writer holds
        the lock briefly even when many threads compete for the GIL)."""
        conn = getattr(self._local, "conn", None)
        if conn is None:
            conn = self._local.conn = self._connect()
        return conn

    def _transaction(self, fn, write, deadline):
        lock = self._write_lock if write else None
        if lock is not None and not lock.acquire(timeout=max(0.0, deadline - time.monotonic())):
            raise sqlite3.OperationalError("database is locked (in-process writers queue)")
        try:
            conn = self._connection()
            try:
                conn.execute("BEGIN IMMEDIATE" if write else "BEGIN")
                result = fn(conn)
                conn.execute("COMMIT")
                return result
            except BaseException:
                try:
                    if conn.in_transaction:  # SQLite may have ended it itself (e.g. disk full at COMMIT)
                        conn.execute("ROLLBACK")
                except sqlite3.Error:
                    self._local.conn = None  # a connection in doubt is not reused
                    conn.close()
                raise
        finally:
            if lock is not None:
                lock.release()

    def _is_driver_error(self, e):
        return isinstance(e, sqlite3.Error)

    def _is_retryable(self, e):
        text = str(e).lower()
        return isinstance(e, sqlite3.OperationalError) and ("locked" in text or "busy" in text)

    def close(self):
        if self._keeper is not None:
            self._keeper.close()
            self._keeper = None

    def columns(self, tx):
        tables = [
            r[0]
            for r in tx.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            ).fetchall()
        ]
        return {t: {r[1] for r in tx.execute(f'PRAGMA table_info("{t}")').fetchall()} for t in tables}


class _PgTx:
    """A psycopg connection speaking `?` placeholders."""

    def __init__(self, conn) -> None:
        self._conn = conn

    def execute(self, sql: str, params: Iterable[Any] = ()):
        return self._conn.execute(sql.replace("%", "%%").replace("?", "%s"), tuple(params))


class PostgresDatabase(Database):
    dialect = "postgresql"
    ddl = {"id": "BIGSERIAL PRIMARY KEY", "bigint": "BIGINT", "blob": "BYTEA"}

    def __init__(self, url: str, error: type[PathfinderError] = StorageError) -> None:
        super().__init__()
        try:
            import psycopg
            from psycopg_pool import ConnectionPool
        except ImportError as e:  # pragma: no cover - both are in requirements.txt
            raise error("PostgreSQL needs psycopg and psycopg-pool: pip install -r requirements.txt") from e
        self._psycopg = psycopg
        self.url = url  # for the migration tool's own connections (storage.migrate); never shown
        info = psycopg.conninfo.conninfo_to_dict(url)
        self.where = f"{info.get('host', 'localhost')}:{info.get('port', 5432)}/{info.get('dbname', '')}"
        try:  # fail fast with a clear message instead of a pool timeout
            psycopg.connect(url, connect_timeout=5).close()
        except psycopg.Error as e:
            first = (str(e).strip().splitlines() or [type(e).__name__])[0]
            raise error(
                f"Cannot reach the PostgreSQL database {self.where} ({first}). Start the "
                "server or fix PATHFINDER_DATABASE_URL."
            ) from e
        self._pool = ConnectionPool(
            url,
            min_size=1,
            max_size=POOL_MAX,
            timeout=RETRY_SECONDS,
            open=True,
            check=ConnectionPool.check_connection,
            name="pathfinder",
        )

    def _transaction(self, fn, write, deadline):
        with self._pool.connection(timeout=max(0.1, deadline - time.monotonic())) as conn:
            return fn(_PgTx(conn))  # the pool commits when the block ends normally and rolls back otherwise

    def _is_driver_error(self, e):
        from psycopg_pool import PoolTimeout

        return isinstance(e, self._psycopg.Error | PoolTimeout)

    def _is_retryable(self, e):
        from psycopg_pool import PoolTimeout

        errors = self._psycopg.errors
        return isinstance(
            e, errors.SerializationFailure | errors.DeadlockDetected | errors.LockNotAvailable | PoolTimeout
        )

    def _message(self, e):
        if isinstance(e, self._psycopg.OperationalError) and not self._is_retryable(e):
            first = (str(e).strip().splitlines() or [type(e).__name__])[0]
            return (
                f"The connection to the PostgreSQL database {self.where} failed ({first}). Check that the "
                "server is running, then try again."
            )
        return super()._message(e)

    @contextmanager
    def try_exclusive(self, name: str) -> Iterator[bool]:  # a session advisory lock on its own connection
        key = int.from_bytes(hashlib.sha256(name.encode()).digest()[:8], "big", signed=True)
        with self._pool.connection() as conn:
            conn.autocommit = True
            got = conn.execute("SELECT pg_try_advisory_lock(%s)", (key,)).fetchone()[0]
            try:
                yield bool(got)
            finally:
                if got:
                    conn.execute("SELECT pg_advisory_unlock(%s)", (key,))
                conn.autocommit = False

    def columns(self, tx):
        out: dict[str, set[str]] = {}
        for table, column in tx.execute(
            "SELECT table_name, column_name FROM information_schema.columns "
            "WHERE table_schema = current_schema()"
        ).fetchall():
            out.setdefault(table, set()).add(column)
        return out

    def close(self):
        self._pool.close()


@contextmanager
def _file_lock(lock) -> Iterator[bool]:
    from filelock import Timeout

    try:
        lock.acquire(timeout=0)
    except Timeout:
        yield False
        return
    try:
        yield True
    finally:
        lock.release()


_OPEN: dict[str, PostgresDatabase] = {}
_OPEN_LOCK = threading.Lock()


def is_postgres_url(target: str | Path) -> bool:
    return str(target).startswith(("postgresql://", "postgres://", "postgresql+psycopg://"))


def open_database(target: str | Path | Database, error: type[PathfinderError] = StorageError) -> Database:
    """The database at `target` (a path, `sqlite:///path` or `postgresql://...`); PostgreSQL ones are shared
    per process, so every store on one URL uses one connection pool. An unreachable server raises `error`."""
    if isinstance(target, Database):
        return target
    text = str(target)
    if "://" in text and not text.startswith("sqlite:///") and not is_postgres_url(text):
        raise error(
            f"The database URL {text.split('://')[0]}://… is not one pathfinder speaks: set "
            "PATHFINDER_DATABASE_URL to a file path, sqlite:///path or postgresql://user@host:port/db."
        )
    if not is_postgres_url(text):
        return SqliteDatabase(text.removeprefix("sqlite:///") if text.startswith("sqlite:///") else text)
    url = text.replace("postgresql+psycopg://", "postgresql://", 1)
    with _OPEN_LOCK:
        if url not in _OPEN:
            _OPEN[url] = PostgresDatabase(url, error)
        return _OPEN[url]


def close_databases() -> None:
    """Close every pooled PostgreSQL database of this process (tests, shutdown)."""
    with _OPEN_LOCK:
        for db in _OPEN.values():
            db.close()
        _OPEN.clear()
