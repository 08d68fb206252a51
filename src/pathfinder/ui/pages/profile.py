"""The Profile page: skills (search-as-you-type over the taxonomy), goal, constraints, skills from a CV or job
advert, credentials from Europass/ELM or Open Badges files, JSON export/import, and deleting all my data."""

from __future__ import annotations

import json
import tempfile
from datetime import date
from pathlib import Path

import streamlit as st

from pathfinder.domain import EUR_PER_UNIT, Constraints, Goal, HeldSkill, LearnerProfile
from pathfinder.safety.markdown import escape_md
from pathfinder.safety.uploads import check_upload, save_upload
from pathfinder.ui import learner, resources

LEVELS = ("basic", "intermediate", "advanced")
SOURCES = ("formal", "non-formal", "informal", "self-declared")
LANGUAGES = ("en", "de", "fr", "es", "it", "nl", "pt", "pl", "sv", "fi")
PARTICIPATION = ("online", "blended", "on-site")
EVIDENCE_KEY = "profile-text-evidence"  # [(skill label, the words stating it)] of the last extraction


def skills_section(profile: LearnerProfile) -> None:
    taxonomy = resources.taxonomy()
    held = {s.uri: s for s in profile.skills}
    options = sorted(set(taxonomy.skills) | set(held), key=lambda u: taxonomy.label(u).lower())
    with st.form("skills"):
        chosen = st.multiselect(
            "Skills you have (type to search the taxonomy)",
            options,
            default=list(held),
            format_func=taxonomy.label,
            placeholder="e.g. Python, statistics, SQL",
        )
        level = st.select_slider("Level for newly added skills", LEVELS, value="intermediate")
        if st.form_submit_button("Save skills"):
            kept = [held[u] for u in chosen if u in held]
            added = [HeldSkill(uri=u, label=taxonomy.label(u), level=level) for u in chosen if u not in held]
            learner.save_and_rerun(
                profile.model_copy(update={"skills": tuple(kept + added)}), f"Saved {len(chosen)} skills."
            )
    if held:
        level_section(profile)


def level_section(profile: LearnerProfile) -> None:
    """Change the level and source of a skill already held (a goal may need a higher level: Goal tab)."""
    held = {s.uri: s for s in profile.skills}
    with st.form("skill-level"):
        st.caption("Change a skill you hold")
        uri = st.selectbox("Skill", list(held), format_func=lambda u: f"{held[u].label} ({held[u].level})")
        cols = st.columns(2)
        level = cols[0].select_slider("Level", LEVELS, value=held[uri].level if uri else "intermediate")
        source = cols[1].selectbox(
            "Where it comes from", SOURCES, index=SOURCES.index(held[uri].source) if uri else len(SOURCES) - 1
        )
        if st.form_submit_button("Update skill") and uri:
            updated = held[uri].model_copy(update={"level": level, "source": source})
            skills = tuple(updated if s.uri == uri else s for s in profile.skills)
            learner.save_and_rerun(
                profile.model_copy(update={"skills": skills}), f"{held[uri].label}: {level}, {source}."
            )


def goal_section(profile: LearnerProfile) -> None:
    taxonomy = resources.taxonomy()
    occupations = sorted(taxonomy.occupations, key=lambda u: taxonomy.label(u).lower())
    goal = profile.goal or Goal()
    current = occupations.index(goal.occupation_uri) if goal.occupation_uri in occupations else None
    with st.form("goal"):
        occupation = st.selectbox(
            "Target occupation (type to search)",
            occupations,
            index=current,
            format_func=taxonomy.label,
            placeholder="e.g. data analyst",
        )
        extra = st.multiselect(
            "Extra goal skills",
            sorted(taxonomy.skills, key=lambda u: taxonomy.label(u).lower()),
            default=[u for u in goal.skills if u in taxonomy.skills],
            format_func=taxonomy.label,
        )
        needed = st.select_slider(
            "Level the goal needs",
            ("any", *LEVELS),
            value=goal.required_level or "any",
            help="a skill you hold below this level stays in your gap",
        )
        if st.form_submit_button("Save goal"):
            label = taxonomy.label(occupation) if occupation else goal.label
            new_goal = Goal(
                occupation_uri=occupation,
                label=label,
                skills=tuple(extra),
                job_advert=goal.job_advert,
                required_level=None if needed == "any" else needed,
            )
            learner.save_and_rerun(
                profile.model_copy(update={"goal": new_goal if (occupation or extra) else None}),
                "Goal saved.",
            )


def constraints_section(profile: LearnerProfile) -> None:
    c = profile.constraints
    catalogue = resources.credentials_by_id().values()
    providers = sorted({cr.provider for cr in catalogue} | set(c.providers), key=str.lower)
    countries = sorted({cr.country for cr in catalogue if cr.country} | set(c.countries))
    currencies = sorted(set(EUR_PER_UNIT) | {c.currency})
    with st.form("constraints"):
        cols = st.columns(3)
        hours = cols[0].number_input(
            "Hours per week", 0.0, 80.0, float(c.hours_per_week or 0), step=1.0, help="0 = not set"
        )
        weeks = cols[1].number_input(
            "Finish within (weeks)", 0, 520, int(c.weeks or 0), help="0 = no deadline"
        )
        budget = cols[2].number_input(
            f"Budget ({c.currency})",
            0.0,
            100_000.0,
            float(c.budget or 0),
            step=50.0,
            help="0 with 'no budget limit' ticked = no limit",
        )
        no_limit = st.checkbox("No budget limit", value=c.budget is None)
        languages = st.multiselect("Languages", LANGUAGES, default=[x for x in c.languages if x in LANGUAGES])
        participation = st.multiselect("Participation", PARTICIPATION, default=list(c.participation))
        max_eqf = st.select_slider("Highest EQF level", options=list(range(1, 9)), value=c.max_eqf or 8)
        more = st.columns(2)
        currency = more[0].selectbox("Currency of the budget", currencies, index=currencies.index(c.currency))
        deadline = more[1].date_input(
            "Finish by (date)",
            value=c.deadline,
            min_value=date.today(),
            format="YYYY-MM-DD",
            help="leave empty for no date; with weeks too, the earlier end wins",
        )
        chosen_providers = st.multiselect(
            "Only these providers", providers, default=list(c.providers), placeholder="any provider"
        )
        chosen_countries = st.multiselect(
            "Only providers from these countries",
            countries,
            default=list(c.countries),
            placeholder="any country",
        )
        preferred = profile.preferences.language
        choices = ("any", *LANGUAGES) if preferred in (None, *LANGUAGES) else ("any", preferred, *LANGUAGES)
        prefer = st.selectbox(
            "Preferred language (a preference, not a limit)",
            choices,
            index=choices.index(preferred or "any"),
            help="with no language limit above, plans lean to courses in this language",
        )
        if st.form_submit_button("Save constraints"):
            new = Constraints(
                hours_per_week=hours or None,
                weeks=weeks or None,
                budget=None if no_limit else budget,
                currency=currency,
                languages=tuple(languages),
                participation=tuple(participation),
                max_eqf=None if max_eqf == 8 else max_eqf,
                providers=tuple(chosen_providers),
                countries=tuple(chosen_countries),
                deadline=deadline or None,
            )
            prefs = profile.preferences.model_copy(update={"language": None if prefer == "any" else prefer})
            learner.save_and_rerun(
                profile.model_copy(update={"constraints": new, "preferences": prefs}), "Constraints saved."
            )


def text_section(profile: LearnerProfile) -> None:
    from pathfinder.profiles import add_skills, held_from, stated_skills

    kind = st.radio("What are you pasting?", ["My CV", "A job advert I want"], horizontal=True)
    text = st.text_area("Paste the text", height=160, max_chars=20_000)
    read = st.session_state.pop(EVIDENCE_KEY, None)
    if read:  # what the last extraction read, and the words that state each skill (after its rerun)
        st.caption("What was read, and the words of your text that state each skill:")
        st.dataframe(
            {"skill": [label for label, _ in read], "your words": [words for _, words in read]},
            hide_index=True,
            width="stretch",
        )
    if st.button("Extract skills", disabled=not text.strip()):
        matcher = resources.skill_matcher()
        found = stated_skills(text, matcher)
        st.session_state[EVIDENCE_KEY] = [(m.label, m.evidence or "") for m in found]
        if kind == "My CV":
            updated = add_skills(profile, held_from(found))
            added = len(updated.skills) - len(profile.skills)
            if not added:
                st.warning(
                    "No new taxonomy skills were found in that text; add them by name on the Skills tab."
                )
                return
            learner.save_and_rerun(updated, f"Added {added} skill(s) found in your CV.")
        else:
            uris = tuple(m.uri for m in found)
            if not uris:
                st.warning(
                    "No taxonomy skills were found in that advert; pick goal skills by name on the Goal tab."
                )
                return
            goal = (profile.goal or Goal(label="the job advert")).model_copy(
                update={
                    "skills": tuple(dict.fromkeys((*(profile.goal.skills if profile.goal else ()), *uris))),
                    "job_advert": text[:5000],
                }
            )
            learner.save_and_rerun(
                profile.model_copy(update={"goal": goal}),
                f"The advert asks for {len(uris)} taxonomy skill(s); they are now your goal skills.",
            )


def credentials_section(profile: LearnerProfile) -> None:
    from pathfinder.profiles import record_credential_file

    if profile.credentials:
        st.markdown(
            "\n".join(
                f"- **{escape_md(c.title)}**"
                + (f" — {escape_md(c.awarding_body)}" if c.awarding_body else "")
                + (f" ({len(c.skills)} skills)" if c.skills else "")
                for c in profile.credentials
            )
        )
    upload = st.file_uploader(
        "Upload an issued credential (Europass/ELM or Open Badges 3.0 JSON/JSON-LD)",
        type=["json", "jsonld"],
        key="held-credential",
    )
    if upload is not None and st.button("Add this credential"):
        checked = check_upload(
            upload.name, upload.getvalue(), resources.settings(), suffixes=(".json", ".jsonld")
        )
        with tempfile.TemporaryDirectory() as tmp:
            path = save_upload(checked, Path(tmp))
            updated = record_credential_file(profile, path)
        learner.save_and_rerun(
            updated,
            f"Added {escape_md(updated.credentials[-1].title)}; its skills count as held from now on.",
        )


def data_section(profile: LearnerProfile) -> None:
    from pathfinder.profiles import profile_from_json, profile_to_json

    mine = learner.data(profile.id)
    if mine.account.role == "learner":  # the full export and the erasure are the learner's own rights
        if st.button(
            "Prepare an export of all my data",
            help="profile, conversations with feedback, advisor "
            "notes, agreed plans and the audit entries about you (the export is recorded)",
        ):
            from pathfinder.ui.data_export import learner_export_pdf

            everything = mine.export()
            st.session_state["my-export"] = (
                json.dumps(everything, ensure_ascii=False, indent=1),
                learner_export_pdf(everything),
            )
        prepared = st.session_state.get("my-export")
        if prepared:
            cols = st.columns(2)
            cols[0].download_button(
                "Export all my data (JSON)",
                prepared[0],
                f"{profile.id}-all-data.json",
                mime="application/json",
            )
            cols[1].download_button(
                "Export all my data (PDF)", prepared[1], f"{profile.id}-all-data.pdf", mime="application/pdf"
            )
    st.download_button(
        "Export the profile only (JSON, to import elsewhere)",
        profile_to_json(profile),
        f"{profile.id}.json",
        mime="application/json",
    )
    upload = st.file_uploader("Import a profile (JSON)", type=["json"], key="profile-import")
    if upload is not None and st.button("Import and replace my profile"):
        checked = check_upload(upload.name, upload.getvalue(), resources.settings(), suffixes=(".json",))
        imported = profile_from_json(checked.text)  # decoded by check_upload (UTF-8, BOMs, UTF-16, cp1252)
        _, kept_decisions = learner.data(profile.id, "write").import_profile(imported)
        learner.flash(
            "Profile imported."
            + (
                " Your advisor's pinned and rejected credentials were kept; ask your advisor to change them."
                if kept_decisions
                else ""
            )
        )
        st.rerun()
    if mine.account.role != "learner":
        return
    st.divider()
    sure = st.checkbox(
        "I understand this deletes my account, profile, conversations, notes and agreed plans, for good."
    )
    if st.button("Delete all my data", type="primary", disabled=not sure):
        from pathfinder.ui.session import forget

        learner.data(profile.id, "erase").erase()
        forget("Your account and all your data are deleted.")
        st.rerun()


def render() -> None:
    st.title("Your profile")
    learner.show_flash()
    profile = learner.load()
    st.caption(f"Profile id: {escape_md(profile.id)} · sign in again to come back to it.")
    skills_tab, goal_tab, limits_tab, paste_tab, creds_tab, data_tab = st.tabs(
        ["Skills", "Goal", "Constraints", "From a CV or advert", "My credentials", "My data"]
    )
    with skills_tab:
        skills_section(profile)
    with goal_tab:
        goal_section(profile)
    with limits_tab:
        constraints_section(profile)
    with paste_tab:
        text_section(profile)
    with creds_tab:
        credentials_section(profile)
    with data_tab:
        data_section(profile)
