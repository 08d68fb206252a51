"""What a stacked certificate really takes: its own price plus the parts needed to reach its ECTS, never
"free" unless everything needed is free.

`certificate_totals(target, catalogue)` answers for a catalogue entry (cheapest parts per ECTS first, for
cards and search results); `earned_stack(...)` for a certificate a plan earns (the plan's parts plus held
ones). Pure functions.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from pathfinder.domain import Credential, StackSummary
from pathfinder.planner.lookup import CatalogueLookup, stack_ects


def _summary(
    target: Credential,
    parts: Sequence[Credential],
    hours: Iterable[float],
    costs: Iterable[float | None],
    complete: bool,
) -> StackSummary:
    costs = [target.cost_eur, *costs]
    known = [c for c in costs if c is not None]
    return StackSummary(
        id=target.id,
        title=target.title,
        parts=tuple(p.id for p in parts),
        hours=round(sum(hours), 1),
        cost_eur=round(sum(known), 2),
        price_unknown=len(known) < len(costs),
        complete=complete,
        free=complete and len(known) == len(costs) and sum(known) == 0,
    )


def certificate_totals(
    target: Credential, credentials: Sequence[Credential], held: frozenset[str] = frozenset()
) -> StackSummary:
    """The hours and EUR price of earning `target`: its own price and the cheapest parts (EUR, then hours, per
    ECTS counted) until their ECTS with the `held` parts reach its requirement. Unknown prices make it not
    free."""
    lk = CatalogueLookup.of(credentials)
    need = float(target.stack_ects_required or 0.0)
    have = sum(e for c, e in lk.stack_parts.get(target.id, ([], [], []))[0] if c.id in held)
    options = [
        (c, e)
        for c, e in lk.stack_parts.get(target.id, ([], [], []))[0]
        if c.id not in held and c.stack_ects_required is None and e > 0
    ]
    options.sort(key=lambda ce: ((lk.cost_of[ce[0].id] or 0.0) / ce[1], lk.hours_of[ce[0].id] / ce[1]))
    parts: list[Credential] = []
    for c, e in options:
        if have >= need - 1e-9:
            break
        parts.append(c)
        have += e
    return _summary(
        target,
        parts,
        (lk.hours_of[c.id] for c in parts),
        (lk.cost_of[c.id] for c in parts),
        have >= need - 1e-9,
    )


def earned_stack(
    target: Credential, parts: Sequence[Credential], hours: Sequence[float], costs: Sequence[float | None]
) -> StackSummary:
    """A certificate a plan earns, with the plan's parts towards it (held parts cost nothing more)."""
    return _summary(target, parts, hours, costs, True)


__all__ = ["certificate_totals", "earned_stack", "stack_ects"]
