"""AppTest: a page that fails unexpectedly shows a plain message with a reference, never a traceback or a
server path; the traceback goes to the server's log. Streamlit itself is told to hide error details too."""

from __future__ import annotations

import logging
import re
import tomllib

from ui_harness import app_settings, start_app, texts  # noqa: F401 - app_settings is a fixture

from pathfinder.settings import PROJECT_ROOT


def test_a_failing_page_shows_a_plain_message_and_logs_the_traceback(app_settings, page_errors, monkeypatch):
    import pathfinder.ui.pages.pathway as pathway

    def broken() -> None:
        raise RuntimeError("boom in /srv/secret/pathfinder/src/pathfinder/ui/pages/pathway.py line 42")

    monkeypatch.setattr(pathway, "render", broken)
    at = start_app("pathway")
    assert not at.exception, at.exception
    shown = texts(at)
    assert "Something went wrong on this page" in shown
    for leak in ("Traceback", "RuntimeError", "boom", "/srv/secret", ".py"):
        assert leak not in shown
    [record] = page_errors
    logged = logging.Formatter().format(record)  # (the log redaction may have turned exc_info into text)
    assert "Traceback" in logged and "RuntimeError: boom" in logged  # the details are in the server's log
    reference = re.search(r"reference (\w+)", record.getMessage()).group(1)
    assert f"reference {reference}" in shown  # the learner can quote it; the log line has it


def test_the_other_pages_still_work_after_one_failed(app_settings, page_errors, monkeypatch):
    import pathfinder.ui.pages.pathway as pathway

    monkeypatch.setattr(pathway, "render", lambda: 1 / 0)
    at = start_app("pathway")
    assert "Something went wrong" in texts(at)
    monkeypatch.undo()
    at = start_app("profile")
    assert not at.exception and "Something went wrong" not in texts(at)
    assert len(page_errors) == 1


def test_streamlit_hides_error_details_and_the_icon_is_not_fetched():
    config = tomllib.loads((PROJECT_ROOT / ".streamlit" / "config.toml").read_text(encoding="utf-8"))
    assert config["client"]["showErrorDetails"] == "none"
    # no ast.parse of the script that can race the warm-up thread's imports (CPython < 3.11.8, gh-106905)
    assert config["runner"]["magicEnabled"] is False
    navigation = (PROJECT_ROOT / "src" / "pathfinder" / "ui" / "navigation.py").read_text(encoding="utf-8")
    assert 'page_icon=":material' not in navigation  # a material page icon is fetched from fonts.gstatic.com
