"""`pathfinder eval plans` end to end on two cases of evals/plans/cases.jsonl over the bundled corpus."""

from __future__ import annotations

import json

from pathfinder.cli import main
from pathfinder.cli.plans_eval import CASES_FILE, REAL_FILES
from pathfinder.planner.review_run import ALL_CRITERIA


def test_two_cases_json(bundled_cli, capsys):
    assert main(["eval", "plans", "--case", "plan-001", "--case", "plan-030", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["catalogue"] == "bundled" and out["entries"] > 100
    assert [c["id"] for c in out["cases"]] == ["plan-001", "plan-030"]
    for case in out["cases"]:
        assert set(case["passed"]) == set(ALL_CRITERIA)
        assert len(case["step_ids"]) == case["steps"] == len(case["step_why"])
        assert all(case["problems"][k] == [] for k, ok in case["passed"].items() if ok)
    hand = out["hand_judged"]  # plan-001 is hand-judged on the bundled catalogue; plan-030 too
    assert hand["judged"] == 2 and hand["unchanged"] + len(hand["changed"]) == 2
    split = {c["split"] for c in out["cases"]}
    assert out["summary"]["all"]["cases"] == 2
    assert sum(out["summary"][s]["cases"] for s in ("tune", "frozen")) == 2 and split <= {"tune", "frozen"}


def test_table_and_failures(bundled_cli, capsys):
    assert main(["eval", "plans", "--case", "plan-030", "--failures"]) == 0
    out = capsys.readouterr().out
    assert "within limits and languages" in out and "pass strategy_order" in out


def test_bad_case_file_is_named_with_its_line(bundled_cli, tmp_path, capsys):
    bad = tmp_path / "cases.jsonl"
    first = CASES_FILE.read_text(encoding="utf-8").splitlines()[0]
    bad.write_text(
        first + "\n" + first.replace('"split": "tune"', '"split": "later"') + "\n", encoding="utf-8"
    )
    assert main(["eval", "plans", str(bad)]) == 1
    err = capsys.readouterr().err
    assert "line 2" in err and "'split'" in err and "Traceback" not in err


def test_bundled_plus_real_indexes_the_provider_files_with_inferred_skills(
    bundled_cli, shared_data, tmp_path, monkeypatch, capsys
):
    """A small slice of the real edX and Udemy files stands in for them (the whole run is in BENCHMARKS)."""
    real = tmp_path / "shared"
    for rel, _ in REAL_FILES:
        lines = (shared_data / rel).read_text(encoding="utf-8").splitlines(keepends=True)
        (real / rel).parent.mkdir(parents=True, exist_ok=True)
        (real / rel).write_text("".join(lines[:40]), encoding="utf-8")
    monkeypatch.setenv("PATHFINDER_SHARED_DATA_DIR", str(real))
    monkeypatch.setenv("PATHFINDER_EMBEDDER", "hash")
    assert main(["eval", "plans", "--catalogue", "bundled+real", "--case", "plan-001", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["catalogue"] == "bundled+real" and out["entries"] > 168
    from pathfinder.index import open_index
    from pathfinder.settings import Settings

    index = open_index(Settings(data_dir=bundled_cli / "data" / "eval-plans", embedder="hash"))
    provider = [c for c in index.credentials() if c.provider in ("edX", "Udemy")]
    assert provider and sum(any(s.inferred for s in c.skills) for c in provider) >= len(provider) // 10
