"""The Pathway page: the plan as a timeline, coverage before/after, stack ladder, totals, uncovered skills,
alternatives side by side, what-if sliders that re-plan at once, and exports with citations."""

from __future__ import annotations

from collections.abc import Mapping

import streamlit as st

from pathfinder.domain import Credential, LearnerProfile, Pathway
from pathfinder.safety.markdown import escape_md
from pathfinder.ui import learner, planning, resources
from pathfinder.ui.cards import credential_card
from pathfinder.ui.charts import coverage_chart, stack_frame, stack_ladder_dot, timeline_chart
from pathfinder.ui.exports import money, pathway_json, pathway_markdown, pathway_pdf, uncovered_lines

STRATEGY_LABELS = {"fastest": "Fastest", "cheapest": "Cheapest", "most-complete": "Most complete"}
WHAT_IF_SLIDERS = ("hours", "budget", "weeks")  # widget keys are f"{key}-{slider}"


def what_if(profile: LearnerProfile, key: str) -> LearnerProfile:
    """Sliders for hours per week, budget and deadline (weeks); the profile with those values, not saved."""
    c = profile.constraints
    cols = st.columns(3)
    hours = cols[0].slider("Hours per week", 1, 40, int(c.hours_per_week or 5), key=f"{key}-hours")
    budget_cap = 5000
    budget = cols[1].slider(
        f"Budget ({c.currency}, {budget_cap} = no limit)",
        0,
        budget_cap,
        int(min(c.budget, budget_cap)) if c.budget is not None else budget_cap,
        step=50,
        key=f"{key}-budget",
    )
    weeks = cols[2].slider(
        "Deadline (weeks from now, 104 = none)", 4, 104, min(c.weeks or 104, 104), key=f"{key}-weeks"
    )
    changed = c.model_copy(
        update={
            "hours_per_week": float(hours),
            "budget": None if budget >= budget_cap else float(budget),
            "weeks": None if weeks >= 104 else weeks,
        }
    )
    return profile.model_copy(update={"constraints": changed})


def totals(pathway: Pathway) -> None:
    t = pathway.totals
    cols = st.columns(5)
    cols[0].metric("Credentials", len(pathway.steps))
    cols[1].metric("Weeks", t.weeks)
    cols[2].metric("Hours", f"{t.hours:g}")
    cols[3].metric("ECTS", f"{t.ects:g}")
    cols[4].metric("Cost", money(t.cost, t.currency))
    st.progress(pathway.coverage, text=f"{pathway.coverage:.0%} of the skill gap covered")


def plan_details(
    pathway: Pathway, gap, credentials: Mapping[str, Credential], hours_per_week: float | None = None
) -> None:
    titles = {cid: c.title for cid, c in credentials.items()}
    st.altair_chart(timeline_chart(pathway, hours_per_week), width="stretch")
    st.altair_chart(coverage_chart(gap, pathway), width="stretch")
    if not stack_frame(pathway, credentials).empty:
        st.subheader("Stack ladder")
        st.graphviz_chart(stack_ladder_dot(pathway, credentials))
        if pathway.stacks_earned:
            st.caption(
                "Earned by this plan: "
                + ", ".join(escape_md(titles.get(s, s)) for s in pathway.stacks_earned)
            )
    st.subheader("Steps")
    for n, step in enumerate(pathway.steps, start=1):
        cred = credentials.get(step.id)
        st.markdown(
            f"**{n}. {escape_md(step.title)}** — weeks {step.start_week}–{step.end_week} · "
            + " · ".join(escape_md(r) for r in step.reasons)
        )
        if cred is not None:
            credential_card(cred, titles)
    if pathway.uncovered:
        st.subheader("Skills this plan does not cover")
        st.markdown("\n".join(f"- {escape_md(line)}" for line in uncovered_lines(pathway)))
        if pathway.uncovered_groups:
            with st.expander(f"Every uncovered skill with its reason ({len(pathway.uncovered)})"):
                st.markdown(
                    "\n".join(f"- **{escape_md(u.label)}**: {escape_md(u.reason)}" for u in pathway.uncovered)
                )
    for note in pathway.notes:
        st.caption(escape_md(note))


def relaxations(profile: LearnerProfile, pathway: Pathway, key: str) -> None:
    """The planner's proposed constraint changes, each with a button that saves it and re-plans."""
    from pathfinder.profiles import apply_relaxation

    if pathway.relaxations:
        st.subheader("To cover more of your goal")
    for n, r in enumerate(pathway.relaxations):
        cols = st.columns([5, 1])
        cols[0].info(escape_md(r.message), icon=":material/lightbulb:")
        if cols[1].button(
            "Apply", key=f"{key}-relax-{n}", help="save this change to your constraints and re-plan"
        ):
            for slider in WHAT_IF_SLIDERS:  # so the what-if sliders start again from the saved constraints
                st.session_state.pop(f"{key}-{slider}", None)
            learner.save_and_rerun(apply_relaxation(profile, r), f"Applied: {r.message}")


def alternatives_side_by_side(profile: LearnerProfile) -> None:
    plans = planning.alternatives(profile)
    cols = st.columns(len(plans))
    for col, (strategy, plan) in zip(cols, plans.items(), strict=True):
        with col:
            t = plan.totals
            st.markdown(f"**{STRATEGY_LABELS.get(strategy, strategy)}**")
            st.caption(
                f"{len(plan.steps)} credentials · {t.weeks} weeks · {t.hours:g} h · "
                f"{escape_md(money(t.cost, t.currency))} · {plan.coverage:.0%} covered"
            )
            st.markdown(
                "\n".join(f"{n}. {escape_md(s.title)}" for n, s in enumerate(plan.steps, start=1))
                or "_no credential fits_"
            )


def exports(pathway: Pathway, credentials: Mapping[str, Credential], key: str) -> None:
    cols = st.columns(3)
    cols[0].download_button(
        "Download PDF",
        pathway_pdf(pathway, credentials),
        "pathway.pdf",
        mime="application/pdf",
        key=f"{key}-pdf",
    )
    cols[1].download_button(
        "Download Markdown",
        pathway_markdown(pathway, credentials),
        "pathway.md",
        mime="text/markdown",
        key=f"{key}-md",
    )
    cols[2].download_button(
        "Download JSON",
        pathway_json(pathway, credentials),
        "pathway.json",
        mime="application/json",
        key=f"{key}-json",
    )


def agreement_note(profile: LearnerProfile, pathway: Pathway) -> None:
    """'Agreed with your advisor on DATE' when an advisor stored an agreed plan, and whether this plan still
    is it."""
    agreed = learner.data(profile.id).agreed_plan()
    if agreed is None:
        return
    titles = ", ".join(escape_md(s.title) for s in agreed.agreed.steps) or "no credential"
    st.success(
        f"Agreed with your advisor on {agreed.agreed_at:%Y-%m-%d}: {titles}.", icon=":material/handshake:"
    )
    if pathway.ids != agreed.agreed.ids:
        st.caption(
            "The plan below differs from the agreed one (your constraints, the what-if sliders or the "
            "catalogue changed); talk to your advisor before switching."
        )


def show_pathway(profile: LearnerProfile, key: str = "pathway") -> Pathway | None:
    """The whole pathway view for `profile` (also embedded in the advisor's session). Returns the plan
    shown."""
    if profile.goal is None:
        st.info(
            "Set a goal first: pick a target occupation or paste a job advert on the Profile page, "
            "or tell the assistant in the Chat, e.g. “I want to become a data analyst”."
        )
        return None
    st.caption("What if… (these re-plan at once; save them to keep them)")
    trial = what_if(profile, key)
    gap, pathway = planning.plan(trial, "balanced")
    if trial.constraints != profile.constraints and st.button(
        "Save these as my constraints", key=f"{key}-save"
    ):
        learner.save_and_rerun(trial, "Constraints saved.")
    agreement_note(profile, pathway)
    st.subheader(f"Pathway to {escape_md(pathway.goal_label or 'your goal')}")
    totals(pathway)
    credentials = resources.credentials_by_id()
    plan_tab, alt_tab, export_tab = st.tabs(["Plan", "Alternatives", "Export"])
    with plan_tab:
        plan_details(pathway, gap, credentials, trial.constraints.hours_per_week)
        relaxations(trial, pathway, key)
    with alt_tab:
        alternatives_side_by_side(trial)
    with export_tab:
        exports(pathway, credentials, key)
    return pathway


def render() -> None:
    st.title("Your pathway")
    learner.show_flash()
    pathway = show_pathway(learner.load())
    if pathway is not None:
        st.session_state["last_pathway"] = pathway
