"""The Profile page: skills (search-as-you-type over the taxonomy), goal, constraints, skills from a CV or job
advert, credentials from Europass/ELM or Open Badges files, JSON export/import, and deleting all my data."""

from __future__ import annotations

import json
import tempfile
from collections.abc import Callable
from datetime import date
from pathlib import Path

import streamlit as st

from pathfinder.assistant.i18n import counted, current, language_label, replying_in, t
from pathfinder.domain import EUR_PER_UNIT, Constraints, Goal, HeldSkill, LearnerProfile
from pathfinder.safety.markdown import escape_md
from pathfinder.safety.uploads import check_upload, save_upload
from pathfinder.ui import learner, resources

LEVELS = ("basic", "intermediate", "advanced")
SOURCES = ("formal", "non-formal", "informal", "self-declared")
LANGUAGES = ("en", "de", "fr", "es", "it", "nl", "pt", "pl", "sv", "fi")
PARTICIPATION = ("online", "blended", "on-site")
EVIDENCE_KEY = "profile-text-evidence"  # [(skill label, the words stating it)] of the last extraction


def _words(prefix: str) -> Callable[[str], str]:
    """A widget's `format_func` naming an option (a stored English value such as 'basic', 'online') by the
    template `prefix`+value in the page's language, fixed now (Streamlit may call it after the page ran)."""
    lang = current()
    return lambda value: t(f"{prefix}{value}", lang)


def _language_names() -> Callable[[str], str]:
    """A `format_func` naming a language code in the page's language ('any' included)."""
    lang = current()

    def name(code: str) -> str:
        with replying_in(lang):
            return t("pf_lv_any") if code == "any" else language_label(code)

    return name


def _level(name: str) -> str:
    return _words("pf_lv_")(name)


def skills_section(profile: LearnerProfile) -> None:
    taxonomy = resources.taxonomy()
    held = {s.uri: s for s in profile.skills}
    options = sorted(set(taxonomy.skills) | set(held), key=lambda u: taxonomy.label(u).lower())
    with st.form("skills"):
        chosen = st.multiselect(
            t("pf_skills_have"),
            options,
            default=list(held),
            format_func=taxonomy.label,
            placeholder=t("pf_skills_example"),
        )
        level = st.select_slider(
            t("pf_new_level"), LEVELS, value="intermediate", format_func=_words("pf_lv_")
        )
        if st.form_submit_button(t("pf_save_skills")):
            kept = [held[u] for u in chosen if u in held]
            added = [HeldSkill(uri=u, label=taxonomy.label(u), level=level) for u in chosen if u not in held]
            learner.save_and_rerun(
                profile.model_copy(update={"skills": tuple(kept + added)}),
                t("pf_saved_skills", n=len(chosen)),
            )
    if held:
        level_section(profile)


def level_section(profile: LearnerProfile) -> None:
    """Change the level and source of a skill already held (a goal may need a higher level: Goal tab)."""
    held = {s.uri: s for s in profile.skills}
    with st.form("skill-level"):
        st.caption(t("pf_change_skill"))
        uri = st.selectbox(
            t("pf_skill"),
            list(held),
            format_func=lambda u, said=_words("pf_lv_"): f"{held[u].label} ({said(held[u].level)})",
        )
        cols = st.columns(2)
        level = cols[0].select_slider(
            t("pf_level"),
            LEVELS,
            value=held[uri].level if uri else "intermediate",
            format_func=_words("pf_lv_"),
        )
        source = cols[1].selectbox(
            t("pf_source"),
            SOURCES,
            index=SOURCES.index(held[uri].source) if uri else len(SOURCES) - 1,
            format_func=_words("pf_src_"),
        )
        if st.form_submit_button(t("pf_update_skill")) and uri:
            updated = held[uri].model_copy(update={"level": level, "source": source})
            skills = tuple(updated if s.uri == uri else s for s in profile.skills)
            learner.save_and_rerun(
                profile.model_copy(update={"skills": skills}),
                t(
                    "pf_skill_updated",
                    skill=held[uri].label,
                    level=_level(level),
                    source=t(f"pf_src_{source}"),
                ),
            )


def goal_section(profile: LearnerProfile) -> None:
    taxonomy = resources.taxonomy()
    occupations = sorted(taxonomy.occupations, key=lambda u: taxonomy.label(u).lower())
    goal = profile.goal or Goal()
    current = occupations.index(goal.occupation_uri) if goal.occupation_uri in occupations else None
    with st.form("goal"):
        occupation = st.selectbox(
            t("pf_target"),
            occupations,
            index=current,
            format_func=taxonomy.label,
            placeholder=t("pf_target_example"),
        )
        extra = st.multiselect(
            t("pf_extra"),
            sorted(taxonomy.skills, key=lambda u: taxonomy.label(u).lower()),
            default=[u for u in goal.skills if u in taxonomy.skills],
            format_func=taxonomy.label,
            placeholder=t("pf_choose"),
        )
        needed = st.select_slider(
            t("pf_goal_level"),
            ("any", *LEVELS),
            value=goal.required_level or "any",
            format_func=_words("pf_lv_"),
            help=t("pf_goal_level_help"),
        )
        if st.form_submit_button(t("pf_save_goal")):
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
                t("pf_goal_saved"),
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
            t("pf_hours"), 0.0, 80.0, float(c.hours_per_week or 0), step=1.0, help=t("pf_hours_help")
        )
        weeks = cols[1].number_input(t("pf_weeks"), 0, 520, int(c.weeks or 0), help=t("pf_weeks_help"))
        budget = cols[2].number_input(
            t("pf_budget", currency=c.currency),
            0.0,
            100_000.0,
            float(c.budget or 0),
            step=50.0,
            help=t("pf_budget_help"),
        )
        no_limit = st.checkbox(t("pf_no_budget"), value=c.budget is None)
        languages = st.multiselect(
            t("pf_languages"),
            LANGUAGES,
            default=[x for x in c.languages if x in LANGUAGES],
            format_func=_language_names(),
            placeholder=t("pf_any_language"),
        )
        participation = st.multiselect(
            t("pf_participation"),
            PARTICIPATION,
            default=list(c.participation),
            format_func=_words("mode_"),
            placeholder=t("pf_any_mode"),
        )
        max_eqf = st.select_slider(t("pf_max_eqf"), options=list(range(1, 9)), value=c.max_eqf or 8)
        more = st.columns(2)
        currency = more[0].selectbox(t("pf_currency"), currencies, index=currencies.index(c.currency))
        deadline = more[1].date_input(
            t("pf_deadline"),
            value=c.deadline,
            min_value=date.today(),
            format="YYYY-MM-DD",
            help=t("pf_deadline_help"),
        )
        chosen_providers = st.multiselect(
            t("pf_providers"), providers, default=list(c.providers), placeholder=t("pf_any_provider")
        )
        chosen_countries = st.multiselect(
            t("pf_countries"),
            countries,
            default=list(c.countries),
            placeholder=t("pf_any_country"),
        )
        preferred = profile.preferences.language
        choices = ("any", *LANGUAGES) if preferred in (None, *LANGUAGES) else ("any", preferred, *LANGUAGES)
        prefer = st.selectbox(
            t("pf_prefer"),
            choices,
            index=choices.index(preferred or "any"),
            format_func=_language_names(),
            help=t("pf_prefer_help"),
        )
        if st.form_submit_button(t("pf_save_constraints")):
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
                denied_languages=c.denied_languages,  # not on this form; kept as set
            )
            prefs = profile.preferences.model_copy(update={"language": None if prefer == "any" else prefer})
            learner.save_and_rerun(
                profile.model_copy(update={"constraints": new, "preferences": prefs}),
                t("pf_constraints_saved"),
            )


def text_section(profile: LearnerProfile) -> None:
    from pathfinder.profiles import add_skills, held_from, stated_skills

    kind = st.radio(t("pf_paste_kind"), ["cv", "advert"], horizontal=True, format_func=_words("pf_paste_"))
    text = st.text_area(t("pf_paste_text"), height=160, max_chars=20_000)
    read = st.session_state.pop(EVIDENCE_KEY, None)
    if read:  # what the last extraction read, and the words that state each skill (after its rerun)
        st.caption(t("pf_evidence"))
        st.dataframe(
            {
                t("pf_evidence_skill"): [label for label, _ in read],
                t("pf_evidence_words"): [w for _, w in read],
            },
            hide_index=True,
            width="stretch",
        )
    if st.button(t("pf_extract"), disabled=not text.strip()):
        matcher = resources.skill_matcher()
        found = stated_skills(text, matcher)
        st.session_state[EVIDENCE_KEY] = [(m.label, m.evidence or "") for m in found]
        if kind == "cv":
            updated = add_skills(profile, held_from(found))
            added = len(updated.skills) - len(profile.skills)
            if not added:
                st.warning(t("pf_cv_none"))
                return
            learner.save_and_rerun(updated, t("pf_cv_added", skills=counted("n_skills", added)))
        else:
            uris = tuple(m.uri for m in found)
            if not uris:
                st.warning(t("pf_advert_none"))
                return
            goal = (profile.goal or Goal(label="the job advert")).model_copy(
                update={
                    "skills": tuple(dict.fromkeys((*(profile.goal.skills if profile.goal else ()), *uris))),
                    "job_advert": text[:5000],
                }
            )
            learner.save_and_rerun(
                profile.model_copy(update={"goal": goal}),
                t("pf_advert_set", skills=counted("n_skills", len(uris))),
            )


def credentials_section(profile: LearnerProfile) -> None:
    from pathfinder.profiles import record_credential_file

    if profile.credentials:
        st.markdown(
            "\n".join(
                f"- **{escape_md(c.title)}**"
                + (f" — {escape_md(c.awarding_body)}" if c.awarding_body else "")
                + (t("pf_n_skills", n=len(c.skills)) if c.skills else "")
                for c in profile.credentials
            )
        )
    upload = st.file_uploader(
        t("pf_upload_credential"),
        type=["json", "jsonld"],
        key="held-credential",
    )
    if upload is not None and st.button(t("pf_add_credential")):
        checked = check_upload(
            upload.name, upload.getvalue(), resources.settings(), suffixes=(".json", ".jsonld")
        )
        with tempfile.TemporaryDirectory() as tmp:
            path = save_upload(checked, Path(tmp))
            updated = record_credential_file(profile, path)
        learner.save_and_rerun(
            updated,
            t("pf_credential_added", title=escape_md(updated.credentials[-1].title)),
        )


def data_section(profile: LearnerProfile) -> None:
    from pathfinder.profiles import profile_from_json, profile_to_json

    mine = learner.data(profile.id)
    if mine.account.role == "learner":  # the full export and the erasure are the learner's own rights
        if st.button(
            t("pf_prepare_export"),
            help=t("pf_prepare_export_help"),
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
                t("pf_export_json"),
                prepared[0],
                f"{profile.id}-all-data.json",
                mime="application/json",
            )
            cols[1].download_button(
                t("pf_export_pdf"), prepared[1], f"{profile.id}-all-data.pdf", mime="application/pdf"
            )
    st.download_button(
        t("pf_export_profile"),
        profile_to_json(profile),
        f"{profile.id}.json",
        mime="application/json",
    )
    upload = st.file_uploader(t("pf_import"), type=["json"], key="profile-import")
    if upload is not None and st.button(t("pf_import_button")):
        checked = check_upload(upload.name, upload.getvalue(), resources.settings(), suffixes=(".json",))
        imported = profile_from_json(checked.text)  # decoded by check_upload (UTF-8, BOMs, UTF-16, cp1252)
        _, kept_decisions = learner.data(profile.id, "write").import_profile(imported)
        learner.flash(t("pf_imported") + (t("pf_imported_kept") if kept_decisions else ""))
        st.rerun()
    if mine.account.role != "learner":
        return
    st.divider()
    sure = st.checkbox(t("pf_delete_sure"))
    if st.button(t("pf_delete"), type="primary", disabled=not sure):
        from pathfinder.ui.session import forget

        learner.data(profile.id, "erase").erase()
        forget(t("pf_deleted"))
        st.rerun()


def render() -> None:
    profile = learner.load()
    with replying_in(learner.own_page_language(profile)):
        _page(profile)


def _page(profile: LearnerProfile) -> None:
    st.title(t("pf_title"))
    learner.show_flash()
    st.caption(t("pf_id", id=escape_md(profile.id)))
    skills_tab, goal_tab, limits_tab, paste_tab, creds_tab, data_tab = st.tabs(
        [t(f"pf_tab_{name}") for name in ("skills", "goal", "constraints", "paste", "credentials", "data")]
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
