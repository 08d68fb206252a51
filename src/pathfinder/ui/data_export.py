"""The learner's full data export as a readable PDF, drawn from the same dict as the JSON export
(`pathfinder.storage.learner_data.LearnerData.export`), so both hold the same records."""

from __future__ import annotations

from typing import Any

from pathfinder.ui.pdf import ReportPDF


def _profile(doc: ReportPDF, profile: dict[str, Any] | None) -> None:
    doc.heading("Profile", size=12)
    if not profile:
        doc.paragraph("No profile was saved.")
        return
    goal = profile.get("goal") or {}
    doc.paragraph(f"Name: {profile.get('name') or '(none)'} - goal: {goal.get('label') or '(none)'}")
    skills = [
        f"{s.get('label') or s.get('uri')} ({s.get('level')}, {s.get('source')})"
        for s in profile.get("skills", [])
    ]
    doc.paragraph("Skills: " + ("; ".join(skills) or "none"))
    held = [c.get("title", "") for c in profile.get("credentials", [])]
    doc.paragraph("Credentials held: " + ("; ".join(held) or "none"))
    limits = {k: v for k, v in (profile.get("constraints") or {}).items() if v not in (None, [], "", ())}
    doc.paragraph("Constraints: " + ("; ".join(f"{k}: {v}" for k, v in limits.items()) or "none"))
    prefs = profile.get("preferences") or {}
    doc.paragraph(
        f"Pinned: {', '.join(prefs.get('pinned', [])) or 'none'} - rejected: "
        f"{', '.join(prefs.get('rejected', [])) or 'none'}"
        + (f" (set by {prefs['decided_by']})" if prefs.get("decided_by") else "")
    )


def learner_export_pdf(export: dict[str, Any]) -> bytes:
    """Account, profile, every conversation with feedback, advisor notes, agreed plans, audit entries."""
    doc = ReportPDF(f"All data about learner {export['learner_id']}")
    doc.paragraph(f"Exported {export['exported_at']} (the JSON export holds the same records).")
    account = export.get("account")
    doc.heading("Account", size=12)
    doc.paragraph(
        f"Username: {account['username']} - role: {account['role']} - created: {account['created_at']}"
        if account
        else "No account (a profile an advisor created)."
    )
    _profile(doc, export.get("profile"))
    doc.heading("Conversations", size=12)
    for talk in export.get("conversations", []) or [None]:
        if talk is None:
            doc.paragraph("None.")
            break
        doc.paragraph(f"{talk.get('title') or 'untitled'} - started {talk['created_at']}", size=11)
        for turn in talk["turns"]:
            who = "You" if turn["role"] == "user" else "Assistant"
            rated = turn.get("feedback")
            extra = (
                f" [feedback: {'+1' if rated['rating'] == 1 else '-1'} {rated.get('comment') or ''}]"
                if rated
                else ""
            )
            doc.bullet(f"{who}: {turn['text']}{extra}")
    doc.heading("Advisor notes", size=12)
    for note in export.get("advisor_notes", []) or [None]:
        doc.paragraph(
            "None."
            if note is None
            else f"{note['created_at']} - {note.get('author') or note['author_role']}: {note['text']}"
        )
    doc.heading("Agreed plans", size=12)
    for plan in export.get("agreed_plans", []) or [None]:
        if plan is None:
            doc.paragraph("None.")
            continue
        steps = [f"{s['title']} ({s['id']})" for s in plan["agreed"].get("steps", [])]
        doc.paragraph(f"{plan['agreed_at']} by {plan['agreed_by']}: {'; '.join(steps) or 'no steps'}")
    doc.heading("Audit entries about you", size=12)
    rows = [[e["at"], e["actor"], e["action"], e["detail"]] for e in export.get("audit_entries", [])]
    if rows:
        doc.table(["when", "who", "what", "detail"], rows, [0.22, 0.26, 0.18, 0.34])
    else:
        doc.paragraph("None.")
    return doc.to_bytes()
