"""The SQLite profile store: CRUD, migrations from an old schema, conflicts across processes, delete, JSON."""

from __future__ import annotations

import sqlite3
import stat
import subprocess
import sys
import textwrap

import pytest

from pathfinder.domain import Constraints, Goal, HeldSkill, LearnerProfile
from pathfinder.errors import ProfileConflict, ProfileError
from pathfinder.profiles import profile_from_json, profile_to_json
from pathfinder.storage.profiles import (
    SCHEMA_VERSION, SqliteProfileStore, open_profile_store,
)


def _profile(pid: str = "l1", name: str = "Ana") -> LearnerProfile:
    return LearnerProfile(
        id=pid, name=name, skills=(HeldSkill(uri="u:py", label="Python", level="basic"),),
        goal=Goal(occupation_uri="occ:x"), constraints=Constraints(hours_per_week=5, weeks=20, budget=300),
    )


def test_crud_round_trip_and_version_bumps(settings):
    store = open_profile_store(settings)
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


def test_stale_save_is_refused(settings):
    a, b = open_profile_store(settings), open_profile_store(settings)
    first = a.save(_profile())
    a_copy, b_copy = a.get("l1"), b.get("l1")
    b.save(b_copy.model_copy(update={"name": "changed by b"}))
    with pytest.raises(ProfileConflict, match="someone else"):
        a.save(a_copy.model_copy(update={"name": "changed by a"}))
    assert a.get("l1").name == "changed by b" and first.version == 1


def test_conflict_is_detected_across_processes(settings):
    store = open_profile_store(settings)
    loaded = store.save(_profile())
    script = textwrap.dedent(f"""
        from pathfinder.storage.profiles import SqliteProfileStore
        s = SqliteProfileStore({settings.database_path!r})
        p = s.get("l1")
        s.save(p.model_copy(update={{"name": "other process"}}))
    """)
    subprocess.run([sys.executable, "-c", script], check=True)
    with pytest.raises(ProfileConflict):
        store.save(loaded.model_copy(update={"name": "mine"}))
    assert store.get("l1").version == 2


def test_saving_a_profile_deleted_meanwhile_is_a_conflict(settings):
    store = open_profile_store(settings)
    loaded = store.save(_profile())
    store.delete("l1")
    with pytest.raises(ProfileConflict, match="deleted"):
        store.save(loaded)


def test_migrates_a_version_1_database(tmp_path):
    path = tmp_path / "old.sqlite3"
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE schema_version (version INTEGER NOT NULL)")
    db.execute("INSERT INTO schema_version VALUES (1)")
    db.execute("CREATE TABLE profiles (id TEXT PRIMARY KEY, data TEXT NOT NULL, version INTEGER NOT NULL, "
               "updated_at TEXT NOT NULL)")
    old = _profile("old-1", "Old Timer").model_copy(update={"version": 3})
    db.execute("INSERT INTO profiles VALUES (?, ?, 3, '2024-01-01')", ("old-1", profile_to_json(old)))
    db.commit()
    db.close()
    store = SqliteProfileStore(path)
    assert store.schema_version() == SCHEMA_VERSION
    assert [p.id for p in store.list("timer")] == ["old-1"]  # the name column was filled from the JSON
    assert store.save(store.get("old-1")).version == 4


def test_refuses_a_newer_schema(tmp_path):
    path = tmp_path / "new.sqlite3"
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE schema_version (version INTEGER NOT NULL)")
    db.execute("INSERT INTO schema_version VALUES (99)")
    db.commit()
    db.close()
    with pytest.raises(ProfileError, match="Upgrade pathfinder"):
        SqliteProfileStore(path)


def test_delete_removes_every_row_about_the_learner(settings):
    """Conversations (with messages and feedback), notes and agreed plans go with the profile, by the triggers of
    the one schema (storage/sqlite.py); another learner's rows stay."""
    from pathfinder.domain import Pathway
    from pathfinder.domain.dialogue import Answer
    from pathfinder.storage.advising import AdvisingStore
    from pathfinder.storage.conversations import ConversationStore

    store = open_profile_store(settings)
    store.save(_profile("l1"))
    store.save(_profile("l2"))
    chats, advising = ConversationStore(settings.database_path), AdvisingStore(settings.database_path)
    for pid in ("l1", "l2"):
        cid = chats.start(pid)
        chats.add_turn(cid, "hi", Answer(text="hello"))
        advising.add_note(pid, "note")
        advising.agree(pid, Pathway(), None)
    db = sqlite3.connect(settings.database_path)
    db.execute("INSERT INTO feedback (message_id, rating, created_at) SELECT id, 1, 'now' FROM messages")
    db.commit()
    db.close()
    assert store.delete("l1")
    db = sqlite3.connect(settings.database_path)
    for table in ("profiles", "conversations", "advisor_notes", "agreed_plans"):
        column = "id" if table == "profiles" else "profile_id"
        assert db.execute(f"SELECT {column} FROM {table}").fetchall() == [("l2",)], table
    assert db.execute("SELECT COUNT(*) FROM messages").fetchone()[0] == 2  # l2's question and answer
    assert db.execute("SELECT COUNT(*) FROM feedback").fetchone()[0] == 2
    db.close()


def test_export_import_round_trip(settings, tmp_path):
    store = open_profile_store(settings)
    saved = store.save(_profile())
    text = store.export_json("l1")
    assert profile_from_json(text) == saved
    other = SqliteProfileStore(tmp_path / "other.sqlite3")
    imported = other.import_json(text)
    assert imported.model_dump(exclude={"version", "updated_at"}) == saved.model_dump(exclude={"version", "updated_at"})
    with pytest.raises(ProfileError, match="already exists"):
        other.import_json(text)
    assert other.import_json(text, replace=True).version == imported.version + 1


@pytest.mark.parametrize("text,needle", [
    ("{not json", "not valid JSON"),
    ("[]", "one JSON object"),
    ('{"format": "something-else", "id": "x"}', "not a pathfinder profile"),
    ('{"id": "x", "constraints": {"hours_per_week": -3}}', "constraints.hours_per_week"),
    ('{"format_version": 7, "id": "x"}', "Upgrade pathfinder"),
])
def test_bad_profile_json_names_the_problem(text, needle):
    with pytest.raises(ProfileError, match=needle):
        profile_from_json(text)


def test_the_documented_example_profile_loads():
    from pathfinder.profiles import read_profile_file
    from pathfinder.settings import PROJECT_ROOT

    profile = read_profile_file(PROJECT_ROOT / "docs" / "examples" / "profile.json")
    assert profile.goal is not None and profile.constraints.hours_per_week
