"""The Chat page: streamed replies, cited credentials as cards, thumbs feedback with a comment, resumable
conversations, one-click profile changes, and the offline/model badge. `chat_panel` is reused by the
Advisor."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import streamlit as st

from pathfinder.safety.markdown import escape_md, one_line
from pathfinder.ui import learner, resources
from pathfinder.ui.cards import credential_card, missing_card
from pathfinder.ui.navigation import mode_badge

if TYPE_CHECKING:  # the page's first lines (title, chat input) render before pydantic is imported
    from pathfinder.domain import LearnerProfile


def _t(key: str, lang: str | None, **values: object) -> str:
    """A chat-page label in `lang` (the conversation's language; None: English)."""
    from pathfinder.assistant.i18n import t

    return t(key, lang if lang else "en", **values)


def conversation_picker(profile_id: str, key: str, lang: str | None = None) -> str | None:
    """Pick a past conversation of this learner to resume (the latest by default) or a new one; its id or
    None."""
    past = learner.data(profile_id).conversations()
    ids = [c.id for c in past]
    from pathfinder.assistant.i18n import counted

    names = {
        c.id: f"{one_line(c.title, 60) or _t('cp_untitled', lang)} · {c.updated_at[:16].replace('T', ' ')} · "
        + counted("n_questions", c.messages // 2, lang or "en")
        for c in past
    }
    names[""] = _t("cp_new", lang)
    picker = f"{key}-picker"
    pending = st.session_state.pop(f"{key}-select", None)
    if pending is not None:
        st.session_state[picker] = pending
    if st.session_state.get(picker) not in ["", *ids]:  # first visit, another learner, or deleted
        st.session_state[picker] = ids[0] if ids else ""
    chosen = st.selectbox(
        _t("cp_conversation", lang),
        ["", *ids],
        format_func=names.get,
        key=picker,
        help=_t("cp_conv_help", lang),
    )
    return chosen or None


def citations_view(answer: Any) -> None:
    credentials = resources.credentials_by_id()
    titles = {cid: c.title for cid, c in credentials.items()}
    for n, citation in enumerate(answer.citations, start=1):
        cred = credentials.get(citation.id)
        if cred is None:
            missing_card(citation.id, citation.title, citation.url)
        else:
            credential_card(cred, titles, number=n)


def feedback_view(message_id: int, stored: dict[int, Any], key: str, lang: str | None = None) -> None:
    """Thumbs up/down; a comment box appears once rated. Both are stored with the conversation."""
    store = learner.data(action="write")  # the learner whose conversation is shown
    previous = stored.get(message_id)
    default = None if previous is None else (1 if previous.rating == 1 else 0)
    rating = st.feedback("thumbs", key=f"{key}-fb-{message_id}", default=default)
    if rating is None:
        return
    value = 1 if rating == 1 else -1
    if previous is None or previous.rating != value:
        store.feedback(message_id, value, previous.comment if previous else "")
    with st.form(f"{key}-comment-{message_id}", border=False):
        comment = st.text_input(
            _t("cp_comment", lang),
            value=previous.comment if previous else "",
            placeholder=_t("cp_comment_ph", lang),
        )
        if st.form_submit_button(_t("cp_send", lang)):
            store.feedback(message_id, value, comment)
            st.toast(_t("cp_thanks", lang))


def profile_changes_view(
    answer: Any, profile: LearnerProfile, message_id: int, key: str, lang: str | None = None
) -> None:
    """What this answer changed in the profile (already saved), with one-click undo while it is the latest."""
    from pathfinder.assistant.i18n import replying_in
    from pathfinder.assistant.planner_text import say
    from pathfinder.assistant.session import undo

    if not answer.profile_changes:
        return
    before = st.session_state.get(f"{key}-undo", {}).get(message_id)
    with st.container(border=True):
        with replying_in(lang):  # the summaries are written in English; said in the conversation's language
            changes = "\n".join(f"- {escape_md(say(c.summary))}" for c in answer.profile_changes)
        # an advisor's chat (staff pages are English) saves to the advised learner, not to "your" profile
        whose = None if key == "chat" else escape_md(profile.name or profile.id)
        saved = _t("cp_saved", lang) if whose is None else _t("cp_saved_for", "en", name=whose)
        st.markdown(f"**{saved}**\n\n" + changes)
        if before is not None and st.button(
            _t("cp_undo", lang), key=f"{key}-undo-{message_id}", icon=":material/undo:"
        ):
            learner.save(undo(profile, before))
            st.session_state[f"{key}-undo"].pop(message_id, None)
            learner.flash(_t("cp_undone", lang) if whose is None else _t("cp_undone_for", "en", name=whose))
            st.rerun()


def answer_extras(
    answer: Any,
    *,
    key: str,
    message_id: int | None,
    feedback: dict[int, Any],
    profile: LearnerProfile | None,
    last: bool,
    lang: str | None = None,
) -> None:
    if answer.pathway is not None and answer.pathway.steps:
        from pathfinder.assistant.i18n import replying_in
        from pathfinder.ui.charts import (
            timeline_chart,  # altair and pandas load on the first plan, not at startup
        )

        with replying_in(answer.state.language):  # the chart's words in the answer's language
            chart = timeline_chart(answer.pathway)
        st.altair_chart(chart, width="stretch", key=f"{key}-timeline-{message_id}")
    if answer.citations:
        from pathfinder.assistant.i18n import replying_in

        with replying_in(lang):  # the cards' labels in the conversation's language
            citations_view(answer)
    if message_id is not None:
        feedback_view(message_id, feedback, key, lang)
        if last and profile is not None:
            profile_changes_view(answer, profile, message_id, key, lang)


def rendered(text: str, answer: Any) -> str:
    """A stored answer through the one sanitiser again (answers stored before it existed, or edited data)."""
    from pathfinder.safety.markdown import safe_url, sanitise_markdown

    cited = answer.citations if answer is not None else ()
    allowed = {safe_url(c.url) for c in cited} | {f"#{c.id}" for c in cited}
    return sanitise_markdown(text, lambda url: url in allowed)


def split_stream(chunks: Iterator[Any], final: dict[str, Any]) -> Iterator[str]:
    """Text chunks for st.write_stream; the Answer that ends the stream is kept in `final`."""
    for chunk in chunks:
        if isinstance(chunk, str):
            yield chunk
        else:
            final["answer"] = chunk


_OWN_INPUT = object()


def chat_input(key: str, closed: bool = False) -> str | None:
    """The chat's input; `closed`: an advisor with no learner open, whom it tells to open one first."""
    lang = st.session_state.get(learner.LANGUAGE_KEY + "last") if key == "chat" else None
    if closed:
        st.chat_input(_t("cp_open_learner_first", lang), key=f"{key}-input", disabled=True)
        return None
    return st.chat_input(_t("cp_placeholder", lang), key=f"{key}-input", max_chars=4000)


def _no_learner_open() -> bool:
    """An advisor with no learner open. Only when the last run's role says advisor is the account loaded
    here (a learner's input stays the page's first, fast element); the answer itself is the account's."""
    from pathfinder.ui.session import ROLE_KEY

    if st.session_state.get(ROLE_KEY) != "advisor" or st.session_state.get(learner.ADVISED_KEY):
        return False
    try:
        learner.active_profile_id()
    except learner.OpenALearnerFirst:
        return True
    return False


def chat_panel(profile_id: str, key: str = "chat", prompt: str | None | object = _OWN_INPUT) -> None:
    """The whole conversation UI for one learner (the visitor, or the learner an advisor opened).

    `prompt` is the value of a chat input the caller already rendered (the Chat page does, first thing, so the
    page is usable while the rest loads); by default the panel renders its own input after the messages."""
    from pathfinder.domain.dialogue import History
    from pathfinder.safety.output import KEY_REMOVED_NOTE, configured_secrets, scrub_chat_message

    store = learner.data(
        profile_id
    )  # access-checked: the signed-in learner, or an advisor's caseload learner
    # the learner's own chat speaks their conversation's language (an advisor's view of it stays English)
    lang = learner.conversation_language(profile_id) if key == "chat" else None
    conversation = conversation_picker(profile_id, key, lang)
    history = store.history(conversation) if conversation else History()
    from pathfinder.ui.session import current_account

    account = current_account()
    if account is not None and account.role == "advisor":  # every message of the session is about the learner
        history = history.model_copy(update={"advised": True})
    message_ids = store.message_ids(conversation) if conversation else []
    feedback = store.feedback_on(message_ids)
    profile = store.load()
    if key == "chat":
        learner.remember_language(profile_id, history.state.language)  # the Pathway page speaks it too
        lang = history.state.language or lang

    assistant_turns = 0
    total_assistant = sum(1 for t in history.turns if t.role == "assistant")
    for turn in history.turns:
        with st.chat_message(turn.role):
            if turn.role == "user":
                st.markdown(escape_md(turn.text))
                continue
            st.markdown(rendered(turn.text, turn.answer))
            assistant_turns += 1
            message_id = message_ids[assistant_turns - 1] if assistant_turns <= len(message_ids) else None
            if turn.answer is not None:
                answer_extras(
                    turn.answer,
                    key=key,
                    message_id=message_id,
                    feedback=feedback,
                    profile=profile,
                    last=assistant_turns == total_assistant,
                    lang=lang,
                )
    if not history.turns:
        st.caption(
            "Tell me your goal, what you know and how much time and money you have; I will find "
            "micro-credentials and plan a pathway that stacks."
        )

    if prompt is _OWN_INPUT:
        prompt = chat_input(key)
    if not prompt:
        return
    assert isinstance(prompt, str)
    # a pasted API key or password never reaches the assistant (or a model server) and is never stored
    prompt, removed_secret = scrub_chat_message(prompt, configured_secrets(resources.settings()))
    with st.chat_message("user"):
        st.markdown(escape_md(prompt))
    final: dict[str, Any] = {}
    assistant = resources.assistant()
    with st.chat_message("assistant"):
        if assistant.mode == "llm":  # the model's answer is shown only once checked: say why it takes a while
            with st.spinner("Asking the model and checking its answer against the catalogue…"):
                chunks = list(split_stream(assistant.stream(prompt, history, profile), final))
            st.markdown("".join(chunks))
        else:
            st.write_stream(split_stream(assistant.stream(prompt, history, profile), final))
    answer = final.get("answer")
    if answer is None:
        st.error(
            "The assistant stopped without an answer. Try again; "
            "if it keeps happening, check the model server."
        )
        return
    if removed_secret:
        answer = answer.model_copy(update={"text": f"{answer.text}\n\n{KEY_REMOVED_NOTE}"})
    from pathfinder.assistant.session import settle

    answer, after, before = settle(answer, profile)  # stated changes apply at once; undo keeps `before`
    if before is not None:
        learner.save(after)
    if conversation is None:
        conversation = store.start_conversation()
        st.session_state[f"{key}-select"] = conversation
    message_id = store.add_turn(conversation, prompt, answer)
    if key == "chat":  # the next run draws the input (first thing) in the answer's language
        learner.remember_language(profile_id, answer.state.language)
    if before is not None:
        st.session_state.setdefault(f"{key}-undo", {})[message_id] = before
    st.rerun()


def render() -> None:
    cols = st.columns([5, 1])
    cols[0].title(_t("nav_chat", st.session_state.get(learner.LANGUAGE_KEY + "last")))  # as in the menu
    # before anything heavy: the input is usable while settings and stores load
    prompt = chat_input("chat", closed=_no_learner_open())
    from pathfinder.ui.session import current_account, shown_language

    offline = not resources.settings().llm_enabled
    badge = mode_badge(shown_language(current_account()))
    cols[1].badge(badge, icon=":material/cloud_off:" if offline else ":material/smart_toy:")
    learner.show_flash()
    chat_panel(learner.active_profile_id(), prompt=prompt)
