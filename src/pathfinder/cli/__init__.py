"""The `pathfinder` command: parses arguments, builds Settings once, dispatches to a command module.

Each command module (catalogue, taxonomy, index, plan, profile, chat) has `register(commands)` that adds its
sub-commands; this file only wires them. Exit codes: 0 ok, 1 PathfinderError (one line on stderr), 2 usage.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from pathfinder.cli._common import Commands
from pathfinder.errors import PathfinderError
from pathfinder.safety.output import install_log_redaction
from pathfinder.settings import Settings

# Command modules, in the order their commands are listed in --help. A missing module is skipped so a
# partially installed checkout still runs the rest.
COMMAND_MODULES = ("catalogue", "taxonomy", "index", "plan", "profile", "chat", "skills_eval", "accounts")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="pathfinder", description="Stackable upskilling pathways from micro-credentials.")
    top = parser.add_subparsers(dest="command", metavar="COMMAND")
    eval_parser = top.add_parser("eval", help="measure retrieval and skill-matching quality (planner: evals/eval_planner.py)")
    commands = Commands(top=top, eval=eval_parser.add_subparsers(dest="eval_command", metavar="WHAT"))
    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(f"pathfinder.cli.{name}")
        except ModuleNotFoundError as e:
            if e.name != f"pathfinder.cli.{name}":
                raise
            continue
        module.register(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    handler = getattr(args, "handler", None)
    if handler is None:
        parser.print_help(sys.stderr)
        return 2
    try:
        settings = Settings()
        install_log_redaction(settings)  # secrets and key-like strings never reach a log line
        return int(handler(args, settings) or 0)
    except PathfinderError as e:
        print(f"pathfinder: {e}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("pathfinder: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    raise SystemExit(main())
