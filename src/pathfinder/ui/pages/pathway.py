"""The Pathway page: the plan as a timeline, coverage before/after, stack ladder, totals, uncovered skills,
alternatives side by side, what-if sliders that re-plan at once, and exports with citations.

A learner reads it in the language of their conversation (`learner.page_language`): every label, the planner's
sentences (`planner_text`), the charts and the exports come from the one i18n table; catalogue titles and
skill labels stay as recorded. An advisor's view of a learner (Advisor page) stays in English."""

from __future__ import annotations

import functools
from collections.abc import Mapping

import streamlit as st

from pathfinder.assistant.i18n import current, replying_in, t
from pathfinder.assistant.planner_text import say
from pathfinder.assistant.suggestions import line as suggestion_line
from pathfinder.domain import Credential, LearnerProfile, Pathway
from pathfinder.domain.pathways import amount_text
from pathfinder.safety.markdown import escape_md
from pathfinder.ui import learner, planning, resources
from pathfinder.ui.cards import credential_card
from pathfinder.ui.charts import coverage_chart, stack_frame, stack_ladder_dot, timeline_chart
from pathfinder.ui.exports import pathway_json, pathway_markdown, pathway_pdf, plan_cost, uncovered_lines
from pathfinder.ui.what_if import what_if_scales

WHAT_IF_SLIDERS = ("hours", "budget", "weeks")  # widget keys are f"{key}-{slider}"


def what_if(profile: LearnerProfile, key: str) -> LearnerProfile:
    """Sliders for hours per week, budget and deadline (weeks); the profile with those values, not saved."""
    c = profile.constraints
    basis = (profile.id, c.hours_per_week, c.budget, c.currency, c.weeks)
    if st.session_state.get(f"{key}-basis") != basis:
        # the saved constraints changed since the sliders were drawn (the chat, the Profile page, another
        # learner in an advisor's session, whose tabs are all drawn on every run): start again from them
        for slider in WHAT_IF_SLIDERS:
            st.session_state.pop(f"{key}-{slider}", None)
        st.session_state[f"{key}-basis"] = basis
    scales = what_if_scales(c)
    cols = st.columns(3)
    hours = cols[0].slider(
        t("pw_hours_slider"), *scales.hours, value=scales.hours_value, step=0.5, key=f"{key}-hours"
    )
    budget = cols[1].slider(
        t("pw_budget_slider", currency=c.currency, cap=amount_text(scales.budget_cap)),
        0,
        scales.budget_cap,
        scales.budget_value,
        step=scales.budget_step,
        key=f"{key}-budget",
    )
    weeks = cols[2].slider(
        t("pw_weeks_slider", cap=scales.weeks_cap),
        4,
        scales.weeks_cap,
        scales.weeks_value,
        key=f"{key}-weeks",
    )
    return profile.model_copy(update={"constraints": scales.applied(c, hours, budget, weeks)})


def totals(pathway: Pathway) -> None:
    tot = pathway.totals
    cols = st.columns([1, 1, 1, 1, 2])  # a price with its currency ("VND 36,944,444") needs the room
    cols[0].metric(t("pw_m_credentials"), len(pathway.steps))
    cols[1].metric(t("pw_m_weeks"), tot.weeks)
    cols[2].metric(t("pw_m_hours"), f"{tot.hours:g}")
    cols[3].metric("ECTS", f"{tot.ects:g}")
    cols[4].metric(t("pw_m_cost"), plan_cost(pathway))
    st.progress(pathway.coverage, text=t("pw_progress", pct=f"{pathway.coverage:.0%}"))


def plan_details(
    pathway: Pathway, gap, credentials: Mapping[str, Credential], hours_per_week: float | None = None
) -> None:
    titles = {cid: c.title for cid, c in credentials.items()}
    if pathway.steps:  # an empty plan has no timeline (an empty chart says nothing)
        st.altair_chart(timeline_chart(pathway, hours_per_week), width="stretch")
    st.altair_chart(coverage_chart(gap, pathway), width="stretch")
    if not stack_frame(pathway, credentials).empty:
        st.subheader(t("pw_stack_ladder"))
        st.graphviz_chart(stack_ladder_dot(pathway, credentials))
        if pathway.stacks_earned:
            st.caption(
                t("pw_earned", titles=", ".join(escape_md(titles.get(s, s)) for s in pathway.stacks_earned))
            )
    if pathway.steps:
        st.subheader(t("pw_steps"))
    for n, step in enumerate(pathway.steps, start=1):
        cred = credentials.get(step.id)
        st.markdown(
            f"**{n}. {escape_md(step.title)}** — {t('ex_step_weeks', a=step.start_week, b=step.end_week)} · "
            + " · ".join(escape_md(say(r)) for r in step.reasons)
        )
        if cred is not None:
            credential_card(cred, titles)
    if pathway.uncovered:
        st.subheader(t("pw_uncovered"))
        st.markdown("\n".join(f"- {escape_md(line)}" for line in uncovered_lines(pathway)))
        if pathway.uncovered_groups:
            with st.expander(t("pw_every_uncovered", n=len(pathway.uncovered))):
                st.markdown(
                    "\n".join(
                        f"- **{escape_md(u.label)}**: {escape_md(say(u.reason))}" for u in pathway.uncovered
                    )
                )
    for note in pathway.notes:
        st.caption(escape_md(say(note)))


def relaxations(profile: LearnerProfile, pathway: Pathway, key: str) -> None:
    """The planner's proposed constraint changes, each with a button that saves it and re-plans."""
    from pathfinder.profiles import apply_relaxation

    if pathway.relaxations:
        st.subheader(t("pw_to_cover_more"))
    for n, r in enumerate(pathway.relaxations):
        cols = st.columns([5, 1])
        said = suggestion_line(r, pathway.totals.currency)  # the planner's sentence in English, escaped
        cols[0].info(said, icon=":material/lightbulb:")
        if cols[1].button(t("pw_apply"), key=f"{key}-relax-{n}", help=t("pw_apply_help")):
            for slider in WHAT_IF_SLIDERS:  # so the what-if sliders start again from the saved constraints
                st.session_state.pop(f"{key}-{slider}", None)
            learner.save_and_rerun(apply_relaxation(profile, r), t("pw_applied", what=said))


def alternatives_side_by_side(profile: LearnerProfile) -> None:
    plans = planning.alternatives(profile)
    cols = st.columns(len(plans))
    for col, (strategy, plan) in zip(cols, plans.items(), strict=True):
        with col:
            tot = plan.totals
            name = t(f"s_{strategy}")
            st.markdown(f"**{name[:1].upper() + name[1:]}**")
            st.caption(
                t(
                    "pw_alt_caption",
                    n=len(plan.steps),
                    weeks=tot.weeks,
                    hours=f"{tot.hours:g}",
                    cost=escape_md(plan_cost(plan)),
                    pct=f"{plan.coverage:.0%}",
                )
            )
            st.markdown(
                "\n".join(f"{n}. {escape_md(s.title)}" for n, s in enumerate(plan.steps, start=1))
                or f"_{t('pw_none_fits')}_"
            )


def _pdf_in(lang: str, pathway: Pathway, credentials: Mapping[str, Credential]) -> bytes:
    with replying_in(lang):
        return pathway_pdf(pathway, credentials)


def exports(pathway: Pathway, credentials: Mapping[str, Credential], key: str) -> None:
    cols = st.columns(3)
    cols[0].download_button(
        t("pw_dl_pdf"),
        # made when clicked (0.2-1.3 s, Hindi and Bengali shaped by harfbuzz), not on every run of the page;
        # the language is fixed now: the click is served outside this run and its `replying_in`
        functools.partial(_pdf_in, current(), pathway, credentials),
        "pathway.pdf",
        mime="application/pdf",
        key=f"{key}-pdf",
    )
    cols[1].download_button(
        t("pw_dl_md"),
        pathway_markdown(pathway, credentials),
        "pathway.md",
        mime="text/markdown",
        key=f"{key}-md",
    )
    cols[2].download_button(
        t("pw_dl_json"),
        pathway_json(pathway, credentials),
        "pathway.json",
        mime="application/json",
        key=f"{key}-json",
    )


def agreement_note(profile: LearnerProfile, pathway: Pathway, staff: bool = False) -> None:
    """'Agreed with your advisor on DATE' when an advisor stored an agreed plan, and whether this plan still
    is it; `staff`: as an advisor's session reads it ('Agreed with NAME on DATE by ADVISOR')."""
    agreed = learner.data(profile.id).agreed_plan()
    if agreed is None:
        return
    titles = ", ".join(escape_md(s.title) for s in agreed.agreed.steps) or t("pw_no_credential")
    date = f"{agreed.agreed_at:%Y-%m-%d}"
    name, by = escape_md(profile.name or profile.id), escape_md(agreed.agreed_by)
    said = (
        t("pw_agreed_staff", name=name, date=date, by=by, titles=titles)
        if staff
        else t("pw_agreed", date=date, titles=titles)
    )
    st.success(said, icon=":material/handshake:")
    if pathway.ids != agreed.agreed.ids:
        st.caption(t("pw_agreed_differs_staff" if staff else "pw_agreed_differs"))


def show_pathway(
    profile: LearnerProfile, key: str = "pathway", lang: str = "en", talking: str | None = None
) -> Pathway | None:
    """The whole pathway view for `profile` in language `lang` (also embedded in the advisor's session, in
    English). `talking`: the language of the learner's conversation, which the plan keeps to as the chat's
    does (`conversation_language.leaning_to`: with no language limit on the profile, courses in the
    languages the learner studies in and talks in). Returns the plan shown."""
    with replying_in(lang):
        return _pathway_view(profile, key, talking)


def _pathway_view(profile: LearnerProfile, key: str, talking: str | None) -> Pathway | None:
    from pathfinder.assistant.conversation_language import english_added, leaning_to, preference_note

    if profile.goal is None:
        st.info(t("pw_set_goal"))
        return None
    st.caption(t("pw_what_if"))
    trial = what_if(profile, key)
    planned = leaning_to(trial, talking)  # the chat's plan for the same learner (never saved)
    gap, pathway = planning.plan(planned, "balanced")
    save = (  # an advisor's session (staff pages are English) saves the advised learner's constraints
        t("pw_save_constraints")
        if key == "pathway"
        else t("pw_save_constraints_for", name=escape_md(profile.name or profile.id))
    )
    if trial.constraints != profile.constraints and st.button(save, key=f"{key}-save"):
        learner.save_and_rerun(trial, t("pw_saved"))
    agreement_note(profile, pathway, staff=key != "pathway")
    st.subheader(t("pw_heading", goal=escape_md(pathway.goal_label or t("pw_your_goal"))))
    if planned is not trial:
        st.caption(preference_note(talking or "", english=english_added(trial, planned, talking)))
    totals(pathway)
    credentials = resources.credentials_by_id()
    plan_tab, alt_tab, export_tab = st.tabs([t("pw_tab_plan"), t("pw_tab_alternatives"), t("pw_tab_export")])
    with plan_tab:
        plan_details(pathway, gap, credentials, trial.constraints.hours_per_week)
        relaxations(trial, pathway, key)
    with alt_tab:
        alternatives_side_by_side(planned)
    with export_tab:
        exports(pathway, credentials, key)
    return pathway


def render() -> None:
    profile = learner.load()
    lang = learner.page_language(profile)
    with replying_in(lang):
        st.title(t("pw_title"))
    learner.show_flash()
    pathway = show_pathway(profile, lang=lang, talking=learner.conversation_language(profile.id))
    if pathway is not None:
        st.session_state["last_pathway"] = pathway
