"""Learner profiles: the JSON file format, pure edits, and import from CVs and credentials (the SQLite store
is `pathfinder.storage.profiles`)."""

from pathfinder.profiles.edits import (
    add_credential,
    add_skills,
    apply_relaxation,
    mark_credential_held,
    pin,
    reject,
    remove_skills,
    set_constraints,
    set_goal,
)
from pathfinder.profiles.jsonformat import profile_from_json, profile_to_json, read_profile_file
from pathfinder.profiles.sources import (
    SkillExtractor,
    goal_skills_from_advert,
    held_from,
    record_credential_file,
    record_cv,
    skills_from_text,
    stated_skills,
)

__all__ = [
    "SkillExtractor",
    "add_credential",
    "add_skills",
    "apply_relaxation",
    "goal_skills_from_advert",
    "mark_credential_held",
    "pin",
    "profile_from_json",
    "profile_to_json",
    "read_profile_file",
    "record_credential_file",
    "record_cv",
    "reject",
    "remove_skills",
    "set_constraints",
    "set_goal",
    "held_from",
    "skills_from_text",
    "stated_skills",
]
