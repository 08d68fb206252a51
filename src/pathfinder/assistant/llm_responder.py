"""The LLM responder: a LangChain chat model with tool calling onto the assistant's tools, a bounded tool
loop, streamed tokens, memory trimmed to a token budget, and the same grounding check as the offline path."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from typing import Literal

from pathfinder.assistant.conversation_language import conversation_language
from pathfinder.assistant.grounding import ground
from pathfinder.assistant.i18n import SERVED, replying_in
from pathfinder.assistant.llm import prompts
from pathfinder.assistant.llm.models import ChatModel, translated_errors
from pathfinder.assistant.llm_tools import ToolRun, tool_specs
from pathfinder.assistant.memory import history_messages, rewrite_followup
from pathfinder.assistant.nlu.understand import understand
from pathfinder.assistant.policy import decide
from pathfinder.assistant.profile_changes import changes_from, combine, merge_pending
from pathfinder.assistant.tools import AssistantTools
from pathfinder.domain import LearnerProfile
from pathfinder.domain.dialogue import Answer, History, apply_changes
from pathfinder.domain.languages import language_name
from pathfinder.errors import BadModelReply
from pathfinder.settings import Settings

MAX_TOOL_ROUNDS = 4
ANONYMOUS = LearnerProfile(id="anonymous")


class LLMResponder:
    mode: Literal["offline", "llm"] = "llm"

    def __init__(
        self,
        model: ChatModel,
        tools: AssistantTools,
        settings: Settings,
        *,
        max_rounds: int = MAX_TOOL_ROUNDS,
    ) -> None:
        self.model = model
        self.tools = tools
        self.settings = settings
        self.max_rounds = max_rounds

    def reply(
        self, message: str, history: History | None = None, profile: LearnerProfile | None = None
    ) -> Answer:
        answer = None
        for item in self.stream(message, history, profile):
            if isinstance(item, Answer):
                answer = item
        assert answer is not None
        return answer

    def _messages(self, message: str, history: History, run: ToolRun) -> list:
        from langchain_core.messages import HumanMessage, SystemMessage

        profile_json = json.dumps(
            run.provisional.model_dump(mode="json", exclude={"updated_at", "version"}), ensure_ascii=False
        )
        system = prompts.render("llm/system", today=date.today().isoformat(), profile=profile_json)
        budget = self.settings.history_token_budget
        rewritten = rewrite_followup(message, history.state)
        user = (
            message
            if rewritten is None
            else f"{message}\n\n(Follow-up to my last search; search for: {rewritten})"
        )
        return [SystemMessage(system), *history_messages(history, budget), HumanMessage(user)]

    def stream(
        self, message: str, history: History | None = None, profile: LearnerProfile | None = None
    ) -> Iterator[str | Answer]:
        """Text chunks as the model writes them, then the final grounded Answer (its text is
        authoritative)."""
        from langchain_core.messages import ToolMessage

        history = history or History()
        state = history.state
        profile = profile or ANONYMOUS
        earlier = [t.text for t in reversed(history.turns) if t.role == "user"][:3]
        # the same understanding as the offline path: language, the act, and the profile changes stated
        known = state.language or conversation_language("", earlier)
        p = understand(message, date.today(), known)
        lang = p.lang if p.lang in SERVED else (known if known in SERVED else "en")
        provisional = apply_changes(profile, state.pending)
        intent = decide(
            p,
            state,
            suggestions_open=bool(state.last_pathway and state.last_pathway.relaxations),
            named=False,
            topical=bool(p.topic) and self.tools.lexicon.is_catalogue_topic(p.topic),
            has_goal=provisional.goal is not None,
        )
        with replying_in(lang):
            stated, _ = changes_from(p, self.tools, provisional, intent)
        run = ToolRun(
            self.tools,
            profile,
            pending=state.pending,
            last_pathway=state.last_pathway,
            language=p.lang or known,
        )
        run.changes.extend(stated)  # the model plans with them, and they are saved like the offline path's
        messages = self._messages(message, history, run)
        if lang != "en":
            messages[0].content += f"\n\nReply in {language_name(lang)}, the learner's language."
        bound = self.model.bind_tools(tool_specs())
        text = ""
        for round_no in range(self.max_rounds + 1):
            model = bound if round_no < self.max_rounds else self.model  # last round: answer, no more tools
            reply = None
            with translated_errors(self.settings):
                for chunk in model.stream(messages):
                    reply = chunk if reply is None else reply + chunk
                    if isinstance(chunk.content, str) and chunk.content:
                        yield chunk.content
            if reply is None:
                raise BadModelReply(
                    "The LLM server returned an empty reply; check that it is OpenAI-compatible."
                )
            calls = list(getattr(reply, "tool_calls", None) or [])
            invalid = list(getattr(reply, "invalid_tool_calls", None) or [])
            if not calls and not invalid:
                text = reply.content if isinstance(reply.content, str) else ""
                break
            messages.append(reply)
            for call in calls:
                messages.append(
                    ToolMessage(run.call(call["name"], call.get("args") or {}), tool_call_id=call["id"])
                )
            for bad in invalid:
                messages.append(
                    ToolMessage(
                        json.dumps({"error": f"Arguments were not valid JSON: {bad.get('error')}"}),
                        tool_call_id=bad.get("id") or "invalid",
                    )
                )
        if not text.strip():
            raise BadModelReply("The language model gave no answer text. Try again, or use the offline mode.")
        grounded = ground(text, self.tools.get, self.tools.lexicon.title_to_id, run.retrieved.values())
        changes = combine(run.changes)
        new_state = state.model_copy(
            update={"pending": merge_pending(state.pending, changes), "language": lang}
        )
        if run.last_query:
            new_state = new_state.model_copy(
                update={
                    "last_query": run.last_query,
                    "last_filters": run.last_filters,
                    "last_results": run.last_results,
                    "listing": "results",
                }
            )
        if run.pathway is not None:
            new_state = new_state.model_copy(update={"last_pathway": run.pathway, "listing": "pathway"})
        yield Answer(
            text=grounded.text,
            citations=grounded.citations,
            pathway=run.pathway,
            profile_changes=tuple(changes),
            intent=intent,  # type: ignore[arg-type]
            filters=run.last_filters,
            query=run.last_query or None,
            flagged=grounded.flagged,
            responder="llm",
            state=new_state,
        )
