"""Checks across records, run on the union of all files loaded together: duplicate ids, cycles, dangling
links."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from pathfinder.domain import Credential, Reject


@dataclass(slots=True)
class Entry:
    """A credential that passed its own validation, and where it came from."""

    credential: Credential
    file: str
    row: int
    raw: Mapping[str, Any]

    def reject(self, field: str, reason: str) -> Reject:
        return Reject(file=self.file, row=self.row, field=field, reason=reason, record=dict(self.raw))

    @property
    def where(self) -> str:
        return f"row {self.row} of {self.file}"


def check_entries(
    entries: Iterable[Entry], rejected_ids: Mapping[str, Reject] | None = None
) -> tuple[list[Entry], list[Reject]]:
    """Entries that survive every cross-record check, and a Reject for each one that does not.

    `rejected_ids` are ids of records already rejected on their own (so a link to one says so). After this,
    no kept credential has a duplicate id, a link to a missing id, or a prerequisite cycle.
    """
    kept, rejects = drop_duplicates(entries)
    kept, in_cycles = drop_cycles(kept)
    kept, dangling = drop_dangling(kept, {**(rejected_ids or {}), **in_cycles})
    cycle_rejects = list(in_cycles.values())
    return kept, rejects + cycle_rejects + dangling


def drop_duplicates(entries: Iterable[Entry]) -> tuple[list[Entry], list[Reject]]:
    first: dict[str, Entry] = {}
    kept, rejects = [], []
    for e in entries:
        cid = e.credential.id
        if cid in first:
            rejects.append(
                e.reject("id", f"duplicate id {cid!r}: already used by {first[cid].where}; the first is kept")
            )
        else:
            first[cid] = e
            kept.append(e)
    return kept, rejects


def drop_cycles(entries: list[Entry]) -> tuple[list[Entry], dict[str, Reject]]:
    """Reject every member of a prerequisite cycle, naming the cycle (rejects by credential id)."""
    graph = _possibly_cyclic({e.credential.id: e.credential.prerequisites for e in entries})
    in_cycle: dict[str, str] = {}
    for component in strongly_connected(graph):
        if len(component) < 2:
            continue
        members = set(component)
        path = " → ".join(_cycle_through(sorted(members)[0], graph, members))
        extra = (
            f" (all members: {', '.join(sorted(members))})"
            if len(members) > len(path.split(" → ")) - 1
            else ""
        )
        for cid in members:
            in_cycle[cid] = f"prerequisite cycle {path}{extra}: none of them can ever be started"
    kept = [e for e in entries if e.credential.id not in in_cycle]
    rejects = {
        e.credential.id: e.reject("prerequisites", in_cycle[e.credential.id])
        for e in entries
        if e.credential.id in in_cycle
    }
    return kept, rejects


def _possibly_cyclic(prereqs: Mapping[str, Sequence[str]]) -> dict[str, list[str]]:
    """The part of the prerequisite graph left after peeling off, layer by layer, every credential whose
    prerequisites are all peeled already (Kahn); only cycles and what depends on them remain."""
    remaining = {cid: [p for p in ps if p in prereqs] for cid, ps in prereqs.items() if ps}
    waiting = {cid: len(ps) for cid, ps in remaining.items() if ps}
    dependants: dict[str, list[str]] = defaultdict(list)
    for cid in waiting:
        for p in remaining[cid]:
            dependants[p].append(cid)
    ready = [cid for cid in prereqs if cid not in waiting]
    while ready:
        for d in dependants.get(ready.pop(), ()):
            waiting[d] -= 1
            if waiting[d] == 0:
                del waiting[d]
                ready.append(d)
    return {cid: [p for p in remaining[cid] if p in waiting] for cid in waiting}


def _cycle_through(start: str, graph: Mapping[str, list[str]], members: set[str]) -> list[str]:
    path, seen, node = [start], {start: 0}, start
    while True:
        node = next(p for p in graph[node] if p in members)
        if node in seen:
            return path[seen[node] :] + [node]
        seen[node] = len(path)
        path.append(node)


def strongly_connected(graph: Mapping[str, list[str]]) -> list[list[str]]:
    """Tarjan's strongly connected components, iterative (catalogues can be 100k records deep)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    on_stack: set[str] = set()
    stack: list[str] = []
    out: list[list[str]] = []
    counter = 0
    for root in graph:
        if root in index:
            continue
        work = [(root, iter(graph[root]))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            advanced = False
            for child in children:
                if child not in graph:
                    continue
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(graph[child])))
                    advanced = True
                    break
                if child in on_stack:
                    low[node] = min(low[node], index[child])
            if advanced:
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                out.append(component)
    return out


def _links(c: Credential) -> list[tuple[str, str, str]]:
    """(field, label, target id) for every link a credential makes to another."""
    return [("prerequisites", "prerequisite", p) for p in c.prerequisites] + [
        ("stacks_into", "stack target", t) for t in c.stack_targets
    ]


def drop_dangling(
    entries: list[Entry], rejected_ids: Mapping[str, Reject]
) -> tuple[list[Entry], list[Reject]]:
    """Reject entries whose prerequisite or stack target points nowhere, repeating until none does
    (a credential whose prerequisite was just rejected is rejected in turn, with the reason chained)."""
    alive = {e.credential.id: e for e in entries}
    queue = [
        e.credential.id
        for e in entries
        if any(p not in alive for p in e.credential.prerequisites)
        or any(s.target not in alive for s in e.credential.stacks_into)
    ]
    if not queue:
        return entries, []
    why_gone: dict[str, str] = {
        cid: f"was rejected ({r.reason}; {_where(r)})" for cid, r in rejected_ids.items()
    }
    dependants: dict[str, list[str]] = defaultdict(list)
    for e in entries:
        for _, _, target in _links(e.credential):
            dependants[target].append(e.credential.id)
    rejects: list[Reject] = []
    while queue:
        cid = queue.pop()
        entry = alive.get(cid)
        if entry is None:
            continue
        for field, label, target in _links(entry.credential):
            if target in alive:
                continue
            reason = (
                why_gone.get(target)
                or "is not in the catalogue (no credential has that id in the files loaded together)"
            )
            rejects.append(entry.reject(field, f"{label} {target!r} {reason}"))
            del alive[cid]
            why_gone[cid] = f"was rejected because its {label} {target!r} is missing"
            queue.extend(dependants.get(cid, ()))
            break
    kept = [e for e in entries if e.credential.id in alive]
    return kept, sorted(rejects, key=lambda r: (r.file, r.row or 0))


def _where(r: Reject) -> str:
    return f"row {r.row} of {r.file}"
