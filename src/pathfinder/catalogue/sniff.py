"""Reading a catalogue file's bytes: refusing binaries and empty files, decoding text, finding the CSV
delimiter."""

from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from pathfinder.domain.limits import binary_kind
from pathfinder.errors import CatalogueError

DELIMITERS = (",", ";", "\t", "|")
# The csv module refuses cells over 131,072 characters and stops the whole file. Read any cell the upload and
# file limits let through; an over-long one then becomes a reject naming its field (pathfinder.domain.limits).
MAX_CSV_CELL = 256 * 1024 * 1024
if csv.field_size_limit() < MAX_CSV_CELL:
    csv.field_size_limit(MAX_CSV_CELL)


@dataclass(frozen=True)
class Text:
    """A file decoded to text, with how it was decoded (for the report)."""

    text: str
    encoding: str
    had_bom: bool


def read_text(path: Path) -> Text:
    """The file decoded: BOM honoured, UTF-8 tried first, else the encoding charset-normalizer finds."""
    try:
        data = path.read_bytes()
    except OSError as e:
        raise CatalogueError(
            f"{path}: cannot be read ({e.strerror}). Check the path and its permissions."
        ) from e
    return decode(data, path.name)


def decode(data: bytes, name: str) -> Text:
    if not data.strip():
        raise CatalogueError(
            f"{name}: the file is empty. Export the catalogue again, with a header row and records."
        )
    if what := binary_kind(data):
        raise CatalogueError(
            f"{name}: this is {what}, not a catalogue. Give a CSV, JSON or JSONL catalogue, "
            "a Europass/ELM credential or an Open Badges 3.0 credential."
        )
    for bom, encoding in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            try:
                return Text(data.decode(encoding), encoding, had_bom=True)
            except UnicodeDecodeError as e:  # the mark promises an encoding the bytes do not keep
                promised = encoding.upper().removesuffix("-SIG")
                raise CatalogueError(
                    f"{name}: starts with a {promised} byte-order mark, but byte {e.start} is not {promised} "
                    f"({e.reason}). Save the file again as UTF-8 and retry."
                ) from e
    if b"\x00" in data[:8192]:
        raise CatalogueError(f"{name}: this is a binary file, not a catalogue (it contains NUL bytes).")
    try:
        return Text(data.decode("utf-8"), "utf-8", had_bom=False)
    except UnicodeDecodeError:
        pass
    encoding = _guess_encoding(data, name)
    return Text(data.decode(encoding, errors="replace"), encoding, had_bom=False)


def _guess_encoding(data: bytes, name: str) -> str:
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None and _readable_header(data, "cp1252"):
        # stray control bytes (ESC, 0x1B) in a cell make the guesser give up on a readable export: read it
        # as cp1252 and let each row be judged on its own
        return "cp1252"
    if best is None:
        raise CatalogueError(
            f"{name}: the text encoding could not be recognised "
            "(it is not UTF-8). Save the file as UTF-8 and retry."
        )
    # Western single-byte guesses are interchangeable for catalogue text; cp1252 is the superset that
    # also maps the curly quotes and dashes spreadsheets produce. The DOS code pages are what the guesser
    # picks on scant evidence (a lone no-break space, 0xA0, read as cp850 "á"); spreadsheets export cp1252.
    encoding = best.encoding
    if encoding in {"latin_1", "iso8859_15", "cp1250", "mac_roman", "cp850", "cp437", "cp858"}:
        try:
            data.decode("cp1252")
            return "cp1252"
        except UnicodeDecodeError:
            return encoding
    return encoding


def _readable_header(data: bytes, encoding: str) -> bool:
    """Whether `data` decodes in `encoding` and its first non-blank line is text: printable, with a comma,
    semicolon or tab between names (a catalogue's header row)."""
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        return False
    header = _first_line(text).strip()
    return (
        bool(header)
        and all(ch.isprintable() or ch == "\t" for ch in header)
        and any(d in header for d in ",;\t")
    )


def sniff_delimiter(text: str) -> str:
    """The delimiter of a CSV: the candidate that occurs most often (outside quotes) in the header line."""
    header = _first_line(text)
    counts = {d: _count_unquoted(header, d) for d in DELIMITERS}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] > 0 else ","


def _first_line(text: str) -> str:
    for line in io.StringIO(text):
        if line.strip():
            return line
    return ""


def _count_unquoted(line: str, char: str) -> int:
    count, quoted = 0, False
    for c in line:
        if c == '"':
            quoted = not quoted
        elif c == char and not quoted:
            count += 1
    return count


def csv_rows(
    text: str, delimiter: str, name: str = "the file"
) -> tuple[list[str], list[tuple[int, list[str]]]]:
    """The header and the data rows as (1-based data row number, cells); blank lines are not records."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        return _rows(reader)
    except csv.Error as e:
        line = reader.line_num
        raise CatalogueError(f"{name}: line {line} cannot be read as CSV ({e}). Fix that line.") from e


def _rows(reader: Iterator[list[str]]) -> tuple[list[str], list[tuple[int, list[str]]]]:
    header: list[str] | None = None
    rows: list[tuple[int, list[str]]] = []
    number = 0
    for cells in reader:
        if not any(c.strip() for c in cells):
            continue
        if header is None:
            header = [c.strip() for c in cells]
            continue
        number += 1
        rows.append((number, cells))
    return header or [], rows
