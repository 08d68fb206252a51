"""Learners: the profile (held skills and credentials, goal, constraints, preferences, current role)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Literal

from pydantic import Field, field_validator

from pathfinder.domain.base import Frozen as _Frozen
from pathfinder.domain.credentials import Participation, SkillRef
from pathfinder.domain.languages import iso_codes

SkillLevel = Literal["basic", "intermediate", "advanced"]
SkillSource = Literal["formal", "non-formal", "informal", "self-declared"]
LEVEL_RANK: dict[str, int] = {"basic": 1, "intermediate": 2, "advanced": 3}

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
        None,
        description="the level the goal needs in its skills: one "
        "held below it stays in the gap (None: any level)",
    )


class Constraints(_Frozen):
    hours_per_week: float | None = Field(None, gt=0, le=80)
    weeks: int | None = Field(None, gt=0, le=520)
    deadline: date | None = None
    budget: float | None = Field(None, ge=0, allow_inf_nan=False)
    currency: str = "EUR"
    languages: tuple[str, ...] = ()
    participation: tuple[Participation, ...] = ()
    max_eqf: int | None = Field(None, ge=1, le=8)
    min_eqf: int | None = Field(
        None,
        ge=1,
        le=8,
        description="the lowest EQF level of a step the learner wants ('no beginner courses': 5): a course "
        "below it is no step, and as a prerequisite it is taken as met (the learner knows the basics)",
    )
    providers: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()
    denied_languages: tuple[str, ...] = Field(
        (),
        description="ISO 639-1 codes of languages the learner cannot study in ('no English'): a hard limit "
        "no relaxation widens; a credential is out unless also taught in another language",
    )

    @field_validator("denied_languages")
    @classmethod
    def _denied(cls, v: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(dict.fromkeys(iso_codes(v)))


class Preferences(_Frozen):
    prefer_stacks: bool = True
    pinned: tuple[str, ...] = Field((), description="credential ids an advisor agreed must be in the plan")
    rejected: tuple[str, ...] = Field((), description="credential ids never to recommend")
    decided_by: str = Field(
        "", description="the account (name and username) that last set pins and rejections"
    )
    language: str | None = Field(
        None,
        description="ISO 639-1 code of the language the learner prefers to study in; "
        "a soft preference used when constraints.languages is empty",
    )

    @field_validator("language")
    @classmethod
    def _language(cls, v: str | None) -> str | None:
        if v is None or v == "":
            return None
        if len(v) != 2 or not v.isalpha():
            raise ValueError(f"language must be a two-letter ISO 639-1 code like 'en', not {v!r}")
        return v.lower()


def _now() -> datetime:
    return datetime.now(UTC)


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
        (), description="ISO 639-1 codes of the languages the learner can study in (speaks or reads)"
    )
    constraints: Constraints = Constraints()
    preferences: Preferences = Preferences()
    version: int = Field(0, ge=0, description="bumped on every save; used to detect concurrent edits")
    updated_at: datetime = Field(default_factory=_now)

    @field_validator("languages")
    @classmethod
    def _languages(cls, v: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(dict.fromkeys(iso_codes(v)))

    @property
    def held_skill_uris(self) -> frozenset[str]:
        held = {s.uri for s in self.skills}
        for c in self.credentials:
            held.update(s.uri for s in c.skills)
        return frozenset(held)

    @property
    def held_credential_ids(self) -> frozenset[str]:
        return frozenset(c.id for c in self.credentials if c.id)


def hold_credential(profile: LearnerProfile, credential: HeldCredential) -> LearnerProfile:
    """ "I already did it": the profile holding `credential` (once; its skills count as held, it satisfies the
    prerequisites of what needs it) and neither rejecting nor pinning it any more (done, not refused)."""
    kept = tuple(c for c in profile.credentials if credential.id is None or c.id != credential.id)
    prefs = profile.preferences
    update = {
        "rejected": tuple(r for r in prefs.rejected if r != credential.id),
        "pinned": tuple(r for r in prefs.pinned if r != credential.id),
    }
    return profile.model_copy(
        update={"credentials": (*kept, credential), "preferences": prefs.model_copy(update=update)}
    )
