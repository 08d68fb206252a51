"""Migrations by yoyo-migrations (storage.migrate), on SQLite and PostgreSQL: a database written by the old
runner (a `schema_version` row, every migration applied in one transaction) is adopted without re-running
anything, a fresh database gets the old runner's tables and columns, and two processes opening a fresh
database at once migrate it once."""

from __future__ import annotations

import subprocess
import sys

import pytest
from store_backends import fresh_postgres_schema, run_sql

from pathfinder.errors import ProfileError
from pathfinder.storage.database import close_databases, open_database
from pathfinder.storage.migrate import migration_ids
from pathfinder.storage.profiles import SCHEMA_VERSION, open_profile_store
from pathfinder.storage.schema import MIGRATIONS

BOOKKEEPING = {"schema_version", "_yoyo_migration", "_yoyo_log", "_yoyo_version", "yoyo_lock"}


def _old_runner(target, upto: int) -> None:
    """What `storage.schema.migrate` did before yoyo: its version table, then migrations 1..upto and the
    version number, all in one transaction."""
    db = open_database(target)

    def go(tx):
        tx.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")
        tx.execute("INSERT INTO schema_version VALUES (0)")
        for version in range(1, upto + 1):
            MIGRATIONS[version - 1](db, tx)
            tx.execute("UPDATE schema_version SET version = ?", (version,))

    db.run(go, write=True)


def _schema(settings) -> dict[str, set[str]]:
    db = open_database(settings.database_path)
    return {t: c for t, c in db.run(db.columns).items() if t not in BOOKKEEPING}


def _log(settings) -> list[tuple[str, str]]:
    return sorted(run_sql(settings, "SELECT migration_id, operation FROM _yoyo_log"))


def test_an_old_runner_database_is_stamped_not_rerun(store_settings):
    _old_runner(store_settings.database_path, SCHEMA_VERSION)
    run_sql(
        store_settings,
        "INSERT INTO profiles (id, data, version, updated_at, name) VALUES ('p1', '{}', 1, 'then', 'Old')",
        write=True,
    )
    before = _schema(store_settings)
    store = open_profile_store(store_settings)  # index_chunks etc. have no IF NOT EXISTS: a re-run would fail
    assert store.schema_version() == SCHEMA_VERSION
    assert _log(store_settings) == sorted((m, "mark") for m in migration_ids())  # stamped, none applied
    assert run_sql(store_settings, "SELECT id, name FROM profiles") == [("p1", "Old")]
    assert run_sql(store_settings, "SELECT version FROM schema_version") == [(SCHEMA_VERSION,)]
    assert _schema(store_settings) == before


def test_an_old_runner_database_part_way_gets_the_rest(store_settings):
    _old_runner(store_settings.database_path, 5)
    open_profile_store(store_settings)
    ids = migration_ids()
    assert _log(store_settings) == sorted([(m, "mark") for m in ids[:5]] + [(m, "apply") for m in ids[5:]])
    assert {"index_versions", "sessions", "audit_delete_permit"} <= set(_schema(store_settings))


@pytest.fixture
def second_postgres_schema():
    """Another throwaway PostgreSQL schema (the old runner's database next to the test's own)."""
    with fresh_postgres_schema() as url:
        yield url


def test_a_fresh_database_has_the_old_runners_schema(store_settings, tmp_path, request):
    if store_settings.database_url:
        old = request.getfixturevalue("second_postgres_schema")
    else:
        old = str(tmp_path / "old.sqlite3")
    _old_runner(old, SCHEMA_VERSION)
    open_profile_store(store_settings)
    old_db = open_database(old)
    expected = old_db.run(old_db.columns)
    expected.pop("schema_version")
    assert _schema(store_settings) == expected
    assert _log(store_settings) == sorted((m, "apply") for m in migration_ids())


OPEN = (
    "import sys; from pathfinder.storage.profiles import open_profile_store; "
    "from pathfinder.settings import Settings; "
    "s = Settings(_env_file=None, data_dir=sys.argv[1], database_url=sys.argv[2] or None); "
    "print(open_profile_store(s).schema_version())"
)


def test_two_processes_opening_a_fresh_database_migrate_it_once(store_settings):
    url = store_settings.database_url or ""
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", OPEN, str(store_settings.data_dir), url],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(2)
    ]
    outs = [p.communicate(timeout=120) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], [err[-2000:] for _, err in outs]
    assert [out.strip() for out, _ in outs] == [str(SCHEMA_VERSION)] * 2
    assert _log(store_settings) == sorted((m, "apply") for m in migration_ids())  # each applied once


def test_migrating_needs_no_dns_and_no_passwd_entry(store_settings, monkeypatch):
    """yoyo's own log line calls `socket.getfqdn` (a DNS lookup) and `getpass.getuser` (fails for a uid with
    no passwd entry, as in some containers); ours uses neither."""

    def refuse(*_args):
        raise OSError("not here")

    monkeypatch.setattr("socket.getfqdn", refuse)
    monkeypatch.setattr("getpass.getuser", refuse)
    assert open_profile_store(store_settings).schema_version() == SCHEMA_VERSION
    assert len(_log(store_settings)) == SCHEMA_VERSION


def test_a_crash_after_a_migration_does_not_rerun_it(store_settings, monkeypatch):
    """A migration and its record commit together: a start that dies right after `0006_index_versions`
    (CREATE TABLE without IF NOT EXISTS) leaves it recorded, so the next start does not run it again."""
    from yoyo.backends.base import DatabaseBackend

    real = DatabaseBackend.log_migration

    def dies_after_0006(self, migration, operation):
        if migration.id == "0006_index_versions":
            raise RuntimeError("killed")
        return real(self, migration, operation)

    monkeypatch.setattr(DatabaseBackend, "log_migration", dies_after_0006)
    with pytest.raises(ProfileError):
        open_profile_store(store_settings)
    close_databases()
    monkeypatch.setattr(DatabaseBackend, "log_migration", real)
    assert open_profile_store(store_settings).schema_version() == SCHEMA_VERSION
    assert [m for m, op in _log(store_settings) if op == "apply"] == [
        m for m in migration_ids() if m != "0006_index_versions"
    ]
