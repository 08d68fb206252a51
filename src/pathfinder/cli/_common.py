"""What every command module shares: the registry it adds to, JSON output, messages on stderr."""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel

from pathfinder.settings import Settings

Handler = Callable[[argparse.Namespace, Settings], int | None]


@dataclass(frozen=True)
class Commands:
    """Where command modules add their sub-commands: `top` for `pathfinder X`, `eval` for `pathfinder eval
    X`."""

    top: Any  # argparse._SubParsersAction
    eval: Any

    def add(self, name: str, handler: Handler, help: str, *, group: str = "top") -> argparse.ArgumentParser:
        parser = (self.top if group == "top" else self.eval).add_parser(name, help=help, description=help)
        parser.set_defaults(handler=handler)
        return parser


def print_json(value: Any) -> None:
    """Data to stdout as JSON (pydantic models and lists of them included)."""
    print(json.dumps(_plain(value), ensure_ascii=False, indent=2, default=str))


def _plain(value: Any) -> Any:
    if isinstance(value, BaseModel):
        return value.model_dump(mode="json")
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    return value


def say(message: str) -> None:
    """A message for the person at the terminal (stderr, so stdout stays data)."""
    print(terminal_safe(message), file=sys.stderr)


# C0 controls but tab and newline (ESC starts colour, cursor, title and hyperlink sequences; CR overwrites the
# line), DEL, the C1 controls (CSI 0x9b is a one-byte ESC [) and the bidirectional overrides and isolates.
_TERMINAL_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def terminal_safe(text: str) -> str:
    """`text` with every character a terminal would act on shown as a visible \\uXXXX escape instead, so
    catalogue or profile text can neither recolour, move, retitle nor reorder what the user reads. Inside JSON
    output the escapes are valid JSON (such characters can only stand in strings there)."""
    return _TERMINAL_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


class TerminalSafe:
    """A text stream whose writes go through `terminal_safe`: `cli.main` puts stdout behind one, so every
    printer of every command is covered without each calling the helper."""

    def __init__(self, stream: Any) -> None:
        self.stream = stream

    def write(self, text: str) -> int:
        return self.stream.write(terminal_safe(text))

    def __getattr__(self, name: str) -> Any:
        return getattr(self.stream, name)
