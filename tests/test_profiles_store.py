"""The profile store on SQLite and PostgreSQL: CRUD, migrations from an old schema, conflicts across
processes, delete, JSON."""

from __future__ import annotations

import sqlite3
import stat
import subprocess
import sys
import textwrap
import threading

import pytest
from store_backends import run_sql

from pathfinder.domain import Constraints, Goal, HeldSkill, LearnerProfile
from pathfinder.errors import ProfileConflict, ProfileError
from pathfinder.profiles import profile_from_json, profile_to_json
from pathfinder.storage.profiles import SCHEMA_VERSION, SqliteProfileStore, open_profile_store


def _profile(pid: str = "l1", name: str = "Ana") -> LearnerProfile:
    return LearnerProfile(
        id=pid,
        name=name,
        skills=(HeldSkill(uri="u:py", label="Python", level="basic"),),
        goal=Goal(occupation_uri="occ:x"),
        constraints=Constraints(hours_per_week=5, weeks=20, budget=300),
    )


def test_crud_round_trip_and_version_bumps(store_settings):
    store = open_profile_store(store_settings)
    saved = store.save(_profile())
    assert saved.version == 1
    assert store.get("l1") == saved
    again = store.save(saved.model_copy(update={"name": "Ana B."}))
    assert again.version == 2 and store.get("l1").name == "Ana B."
    store.save(_profile("l2", "Bruno"))
    assert [p.id for p in store.list()] == ["l1", "l2"]
    assert [p.id for p in store.list("brun")] == ["l2"]
    assert store.delete("l1") is True and store.delete("l1") is False
    with pytest.raises(ProfileError, match="No profile 'l1'"):
        store.get("l1")


def test_data_folder_is_private(settings):
    open_profile_store(settings)
    mode = stat.S_IMODE(settings.data_dir.stat().st_mode)
    assert mode == 0o700


def test_stale_save_is_refused(store_settings):
    a, b = open_profile_store(store_settings), open_profile_store(store_settings)
    first = a.save(_profile())
    a_copy, b_copy = a.get("l1"), b.get("l1")
    b.save(b_copy.model_copy(update={"name": "changed by b"}))
    with pytest.raises(ProfileConflict, match="someone else"):
        a.save(a_copy.model_copy(update={"name": "changed by a"}))
    assert a.get("l1").name == "changed by b" and first.version == 1


def test_conflict_is_detected_across_processes(store_settings):
    store = open_profile_store(store_settings)
    loaded = store.save(_profile())
    script = textwrap.dedent(f"""
        from pathfinder.storage.profiles import SqliteProfileStore
        s = SqliteProfileStore({store_settings.database_path!r})
        p = s.get("l1")
        s.save(p.model_copy(update={{"name": "other process"}}))
    """)
    subprocess.run([sys.executable, "-c", script], check=True)
    with pytest.raises(ProfileConflict):
        store.save(loaded.model_copy(update={"name": "mine"}))
    assert store.get("l1").version == 2


def test_saving_a_profile_deleted_meanwhile_is_a_conflict(store_settings):
    store = open_profile_store(store_settings)
    loaded = store.save(_profile())
    store.delete("l1")
    with pytest.raises(ProfileConflict, match="deleted"):
        store.save(loaded)


def test_migrates_a_version_1_database(tmp_path):
    path = tmp_path / "old.sqlite3"
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE schema_version (version INTEGER NOT NULL)")
    db.execute("INSERT INTO schema_version VALUES (1)")
    db.execute(
        "CREATE TABLE profiles (id TEXT PRIMARY KEY, data TEXT NOT NULL, version INTEGER NOT NULL, "
        "updated_at TEXT NOT NULL)"
    )
    old = _profile("old-1", "Old Timer").model_copy(update={"version": 3})
    db.execute("INSERT INTO profiles VALUES (?, ?, 3, '2024-01-01')", ("old-1", profile_to_json(old)))
    db.commit()
    db.close()
    store = SqliteProfileStore(path)
    assert store.schema_version() == SCHEMA_VERSION
    assert [p.id for p in store.list("timer")] == ["old-1"]  # the name column was filled from the JSON
    assert store.save(store.get("old-1")).version == 4


# The SQLite-only schema of main before the merge with PostgreSQL (storage/sqlite.py, issue 16): profiles at
# schema_version 2, every other table unversioned, learner rows erased by the learner_cleanup_v2 trigger.
MAIN_SQLITE_SCHEMA = """
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
    rating INTEGER NOT NULL CHECK (rating IN (-1, 1)), comment TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL);
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


def test_opens_a_database_of_the_sqlite_only_schema(tmp_path):
    """A file the SQLite-only pathfinder wrote (accounts, audit log, its triggers) opens and upgrades: its
    rows stay, notes keep their author, its cleanup trigger gives way to the profile store's delete, and the
    audit log stays append-only."""
    from pathfinder.storage.accounts import AccountStore
    from pathfinder.storage.advising import AdvisingStore
    from pathfinder.storage.audit import AuditLog

    path = tmp_path / "main.sqlite3"
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE schema_version (version INTEGER NOT NULL)")
    db.execute("INSERT INTO schema_version VALUES (2)")
    db.execute(
        "CREATE TABLE profiles (id TEXT PRIMARY KEY, data TEXT NOT NULL, version INTEGER NOT NULL, "
        "updated_at TEXT NOT NULL, name TEXT NOT NULL DEFAULT '')"
    )
    db.execute("CREATE INDEX profiles_name ON profiles (name)")
    db.executescript(MAIN_SQLITE_SCHEMA)
    for pid in ("l1", "l2"):
        db.execute(
            "INSERT INTO profiles VALUES (?, ?, 1, '2026-01-01', 'Ana')",
            (pid, profile_to_json(_profile(pid))),
        )
        db.execute(
            "INSERT INTO advisor_notes (profile_id, author_role, text, created_at, author) "
            "VALUES (?, 'advisor', 'note', '2026-01-01', 'Vic (vic)')",
            (pid,),
        )
        db.execute(
            "INSERT INTO accounts (id, username, role, password_hash, learner_id, created_at) "
            "VALUES (?, ?, 'learner', '', ?, '2026-01-01')",
            ("a-" + pid, "user-" + pid, pid),
        )
        db.execute(
            "INSERT INTO audit_log (at, actor, action, learner_id) VALUES ('2026-01-01', 'x', 'export', ?)",
            (pid,),
        )
    db.commit()
    db.close()
    store = SqliteProfileStore(path)
    assert store.schema_version() == SCHEMA_VERSION
    assert [n.author for n in AdvisingStore(path).notes("l1")] == ["Vic (vic)"]
    assert AccountStore(path).by_learner("l2") is not None
    assert store.delete("l1")
    db = sqlite3.connect(path)
    assert not db.execute(
        "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE '%cleanup_v2'"
    ).fetchall()
    for table, column in (
        ("accounts", "learner_id"),
        ("audit_log", "learner_id"),
        ("advisor_notes", "profile_id"),
    ):
        assert db.execute(f"SELECT {column} FROM {table}").fetchall() == [("l2",)], table
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        db.execute("UPDATE audit_log SET actor = 'someone else'")
    db.close()
    assert [e.learner_id for e in AuditLog(path).entries()] == ["l2"]


def test_refuses_a_newer_schema(tmp_path):
    path = tmp_path / "new.sqlite3"
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE schema_version (version INTEGER NOT NULL)")
    db.execute("INSERT INTO schema_version VALUES (99)")
    db.commit()
    db.close()
    with pytest.raises(ProfileError, match="Upgrade pathfinder"):
        SqliteProfileStore(path)


def test_delete_removes_rows_in_related_tables(store_settings):
    """Every table with a profile_id column (found, not listed) and the learner tables named by another column
    (accounts, caseloads, the audit log: storage.schema.LEARNER_COLUMNS)."""
    store = open_profile_store(store_settings)
    store.save(_profile("l1"))
    store.save(_profile("l2"))
    run_sql(store_settings, "CREATE TABLE test_visits (profile_id TEXT, place TEXT)", write=True)
    for pid, note in [("l1", "n"), ("l1", "m"), ("l2", "k")]:
        run_sql(store_settings, "INSERT INTO test_visits VALUES (?, ?)", (pid, note), write=True)
        run_sql(store_settings, "INSERT INTO caseloads VALUES (?, ?, 'x', 'now')", (note, pid), write=True)
        run_sql(
            store_settings,
            "INSERT INTO audit_log (at, actor, action, learner_id) VALUES ('now', 'x', 'export', ?)",
            (pid,),
            write=True,
        )
    assert store.delete("l1")
    assert run_sql(store_settings, "SELECT profile_id FROM test_visits ORDER BY place") == [("l2",)]
    assert run_sql(store_settings, "SELECT learner_id FROM caseloads") == [("l2",)]
    assert run_sql(store_settings, "SELECT learner_id FROM audit_log") == [("l2",)]
    assert run_sql(store_settings, "SELECT id FROM profiles") == [("l2",)]


def test_delete_removes_every_row_about_the_learner(store_settings):
    """Conversations (with messages and feedback), notes and agreed plans go with the profile; another
    learner's rows stay."""
    from pathfinder.domain import Pathway
    from pathfinder.domain.dialogue import Answer
    from pathfinder.storage.advising import AdvisingStore
    from pathfinder.storage.conversations import ConversationStore

    store = open_profile_store(store_settings)
    store.save(_profile("l1"))
    store.save(_profile("l2"))
    path = store_settings.database_path
    chats, advising = ConversationStore(path), AdvisingStore(path)
    for pid in ("l1", "l2"):
        cid = chats.start(pid)
        chats.add_turn(cid, "hi", Answer(text="hello"))
        advising.add_note(pid, "note")
        advising.agree(pid, Pathway(), None)
    run_sql(
        store_settings,
        "INSERT INTO feedback (message_id, rating, created_at) SELECT id, 1, 'now' FROM messages",
        write=True,
    )
    assert store.delete("l1")
    for table in ("profiles", "conversations", "advisor_notes", "agreed_plans"):
        column = "id" if table == "profiles" else "profile_id"
        assert run_sql(store_settings, f"SELECT {column} FROM {table}") == [("l2",)], table
    assert run_sql(store_settings, "SELECT COUNT(*) FROM messages") == [(2,)]  # l2's question and answer
    assert run_sql(store_settings, "SELECT COUNT(*) FROM feedback") == [(2,)]


def test_concurrent_read_modify_write_loses_no_update(store_settings):
    """8 threads each add 1 to a counter 10 times, reloading on conflict: the count ends at 80."""
    store = open_profile_store(store_settings)
    store.save(LearnerProfile(id="c", name="0"))
    errors: list[BaseException] = []

    def worker() -> None:
        try:
            for _ in range(10):
                while True:
                    p = store.get("c")
                    try:
                        store.save(p.model_copy(update={"name": str(int(p.name) + 1)}))
                        break
                    except ProfileConflict:
                        continue
        except BaseException as e:  # noqa: BLE001 - reported below
            errors.append(e)

    threads = [threading.Thread(target=worker) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    assert not errors, errors[:3]
    final = store.get("c")
    assert final.name == "80" and final.version == 81


def test_two_first_saves_of_one_new_id_one_wins(store_settings):
    store = open_profile_store(store_settings)
    outcomes: list[str] = []
    gate = threading.Barrier(6)

    def first_save(i: int) -> None:
        gate.wait()
        try:
            store.save(LearnerProfile(id="new", name=f"writer {i}"), expected_version=0)
            outcomes.append("saved")
        except ProfileConflict:
            outcomes.append("conflict")

    threads = [threading.Thread(target=first_save, args=(i,)) for i in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert sorted(outcomes) == ["conflict"] * 5 + ["saved"]
    assert store.get("new").version == 1


def test_export_import_round_trip(store_settings, tmp_path):
    store = open_profile_store(store_settings)
    saved = store.save(_profile())
    text = store.export_json("l1")
    assert profile_from_json(text) == saved
    other = SqliteProfileStore(tmp_path / "other.sqlite3")
    imported = other.import_json(text)
    assert imported.model_dump(exclude={"version", "updated_at"}) == saved.model_dump(
        exclude={"version", "updated_at"}
    )
    with pytest.raises(ProfileError, match="already exists"):
        other.import_json(text)
    assert other.import_json(text, replace=True).version == imported.version + 1


@pytest.mark.parametrize(
    "text,needle",
    [
        ("{not json", "not valid JSON"),
        ("[]", "one JSON object"),
        ('{"format": "something-else", "id": "x"}', "not a pathfinder profile"),
        ('{"id": "x", "constraints": {"hours_per_week": -3}}', "constraints.hours_per_week"),
        ('{"format_version": 7, "id": "x"}', "Upgrade pathfinder"),
    ],
)
def test_bad_profile_json_names_the_problem(text, needle):
    with pytest.raises(ProfileError, match=needle):
        profile_from_json(text)


def test_the_documented_example_profile_loads():
    from pathfinder.profiles import read_profile_file
    from pathfinder.settings import PROJECT_ROOT

    profile = read_profile_file(PROJECT_ROOT / "docs" / "examples" / "profile.json")
    assert profile.goal is not None and profile.constraints.hours_per_week


def test_upgrades_a_file_from_before_the_shared_schema(tmp_path):
    """Profiles at schema 2 plus the conversation and advising tables their stores created unversioned."""
    from pathfinder.domain.dialogue import Answer
    from pathfinder.storage.advising import AdvisingStore
    from pathfinder.storage.conversations import ConversationStore

    path = tmp_path / "before.sqlite3"
    db = sqlite3.connect(path)
    db.executescript("""
        CREATE TABLE schema_version (version INTEGER NOT NULL); INSERT INTO schema_version VALUES (2);
        CREATE TABLE profiles (id TEXT PRIMARY KEY, data TEXT NOT NULL, version INTEGER NOT NULL,
            updated_at TEXT NOT NULL, name TEXT NOT NULL DEFAULT '');
        CREATE TABLE conversations (id TEXT PRIMARY KEY, profile_id TEXT NOT NULL,
            title TEXT NOT NULL DEFAULT '', created_at TEXT NOT NULL, updated_at TEXT NOT NULL);
        CREATE TABLE messages (id INTEGER PRIMARY KEY AUTOINCREMENT, conversation_id TEXT NOT NULL
            REFERENCES conversations(id) ON DELETE CASCADE, role TEXT NOT NULL, text TEXT NOT NULL,
            answer_json TEXT, created_at TEXT NOT NULL);
        CREATE TABLE feedback (message_id INTEGER PRIMARY KEY REFERENCES messages(id) ON DELETE CASCADE,
            rating INTEGER NOT NULL, comment TEXT NOT NULL DEFAULT '', created_at TEXT NOT NULL);
        CREATE TABLE advisor_notes (id INTEGER PRIMARY KEY AUTOINCREMENT, profile_id TEXT NOT NULL,
            author_role TEXT NOT NULL, text TEXT NOT NULL, created_at TEXT NOT NULL);
        INSERT INTO conversations VALUES ('c1', 'old-1', 'hello', '2024-01-01', '2024-01-01');
        INSERT INTO messages VALUES (1, 'c1', 'user', 'hello', NULL, '2024-01-01');
        INSERT INTO advisor_notes VALUES (1, 'old-1', 'advisor', 'kept', '2024-01-01');
    """)
    old = _profile("old-1", "Old Timer")
    db.execute(
        "INSERT INTO profiles VALUES (?, ?, 1, '2024-01-01', 'Old Timer')", ("old-1", profile_to_json(old))
    )
    db.commit()
    db.close()
    store = SqliteProfileStore(path)
    assert store.schema_version() == SCHEMA_VERSION
    conversations, advising = ConversationStore(path), AdvisingStore(path)
    assert [c.messages for c in conversations.list("old-1")] == [1]
    assert [n.text for n in advising.notes("old-1")] == ["kept"]
    assert advising.agreed_plan("old-1") is None  # the table the file lacked was created
    mid = conversations.add_turn("c1", "again", Answer(text="x"))
    conversations.feedback(mid, 1)
    assert store.delete("old-1")
    assert (
        conversations.list("old-1") == []
        and advising.notes("old-1") == []
        and conversations.all_feedback() == []
    )
