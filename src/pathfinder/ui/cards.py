"""The credential card: one catalogue entry as an expander with its EU micro-credential elements, escaped.
Its labels are in the current reply language (`i18n.replying_in`); catalogue values stay as recorded."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

import streamlit as st

from pathfinder.safety.markdown import escape_md, md_link, one_line, safe_url

if TYPE_CHECKING:  # pydantic loads after the first page is usable
    from pathfinder.domain import Credential


def amount(value: float, currency: str) -> str:
    """A price as the chat says it: "EUR 4,863", "EUR 336.60" (`domain.pathways.money_text`)."""
    from pathfinder.domain.pathways import money_text

    return money_text(value, currency)


def cost_text(c: Credential) -> str:
    from pathfinder.assistant.i18n import t

    if c.cost is None:
        return t("cd_unknown")
    own = t("cd_free") if c.cost == 0 else amount(c.cost, c.currency)
    if c.stack_ects_required is not None:  # a stacked certificate: never "free" while its parts cost money
        return t("cd_award_parts", own=own, ects=f"{c.stack_ects_required:g}")
    return own


def card_facts(c: Credential, titles: Mapping[str, str] | None = None) -> list[tuple[str, str]]:
    """(label, Markdown-safe value) rows of a card, in the order the EU Recommendation lists its elements."""
    from pathfinder.assistant.i18n import language_label, t  # here: the first page loads no pydantic

    titles = titles or {}
    unknown = t("cd_unknown")
    hours = f"{c.hours:g} h" if c.hours is not None else unknown
    if "hours" in c.derived:
        hours += t("cd_from_ects")
    ects = f"{c.ects:g}" if c.ects is not None else unknown
    if "ects" in c.derived:
        ects += t("cd_from_hours")
    provider = escape_md(c.provider)
    if c.awarding_body and c.awarding_body != c.provider:
        provider += t("cd_awarded_by", body=escape_md(c.awarding_body))
    stacks = ", ".join(escape_md(titles.get(x, x)) for x in c.stack_targets) or "—"
    languages = ", ".join(language_label(code) for code in c.languages) or unknown
    mode = c.participation.strip().lower() if c.participation else ""
    participation = t(f"mode_{mode}") if mode in ("online", "on-site", "blended") else c.participation
    return [
        (t("cd_provider"), provider + (f", {c.country}" if c.country else "")),
        ("ECTS", ects),
        (t("cd_eqf"), str(c.eqf_level) if c.eqf_level else unknown),
        (t("cd_workload"), hours),
        (t("cd_cost"), escape_md(cost_text(c))),
        (t("cd_language"), escape_md(languages)),
        (t("cd_participation"), escape_md(participation or unknown)),
        (t("cd_assessment"), escape_md(one_line(c.assessment, 160)) if c.assessment else unknown),
        (t("cd_stacks"), stacks),
    ]


def card_markdown(c: Credential, titles: Mapping[str, str] | None = None) -> str:
    """The card body as Markdown in which every catalogue value is escaped text."""
    from pathfinder.assistant.i18n import t

    lines = [f"- **{label}:** {value}" for label, value in card_facts(c, titles)]
    if c.skills:
        skills = ", ".join(escape_md(s.label) for s in c.skills[:12])
        lines.append(f"- **{t('cd_skills')}:** {skills}" + (" …" if len(c.skills) > 12 else ""))
    if c.prerequisites:
        lines.append(
            f"- **{t('cd_requires')}:** " + ", ".join(escape_md(titles.get(p, p)) for p in c.prerequisites)
        )
    if c.description:
        lines.append("\n" + escape_md(one_line(c.description, 400)))
    link = safe_url(c.url)
    lines.append("\n" + (f"[{t('cd_open')}]({link})" if link else f"_{t('cd_no_link')}_"))
    return "\n".join(lines)


def credential_card(
    c: Credential,
    titles: Mapping[str, str] | None = None,
    *,
    expanded: bool = False,
    number: int | None = None,
) -> None:
    """An expander titled with the (plain-text) credential title, showing its card."""
    prefix = f"\\[{number}\\] " if number is not None else ""
    with st.expander(f"{prefix}{escape_md(one_line(c.title, 90))}", expanded=expanded):
        st.markdown(card_markdown(c, titles))
        st.caption(f"id: {escape_md(c.id)}")


def missing_card(citation_id: str, title: str, url: str | None) -> None:
    """A citation whose credential is no longer in the index (re-indexed since the answer was given)."""
    with st.expander(escape_md(one_line(title, 90))):
        st.markdown(md_link(title, url) + "\n\n_This credential is no longer in the catalogue index._")
