"""The offline responder is one class mixed from several modules (counsellor, search, follow-ups, credential
replies, comparison, mentions, reading, plans). A method name defined in two of them is silently shadowed by
the first in the method resolution order: session 17's merge had `_by_subject` in both search (a subject's
English title phrase) and mentions (a step named by its subject), and every non-English message crashed in
the shadowed one. Each name is defined in one place."""

from __future__ import annotations

from collections import defaultdict

from pathfinder.assistant.offline.responder import OfflineResponder


def test_no_method_name_is_defined_in_two_parts_of_the_responder() -> None:
    where: dict[str, list[str]] = defaultdict(list)
    for cls in OfflineResponder.__mro__:
        if cls is object:
            continue
        for name in vars(cls):
            if not (name.startswith("__") and name.endswith("__")):
                where[name].append(cls.__qualname__)
    shadowed = {name: classes for name, classes in where.items() if len(classes) > 1}
    assert not shadowed, f"defined in more than one part of OfflineResponder: {shadowed}"
