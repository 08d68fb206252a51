"""A pathway exported as Markdown, JSON or PDF, each with its citations (credential, provider, link).

Labels and the planner's sentences are written in the current reply language (`i18n.replying_in`, set by the
page from the learner's language); catalogue text (titles, providers) and skill labels stay as recorded. The
JSON export is the machine format: the `Pathway` fields as the planner wrote them (English), not translated.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import date

from pydantic import BaseModel

from pathfinder.assistant.i18n import current, replying_in, t
from pathfinder.assistant.planner_text import say
from pathfinder.assistant.suggestions import line as suggestion_line
from pathfinder.domain import Credential, Pathway, Step
from pathfinder.safety.markdown import escape_md, md_link, safe_url
from pathfinder.ui.cards import amount
from pathfinder.ui.pdf import ReportPDF, prints


class Citation(BaseModel):
    """A credential the pathway relies on, as a reader can check it."""

    id: str
    title: str
    provider: str | None = None
    url: str | None = None


def citations(pathway: Pathway, credentials: Mapping[str, Credential]) -> list[Citation]:
    """One citation per step, in plan order; the step's own URL when the catalogue entry is unknown."""
    out = []
    for step in pathway.steps:
        cred = credentials.get(step.id)
        out.append(
            Citation(
                id=step.id,
                title=cred.title if cred else step.title,
                provider=cred.provider if cred else None,
                url=safe_url((cred.url if cred else None) or step.url),
            )
        )
    return out


def money(value: float, currency: str) -> str:
    return t("ex_free") if value == 0 else amount(value, currency)


def plan_cost(pathway: Pathway) -> str:
    """The plan's total price: a dash for a plan with no step (nothing to pay for is not "free")."""
    return money(pathway.totals.cost, pathway.totals.currency) if pathway.steps else "–"


def totals_line(pathway: Pathway) -> str:
    tot = pathway.totals
    return t(
        "ex_totals",
        n=len(pathway.steps),
        hours=f"{tot.hours:g}",
        ects=f"{tot.ects:g}",
        cost=plan_cost(pathway),
        weeks=tot.weeks,
        pct=f"{pathway.coverage:.0%}",
    )


def uncovered_lines(pathway: Pathway) -> list[str]:
    """What the plan leaves out, short: the essential skills the catalogue teaches apart from the untaught and
    optional ones, then one line per group of uncovered skills sharing a reason (every skill with its own
    reason only when the plan carries no groups)."""
    if not pathway.uncovered_groups:
        return [f"{u.label}: {say(u.reason)}" for u in pathway.uncovered]
    r = pathway.report
    head = (
        t("ex_essential_head", covered=r.essential_covered, teachable=r.essential_teachable)
        + (t("ex_essential_untaught", n=r.essential_untaught) if r.essential_untaught else "")
        + t("ex_optional_head", covered=r.optional_covered, teachable=r.optional_teachable)
        + (t("ex_optional_untaught", n=r.optional_untaught) if r.optional_untaught else "")
        + "."
    )
    lines = [head]
    for g in pathway.uncovered_groups:
        more = t("ex_and_more", n=g.count - len(g.labels)) if g.count > len(g.labels) else ""
        kind = t("ex_essential") if g.essential else t("ex_optional")
        lines.append(f"{g.count} {kind}: {', '.join(g.labels)}{more} ({say(g.reason)})")
    return lines


def _strategy(pathway: Pathway) -> str:
    """The strategy's name in the reply language; in English the planner's own word ("most-complete")."""
    return pathway.strategy if current() == "en" else t(f"s_{pathway.strategy}")


def relaxation_lines(pathway: Pathway) -> list[str]:
    """What would make a fuller plan possible, one line per proposal in the reply language (the planner's own
    sentence in English)."""
    if current() == "en":
        return [r.message for r in pathway.relaxations]
    return [suggestion_line(r, pathway.totals.currency) for r in pathway.relaxations]


def _step_line(n: int, step: Step) -> str:
    weeks = t("ex_step_weeks", a=step.start_week, b=step.end_week)
    return f"{n}. {weeks}: {step.title} ({step.hours:g} h, {step.ects:g} ECTS)"


def pathway_markdown(
    pathway: Pathway, credentials: Mapping[str, Credential], *, today: date | None = None
) -> str:
    """The plan as a Markdown document: totals, steps with reasons, uncovered skills, sources."""
    currency = pathway.totals.currency
    lines = [
        "# " + t("ex_title", goal=escape_md(pathway.goal_label or t("pw_your_goal"))),
        "",
        "_"
        + t("ex_strategy", strategy=escape_md(_strategy(pathway)), date=(today or date.today()).isoformat())
        + "_",
        "",
        escape_md(totals_line(pathway)),
        "",
        "## " + t("ex_steps"),
        "",
    ]
    for n, step in enumerate(pathway.steps, start=1):
        cred = credentials.get(step.id)
        lines.append(
            f"{n}. **{md_link(step.title, (cred.url if cred else None) or step.url)}** [{n}] — "
            f"{t('ex_step_weeks', a=step.start_week, b=step.end_week)}, {step.hours:g} h, "
            f"{step.ects:g} ECTS, {escape_md(money(step.cost, currency))}"
        )
        for reason in step.reasons:
            lines.append(f"   - {escape_md(say(reason))}")
    if not pathway.steps:
        lines.append(t("ex_no_step"))
    if pathway.stacks_earned:
        lines += ["", "## " + t("ex_stacks"), ""]
        lines += [
            f"- {escape_md(credentials[s].title if s in credentials else s)}" for s in pathway.stacks_earned
        ]
    if pathway.uncovered:
        lines += ["", "## " + t("ex_uncovered"), ""]
        lines += [f"- {escape_md(line)}" for line in uncovered_lines(pathway)]
    if pathway.relaxations:
        lines += ["", "## " + t("ex_fuller"), ""]
        lines += [f"- {escape_md(line)}" for line in relaxation_lines(pathway)]
    if pathway.notes:
        lines += ["", "## " + t("ex_notes"), ""] + [f"- {escape_md(say(n))}" for n in pathway.notes]
    sources = citations(pathway, credentials)
    lines += ["", "## " + t("ex_sources"), ""] if sources else []  # no heading over nothing (empty plan)
    for n, c in enumerate(sources, start=1):
        provider = f" — {escape_md(c.provider)}" if c.provider else ""
        link = f" <{c.url}>" if c.url else ""
        lines.append(f"[{n}] {escape_md(c.title)} (`{c.id}`){provider}{link}")
    return "\n".join(lines) + "\n"


def pathway_json(pathway: Pathway, credentials: Mapping[str, Credential]) -> str:
    """The plan as JSON: the Pathway fields plus a `citations` list."""
    payload = pathway.model_dump(mode="json")
    payload["citations"] = [c.model_dump(mode="json") for c in citations(pathway, credentials)]
    return json.dumps(payload, ensure_ascii=False, indent=2)


def write_pathway(doc: ReportPDF, pathway: Pathway, credentials: Mapping[str, Credential]) -> None:
    """The plan's sections into an open PDF (shared by the pathway export and the advisor's session
    report)."""
    doc.paragraph(totals_line(pathway))
    rows = [
        [
            n,
            f"{s.start_week}-{s.end_week}",
            s.title,
            f"{s.hours:g}",
            f"{s.ects:g}",
            money(s.cost, pathway.totals.currency),
        ]
        for n, s in enumerate(pathway.steps, start=1)
    ]
    if rows:
        doc.table(
            ["#", t("ex_col_weeks"), t("ex_col_credential"), t("ex_col_hours"), "ECTS", t("ex_col_cost")],
            rows,
            [0.05, 0.1, 0.5, 0.1, 0.1, 0.15],
        )
    else:
        doc.paragraph(t("ex_no_step"))
    for n, step in enumerate(pathway.steps, start=1):
        if step.reasons:
            doc.bullet(f"{n}. {step.title}: " + "; ".join(say(r) for r in step.reasons))
    if pathway.uncovered:
        doc.heading(t("ex_uncovered"), size=11)
        for line in uncovered_lines(pathway):
            doc.bullet(line)
    if pathway.relaxations:
        doc.heading(t("ex_fuller"), size=11)
        for line in relaxation_lines(pathway):
            doc.bullet(line)
    if pathway.notes:
        doc.heading(t("ex_notes"), size=11)
        for note in pathway.notes:
            doc.bullet(say(note))
    sources = citations(pathway, credentials)
    if sources:  # no heading over nothing (a plan with no step)
        doc.heading(t("ex_sources"), size=11)
    for n, c in enumerate(sources, start=1):
        doc.bullet(f"[{n}] {c.title} ({c.id})" + (f" - {c.provider}" if c.provider else ""), link=c.url)


def pathway_pdf(
    pathway: Pathway, credentials: Mapping[str, Credential], *, today: date | None = None
) -> bytes:
    """The plan as a one-document PDF with a steps table and clickable source links; its labels in the reply
    language when the PDF font can draw it, else in English."""
    if not prints(t("ex_sources") + t("ex_notes")):
        with replying_in("en"):
            return pathway_pdf(pathway, credentials, today=today)
    doc = ReportPDF(t("ex_title", goal=pathway.goal_label or t("pw_your_goal")))
    doc.paragraph(
        t("ex_strategy", strategy=_strategy(pathway), date=(today or date.today()).isoformat()).replace(
            "·", "-"
        )
    )
    write_pathway(doc, pathway, credentials)
    return doc.to_bytes()
