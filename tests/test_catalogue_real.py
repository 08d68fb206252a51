"""The importers on the real public files in ../shared/data: edX, Udemy, Europass/ELM, Open Badges 3.0, input
fields."""

from __future__ import annotations

import csv
from collections import Counter
from pathlib import Path

import pytest

from pathfinder.catalogue import load_catalogue, read_held_credential

pytestmark = pytest.mark.shared_data


def data_rows(path: Path) -> int:
    with path.open(encoding="utf-8", newline="") as f:
        return sum(1 for _ in csv.reader(f)) - 1


def test_edx_imports_all_but_one_duplicate_url(shared_data: Path):
    path = shared_data / "edx_courses" / "edx_courses.csv"
    report = load_catalogue([path], mapping="edx")
    assert data_rows(path) == 975 == report.imported + report.rejected
    assert report.imported == 974
    [dup] = report.rejects
    assert dup.field == "id" and "edx-introduction-to-probability" in dup.reason and dup.row == 96
    c = {x.id: x for x in report.credentials}
    how = c["edx-how-to-learn-online"]
    assert how.hours == 2.5 * 2  # "2–3 hours per week" x "2 Weeks"
    assert "hours" in how.derived and how.ects == 0.5
    assert (how.cost, how.currency, how.eqf_level) == (
        49,
        "USD",
        4,
    )  # FREE-Add a Verified Certificate for $49 USD
    assert how.url == "https://www.edx.org/course/how-to-learn-online"
    assert (how.provider, how.awarding_body, how.languages) == ("edX", "edX", ("en",))
    langs = Counter(x.languages[0] for x in report.credentials)
    assert langs["es"] == 176 and langs["en"] == 776
    levels = Counter(x.eqf_level for x in report.credentials)
    assert levels[4] + levels[5] + levels[6] == 974 and levels[6] == 87
    dated = [x for x in report.credentials if x.delivery == "dated"]
    assert len(dated) == 58


def test_edx_spanish_course_spot_check(shared_data: Path):
    report = load_catalogue(
        [shared_data / "edx_courses" / "edx_courses.csv"]
    )  # header detects the edx mapping
    spanish = [c for c in report.credentials if c.languages == ("es",)]
    upv = [c for c in spanish if c.awarding_body == "Universitat Politècnica de Valencia"]
    assert upv and all(c.hours and c.hours > 0 for c in upv)
    assert "mapping 'edx'" in report.notes[0]


def test_udemy_imports_all_but_six_exact_duplicates(shared_data: Path):
    path = shared_data / "udemy_courses" / "udemy_courses.csv"
    report = load_catalogue([path], mapping="udemy")
    assert data_rows(path) == 3678 == report.imported + report.rejected
    assert report.rejected == 6 and {r.field for r in report.rejects} == {"id"}
    c = {x.id: x for x in report.credentials}
    ib = c["udemy-1070968"]  # Ultimate Investment Banking Course, 1.5 h, $200, All Levels
    assert (ib.hours, ib.cost, ib.currency, ib.eqf_level) == (1.5, 200, "USD", None)
    assert ib.url == "https://www.udemy.com/ultimate-investment-banking-course/" and ib.provider == "Udemy"
    gst = c["udemy-1006314"]  # Intermediate Level
    assert gst.eqf_level == 5 and gst.valid_from.isoformat() == "2016-12-19"
    assert sum(1 for x in report.credentials if x.cost == 0) == 310  # the is_paid=False rows


def test_elm_credential(shared_data: Path):
    report = load_catalogue(
        [shared_data / "microcredential_examples" / "elm-edc-microcredential-example.json"]
    )
    [c] = report.credentials
    assert c.title == "Title of the Qualification"
    assert (c.provider, c.country) == ("NETIS d.o.o.", "SI")
    assert c.learning_outcomes == ("Example of learning outcome", "Example of learning second outcome")
    assert (c.ects, c.hours, c.eqf_level, c.languages) == (5, 45, 6, ("en",))
    assert c.assessment == "Written Exam (Graded exercises)" and c.participation == "online"
    assert c.valid_from.isoformat() == "2026-01-12"


def test_open_badge_credential_and_bare_achievement(shared_data: Path):
    path = shared_data / "microcredential_examples" / "openbadges3-microcredential-example.json"
    [c] = load_catalogue([path]).credentials
    assert (c.title, c.provider, c.ects, c.languages) == (
        "Data Science Fundamentals",
        "NETIS d.o.o.",
        5,
        ("en",),
    )
    assert c.country == "SI" and "country" in c.derived  # from the issuer's .si homepage
    assert [s.uri.rsplit("/", 1)[-1] for s in c.skills] == [
        "f10142ce-d522-49c3-9fd1-054fb63529d4",
        "81a2db2c-7e55-44d0-9cd9-74c25147d7cd",
    ]
    assert c.valid_until.isoformat() == "2026-12-31"


def test_input_fields_need_an_awarding_body_to_be_an_offer(shared_data: Path):
    report = load_catalogue(
        [shared_data / "microcredential_examples" / "microcredential-input-fields-example.json"]
    )
    [r] = report.rejects
    assert r.field == "provider" and "awardingBody" in r.reason
    assert "fullName" not in r.record and "nationalId" not in r.record  # learner data is not copied


def test_held_credentials_from_the_three_formats(shared_data: Path):
    folder = shared_data / "microcredential_examples"
    elm = read_held_credential(folder / "elm-edc-microcredential-example.json")
    assert (elm.title, elm.awarding_body, elm.ects, elm.eqf_level) == (
        "Title of the Qualification",
        "NETIS d.o.o.",
        5,
        6,
    )
    assert elm.issued.isoformat() == "2025-11-05"
    badge = read_held_credential(folder / "openbadges3-microcredential-example.json")
    assert (badge.title, badge.ects, badge.issued.isoformat()) == (
        "Data Science Fundamentals",
        5,
        "2026-01-12",
    )
    assert {s.label for s in badge.skills} == {"Develop test procedures", "Analyse test data"}
    assert all(s.uri.startswith("http://data.europa.eu/esco/skill/") for s in badge.skills)
    fields = read_held_credential(folder / "microcredential-input-fields-example.json")
    assert (fields.title, fields.ects, fields.issued.isoformat()) == (
        "Title of the Qualification",
        5,
        "2026-01-02",
    )


def test_a_catalogue_is_not_a_held_credential(tmp_path: Path):
    from pathfinder.errors import CatalogueError

    (tmp_path / "x.json").write_text("[]")
    with pytest.raises(CatalogueError, match="not an issued credential"):
        read_held_credential(tmp_path / "x.json")
