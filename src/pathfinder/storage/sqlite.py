"""The one SQLite connection helper and the one schema of the learner database (conversations, messages, feedback,
advisor notes, agreed plans, accounts, caseloads, sign-in throttle, audit log), with the triggers that delete a
learner's rows together with their profile.

Deletes cascade by triggers, which fire on every connection (also without `PRAGMA foreign_keys`, e.g. the sqlite3
shell), rather than by FOREIGN KEY clauses: a conversation or note may name a learner whose profile was never
saved. The `profiles` table itself is the profile store's (versioned migrations in `storage/profiles.py`).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

from pathfinder.errors import PathfinderError
from pathfinder.safety.output import private_database_file

SCHEMA = """
CREATE TABLE IF NOT EXISTS conversations (
    id TEXT PRIMARY KEY, profile_id TEXT NOT NULL, title TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS conversations_profile ON conversations(profile_id);
CREATE TABLE IF NOT EXISTS messages (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    conversation_id TEXT NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
    role TEXT NOT NULL CHECK (role IN ('user', 'assistant')), text TEXT NOT NULL,
    answer_json TEXT, created_at TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS messages_conversation ON messages(conversation_id);
CREATE TABLE IF NOT EXISTS feedback (
    message_id INTEGER PRIMARY KEY REFERENCES messages(id) ON DELETE CASCADE,
    rating INTEGER NOT NULL CHECK (rating IN (-1, 1)), comment TEXT NOT NULL DEFAULT '', created_at TEXT NOT NULL);
CREATE TRIGGER IF NOT EXISTS conversations_cleanup AFTER DELETE ON conversations
BEGIN DELETE FROM messages WHERE conversation_id = OLD.id; END;
CREATE TRIGGER IF NOT EXISTS messages_cleanup AFTER DELETE ON messages
BEGIN DELETE FROM feedback WHERE message_id = OLD.id; END;
CREATE TABLE IF NOT EXISTS advisor_notes (
    id INTEGER PRIMARY KEY AUTOINCREMENT, profile_id TEXT NOT NULL,
    author_role TEXT NOT NULL CHECK (author_role IN ('advisor', 'learner')), text TEXT NOT NULL,
    created_at TEXT NOT NULL, author TEXT NOT NULL DEFAULT '');
CREATE INDEX IF NOT EXISTS advisor_notes_profile ON advisor_notes(profile_id);
CREATE TABLE IF NOT EXISTS agreed_plans (
    id INTEGER PRIMARY KEY AUTOINCREMENT, profile_id TEXT NOT NULL, pathway_json TEXT NOT NULL,
    suggested_json TEXT, agreed_by TEXT NOT NULL, created_at TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS agreed_plans_profile ON agreed_plans(profile_id);
CREATE TABLE IF NOT EXISTS accounts (
    id TEXT PRIMARY KEY, username TEXT NOT NULL UNIQUE, role TEXT NOT NULL, password_hash TEXT NOT NULL,
    learner_id TEXT UNIQUE, display_name TEXT NOT NULL DEFAULT '', created_at TEXT NOT NULL,
    must_change_password INTEGER NOT NULL DEFAULT 0);
CREATE TABLE IF NOT EXISTS signin_throttle (
    username TEXT PRIMARY KEY, failures INTEGER NOT NULL, last_failed_at TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS caseloads (
    advisor_id TEXT NOT NULL, learner_id TEXT NOT NULL, assigned_by TEXT NOT NULL, assigned_at TEXT NOT NULL,
    PRIMARY KEY (advisor_id, learner_id));
CREATE INDEX IF NOT EXISTS caseloads_learner ON caseloads(learner_id);
CREATE TABLE IF NOT EXISTS audit_log (
    id INTEGER PRIMARY KEY AUTOINCREMENT, at TEXT NOT NULL, actor_id TEXT NOT NULL DEFAULT '',
    actor TEXT NOT NULL, action TEXT NOT NULL, learner_id TEXT, detail TEXT NOT NULL DEFAULT '');
CREATE INDEX IF NOT EXISTS audit_log_learner ON audit_log(learner_id);
-- append-only: the only deletion is a learner's erasure (storage/audit.py)
CREATE TRIGGER IF NOT EXISTS audit_log_append_only BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
"""
# Every row about a learner goes with their profile (messages and feedback follow their conversation). Installed
# once the profile store's table exists (a trigger cannot name a missing table); replaces the older
# advising-only trigger.
LEARNER_CLEANUP = """
DROP TRIGGER IF EXISTS advising_cleanup;
DROP TRIGGER IF EXISTS learner_cleanup;
CREATE TRIGGER IF NOT EXISTS learner_cleanup_v2 AFTER DELETE ON profiles
BEGIN
    DELETE FROM conversations WHERE profile_id = OLD.id;
    DELETE FROM advisor_notes WHERE profile_id = OLD.id;
    DELETE FROM agreed_plans WHERE profile_id = OLD.id;
    DELETE FROM caseloads WHERE learner_id = OLD.id;
    DELETE FROM accounts WHERE learner_id = OLD.id;
    DELETE FROM audit_log WHERE learner_id = OLD.id;
END;
"""
LEARNER_TABLES = ("conversations", "advisor_notes", "agreed_plans")  # tables with a profile_id column


def ensure_schema(conn: sqlite3.Connection) -> None:
    """The learner tables and triggers in place (idempotent); the cleanup trigger once `profiles` exists."""
    conn.executescript(SCHEMA)
    if "author" not in {r[1] for r in conn.execute("PRAGMA table_info(advisor_notes)")}:  # databases before #16
        conn.execute("ALTER TABLE advisor_notes ADD COLUMN author TEXT NOT NULL DEFAULT ''")
    if conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'profiles'").fetchone():
        conn.executescript(LEARNER_CLEANUP)


def connect(path: str | Path, failure: Callable[[sqlite3.Error], PathfinderError], *,
            isolation_level: str | None = "", schema: bool = True) -> sqlite3.Connection:
    """A connection to the user-only database file at `path`, foreign keys on, the schema in place (unless
    `schema=False`); `failure(e)` is the error raised when it cannot be opened (each store names its own fix)."""
    private_database_file(path)
    try:
        conn = sqlite3.connect(str(path), timeout=10, isolation_level=isolation_level)
    except sqlite3.Error as e:
        raise failure(e) from e
    try:
        conn.execute("PRAGMA foreign_keys = ON")
        if schema:
            ensure_schema(conn)
    except sqlite3.Error as e:
        conn.close()
        raise failure(e) from e
    return conn
