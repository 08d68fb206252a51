"""The advisor's session report: the agreed plan, the notes, and what the AI suggested vs what the advisor
changed."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime

from pydantic import BaseModel, ConfigDict

from pathfinder.domain import Credential, Pathway
from pathfinder.storage.advising import SessionNote
from pathfinder.ui.exports import write_pathway
from pathfinder.ui.pdf import ReportPDF


class PlanChanges(BaseModel):
    """How the agreed plan differs from the one the AI suggested (credential ids, in plan order)."""

    model_config = ConfigDict(frozen=True)

    kept: tuple[str, ...] = ()
    added: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()

    @property
    def unchanged(self) -> bool:
        return not self.added and not self.removed


def plan_changes(suggested: Pathway | None, agreed: Pathway) -> PlanChanges:
    """Compare by credential id: kept in both, added by the advisor, removed from the suggestion."""
    before = suggested.ids if suggested else ()
    after = agreed.ids
    return PlanChanges(
        kept=tuple(i for i in after if i in before),
        added=tuple(i for i in after if i not in before),
        removed=tuple(i for i in before if i not in after),
    )


class SessionReport(BaseModel):
    """Everything the report prints; built by the Advisor page from the stored notes and agreed plan.

    `agreed_at` set means `agreed` and `suggested` are the stored snapshot of that agreement; unset, they are
    the current plans (with and without the advisor's decisions), not agreed yet."""

    model_config = ConfigDict(frozen=True)

    learner_id: str
    learner_name: str = ""
    notes: tuple[SessionNote, ...] = ()
    advisor_notes: str = ""
    goal_label: str = ""
    pinned: tuple[str, ...] = ()
    rejected: tuple[str, ...] = ()
    suggested: Pathway | None = None
    agreed: Pathway
    agreed_by: str = ""
    agreed_at: datetime | None = None
    day: date | None = None


def note_line(note: SessionNote) -> str:
    return f"{note.created_at:%Y-%m-%d %H:%M} UTC, {note.author_role}: {note.text}"


def _titles(ids: tuple[str, ...], credentials: Mapping[str, Credential]) -> list[str]:
    return [f"{credentials[i].title} ({i})" if i in credentials else i for i in ids]


def session_report_pdf(report: SessionReport, credentials: Mapping[str, Credential]) -> bytes:
    """The report as PDF: learner, notes, advisor decisions, AI-suggested vs agreed, then the agreed plan."""
    name = report.learner_name or report.learner_id
    doc = ReportPDF(f"Advisor session report: {name}")
    doc.paragraph(
        f"Learner: {name} ({report.learner_id}) - date {(report.day or date.today()).isoformat()}"
        + (f" - goal: {report.goal_label}" if report.goal_label else "")
    )
    doc.heading("Session notes", size=11)
    lines = [note_line(n) for n in report.notes] + (
        [report.advisor_notes.strip()] if report.advisor_notes.strip() else []
    )
    for line in lines or ["(no notes)"]:
        doc.paragraph(line)
    doc.heading("Advisor decisions", size=11)
    for label, ids in (
        ("Pinned (must be in the plan)", report.pinned),
        ("Rejected (never recommend)", report.rejected),
    ):
        doc.paragraph(f"{label}: " + ("; ".join(_titles(ids, credentials)) or "none"))
    changes = plan_changes(report.suggested, report.agreed)
    doc.heading("AI suggestion vs agreed plan", size=11)
    if report.agreed_at is not None:
        doc.paragraph(
            f"Agreed by {report.agreed_by or 'the advisor'} with the learner on {report.agreed_at:%Y-%m-%d}."
        )
    else:
        doc.paragraph("Not agreed yet: the plan below is the current plan with the advisor's decisions.")
    if report.suggested is None:
        doc.paragraph("No AI suggestion was recorded in this session.")
    elif changes.unchanged:
        doc.paragraph("The agreed plan is the AI's suggestion, unchanged.")
    else:
        doc.paragraph(
            "Kept from the AI suggestion: " + ("; ".join(_titles(changes.kept, credentials)) or "none")
        )
        doc.paragraph("Added by the advisor: " + ("; ".join(_titles(changes.added, credentials)) or "none"))
        doc.paragraph(
            "Removed by the advisor: " + ("; ".join(_titles(changes.removed, credentials)) or "none")
        )
    doc.heading("Agreed plan", size=13)
    write_pathway(doc, report.agreed, credentials)
    return doc.to_bytes()
