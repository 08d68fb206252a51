"""`pathfinder plan | gap | profile ...`: plan a pathway, show the skill gap, and manage stored learner profiles."""

from __future__ import annotations

import argparse
from pathlib import Path

from pathfinder.cli._common import Commands, print_json, say
from pathfinder.domain import Credential, Goal, HeldSkill, LearnerProfile, Pathway
from pathfinder.errors import IndexNotBuilt, ProfileError
from pathfinder.gaps import Gap, analyse_gap
from pathfinder.planner import STRATEGIES, plan_alternatives, plan_pathway
from pathfinder.profiles import (
    add_skills, open_profile_store, read_profile_file, record_credential_file, set_constraints,
    set_goal, skills_from_text,
)
from pathfinder.settings import Settings
from pathfinder.taxonomy import Taxonomy, load_taxonomy


def register(commands: Commands) -> None:
    plan = commands.add("plan", _plan, "plan a stackable pathway for a learner profile")
    _profile_source(plan)
    plan.add_argument("--strategy", choices=STRATEGIES, default="balanced", help="what to optimise (default: balanced)")
    plan.add_argument("--alternatives", action="store_true", help="also the fastest, cheapest and most complete plans")
    plan.add_argument("--json", action="store_true", help="print the plan as JSON")

    gap = commands.add("gap", _gap, "the skills a learner lacks for their goal, and who teaches them")
    _profile_source(gap)
    gap.add_argument("--json", action="store_true", help="print the gap as JSON")

    profile = commands.top.add_parser("profile", help="stored learner profiles (create, show, list, delete, export, import)")
    sub = Commands(top=profile.add_subparsers(dest="profile_command", metavar="WHAT"), eval=commands.eval)
    create = sub.add("create", _create, "create a profile")
    create.add_argument("id")
    create.add_argument("--name", default="")
    create.add_argument("--occupation", help="goal occupation: an ESCO URI or its label")
    create.add_argument("--hours-per-week", type=float)
    create.add_argument("--weeks", type=int)
    create.add_argument("--budget", type=float)
    create.add_argument("--currency", default="EUR")
    create.add_argument("--languages", default="", help="comma-separated ISO 639-1 codes, e.g. en,de")
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
    cred = sub.add("add-credential", _add_credential, "record an earned credential (Europass/ELM or Open Badges file)")
    cred.add_argument("id")
    cred.add_argument("file", type=Path)
    cv = sub.add("add-cv", _add_cv, "add the skills found in a CV (plain text file)")
    cv.add_argument("id")
    cv.add_argument("file", type=Path)


def _profile_source(parser: argparse.ArgumentParser) -> None:
    src = parser.add_mutually_exclusive_group(required=True)
    src.add_argument("--profile", type=Path, metavar="FILE.json", help="a profile file (docs/PROFILE_FORMAT.md)")
    src.add_argument("--id", help="a stored profile's id")


# ---------------------------------------------------------------------------------------------- inputs


def load_plan_catalogue(settings: Settings) -> list[Credential]:
    """The indexed catalogue; the bundled corpus/catalogue when no index is built yet."""
    try:
        from pathfinder.index import open_index

        return open_index(settings).credentials()
    except (IndexNotBuilt, ImportError):
        from pathfinder.catalogue import load_catalogue

        folder = settings.corpus_dir / "catalogue"
        say(f"No index built; planning over {folder} (run `pathfinder index` for the indexed catalogue).")
        return load_catalogue([folder]).credentials


def _load_profile(args: argparse.Namespace, settings: Settings) -> LearnerProfile:
    if args.profile is not None:
        return read_profile_file(args.profile)
    return open_profile_store(settings).get(args.id)


def _inputs(args: argparse.Namespace, settings: Settings) -> tuple[LearnerProfile, Taxonomy, list[Credential], Gap]:
    profile = _load_profile(args, settings)
    taxonomy = load_taxonomy(settings)
    credentials = load_plan_catalogue(settings)
    return profile, taxonomy, credentials, analyse_gap(profile, taxonomy, credentials)


# -------------------------------------------------------------------------------------------- commands


def _plan(args: argparse.Namespace, settings: Settings) -> int:
    profile, _, credentials, gap = _inputs(args, settings)
    main = plan_pathway(profile, gap, credentials, args.strategy)
    if args.alternatives:
        plans = {args.strategy: main, **plan_alternatives(profile, gap, credentials)}
        if args.json:
            print_json(plans)
        else:
            for name, pw in plans.items():
                print(f"=== {name} ===\n{format_pathway(pw)}\n")
        return 0
    print_json(main) if args.json else print(format_pathway(main))
    return 0


def _gap(args: argparse.Namespace, settings: Settings) -> int:
    _, _, _, gap = _inputs(args, settings)
    if args.json:
        print_json(gap.model_dump(mode="json", exclude={"excluded"}))
        return 0
    print(f"Gap for {gap.goal_label}: {len(gap.skills)} skill(s), {len(gap.essential)} essential; "
          f"{len(gap.held)} already held.")
    for g in gap.skills:
        kind = "essential" if g.essential else "optional "
        teachers = ", ".join(g.taught_by[:5]) + (" ..." if len(g.taught_by) > 5 else "") or "-"
        note = " (nothing in the catalogue teaches it)" if g.uri in gap.untaught else ""
        print(f"  [{kind}] {g.label}{note}\n      taught by: {teachers}")
    return 0


def format_pathway(pw: Pathway) -> str:
    t = pw.totals
    lines = [f"Pathway to {pw.goal_label} ({pw.strategy}, {pw.solver} solver): {len(pw.steps)} step(s), "
             f"{t.hours:g} h, {t.ects:g} ECTS, {t.currency} {t.cost:g}, {t.weeks} week(s); "
             f"{pw.coverage:.0%} of the gap covered."]
    for k, s in enumerate(pw.steps, 1):
        lines.append(f"{k:>2}. weeks {s.start_week}-{s.end_week}  {s.title} [{s.id}]  {s.hours:g} h, {t.currency} {s.cost:g}")
        lines.extend(f"      - {r}" for r in s.reasons)
    if pw.stacks_earned:
        lines.append("Stacks earned: " + ", ".join(pw.stacks_earned))
    by_reason: dict[str, list[str]] = {}
    for u in pw.uncovered:
        by_reason.setdefault(u.reason, []).append(u.label)
    for reason, labels in by_reason.items():
        lines.append(f"Not covered ({reason}): {', '.join(labels)}")
    for r in pw.relaxations:
        lines.append(f"To do better: {r.message}")
    lines.extend(f"Note: {n}" for n in pw.notes)
    return "\n".join(lines)


def _create(args: argparse.Namespace, settings: Settings) -> int:
    profile = LearnerProfile(id=args.id, name=args.name)
    if args.occupation:
        taxonomy = load_taxonomy(settings)
        occ = taxonomy.occupation(args.occupation) or taxonomy.find_occupation(args.occupation)
        if occ is None:
            raise ProfileError(f"No occupation '{args.occupation}' in the taxonomy; give its ESCO URI or exact label.")
        profile = set_goal(profile, Goal(occupation_uri=occ.uri, label=occ.label))
    langs = tuple(x.strip() for x in args.languages.split(",") if x.strip())
    try:
        profile = set_constraints(profile, hours_per_week=args.hours_per_week, weeks=args.weeks, budget=args.budget,
                                  currency=args.currency, languages=langs)
    except ValueError as e:
        raise ProfileError(f"Invalid constraint: {e}") from e
    saved = open_profile_store(settings).save(profile, expected_version=0)
    say(f"Created profile '{saved.id}'.")
    return 0


def _show(args: argparse.Namespace, settings: Settings) -> int:
    print(open_profile_store(settings).export_json(args.id))
    return 0


def _list(args: argparse.Namespace, settings: Settings) -> int:
    profiles = open_profile_store(settings).list(args.query)
    if args.json:
        print_json([{"id": p.id, "name": p.name, "goal": p.goal.label if p.goal else None, "version": p.version}
                    for p in profiles])
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
    try:
        text = args.file.read_text(encoding="utf-8")
    except OSError as e:
        raise ProfileError(f"Cannot read {args.file}: {e.strerror}.") from e
    saved = open_profile_store(settings).import_json(text, replace=args.replace)
    say(f"Imported profile '{saved.id}' (version {saved.version}).")
    return 0


def _add_credential(args: argparse.Namespace, settings: Settings) -> int:
    store = open_profile_store(settings)
    profile = record_credential_file(store.get(args.id), args.file)
    store.save(profile)
    say(f"Recorded '{profile.credentials[-1].title}' for '{args.id}'.")
    return 0


def _add_cv(args: argparse.Namespace, settings: Settings) -> int:
    from pathfinder.skillmatch import SkillMatcher

    store = open_profile_store(settings)
    try:
        text = args.file.read_text(encoding="utf-8")
    except OSError as e:
        raise ProfileError(f"Cannot read {args.file}: {e.strerror}.") from e
    found: list[HeldSkill] = skills_from_text(text, SkillMatcher.from_settings(settings))
    store.save(add_skills(store.get(args.id), found))
    say(f"Added {len(found)} skill(s): " + ", ".join(s.label for s in found[:10]))
    return 0


__all__ = ["format_pathway", "load_plan_catalogue", "register"]
