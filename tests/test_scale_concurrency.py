"""Many learners at once in one process: 16 threads of multi-turn conversations on one assistant and one
database (SQLite and PostgreSQL) lose no message, mix no histories and raise nothing (bench/load.py measures
the same path for speed)."""

from __future__ import annotations

import threading

from test_faults_reindex import make_catalogue

from pathfinder.assistant.service import build_assistant
from pathfinder.domain import ImportReport, LearnerProfile
from pathfinder.domain.dialogue import History
from pathfinder.index import reindex_report
from pathfinder.storage.conversations import ConversationStore
from pathfinder.storage.profiles import open_profile_store

SCRIPT = ["python courses", "tell me more about the first one", "cheaper", "only online", "compare 1 and 2"]


def test_sixteen_concurrent_learners_keep_their_own_conversations(store_settings):
    settings = store_settings
    reindex_report(settings, ImportReport(credentials=make_catalogue(300, "load")))
    assistant = build_assistant(settings)
    profiles = open_profile_store(settings)
    conversations = ConversationStore(settings.database_path)
    errors: list[BaseException] = []
    started: dict[int, str] = {}
    gate = threading.Barrier(16)

    def learner(i: int) -> None:
        try:
            profile = profiles.save(LearnerProfile(id=f"learner-{i}", name=f"L{i}"))
            cid = conversations.start(profile.id)
            started[i] = cid
            history = History()
            gate.wait()
            for message in SCRIPT:
                text = f"{message} #{i}" if message == "python courses" else message
                answer = assistant.reply(text, history, profile)
                conversations.add_turn(cid, text, answer)
                history = history.add(text, answer)
                profile = profiles.save(
                    profile.model_copy(update={"name": f"L{i} after {len(history.turns)}"})
                )
        except BaseException as e:  # noqa: BLE001 - collected and reported below
            errors.append(e)

    threads = [threading.Thread(target=learner, args=(i,)) for i in range(16)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=300)
    assert not errors, errors[:3]
    for i, cid in started.items():
        turns = conversations.history(cid).turns
        assert len(turns) == 2 * len(SCRIPT)
        assert turns[0].text == f"python courses #{i}"  # nobody else's message in this conversation
        assert [t.role for t in turns] == ["user", "assistant"] * len(SCRIPT)
        assert profiles.get(f"learner-{i}").version == 1 + len(SCRIPT)
    assert len(started) == 16
