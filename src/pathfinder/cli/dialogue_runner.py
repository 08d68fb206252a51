"""Runs scripted dialogues through the same turn path the app's Chat page takes, one fresh learner each.

One turn, as `ui/pages/chat.py` does it: load the learner's stored profile and the conversation's stored
history, scrub secrets from the message, stream the assistant's reply and keep the final `Answer`, store the
turn in the conversation. Then the answer's proposed profile changes are applied and saved: in the app the
learner clicks "Apply to my profile"; the runner accepts every proposal, which is what the conversation engine
of issue #12 does on its own. Every dialogue gets its own temporary SQLite store (profiles and conversations).
"""

from __future__ import annotations

import json
import tempfile
import time
import uuid
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from pathfinder.assistant.dialogue_eval.language import reply_language
from pathfinder.assistant.service import Assistant
from pathfinder.domain import LearnerProfile
from pathfinder.domain.dialogue import Answer, apply_changes
from pathfinder.errors import PathfinderError
from pathfinder.profiles import profile_from_json
from pathfinder.safety.output import scrub_chat_message
from pathfinder.settings import Settings
from pathfinder.storage.conversations import ConversationStore
from pathfinder.storage.profiles import SqliteProfileStore

DEFAULT_TODAY = date(2026, 12, 4)  # the evaluation set's fixed today (evals/dialogues/authoring/dates.py)


class DialogueFileError(PathfinderError):
    """A dialogue file cannot be read: the message names the line and what is wrong."""


@dataclass(frozen=True)
class Dialogue:
    id: str
    turns: tuple[str, ...]
    profile: dict | None = None
    extra: dict | None = None  # everything else on the line (lang, split, tags, expect), passed through


def read_dialogues(path: Path) -> list[Dialogue]:
    """The dialogues of a JSONL file: {"id", "turns": [str, ...], "profile"?: {...}}; other keys kept
    aside."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError as e:
        raise DialogueFileError(f"{path} does not exist; pass a JSONL file of dialogues.") from e
    out, seen = [], set()
    for n, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as e:
            raise DialogueFileError(f"{path}:{n} is not JSON ({e.msg}); one dialogue object per line.") from e
        turns = row.get("turns") if isinstance(row, dict) else None
        if (
            not isinstance(row, dict)
            or not isinstance(row.get("id"), str)
            or not isinstance(turns, list)
            or not turns
            or not all(isinstance(t, str) and t.strip() for t in turns)
        ):
            raise DialogueFileError(f'{path}:{n} needs an "id" (string) and "turns" (non-empty strings).')
        if row["id"] in seen:
            raise DialogueFileError(f"{path}:{n} repeats the id {row['id']!r}; ids must be unique.")
        if row.get("profile") is not None and not isinstance(row["profile"], dict):
            raise DialogueFileError(
                f'{path}:{n}: "profile" must be an object in the docs/PROFILE_FORMAT.md shape.'
            )
        seen.add(row["id"])
        extra = {k: v for k, v in row.items() if k not in ("id", "turns", "profile")}
        dialogue = Dialogue(row["id"], tuple(turns), row.get("profile"), extra)
        try:
            _start_profile(dialogue)
        except PathfinderError as e:
            raise DialogueFileError(f"{path}:{n}: the profile is not valid: {e}") from e
        out.append(dialogue)
    return out


def build_eval_assistant(settings: Settings, today: date) -> tuple[Assistant, dict[str, tuple[str, ...]]]:
    """The assistant `build_assistant` gives the app, with `today` fixed for deadlines and plans, and the
    catalogue's names per credential id (title, provider, awarding body: quoted data, not the reply's own)."""
    from pathfinder.assistant.service import build_assistant
    from pathfinder.assistant.tools import AssistantTools
    from pathfinder.index import open_index
    from pathfinder.skills.files import load_taxonomy

    index = open_index(settings)
    names = {c.id: tuple(n for n in (c.title, c.provider, c.awarding_body) if n) for c in index.credentials()}
    tools = AssistantTools(index, load_taxonomy(settings), today=lambda: today)
    return build_assistant(settings, tools=tools, today=lambda: today), names


class Session:
    """One learner and one conversation in a private SQLite file: the app's turn, step by step."""

    def __init__(self, assistant: Assistant, db: Path, profile: LearnerProfile, secrets: Iterable[str] = ()):
        self.assistant = assistant
        self.secrets = tuple(secrets)
        self.profiles = SqliteProfileStore(db)
        self.conversations = ConversationStore(db, self.secrets)
        self.profile_id = profile.id
        if profile != LearnerProfile(id=profile.id):
            self.profiles.save(profile.model_copy(update={"version": 0}))
        self.conversation = self.conversations.start(profile.id)

    def profile(self) -> LearnerProfile:
        return next(
            (p for p in self.profiles.list(self.profile_id) if p.id == self.profile_id), None
        ) or LearnerProfile(id=self.profile_id)

    def take_turn(self, message: str) -> tuple[Answer, LearnerProfile]:
        profile = self.profile()
        history = self.conversations.history(self.conversation)
        message, _ = scrub_chat_message(message, self.secrets)
        answer = None
        for chunk in self.assistant.stream(message, history, profile):
            if isinstance(chunk, Answer):
                answer = chunk
        if answer is None:
            raise PathfinderError("The assistant stopped without an answer.")
        self.conversations.add_turn(self.conversation, message, answer)
        updated = apply_changes(profile, answer.profile_changes)
        if updated != profile:
            updated = self.profiles.save(updated)
        return answer, updated


def _start_profile(dialogue: Dialogue) -> LearnerProfile:
    learner_id = f"eval-{dialogue.id}"[:100]
    if dialogue.profile is None:
        return LearnerProfile(id=learner_id)
    data = {**dialogue.profile, "id": learner_id}
    return profile_from_json(json.dumps(data))


def turn_record(
    message: str, answer: Answer, profile: LearnerProfile, names: Mapping[str, tuple[str, ...]] | None = None
) -> dict[str, Any]:
    titles = [c.title for c in answer.citations]
    titles += [n for c in answer.citations for n in (names or {}).get(c.id, ())]
    return {
        "user": message,
        "reply": answer.text,
        "reply_language": reply_language(answer.text, titles),
        "intent": answer.intent,
        "citations": [c.id for c in answer.citations],
        "profile": json.loads(profile.model_dump_json()),
        "pathway": answer.pathway.model_dump(mode="json") if answer.pathway is not None else None,
    }


def run_dialogue(
    assistant: Assistant,
    dialogue: Dialogue,
    workdir: Path,
    secrets: Iterable[str] = (),
    names: Mapping[str, tuple[str, ...]] | None = None,
) -> dict[str, Any]:
    """{"id", "turns": [...]} for one dialogue; a turn that raises is recorded with its "error" (a crash, as
    the evaluation counts it) and the dialogue goes on, as a learner would after an error message."""
    db = workdir / f"{uuid.uuid4().hex}.sqlite3"
    session = Session(assistant, db, _start_profile(dialogue), secrets)
    turns: list[dict[str, Any]] = []
    for message in dialogue.turns:
        started = time.perf_counter()
        try:
            answer, profile = session.take_turn(message)
        except Exception as e:  # noqa: BLE001 - a crash is a finding of the evaluation, recorded not raised
            turns.append(
                {
                    "user": message,
                    "reply": "",
                    "reply_language": None,
                    "intent": None,
                    "citations": [],
                    "profile": None,
                    "pathway": None,
                    "error": f"{type(e).__name__}: {e}",
                }
            )
            continue
        record = turn_record(message, answer, profile, names)
        turns.append(
            {
                **record,
                "responder": answer.responder,
                "model_text": answer.model_text,
                "seconds": time.perf_counter() - started,
            }
        )
    return {"id": dialogue.id, "turns": turns}


def run_all(
    assistant: Assistant,
    dialogues: Iterable[Dialogue],
    secrets: Iterable[str] = (),
    names: Mapping[str, tuple[str, ...]] | None = None,
) -> Iterator[dict]:
    """Each dialogue's result as it finishes; the temporary stores are removed at the end."""
    with tempfile.TemporaryDirectory(prefix="pathfinder-dialogues-") as tmp:
        for dialogue in dialogues:
            yield run_dialogue(assistant, dialogue, Path(tmp), secrets, names)
