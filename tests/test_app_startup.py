"""Startup stays light: the first page's modules import no pydantic, chromadb, langchain or pandas (the chat
input is on screen before they load), and unreadable settings are a message with the fix, not a traceback."""

from __future__ import annotations

import subprocess
import sys

from ui_harness import app_settings, start_app  # noqa: F401 - app_settings is a fixture

from pathfinder.ui import resources

HEAVY = ("pydantic", "pydantic_settings", "chromadb", "langchain_core", "openai", "pandas", "altair", "numpy")


def test_the_app_frame_and_the_chat_page_import_nothing_heavy():
    script = (
        "import sys, streamlit\n"
        "import pathfinder.ui.navigation, pathfinder.ui.pages.chat\n"
        f"print(','.join(m for m in {HEAVY!r} if m in sys.modules))"
    )
    loaded = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=120
    )
    assert loaded.stdout.strip() == "", f"imported at startup: {loaded.stdout.strip()}"


def test_unreadable_settings_show_the_fix(app_settings, monkeypatch):
    monkeypatch.setenv("PATHFINDER_MAX_UPLOAD_MB", "lots")
    resources.settings.clear()
    at = start_app(role=None)  # no account can be made without settings; the sign-in page shows the error
    assert not at.exception, at.exception
    [error] = at.error
    assert "The settings cannot be read" in error.value and "PATHFINDER_" in error.value
