"""The profile JSON file format (docs/PROFILE_FORMAT.md): writing and reading one learner profile."""

from __future__ import annotations

import json
from pathlib import Path

from pydantic import ValidationError

from pathfinder.domain import LearnerProfile
from pathfinder.domain.limits import InputRefused, loads_json, record_problem
from pathfinder.errors import ProfileError

FORMAT = "pathfinder.profile"
FORMAT_VERSION = 1


def profile_to_json(profile: LearnerProfile) -> str:
    """The profile as a self-describing JSON document. Profiles hold no secrets, so nothing is stripped."""
    body = {"format": FORMAT, "format_version": FORMAT_VERSION, **profile.model_dump(mode="json")}
    return json.dumps(body, ensure_ascii=False, indent=2)


def profile_from_json(text: str, *, stored: bool = False) -> LearnerProfile:
    """A profile from `profile_to_json` output (or the bare profile object); errors name the bad field.

    Text from outside (an import, an upload) must keep the limits of `pathfinder.domain.limits` (length, no
    control characters); `stored=True` skips that check for what the store itself wrote."""
    try:
        data = loads_json(text)
    except json.JSONDecodeError as e:
        raise ProfileError(
            f"The profile is not valid JSON (line {e.lineno}, column {e.colno}): {e.msg}."
        ) from e
    except InputRefused as e:
        raise ProfileError(f"The profile cannot be read: {e}. Export it again from pathfinder.") from e
    if not isinstance(data, dict):
        raise ProfileError("A profile file must hold one JSON object; see docs/PROFILE_FORMAT.md.")
    problem = None if stored else record_problem(data)
    if problem is not None:
        why = problem[1].partition(": ")[2]
        raise ProfileError(f"The profile field '{problem[0]}' is invalid: {why}. See docs/PROFILE_FORMAT.md.")
    fmt = data.pop("format", FORMAT)
    version = data.pop("format_version", FORMAT_VERSION)
    if fmt != FORMAT:
        raise ProfileError(f"This file is a {fmt!r} document, not a pathfinder profile ({FORMAT!r}).")
    if not isinstance(version, int) or version > FORMAT_VERSION:
        raise ProfileError(
            f"This profile uses format version {version}; this pathfinder "
            f"reads up to {FORMAT_VERSION}. Upgrade pathfinder."
        )
    try:
        return LearnerProfile.model_validate(data)
    except ValidationError as e:
        where, why = first_error(e)
        raise ProfileError(
            f"The profile field '{where or 'profile'}' is invalid: {why}. See docs/PROFILE_FORMAT.md."
        ) from e


def first_error(e: ValidationError) -> tuple[str, str]:
    """(dotted field path, message) of the first problem pydantic found."""
    first = e.errors()[0]
    return ".".join(str(p) for p in first["loc"]), str(first["msg"])


def read_profile_file(path: Path | str) -> LearnerProfile:
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except OSError as e:
        raise ProfileError(f"Cannot read the profile file {path}: {e.strerror}. Check the path.") from e
    except UnicodeDecodeError as e:
        raise ProfileError(
            f"The profile file {path} is not UTF-8 text (byte {e.start}: {e.reason}). "
            "Export it again from pathfinder."
        ) from e
    return profile_from_json(text)
