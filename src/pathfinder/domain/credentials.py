"""Credentials: catalogue entries with the EU 2022 micro-credential elements, the skills they teach, import
reports; ECTS <-> hours and EUR reference rates.

Nothing in `pathfinder.domain` imports Streamlit, an LLM client or a database. Every adapter speaks in these
types. Conventions: skills and occupations are identified by ESCO URIs; credentials by catalogue ids; money
is a number plus an ISO 4217 currency; workload is hours (ECTS are derived where missing, see
`HOURS_PER_ECTS`).
"""

from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import BaseModel, Field, field_validator, model_validator

from pathfinder.domain.base import Frozen as _Frozen
from pathfinder.domain.languages import iso_codes

WEEKS_PER_MONTH = 52 / 12  # "9 months" is 39 weeks, not 36


def weeks_in(n: float, unit: str) -> int:
    """Whole weeks in `n` weeks, months or years (a month is 52/12 weeks)."""
    unit = unit.lower()
    per = 1.0 if unit.startswith("week") else WEEKS_PER_MONTH if unit.startswith("month") else 52.0
    return max(1, round(n * per))


# 1 ECTS is 25-30 hours of notional learning (ECTS Users' Guide 2015); we derive with the midpoint.
HOURS_PER_ECTS = 27.5

Participation = Literal["online", "blended", "on-site"]
Delivery = Literal["self-paced", "dated"]
CredentialKind = Literal["micro-credential", "certificate", "course"]

PARTICIPATION_VALUES: tuple[str, ...] = ("online", "blended", "on-site")

# Approximate reference rates for comparing prices across currencies (EUR per unit, ECB mid-2026 order of
# magnitude). Used only to filter and total; the original price and currency are always shown.
EUR_PER_UNIT: dict[str, float] = {
    "EUR": 1.0,
    "USD": 0.92,
    "GBP": 1.17,
    "CHF": 1.05,
    "SEK": 0.088,
    "DKK": 0.134,
    "NOK": 0.086,
    "PLN": 0.23,
    "CZK": 0.040,
    "HUF": 0.0025,
    "RON": 0.20,
    "BGN": 0.51,
    "CAD": 0.68,
    "AUD": 0.61,
    "INR": 0.011,
    "BDT": 0.0078,
    "VND": 0.000036,
    "SGD": 0.69,
    "JPY": 0.0062,
    "CNY": 0.13,
    "BRL": 0.17,
    "ZAR": 0.050,
    # session 13: learners outside the euro, dollar, rupee, taka and dong areas (rough reference rates)
    "MXN": 0.050,
    "COP": 0.00022,
    "ARS": 0.0009,
    "CLP": 0.00095,
    "PHP": 0.016,
    "MAD": 0.092,
    "AED": 0.25,
    "SAR": 0.245,
    "EGP": 0.018,
    "MYR": 0.20,
    "IDR": 0.000056,
    "THB": 0.026,
    "PKR": 0.0032,
    "LKR": 0.0030,
    "NPR": 0.0068,
    "TRY": 0.026,
    "UAH": 0.022,
    "KRW": 0.00066,
    "NGN": 0.00058,
    "KES": 0.0071,
}


def to_eur(amount: float, currency: str) -> float | None:
    """`amount` in EUR by the reference rate, or None for a currency we have no rate for."""
    rate = EUR_PER_UNIT.get(currency.upper())
    return None if rate is None else round(amount * rate, 2)


# DigComp 2.2: five competence areas.
DIGCOMP_AREAS: dict[str, str] = {
    "1": "Information and data literacy",
    "2": "Communication and collaboration",
    "3": "Digital content creation",
    "4": "Safety",
    "5": "Problem solving",
}


def ects_from_hours(hours: float) -> float:
    """ECTS for a workload in hours, rounded to the nearest 0.5 (never below 0.5 for real work)."""
    return max(0.5, round(hours / HOURS_PER_ECTS * 2) / 2) if hours > 0 else 0.0


def hours_from_ects(ects: float) -> float:
    return round(ects * HOURS_PER_ECTS, 1)


# --------------------------------------------------------------------------------------------- skills


# An inferred skill below this confidence does not count as taught: it never qualifies a plan step on its own
# (the planner and the gap read `SkillRef.counts`). The skills helper tunes the threshold; this is its one
# place.
# 0.75, not the 0.5 first proposed: on the plan-review tune cases with the edX/Udemy files, steps justified
# only by
# inferred skills of confidence 0.5-0.75 were 28% of steps, nearly all off goal ("practical thinking skills"
# for
# an ICT trainer); it is also the review's evidence rule (planner/review.py MIN_CONFIDENCE).
MIN_SKILL_CONFIDENCE = 0.75


class SkillRef(_Frozen):
    """A skill a credential teaches or requires: an ESCO URI and its label at import time."""

    uri: str
    label: str
    inferred: bool = Field(False, description="True when guessed from text rather than given by the provider")
    confidence: float = Field(1.0, ge=0.0, le=1.0)

    @property
    def counts(self) -> bool:
        """Whether the skill counts as taught: stated by the provider, or inferred with enough confidence."""
        return not self.inferred or self.confidence >= MIN_SKILL_CONFIDENCE

    @property
    def evidence(self) -> str:
        """Where the link comes from, for a plan step: 'stated by the catalogue' or 'inferred (confidence
        0.72)'."""
        return (
            f"inferred from its text (confidence {self.confidence:.2f})"
            if self.inferred
            else "stated by the catalogue"
        )


# ---------------------------------------------------------------------------------------- credentials


class StackTarget(_Frozen):
    """This credential counts towards a larger one (`target` is its catalogue id)."""

    target: str
    ects: float | None = Field(
        None, ge=0, allow_inf_nan=False, description="ECTS it contributes; defaults to its own ECTS"
    )


class DatedSession(_Frozen):
    start: date
    end: date

    @model_validator(mode="after")
    def _ordered(self) -> DatedSession:
        if self.end < self.start:
            raise ValueError(f"session ends ({self.end}) before it starts ({self.start})")
        return self


class Credential(_Frozen):
    """One catalogue entry, covering the EU Council Recommendation (2022) elements of a micro-credential.

    Mandatory elements map to: title, awarding_body, country (issuing country), learning_outcomes,
    hours/ects (notional workload), eqf_level, assessment, participation, quality_assurance. The learner
    and date of issue belong to an issued credential, not to a catalogue offer, so they live in the
    profile (`HeldCredential`). `derived` lists fields we computed rather than read (see CATALOGUE_FORMAT.md).
    """

    id: str = Field(min_length=1, max_length=200)
    title: str = Field(min_length=1)
    kind: CredentialKind = "micro-credential"
    provider: str = Field(min_length=1, description="who offers it (platform or institution)")
    awarding_body: str = Field("", description="who awards it; the provider when not given")
    country: str | None = Field(None, description="issuing country, ISO 3166-1 alpha-2, or None if unknown")
    description: str = ""
    learning_outcomes: tuple[str, ...] = ()
    hours: float | None = Field(None, ge=0, allow_inf_nan=False)
    ects: float | None = Field(None, ge=0, allow_inf_nan=False)
    eqf_level: int | None = Field(None, ge=1, le=8)
    assessment: str | None = None
    participation: Participation | None = None
    quality_assurance: str | None = None
    prerequisites: tuple[str, ...] = Field((), description="credential ids that must be held first")
    prerequisite_skills: tuple[SkillRef, ...] = ()
    stacks_into: tuple[StackTarget, ...] = ()
    stack_ects_required: float | None = Field(
        None,
        ge=0,
        allow_inf_nan=False,
        description="for a larger credential: ECTS of stacked components needed to earn it",
    )
    skills: tuple[SkillRef, ...] = ()
    languages: tuple[str, ...] = Field((), description="ISO 639-1 codes")
    cost: float | None = Field(None, ge=0, allow_inf_nan=False, description="price; 0 is free, None unknown")
    currency: str = "EUR"
    delivery: Delivery = "self-paced"
    sessions: tuple[DatedSession, ...] = ()
    url: str | None = None
    valid_from: date | None = None
    valid_until: date | None = None
    digcomp_areas: tuple[str, ...] = ()
    subject: str | None = None
    source: str = Field("", description="file the entry was imported from")
    derived: tuple[str, ...] = Field((), description="names of fields computed at import")

    @field_validator("country")
    @classmethod
    def _country(cls, v: str | None) -> str | None:
        if v is None or v == "":
            return None
        if len(v) != 2 or not v.isalpha():
            raise ValueError(f"country must be a two-letter ISO code like 'DE', not {v!r}")
        return v.upper()

    @field_validator("languages")
    @classmethod
    def _languages(cls, v: tuple[str, ...]) -> tuple[str, ...]:
        return iso_codes(v)

    @field_validator("currency")
    @classmethod
    def _currency(cls, v: str) -> str:
        if len(v) != 3 or not v.isalpha():
            raise ValueError(f"currency must be a three-letter ISO 4217 code like 'EUR', not {v!r}")
        return v.upper()

    @field_validator("digcomp_areas")
    @classmethod
    def _digcomp(cls, v: tuple[str, ...]) -> tuple[str, ...]:
        for area in v:
            if area.split(".")[0] not in DIGCOMP_AREAS:
                raise ValueError(f"DigComp area must be 1-5 or a competence like '4.2', not {area!r}")
        return v

    @model_validator(mode="after")
    def _fill_derived(self) -> Credential:
        derived = set(self.derived)
        if not self.awarding_body:
            object.__setattr__(self, "awarding_body", self.provider)
        if self.ects is None and self.hours is not None:
            object.__setattr__(self, "ects", ects_from_hours(self.hours))
            derived.add("ects")
        elif self.hours is None and self.ects is not None:
            object.__setattr__(self, "hours", hours_from_ects(self.ects))
            derived.add("hours")
        if self.sessions and self.delivery == "self-paced":
            object.__setattr__(self, "delivery", "dated")
            derived.add("delivery")
        if self.id in self.prerequisites:
            raise ValueError("a credential cannot be its own prerequisite")
        if any(s.target == self.id for s in self.stacks_into):
            raise ValueError("a credential cannot stack into itself")
        if self.valid_from and self.valid_until and self.valid_until < self.valid_from:
            raise ValueError("valid_until is before valid_from")
        object.__setattr__(self, "derived", tuple(sorted(derived)))
        return self

    @property
    def skill_uris(self) -> frozenset[str]:
        return frozenset(s.uri for s in self.skills)

    @property
    def cost_eur(self) -> float | None:
        """The price in EUR (reference rate), 0 when free, None when unknown or in an unknown currency."""
        return None if self.cost is None else to_eur(self.cost, self.currency)

    @property
    def stack_targets(self) -> tuple[str, ...]:
        return tuple(s.target for s in self.stacks_into)


# ------------------------------------------------------------------------------------------- imports


class Reject(_Frozen):
    """One record that could not be imported, and why. `row` is 1-based data row (CSV) or record index."""

    file: str
    row: int | None
    field: str | None
    reason: str
    record: dict[str, object] | None = Field(None, description="the raw record, kept aside unchanged")


class ImportReport(BaseModel):
    """What an import produced: the credentials that passed and every record kept aside."""

    credentials: list[Credential] = []
    rejects: list[Reject] = []
    files: list[str] = []
    notes: list[str] = Field([], description="how each file was read (format, encoding, delimiter, mapping)")

    @property
    def imported(self) -> int:
        return len(self.credentials)

    @property
    def rejected(self) -> int:
        return len(self.rejects)
