"""The background job board (upload checks: tests/test_hostile_uploads.py; accounts:
tests/test_accounts*.py)."""

from __future__ import annotations

import threading

import pytest

from pathfinder.errors import PathfinderError
from pathfinder.ui.jobs import JobBoard


def test_job_board_runs_in_background_reports_progress_and_refuses_a_second_run():
    board = JobBoard()
    release = threading.Event()

    def work(progress):
        progress(1, 4, "reading")
        release.wait(5)
        progress(0.75)
        return 42

    job = board.start("re-index", work)
    with pytest.raises(PathfinderError, match="already running"):
        board.start("re-index", work)
    release.set()
    board.wait("re-index", timeout=5)
    snap = job.snapshot()
    assert snap["status"] == "done" and snap["result"] == 42 and snap["fraction"] == 1.0


def test_job_board_keeps_the_message_of_a_failed_job():
    board = JobBoard()

    def broken(progress):
        raise PathfinderError("The catalogue file is empty; upload one with rows.")

    board.start("re-index", broken)
    job = board.wait("re-index", timeout=5)
    assert job.status == "failed" and "upload one with rows" in job.error
    board.start("re-index", lambda progress: "again")  # a failed job does not block the next one
    assert board.wait("re-index", timeout=5).result == "again"
