"""`pathfinder profile ...`: create, edit, list, export, import and delete stored learner profiles."""

from __future__ import annotations

import argparse
import difflib
from datetime import date
from pathlib import Path
from typing import get_args

from pydantic import ValidationError

from pathfinder.cli._common import Commands, print_json, say
from pathfinder.domain import (
    Goal,
    HeldSkill,
    LearnerProfile,
    Participation,
    Preferences,
    SkillLevel,
    SkillSource,
)
from pathfinder.domain.taxonomy import Taxonomy
from pathfinder.errors import ProfileError
from pathfinder.profiles import (
    add_skills,
    goal_skills_from_advert,
    pin,
    record_credential_file,
    reject,
    remove_skills,
    set_constraints,
    set_goal,
    skills_from_text,
)
from pathfinder.profiles.jsonformat import first_error
from pathfinder.settings import Settings
from pathfinder.skills.files import load_taxonomy
from pathfinder.storage.profiles import open_profile_store

# Constraint fields `profile set --clear` may reset, and the value they go back to.
CLEARABLE = {
    "hours_per_week": None,
    "weeks": None,
    "deadline": None,
    "budget": None,
    "languages": (),
    "participation": (),
    "max_eqf": None,
    "min_eqf": None,
    "providers": (),
    "countries": (),
    "denied_languages": (),
}


def register(commands: Commands) -> None:
    profile = commands.top.add_parser(
        "profile", help="stored learner profiles (create, edit, show, list, delete, export, import)"
    )
    sub = Commands(top=profile.add_subparsers(dest="profile_command", metavar="WHAT"), eval=commands.eval)
    create = sub.add("create", _create, "create a profile")
    create.add_argument("id")
    create.add_argument("--name", default="")
    _goal_and_constraint_options(create)

    edit = sub.add("set", _set, "change a profile's name, goal, constraints, pinned or rejected credentials")
    edit.add_argument("id")
    edit.add_argument("--name")
    _goal_and_constraint_options(edit)
    edit.add_argument(
        "--clear",
        action="append",
        default=[],
        choices=sorted(CLEARABLE),
        metavar="FIELD",
        help=f"reset a constraint to 'no limit' (repeatable): {', '.join(sorted(CLEARABLE))}",
    )
    edit.add_argument(
        "--pin",
        action="append",
        default=[],
        metavar="CREDENTIAL_ID",
        help="a credential that must be in the plan (repeatable)",
    )
    edit.add_argument(
        "--reject",
        action="append",
        default=[],
        metavar="CREDENTIAL_ID",
        help="a credential never to recommend (repeatable)",
    )
    edit.add_argument(
        "--prefer-language",
        metavar="CODE",
        help="ISO 639-1 code the learner prefers to study in, 'none' to clear (a soft preference, "
        "used when no --languages limit is set)",
    )

    skill = sub.add("add-skill", _add_skill, "record a skill the learner holds (an ESCO URI or label)")
    skill.add_argument("id")
    skill.add_argument("skill", nargs="+", help="ESCO skill URIs or labels")
    skill.add_argument("--level", choices=get_args(SkillLevel), default="intermediate")
    skill.add_argument("--source", choices=get_args(SkillSource), default="self-declared")
    unskill = sub.add(
        "remove-skill", _remove_skill, "forget a skill the learner holds (an ESCO URI or label)"
    )
    unskill.add_argument("id")
    unskill.add_argument("skill", nargs="+")

    show = sub.add("show", _show, "print a profile as JSON")
    show.add_argument("id")
    lst = sub.add("list", _list, "list profiles (optionally those whose id or name contains QUERY)")
    lst.add_argument("query", nargs="?", default="")
    lst.add_argument("--json", action="store_true")
    delete = sub.add("delete", _delete, "delete a profile and all of the learner's data")
    delete.add_argument("id")
    export = sub.add("export", _export, "write a profile as JSON (docs/PROFILE_FORMAT.md)")
    export.add_argument("id")
    export.add_argument("--out", type=Path, help="file to write (default: stdout)")
    imp = sub.add("import", _import, "store a profile from a JSON file")
    imp.add_argument("file", type=Path)
    imp.add_argument("--replace", action="store_true", help="overwrite a stored profile with the same id")
    cred = sub.add(
        "add-credential", _add_credential, "record an earned credential (Europass/ELM or Open Badges file)"
    )
    cred.add_argument("id")
    cred.add_argument("file", type=Path)
    cv = sub.add("add-cv", _add_cv, "add the skills found in a CV (plain text file)")
    cv.add_argument("id")
    cv.add_argument("file", type=Path)


def _goal_and_constraint_options(parser: argparse.ArgumentParser) -> None:
    goal = parser.add_argument_group("goal")
    goal.add_argument("--occupation", help="target occupation: an ESCO URI or its label")
    goal.add_argument(
        "--advert",
        type=Path,
        metavar="FILE",
        help="a job advert (plain text): the skills it asks for become the goal skills",
    )
    goal.add_argument(
        "--goal-skill",
        action="append",
        default=[],
        metavar="SKILL",
        help="a target skill (ESCO URI or label) besides the occupation's (repeatable)",
    )
    goal.add_argument(
        "--required-level",
        choices=("any", *get_args(SkillLevel)),
        help="the level the goal needs: a skill held below it stays in the gap (default: any level)",
    )
    limits = parser.add_argument_group("constraints")
    limits.add_argument("--hours-per-week", type=float)
    limits.add_argument("--weeks", type=int)
    limits.add_argument("--deadline", type=date.fromisoformat, metavar="YYYY-MM-DD")
    limits.add_argument("--budget", type=float)
    limits.add_argument("--currency", help="ISO 4217 code of the budget (default EUR)")
    limits.add_argument("--languages", help="comma-separated ISO 639-1 codes, e.g. en,de")
    limits.add_argument("--participation", help=f"comma-separated: {', '.join(get_args(Participation))}")
    limits.add_argument("--max-eqf", type=int, help="highest EQF level (1-8)")
    limits.add_argument(
        "--min-eqf", type=int, help="lowest EQF level of a step (1-8; 'no beginner courses': 5)"
    )
    limits.add_argument("--providers", help="comma-separated provider names")
    limits.add_argument("--countries", help="comma-separated ISO 3166-1 alpha-2 codes")
    limits.add_argument(
        "--denied-languages", help="comma-separated ISO 639-1 codes the learner cannot study in, e.g. en"
    )


# ---------------------------------------------------------------------------------------------- edits


def _csv(text: str | None) -> tuple[str, ...] | None:
    return None if text is None else tuple(x.strip() for x in text.split(",") if x.strip())


def _occupation_uri(taxonomy: Taxonomy, text: str) -> str:
    occ = taxonomy.occupation(text) or taxonomy.find_occupation(text)
    if occ is not None:
        return occ.uri
    close = difflib.get_close_matches(
        text.lower(), sorted({o.label for o in taxonomy.occupations.values()}), n=3
    )
    hint = f" Did you mean: {', '.join(close)}?" if close else ""
    raise ProfileError(f"No occupation '{text}' in the taxonomy; give its ESCO URI or exact label.{hint}")


def _skill(taxonomy: Taxonomy, text: str) -> tuple[str, str]:
    """(uri, label) of a skill given by URI or label; a URI outside the loaded taxonomy is kept as given."""
    found = taxonomy.skill(text) or taxonomy.find_skill(text)
    if found is not None:
        return found.uri, found.label
    if text.startswith(("http://", "https://")):
        return text, text
    close = difflib.get_close_matches(text.lower(), sorted({s.label for s in taxonomy.skills.values()}), n=3)
    hint = f" Did you mean: {', '.join(close)}?" if close else ""
    raise ProfileError(f"No skill '{text}' in the taxonomy; give its ESCO URI or exact label.{hint}")


def _read_text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        why = e.strerror if isinstance(e, OSError) else "it is not UTF-8 text"
        raise ProfileError(f"Cannot read {path}: {why}.") from e


def apply_options(profile: LearnerProfile, args: argparse.Namespace, settings: Settings) -> LearnerProfile:
    """The profile with the goal and constraint options given on the command line applied (others kept)."""
    if args.occupation or args.advert or args.goal_skill or args.required_level:
        taxonomy = load_taxonomy(settings)
        goal = profile.goal or Goal()
        if args.required_level:
            goal = goal.model_copy(
                update={"required_level": None if args.required_level == "any" else args.required_level}
            )
        if args.occupation:
            uri = _occupation_uri(taxonomy, args.occupation)
            goal = goal.model_copy(update={"occupation_uri": uri, "label": taxonomy.label(uri)})
        extra = [_skill(taxonomy, s)[0] for s in args.goal_skill]
        if args.advert:
            from pathfinder.skills.matching import SkillMatcher

            text = _read_text(args.advert)
            found = goal_skills_from_advert(text, SkillMatcher.from_settings(settings))
            if not found:
                raise ProfileError(
                    f"No taxonomy skill found in {args.advert}; is it a job advert in plain text?"
                )
            extra += found
            goal = goal.model_copy(
                update={"job_advert": text[:5000], "label": goal.label or "the job advert"}
            )
            say(
                f"The advert asks for {len(found)} skill(s): "
                + ", ".join(taxonomy.label(u) for u in found[:10])
            )
        goal = goal.model_copy(update={"skills": tuple(dict.fromkeys(goal.skills + tuple(extra)))})
        profile = set_goal(profile, goal)
    changes: dict[str, object] = {k: CLEARABLE[k] for k in getattr(args, "clear", ())}
    given = {
        "hours_per_week": args.hours_per_week,
        "weeks": args.weeks,
        "deadline": args.deadline,
        "budget": args.budget,
        "currency": args.currency and args.currency.upper(),
        "languages": _csv(args.languages),
        "participation": _csv(args.participation),
        "max_eqf": args.max_eqf,
        "min_eqf": args.min_eqf,
        "providers": _csv(args.providers),
        "countries": _csv(args.countries and args.countries.upper()),
        "denied_languages": _csv(args.denied_languages),
    }
    changes.update({k: v for k, v in given.items() if v is not None})
    if changes:
        try:
            profile = set_constraints(profile, **changes)
        except ValueError as e:
            raise ProfileError(f"Invalid constraint: {_first_error(e)}") from e
    return profile


def _first_error(e: ValueError) -> str:
    return ": ".join(first_error(e)) if isinstance(e, ValidationError) else str(e)


# -------------------------------------------------------------------------------------------- commands


def _create(args: argparse.Namespace, settings: Settings) -> int:
    profile = apply_options(LearnerProfile(id=args.id, name=args.name), args, settings)
    saved = open_profile_store(settings).save(profile, expected_version=0)
    say(f"Created profile '{saved.id}'.")
    return 0


def _set(args: argparse.Namespace, settings: Settings) -> int:
    store = open_profile_store(settings)
    profile = apply_options(store.get(args.id), args, settings)
    if args.name is not None:
        profile = profile.model_copy(update={"name": args.name})
    if args.prefer_language is not None:
        code = None if args.prefer_language.lower() in ("", "none") else args.prefer_language
        try:
            prefs = Preferences(**{**profile.preferences.model_dump(), "language": code})
        except ValueError as e:
            raise ProfileError(f"Invalid preference: {_first_error(e)}") from e
        profile = profile.model_copy(update={"preferences": prefs})
    for cid in args.pin:
        profile = pin(profile, cid)
    for cid in args.reject:
        profile = reject(profile, cid)
    saved = store.save(profile)
    say(f"Updated profile '{saved.id}' (version {saved.version}).")
    return 0


def _add_skill(args: argparse.Namespace, settings: Settings) -> int:
    store = open_profile_store(settings)
    taxonomy = load_taxonomy(settings)
    held = [
        HeldSkill(uri=uri, label=label, level=args.level, source=args.source)
        for uri, label in (_skill(taxonomy, s) for s in args.skill)
    ]
    store.save(add_skills(store.get(args.id), held))
    say(f"Added {len(held)} skill(s): " + ", ".join(s.label for s in held))
    return 0


def _remove_skill(args: argparse.Namespace, settings: Settings) -> int:
    store = open_profile_store(settings)
    profile = store.get(args.id)
    taxonomy = load_taxonomy(settings)
    uris = set()
    for text in args.skill:
        held = [s for s in profile.skills if text in (s.uri, s.label)]
        uris |= {s.uri for s in held} or {_skill(taxonomy, text)[0]}
    if not uris & {s.uri for s in profile.skills}:
        raise ProfileError(
            f"'{args.id}' holds none of: {', '.join(args.skill)} (`pathfinder profile show "
            f"{args.id}` lists the skills held)."
        )
    store.save(remove_skills(profile, uris))
    say(f"Removed {len(uris & {s.uri for s in profile.skills})} skill(s).")
    return 0


def _show(args: argparse.Namespace, settings: Settings) -> int:
    print(open_profile_store(settings).export_json(args.id))
    return 0


def _list(args: argparse.Namespace, settings: Settings) -> int:
    profiles = open_profile_store(settings).list(args.query)
    if args.json:
        print_json(
            [
                {"id": p.id, "name": p.name, "goal": p.goal.label if p.goal else None, "version": p.version}
                for p in profiles
            ]
        )
    else:
        for p in profiles:
            print(f"{p.id}\t{p.name}\t{p.goal.label if p.goal else '-'}")
    return 0


def _delete(args: argparse.Namespace, settings: Settings) -> int:
    if not open_profile_store(settings).delete(args.id):
        raise ProfileError(f"No profile '{args.id}' to delete.")
    say(f"Deleted profile '{args.id}' and all of its data.")
    return 0


def _export(args: argparse.Namespace, settings: Settings) -> int:
    text = open_profile_store(settings).export_json(args.id)
    if args.out:
        args.out.write_text(text + "\n", encoding="utf-8")
        say(f"Wrote {args.out}.")
    else:
        print(text)
    return 0


def _import(args: argparse.Namespace, settings: Settings) -> int:
    saved = open_profile_store(settings).import_json(_read_text(args.file), replace=args.replace)
    say(f"Imported profile '{saved.id}' (version {saved.version}).")
    return 0


def _add_credential(args: argparse.Namespace, settings: Settings) -> int:
    store = open_profile_store(settings)
    profile = record_credential_file(store.get(args.id), args.file)
    store.save(profile)
    say(f"Recorded '{profile.credentials[-1].title}' for '{args.id}'.")
    return 0


def _add_cv(args: argparse.Namespace, settings: Settings) -> int:
    from pathfinder.skills.matching import SkillMatcher

    store = open_profile_store(settings)
    found: list[HeldSkill] = skills_from_text(_read_text(args.file), SkillMatcher.from_settings(settings))
    store.save(add_skills(store.get(args.id), found))
    say(f"Added {len(found)} skill(s): " + ", ".join(s.label for s in found[:10]))
    return 0


__all__ = ["apply_options", "register"]
