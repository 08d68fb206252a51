"""The domain types: derived fields, validation messages, and that the core stays free of adapters."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from pathfinder.domain import (
    Credential,
    DatedSession,
    HeldSkill,
    LearnerProfile,
    ects_from_hours,
    hours_from_ects,
)


def test_ects_is_derived_from_hours_and_marked():
    c = Credential(id="x", title="X", provider="P", hours=55)
    assert c.ects == 2.0
    assert "ects" in c.derived
    assert c.awarding_body == "P"


def test_tiny_workloads_count_half_an_ects():
    assert ects_from_hours(1.0) == 0.5


def test_hours_are_derived_from_ects():
    c = Credential(id="x", title="X", provider="P", ects=4)
    assert c.hours == 110.0 and c.derived == ("hours",)


def test_given_values_are_not_marked_derived():
    c = Credential(id="x", title="X", provider="P", hours=30, ects=1)
    assert c.derived == ()


@pytest.mark.parametrize("hours", [0.0, 13.75, 27.5, 100.0, 275.0])
def test_ects_hours_round_trip_within_rounding(hours):
    if hours == 0:
        assert ects_from_hours(hours) == 0
        return
    assert abs(hours_from_ects(ects_from_hours(hours)) - hours) <= 27.5 / 4 + 0.1


@pytest.mark.parametrize(
    "field,value,needle",
    [
        ("eqf_level", 9, "less than or equal to 8"),
        ("hours", -1, "greater than or equal to 0"),
        ("country", "Germany", "two-letter"),
        ("languages", ("english",), "ISO 639-1"),
        ("currency", "EURO", "ISO 4217"),
        ("prerequisites", ("x",), "own prerequisite"),
        ("digcomp_areas", ("7",), "DigComp"),
        ("hours", float("inf"), "finite number"),
        ("ects", float("nan"), "finite number"),
        ("cost", float("inf"), "finite number"),
    ],
)
def test_invalid_values_name_the_problem(field, value, needle):
    with pytest.raises(ValidationError) as e:
        Credential(id="x", title="X", provider="P", **{field: value})
    assert needle in str(e.value)


def test_sessions_make_delivery_dated_and_must_be_ordered():
    from datetime import date

    c = Credential(
        id="x",
        title="X",
        provider="P",
        sessions=(DatedSession(start=date(2027, 1, 1), end=date(2027, 2, 1)),),
    )
    assert c.delivery == "dated" and "delivery" in c.derived
    with pytest.raises(ValidationError, match="before it starts"):
        DatedSession(start=date(2027, 2, 1), end=date(2027, 1, 1))


def test_profile_held_skills_include_credential_skills(catalogue):
    from pathfinder.domain import HeldCredential

    py = catalogue[0].skills[0]
    p = LearnerProfile(
        id="l1",
        skills=(HeldSkill(uri="u:sql", label="SQL"),),
        credentials=(HeldCredential(id="py-1", title="Python Basics", skills=(py,)),),
    )
    assert p.held_skill_uris == {"u:sql", py.uri}
    assert p.held_credential_ids == {"py-1"}
