"""Bad input: every case gives a precise message (file, row, field, reason) and valid rows still import."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from pathfinder.catalogue import load_catalogue
from pathfinder.errors import CatalogueError, MappingError

DATA = Path(__file__).parent / "data" / "catalogue"


def reject_for(report, row):
    [r] = [r for r in report.rejects if r.row == row]
    return r


def test_bad_values_are_rejected_per_row_and_the_good_row_imports():
    report = load_catalogue([DATA / "bad_values.csv"])
    assert [c.id for c in report.credentials] == ["ok-1"]
    assert report.rejected == 5
    neg = reject_for(report, 2)
    assert (neg.field, neg.file) == ("hours", str(DATA / "bad_values.csv"))
    assert "hours: must be >= 0" in neg.reason and "'-5'" in neg.reason
    eqf = reject_for(report, 3)
    assert eqf.field == "eqf_level" and "must be <= 8" in eqf.reason and "'9'" in eqf.reason
    lang = reject_for(report, 4)
    assert lang.field == "languages" and "two-letter ISO 639-1" in lang.reason and "English" in lang.reason
    mode = reject_for(report, 5)
    assert mode.field == "participation" and "'online', 'blended' or 'on-site'" in mode.reason
    short = reject_for(report, 6)
    assert short.field is None and "3 cells but the header has 7 columns" in short.reason


def test_duplicate_ids_keep_the_first_and_name_its_row():
    report = load_catalogue([DATA / "duplicates.json"])
    assert {c.id: c.title for c in report.credentials} == {"d-1": "First", "d-2": "Other"}
    [dup] = report.rejects
    assert (dup.row, dup.field) == (3, "id")
    assert "duplicate id 'd-1'" in dup.reason and "row 1 of" in dup.reason
    assert dup.record["title"] == "Second with the same id"


def test_links_that_point_nowhere_are_rejected_naming_the_missing_id_and_chains_follow():
    report = load_catalogue([DATA / "dangling.json"])
    assert [c.id for c in report.credentials] == ["base"]
    reasons = {r.row: (r.field, r.reason) for r in report.rejects}
    assert reasons[2][0] == "prerequisites" and "'ghost-101' is not in the catalogue" in reasons[2][1]
    assert reasons[3][0] == "prerequisites" and "'needs-ghost' was rejected" in reasons[3][1]
    assert reasons[4][0] == "stacks_into" and "stack target 'cert-missing'" in reasons[4][1]


def test_links_resolve_across_files_loaded_together_but_not_alone():
    alone = load_catalogue([DATA / "split" / "part_a.json"])
    assert alone.imported == 0 and "'intro-1' is not in the catalogue" in alone.rejects[0].reason
    together = load_catalogue([DATA / "split" / "part_a.json", DATA / "split" / "part_b.json"])
    assert together.rejected == 0 and together.imported == 3


def test_prerequisite_cycle_rejects_every_member_and_names_the_cycle():
    report = load_catalogue([DATA / "cycle.jsonl"])
    assert [c.id for c in report.credentials] == ["c-e"]
    by_row = {r.row: r for r in report.rejects}
    for row in (1, 2, 3):
        assert by_row[row].field == "prerequisites"
        assert "prerequisite cycle" in by_row[row].reason
        assert "c-a → c-c → c-b → c-a" in by_row[row].reason
    assert "'c-a' was rejected (prerequisite cycle" in by_row[4].reason
    assert "line 6 is not valid JSON" in by_row[6].reason


def test_missing_required_columns_names_missing_and_found():
    with pytest.raises(CatalogueError) as e:
        load_catalogue([DATA / "missing_columns.csv"])
    assert "missing required columns provider" in str(e.value) and "found: id, title, hours" in str(e.value)


def test_empty_file():
    with pytest.raises(CatalogueError, match="empty.csv: the file is empty"):
        load_catalogue([DATA / "empty.csv"])


def test_png_named_csv_is_not_a_catalogue():
    with pytest.raises(CatalogueError, match="picture.csv: this is a PNG image, not a catalogue"):
        load_catalogue([DATA / "picture.csv"])


def test_random_csv_is_not_a_catalogue():
    with pytest.raises(CatalogueError) as e:
        load_catalogue([DATA / "random.csv"])
    assert "random.csv: not a catalogue" in str(e.value) and "date, temperature, rain_mm" in str(e.value)
    assert "--mapping" in str(e.value)


def test_json_that_is_not_a_catalogue(tmp_path: Path):
    (tmp_path / "config.json").write_text(json.dumps({"theme": "dark", "fontSize": 12}))
    with pytest.raises(CatalogueError, match="config.json: a JSON object that is not a catalogue"):
        load_catalogue([tmp_path / "config.json"])
    (tmp_path / "broken.json").write_text('[{"id": "x",')
    with pytest.raises(CatalogueError, match=r"broken.json: not valid JSON \(line 1"):
        load_catalogue([tmp_path / "broken.json"])


def test_undecodable_bytes_with_no_encoding_are_refused(tmp_path: Path):
    (tmp_path / "blob.csv").write_bytes(bytes(range(256)) * 4)
    with pytest.raises(CatalogueError, match="blob.csv"):
        load_catalogue([tmp_path / "blob.csv"])


def test_missing_path_and_empty_folder(tmp_path: Path):
    with pytest.raises(CatalogueError, match="no such file or folder"):
        load_catalogue([tmp_path / "nope.csv"])
    with pytest.raises(CatalogueError, match="no catalogue files inside"):
        load_catalogue([tmp_path])


def test_json_record_errors_name_the_field(tmp_path: Path):
    records = [
        {"id": "x-1", "title": "Self prerequisite", "provider": "P", "prerequisites": ["x-1"]},
        {"id": "x-2", "titel": "Typo", "provider": "P"},
        "just a string",
    ]
    (tmp_path / "r.json").write_text(json.dumps(records))
    report = load_catalogue([tmp_path / "r.json"])
    by_row = {r.row: r for r in report.rejects}
    assert by_row[1].field == "prerequisites" and "own prerequisite" in by_row[1].reason
    assert by_row[2].field == "title" and "titel: not a field of our schema" in by_row[2].reason
    assert by_row[3].field is None and "not a JSON object" in by_row[3].reason


def test_malformed_mapping_is_a_mapping_error():
    with pytest.raises(MappingError, match=r"'titel' is not a Credential field"):
        load_catalogue([DATA / "provider.csv"], mapping=DATA / "bad_mapping.toml")
    with pytest.raises(MappingError, match="neither a file nor a built-in mapping"):
        load_catalogue([DATA / "provider.csv"], mapping="coursera")


# session 16 (twins): the catalogue reader (`catalogue.sniff`) and the upload check (`safety.uploads`) kept
# two tables of binary files' first bytes; the reader's lacked programs and 7-Zip/RAR archives, which it then
# tried to read as text. One table now (`domain.limits.binary_kind`), both name the same kind.
@pytest.mark.parametrize(
    "magic, what",
    [
        (b"\x7fELF\x02\x01", "a program (ELF)"),
        (b"MZ\x90\x00", "a Windows program"),
        (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
        (b"Rar!\x1a\x07", "a RAR archive"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1", "an old Office document (.xls/.doc)"),
    ],
)
def test_a_binary_file_is_named_alike_by_the_reader_and_the_upload_check(
    tmp_path: Path, magic: bytes, what: str
) -> None:
    from pathfinder.errors import UploadError
    from pathfinder.safety.uploads import decode_text

    path = tmp_path / "courses.csv"
    path.write_bytes(magic + b"id,title\nx,y\n")
    with pytest.raises(CatalogueError, match=re.escape(f"courses.csv: this is {what}, not a catalogue")):
        load_catalogue([path])
    with pytest.raises(UploadError, match=re.escape(f"courses.csv is {what}, not a text file")):
        decode_text("courses.csv", magic + b"id,title\nx,y\n")
