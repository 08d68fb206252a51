"""`pathfinder taxonomy import | show`: replace the bundled ESCO subset with a full ESCO import, and say which
is in use."""

from __future__ import annotations

import argparse
from pathlib import Path

from pathfinder.cli._common import Commands, print_json, say
from pathfinder.settings import Settings
from pathfinder.skills.files import import_esco, load_taxonomy, taxonomy_folder


def register(commands: Commands) -> None:
    taxonomy = commands.top.add_parser(
        "taxonomy", help="the skills taxonomy (bundled ESCO subset or a full import)"
    )
    sub = taxonomy.add_subparsers(dest="taxonomy_command", metavar="WHAT")
    sub_commands = Commands(top=sub, eval=commands.eval)

    imp = sub_commands.add(
        "import", _import, "import the official ESCO CSV release (e.g. ../shared/data/esco_v1.1.1)"
    )
    imp.add_argument(
        "esco_dir",
        type=Path,
        metavar="DIR",
        help="folder with skills_en.csv(.gz), occupations_en.csv(.gz), ...",
    )
    imp.add_argument(
        "--out",
        type=Path,
        default=None,
        help="where to write it (default: DATA_DIR/taxonomy, used automatically)",
    )
    imp.add_argument("--json", action="store_true", help="print the counts as JSON")

    show = sub_commands.add("show", _show, "which taxonomy is in use, and its counts")
    show.add_argument("--json", action="store_true", help="print as JSON")


def _import(args: argparse.Namespace, settings: Settings) -> int:
    out = args.out or settings.data_dir / "taxonomy"
    say(f"Importing ESCO from {args.esco_dir} ...")
    taxonomy = import_esco(args.esco_dir, out)
    counts = taxonomy.counts()
    if args.json:
        print_json({"folder": str(out), **counts})
    else:
        print(_describe(str(out), counts))
        if args.out is not None and settings.taxonomy_dir is None and out != settings.data_dir / "taxonomy":
            say(f"Set PATHFINDER_TAXONOMY_DIR={out} to use it.")
    return 0


def _show(args: argparse.Namespace, settings: Settings) -> int:
    folder = taxonomy_folder(settings)
    counts = load_taxonomy(settings).counts()
    bundled = folder.resolve() == (settings.corpus_dir / "taxonomy").resolve()
    if args.json:
        print_json({"folder": str(folder), "bundled": bundled, **counts})
    else:
        print(_describe(f"{folder} ({'bundled subset' if bundled else 'imported'})", counts))
    return 0


def _describe(where: str, counts: dict[str, int]) -> str:
    return (
        f"taxonomy: {where}\n  skills:      {counts['skills']:>7,} ({counts['digcomp_skills']} "
        f"DigComp)\n  occupations: {counts['occupations']:>7,}\n  relations:   "
        f"{counts['essential_relations']:>7,} essential, {counts['optional_relations']:,} optional"
    )
