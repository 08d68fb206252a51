"""The one planning entry point of the app, the chat and the CLI: a profile's gap and pathways over one
catalogue, remembered in one small bounded cache.

`PlanService` plans with the pure core (`planner.gaps.analyse_gap`, `planner.PlanningSession`) and keeps what
it planned in a `PlanCache`, keyed on everything a plan depends on: the catalogue version, the taxonomy, the
profile without its id, name, version and save time, the strategy and today's date. The app's pages and the
assistant's tools share one service per index version, so the Pathway page and the chat get the same plan
object for the same inputs; the CLI builds one per run. The cache is the only one: the core stays pure.
"""

from __future__ import annotations

import hashlib
import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable, Iterable, Sequence
from concurrent.futures import Future
from datetime import date
from typing import TYPE_CHECKING, Any, TypeVar

from pathfinder.domain import Credential, LearnerProfile, Pathway
from pathfinder.domain.taxonomy import Taxonomy

if TYPE_CHECKING:
    from pathfinder.planner import PlanningSession
    from pathfinder.planner.gaps import Gap
    from pathfinder.planner.memo import SolvedSelections

T = TypeVar("T")
PLAN_CACHE_SIZE = 256  # entries (a gap or one strategy's plan each); a plan is tens of kB at most
# planning sessions kept for follow-ups that ask another strategy of the same profile ("cheaper?", "and the
# fastest one?"): each holds its candidate sets (a few thousand candidates at 10k) and the plans it made
SESSIONS_KEPT = 8


class PlanCache:
    """A bounded, thread-safe map from a plan's inputs to what was planned (least recently used out first).

    Two threads asking for the same missing key compute it once: the second waits for the first's result.
    Failures are not kept (the next call tries again)."""

    def __init__(self, maxsize: int = PLAN_CACHE_SIZE) -> None:
        if maxsize < 1:
            raise ValueError("a plan cache holds at least one entry")
        self.maxsize = maxsize
        self._entries: OrderedDict[Hashable, Any] = OrderedDict()  # most recent last
        self._pending: dict[Hashable, Future[Any]] = {}
        self._lock = threading.Lock()

    def __len__(self) -> int:
        with self._lock:
            return len(self._entries)

    def get_or_compute(self, key: Hashable, compute: Callable[[], T]) -> T:
        with self._lock:
            if key in self._entries:
                self._entries.move_to_end(key)
                return self._entries[key]
            pending = self._pending.get(key)
            if pending is None:
                pending = self._pending[key] = Future()
                owner = True
            else:
                owner = False
        if not owner:
            return pending.result()
        try:
            value = compute()
        except BaseException as e:
            with self._lock:
                del self._pending[key]
            pending.set_exception(e)
            raise
        with self._lock:
            del self._pending[key]
            self._entries[key] = value
            while len(self._entries) > self.maxsize:
                self._entries.popitem(last=False)
        pending.set_result(value)
        return value

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()


def profile_key(profile: LearnerProfile) -> str:
    """What a gap or plan depends on in a profile: all of it but its id, name, version and save time."""
    return profile.model_dump_json(exclude={"id", "name", "version", "updated_at"})


def catalogue_version(credentials: Iterable[Credential]) -> str:
    """A content hash of a catalogue that has no index version (the CLI's bundled corpus, a test's list)."""
    h = hashlib.sha256()
    for c in credentials:
        h.update(c.model_dump_json().encode())
        h.update(b"\n")
    return "content:" + h.hexdigest()[:16]


class PlanService:
    """Gap and pathways for profiles over one catalogue (`credentials`, named by `version`) and a taxonomy.

    `today` gives the planning date (deadlines, dated sessions; fixed in evaluations). Plans are kept in
    `cache` (one per service unless one is passed in to share)."""

    def __init__(
        self,
        credentials: Callable[[], Sequence[Credential]] | Sequence[Credential],
        taxonomy: Taxonomy,
        *,
        version: str | None = None,
        today: Callable[[], date] = date.today,
        cache: PlanCache | None = None,
    ) -> None:
        self._source = credentials
        self._version = version
        self.taxonomy = taxonomy
        self.today = today
        self.cache = cache if cache is not None else PlanCache()
        from pathfinder.planner.memo import SolvedSelections  # (the planner loads on first use)

        # optimal MILP selections shared by this service's sessions
        self.solved: SolvedSelections[frozenset[int]] = SolvedSelections()
        self._lookup: Sequence[Credential] | None = None
        self._lock = threading.Lock()
        # the last sessions by (catalogue version, taxonomy, profile, today): see `_session`
        self._sessions: OrderedDict[tuple[Hashable, ...], tuple[PlanningSession, threading.Lock]] = (
            OrderedDict()
        )

    def prepare(self) -> PlanService:
        """Build the planning lookup and its per-catalogue tables now (a server's warm-up), not in the first
        plan a learner asks for."""
        from pathfinder.planner import CatalogueLookup

        CatalogueLookup.of(self.catalogue).warm()
        return self

    @property
    def catalogue(self) -> Sequence[Credential]:
        """The catalogue indexed for planning (`planner.CatalogueLookup`), built once, on first use."""
        if self._lookup is None:
            with self._lock:
                if self._lookup is None:
                    from pathfinder.planner import CatalogueLookup

                    source = self._source() if callable(self._source) else self._source
                    self._lookup = CatalogueLookup(source)
        return self._lookup

    @property
    def version(self) -> str:
        if self._version is None:
            self._version = catalogue_version(self.catalogue)
        return self._version

    def _key(self, kind: str, profile: LearnerProfile, today: date, *rest: str) -> tuple[Hashable, ...]:
        # the taxonomy by identity: the service holds it, so its id cannot be reused while the service lives
        return (kind, self.version, id(self.taxonomy), profile_key(profile), today, *rest)

    def gap(self, profile: LearnerProfile, today: date | None = None) -> Gap:
        """The profile's skill gap (`planner.gaps.analyse_gap`: PlanningError, with the fix, when the
        profile has no usable goal)."""
        from pathfinder.planner.gaps import analyse_gap

        day = today or self.today()
        return self.cache.get_or_compute(
            self._key("gap", profile, day),
            lambda: analyse_gap(profile, self.taxonomy, self.catalogue, today=day),
        )

    def plan(self, profile: LearnerProfile, strategy: str = "balanced") -> Pathway:
        """The best pathway for `strategy` within the profile's constraints, with relaxations when it falls
        short."""
        return self.plans(profile, (strategy,))[strategy]

    def alternatives(self, profile: LearnerProfile) -> dict[str, Pathway]:
        """The fastest, cheapest and most complete pathways, keyed by strategy."""
        from pathfinder.planner import ALTERNATIVES

        return self.plans(profile, ALTERNATIVES)

    def plans(self, profile: LearnerProfile, strategies: Sequence[str]) -> dict[str, Pathway]:
        """A pathway per strategy; the ones not cached yet are planned in one `PlanningSession`, which
        shares candidate sets between them, and which a later call for another strategy of the same profile
        (a follow-up such as "cheaper?") plans in again (`_session`)."""
        from pathfinder.planner import PlanningSession
        from pathfinder.planner.instance import check_strategy

        for s in strategies:
            check_strategy(s)
        today = self.today()
        gap = self.gap(profile, today)
        catalogue = self.catalogue  # built before `_session` takes the service's lock

        def planned(strategy: str) -> Callable[[], Pathway]:
            def run() -> Pathway:
                session, lock = self._session(
                    self._key("session", profile, today),
                    lambda: PlanningSession(gap, catalogue, today=today, solved=self.solved),
                )
                with lock:  # a session is not thread-safe; two strategies of one profile plan in turn
                    return session.plan_with_relaxations(profile, strategy)

            return run

        return {
            s: self.cache.get_or_compute(self._key("plan", profile, today, s), planned(s)) for s in strategies
        }

    def _session(
        self, key: tuple[Hashable, ...], make: Callable[[], PlanningSession]
    ) -> tuple[PlanningSession, threading.Lock]:
        """The planning session kept under `key` (least recently used out beyond SESSIONS_KEPT), or a new one.

        Speed only: a `PlanningSession` is a function of its gap, catalogue and date (all in `key` with the
        profile), and what it keeps between calls gives the answers a new session would give: candidate sets
        are reused only where `candidates.serves` proves them the same, plans by the constraints they were
        made under, optimal selections by their whole model (`selection.model_key`, as `self.solved` already
        does across sessions), and its first-stage starts change only how fast the optimal value is found."""
        with self._lock:
            found = self._sessions.get(key)
            if found is None:
                found = self._sessions[key] = (make(), threading.Lock())
            self._sessions.move_to_end(key)
            while len(self._sessions) > SESSIONS_KEPT:
                self._sessions.popitem(last=False)
            return found
