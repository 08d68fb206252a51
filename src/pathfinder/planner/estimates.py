"""Estimates for what a catalogue does not state: the hours and price a step is planned with, and why.

Unknown is never zero. Under a budget or a time limit such credentials are not candidates at all
(`candidates.verdict_of`, kinds "price" and "workload"); without limits they are planned with an estimate:
the provider's median (at least MIN_SAMPLE of its entries state one), else the catalogue's median. Every
estimate carries its basis, shown on the step (`Step.estimated`); workload derived at import (from ECTS or a
duration text) is marked as derived. A price nothing can estimate stays None. Pure functions over credentials.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from statistics import median

from pathfinder.domain import HOURS_PER_ECTS, Credential
from pathfinder.domain.pathways import amount_text

MIN_SAMPLE = 3  # entries of a provider that must state a value before its median stands for the others
DEFAULT_HOURS = HOURS_PER_ECTS  # nothing in the catalogue states a workload: one ECTS


@dataclass(frozen=True)
class Estimates:
    """Per credential id: the hours and EUR price the planner uses, and the basis of each estimated value."""

    hours: dict[str, float]
    cost_eur: dict[str, float | None]
    basis: dict[str, tuple[str, ...]]  # id -> ("hours: ...", "price: ..."), only for estimated fields


def _medians(
    credentials: Sequence[Credential], value
) -> tuple[dict[str, tuple[float, int]], tuple[float, int] | None]:
    by_provider: dict[str, list[float]] = {}
    every: list[float] = []
    for c in credentials:
        v = value(c)
        if v is not None:
            by_provider.setdefault(c.provider, []).append(v)
            every.append(v)
    per = {p: (median(vs), len(vs)) for p, vs in by_provider.items() if len(vs) >= MIN_SAMPLE}
    return per, ((median(every), len(every)) if every else None)


def _stated_hours(c: Credential) -> float | None:
    return None if c.hours is None or "hours" in c.derived else c.hours


def estimate_catalogue(credentials: Sequence[Credential]) -> Estimates:
    """The hours and prices to plan with for every credential, estimates marked with their basis."""
    h_per, h_all = _medians([c for c in credentials if c.stack_ects_required is None], _stated_hours)
    c_per, c_all = _medians([c for c in credentials if c.stack_ects_required is None], lambda c: c.cost_eur)
    hours: dict[str, float] = {}
    cost: dict[str, float | None] = {}
    basis: dict[str, tuple[str, ...]] = {}
    for c in credentials:
        why: list[str] = []
        h = c.hours
        if h is not None and "hours" in c.derived:
            if c.ects is not None and "ects" not in c.derived:
                why.append(
                    f"hours: {h:g} h from {c.ects:g} ECTS at {HOURS_PER_ECTS:g} h each (1 ECTS is 25-30 h)"
                )
            else:
                why.append(f"hours: {h:g} h worked out from the stated duration")
        elif h is None:
            h, why_h = _guess(c.provider, h_per, h_all, DEFAULT_HOURS, "h", "a workload")
            why.append("hours: " + why_h)
        eur = c.cost_eur
        if eur is None:
            eur, why_c = _guess(c.provider, c_per, c_all, None, "EUR", "a price")
            if eur is not None:
                why.append("price: " + why_c)
        assert h is not None  # a stated workload, or an estimate with DEFAULT_HOURS as the last resort
        hours[c.id], cost[c.id] = float(h), eur
        if why:
            basis[c.id] = tuple(why)
    return Estimates(hours, cost, basis)


def _guess(
    provider: str,
    per: dict[str, tuple[float, int]],
    every: tuple[float, int] | None,
    default: float | None,
    unit: str,
    what: str,
) -> tuple[float | None, str]:
    def amount(v: float) -> str:
        return f"about {v:g} {unit}" if unit == "h" else f"about {unit} {amount_text(v)}"

    if provider in per:
        v, n = per[provider]
        return round(v, 1), f"{amount(round(v, 1))}, the median of {n} {provider} entries that state {what}"
    if every is not None:
        v, n = every
        return round(v, 1), f"{amount(round(v, 1))}, the catalogue median ({n} entries state {what})"
    if default is None:
        return None, ""
    return default, f"{amount(default)} (one ECTS; nothing in the catalogue states {what})"
