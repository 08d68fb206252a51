"""The MILP solver's native debug prints never reach standard output (they corrupted `plan --json`)."""

from __future__ import annotations

import ctypes
import json
import os

from pathfinder.cli import main
from pathfinder.planner.native_output import native_stdout_silenced

LIBC = ctypes.CDLL(None)


def test_native_writes_to_fd_1_inside_the_block_are_dropped_and_ours_are_kept(capfd):
    print("before", flush=True)
    with native_stdout_silenced():
        os.write(1, b"native noise\n")
        LIBC.printf(b"buffered native noise\n")
        with native_stdout_silenced():  # nested and concurrent solves share the redirection
            os.write(1, b"more noise\n")
        os.write(1, b"still silenced\n")
    print("after", flush=True)
    assert capfd.readouterr().out == "before\nafter\n"


def test_plan_json_is_clean_json_on_a_profile_where_highs_prints(tmp_path, monkeypatch, capfd):
    # this goal and these constraints made HiGHS 1.x print a debug line on the bundled corpus
    monkeypatch.setenv("PATHFINDER_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("PATHFINDER_EMBEDDER", "hash")
    assert (
        main(
            [
                "profile",
                "create",
                "el",
                "--occupation",
                "e-learning architect",
                "--hours-per-week",
                "8",
                "--weeks",
                "40",
                "--budget",
                "2000",
                "--currency",
                "USD",
                "--providers",
                "Nordic Data Academy",
                "--countries",
                "FI",
            ]
        )
        == 0
    )
    capfd.readouterr()
    assert main(["plan", "--id", "el", "--json"]) == 0
    out = capfd.readouterr().out
    assert json.loads(out)["goal_label"] == "e-learning architect"
