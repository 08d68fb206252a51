"""`pathfinder ask "..."` (one question, Markdown or --json) and `pathfinder chat` (a REPL in the
terminal)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from pathfinder.cli._common import Commands, print_json, say
from pathfinder.domain import LearnerProfile
from pathfinder.errors import PathfinderError, ProfileError
from pathfinder.settings import Settings


def register(commands: Commands) -> None:
    ask = commands.add("ask", _ask, "ask the assistant one question")
    ask.add_argument("message", help='your question, e.g. "beginner cybersecurity online under 100 EUR"')
    ask.add_argument("--profile", type=Path, help="a learner profile JSON file to answer for")
    ask.add_argument(
        "--json", action="store_true", help="print {text, citations, pathway, profile_changes} as JSON"
    )
    chat = commands.add("chat", _chat, "chat with the assistant in the terminal")
    chat.add_argument("--profile", type=Path, help="a learner profile JSON file to chat as")


def _profile(path: Path | None) -> LearnerProfile | None:
    if path is None:
        return None
    try:
        return LearnerProfile.model_validate_json(path.read_text(encoding="utf-8"))
    except FileNotFoundError as e:
        raise ProfileError(f"{path} does not exist; pass the path of a profile JSON file.") from e
    except ValueError as e:
        raise ProfileError(f"{path} is not a valid learner profile: {str(e).splitlines()[0]}") from e


def _ask(args: argparse.Namespace, settings: Settings) -> int:
    from pathfinder.assistant.service import build_assistant

    profile = _profile(args.profile)
    answer = build_assistant(settings).reply(args.message, None, profile)
    if args.json:
        print_json(answer.public())
    else:
        print(answer.text)
        for change in answer.profile_changes:
            say(f"proposed profile change: {change.summary}")
    return 0


def _chat(args: argparse.Namespace, settings: Settings) -> int:
    from pathfinder.assistant.service import build_assistant
    from pathfinder.assistant.session import settle
    from pathfinder.domain.dialogue import History

    profile = _profile(args.profile) or LearnerProfile(id="terminal")
    assistant = build_assistant(settings)
    history = History()
    last_before: LearnerProfile | None = None
    say(
        f"pathfinder chat ({assistant.mode} mode). Type your question; /quit to "
        "leave, /profile to see your profile, /undo to take back the last change."
    )
    while True:
        try:
            message = input("you> ").strip()
        except EOFError:
            say("")
            return 0
        if not message:
            continue
        if message in ("/quit", "/exit", "quit", "exit"):
            return 0
        if message == "/undo":
            if last_before is None:
                say("nothing to undo")
            else:
                profile, last_before = last_before, None
                if args.profile:
                    args.profile.write_text(profile.model_dump_json(indent=2), encoding="utf-8")
                say("undone: your profile is back as it was")
            continue
        if message == "/profile":
            print(json.dumps(profile.model_dump(mode="json"), indent=2, ensure_ascii=False))
            continue
        try:
            answer = None
            for item in assistant.stream(message, history, profile):
                if isinstance(item, str):
                    if assistant.mode == "llm":
                        print(item, end="", flush=True)
                else:
                    answer = item
            assert answer is not None
            print(answer.text if assistant.mode != "llm" else "")
            if assistant.mode == "llm" and answer.flagged:
                print("\n(corrected answer)\n" + answer.text)
        except PathfinderError as e:
            say(f"pathfinder: {e}")
            continue
        answer, profile, before = settle(answer, profile)  # stated changes apply at once, as in the app
        history = history.add(message, answer)
        if before is not None:
            say(
                "saved to your profile: "
                + "; ".join(c.summary for c in answer.profile_changes)
                + " (/undo to take it back)"
            )
            last_before = before
            if args.profile:
                args.profile.write_text(profile.model_dump_json(indent=2), encoding="utf-8")
        sys.stdout.flush()
