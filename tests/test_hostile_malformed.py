"""Regression tests for the malformed inputs an independent fuzzing run crashed on (issue #17): one minimal
failing sample per root cause. Each crashed with a non-pathfinder exception before the fix; now it is a clear
PathfinderError or a reject naming the field, and nothing else is lost."""

from __future__ import annotations

import contextlib
import json
from pathlib import Path

import pytest

from pathfinder.catalogue import load_catalogue, load_mapping, read_held_credential, write_rejects
from pathfinder.cli import main
from pathfinder.domain import ImportReport, LearnerProfile
from pathfinder.domain.limits import MAX_JSON_DEPTH, loads_json, nested_deeper_than
from pathfinder.errors import CatalogueError, MappingError, ProfileError
from pathfinder.index import reindex
from pathfinder.profiles import profile_from_json
from pathfinder.storage.profiles import SqliteProfileStore

GOOD = {"id": "good-1", "title": "A good course", "provider": "Uni A", "hours": 10}


def _file(tmp_path: Path, name: str, data: str | bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8", "surrogatepass"))
    return path


def _catalogue(tmp_path: Path, name: str, data: str | bytes) -> ImportReport:
    return load_catalogue([_file(tmp_path, name, data)])


# ------------------------------------------------------------------------- 1. BOM + undecodable bytes


@pytest.mark.parametrize(
    "data", [b"\xef\xbb\xbfid,title,provider\n\xff\xfe\xfa,x,y\n", b"\xff\xfeab\x00\xd8"]
)
def test_a_bom_followed_by_undecodable_bytes_is_a_catalogue_error_naming_the_fix(tmp_path, data):
    with pytest.raises(CatalogueError, match="byte-order mark.*Save the file again as UTF-8"):
        _catalogue(tmp_path, "bom.csv", data)


# ------------------------------------------------------------------------------- 2. huge CSV cell


def test_a_csv_cell_over_131072_characters_is_a_reject_and_the_other_rows_import(tmp_path):
    text = "id,title,provider,description\nok-1,Fine,Uni A,short\nbig-1,Big,Uni A," + "a" * 140_000 + "\n"
    report = _catalogue(tmp_path, "big.csv", text)
    assert [c.id for c in report.credentials] == ["ok-1"]
    [reject] = report.rejects
    assert reject.field == "description" and "140,000 characters; the limit is 20,000" in reject.reason


def test_a_broken_csv_line_is_a_catalogue_error_naming_the_line(tmp_path):
    import csv

    before = csv.field_size_limit(10)  # any csv.Error; the module's limit is the one a file can still reach
    try:
        with pytest.raises(CatalogueError, match="line 2 cannot be read as CSV"):
            _catalogue(tmp_path, "x.csv", "id,title,provider\nok-1,A title far over ten,Uni A\n")
    finally:
        csv.field_size_limit(before)


# ---------------------------------------------------------------------------- 3. deeply nested JSON

DEEP = "[" * 100_000 + "]" * 100_000


def test_deeply_nested_json_catalogue_is_refused(tmp_path):
    with pytest.raises(CatalogueError, match="more than 64 levels deep"):
        _catalogue(tmp_path, "deep.json", DEEP)
    with pytest.raises(
        CatalogueError, match="more than 64 levels deep"
    ):  # unbalanced: the parser's own recursion
        _catalogue(tmp_path, "open.json", "[" * 100_000)


def test_a_deeply_nested_json_line_is_one_reject(tmp_path):
    report = _catalogue(tmp_path, "deep.jsonl", json.dumps(GOOD) + "\n" + DEEP + "\n")
    assert [c.id for c in report.credentials] == ["good-1"]
    assert "more than 64 levels deep" in report.rejects[0].reason and report.rejects[0].row == 2


def _disguised(levels: int) -> list:
    """`levels` nested arrays whose strings hold brackets that pair up the real ones: ["]", [...], "["]."""
    return ["]", _disguised(levels - 1), "["] if levels else []


def test_a_nested_value_the_parser_accepts_is_still_a_reject(tmp_path):
    # 200 levels disguised by brackets in strings pass the quick bracket count; the record check still bounds
    # it
    deep = {**GOOD, "id": "deep-1", "title": _disguised(200)}
    assert not nested_deeper_than(json.dumps(deep))
    report = _catalogue(tmp_path, "deep2.jsonl", json.dumps(deep) + "\n")
    assert report.rejects[0].field == "title" and "nested more than 64" in report.rejects[0].reason
    write_rejects(report, tmp_path / "rejects.jsonl")


def test_brackets_inside_strings_do_not_count_as_nesting():
    assert not nested_deeper_than(json.dumps({"title": "[" * 500}))
    assert not nested_deeper_than("[" * MAX_JSON_DEPTH + "]" * MAX_JSON_DEPTH)
    assert nested_deeper_than("[" * (MAX_JSON_DEPTH + 1) + "]" * (MAX_JSON_DEPTH + 1))
    assert loads_json(json.dumps({"t": "{[" * 300})) == {"t": "{[" * 300}


def test_deeply_nested_held_credential_and_profile_are_refused(tmp_path):
    with pytest.raises(CatalogueError, match="64 levels"):
        read_held_credential(_file(tmp_path, "held.json", DEEP))
    with pytest.raises(ProfileError, match="64 levels"):
        profile_from_json(DEEP)
    with pytest.raises(ProfileError, match="64 levels"):
        SqliteProfileStore(tmp_path / "p.sqlite").import_json('{"id": "a", "name": ' + DEEP + "}")


# ------------------------------------------------------------------------------ 4. 4,300+ digits

BIG = "9" * 5_000


def test_integers_over_4300_digits(tmp_path):
    with pytest.raises(CatalogueError, match="more than 4,300 digits"):
        _catalogue(tmp_path, "big.json", f'[{{"id": "x", "title": "t", "provider": "p", "hours": {BIG}}}]')
    report = _catalogue(tmp_path, "big.jsonl", json.dumps(GOOD) + f'\n{{"id": "x", "hours": {BIG}}}\n')
    assert report.imported == 1 and "4,300 digits" in report.rejects[0].reason
    with pytest.raises(ProfileError, match="4,300 digits"):
        profile_from_json(f'{{"id": "a", "version": {BIG}}}')
    with pytest.raises(CatalogueError, match="4,300 digits"):
        read_held_credential(
            _file(
                tmp_path,
                "h.json",
                f'{{"credentialTitle": "t", "ectsPoints": {BIG}, "hoursOfLearning": "PT5H"}}',
            )
        )
    report = _catalogue(tmp_path, "big.csv", f"id,title,provider,eqf_level\nx,t,p,{BIG}\n")
    assert report.rejects[0].field == "eqf_level"


# ---------------------------------------------------------------------------- 5. lone surrogates

SURROGATE_RECORD = '{"id": "bad-1", "title": "Broken", "provider": "Uni A", "description": "x\\ud800y"}'


def test_a_lone_surrogate_is_a_reject_and_the_rejects_file_keeps_it_as_read(tmp_path):
    report = _catalogue(tmp_path, "s.json", f"[{json.dumps(GOOD)}, {SURROGATE_RECORD}]")
    assert [c.id for c in report.credentials] == ["good-1"]
    [reject] = report.rejects
    assert reject.field == "description" and "lone surrogate" in reject.reason
    path = write_rejects(report, tmp_path / "rejects.jsonl")
    [line] = path.read_text(encoding="utf-8").splitlines()
    assert json.loads(line)["record"]["description"] == "x\ud800y"  # the escape written back, not lost


def test_one_surrogate_record_never_blocks_the_reindex(tmp_path, settings):
    source = _file(tmp_path, "cat.json", f"[{json.dumps(GOOD)}, {SURROGATE_RECORD}]")
    summary = reindex(settings, [source])
    assert summary.total == 1 and summary.rejected == 1


def test_a_surrogate_in_an_imported_profile_is_refused_and_nothing_is_saved(tmp_path):
    store = SqliteProfileStore(tmp_path / "p.sqlite")
    for body in (
        '{"id": "a", "name": "\\ud800"}',
        '{"id": "a", "goal": {"label": "x\\udc00"}}',
        '{"id": "a", "skills": [{"uri": "u", "label": "\\ud800"}]}',
    ):
        with pytest.raises(ProfileError, match="lone surrogate"):
            store.import_json(body)
    assert store.list() == []


def test_a_profile_holding_a_surrogate_is_refused_at_save_not_crashed(tmp_path, monkeypatch, capsys):
    store = SqliteProfileStore(tmp_path / "p.sqlite")
    saved = store.save(LearnerProfile(id="ana", name="Ana"))
    with pytest.raises(ProfileError, match="name holds a character that is not valid text"):
        store.save(saved.model_copy(update={"name": "A\udcffna"}))  # e.g. a non-UTF-8 byte in a CLI argument
    assert store.get("ana").name == "Ana" and store.get("ana").version == saved.version
    monkeypatch.setenv("PATHFINDER_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("PATHFINDER_EMBEDDER", "hash")
    assert main(["profile", "create", "bo"]) == 0
    assert main(["profile", "set", "bo", "--name", "B\udcffo"]) == 1  # how Python hands over the byte 0xff
    assert "cannot be saved" in capsys.readouterr().err


# ------------------------------------------------------------------- 6. Open Badges / ELM node types


@pytest.mark.parametrize(
    "doc",
    [
        {"type": ["OpenBadgeCredential"], "credentialSubject": "a string", "issuer": 5},
        {
            "type": ["Achievement"],
            "name": "n",
            "creator": {"name": "c"},
            "alignment": ["x", 3],
            "criteria": "text",
            "inLanguage": 7,
        },
        {
            "type": ["OpenBadgeCredential"],
            "credentialSubject": [{"achievement": ["not an object"]}],
            "issuer": {"name": "I", "address": "Main street"},
        },
        {
            "type": "EuropeanDigitalCredential",
            "credentialSubject": {"hasClaim": [{"specifiedBy": "x", "awardedBy": 5, "provenBy": [3]}]},
        },
        {
            "type": "EuropeanDigitalCredential",
            "credentialSubject": {
                "hasClaim": [
                    {
                        "specifiedBy": {
                            "title": "T",
                            "learningOutcome": ["x"],
                            "creditPoint": ["y"],
                            "homepage": "z",
                            "accreditation": 1,
                        }
                    }
                ]
            },
            "issuer": {"legalName": "I", "location": "somewhere"},
        },
    ],
)
def test_nodes_of_the_wrong_type_are_treated_as_absent(tmp_path, doc):
    report = _catalogue(tmp_path, "doc.json", json.dumps(doc))
    assert report.imported + report.rejected >= 1
    with contextlib.suppress(CatalogueError):
        read_held_credential(tmp_path / "doc.json")


# -------------------------------------------------------------- 7. non-numeric credits, durations, dates


@pytest.mark.parametrize(
    "doc, field",
    [
        ({"type": ["Achievement"], "name": "n", "creator": {"name": "c"}, "creditsAvailable": "abc"}, "ects"),
        (
            {
                "type": "EuropeanDigitalCredential",
                "credentialSubject": {
                    "hasClaim": [{"specifiedBy": {"title": "t", "creditPoint": [{"point": "abc"}]}}]
                },
            },
            "ects",
        ),
        ({"credentialTitle": "t", "ectsPoints": "abc", "hoursOfLearning": "PT5H"}, "ects"),
    ],
)
def test_non_numeric_credits_in_a_held_credential_name_the_field(tmp_path, doc, field):
    with pytest.raises(CatalogueError, match=f"credential's {field} is not readable"):
        read_held_credential(_file(tmp_path, "held.json", json.dumps(doc)))


@pytest.mark.parametrize(
    "doc",
    [
        {"credentialTitle": "t", "ectsPoints": 5, "dateIssued": "garbage"},
        {"credentialTitle": "t", "ectsPoints": 5, "hoursOfLearning": "forty hours"},
        {"type": ["Achievement"], "name": "n", "creator": {"name": "c"}, "awardedDate": "31/12/2024"},
    ],
)
def test_unreadable_dates_and_durations_in_a_held_credential_are_catalogue_errors(tmp_path, doc):
    with pytest.raises(CatalogueError, match="not readable"):
        read_held_credential(_file(tmp_path, "held.json", json.dumps(doc)))


def test_a_mapping_value_map_giving_numbers_to_a_parser_is_parsed_not_crashed(tmp_path):
    mapping = _file(
        tmp_path,
        "m.toml",
        '[fields.id]\ncolumn = "A"\n[fields.title]\ncolumn = "B"\n'
        '[fields.provider]\nconst = "P"\n[fields.hours]\ncolumns = ["E", "L"]\nparse = "effort_x_length"\n'
        '[fields.cost]\ncolumn = "C"\nparse = "price"\nmap = { "free" = 0, "x" = "abc" }\n',
    )
    csv_text = "A,B,E,L,C\na,Course A,2 hours per week,4 weeks,free\nb,Course B,lots,4 weeks,free\nc,C,,,x\n"
    report = load_catalogue([_file(tmp_path, "p.csv", csv_text)], mapping=mapping)
    assert [c.id for c in report.credentials] == ["a"] and report.credentials[0].hours == 8
    assert {r.field for r in report.rejects} == {"hours", "cost"}


# -------------------------------------------------------------------- 8. malformed mapping TOML


@pytest.mark.parametrize(
    "toml, key",
    [
        ("[fields.id]\ncolumn = 5", "column"),
        ('[fields.id]\ncolumn = "A"\nsplit = 5', "split"),
        ('[fields.id]\ncolumn = "A"\nprefix = ["x"]', "prefix"),
        ('[fields.id]\ncolumn = "A"\nparse = ["slug"]', "parse"),
        ('[fields.id]\ncolumn = "A"\nunmapped = ["keep"]', "unmapped"),
        ('[fields.id]\ncolumns = "A"', "columns"),
        ('[fields.id]\ncolumn = "A"\nmap = ["a"]', "map"),
        ('[fields.id]\ncolumn = "A"\nderived = "yes"', "derived"),
        ('[fields.id]\ntemplate = "{0}"', "template"),
        ('[fields.id]\ntemplate = "{A.upper}"', "template"),
        ('[fields.id]\ntemplate = "{A"', "template"),
        ('detect = "A"\n[fields.id]\ncolumn = "A"', "detect"),
    ],
)
def test_a_malformed_mapping_is_refused_when_loaded_not_when_applied(tmp_path, toml, key):
    rest = '\n[fields.title]\ncolumn = "B"\n[fields.provider]\nconst = "P"\n'
    with pytest.raises(MappingError, match=key):
        load_mapping(_file(tmp_path, "m.toml", toml + rest))


# ------------------------------------------------------------- length limits and control characters


@pytest.mark.parametrize(
    "record, field, reason",
    [
        ({**GOOD, "title": "t" * 501}, "title", "501 characters; the limit is 500"),
        ({**GOOD, "provider": "Uni\x1b[31m A"}, "provider", "control character U+001B"),
        ({**GOOD, "description": "a\x9bb"}, "description", "control character U+009B"),
        ({**GOOD, "learning_outcomes": ["ok", "x" * 2_001]}, "learning_outcomes", "the limit is 2,000"),
        ({**GOOD, "languages": ["en"] * 1_001}, "languages", "1,001 items"),
        (
            {**GOOD, "skills": [{"uri": "http://data.europa.eu/esco/skill/x", "label": "a\x00b"}]},
            "skills.label",
            "U+0000",
        ),
    ],
)
def test_long_text_and_control_characters_are_rejects_with_a_clear_reason(tmp_path, record, field, reason):
    report = _catalogue(tmp_path, "c.json", json.dumps([GOOD | {"id": "ok-2"}, record]))
    assert [c.id for c in report.credentials] == ["ok-2"]
    assert report.rejects[0].field == field and reason in report.rejects[0].reason


def test_tabs_and_newlines_stay_allowed(tmp_path):
    report = _catalogue(tmp_path, "c.json", json.dumps([{**GOOD, "description": "one\n\ttwo\r\nthree"}]))
    assert report.imported == 1


def test_a_profile_with_an_over_long_name_is_refused_naming_the_field():
    with pytest.raises(ProfileError, match="'name' is invalid: 5,000 characters"):
        profile_from_json(json.dumps({"id": "a", "name": "n" * 5_000}))


def test_a_profile_file_that_is_not_utf8_is_a_profile_error(tmp_path):
    from pathfinder.profiles import read_profile_file

    path = _file(tmp_path, "p.json", b'{"id": "a", "name": "Jos\xe9"}')  # Latin-1, not UTF-8
    with pytest.raises(ProfileError, match="not UTF-8 text"):
        read_profile_file(path)
    bom = _file(tmp_path, "bom.json", b'\xef\xbb\xbf{"id": "a", "name": "Jos\xc3\xa9"}')  # a BOM is fine
    assert read_profile_file(bom).name == "José"
