"""`pathfinder profile add-cv` with the real `SkillMatcher` over the bundled ESCO taxonomy, then a gap without
them."""

from __future__ import annotations

import json

import pytest
from conftest import PY, SQL

from pathfinder.cli import main


@pytest.fixture
def env(bundled_cli):
    return bundled_cli


@pytest.mark.slow
def test_add_cv_adds_the_skills_a_cv_names_and_they_leave_the_gap(env, capsys):
    assert main(["profile", "create", "cv", "--occupation", "software developer"]) == 0
    assert main(["gap", "--id", "cv", "--json"]) == 0
    before = json.loads(capsys.readouterr().out)
    gap_before = {s["uri"] for s in before["skills"]}
    assert {PY.uri, SQL.uri} <= gap_before  # a software developer's gap has both; a new profile holds neither

    cv = env / "cv.txt"
    cv.write_text(
        "Jane Doe — Experience: 3 years writing Python scripts and SQL queries for reporting.\n"
        "Hobbies: hiking, chess.\n",
        encoding="utf-8",
    )
    assert main(["profile", "add-cv", "cv", str(cv)]) == 0
    assert "Added" in capsys.readouterr().err

    assert main(["profile", "show", "cv"]) == 0
    held = {s["uri"]: s for s in json.loads(capsys.readouterr().out)["skills"]}
    assert {PY.uri, SQL.uri} <= set(held)
    assert held[PY.uri]["label"] == "Python (computer programming)"
    assert not any("hiking" in s["label"].lower() or "chess" in s["label"].lower() for s in held.values())

    assert main(["gap", "--id", "cv", "--json"]) == 0
    after = json.loads(capsys.readouterr().out)
    assert {PY.uri, SQL.uri} <= set(after["held"])
    assert not {PY.uri, SQL.uri} & {s["uri"] for s in after["skills"]}


def test_add_cv_on_an_unreadable_file_says_so(env, capsys):
    assert main(["profile", "create", "cv2"]) == 0
    assert main(["profile", "add-cv", "cv2", str(env / "missing.txt")]) == 1
    assert "Cannot read" in capsys.readouterr().err
