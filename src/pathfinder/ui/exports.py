"""A pathway exported as Markdown, JSON or PDF, each with its citations (credential, provider, link)."""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import date

from pydantic import BaseModel

from pathfinder.domain import Credential, Pathway, Step
from pathfinder.safety.markdown import escape_md, md_link, safe_url
from pathfinder.ui.pdf import ReportPDF


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


def money(amount: float, currency: str) -> str:
    return "free" if amount == 0 else f"{amount:,.2f} {currency}"


def totals_line(pathway: Pathway) -> str:
    t = pathway.totals
    return (
        f"{len(pathway.steps)} credentials · {t.hours:g} h · {t.ects:g} ECTS · {money(t.cost, t.currency)} · "
        f"{t.weeks} weeks · {pathway.coverage:.0%} of the gap covered"
    )


def uncovered_lines(pathway: Pathway) -> list[str]:
    """What the plan leaves out, short: the essential skills the catalogue teaches apart from the untaught and
    optional ones, then one line per group of uncovered skills sharing a reason (every skill with its own
    reason only when the plan carries no groups)."""
    if not pathway.uncovered_groups:
        return [f"{u.label}: {u.reason}" for u in pathway.uncovered]
    r = pathway.report
    head = (
        f"Essential skills: {r.essential_covered} of the {r.essential_teachable} the catalogue teaches are "
        "covered"
        + (
            f"; {r.essential_untaught} more are taught by nothing in the catalogue"
            if r.essential_untaught
            else ""
        )
        + f". Optional: {r.optional_covered} of {r.optional_teachable} covered"
        + (f", {r.optional_untaught} taught by nothing" if r.optional_untaught else "")
        + "."
    )
    lines = [head]
    for g in pathway.uncovered_groups:
        more = f" and {g.count - len(g.labels)} more" if g.count > len(g.labels) else ""
        kind = "essential" if g.essential else "optional"
        lines.append(f"{g.count} {kind}: {', '.join(g.labels)}{more} ({g.reason})")
    return lines


def _step_line(n: int, step: Step) -> str:
    return (
        f"{n}. weeks {step.start_week}–{step.end_week}: {step.title} ({step.hours:g} h, {step.ects:g} ECTS)"
    )


def pathway_markdown(
    pathway: Pathway, credentials: Mapping[str, Credential], *, today: date | None = None
) -> str:
    """The plan as a Markdown document: totals, steps with reasons, uncovered skills, sources."""
    t = pathway.totals
    lines = [
        f"# Pathway: {escape_md(pathway.goal_label or 'your goal')}",
        "",
        f"_Strategy: {escape_md(pathway.strategy)} · exported {(today or date.today()).isoformat()}_",
        "",
        escape_md(totals_line(pathway)),
        "",
        "## Steps",
        "",
    ]
    for n, step in enumerate(pathway.steps, start=1):
        cred = credentials.get(step.id)
        lines.append(
            f"{n}. **{md_link(step.title, (cred.url if cred else None) or step.url)}** [{n}] — "
            f"weeks {step.start_week}–{step.end_week}, {step.hours:g} h, {step.ects:g} ECTS, "
            f"{escape_md(money(step.cost, t.currency))}"
        )
        for reason in step.reasons:
            lines.append(f"   - {escape_md(reason)}")
    if not pathway.steps:
        lines.append("No step: see the notes and what would make a plan possible below.")
    if pathway.stacks_earned:
        lines += ["", "## Stacks earned", ""]
        lines += [
            f"- {escape_md(credentials[s].title if s in credentials else s)}" for s in pathway.stacks_earned
        ]
    if pathway.uncovered:
        lines += ["", "## Skills this plan does not cover", ""]
        lines += [f"- {escape_md(line)}" for line in uncovered_lines(pathway)]
    if pathway.relaxations:
        lines += ["", "## What would make a fuller plan possible", ""]
        lines += [f"- {escape_md(r.message)}" for r in pathway.relaxations]
    if pathway.notes:
        lines += ["", "## Notes", ""] + [f"- {escape_md(n)}" for n in pathway.notes]
    lines += ["", "## Sources", ""]
    for n, c in enumerate(citations(pathway, credentials), start=1):
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
            ["#", "weeks", "credential", "hours", "ECTS", "cost"], rows, [0.05, 0.1, 0.5, 0.1, 0.1, 0.15]
        )
    else:
        doc.paragraph("No step: see the notes and what would make a plan possible below.")
    for n, step in enumerate(pathway.steps, start=1):
        if step.reasons:
            doc.bullet(f"{n}. {step.title}: " + "; ".join(step.reasons))
    if pathway.uncovered:
        doc.heading("Skills this plan does not cover", size=11)
        for line in uncovered_lines(pathway):
            doc.bullet(line)
    if pathway.relaxations:
        doc.heading("What would make a fuller plan possible", size=11)
        for r in pathway.relaxations:
            doc.bullet(r.message)
    if pathway.notes:
        doc.heading("Notes", size=11)
        for note in pathway.notes:
            doc.bullet(note)
    doc.heading("Sources", size=11)
    for n, c in enumerate(citations(pathway, credentials), start=1):
        doc.bullet(f"[{n}] {c.title} ({c.id})" + (f" - {c.provider}" if c.provider else ""), link=c.url)


def pathway_pdf(
    pathway: Pathway, credentials: Mapping[str, Credential], *, today: date | None = None
) -> bytes:
    """The plan as a one-document PDF with a steps table and clickable source links."""
    doc = ReportPDF(f"Pathway: {pathway.goal_label or 'your goal'}")
    doc.paragraph(f"Strategy: {pathway.strategy} - exported {(today or date.today()).isoformat()}")
    write_pathway(doc, pathway, credentials)
    return doc.to_bytes()
