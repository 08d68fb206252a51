"""Output hygiene: CSV cells that cannot run as spreadsheet formulas, secrets kept out of logs, private folders.

- `csv_cell` / `write_csv` / `csv_text`: every exported CSV goes through them, so a catalogue title such as
  `=HYPERLINK("http://evil", "click")` opens in Excel or LibreOffice as text, not as a formula (OWASP advice:
  prefix a single quote when a text cell starts with = + - @, a tab or a carriage return).
- `redact` and `SecretRedactingFilter`: API keys (the configured ones and anything shaped like `sk-...` or a
  Bearer token) are replaced by `[REDACTED]` before a log record is written.
- `ensure_private_dir`: the data directory (profiles, conversations, index) is created user-only (0o700).
"""

from __future__ import annotations

import csv
import io
import logging
import os
import re
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any, TextIO

from pydantic import SecretStr

from pathfinder.errors import PathfinderError
from pathfinder.settings import Settings

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\uff1d", "\uff0b", "\uff0d", "\uff20")  # incl. full-width forms
REDACTED = "[REDACTED]"
_KEY_PATTERNS = (
    re.compile(r"\bsk-[A-Za-z0-9_\-]{8,}"),  # OpenAI-style keys (sk-..., sk-proj-...)
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
    """The secret values in `settings` (API key, advisor and maintainer secrets) that are set."""
    out = []
    for value in vars(settings).values():
        if isinstance(value, SecretStr) and value.get_secret_value():
            out.append(value.get_secret_value())
    return out


def redact(text: str, secrets: Iterable[str] = ()) -> str:
    """`text` with each of `secrets` and anything shaped like an API key or Bearer token replaced."""
    for secret in sorted({s for s in secrets if s and len(s) >= 4}, key=len, reverse=True):
        text = text.replace(secret, REDACTED)
    text = _KEY_PATTERNS[0].sub(REDACTED, text)
    text = _KEY_PATTERNS[1].sub("Bearer " + REDACTED, text)
    return _KEY_PATTERNS[2].sub(lambda m: f"{m.group(1)}{m.group(2)}{m.group(3)}{REDACTED}", text)


class SecretRedactingFilter(logging.Filter):
    """A logging filter that rewrites each record's message with `redact` (arguments included)."""

    def __init__(self, secrets: Iterable[str] = ()) -> None:
        super().__init__()
        self.secrets = tuple(secrets)

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a malformed record: leave it to logging's own error handling
            return True
        record.msg, record.args = redact(message, self.secrets), None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text, self.secrets)
        return True


def install_log_redaction(settings: Settings, logger: logging.Logger | None = None) -> SecretRedactingFilter:
    """Attach a redacting filter to every handler of `logger` (the root logger by default); call once at the edge."""
    target = logger or logging.getLogger()
    flt = SecretRedactingFilter(configured_secrets(settings))
    if not target.handlers:
        logging.basicConfig()
    for handler in target.handlers:
        if not any(isinstance(f, SecretRedactingFilter) for f in handler.filters):
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
            f"Cannot create the data directory {path} ({e.strerror}). Set PATHFINDER_DATA_DIR to a folder you can "
            "write to."
        ) from e
    return path
