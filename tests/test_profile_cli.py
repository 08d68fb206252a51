"""`pathfinder profile set | add-skill | remove-skill` and goal options, on the bundled taxonomy and
corpus."""

from __future__ import annotations

import json

import pytest
from conftest import PY, SQL

from pathfinder.cli import main

DATA_ANALYST = "http://data.europa.eu/esco/occupation/d3edb8f8-3a06-47a0-8fb9-9b212c006aa2"


@pytest.fixture
def env(bundled_cli):
    return bundled_cli


def _show(capsys, pid: str) -> dict:
    capsys.readouterr()
    assert main(["profile", "show", pid]) == 0
    return json.loads(capsys.readouterr().out)


def test_set_changes_only_the_fields_given_and_clear_resets_one(env, capsys):
    assert (
        main(
            [
                "profile",
                "create",
                "ana",
                "--occupation",
                "data analyst",
                "--hours-per-week",
                "6",
                "--weeks",
                "26",
                "--budget",
                "400",
                "--languages",
                "en,de",
            ]
        )
        == 0
    )
    assert (
        main(
            [
                "profile",
                "set",
                "ana",
                "--name",
                "Ana",
                "--budget",
                "900",
                "--currency",
                "usd",
                "--participation",
                "online,blended",
                "--max-eqf",
                "5",
                "--deadline",
                "2027-06-30",
                "--countries",
                "de,nl",
                "--pin",
                "nda-sql-101",
                "--reject",
                "nda-model-102",
                "--prefer-language",
                "DE",
            ]
        )
        == 0
    )
    p = _show(capsys, "ana")
    c = p["constraints"]
    assert p["name"] == "Ana" and p["goal"]["occupation_uri"] == DATA_ANALYST
    assert (c["hours_per_week"], c["weeks"], c["languages"]) == (6, 26, ["en", "de"])  # untouched
    assert (c["budget"], c["currency"], c["participation"]) == (900, "USD", ["online", "blended"])
    assert (c["max_eqf"], c["deadline"], c["countries"]) == (5, "2027-06-30", ["DE", "NL"])
    assert p["preferences"]["pinned"] == ["nda-sql-101"] and p["preferences"]["rejected"] == ["nda-model-102"]
    assert p["preferences"]["language"] == "de" and p["version"] == 2

    assert main(["profile", "set", "ana", "--clear", "budget", "--clear", "languages"]) == 0
    c = _show(capsys, "ana")["constraints"]
    assert c["budget"] is None and c["languages"] == [] and c["hours_per_week"] == 6


def test_set_refuses_bad_values_and_unknown_names_with_the_fix(env, capsys):
    assert main(["profile", "create", "bo"]) == 0
    capsys.readouterr()
    assert main(["profile", "set", "bo", "--hours-per-week", "200"]) == 1
    assert "Invalid constraint: hours_per_week" in capsys.readouterr().err
    assert main(["profile", "set", "bo", "--occupation", "data analist"]) == 1
    err = capsys.readouterr().err
    assert "No occupation 'data analist'" in err and "Did you mean: data analyst" in err
    assert main(["profile", "add-skill", "bo", "pyhton"]) == 1
    assert "No skill 'pyhton'" in capsys.readouterr().err
    assert main(["profile", "set", "bo", "--prefer-language", "klingon"]) == 1
    assert "Invalid preference: language" in capsys.readouterr().err
    assert main(["profile", "set", "nobody", "--budget", "1"]) == 1
    assert "No profile 'nobody'" in capsys.readouterr().err
    assert _show(capsys, "bo")["version"] == 1  # nothing was saved by the failed edits


def test_add_and_remove_skills_by_label_or_uri_change_the_gap(env, capsys):
    assert (
        main(["profile", "create", "cy", "--occupation", "software developer"]) == 0
    )  # needs Python and SQL
    assert (
        main(["profile", "add-skill", "cy", "SQL", PY.uri, "--level", "advanced", "--source", "formal"]) == 0
    )
    held = {s["uri"]: s for s in _show(capsys, "cy")["skills"]}
    assert set(held) == {SQL.uri, PY.uri}
    assert held[PY.uri]["label"] == PY.label and held[PY.uri]["level"] == "advanced"
    assert held[SQL.uri]["source"] == "formal"
    assert main(["gap", "--id", "cy", "--json"]) == 0
    assert SQL.uri in json.loads(capsys.readouterr().out)["held"]

    assert main(["profile", "add-skill", "cy", "statistics", "--level", "basic"]) == 0
    assert (
        main(["profile", "set", "cy", "--required-level", "intermediate", "--goal-skill", "statistics"]) == 0
    )
    assert main(["gap", "--id", "cy"]) == 0
    assert "statistics (held at basic level; the goal needs intermediate)" in capsys.readouterr().out
    assert main(["profile", "set", "cy", "--required-level", "any"]) == 0
    assert _show(capsys, "cy")["goal"]["required_level"] is None
    assert main(["profile", "remove-skill", "cy", "SQL", "statistics"]) == 0
    assert {s["uri"] for s in _show(capsys, "cy")["skills"]} == {PY.uri}
    assert main(["profile", "remove-skill", "cy", "SQL"]) == 1
    assert "holds none of: SQL" in capsys.readouterr().err


@pytest.mark.slow
def test_goal_from_a_job_advert_becomes_the_goal_skills(env, capsys):
    advert = env / "advert.txt"
    advert.write_text(
        "We are hiring a reporting specialist. You write SQL queries against our warehouse and "
        "automate reports in Python.\n",
        encoding="utf-8",
    )
    assert main(["profile", "create", "dee", "--advert", str(advert), "--goal-skill", "statistics"]) == 0
    assert "The advert asks for" in capsys.readouterr().err
    goal = _show(capsys, "dee")["goal"]
    assert {PY.uri, SQL.uri} <= set(goal["skills"])
    assert goal["job_advert"].startswith("We are hiring") and goal["occupation_uri"] is None
    assert main(["plan", "--id", "dee", "--json"]) == 0
    plan = json.loads(capsys.readouterr().out)
    covered = {u for s in plan["steps"] for u in s["covers"]}
    assert {PY.uri, SQL.uri} <= covered

    empty = env / "empty.txt"
    empty.write_text("   \n", encoding="utf-8")
    assert main(["profile", "set", "dee", "--advert", str(empty)]) == 1
    assert "No taxonomy skill found" in capsys.readouterr().err


def test_denied_languages_are_set_and_cleared(env, capsys):
    assert main(["profile", "create", "nia", "--occupation", "data analyst", "--languages", "fr"]) == 0
    assert main(["profile", "set", "nia", "--denied-languages", "EN"]) == 0
    assert _show(capsys, "nia")["constraints"]["denied_languages"] == ["en"]
    assert main(["profile", "set", "nia", "--clear", "denied_languages"]) == 0
    assert _show(capsys, "nia")["constraints"]["denied_languages"] == []
