"""Changing a profile: pure functions that return a new `LearnerProfile` (the stored one is never mutated)."""

from __future__ import annotations

from collections.abc import Iterable

from pathfinder.domain import (
    LEVEL_RANK,
    Constraints,
    Credential,
    Goal,
    HeldCredential,
    HeldSkill,
    LearnerProfile,
    Relaxation,
    hold_credential,
)


def add_skills(profile: LearnerProfile, skills: Iterable[HeldSkill]) -> LearnerProfile:
    """Adds skills; a skill already held keeps the higher of the two levels (and that entry's source)."""
    by_uri = {s.uri: s for s in profile.skills}
    for s in skills:
        old = by_uri.get(s.uri)
        if old is None or LEVEL_RANK[s.level] > LEVEL_RANK[old.level]:
            by_uri[s.uri] = s
    return profile.model_copy(update={"skills": tuple(by_uri.values())})


def remove_skills(profile: LearnerProfile, uris: Iterable[str]) -> LearnerProfile:
    drop = set(uris)
    return profile.model_copy(update={"skills": tuple(s for s in profile.skills if s.uri not in drop)})


def add_credential(profile: LearnerProfile, credential: HeldCredential) -> LearnerProfile:
    """Records an earned credential (replacing one with the same id); its skills count as held."""
    kept = tuple(c for c in profile.credentials if credential.id is None or c.id != credential.id)
    return profile.model_copy(update={"credentials": kept + (credential,)})


def mark_credential_held(profile: LearnerProfile, credential: Credential) -> LearnerProfile:
    """ "I already did it": records the catalogue credential as held (its skills count as held, it satisfies
    the prerequisites of what needs it, so those stay eligible) and takes it off the rejected and pinned
    lists."""
    held = HeldCredential(
        id=credential.id,
        title=credential.title,
        awarding_body=credential.awarding_body or None,
        ects=credential.ects,
        eqf_level=credential.eqf_level,
        skills=credential.skills,
    )
    return hold_credential(profile, held)


def set_goal(profile: LearnerProfile, goal: Goal | None) -> LearnerProfile:
    return profile.model_copy(update={"goal": goal})


def set_constraints(profile: LearnerProfile, **changes: object) -> LearnerProfile:
    """Changes the named constraint fields (validated); the others stay as they are."""
    data = profile.constraints.model_dump()
    data.update(changes)
    return profile.model_copy(update={"constraints": Constraints(**data)})


def pin(profile: LearnerProfile, credential_id: str) -> LearnerProfile:
    prefs = profile.preferences
    return profile.model_copy(
        update={
            "preferences": prefs.model_copy(
                update={
                    "pinned": tuple(dict.fromkeys(prefs.pinned + (credential_id,))),
                    "rejected": tuple(r for r in prefs.rejected if r != credential_id),
                }
            )
        }
    )


def reject(profile: LearnerProfile, credential_id: str) -> LearnerProfile:
    prefs = profile.preferences
    return profile.model_copy(
        update={
            "preferences": prefs.model_copy(
                update={
                    "rejected": tuple(dict.fromkeys(prefs.rejected + (credential_id,))),
                    "pinned": tuple(p for p in prefs.pinned if p != credential_id),
                }
            )
        }
    )


def apply_relaxation(profile: LearnerProfile, relaxation: Relaxation) -> LearnerProfile:
    """The profile with the constraint change a planner `Relaxation` proposes (`Relaxation.applied`)."""
    return profile.model_copy(
        update={"constraints": relaxation.applied(profile.constraints, profile.languages)}
    )
