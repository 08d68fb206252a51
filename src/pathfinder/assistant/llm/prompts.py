"""Prompt and response templates: `prompts/<name>.txt` (package data: src/pathfinder/prompts) loaded once and
rendered strictly.

Templates use `$name` / `${name}` placeholders (string.Template), so JSON braces in a prompt need no
escaping. Rendering without a variable the template needs raises `PromptError`; so does a missing file.
"""

from __future__ import annotations

import string
from functools import lru_cache
from importlib import resources
from pathlib import Path

from pathfinder.errors import PromptError

PROMPTS_DIR = Path(str(resources.files("pathfinder") / "prompts"))


@lru_cache(maxsize=256)
def load(name: str, prompts_dir: Path = PROMPTS_DIR) -> string.Template:
    """The template `prompts/<name>.txt` (name may contain `/`, e.g. "offline/search")."""
    path = (prompts_dir / f"{name}.txt").resolve()
    if prompts_dir.resolve() not in path.parents:
        raise PromptError(f"Prompt name {name!r} points outside {prompts_dir}.")
    try:
        return string.Template(path.read_text(encoding="utf-8"))
    except FileNotFoundError as e:
        raise PromptError(f"Prompt file {path} is missing; restore it from the repository.") from e


def variables(name: str, prompts_dir: Path = PROMPTS_DIR) -> frozenset[str]:
    """The placeholder names a template uses."""
    return frozenset(load(name, prompts_dir).get_identifiers())


def render(name: str, prompts_dir: Path = PROMPTS_DIR, /, **values: object) -> str:
    """Render `prompts/<name>.txt`; a placeholder without a value raises `PromptError`."""
    template = load(name, prompts_dir)
    missing = sorted(set(template.get_identifiers()) - set(values))
    if missing:
        raise PromptError(f"Prompt {name!r} needs {', '.join(missing)} but was rendered without it.")
    try:
        return template.substitute({k: str(v) for k, v in values.items()}).strip("\n")
    except ValueError as e:  # a stray `$` in the template file
        raise PromptError(
            f"Prompt {name!r} has an invalid placeholder: {e}. Escape a literal $ as $$."
        ) from e


def names(prompts_dir: Path = PROMPTS_DIR) -> list[str]:
    """Every template name under the prompts folder."""
    return sorted(str(p.relative_to(prompts_dir).with_suffix("")) for p in prompts_dir.rglob("*.txt"))
