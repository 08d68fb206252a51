"""Advisor session notes and agreed plans: persisted with the profiles (SQLite and PostgreSQL), erased with
the learner's data."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest
from store_backends import run_sql

from pathfinder.domain import LearnerProfile, Pathway, Step
from pathfinder.safety.output import REDACTED
from pathfinder.storage.advising import AdvisingError, AdvisingStore
from pathfinder.storage.profiles import open_profile_store


def _plan(*ids: str) -> Pathway:
    return Pathway(
        goal_label="data analyst",
        steps=tuple(
            Step(id=i, title=i.title(), hours=10, start_week=n, end_week=n) for n, i in enumerate(ids, 1)
        ),
    )


def _rows(settings, table: str, profile_id: str) -> int:
    return run_sql(settings, f"SELECT COUNT(*) FROM {table} WHERE profile_id = ?", (profile_id,))[0][0]


def test_notes_are_kept_in_order_with_their_author_and_survive_a_new_store(store_settings):
    store = AdvisingStore(store_settings.database_path)
    store.add_note("ana", "Wants evening courses.")
    store.add_note("ana", "  Prefers German.  ", author_role="learner")
    store.add_note("ben", "Other learner.")
    notes = AdvisingStore(store_settings.database_path).notes("ana")  # as after a restart
    assert [(n.author_role, n.text) for n in notes] == [
        ("advisor", "Wants evening courses."),
        ("learner", "Prefers German."),
    ]
    assert notes[0].created_at <= notes[1].created_at and notes[0].created_at.tzinfo is not None
    with pytest.raises(AdvisingError, match="empty"):
        store.add_note("ana", "   ")
    with pytest.raises(AdvisingError, match="under"):
        store.add_note("ana", "x" * 10_001)


def test_notes_never_store_a_pasted_key(store_settings):
    store = AdvisingStore(store_settings.database_path, secrets=["advisor-code-4411"])
    key = "sk-" + "a1B2" * 8
    note = store.add_note("ana", f"learner pasted {key}; code advisor-code-4411")
    assert note.text == f"learner pasted {REDACTED}; code {REDACTED}"
    assert store.notes("ana")[0].text == note.text


def test_the_latest_agreed_plan_is_the_learners_with_its_ai_suggestion(store_settings):
    store = AdvisingStore(store_settings.database_path)
    assert store.agreed_plan("ana") is None
    store.agree("ana", _plan("a", "b"), _plan("a", "c"))
    store.agree("ana", _plan("a", "d"), _plan("a", "c"), agreed_by="advisor Maria")
    plan = AdvisingStore(store_settings.database_path).agreed_plan("ana")
    assert (
        plan.agreed.ids == ("a", "d")
        and plan.suggested.ids == ("a", "c")
        and plan.agreed_by == "advisor Maria"
    )
    assert plan.agreed.goal_label == "data analyst" and plan.agreed_at.tzinfo is not None
    store.agree("ben", _plan("x"), None)
    assert store.agreed_plan("ben").suggested is None and store.agreed_plan("ana").agreed.ids == ("a", "d")


def test_deleting_the_learner_in_the_profile_store_erases_notes_and_plans(store_settings):
    profiles = open_profile_store(store_settings)
    for pid in ("ana", "ben"):
        profiles.save(LearnerProfile(id=pid, name=pid))
    store = AdvisingStore(store_settings.database_path)
    for pid in ("ana", "ben"):
        store.add_note(pid, "note")
        store.agree(pid, _plan("a"), _plan("b"))
    assert profiles.delete("ana")
    assert store.notes("ana") == [] and store.agreed_plan("ana") is None
    assert len(store.notes("ben")) == 1 and store.agreed_plan("ben") is not None


@pytest.mark.slow
def test_a_process_that_never_imported_advising_still_erases_them(store_settings):
    """`pathfinder profile delete` in another process: the profile store finds every profile_id table."""
    open_profile_store(store_settings).save(LearnerProfile(id="ana", name="Ana"))
    store = AdvisingStore(store_settings.database_path)
    store.add_note("ana", "note")
    store.agree("ana", _plan("a"), None)
    script = textwrap.dedent(f"""
        import sys
        from pathfinder.storage.profiles import SqliteProfileStore
        assert SqliteProfileStore({store_settings.database_path!r}).delete("ana")
        assert "pathfinder.storage.advising" not in sys.modules
    """)
    subprocess.run([sys.executable, "-c", script], check=True, timeout=60)
    assert (
        _rows(store_settings, "advisor_notes", "ana") == 0
        and _rows(store_settings, "agreed_plans", "ana") == 0
    )


def test_delete_learner_removes_only_that_learner(store_settings):
    store = AdvisingStore(store_settings.database_path)
    store.add_note("ana", "one")
    store.add_note("ben", "two")
    store.agree("ana", _plan("a"), None)
    assert store.delete_learner("ana") == 2
    assert store.notes("ana") == [] and [n.text for n in store.notes("ben")] == ["two"]
