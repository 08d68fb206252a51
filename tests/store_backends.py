"""The store tests' two back ends: `store_settings` is parametrised over SQLite and PostgreSQL.

PostgreSQL comes from PATHFINDER_TEST_POSTGRES_URL (CI sets it after starting a throwaway server; then a
server that cannot be reached FAILS the tests instead of skipping them), else from the address
`tools/postgres_server.sh start DIR` uses (127.0.0.1:54329), where a missing server skips them with a message.
Each test gets its own PostgreSQL schema (dropped afterwards), so tests never see each other's rows.
"""

from __future__ import annotations

import os
import urllib.parse
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache

import pytest

from pathfinder.storage.database import close_databases, open_database

ENV = "PATHFINDER_TEST_POSTGRES_URL"
DEFAULT_URL = "postgresql://pathfinder@127.0.0.1:54329/pathfinder"
HOW = (
    "start one with `tools/postgres_server.sh start /tmp/pf-pg` (apt-get install -y postgresql first) "
    f"or set {ENV}"
)


@cache
def _server() -> tuple[str, str | None]:
    """(url, why it cannot be used or None)."""
    url = os.environ.get(ENV) or DEFAULT_URL
    try:
        import psycopg

        psycopg.connect(url, connect_timeout=3).close()
        return url, None
    except Exception as e:  # noqa: BLE001 - any failure means "no server here"
        return url, f"no PostgreSQL server at {url} ({str(e).strip().splitlines()[0]})"


def postgres_url() -> str:
    """A server URL, or skip (fail when CI said a server is there)."""
    url, why = _server()
    if why:
        if os.environ.get(ENV):
            pytest.fail(f"{ENV} is set but the server cannot be used: {why}")
        pytest.skip(f"PostgreSQL store tests skipped: {why}; {HOW}")
    return url


def _with_schema(url: str, schema: str) -> str:
    parts = urllib.parse.urlsplit(url)
    query = urllib.parse.parse_qsl(parts.query) + [("options", f"-csearch_path={schema}")]
    return urllib.parse.urlunsplit(parts._replace(query=urllib.parse.urlencode(query)))


@contextmanager
def fresh_postgres_schema() -> Iterator[str]:
    """A PostgreSQL URL whose tables live in a fresh schema of their own, dropped afterwards."""
    import psycopg

    url = postgres_url()
    schema = f"t_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {schema}")
    try:
        yield _with_schema(url, schema)
    finally:
        close_databases()
        with psycopg.connect(url, autocommit=True) as conn:
            conn.execute(f"DROP SCHEMA {schema} CASCADE")


@pytest.fixture
def postgres_target():
    """A PostgreSQL URL whose tables live in a fresh schema of their own."""
    with fresh_postgres_schema() as url:
        yield url


@pytest.fixture(params=["sqlite", "postgres"])
def store_settings(request, settings):
    """`settings` on SQLite (under tmp_path) and on PostgreSQL (a throwaway schema)."""
    if request.param == "sqlite":
        return settings
    return settings.model_copy(update={"database_url": request.getfixturevalue("postgres_target")})


def run_sql(settings, sql: str, params: tuple = (), write: bool = False):
    """Raw SQL (`?` placeholders) on the test's database, whichever engine: all rows of a query."""

    def go(tx):
        cursor = tx.execute(sql, params)
        return cursor.fetchall() if cursor.description else cursor.rowcount

    return open_database(settings.database_path).run(go, write=write)
