"""Bounded, thread-safe memos of solver answers by model digest (`selection.model_key`,
`selection.first_stage_key`): what a solve gives depends only on the model its digest holds, so any session,
learner or catalogue version may share them. The app's plan service keeps one for its sessions' optimal
selections; a catalogue lookup keeps one of each kind for the sessions planned over it (session 20)."""

from __future__ import annotations

import threading
from collections import OrderedDict
from typing import Generic, TypeVar

V = TypeVar("V")

SOLVED_SIZE = 1024  # answers kept (a frozenset of a few indices, a float, under a 20-byte key each)


class SolvedSelections(Generic[V]):
    """Solver answers by model digest, least recently used out first, thread-safe: the planner's
    `selection.SolveMemo` (optimal selections) and `selection.FirstStages` (first-stage optima). A
    conversation's follow-ups ("cheaper", "skip it", "only online") plan in new sessions that meet many of the
    same instances again (the relaxation search above all), as does every plan of the same learner and goal
    over one catalogue."""

    def __init__(self, maxsize: int = SOLVED_SIZE) -> None:
        self.maxsize = maxsize
        self._entries: OrderedDict[bytes, V] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: bytes, /) -> V | None:
        with self._lock:
            found = self._entries.get(key)
            if found is not None:
                self._entries.move_to_end(key)
            return found

    def __setitem__(self, key: bytes, value: V, /) -> None:
        with self._lock:
            self._entries[key] = value
            self._entries.move_to_end(key)
            while len(self._entries) > self.maxsize:
                self._entries.popitem(last=False)

    def __len__(self) -> int:
        with self._lock:
            return len(self._entries)

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()
