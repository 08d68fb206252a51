"""Markdown pieces the offline responder fills its templates with: the citation form, escaped catalogue text,
credential lines, facts, filters and pathway steps.

Catalogue text is data, never Markdown: every title, provider, label or reason interpolated here goes through
`escape_text` (the one escaper, `safety/markdown.py`), so a title like `**Free** [click](javascript:x)` shows
those characters instead of bold text and a link. `cite` is the one citation form, `[Title](url) (id)`, that
grounding reads back.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from pathfinder.assistant.i18n import counted, language_label, t
from pathfinder.assistant.planner_text import say
from pathfinder.domain import Credential, Pathway, SearchFilters
from pathfinder.domain.credentials import EUR_PER_UNIT, to_eur
from pathfinder.domain.filters import EmptyReason, active_filters
from pathfinder.domain.pathways import money_text
from pathfinder.safety.markdown import escape_line, safe_url

escape_text = escape_line  # the one escaper (safety/markdown.py), under the name the templates use


def cite(c: Credential) -> str:
    """The one citation form used everywhere: [Title](url) (id), the title escaped; a title of invisible
    characters only (a lone BOM) shows the id, since a link with no text is dropped by the sanitiser."""
    return f"[{escape_text(c.title) or escape_text(c.id)}]({link_target(c)}) ({c.id})"


CITATION = re.compile(r"\[([^\]\n]*)\]\(([^)\s]*)\) \(([^()\s]+)\)")  # `cite` read back: title, url, id
CITATION_OR_LINK = re.compile(r"\[([^\]\n]*)\]\([^)\s]*\)(?: \([^()\s]+\))?")  # a citation, or a bare link


def cited_ids(text: str) -> list[str]:
    """The ids of the citations in `text` (the `cite` form), in order, repeats kept."""
    return [m[3] for m in CITATION.finditer(text)]


def uncited(text: str) -> str:
    """`text` with every citation or link replaced by its title (what a reader sees)."""
    return CITATION_OR_LINK.sub(r"\1", text)


def link_target(c: Credential) -> str:
    """The catalogue URL when it is plain http(s) (`safe_url`), else '#id' (so a catalogue entry cannot
    smuggle a javascript: or data: link or break the citation form)."""
    return safe_url(c.url) or "#" + c.id


def quoted(text: object) -> str:
    """Catalogue or taxonomy words (labels, outcomes, planner reasons) quoted as they are, in their own
    language, so they read as data and not as the reply's own words."""
    flat = escape_text(text)
    return f"“{flat}”" if flat else flat


# the currency the learner asked prices to be shown in ("in rupees please", `slots.display_currency`), kept on
# the conversation (`DialogueState.display_currency`) and set around each reply (session 24, issue #12)
_SHOWN_IN: ContextVar[str | None] = ContextVar("prices_shown_in", default=None)


@contextmanager
def prices_shown_in(currency: str | None) -> Iterator[None]:
    """Every price written inside the block carries its approximate amount in `currency` (`money`)."""
    token = _SHOWN_IN.set(currency)
    try:
        yield
    finally:
        _SHOWN_IN.reset(token)


def approximately(amount: float, currency: str, shown_in: str) -> float | None:
    """`amount` in `currency` converted to `shown_in` by the reference rates budgets are compared with
    (`domain.credentials.EUR_PER_UNIT`, the one table), rounded to three significant figures; None when
    either rate is unknown."""
    eur, rate = to_eur(amount, currency), EUR_PER_UNIT.get(shown_in.upper())
    if eur is None or not rate:
        return None
    value = eur / rate
    if value <= 0:
        return 0.0
    return round(value, 2 - math.floor(math.log10(value)))


def money(amount: float | None, currency: str = "EUR") -> str:
    """A price as the catalogue gives it ("USD 399", "free"), with its approximate amount in the currency the
    learner asked for beside it ("USD 399 (≈ INR 33,400)") when that is another one."""
    if amount is None:
        return t("price_unknown")
    if amount == 0:
        return t("free")
    text = money_text(amount, escape_text(currency))
    shown_in = _SHOWN_IN.get()
    if shown_in and shown_in.upper() != currency.upper():
        value = approximately(amount, currency, shown_in)
        if value is not None:
            text += f" (≈ {money_text(value, shown_in.upper())})"
    return text


def workload(c: Credential) -> str:
    parts = []
    if c.hours is not None:
        parts.append(f"{c.hours:g} h")
    if c.ects is not None:
        parts.append(f"{c.ects:g} ECTS")
    return " / ".join(parts) or "workload unknown"


def languages(codes: tuple[str, ...]) -> str:
    return ", ".join(escape_text(language_label(c)) for c in codes)


def taught_in(c: Credential, asked: tuple[str, ...]) -> str:
    """Whether `c` is taught in a language `asked` ("is it also in German?", "¿está en inglés?", "auf Englisch
    oder Deutsch?"): yes naming the asked ones it is taught in, or no with the languages it is taught in
    (unknown said so). The one answer for the card's follow-up (`followups_shown`) and the facts asked of a
    course (`credential_replies._facts_asked`)."""
    taught = languages(c.languages) if c.languages else t("shown_mode_unknown")
    yes = tuple(a for a in asked if a in c.languages)  # "English or German?": the one(s) it is taught in
    if yes:
        return t("attr_lang_yes", citation=cite(c), asked=languages(yes), languages=taught)
    return t("attr_lang_no", citation=cite(c), asked=languages(asked), languages=taught)


def labels(items: object) -> str:
    """A comma-separated list of escaped labels (skill labels, outcomes)."""
    return ", ".join(escape_text(x) for x in items)  # type: ignore[attr-defined]


def mode(participation: str) -> str:
    """A participation mode ("online", "on-site", "blended") in the reply language; others as recorded."""
    value = participation.strip().lower()
    return escape_text(t(f"mode_{value}") if value in ("online", "on-site", "blended") else participation)


def credential_line(n: int, c: Credential) -> str:
    certificate = c.kind == "certificate"
    if certificate:  # its hours and price are those of its courses: never "495 h · free"
        earned = c.stack_ects_required or c.ects
        bits = [escape_text(c.provider), t("cert_earned", ects=f"{earned:g}") if earned else workload(c)]
    else:
        bits = [escape_text(c.provider), workload(c)]
    if c.eqf_level:
        bits.append(f"EQF {c.eqf_level}")
    if c.participation:
        bits.append(mode(c.participation))
    if c.languages:
        bits.append(languages(c.languages))
    bits.append(t("cert_no_fee") if certificate and not c.cost else money(c.cost, c.currency))
    return f"{n}. {cite(c)} — " + " · ".join(bits)


_LISTED = re.compile(r"^\d+\. " + CITATION.pattern + " — ", re.MULTILINE)


def listed_ids(text: str) -> tuple[str, ...]:
    """The ids of the catalogue entries a reply lists as numbered lines (`credential_line`), in order."""
    return tuple(dict.fromkeys(m[3] for m in _LISTED.finditer(text)))


def filters_text(f: SearchFilters) -> str:
    """The filters a search applied, in the reply language: " (online, in German, up to EUR 100)"."""
    bits = [want(f, name) for name in active_filters(f) if name not in ("eqf_min", "eqf_max")]
    if f.eqf_min or f.eqf_max:
        bits.insert(0, want(f, "eqf_max" if f.eqf_max else "eqf_min"))
    return f" ({', '.join(bits)})" if bits else ""


def want(f: SearchFilters, name: str) -> str:
    """What one filter asks, in the reply language ("in German", "free", "EQF 4 or below")."""
    joined = f" {t('flt_or')} "
    match name:
        case "languages":
            return t("flt_in", langs=joined.join(escape_text(language_label(c)) for c in f.languages))
        case "eqf_min" | "eqf_max" if f.eqf_min and f.eqf_max and f.eqf_min == f.eqf_max:
            return t("flt_eqf_exact", level=f.eqf_min)
        case "eqf_max":
            return t("flt_eqf_max", level=f.eqf_max)
        case "eqf_min":
            return t("flt_eqf_min", level=f.eqf_min)
        case "max_cost":
            return t("free") if f.max_cost == 0 else t("flt_up_to", amount=f"{f.max_cost or 0:,.0f}")
        case "max_hours":
            return t("flt_hours", hours=f"{f.max_hours:g}")
        case "max_ects":
            return t("flt_ects", ects=f"{f.max_ects:g}")
        case "participation":
            return " / ".join(mode(p) for p in f.participation)
        case "exclude_ids":
            return t("flt_excluding", n=len(f.exclude_ids))
        case "skills":
            return t("flt_skills", n=len(f.skills))
        case "countries":
            return t("flt_countries", names=joined.join(c.upper() for c in f.countries))
        case _:  # providers, assessment: catalogue words, as recorded
            return t(f"flt_{name}", names=joined.join(escape_text(v) for v in getattr(f, name)))


_DROPPED = {"eqf_min": "eqf", "eqf_max": "eqf", "max_cost": "cost", "max_hours": "hours", "max_ects": "ects"}


def why_empty(r: EmptyReason, f: SearchFilters) -> str:
    """Why a search found nothing, in the reply language: which one limit to drop to get how many entries."""
    if not r.active:
        return t("empty_index") if r.size == 0 else ""
    if r.passing:
        return t("empty_passing", n=r.passing)
    dropped = [
        f"{n} {t('flt_any_' + _DROPPED.get(name, 'excluded' if name == 'exclude_ids' else name))}"
        for name, n in r.without.items()
        if n
    ]
    if dropped:
        return t("empty_relax", options="; ".join(dropped))
    return t("empty_alone", options="; ".join(f"{r.alone.get(name, 0)} {want(f, name)}" for name in r.active))


def facts(c: Credential, lookup: Callable[[str], Credential | None]) -> str:
    """A credential's facts as the card lists them, one "- **Label:** value" line each."""
    return "\n".join(f"- **{t(k)}:** {v}" for k, v in fact_rows(c, lookup))


def fact_rows(c: Credential, lookup: Callable[[str], Credential | None]) -> list[tuple[str, str]]:
    """A credential's facts as (template key of the label, value) pairs: provider, workload, ECTS, EQF level,
    assessment, participation, languages, price, quality assurance, next session, prerequisites, stacks."""
    awarded = (
        f" (awarded by {escape_text(c.awarding_body)})"
        if c.awarding_body and c.awarding_body != c.provider
        else ""
    )
    rows = [
        ("f_provider", escape_text(c.provider) + awarded),
        ("f_workload", workload(c)),
        ("f_eqf", t("eqf_sentence", level=c.eqf_level) if c.eqf_level else t("not_stated")),
        ("f_assessment", quoted(c.assessment) or t("not_stated")),
        ("f_participation", mode(c.participation) if c.participation else t("not_stated")),
        ("f_languages", languages(c.languages) or t("not_stated")),
        # a certificate without a fee of its own is not "free": its courses are paid (issue #14)
        (
            "f_price",
            t("cert_no_fee") if c.kind == "certificate" and not c.cost else money(c.cost, c.currency),
        ),
        ("f_qa", quoted(c.quality_assurance) if c.quality_assurance else t("qa_none")),
    ]
    if c.ects:
        rows.insert(
            2, ("f_ects", t("ects_sentence", ects=f"{c.ects:g}", hours=f"{c.ects * 25:g}–{c.ects * 30:g}"))
        )
    if c.sessions:
        rows.append(("f_next", escape_text(f"{c.sessions[0].start} – {c.sessions[0].end}")))
    if c.prerequisites:
        rows.append(("f_prereq", ", ".join(_ref(i, lookup) for i in c.prerequisites)))
    if c.stacks_into:
        rows.append(("f_stacks", ", ".join(_ref(s.target, lookup) for s in c.stacks_into)))
    return rows


def _ref(cid: str, lookup: Callable[[str], Credential | None]) -> str:
    c = lookup(cid)
    return cite(c) if c else f"{escape_text(cid)} ({t('not_here')})"


def pathway_steps(p: Pathway, label: Callable[[str], str], lookup: Callable[[str], Credential | None]) -> str:
    lines = []
    for n, s in enumerate(p.steps, 1):
        c = lookup(s.id)
        head = cite(c) if c else escape_text(s.id)
        weeks = (
            t("week_one", a=s.start_week)
            if s.start_week == s.end_week
            else t("weeks_range", a=s.start_week, b=s.end_week)
        )
        line = f"{n}. {head} — {weeks}, {s.hours:g} h, {money(s.cost, p.totals.currency)}"
        indent = " " * len(
            f"{n}. "
        )  # sub-items must start where the item's text does ("10. " needs 4 spaces)
        if s.covers:
            line += f"\n{indent}- {t('covers')}: " + ", ".join(quoted(label(u)) for u in s.covers[:6])
        reasons = [r for r in s.reasons if not r.startswith("covers")]
        if reasons:
            line += f"\n{indent}- " + "; ".join(escape_text(say(r)) for r in reasons)
        lines.append(line)
    return "\n".join(lines)


def totals(p: Pathway) -> str:
    tot = p.totals
    return t(
        "totals",
        hours=f"{tot.hours:g}",
        ects=f"{tot.ects:g}",
        cost=money(tot.cost, tot.currency),
        weeks=tot.weeks,
        weeks_counted=counted("n_weeks", tot.weeks),  # "about 1 week", "about 9 weeks" (English)
        coverage=f"{p.coverage:.0%}",
    )
