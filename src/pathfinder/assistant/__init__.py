"""The assistant use case: (message, history, profile) -> Answer with citations, offline or with an LLM."""

from pathfinder.domain.dialogue import Answer, Citation, DialogueState, History, ProfileChange, Turn

__all__ = ["Answer", "Citation", "DialogueState", "History", "ProfileChange", "Turn"]
