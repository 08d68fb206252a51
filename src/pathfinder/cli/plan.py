"""`pathfinder plan | gap`: plan a pathway for a learner profile and show its skill gap (profiles:
`cli/profile.py`)."""

from __future__ import annotations

import argparse
from pathlib import Path

from pathfinder.assistant.planning import PlanService
from pathfinder.cli._common import Commands, print_json, say
from pathfinder.domain import Credential, LearnerProfile, Pathway
from pathfinder.domain.pathways import amount_text
from pathfinder.errors import IndexNotBuilt
from pathfinder.planner import STRATEGIES
from pathfinder.profiles import read_profile_file
from pathfinder.settings import Settings
from pathfinder.skills.files import load_taxonomy
from pathfinder.storage.profiles import open_profile_store


def register(commands: Commands) -> None:
    plan = commands.add("plan", _plan, "plan a stackable pathway for a learner profile")
    _profile_source(plan)
    plan.add_argument(
        "--strategy", choices=STRATEGIES, default="balanced", help="what to optimise (default: balanced)"
    )
    plan.add_argument(
        "--alternatives", action="store_true", help="also the fastest, cheapest and most complete plans"
    )
    plan.add_argument("--json", action="store_true", help="print the plan as JSON")

    gap = commands.add("gap", _gap, "the skills a learner lacks for their goal, and who teaches them")
    _profile_source(gap)
    gap.add_argument("--json", action="store_true", help="print the gap as JSON")


def _profile_source(parser: argparse.ArgumentParser) -> None:
    src = parser.add_mutually_exclusive_group(required=True)
    src.add_argument(
        "--profile", type=Path, metavar="FILE.json", help="a profile file (docs/PROFILE_FORMAT.md)"
    )
    src.add_argument("--id", help="a stored profile's id")


# ---------------------------------------------------------------------------------------------- inputs


def load_plan_catalogue(settings: Settings) -> tuple[list[Credential], str | None]:
    """The indexed catalogue and its version; the bundled corpus/catalogue (no version) when no index is
    built yet."""
    try:
        from pathfinder.index import open_index

        index = open_index(settings)
        return index.credentials(), index.version
    except IndexNotBuilt:
        from pathfinder.catalogue import load_catalogue

        folder = settings.corpus_dir / "catalogue"
        say(f"No index built; planning over {folder} (run `pathfinder index` for the indexed catalogue).")
        return load_catalogue([folder]).credentials, None


def plan_service(settings: Settings) -> PlanService:
    """The planning entry point the app and the chat use, over the catalogue `load_plan_catalogue` finds."""
    credentials, version = load_plan_catalogue(settings)
    return PlanService(credentials, load_taxonomy(settings), version=version)


def _load_profile(args: argparse.Namespace, settings: Settings) -> LearnerProfile:
    if args.profile is not None:
        return read_profile_file(args.profile)
    return open_profile_store(settings).get(args.id)


def _inputs(args: argparse.Namespace, settings: Settings) -> tuple[LearnerProfile, PlanService]:
    return _load_profile(args, settings), plan_service(settings)


# -------------------------------------------------------------------------------------------- commands


def _plan(args: argparse.Namespace, settings: Settings) -> int:
    profile, plans_of = _inputs(args, settings)
    main = plans_of.plan(profile, args.strategy)
    if args.alternatives:
        plans = {args.strategy: main, **plans_of.alternatives(profile)}
        if args.json:
            print_json(plans)
        else:
            for name, pw in plans.items():
                print(f"=== {name} ===\n{format_pathway(pw)}\n")
        return 0
    print_json(main) if args.json else print(format_pathway(main))
    return 0


def _gap(args: argparse.Namespace, settings: Settings) -> int:
    profile, plans_of = _inputs(args, settings)
    gap = plans_of.gap(profile)
    if args.json:
        print_json(gap.model_dump(mode="json", exclude={"excluded"}))
        return 0
    print(
        f"Gap for {gap.goal_label}: {len(gap.skills)} skill(s), {len(gap.essential)} essential; "
        f"{len(gap.held)} already held."
    )
    for g in gap.skills:
        kind = "essential" if g.essential else "optional "
        teachers = ", ".join(g.taught_by[:5]) + (" ..." if len(g.taught_by) > 5 else "") or "-"
        note = " (nothing in the catalogue teaches it)" if g.uri in gap.untaught else ""
        if g.held_level:
            note += f" (held at {g.held_level} level; the goal needs {g.required_level})"
        print(f"  [{kind}] {g.label}{note}\n      taught by: {teachers}")
    return 0


def format_pathway(pw: Pathway) -> str:
    t = pw.totals
    lines = [
        f"Pathway to {pw.goal_label} ({pw.strategy}, {pw.solver} solver): {len(pw.steps)} step(s), "
        f"{t.hours:g} h, {t.ects:g} ECTS, {t.currency} {amount_text(t.cost)}, {t.weeks} week(s); "
        f"{pw.coverage:.0%} of the gap covered."
    ]
    for k, s in enumerate(pw.steps, 1):
        lines.append(
            f"{k:>2}. weeks {s.start_week}-{s.end_week}  {s.title} "
            f"[{s.id}]  {s.hours:g} h, {t.currency} {amount_text(s.cost)}"
        )
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


__all__ = ["format_pathway", "load_plan_catalogue", "plan_service", "register"]
