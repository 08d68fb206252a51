"""`pathfinder catalogue validate`: read catalogue files, print what imported and what was kept aside, and
why."""

from __future__ import annotations

import argparse
from pathlib import Path

from pathfinder.catalogue import write_rejects
from pathfinder.cli._common import Commands, print_json, say
from pathfinder.domain import ImportReport, Reject
from pathfinder.settings import Settings

_TABLE_ROWS = 50  # rejects shown in the readable report; all of them go to the rejects file


def register(commands: Commands) -> None:
    parser = commands.add("catalogue", _no_subcommand, help="check and import micro-credential catalogues")
    sub = parser.add_subparsers(dest="catalogue_command", metavar="WHAT")
    validate = sub.add_parser(
        "validate",
        help="read catalogue files and report imported records and rejects (file, row, field, reason)",
    )
    validate.add_argument("paths", nargs="+", type=Path, metavar="PATH", help="catalogue files or folders")
    validate.add_argument(
        "--mapping",
        metavar="FILE|NAME",
        help="column mapping for provider CSVs (a TOML file, or edx / udemy)",
    )
    validate.add_argument(
        "--json", action="store_true", help="print one JSON object: imported, rejected, rejects"
    )
    validate.add_argument(
        "--rejects-out", type=Path, metavar="FILE", help="where to write the rejects (JSON lines)"
    )
    validate.add_argument(
        "--index",
        choices=("add", "replace"),
        default=None,
        help="then index the accepted credentials with skills inferred, added to the "
        "served catalogue or replacing it (what the Catalogue page's Re-index does)",
    )
    validate.set_defaults(handler=validate_command)


def _no_subcommand(args: argparse.Namespace, settings: Settings) -> int:
    say("usage: pathfinder catalogue validate PATH... [--mapping FILE|NAME] [--json] [--rejects-out FILE]")
    return 2


def validate_command(args: argparse.Namespace, settings: Settings) -> int:
    from pathfinder.skills.ingest import read_catalogue

    report, sources = read_catalogue(args.paths, args.mapping)
    out = args.rejects_out or default_rejects_path(settings, args.paths[0])
    written = write_rejects(report, out) if report.rejects or args.rejects_out else None
    if args.json:
        print_json(
            {
                "imported": report.imported,
                "rejected": report.rejected,
                "files": report.files,
                "notes": report.notes,
                "rejects_file": str(written) if written else None,
                "rejects": [
                    {"file": r.file, "row": r.row, "field": r.field, "reason": r.reason}
                    for r in report.rejects
                ],
            }
        )
    else:
        print(render_report(report))
    if written:
        say(f"Rejects written to {written}")
    if args.index and report.imported:
        from pathfinder.skills.ingest import ingest_upload, without_skills_note

        summary = ingest_upload(
            settings, report, sources, replace=args.index == "replace", mapping=args.mapping, warn=say
        )
        say(
            f"indexed {summary.total} entries as version {summary.version}: added {summary.added}, "
            f"updated {summary.updated}, removed {summary.removed}"
        )
        if note := without_skills_note(summary):
            say(note)
    return 0


def default_rejects_path(settings: Settings, first: Path) -> Path:
    return settings.data_dir / "rejects" / f"{Path(first).stem or 'catalogue'}.rejects.jsonl"


def render_report(report: ImportReport) -> str:
    """Counts, how each file was read, then a table of rejects (the first fifty)."""
    lines = [
        f"Imported {report.imported} credential(s), rejected "
        f"{report.rejected}, from {len(report.files)} file(s)."
    ]
    lines += [f"  {note}" for note in report.notes]
    if report.rejects:
        lines += ["", _table(report.rejects[:_TABLE_ROWS])]
        if report.rejected > _TABLE_ROWS:
            lines.append(f"... and {report.rejected - _TABLE_ROWS} more (see the rejects file).")
    return "\n".join(lines)


def _table(rejects: list[Reject]) -> str:
    rows = [("file", "row", "field", "reason")] + [
        (Path(r.file).name, str(r.row or ""), r.field or "", r.reason) for r in rejects
    ]
    widths = [min(40, max(len(row[i]) for row in rows)) for i in range(3)]
    return "\n".join(
        "  ".join(cell.ljust(w)[:w] for cell, w in zip(row[:3], widths)) + "  " + row[3] for row in rows
    )
