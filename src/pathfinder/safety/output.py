"""Output hygiene: CSV cells that cannot run as spreadsheet formulas, secrets kept out of logs, private
folders.

- `csv_cell` / `write_csv` / `csv_text`: every exported CSV goes through them, so a catalogue title such as
  `=HYPERLINK("http://evil", "click")` opens in Excel or LibreOffice as text, not as a formula (OWASP advice:
  prefix a single quote when a text cell starts with = + - @, a tab or a carriage return).
- `redact` and `SecretRedactingFilter`: API keys (the configured ones and anything shaped like `sk-...` or a
  Bearer token) are replaced by `[REDACTED]` before a log record is written; `scrub_chat_message` does the
  same to a chat message before it is answered or stored (the conversation store redacts again on write).
- `ensure_private_dir`: the data directory (profiles, conversations, index) is created user-only (0o700).
- `private_database_file`: the SQLite file holding profiles, conversations and notes is user-only (0o600) even
  when its folder is shared (`PATHFINDER_DATABASE_URL` elsewhere, or a data folder made by an older version);
  SQLite gives its -wal/-shm files the database file's permissions.
"""

from __future__ import annotations

import csv
import io
import logging
import os
import re
import urllib.parse
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any, TextIO

from pydantic import SecretStr

from pathfinder.errors import PathfinderError
from pathfinder.settings import Settings

FORMULA_STARTS = (
    "=",
    "+",
    "-",
    "@",
    "\t",
    "\r",
    "\uff1d",
    "\uff0b",
    "\uff0d",
    "\uff20",
)  # incl. full-width forms
REDACTED = "[REDACTED]"
_KEY_PATTERNS = (
    # OpenAI-style keys (sk-..., sk-proj-...): 20+ characters with a digit, so "sk-learning" in a chat is left
    # alone
    re.compile(r"\bsk-(?=[A-Za-z0-9_\-]*\d)[A-Za-z0-9_\-]{20,}"),
    re.compile(r"(?i)\bbearer\s+[A-Za-z0-9._\-~+/]{8,}=*"),  # Authorization headers
    re.compile(r"(?i)(api[_-]?key|secret|password|token)(\s*[=:]\s*)(['\"]?)[^\s'\",;]{6,}"),
)


# ----------------------------------------------------------------------------------------- CSV exports


def csv_cell(value: Any) -> Any:
    """A value safe for a spreadsheet: text starting with a formula character gets a leading quote.

    Numbers stay numbers (a negative price is data, not a formula); None becomes an empty cell.
    """
    if value is None:
        return ""
    if isinstance(value, bool | int | float):
        return value
    text = str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def write_csv(out: TextIO, header: Sequence[str], rows: Iterable[Sequence[Any]]) -> int:
    """Write a CSV with every cell passed through `csv_cell`; returns the number of data rows."""
    # RFC 4180 line ends: the writer then quotes any cell holding \r or \n (with "\n" alone a bare \r in a
    # cell would be written unquoted and split the row when read back).
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([csv_cell(h) for h in header])
    n = 0
    for row in rows:
        writer.writerow([csv_cell(v) for v in row])
        n += 1
    return n


def csv_text(header: Sequence[str], rows: Iterable[Sequence[Any]]) -> str:
    """The CSV as a string (for `st.download_button`), formula-safe."""
    buffer = io.StringIO()
    write_csv(buffer, header, rows)
    return buffer.getvalue()


# --------------------------------------------------------------------------------------------- secrets


def configured_secrets(settings: Settings) -> list[str]:
    """The secret values in `settings` (API key, advisor and maintainer secrets, the database URL's password)
    that are set."""
    out = []
    for value in vars(settings).values():
        if isinstance(value, SecretStr) and value.get_secret_value():
            out.append(value.get_secret_value())
    if settings.database_url and "://" in settings.database_url:
        password = urllib.parse.urlsplit(settings.database_url).password
        if password:
            out += [password, urllib.parse.unquote(password)]  # as written in the URL, and decoded
    return out


def redact(text: str, secrets: Iterable[str] = ()) -> str:
    """`text` with each of `secrets` and anything shaped like an API key or Bearer token replaced."""
    for secret in sorted({s for s in secrets if s and len(s) >= 4}, key=len, reverse=True):
        text = text.replace(secret, REDACTED)
    text = _KEY_PATTERNS[0].sub(REDACTED, text)
    text = _KEY_PATTERNS[1].sub("Bearer " + REDACTED, text)
    return _KEY_PATTERNS[2].sub(lambda m: f"{m.group(1)}{m.group(2)}{m.group(3)}{REDACTED}", text)


KEY_REMOVED_NOTE = (
    "> **Note:** your message contained something that looks like an API key, a token "
    "or a password. It was removed before your message was answered or saved. Never "
    "paste keys into the chat; if it was a real key, revoke it with its provider."
)


def scrub_chat_message(text: str, secrets: Iterable[str] = ()) -> tuple[str, bool]:
    """(`text` with secrets and key-like strings redacted, whether anything was removed)."""
    clean = redact(text, secrets)
    return clean, clean != text


class SecretRedactingFilter(logging.Filter):
    """A logging filter that rewrites each record's message with `redact` (arguments included)."""

    def __init__(self, secrets: Iterable[str] = ()) -> None:
        super().__init__()
        self.secrets = tuple(secrets)

    def filter(self, record: logging.LogRecord) -> bool:
        _redact_record(record, self.secrets)
        return True


def _redact_record(record: logging.LogRecord, secrets: Iterable[str]) -> None:
    try:
        message = record.getMessage()
    except Exception:  # a malformed record: leave it to logging's own error handling
        return
    record.msg, record.args = redact(message, secrets), None
    if record.exc_info and not record.exc_text:
        record.exc_text = logging.Formatter().formatException(record.exc_info)
    if record.exc_text:
        record.exc_text = redact(record.exc_text, secrets)


class _RedactingRecordFactory:
    """Wraps logging's record factory so every record is redacted when it is made, whichever logger or handler
    writes it (Streamlit's loggers have their own handlers and do not propagate to the root)."""

    def __init__(self, base: Callable[..., logging.LogRecord]) -> None:
        self.base = base
        self.secrets: tuple[str, ...] = ()

    def __call__(self, *args: Any, **kwargs: Any) -> logging.LogRecord:
        record = self.base(*args, **kwargs)
        _redact_record(record, self.secrets)
        return record


def install_log_redaction(settings: Settings, logger: logging.Logger | None = None) -> SecretRedactingFilter:
    """Redact secrets from every log record from now on; call once at the edge (app start, CLI `main`).

    Installs a redacting record factory (all loggers) and attaches a redacting filter to every handler of
    `logger` (the root logger by default). Calling it again updates the secrets; it never stacks."""
    secrets = tuple(configured_secrets(settings))
    factory = logging.getLogRecordFactory()
    if not isinstance(factory, _RedactingRecordFactory):
        factory = _RedactingRecordFactory(factory)
        logging.setLogRecordFactory(factory)
    factory.secrets = secrets
    target = logger or logging.getLogger()
    flt = SecretRedactingFilter(secrets)
    if not target.handlers and target is logging.getLogger():
        logging.basicConfig()
    for handler in target.handlers:
        for old in [f for f in handler.filters if isinstance(f, SecretRedactingFilter)]:
            handler.removeFilter(old)
        handler.addFilter(flt)
    return flt


# ------------------------------------------------------------------------------------------ data folder


def ensure_private_dir(path: Path) -> Path:
    """Create `path` (and parents) if needed and make it user-only (0o700); a clear error if that fails."""
    path = Path(path)
    try:
        path.mkdir(parents=True, exist_ok=True, mode=0o700)
        if path.stat().st_mode & 0o077:
            os.chmod(path, 0o700)
    except OSError as e:
        raise PathfinderError(
            f"Cannot create the data directory {path} ({e.strerror}). "
            "Set PATHFINDER_DATA_DIR to a folder you can write to."
        ) from e
    return path


def private_database_file(path: str | Path) -> None:
    """Create the SQLite file's folder (0o700) and the empty file (0o600) if missing; tighten an existing file
    that others can read. A folder or file we cannot change (not ours) is left as it is: SQLite then
    reports."""
    if str(path) == ":memory:" or str(path).startswith("file:"):
        return
    path = Path(path)
    if not path.parent.exists():
        ensure_private_dir(path.parent)
    try:
        if not path.exists():
            os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))  # an empty file is an empty database
        elif path.stat().st_mode & 0o077:
            os.chmod(path, 0o600)
    except OSError:
        pass  # e.g. a read-only or foreign file: opening it gives the clear error
