"""Every prompt renders with its variables; a missing variable or file raises PromptError."""

from __future__ import annotations

import pytest

from pathfinder.assistant.llm import prompts
from pathfinder.errors import PromptError


def test_every_prompt_renders_with_its_variables() -> None:
    names = prompts.names()
    assert "llm/system" in names and "offline/search" in names and len(names) >= 20
    for name in names:
        values = {v: f"<{v}>" for v in prompts.variables(name)}
        text = prompts.render(name, **values)
        assert text.strip() and "$" not in text.replace("$$", "")
        for v in values.values():
            assert v in text


def test_missing_variable_raises() -> None:
    with pytest.raises(PromptError, match="profile"):
        prompts.render("llm/context", frame="{}", message="hi")


def test_missing_file_raises() -> None:
    with pytest.raises(PromptError, match="missing"):
        prompts.render("offline/no_such_prompt")


def test_name_cannot_escape_the_folder() -> None:
    with pytest.raises(PromptError):
        prompts.render("../pyproject")
