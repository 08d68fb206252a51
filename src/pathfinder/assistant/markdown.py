"""Markdown pieces the offline responder fills its templates with: credential lines, facts, filters, steps."""

from __future__ import annotations

from collections.abc import Callable

from pathfinder.assistant.grounding import cite
from pathfinder.domain import Credential, Pathway, SearchFilters

LANGUAGE_NAMES = {"en": "English", "de": "German", "fr": "French", "es": "Spanish", "it": "Italian",
                  "pt": "Portuguese", "nl": "Dutch", "pl": "Polish"}


def money(amount: float | None, currency: str = "EUR") -> str:
    if amount is None:
        return "price unknown"
    return "free" if amount == 0 else f"{currency} {amount:,.0f}" if amount == int(amount) else f"{currency} {amount:,.2f}"


def workload(c: Credential) -> str:
    parts = []
    if c.hours is not None:
        parts.append(f"{c.hours:g} h")
    if c.ects is not None:
        parts.append(f"{c.ects:g} ECTS")
    return " / ".join(parts) or "workload unknown"


def languages(codes: tuple[str, ...]) -> str:
    return ", ".join(LANGUAGE_NAMES.get(c, c) for c in codes)


def credential_line(n: int, c: Credential) -> str:
    bits = [c.provider, workload(c)]
    if c.eqf_level:
        bits.append(f"EQF {c.eqf_level}")
    if c.participation:
        bits.append(c.participation)
    if c.languages:
        bits.append(languages(c.languages))
    bits.append(money(c.cost, c.currency))
    return f"{n}. {cite(c)} — " + " · ".join(bits)


def filters_text(f: SearchFilters) -> str:
    bits = []
    if f.eqf_min and f.eqf_max and f.eqf_min == f.eqf_max:
        bits.append(f"EQF {f.eqf_min}")
    elif f.eqf_max:
        bits.append(f"EQF {f.eqf_max} or below (beginner-friendly)")
    elif f.eqf_min:
        bits.append(f"EQF {f.eqf_min} or above")
    if f.participation:
        bits.append(" or ".join(f.participation))
    if f.languages:
        bits.append("in " + " or ".join(LANGUAGE_NAMES.get(c, c) for c in f.languages))
    if f.max_cost is not None:
        bits.append("free" if f.max_cost == 0 else f"up to EUR {f.max_cost:,.0f}")
    if f.max_hours is not None:
        bits.append(f"up to {f.max_hours:g} hours")
    if f.exclude_ids:
        bits.append(f"excluding {len(f.exclude_ids)} you set aside")
    return f" ({', '.join(bits)})" if bits else ""


def facts(c: Credential, lookup: Callable[[str], Credential | None]) -> str:
    rows = [
        ("Provider", c.provider + (f" (awarded by {c.awarding_body})" if c.awarding_body != c.provider else "")),
        ("Workload", workload(c)),
        ("EQF level", str(c.eqf_level) if c.eqf_level else "not stated"),
        ("Assessment", c.assessment or "not stated"),
        ("Participation", c.participation or "not stated"),
        ("Languages", languages(c.languages) or "not stated"),
        ("Price", money(c.cost, c.currency)),
    ]
    if c.quality_assurance:
        rows.append(("Quality assurance", c.quality_assurance))
    if c.sessions:
        rows.append(("Next session", f"{c.sessions[0].start} to {c.sessions[0].end}"))
    if c.prerequisites:
        rows.append(("Prerequisites", ", ".join(_ref(i, lookup) for i in c.prerequisites)))
    if c.stacks_into:
        rows.append(("Stacks into", ", ".join(_ref(s.target, lookup) for s in c.stacks_into)))
    return "\n".join(f"- **{k}:** {v}" for k, v in rows)


def _ref(cid: str, lookup: Callable[[str], Credential | None]) -> str:
    c = lookup(cid)
    return cite(c) if c else f"`{cid}` (not in this catalogue)"


def pathway_steps(p: Pathway, label: Callable[[str], str], lookup: Callable[[str], Credential | None]) -> str:
    lines = []
    for n, s in enumerate(p.steps, 1):
        c = lookup(s.id)
        head = cite(c) if c else f"`{s.id}`"
        weeks = f"week {s.start_week}" if s.start_week == s.end_week else f"weeks {s.start_week}–{s.end_week}"
        line = f"{n}. {head} — {weeks}, {s.hours:g} h, {money(s.cost)}"
        if s.covers:
            line += "\n   - covers: " + ", ".join(label(u) for u in s.covers[:6])
        reasons = [r for r in s.reasons if not r.startswith("covers")]
        if reasons:
            line += "\n   - " + "; ".join(reasons)
        lines.append(line)
    return "\n".join(lines)


def totals(p: Pathway) -> str:
    t = p.totals
    return (f"{t.hours:g} h, {t.ects:g} ECTS, {money(t.cost, t.currency)}, about {t.weeks} week(s); "
            f"{p.coverage:.0%} of your skill gap covered")
