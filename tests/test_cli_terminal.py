"""The CLI's output is terminal-safe (catalogue and profile text cannot send escape sequences), and a reader
that stops early (`pathfinder profile show X | head -1`) ends the command quietly, without a traceback."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from pathfinder.cli import main
from pathfinder.cli._common import terminal_safe
from pathfinder.domain import LearnerProfile
from pathfinder.settings import Settings
from pathfinder.storage.profiles import SqliteProfileStore

HOSTILE = "Ana\x1b]0;pwned\x07\x1b[2J\x9b31m\u202egnp.exe\r"


def _store(tmp_path, monkeypatch) -> SqliteProfileStore:
    monkeypatch.setenv("PATHFINDER_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("PATHFINDER_EMBEDDER", "hash")
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    return SqliteProfileStore(Settings(_env_file=None).database_path)


def test_terminal_safe_shows_control_and_direction_characters_as_escapes():
    shown = terminal_safe(HOSTILE + "\tok\n")
    assert shown == "Ana\\u001b]0;pwned\\u0007\\u001b[2J\\u009b31m\\u202egnp.exe\\u000d\tok\n"
    assert terminal_safe("Zürich – 東京 😀") == "Zürich – 東京 😀"


def test_every_printer_goes_through_it(tmp_path, monkeypatch, capsys):
    # stored directly (an index or database from before the import limits): the CLI must still print it safely
    _store(tmp_path, monkeypatch).save(LearnerProfile(id="ana", name=HOSTILE))
    for argv in (["profile", "list"], ["profile", "list", "--json"], ["profile", "show", "ana"]):
        assert main(argv) == 0
        out = capsys.readouterr().out
        assert not any(c in out for c in "\x1b\x07\x9b\u202e\r"), (argv, out)
        assert "\\u001b]0;pwned" in out
    assert main(["profile", "list", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)[0]["name"] == HOSTILE  # still valid JSON, the same text


def test_a_closed_pipe_ends_quietly(tmp_path, monkeypatch):
    store = _store(tmp_path, monkeypatch)
    store.save(LearnerProfile(id="ana", name="Ana"))
    read_end, write_end = os.pipe()
    os.close(read_end)  # the reader is gone before the first line, like `| head -1` after its line
    try:
        done = subprocess.run(
            [
                sys.executable,
                "-c",
                "import sys; from pathfinder.cli import main; sys.exit(main())",
                "profile",
                "show",
                "ana",
            ],
            stdout=write_end,
            stderr=subprocess.PIPE,
            text=True,
            timeout=120,
            env=os.environ.copy(),
        )
    finally:
        os.close(write_end)
    assert "Traceback" not in done.stderr and "BrokenPipeError" not in done.stderr, done.stderr
    assert done.returncode == 141
