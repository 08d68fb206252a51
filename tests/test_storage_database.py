"""The one database helper: retries on contention (SQLite locks, PostgreSQL deadlocks, serialisation
failures), and no driver exception ever reaches a user - what still fails is the store's PathfinderError with
the fix."""

from __future__ import annotations

import sqlite3
import threading

import pytest
from store_backends import run_sql

from pathfinder.domain import LearnerProfile
from pathfinder.errors import ProfileError
from pathfinder.storage import database
from pathfinder.storage.advising import AdvisingError, AdvisingStore
from pathfinder.storage.conversations import ConversationError, ConversationStore
from pathfinder.storage.database import StorageError, open_database
from pathfinder.storage.profiles import SqlProfileStore, open_profile_store


@pytest.fixture
def held_lock(settings):
    """Another process-like connection holding SQLite's write lock until released."""
    open_profile_store(settings)  # schema in place
    conn = sqlite3.connect(settings.database_path, isolation_level=None, check_same_thread=False)
    conn.execute("BEGIN EXCLUSIVE")
    yield conn
    if conn.in_transaction:
        conn.execute("ROLLBACK")
    conn.close()


def test_a_lock_held_too_long_is_a_clear_message_never_database_is_locked(settings, held_lock, monkeypatch):
    monkeypatch.setattr(database, "RETRY_SECONDS", 0.6)
    monkeypatch.setattr(database, "SQLITE_BUSY_MS", 50)
    profiles, conversations = open_profile_store(settings), ConversationStore(settings.database_path)
    advising = AdvisingStore(settings.database_path)
    for call, error in [
        (lambda: profiles.save(LearnerProfile(id="a", name="A")), ProfileError),
        (lambda: conversations.start("a"), ConversationError),
        (lambda: advising.add_note("a", "note"), AdvisingError),
    ]:
        with pytest.raises(error, match="stayed busy.*nothing was changed. Try again") as caught:
            call()
        message = str(caught.value)
        assert "database is locked" not in message and "pathfinder database?" not in message


def test_a_lock_released_within_the_retry_budget_is_waited_out(settings, held_lock, monkeypatch):
    monkeypatch.setattr(database, "SQLITE_BUSY_MS", 50)  # SQLite gives up fast; the helper's retries carry on
    store = open_profile_store(settings)
    threading.Timer(0.5, lambda: held_lock.execute("ROLLBACK")).start()
    assert store.save(LearnerProfile(id="a", name="A")).version == 1


def test_retries_rerun_the_whole_transaction(store_settings):
    db = open_database(store_settings.database_path)
    calls = []
    retryable = (
        sqlite3.OperationalError("database is locked")
        if store_settings.database_url is None
        else __import__("psycopg").errors.SerializationFailure("could not serialize access")
    )

    def flaky(tx):
        calls.append(1)
        tx.execute("INSERT INTO retry_probe VALUES (?)", (100 + len(calls),))
        if len(calls) < 3:
            raise retryable
        return len(calls)

    open_profile_store(store_settings)
    db.run(lambda tx: tx.execute("CREATE TABLE retry_probe (version INTEGER NOT NULL)"), write=True)
    assert db.run(flaky, write=True) == 3
    assert run_sql(store_settings, "SELECT version FROM retry_probe") == [(103,)]


def test_a_real_postgres_deadlock_is_retried(postgres_target):
    db = open_database(postgres_target)
    db.run(
        lambda tx: tx.execute("CREATE TABLE pair (id INTEGER PRIMARY KEY, v INTEGER NOT NULL)"), write=True
    )
    db.run(lambda tx: tx.execute("INSERT INTO pair VALUES (1, 0), (2, 0)"), write=True)
    gate = threading.Barrier(2)
    errors: list[BaseException] = []

    def crosswise(first: int, second: int) -> None:
        attempts = []

        def go(tx):
            attempts.append(1)
            tx.execute("UPDATE pair SET v = v + 1 WHERE id = ?", (first,))
            if len(attempts) == 1:
                gate.wait(timeout=10)  # both hold their first row: PostgreSQL picks a deadlock victim
            tx.execute("UPDATE pair SET v = v + 1 WHERE id = ?", (second,))

        try:
            db.run(go, write=True)
        except BaseException as e:  # noqa: BLE001 - reported below
            errors.append(e)

    threads = [threading.Thread(target=crosswise, args=pair) for pair in ((1, 2), (2, 1))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert not errors, errors
    assert db.run(lambda tx: tx.execute("SELECT id, v FROM pair ORDER BY id").fetchall()) == [(1, 2), (2, 2)]


def test_other_driver_errors_become_the_stores_error(store_settings):
    db = open_database(store_settings.database_path)
    with pytest.raises(StorageError, match="failed.*PATHFINDER_DATABASE_URL") as caught:
        db.run(lambda tx: tx.execute("SELECT * FROM no_such_table"))
    assert isinstance(caught.value.__cause__, Exception)


def test_an_unreachable_postgres_server_is_a_clear_message():
    expected = "Cannot reach the PostgreSQL database 127.0.0.1:1/pf.*Start the server"
    with pytest.raises(ProfileError, match=expected) as e:
        SqlProfileStore("postgresql://someone:hunter2@127.0.0.1:1/pf")
    assert "hunter2" not in str(e.value)  # never the password (the message names host:port/db only)


def test_a_postgres_url_in_settings_selects_postgres(settings, postgres_target):
    s = settings.model_copy(update={"database_url": postgres_target})
    store = open_profile_store(s)
    store.save(LearnerProfile(id="pg", name="On PostgreSQL"))
    assert open_database(s.database_path).dialect == "postgresql"
    assert not (settings.data_dir / "pathfinder.sqlite3").exists()


def test_an_unknown_database_url_is_refused_by_name(settings):
    with pytest.raises(ProfileError, match="mysql://… is not one pathfinder speaks.*postgresql://"):
        open_profile_store(settings.model_copy(update={"database_url": "mysql://root:pw@db/x"}))


def test_killed_postgres_connections_are_replaced(postgres_target):
    """A server restart or a DBA's pg_terminate_backend: the pool checks connections before handing them
    out."""
    import psycopg

    store = SqlProfileStore(postgres_target)
    store.save(LearnerProfile(id="a", name="A"))
    with psycopg.connect(postgres_target, autocommit=True) as admin:
        killed = admin.execute(
            "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE pid <> "
            "pg_backend_pid() AND datname = current_database() AND usename = current_user "
            "AND backend_type = 'client backend'"
        ).fetchone()[0]
    assert killed >= 1
    assert store.save(store.get("a")).version == 2


def test_the_database_password_is_a_secret(settings):
    from pathfinder.safety.output import REDACTED, configured_secrets, redact

    s = settings.model_copy(update={"database_url": "postgresql://pf:s3cr%2Ft-pw@db:5432/pf"})
    assert "s3cr" not in repr(s)
    assert redact("connect postgresql://pf:s3cr%2Ft-pw@db and s3cr/t-pw", configured_secrets(s)) == (
        f"connect postgresql://pf:{REDACTED}@db and {REDACTED}"
    )
