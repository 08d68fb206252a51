"""Filling a profile from outside: skills extracted from a CV or job advert, credentials from Europass/ELM or
Open Badges files. What the learner holds this way is never recommended again (see gaps/planner)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Protocol

from pathfinder.domain import HeldCredential, HeldSkill, LearnerProfile, SkillLevel, SkillSource
from pathfinder.profiles.edits import add_credential, add_skills

DEFAULT_MIN_SCORE = 0.0


class ExtractedSkill(Protocol):
    uri: str
    label: str
    score: float
    evidence: str | None  # the words of the text that state the skill


class SkillExtractor(Protocol):
    """Anything that finds taxonomy skills in text, e.g. `pathfinder.skills.matching.SkillMatcher`."""

    def extract(self, text: str) -> list[ExtractedSkill]: ...


def skills_from_text(
    text: str,
    matcher: SkillExtractor,
    *,
    level: SkillLevel = "intermediate",
    source: SkillSource = "self-declared",
    min_score: float = DEFAULT_MIN_SCORE,
) -> list[HeldSkill]:
    """Skills the matcher finds in a CV or advert, best score first, one per URI."""
    return held_from(stated_skills(text, matcher, min_score), level=level, source=source)


def held_from(
    found: Iterable[ExtractedSkill],
    *,
    level: SkillLevel = "intermediate",
    source: SkillSource = "self-declared",
) -> list[HeldSkill]:
    """The skills a learner's own text states (`stated_skills`), as skills they hold."""
    return [HeldSkill(uri=m.uri, label=m.label, level=level, source=source) for m in found]


def stated_skills(
    text: str, matcher: SkillExtractor, min_score: float = DEFAULT_MIN_SCORE
) -> list[ExtractedSkill]:
    """What a CV or advert states: one match per skill (its best), best first, each with the words of `text`
    that state it (`evidence`), for the learner to check what was read and why."""
    out: dict[str, ExtractedSkill] = {}
    for m in sorted(matcher.extract(text), key=lambda m: -float(m.score)):
        if float(m.score) >= min_score and m.uri not in out:
            out[m.uri] = m
    return list(out.values())


def goal_skills_from_advert(
    text: str, matcher: SkillExtractor, min_score: float = DEFAULT_MIN_SCORE
) -> tuple[str, ...]:
    """Skill URIs a job advert asks for, to put in `Goal.skills`."""
    return tuple(s.uri for s in skills_from_text(text, matcher, min_score=min_score))


def default_credential_reader() -> Callable[[Path], HeldCredential]:
    from pathfinder.catalogue import read_held_credential  # the catalogue engineer's Europass/ELM/OB3 reader

    return read_held_credential


def record_credential_file(
    profile: LearnerProfile, path: Path | str, reader: Callable[[Path], HeldCredential] | None = None
) -> LearnerProfile:
    """Adds the credential in a Europass/ELM or Open Badges 3.0 file to what the learner holds."""
    held = (reader or default_credential_reader())(Path(path))
    return add_credential(profile, held)


def record_cv(
    profile: LearnerProfile, text: str, matcher: SkillExtractor, **kwargs: object
) -> LearnerProfile:
    """Adds the skills found in a CV (self-declared unless `source` says otherwise)."""
    return add_skills(profile, skills_from_text(text, matcher, **kwargs))  # type: ignore[arg-type]
