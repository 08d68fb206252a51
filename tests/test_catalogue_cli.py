"""`pathfinder catalogue validate`: readable report, --json, rejects file, exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pathfinder.cli import main

DATA = Path(__file__).parent / "data" / "catalogue"


@pytest.fixture(autouse=True)
def _data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATHFINDER_DATA_DIR", str(tmp_path / "data"))


def test_json_report_and_default_rejects_file(capsys, tmp_path: Path):
    assert main(["catalogue", "validate", str(DATA / "bad_values.csv"), "--json"]) == 0
    out, err = capsys.readouterr()
    report = json.loads(out)
    assert (report["imported"], report["rejected"]) == (1, 5)
    assert {"file", "row", "field", "reason"} <= set(report["rejects"][0])
    written = tmp_path / "data" / "rejects" / "bad_values.rejects.jsonl"
    assert len(written.read_text().splitlines()) == 5 and str(written) in err


def test_readable_report_with_mapping_and_rejects_out(capsys, tmp_path: Path):
    out_file = tmp_path / "r.jsonl"
    code = main(
        [
            "catalogue",
            "validate",
            str(DATA / "provider.csv"),
            "--mapping",
            str(DATA / "provider.toml"),
            "--rejects-out",
            str(out_file),
        ]
    )
    out, _ = capsys.readouterr()
    assert code == 0
    assert out.startswith("Imported 2 credential(s), rejected 2, from 1 file(s).")
    assert "provider.csv  3    eqf_level" in out
    assert len(out_file.read_text().splitlines()) == 2


def test_unreadable_file_exits_1_with_one_line(capsys):
    assert main(["catalogue", "validate", str(DATA / "missing_columns.csv")]) == 1
    _, err = capsys.readouterr()
    assert err.startswith("pathfinder: missing_columns.csv: missing required columns provider")
