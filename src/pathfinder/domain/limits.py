"""The limits imported data must keep, for every importer: JSON nesting and numbers, text length, characters.

Catalogue files, uploaded credentials and profile files are read by different modules (catalogue/,
profiles/); the rules about what they may hold live here once, as pure functions (no I/O). `loads_json`
refuses what Python's json module would crash on (nesting deeper than `MAX_JSON_DEPTH`, integers over 4,300
digits); `record_problem` names the first field whose text is too long or holds a control character or a lone
surrogate (a broken `\\u` escape, which no file can store). Both raise or return plain values; each caller
turns them into its own error or reject, with the file and the fix.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from typing import Any

# Magic numbers of files people upload or drop into a catalogue folder by mistake: what the file is, said in
# the error (`binary_kind`; the catalogue reader and the upload check both ask it)
BINARY_MAGIC: dict[bytes, str] = {
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"%PDF": "a PDF document",
    b"PK\x03\x04": "a ZIP archive (or an .xlsx/.docx file)",
    b"\xd0\xcf\x11\xe0": "an old Office document (.xls/.doc)",
    b"\x1f\x8b": "a gzip archive",
    b"SQLite format 3": "an SQLite database",
    b"\x7fELF": "a program (ELF)",
    b"MZ": "a Windows program",
    b"7z\xbc\xaf": "a 7-Zip archive",
    b"Rar!": "a RAR archive",
}
MAX_JSON_DEPTH = 64
MAX_TEXT_CHARS = 1_000  # any text field not named below
TEXT_LIMITS: dict[str, int] = {
    "id": 200,
    "title": 500,
    "provider": 300,
    "awarding_body": 300,
    "name": 300,
    "subject": 300,
    "description": 20_000,
    "learning_outcomes": 2_000,
    "assessment": 2_000,
    "quality_assurance": 2_000,
    "url": 2_000,
    "job_advert": 50_000,
    "label": 500,
}
MAX_LIST_ITEMS = 1_000
# C0 controls but tab, newline and carriage return; DEL and the C1 controls (CSI 0x9b starts terminal
# escapes); lone surrogates (json.loads turns "\ud800" into one; UTF-8 cannot encode it: every write breaks).
_BAD_CHAR = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")
_JSON_STRING = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"')
_NOT_BRACKET = re.compile(r"[^\[\]{}]+")
_INNERMOST = re.compile(rb"\[\]|\{\}")
_NOT_BRACKET_BYTES = bytes(b for b in range(256) if b not in b"[]{}")


_PLAIN = (int, float, bool, type(None))
_SHORTEST_LIMIT = min(TEXT_LIMITS.values())  # nested texts within it need no per-field look-up


class InputRefused(ValueError):
    """Input refused before it is used; the message says what is wrong (the caller adds where and the fix)."""


def nested_deeper_than(text: str, limit: int = MAX_JSON_DEPTH) -> bool:
    """True when the JSON text nests arrays/objects more than `limit` deep.

    A quick look at every bracket first (C speed); only when that says "deeper" are brackets inside strings
    set aside and the text looked at again. Text that fools the quick look with brackets in strings is still
    safe: the parser's RecursionError is caught and `record_problem` bounds the depth of each record.
    """
    if text.count("[") + text.count("{") <= limit:
        return False
    raw = text.encode("utf-8", "surrogatepass").translate(None, _NOT_BRACKET_BYTES)
    if not _deeper(raw, limit):
        return False
    return bool(_deeper(_NOT_BRACKET.sub("", _JSON_STRING.sub("", text)).encode(), limit))


def _deeper(skeleton: bytes, limit: int) -> bool | None:
    """True: deeper than `limit`; False: not; None: unbalanced brackets (the parser reports where)."""
    for _ in range(limit):  # each pass removes exactly one level of innermost pairs
        if not skeleton:
            return False
        reduced = _INNERMOST.sub(b"", skeleton)
        if reduced == skeleton:
            return None
        skeleton = reduced
    return bool(skeleton) or False


def loads_json(text: str) -> Any:
    """`json.loads`, but InputRefused for nesting deeper than MAX_JSON_DEPTH and integers over 4,300 digits.

    json.JSONDecodeError still signals text that is not JSON at all (callers report its line and column).
    """
    if nested_deeper_than(text):
        raise InputRefused(f"the JSON nests arrays or objects more than {MAX_JSON_DEPTH} levels deep")
    try:
        return json.loads(text)
    except json.JSONDecodeError:
        raise
    except RecursionError:  # unbalanced and deep, e.g. "[[[[..." with no end
        raise InputRefused(
            f"the JSON nests arrays or objects more than {MAX_JSON_DEPTH} levels deep"
        ) from None
    except ValueError as e:  # "Exceeds the limit (4300 digits) for integer string conversion"
        if "digits" not in str(e):
            raise
        raise InputRefused("a number in the JSON has more than 4,300 digits") from None


def limit_for(field: str) -> int:
    return TEXT_LIMITS.get(field.rsplit(".", 1)[-1], MAX_TEXT_CHARS)


def text_problem(field: str, text: str) -> str | None:
    """Why `field` may not hold this text (too long, a control or invalid character); else None."""
    limit = limit_for(field)
    if len(text) > limit:
        return f"{field}: {len(text):,} characters; the limit is {limit:,}. Shorten it"
    bad = _BAD_CHAR.search(text)
    if bad is None:
        return None
    char, at = bad.group(), bad.start() + 1
    if "\ud800" <= char <= "\udfff":
        return (
            f"{field}: holds an invalid character at position {at} (a lone surrogate, U+{ord(char):04X}, "
            "from a broken \\u escape). Fix the text"
        )
    return (
        f"{field}: holds the control character U+{ord(char):04X} at position {at}; control characters "
        "are not allowed in text. Remove it"
    )


def record_problem(record: Mapping[str, Any], prefix: str = "", depth: int = 1) -> tuple[str, str] | None:
    """(field, reason) of the first text in `record` (keys, values, lists and nested objects) that
    `text_problem` refuses, a list longer than MAX_LIST_ITEMS or nesting deeper than MAX_JSON_DEPTH; None when
    every text is fine."""
    if _plainly_fine(record):
        return None
    for key, value in record.items():
        name = f"{prefix}{key}"
        if isinstance(key, str) and (len(key) > MAX_TEXT_CHARS or _BAD_CHAR.search(key)):
            shown = (
                prefix + ascii(key[:40])[1:-1]
            )  # the bad name itself must not reach a terminal or file as is
            return shown, str(text_problem(name, key)).replace(f"{name}:", f"field name {shown!r}:", 1)
        found = _value_problem(name, value, depth)
        if found:
            return found
    return None


def _plainly_fine(record: Mapping[str, Any]) -> bool:
    """True for the common shape - texts within their limits, plain values, lists of texts, lists of flat
    objects of short texts - with no bad character anywhere, checked by one regex over all the texts (100k
    records are checked on every import). False means "look closer", not "refused"."""
    texts: list[str] = []
    for key, value in record.items():
        kind = type(value)
        if kind is str:
            if len(value) > TEXT_LIMITS.get(key, MAX_TEXT_CHARS):
                return False
            texts.append(value)
        elif kind in _PLAIN:
            continue
        elif kind is list or kind is tuple:
            if len(value) > MAX_LIST_ITEMS:
                return False
            limit = TEXT_LIMITS.get(key, MAX_TEXT_CHARS)
            for item in value:
                if type(item) is str and len(item) <= limit:
                    texts.append(item)
                elif type(item) is dict:
                    for inner in item.values():
                        if type(inner) is str and len(inner) <= _SHORTEST_LIMIT:
                            texts.append(inner)
                        elif type(inner) not in _PLAIN:
                            return False
                    texts.extend(item)
                else:
                    return False
        else:
            return False
    texts.extend(record)
    try:
        joined = "\n".join(texts)
    except TypeError:  # a key that is not text
        return False
    return max(map(len, record), default=0) <= MAX_TEXT_CHARS and not _BAD_CHAR.search(joined)


def _value_problem(name: str, value: Any, depth: int) -> tuple[str, str] | None:
    if depth > MAX_JSON_DEPTH:
        return name, f"{name}: nested more than {MAX_JSON_DEPTH} levels deep"
    if isinstance(value, str):
        problem = text_problem(name, value)
        return (name, problem) if problem else None
    if isinstance(value, list | tuple):
        if len(value) > MAX_LIST_ITEMS:
            return name, f"{name}: {len(value):,} items; the limit is {MAX_LIST_ITEMS:,}. Split the record"
        for item in value:
            found = _value_problem(name, item, depth + 1)
            if found:
                return found
    elif isinstance(value, Mapping):
        return record_problem(value, prefix=f"{name}.", depth=depth + 1)
    return None


def binary_kind(data: bytes) -> str | None:
    """What a file is when its first bytes say it is no text ("a PNG image", "a ZIP archive"), else None."""
    return next((what for magic, what in BINARY_MAGIC.items() if data.startswith(magic)), None)
