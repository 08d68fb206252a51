"""The `pathfinder` command: parses arguments, builds Settings once, dispatches to a command module.

Each command module (catalogue, taxonomy, index, plan, profile, chat) has `register(commands)` that adds its
sub-commands; this file only wires them. Exit codes: 0 ok, 1 PathfinderError (one line on stderr), 2 usage,
141 when whoever read the output stopped early (`pathfinder profile list | head -1`: no traceback).
Standard output goes through `_common.TerminalSafe`: catalogue text cannot send terminal escape sequences.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence

from pathfinder.cli._common import Commands, TerminalSafe, say
from pathfinder.errors import PathfinderError
from pathfinder.runtime import limit_native_threads
from pathfinder.safety.output import install_log_redaction
from pathfinder.settings import Settings

# Command modules, in the order their commands are listed in --help.
COMMAND_MODULES = (
    "catalogue",
    "taxonomy",
    "index",
    "plan",
    "profile",
    "chat",
    "skills_eval",
    "eval_dialogues",
    "plans_eval",
    "skills_linking",
    "accounts",
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="pathfinder", description="Stackable upskilling pathways from micro-credentials."
    )
    top = parser.add_subparsers(dest="command", metavar="COMMAND")
    eval_parser = top.add_parser(
        "eval", help="measure retrieval and skill-matching quality (planner: evals/eval_planner.py)"
    )
    commands = Commands(top=top, eval=eval_parser.add_subparsers(dest="eval_command", metavar="WHAT"))
    for name in COMMAND_MODULES:
        importlib.import_module(f"pathfinder.cli.{name}").register(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    limit_native_threads()  # before any command loads numpy
    parser = build_parser()
    args = parser.parse_args(argv)
    handler = getattr(args, "handler", None)
    if handler is None:
        parser.print_help(sys.stderr)
        return 2
    stdout, sys.stdout = sys.stdout, TerminalSafe(sys.stdout)
    try:
        settings = Settings()
        install_log_redaction(settings)  # secrets and key-like strings never reach a log line
        code = int(handler(args, settings) or 0)
        sys.stdout.flush()  # a closed pipe shows here, not in the interpreter's exit
        return code
    except PathfinderError as e:
        say(f"pathfinder: {e}")
        return 1
    except KeyboardInterrupt:
        say("pathfinder: interrupted")
        return 130
    except BrokenPipeError:
        _discard_stdout(stdout)
        return 141  # as a command killed by SIGPIPE reports it
    finally:
        sys.stdout = stdout


def _discard_stdout(stdout) -> None:
    """After the reader of stdout went away: point the descriptor at /dev/null, so the interpreter's last
    flush of what is still buffered does not raise again (Python's documented recipe)."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, stdout.fileno())
    except (OSError, ValueError, AttributeError):  # not a real file (a test's capture): nothing to flush
        pass


if __name__ == "__main__":
    raise SystemExit(main())
