"""The domain's plain data: credentials, skills, occupations, learner profiles, pathways and import reports.

Nothing here imports Streamlit, an LLM client or a database. Every adapter speaks in these types.
Conventions: skills and occupations are identified by ESCO URIs; credentials by catalogue ids; money
is a number plus an ISO 4217 currency; workload is hours (ECTS are derived where missing, see
`HOURS_PER_ECTS`).
"""

from __future__ import annotations

from datetime import date, datetime, timezone
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

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
SkillLevel = Literal["basic", "intermediate", "advanced"]
SkillSource = Literal["formal", "non-formal", "informal", "self-declared"]
CredentialKind = Literal["micro-credential", "certificate", "course"]

PARTICIPATION_VALUES: tuple[str, ...] = ("online", "blended", "on-site")
LEVEL_RANK: dict[str, int] = {"basic": 1, "intermediate": 2, "advanced": 3}

# Approximate reference rates for comparing prices across currencies (EUR per unit, ECB mid-2026 order of
# magnitude). Used only to filter and total; the original price and currency are always shown.
EUR_PER_UNIT: dict[str, float] = {
    "EUR": 1.0, "USD": 0.92, "GBP": 1.17, "CHF": 1.05, "SEK": 0.088, "DKK": 0.134, "NOK": 0.086,
    "PLN": 0.23, "CZK": 0.040, "HUF": 0.0025, "RON": 0.20, "BGN": 0.51, "CAD": 0.68, "AUD": 0.61,
    "INR": 0.011, "SGD": 0.69, "JPY": 0.0062, "CNY": 0.13, "BRL": 0.17, "ZAR": 0.050,
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


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


def ects_from_hours(hours: float) -> float:
    """ECTS for a workload in hours, rounded to the nearest 0.5 (never below 0.5 for real work)."""
    return max(0.5, round(hours / HOURS_PER_ECTS * 2) / 2) if hours > 0 else 0.0


def hours_from_ects(ects: float) -> float:
    return round(ects * HOURS_PER_ECTS, 1)


# --------------------------------------------------------------------------------------------- skills


# An inferred skill below this confidence does not count as taught: it never qualifies a plan step on its own
# (the planner and the gap read `SkillRef.counts`). The skills helper tunes the threshold; this is its one place.
MIN_SKILL_CONFIDENCE = 0.5


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
        """Where the link comes from, for a plan step: 'stated by the catalogue' or 'inferred (confidence 0.72)'."""
        return f"inferred from its text (confidence {self.confidence:.2f})" if self.inferred else "stated by the catalogue"


class Skill(_Frozen):
    """A taxonomy skill (ESCO skill/competence or knowledge concept)."""

    uri: str
    label: str
    alt_labels: tuple[str, ...] = ()
    skill_type: str = "skill/competence"
    digcomp_area: str | None = None


class Occupation(_Frozen):
    """A target role: an ESCO occupation with its essential and optional skills (URIs)."""

    uri: str
    label: str
    alt_labels: tuple[str, ...] = ()
    essential: tuple[str, ...] = ()
    optional: tuple[str, ...] = ()


# ---------------------------------------------------------------------------------------- credentials


class StackTarget(_Frozen):
    """This credential counts towards a larger one (`target` is its catalogue id)."""

    target: str
    ects: float | None = Field(None, ge=0, allow_inf_nan=False, description="ECTS it contributes; defaults to its own ECTS")


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
        None, ge=0, allow_inf_nan=False, description="for a larger credential: ECTS of stacked components needed to earn it"
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
        for code in v:
            if len(code) != 2 or not code.isalpha():
                raise ValueError(f"languages must be two-letter ISO 639-1 codes like 'en', not {code!r}")
        return tuple(c.lower() for c in v)

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


# ------------------------------------------------------------------------------------------ profiles


class HeldSkill(_Frozen):
    uri: str
    label: str
    level: SkillLevel = "intermediate"
    source: SkillSource = "self-declared"


class HeldCredential(_Frozen):
    """A credential the learner already earned: a catalogue id where known, else its title and skills."""

    id: str | None = None
    title: str
    awarding_body: str | None = None
    issued: date | None = None
    ects: float | None = None
    eqf_level: int | None = Field(None, ge=1, le=8)
    skills: tuple[SkillRef, ...] = ()


class Goal(_Frozen):
    """Where the learner wants to go: an occupation, a set of skills, or skills extracted from an advert."""

    occupation_uri: str | None = None
    label: str = ""
    skills: tuple[str, ...] = Field((), description="target skill URIs in addition to the occupation's")
    job_advert: str | None = None
    required_level: SkillLevel | None = Field(
        None, description="the level the goal needs in its skills: one held below it stays in the gap (None: any level)")


class Constraints(_Frozen):
    hours_per_week: float | None = Field(None, gt=0, le=80)
    weeks: int | None = Field(None, gt=0, le=520)
    deadline: date | None = None
    budget: float | None = Field(None, ge=0, allow_inf_nan=False)
    currency: str = "EUR"
    languages: tuple[str, ...] = ()
    participation: tuple[Participation, ...] = ()
    max_eqf: int | None = Field(None, ge=1, le=8)
    providers: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()


class Preferences(_Frozen):
    prefer_stacks: bool = True
    pinned: tuple[str, ...] = Field((), description="credential ids an advisor agreed must be in the plan")
    rejected: tuple[str, ...] = Field((), description="credential ids never to recommend")
    language: str | None = Field(None, description="ISO 639-1 code of the language the learner prefers to study in; "
                                 "a soft preference used when constraints.languages is empty")

    @field_validator("language")
    @classmethod
    def _language(cls, v: str | None) -> str | None:
        if v is None or v == "":
            return None
        if len(v) != 2 or not v.isalpha():
            raise ValueError(f"language must be a two-letter ISO 639-1 code like 'en', not {v!r}")
        return v.lower()


def _now() -> datetime:
    return datetime.now(timezone.utc)


class CurrentRole(_Frozen):
    """What the learner does now (an ESCO occupation when recognised), as distinct from the goal."""

    occupation_uri: str | None = None
    label: str = ""


class LearnerProfile(_Frozen):
    id: str = Field(min_length=1, max_length=100)
    name: str = ""
    skills: tuple[HeldSkill, ...] = ()
    credentials: tuple[HeldCredential, ...] = ()
    goal: Goal | None = None
    current_role: CurrentRole | None = Field(None, description="the learner's present job, never the goal")
    languages: tuple[str, ...] = Field(
        (), description="ISO 639-1 codes of the languages the learner can study in (speaks or reads)")
    constraints: Constraints = Constraints()
    preferences: Preferences = Preferences()
    version: int = Field(0, ge=0, description="bumped on every save; used to detect concurrent edits")
    updated_at: datetime = Field(default_factory=_now)

    @field_validator("languages")
    @classmethod
    def _languages(cls, v: tuple[str, ...]) -> tuple[str, ...]:
        for code in v:
            if len(code) != 2 or not code.isalpha():
                raise ValueError(f"languages must be two-letter ISO 639-1 codes like 'en', not {code!r}")
        return tuple(dict.fromkeys(code.lower() for code in v))

    @property
    def held_skill_uris(self) -> frozenset[str]:
        held = {s.uri for s in self.skills}
        for c in self.credentials:
            held.update(s.uri for s in c.skills)
        return frozenset(held)

    @property
    def held_credential_ids(self) -> frozenset[str]:
        return frozenset(c.id for c in self.credentials if c.id)


# ------------------------------------------------------------------------------------------ pathways


class Step(_Frozen):
    id: str
    title: str
    url: str | None = None
    covers: tuple[str, ...] = Field((), description="gap skill URIs this step closes")
    reasons: tuple[str, ...] = Field((), description="why it is here: covers / prerequisite of / stacks into")
    start_week: int = Field(ge=1)
    end_week: int = Field(ge=1)
    hours: float = 0.0
    ects: float = 0.0
    cost: float = 0.0
    estimated: tuple[str, ...] = Field(
        (), description="fields the catalogue does not state, each with the basis of its estimate ('hours: ...')")
    evidence: tuple[str, ...] = Field(
        (), description="per goal skill it covers, where the link comes from ('SQL: stated by the catalogue')")


class Totals(_Frozen):
    hours: float = 0.0
    ects: float = 0.0
    cost: float = 0.0
    currency: str = "EUR"
    weeks: int = 0


class UncoveredSkill(_Frozen):
    uri: str
    label: str
    reason: str


class CoverageReport(_Frozen):
    """What a plan covers, essential skills the catalogue can teach apart from optional and untaught ones."""

    essential_teachable: int = Field(0, description="essential gap skills some catalogue entry teaches")
    essential_covered: int = 0
    essential_untaught: int = Field(0, description="essential gap skills nothing in the catalogue teaches")
    optional_teachable: int = 0
    optional_covered: int = 0
    optional_untaught: int = 0

    @property
    def essential_share(self) -> float:
        """Share of the essential skills the catalogue can teach that the plan covers (1.0 when there are none)."""
        return 1.0 if self.essential_teachable == 0 else self.essential_covered / self.essential_teachable


class StackSummary(_Frozen):
    """What earning a stacked certificate takes: its parts' hours and the price of everything needed."""

    id: str
    title: str
    parts: tuple[str, ...] = Field((), description="ids of the parts studied for it (held parts not listed)")
    hours: float = 0.0
    cost_eur: float = Field(0.0, description="the certificate's own price plus its parts' (known prices only)")
    price_unknown: bool = Field(False, description="some price needed is not known")
    complete: bool = Field(True, description="the parts reach the ECTS it requires")
    free: bool = Field(False, description="true only when everything needed is known to be free")


class UncoveredGroup(_Frozen):
    """Uncovered skills sharing a reason: a short list for people (the full one is `Pathway.uncovered`)."""

    reason: str
    essential: bool
    count: int
    labels: tuple[str, ...] = Field((), description="the first few skill labels (`count` says how many in all)")


class Relaxation(_Frozen):
    """The smallest change to one constraint that makes a plan possible."""

    constraint: str
    current: float | str | None
    needed: float | str
    message: str


class Pathway(_Frozen):
    goal_label: str = ""
    strategy: Literal["balanced", "fastest", "cheapest", "most-complete"] = "balanced"
    solver: Literal["exact", "heuristic"] = "heuristic"
    steps: tuple[Step, ...] = ()
    totals: Totals = Totals()
    stacks_earned: tuple[str, ...] = ()
    stacks: tuple[StackSummary, ...] = Field((), description="per earned stack: parts, hours and full price")
    uncovered: tuple[UncoveredSkill, ...] = ()
    coverage: float = Field(0.0, ge=0.0, le=1.0, description="weighted share of the gap closed")
    report: CoverageReport = CoverageReport()
    uncovered_groups: tuple[UncoveredGroup, ...] = Field(
        (), description="`uncovered` grouped by reason, essential first; optional untaught skills as one group")
    relaxations: tuple[Relaxation, ...] = ()
    notes: tuple[str, ...] = ()

    @property
    def ids(self) -> tuple[str, ...]:
        return tuple(s.id for s in self.steps)


# ------------------------------------------------------------------------------------------- search


class SearchFilters(_Frozen):
    """Metadata filters applied before ranking. Empty fields do not filter."""

    languages: tuple[str, ...] = ()
    eqf_min: int | None = Field(None, ge=1, le=8)
    eqf_max: int | None = Field(None, ge=1, le=8)
    max_ects: float | None = None
    max_hours: float | None = None
    max_cost: float | None = Field(None, description="in EUR")
    participation: tuple[Participation, ...] = ()
    providers: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()
    assessment: tuple[str, ...] = ()
    skills: tuple[str, ...] = Field((), description="skill URIs; an entry must teach at least one")
    exclude_ids: tuple[str, ...] = ()

    def is_empty(self) -> bool:
        return self == SearchFilters()


class Hit(_Frozen):
    credential: Credential
    score: float
    lexical_rank: int | None = None
    dense_rank: int | None = None
