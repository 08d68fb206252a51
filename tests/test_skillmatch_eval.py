"""The labelled skill-matching set (evals/skills.jsonl) and `pathfinder eval skills`."""

from __future__ import annotations

import json

import pytest

from pathfinder.cli import main
from pathfinder.errors import PathfinderError
from pathfinder.settings import BUNDLED_CORPUS
from pathfinder.skills.evaluation import SKILLS_EVAL_FILE, SkillCase, evaluate, load_cases, score_case
from pathfinder.skills.files import read_taxonomy


def test_eval_set_is_well_formed():
    cases = load_cases()
    taxonomy = read_taxonomy(BUNDLED_CORPUS / "taxonomy")
    assert len(cases) >= 60 and len({c.id for c in cases}) == len(cases)
    assert {"de", "es"} <= {c.lang for c in cases} and {"cv", "chat", "advert"} <= {c.kind for c in cases}
    for c in cases:
        assert c.expected and all(u in taxonomy.skills for u in c.expected), c.id
        assert [taxonomy.label(u) for u in c.expected] == list(c.labels), c.id


def test_scores():
    assert score_case(["a", "b", "c"], ["a", "x"]) == (1 / 3, 1 / 2)
    assert score_case([], ["a"]) == (0.0, 0.0)
    assert score_case(list("abcdefg"), ["f"]) == (0.0, 0.0)  # only the first five count
    cases = [
        SkillCase(id="1", text="t1", expected=("a",), lang="de"),
        SkillCase(id="2", text="t2", expected=("b", "c")),
    ]
    answers = {"t1": ["a"], "t2": ["b", "z"]}
    r = evaluate(lambda t: answers[t], cases)
    assert r["precision@5"] == 0.75 and r["recall@5"] == 0.75 and r["all_found"] == 0.5 and r["empty"] == 0
    assert r["recall_by_lang"] == {"de": 1.0, "en": 0.5} and [m["missing"] for m in r["misses"]] == [["c"]]


def test_bad_file_is_a_clear_error(tmp_path):
    bad = tmp_path / "x.jsonl"
    bad.write_text('{"id": "1"}\n', encoding="utf-8")
    with pytest.raises(PathfinderError, match="line 1"):
        load_cases(bad)
    with pytest.raises(PathfinderError, match="--file"):
        load_cases(tmp_path / "missing.jsonl")


def test_cli_aliases_raise_recall(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("PATHFINDER_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("PATHFINDER_EMBEDDER", "hash")
    monkeypatch.delenv("PATHFINDER_TAXONOMY_DIR", raising=False)
    assert main(["eval", "skills", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    before, after = out["before"], out["after"]
    assert before["cases"] == after["cases"] == len(load_cases(SKILLS_EVAL_FILE))
    assert after["recall@5"] > before["recall@5"] + 0.3 and after["empty"] < before["empty"]
    assert main(["eval", "skills"]) == 0
    assert "after aliases" in capsys.readouterr().out
