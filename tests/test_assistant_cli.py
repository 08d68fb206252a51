"""`pathfinder ask` and `pathfinder chat` end to end: a real index (hash embedder) over the tiny catalogue."""

from __future__ import annotations

import json

import pytest

from pathfinder.cli import main
from pathfinder.domain import ImportReport
from pathfinder.settings import Settings

pytestmark = pytest.mark.slow  # builds a real index per test


@pytest.fixture
def indexed(settings: Settings, catalogue, monkeypatch: pytest.MonkeyPatch) -> Settings:
    from pathfinder.index import reindex_report

    reindex_report(settings, ImportReport(credentials=catalogue))
    monkeypatch.setattr("pathfinder.cli.Settings", lambda: settings)
    return settings


def test_ask_json_has_the_documented_shape(indexed: Settings, capsys: pytest.CaptureFixture) -> None:
    assert main(["ask", "SQL courses in French", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert set(out) == {"text", "citations", "pathway", "profile_changes"}
    assert out["citations"][0]["id"] == "sql-1" and set(out["citations"][0]) == {"id", "title", "url"}


def test_ask_with_profile_file_proposes_but_does_not_save(indexed: Settings, tmp_path, capsys) -> None:
    from pathfinder.domain import LearnerProfile

    path = tmp_path / "me.json"
    path.write_text(LearnerProfile(id="me").model_dump_json(), encoding="utf-8")
    assert main(["ask", "I know SQL", "--profile", str(path), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["profile_changes"][0]["kind"] == "add_skills"
    assert LearnerProfile.model_validate_json(path.read_text(encoding="utf-8")).skills == ()


def test_ask_reports_a_bad_profile_file(indexed: Settings, tmp_path, capsys: pytest.CaptureFixture) -> None:
    bad = tmp_path / "p.json"
    bad.write_text("{not json", encoding="utf-8")
    assert main(["ask", "hello", "--profile", str(bad)]) == 1
    assert "not a valid learner profile" in capsys.readouterr().err


def test_chat_repl_applies_accepted_changes(indexed: Settings, tmp_path, monkeypatch, capsys) -> None:
    from pathfinder.domain import LearnerProfile

    path = tmp_path / "me.json"
    path.write_text(LearnerProfile(id="me").model_dump_json(), encoding="utf-8")
    inputs = iter(["I know Python and SQL", "y", "python", "the first one", "/quit"])
    monkeypatch.setattr("builtins.input", lambda prompt="": next(inputs))
    assert main(["chat", "--profile", str(path)]) == 0
    out = capsys.readouterr().out
    assert "Python Basics" in out and "(py-1)" in out
    saved = LearnerProfile.model_validate_json(path.read_text(encoding="utf-8"))
    assert {s.label for s in saved.skills} >= {"SQL"}
