"""Upload checks, the role secret comparison and the background job board."""

from __future__ import annotations

import threading

import pytest
from pydantic import SecretStr

from pathfinder.errors import PathfinderError, UploadError
from pathfinder.ui.auth import expected_secret, secret_matches
from pathfinder.ui.jobs import JobBoard
from pathfinder.ui.uploads import check_upload, looks_like_text, safe_filename, save_upload


@pytest.mark.parametrize("name, expected", [
    ("../../etc/passwd", "passwd"),
    ("..\\..\\windows\\system.ini", "system.ini"),
    ("/abs/path/cat.csv", "cat.csv"),
    ("..", "upload"),
    (".hidden.json", "hidden.json"),
    ("Kurse für Ärzte (2024).csv", "Kurse_fur_Arzte_2024_.csv"),
    ("", "upload"),
])
def test_safe_filename_strips_directories_and_odd_characters(name, expected):
    assert safe_filename(name) == expected


def test_save_upload_stays_in_its_folder_and_never_overwrites(tmp_path):
    first = save_upload(b"a", tmp_path / "up", "../../evil.csv")
    second = save_upload(b"b", tmp_path / "up", "evil.csv")
    assert first.parent == second.parent == tmp_path / "up"
    assert first.read_bytes() == b"a" and second.read_bytes() == b"b" and first != second


def test_check_upload_refuses_big_binary_and_wrong_types():
    csv = b"id,title\n1,Python\n"
    assert check_upload("cat.csv", csv, max_mb=1, suffixes=(".csv",)) == "cat.csv"
    with pytest.raises(UploadError, match="limit is 0.001 MB"):
        check_upload("cat.csv", csv * 200, max_mb=0.001, suffixes=(".csv",))
    with pytest.raises(UploadError, match="not one of the accepted types"):
        check_upload("cat.xlsx", csv, max_mb=1, suffixes=(".csv", ".json"))
    with pytest.raises(UploadError, match="binary"):
        check_upload("cat.csv", b"PK\x03\x04\x00\x00" + bytes(range(256)) * 4, max_mb=1, suffixes=(".csv",))


def test_looks_like_text_accepts_real_encodings_and_rejects_noise():
    assert looks_like_text("Kurs,Preis\nÜbung,10 €\n".encode("utf-8"))
    assert looks_like_text("Kurs,Preis\nÜbung,10\n".encode("utf-16"))
    assert looks_like_text("Cours,Prix\nDébutant,10\n".encode("latin-1"))
    assert not looks_like_text(b"")
    assert not looks_like_text(bytes(range(256)) * 8)


def test_role_secret_from_settings_then_secrets_file(settings):
    assert expected_secret(settings, "advisor", {}) is None
    assert expected_secret(settings, "advisor", {"advisor_secret": "from-file"}) == "from-file"
    env = settings.model_copy(update={"advisor_secret": SecretStr("from-env")})
    assert expected_secret(env, "advisor", {"advisor_secret": "from-file"}) == "from-env"
    assert expected_secret(env, "maintainer", {}) is None
    assert secret_matches("from-env", "from-env")
    assert not secret_matches("wrong", "from-env")
    assert not secret_matches("", "")
    assert not secret_matches("anything", None)


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
