"""`pathfinder plan | gap | profile` end to end on a tiny catalogue and taxonomy written to tmp_path."""

from __future__ import annotations

import json

import pytest
from conftest import PY, SQL, STATS, VIZ

from pathfinder.cli import main
from pathfinder.domain import Occupation, Skill
from pathfinder.domain.taxonomy import Taxonomy
from pathfinder.skills.files import write_taxonomy


@pytest.fixture
def env(tmp_path, monkeypatch, catalogue):
    corpus = tmp_path / "corpus"
    write_taxonomy(
        Taxonomy.from_items(
            [Skill(uri=s.uri, label=s.label) for s in (PY, SQL, STATS, VIZ)],
            [
                Occupation(
                    uri="occ:da",
                    label="data analyst",
                    essential=(PY.uri, SQL.uri, STATS.uri),
                    optional=(VIZ.uri,),
                )
            ],
        ),
        corpus / "taxonomy",
    )
    (corpus / "catalogue").mkdir()
    (corpus / "catalogue" / "tiny.json").write_text(
        json.dumps([c.model_dump(mode="json", exclude={"derived"}) for c in catalogue])
    )
    monkeypatch.setenv("PATHFINDER_CORPUS_DIR", str(corpus))
    monkeypatch.setenv("PATHFINDER_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("PATHFINDER_EMBEDDER", "hash")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_profile_lifecycle_and_plan_json(env, capsys):
    assert (
        main(
            [
                "profile",
                "create",
                "ana",
                "--name",
                "Ana",
                "--occupation",
                "data analyst",
                "--hours-per-week",
                "10",
                "--weeks",
                "52",
            ]
        )
        == 0
    )
    assert main(["profile", "list", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)[0]["goal"] == "data analyst"
    assert main(["plan", "--id", "ana", "--json"]) == 0
    plan = json.loads(capsys.readouterr().out)
    assert [s["id"] for s in plan["steps"]] == ["py-1", "sql-1", "stats-1"]
    assert {"id", "title", "covers", "start_week", "end_week"} <= set(plan["steps"][0])
    assert {"hours", "ects", "cost"} <= set(plan["totals"]) and plan["stacks_earned"] == ["cert-data"]
    assert [u["uri"] for u in plan["uncovered"]] == [VIZ.uri]
    out = env / "ana.json"
    assert main(["profile", "export", "ana", "--out", str(out)]) == 0
    assert main(["profile", "delete", "ana"]) == 0
    assert main(["plan", "--id", "ana"]) == 1
    assert "No profile 'ana'" in capsys.readouterr().err
    assert main(["profile", "import", str(out)]) == 0
    assert main(["gap", "--profile", str(out), "--json"]) == 0
    gap = json.loads(capsys.readouterr().out)
    assert len(gap["skills"]) == 4 and gap["untaught"] == []


def test_plan_alternatives_text(env, capsys):
    main(["profile", "create", "bo", "--occupation", "occ:da", "--budget", "150"])
    capsys.readouterr()
    assert main(["plan", "--id", "bo", "--alternatives"]) == 0
    text = capsys.readouterr().out
    assert "=== fastest ===" in text and "=== most-complete ===" in text
    assert "To do better: EUR 270 more" in text
