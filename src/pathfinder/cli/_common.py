"""What every command module shares: the registry it adds to, JSON output, messages on stderr."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel

from pathfinder.settings import Settings

Handler = Callable[[argparse.Namespace, Settings], int | None]


@dataclass(frozen=True)
class Commands:
    """Where command modules add their sub-commands: `top` for `pathfinder X`, `eval` for `pathfinder eval X`."""

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
    print(message, file=sys.stderr)
