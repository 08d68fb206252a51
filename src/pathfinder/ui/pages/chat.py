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

PLACEHOLDER = "Ask for a pathway, e.g. “I want to become a data analyst, 5 hours a week”"


def conversation_picker(profile_id: str, key: str) -> str | None:
    """Pick a past conversation of this learner to resume (the latest by default) or a new one; its id or
    None."""
    past = learner.data(profile_id).conversations()
    ids = [c.id for c in past]
    names = {
        c.id: f"{one_line(c.title, 60) or 'untitled'} · {c.updated_at[:16].replace('T', ' ')} · "
        f"{c.messages // 2} question{'s' if c.messages != 2 else ''}"
        for c in past
    }
    names[""] = "+ New conversation"
    picker = f"{key}-picker"
    pending = st.session_state.pop(f"{key}-select", None)
    if pending is not None:
        st.session_state[picker] = pending
    if st.session_state.get(picker) not in ["", *ids]:  # first visit, another learner, or deleted
        st.session_state[picker] = ids[0] if ids else ""
    chosen = st.selectbox(
        "Conversation",
        ["", *ids],
        format_func=names.get,
        key=picker,
        help="Conversations are saved; pick one to resume it.",
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


def feedback_view(message_id: int, stored: dict[int, Any], key: str) -> None:
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
            "Comment (optional)",
            value=previous.comment if previous else "",
            placeholder="What was good or wrong about this answer?",
        )
        if st.form_submit_button("Send comment"):
            store.feedback(message_id, value, comment)
            st.toast("Thanks, your feedback is saved.")


def profile_changes_view(answer: Any, profile: LearnerProfile, message_id: int, key: str) -> None:
    """What this answer changed in the profile (already saved), with one-click undo while it is the latest."""
    from pathfinder.assistant.session import undo

    if not answer.profile_changes:
        return
    before = st.session_state.get(f"{key}-undo", {}).get(message_id)
    with st.container(border=True):
        st.markdown(
            "**✓ Saved to your profile**\n\n"
            + "\n".join(f"- {escape_md(c.summary)}" for c in answer.profile_changes)
        )
        if before is not None and st.button("Undo", key=f"{key}-undo-{message_id}", icon=":material/undo:"):
            learner.save(undo(profile, before))
            st.session_state[f"{key}-undo"].pop(message_id, None)
            learner.flash("Your profile is back as it was before that answer.")
            st.rerun()


def answer_extras(
    answer: Any,
    *,
    key: str,
    message_id: int | None,
    feedback: dict[int, Any],
    profile: LearnerProfile | None,
    last: bool,
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
        citations_view(answer)
    if message_id is not None:
        feedback_view(message_id, feedback, key)
        if last and profile is not None:
            profile_changes_view(answer, profile, message_id, key)


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


def chat_input(key: str) -> str | None:
    return st.chat_input(PLACEHOLDER, key=f"{key}-input", max_chars=4000)


def chat_panel(profile_id: str, key: str = "chat", prompt: str | None | object = _OWN_INPUT) -> None:
    """The whole conversation UI for one learner (the visitor, or the learner an advisor opened).

    `prompt` is the value of a chat input the caller already rendered (the Chat page does, first thing, so the
    page is usable while the rest loads); by default the panel renders its own input after the messages."""
    from pathfinder.domain.dialogue import History
    from pathfinder.safety.output import KEY_REMOVED_NOTE, configured_secrets, scrub_chat_message

    store = learner.data(
        profile_id
    )  # access-checked: the signed-in learner, or an advisor's caseload learner
    conversation = conversation_picker(profile_id, key)
    history = store.history(conversation) if conversation else History()
    message_ids = store.message_ids(conversation) if conversation else []
    feedback = store.feedback_on(message_ids)
    profile = store.load()
    learner.remember_language(profile_id, history.state.language)  # the Pathway page speaks it too

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
    if before is not None:
        st.session_state.setdefault(f"{key}-undo", {})[message_id] = before
    st.rerun()


def render() -> None:
    cols = st.columns([5, 1])
    cols[0].title("Chat")
    prompt = chat_input("chat")  # before anything heavy: the input is usable while settings and stores load
    badge = mode_badge()
    cols[1].badge(badge, icon=":material/cloud_off:" if badge == "offline mode" else ":material/smart_toy:")
    learner.show_flash()
    chat_panel(learner.active_profile_id(), prompt=prompt)
