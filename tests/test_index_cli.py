"""The index, search and skills commands end to end through `pathfinder.cli.main` (hash embedder, tmp
data)."""

from __future__ import annotations

import json

import pytest

from pathfinder.cli import main


@pytest.fixture
def env(tmp_path, monkeypatch, catalogue):
    monkeypatch.setenv("PATHFINDER_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("PATHFINDER_EMBEDDER", "hash")
    monkeypatch.delenv("PATHFINDER_CHROMA_URL", raising=False)
    path = tmp_path / "catalogue.jsonl"
    path.write_text("\n".join(c.model_dump_json() for c in catalogue))
    return path


def test_index_status_and_if_needed(env, capsys):
    assert main(["search", "python"]) == 1
    assert "pathfinder index" in capsys.readouterr().err
    assert main(["index", str(env), "--json", "--no-infer"]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert summary["added"] == 5 and summary["total"] == 5
    assert main(["index", "--if-needed"]) == 0
    assert "nothing to do" in capsys.readouterr().err
    assert main(["index", "--status", "--json"]) == 0
    status = json.loads(capsys.readouterr().out)
    assert status["version"] == summary["version"] and status["sources"][0]["path"].endswith(
        "catalogue.jsonl"
    )
    assert main(["index", "--status"]) == 0
    assert "hash-256" in capsys.readouterr().out


def test_search_with_filters_and_bad_input(env, capsys):
    main(["index", str(env), "--no-infer"])
    capsys.readouterr()
    assert main(["search", "SQL for analysts", "--json", "--max-cost", "200", "--online"]) == 0
    hits = json.loads(capsys.readouterr().out)
    assert hits[0]["id"] == "sql-1" and all(h["credential"]["participation"] == "online" for h in hits)
    assert main(["search", "statistics", "--lang", "de", "--max-cost", "100"]) == 1
    assert "no credential in German under 100 EUR" in capsys.readouterr().err
    assert main(["search", "  "]) == 1
    assert "empty" in capsys.readouterr().err
    assert main(["search", "python " * 20_000, "-k", "1"]) == 0


def test_skills_match(env, tmp_path, capsys):
    assert main(["skills", "match", "Python", "--json", "--top", "2"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert rows[0]["label"] == "Python (computer programming)" and set(rows[0]) == {
        "uri",
        "label",
        "score",
        "via",
    }
    assert rows[0]["via"] is None
    assert main(["skills", "match", "Linux", "--json", "--top", "1"]) == 0
    assert json.loads(capsys.readouterr().out)[0]["via"] == "Linux"  # an alias says which word it came from
    texts = tmp_path / "texts.txt"
    texts.write_text("Python\nSQL\n\n")
    assert main(["skills", "match", "--file", str(texts), "--json", "--top", "1"]) == 0
    results = json.loads(capsys.readouterr().out)
    assert len(results) == 3 and results[1][0]["label"] == "SQL" and results[2] == []
    assert main(["skills", "match", "--file", str(texts), "--top", "1"]) == 0
    assert capsys.readouterr().out.splitlines()[2] == "-"
