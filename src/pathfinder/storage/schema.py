"""The database schema of every store, as one ordered list of migrations shared by SQLite and PostgreSQL.

`storage.migrate` runs them with yoyo-migrations (each in its own transaction, recorded by the id
`0001_profiles`…: never rename or reorder one) and refuses a database newer than this code. A new store
(e.g. accounts or an audit log) appends its migration here; write `{id}` for an auto-increment primary key
and `{bigint}` for a column referring to one. Tables created before versioning covered them (conversations,
advising) use IF NOT EXISTS, so old SQLite files upgrade in place.

Learner data: every table with a `profile_id` column is erased with the learner (`storage.profiles` finds
them through `Database.columns`), and so are the rows of the tables in `LEARNER_COLUMNS` (accounts, caseloads,
the audit log) whose learner column names them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from pathfinder.profiles.jsonformat import profile_from_json

if TYPE_CHECKING:  # storage.database imports this module when a store first opens
    from pathfinder.storage.database import Database, Tx


def _profiles(db: Database, tx: Tx) -> None:
    tx.execute(
        "CREATE TABLE IF NOT EXISTS profiles (id TEXT PRIMARY KEY, data TEXT NOT NULL, "
        "version INTEGER NOT NULL, updated_at TEXT NOT NULL)"
    )


def _profile_names(db: Database, tx: Tx) -> None:
    """Adds a searchable name column and fills it from the stored JSON."""
    tx.execute("ALTER TABLE profiles ADD COLUMN name TEXT NOT NULL DEFAULT ''")
    for pid, data in tx.execute("SELECT id, data FROM profiles").fetchall():
        name = profile_from_json(data, stored=True).name
        tx.execute("UPDATE profiles SET name = ? WHERE id = ?", (name, pid))
    tx.execute("CREATE INDEX profiles_name ON profiles (name)")


def _conversations(db: Database, tx: Tx) -> None:
    statements = [
        "CREATE TABLE IF NOT EXISTS conversations (id TEXT PRIMARY KEY, profile_id TEXT NOT NULL, "
        "title TEXT NOT NULL DEFAULT '', created_at TEXT NOT NULL, updated_at TEXT NOT NULL)",
        "CREATE INDEX IF NOT EXISTS conversations_profile ON conversations(profile_id)",
        "CREATE TABLE IF NOT EXISTS messages (id {id}, "
        "conversation_id TEXT NOT NULL REFERENCES conversations(id) ON DELETE CASCADE, "
        "role TEXT NOT NULL CHECK (role IN ('user', 'assistant')), text TEXT NOT NULL, "
        "answer_json TEXT, created_at TEXT NOT NULL)",
        "CREATE INDEX IF NOT EXISTS messages_conversation ON messages(conversation_id)",
        "CREATE TABLE IF NOT EXISTS feedback (message_id {bigint} PRIMARY KEY REFERENCES messages(id) "
        "ON DELETE CASCADE, rating INTEGER NOT NULL CHECK (rating IN (-1, 1)), "
        "comment TEXT NOT NULL DEFAULT '', created_at TEXT NOT NULL)",
    ]
    if db.dialect == "sqlite":  # for connections without PRAGMA foreign_keys too (sqlite3 shell, old code)
        statements += [
            "CREATE TRIGGER IF NOT EXISTS conversations_cleanup AFTER DELETE ON conversations "
            "BEGIN DELETE FROM messages WHERE conversation_id = OLD.id; END",
            "CREATE TRIGGER IF NOT EXISTS messages_cleanup AFTER DELETE ON messages "
            "BEGIN DELETE FROM feedback WHERE message_id = OLD.id; END",
        ]
    for sql in statements:
        tx.execute(sql.format(**db.ddl))


def _advising(db: Database, tx: Tx) -> None:
    for sql in (
        "CREATE TABLE IF NOT EXISTS advisor_notes (id {id}, profile_id TEXT NOT NULL, "
        "author_role TEXT NOT NULL CHECK (author_role IN ('advisor', 'learner')), text TEXT NOT NULL, "
        "created_at TEXT NOT NULL)",
        "CREATE INDEX IF NOT EXISTS advisor_notes_profile ON advisor_notes(profile_id)",
        "CREATE TABLE IF NOT EXISTS agreed_plans (id {id}, profile_id TEXT NOT NULL, "
        "pathway_json TEXT NOT NULL, suggested_json TEXT, agreed_by TEXT NOT NULL, created_at TEXT NOT NULL)",
        "CREATE INDEX IF NOT EXISTS agreed_plans_profile ON agreed_plans(profile_id)",
    ):
        tx.execute(sql.format(**db.ddl))


def _accounts(db: Database, tx: Tx) -> None:
    """Accounts, sign-in throttle, caseloads and the append-only audit log (issue 16); a note's author. SQLite
    files written by the SQLite-only schema already hold these tables: IF NOT EXISTS, and its learner-cleanup
    triggers are dropped (the profile store's delete is the one place that erases a learner)."""
    if "author" not in db.columns(tx).get("advisor_notes", set()):
        tx.execute("ALTER TABLE advisor_notes ADD COLUMN author TEXT NOT NULL DEFAULT ''")
    for sql in (
        "CREATE TABLE IF NOT EXISTS accounts (id TEXT PRIMARY KEY, username TEXT NOT NULL UNIQUE, "
        "role TEXT NOT NULL, password_hash TEXT NOT NULL, learner_id TEXT UNIQUE, "
        "display_name TEXT NOT NULL DEFAULT '', created_at TEXT NOT NULL, "
        "must_change_password INTEGER NOT NULL DEFAULT 0)",
        "CREATE TABLE IF NOT EXISTS signin_throttle (username TEXT PRIMARY KEY, failures INTEGER NOT NULL, "
        "last_failed_at TEXT NOT NULL)",
        "CREATE TABLE IF NOT EXISTS caseloads (advisor_id TEXT NOT NULL, learner_id TEXT NOT NULL, "
        "assigned_by TEXT NOT NULL, assigned_at TEXT NOT NULL, PRIMARY KEY (advisor_id, learner_id))",
        "CREATE INDEX IF NOT EXISTS caseloads_learner ON caseloads(learner_id)",
        "CREATE TABLE IF NOT EXISTS audit_log (id {id}, at TEXT NOT NULL, actor_id TEXT NOT NULL DEFAULT '', "
        "actor TEXT NOT NULL, action TEXT NOT NULL, learner_id TEXT, detail TEXT NOT NULL DEFAULT '')",
        "CREATE INDEX IF NOT EXISTS audit_log_learner ON audit_log(learner_id)",
    ):
        tx.execute(sql.format(**db.ddl))
    # append-only: the only change allowed is a learner's erasure (a DELETE, storage/audit.py)
    if db.dialect == "sqlite":
        for old in ("advising_cleanup", "learner_cleanup", "learner_cleanup_v2"):
            tx.execute(f"DROP TRIGGER IF EXISTS {old}")
        tx.execute(
            "CREATE TRIGGER IF NOT EXISTS audit_log_append_only BEFORE UPDATE ON audit_log "
            "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END"
        )
    else:
        tx.execute(
            "CREATE OR REPLACE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS "
            "$$ BEGIN RAISE EXCEPTION 'the audit log is append-only'; END $$"
        )
        tx.execute(
            "CREATE TRIGGER audit_log_append_only BEFORE UPDATE ON audit_log "
            "FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()"
        )


def _index_versions(db: Database, tx: Tx) -> None:
    """Index versions shared by several hosts (`pathfinder.index.shared`): each version's files as a tar in
    chunks, a row per complete version, and the one row naming the version every host serves."""
    for sql in (
        "CREATE TABLE index_chunks (version TEXT NOT NULL, n INTEGER NOT NULL, data {blob} NOT NULL, "
        "PRIMARY KEY (version, n))",
        "CREATE TABLE index_versions (version TEXT PRIMARY KEY, created_s {bigint} NOT NULL, "
        "size {bigint} NOT NULL, sha256 TEXT NOT NULL, chunks INTEGER NOT NULL, mtimes TEXT NOT NULL)",
        "CREATE TABLE index_current (id INTEGER PRIMARY KEY CHECK (id = 1), "
        "version TEXT NOT NULL REFERENCES index_versions(version), flipped_at TEXT NOT NULL)",
    ):
        tx.execute(sql.format(**db.ddl))


def _sessions_and_guards(db: Database, tx: Tx) -> None:
    """Sign-in sessions that survive a browser reload (only a hash of each token is stored), the per-address
    sign-in throttle, and a guard that refuses any DELETE from the audit log unless the deleting transaction
    holds a permit (storage/audit.py: a learner's erasure and the retention purge are the only holders)."""
    for sql in (
        "CREATE TABLE IF NOT EXISTS sessions (token_hash TEXT PRIMARY KEY, account_id TEXT NOT NULL, "
        "learner_id TEXT, created_at TEXT NOT NULL, last_active_at TEXT NOT NULL)",
        "CREATE INDEX IF NOT EXISTS sessions_account ON sessions(account_id)",
        "CREATE TABLE IF NOT EXISTS signin_throttle_address (address TEXT PRIMARY KEY, "
        "failures INTEGER NOT NULL, last_failed_at TEXT NOT NULL)",
        "CREATE TABLE IF NOT EXISTS audit_delete_permit (reason TEXT NOT NULL)",
    ):
        tx.execute(sql)
    refusal = "the audit log is append-only; entries go only by erasure or the retention purge"
    if db.dialect == "sqlite":
        tx.execute(
            "CREATE TRIGGER IF NOT EXISTS audit_log_no_delete BEFORE DELETE ON audit_log "
            "WHEN NOT EXISTS (SELECT 1 FROM audit_delete_permit) "
            f"BEGIN SELECT RAISE(ABORT, '{refusal}'); END"
        )
    else:
        tx.execute(
            "CREATE OR REPLACE FUNCTION audit_log_no_delete() RETURNS trigger LANGUAGE plpgsql AS "
            "$$ BEGIN IF NOT EXISTS (SELECT 1 FROM audit_delete_permit) THEN "
            f"RAISE EXCEPTION '{refusal}'; END IF; RETURN OLD; END $$"
        )
        tx.execute(
            "CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log "
            "FOR EACH ROW EXECUTE FUNCTION audit_log_no_delete()"
        )


Migration = Callable[["Database", "Tx"], None]
MIGRATIONS: tuple[Migration, ...] = (
    _profiles,
    _profile_names,
    _conversations,
    _advising,
    _accounts,
    _index_versions,
    _sessions_and_guards,
)
# Tables about a learner whose column holding the learner's id is not `profile_id` (table -> column): the
# profile store's delete erases their rows too. The audit log's entries about the learner go; the erasure
# itself is then recorded under a pseudonym (storage/audit.py).
LEARNER_COLUMNS: dict[str, str] = {
    "accounts": "learner_id",
    "caseloads": "learner_id",
    "audit_log": "learner_id",
    "sessions": "learner_id",
}
SCHEMA_VERSION = len(MIGRATIONS)
