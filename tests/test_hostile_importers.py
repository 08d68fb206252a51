"""The importers fuzzed: generated malformed rows and files give only CatalogueError or a reject, never
another exception, and never a silently dropped valid row (imported + rejected = records read)."""

from __future__ import annotations

import csv
import io
import json
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pathfinder.catalogue import load_catalogue
from pathfinder.catalogue.records import COLUMNS
from pathfinder.errors import CatalogueError

FUZZ = settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
NASTY = st.one_of(
    st.text(max_size=40),
    st.sampled_from(
        [
            "",
            " ",
            "-1",
            "NaN",
            "inf",
            "-inf",
            "1e400",
            "0x10",
            "1,5",
            "1.5.5",
            "9" * 400,
            "null",
            "[]",
            "{}",
            "true",
            "=cmd|' /C calc'!A0",
            "<script>alert(1)</script>",
            "\u202eevil",
            "\x00",
            "\ufeff",
            "a;b;c",
            "x|y",
            "http://",
            "javascript:alert(1)",
            "2025-02-30",
            "2025-13-01|2025-01-01",
            "esco:x|",
            "|label",
            "de;;fr",
            "EUR",
            "€",
            "A" * 5_000,
            "\r\n",
            '"',
            "'",
            "\\",
        ]
    ),
    st.integers(-(10**12), 10**12).map(str),
    st.floats(allow_nan=True, allow_infinity=True).map(str),
)
JUNK_COLUMNS = st.sampled_from(["notes", "Title ", "ID", "extra", "ects ", "😀"])


def _valid_row(i: int) -> dict[str, str]:
    return {
        "id": f"ok-{i}",
        "title": f"Valid course {i}",
        "provider": "Valid provider",
        "hours": str(10 + i),
        "languages": "en",
        "cost": "0",
    }


@st.composite
def csv_catalogues(draw):
    """A CSV in our schema written by csv.writer (so quoting is correct) mixing valid and garbage rows."""
    extra = draw(
        st.lists(
            st.sampled_from([c for c in COLUMNS if c not in ("id", "title", "provider")]),
            max_size=8,
            unique=True,
        )
    )
    junk = draw(st.lists(JUNK_COLUMNS, max_size=2, unique=True))
    header = ["id", "title", "provider", *dict.fromkeys(extra + ["hours", "languages", "cost"]), *junk]
    rows, valid = [], []
    for i in range(draw(st.integers(0, 12))):
        if draw(st.booleans()):
            row = _valid_row(i)
            valid.append(row["id"])
        else:
            row = {c: draw(NASTY) for c in header if draw(st.booleans())}
            if str(row.get("id", "")).startswith("ok-"):
                row["id"] = "x" + row["id"]
        rows.append([row.get(c, "") for c in header])
    encoding = draw(st.sampled_from(["utf-8", "utf-8-sig", "cp1252", "utf-16"]))
    buffer = io.StringIO()
    csv.writer(buffer).writerows([header, *rows])
    return buffer.getvalue(), encoding, rows, valid


def _load(name: str, data: bytes):
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / name
        path.write_bytes(data)
        try:
            return load_catalogue([path])
        except CatalogueError as e:
            assert str(e), "a CatalogueError must say what is wrong"
            return None


@FUZZ
@given(csv_catalogues())
def test_csv_rows_are_imported_or_rejected_never_lost(catalogue):
    text, encoding, rows, valid = catalogue
    try:
        data = text.encode(encoding)
    except UnicodeEncodeError:
        data = text.encode("utf-8")
    report = _load("catalogue.csv", data)
    if report is None:
        assert not valid or "\x00" in text or not text.strip(), (
            "a file with valid rows was refused as a whole"
        )
        return
    records = sum(1 for r in rows if any(c.strip() for c in r))
    assert report.imported + report.rejected == records
    assert set(valid) <= {c.id for c in report.credentials}, [
        r.reason for r in report.rejects if r.record and str(r.record.get("id", "")).startswith("ok-")
    ]
    assert all(r.reason and r.row for r in report.rejects)


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20) | NASTY,
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4)
    ),
    max_leaves=20,
)
FIELDS = st.sampled_from(list(COLUMNS) + ["@context", "type", "credentialSubject", "achievement"])
GARBAGE_RECORD = st.dictionaries(FIELDS, JSON_VALUES, max_size=8)


def _not_ok(record):
    """Garbage never takes a valid record's id (a duplicate id is a legitimate reject, not a loss)."""
    if isinstance(record, dict) and str(record.get("id", "")).startswith("ok-"):
        return {**record, "id": "x" + str(record["id"])}
    return record


@FUZZ
@given(
    st.lists(
        st.one_of(GARBAGE_RECORD.map(_not_ok), JSON_VALUES.map(_not_ok), st.integers(0, 50).map(_valid_row)),
        max_size=10,
    )
)
def test_json_arrays_are_imported_or_rejected_never_lost(items):
    ids = [
        i["id"] for i in items if isinstance(i, dict) and str(i.get("id", "")).startswith("ok-")
    ]  # only valid rows
    valid = {
        i for i in ids if ids.count(i) == 1
    }  # the same valid record twice: the second is a duplicate reject
    for suffix, body in ((".json", json.dumps(items)), (".jsonl", "\n".join(json.dumps(i) for i in items))):
        report = _load("catalogue" + suffix, body.encode())
        if report is None:
            assert not valid, f"a {suffix} file with valid records was refused as a whole"
            continue
        if suffix == ".json" or all(json.dumps(i).strip() for i in items):
            assert report.imported + report.rejected == len(items)
        assert valid <= {c.id for c in report.credentials}


@FUZZ
@given(JSON_VALUES, st.sampled_from([".json", ".jsonld", ".jsonl", ".csv", ".tsv"]))
def test_any_json_document_is_a_report_or_a_catalogue_error(doc, suffix):
    report = _load("doc" + suffix, json.dumps(doc).encode())
    assert report is None or report.imported + report.rejected >= 0


@FUZZ
@given(st.binary(max_size=2_000), st.sampled_from([".json", ".jsonl", ".csv", ".tsv", ".jsonld"]))
def test_arbitrary_bytes_are_a_report_or_a_catalogue_error(data, suffix):
    report = _load("bytes" + suffix, data)
    assert report is None or all(r.reason for r in report.rejects)


@FUZZ
@given(st.text(max_size=400), st.sampled_from([".csv", ".tsv", ".jsonl"]))
def test_arbitrary_text_is_a_report_or_a_catalogue_error(text, suffix):
    report = _load("text" + suffix, ("id,title,provider\n" + text).encode("utf-8", "surrogatepass"))
    assert report is None or all(r.reason for r in report.rejects)


def test_a_lone_no_break_space_in_cp1252_is_a_blank_row():
    # found by the fuzzer above (session 9): the encoding guesser read the byte 0xA0 as cp850 "á", so a blank
    # row became a record rejected for missing fields
    data = "id,title,provider\n\xa0,,\n".encode("cp1252")
    report = _load("catalogue.csv", data)
    assert report is not None and report.imported == 0 and report.rejected == 0


def test_a_cp1252_export_with_a_stray_control_byte_is_read_not_refused():
    """Hypothesis found it (session 9-10): an ESC byte before a no-break space made the encoding guesser give
    up, and the whole file, with its valid row, was refused."""
    from pathfinder.catalogue.sniff import decode

    data = "id,title\r\nok-0,Valid course 0\r\n,\x1b\xa0\r\n".encode("cp1252")
    text = decode(data, "x.csv")
    assert text.encoding == "cp1252" and "Valid course 0" in text.text
