"""The check after generation: every credential the answer names must exist in the catalogue and be cited.

Links are read as `[Title](url) (id)`. A link whose id or title is not in the catalogue is removed (a list
line is dropped, an inline mention is struck through and marked); a real one is rewritten to the catalogue's
own title, url and id (so a model cannot swap in another link); catalogue titles named without a link among
the credentials retrieved this turn get one. Citations are exactly the credentials cited in the final text.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from pathfinder.assistant.markdown import cite  # the citation form (titles escaped)
from pathfinder.domain import Credential
from pathfinder.domain.dialogue import Citation
from pathfinder.domain.taxonomy import normalise_label

NOT_IN_CATALOGUE = "not in the catalogue"
_LINK = re.compile(r"\[([^\]\n]+)\]\(([^)\s]*)\)(?:\s*\((?:id:\s*)?`?([^()`\s]+)`?\))?")
_BARE_ID = re.compile(r"\(id:\s*`?([^()`\s]+)`?\)")


@dataclass
class Grounded:
    text: str
    citations: tuple[Citation, ...]
    flagged: tuple[str, ...]


def ground(
    text: str,
    lookup: Callable[[str], Credential | None],
    title_to_id: dict[str, str],
    retrieved: Iterable[Credential] = (),
) -> Grounded:
    """Check and repair `text` against the catalogue (`lookup` by id, `title_to_id` by normalised title)."""
    cited: dict[str, Credential] = {}
    flagged: list[str] = []

    def resolve(title: str, cid: str | None) -> Credential | None:
        if cid:
            return lookup(cid)
        known = title_to_id.get(normalise_label(title))
        return lookup(known) if known else None

    def replace(m: re.Match[str]) -> str:
        title, _url, cid = m.group(1), m.group(2), m.group(3)
        cred = resolve(title, cid)
        if cred is None:
            flagged.append(cid or title)
            return f"\x00{title}\x00"
        cited[cred.id] = cred
        return cite(cred)

    out = _LINK.sub(replace, text)

    def bare(m: re.Match[str]) -> str:
        cred = lookup(m.group(1))
        if cred is None:
            flagged.append(m.group(1))
            return f"(\x00{m.group(1)}\x00)"
        cited[cred.id] = cred
        return f"({cred.id})"

    out = _BARE_ID.sub(bare, out)
    # credentials retrieved this turn and named by title without a link get one
    for cred in retrieved:
        if cred.id in cited or len(cred.title) < 6:
            continue
        pattern = re.compile(rf"(?<![\[\w]){re.escape(cred.title)}(?![\]\w])")
        if pattern.search(out):
            out = pattern.sub(lambda _m, c=cred: cite(c), out, count=1)
            cited[cred.id] = cred
    # drop list lines built around an invented credential; mark inline ones
    lines = []
    for line in out.split("\n"):
        if "\x00" in line and re.match(r"\s*(?:[-*+]|\d+[.)])\s", line):
            continue
        lines.append(re.sub(r"\x00([^\x00]*)\x00", rf"~~\1~~ ({NOT_IN_CATALOGUE})", line))
    out = "\n".join(lines)
    if flagged:
        out += (
            f"\n\n> Note: {len(flagged)} suggestion(s) named something {NOT_IN_CATALOGUE} and "
            "were removed; only catalogue entries are recommended."
        )
    order = [m.group(3) for m in _LINK.finditer(out) if m.group(3) in cited]
    ids = list(dict.fromkeys(order + list(cited)))
    return Grounded(out, tuple(Citation.of(cited[i]) for i in ids), tuple(dict.fromkeys(flagged)))
