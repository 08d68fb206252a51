"""Secrets at the edges: a key pasted into the chat is removed before it is answered or stored (and the
learner is told); the app and the CLI install log redaction at startup, reaching loggers with their own
handlers too."""

from __future__ import annotations

import io
import logging

import pytest
from ui_harness import app_settings, start_app, texts  # noqa: F401 - app_settings is a fixture

from pathfinder.cli import main as cli_main
from pathfinder.safety.output import REDACTED
from pathfinder.storage.conversations import ConversationStore

PASTED_KEY = "sk-proj-" + "Zx81Qw72" * 5


@pytest.fixture(autouse=True)
def restore_logging():
    """Installing redaction changes process-wide logging; put it back after each test."""
    factory = logging.getLogRecordFactory()
    root_filters = {h: list(h.filters) for h in logging.getLogger().handlers}
    yield
    logging.setLogRecordFactory(factory)
    for handler, filters in root_filters.items():
        handler.filters[:] = filters


def _own_handler_logger(name: str) -> tuple[logging.Logger, io.StringIO]:
    """A logger like Streamlit's: its own handler, not propagating to the root."""
    out = io.StringIO()
    logger = logging.getLogger(name)
    logger.handlers[:] = [logging.StreamHandler(out)]
    logger.propagate = False
    logger.setLevel(logging.INFO)
    return logger, out


def test_a_key_pasted_in_the_chat_is_removed_and_the_learner_is_told(app_settings):
    # (the role secrets this test also pasted are gone: accounts replaced them; configured secrets are still
    # redacted - the CLI test below configures one)
    at = start_app()
    at.chat_input[0].set_value(
        f"my key is {PASTED_KEY}, and password=hunter2hunter; python courses please"
    ).run()
    assert not at.exception, at.exception
    shown = texts(at)
    assert PASTED_KEY not in shown and "hunter2hunter" not in shown
    assert "looks like an API key" in shown
    store = ConversationStore(app_settings.database_path)
    [conversation] = store.list("learner-test")
    history = store.history(conversation.id)
    assert history.turns[0].text == f"my key is {REDACTED}, and password={REDACTED}; python courses please"
    assert "looks like an API key" in history.turns[1].text
    assert PASTED_KEY not in history.model_dump_json()


def test_an_ordinary_message_gets_no_key_note(app_settings):
    at = start_app()
    at.chat_input[0].set_value("python courses please").run()
    assert not at.exception, at.exception
    assert "looks like an API key" not in texts(at)


def test_the_app_installs_log_redaction_at_startup(app_settings):
    start_app()
    logger, out = _own_handler_logger("streamlit.test_secrets")
    logger.info("key %s and password: maint-secret-7781", PASTED_KEY)
    logged = out.getvalue()
    assert PASTED_KEY not in logged and "maint-secret-7781" not in logged and REDACTED in logged


def test_the_cli_installs_log_redaction_in_main(tmp_path, monkeypatch, capsys):
    configured = "sk-configured-" + "9" * 24
    monkeypatch.setenv("PATHFINDER_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("OPENAI_API_KEY", configured)
    assert cli_main(["profile", "list"]) == 0
    logger, out = _own_handler_logger("pathfinder.test_cli_secrets")
    try:
        raise RuntimeError(f"the server refused {configured}")
    except RuntimeError:
        logger.exception("call failed with Authorization: Bearer %s", configured)
    logged = out.getvalue()
    assert configured not in logged and "RuntimeError" in logged and REDACTED in logged
