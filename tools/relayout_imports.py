"""Rewrite imports of the old flat layout to the package layout of issue #15 (docs/ARCHITECTURE.md, "Where
things moved"), for branches started before it: `python tools/relayout_imports.py FILE...` rewrites the files
in place (imports, module paths in strings and Markdown). Idempotent; delete this tool once no branch needs
it."""

import ast
import re
import sys
from pathlib import Path

SIMPLE = {
    "assistant.answer": "domain.dialogue",
    "taxonomy": "skills.files",
    "esco": "skills.esco",
    "skill_aliases": "skills.aliases",
    "skillmatch": "skills.matching",
    "skill_evaluation": "skills.evaluation",
    "gaps": "planner.gaps",
    "profiles.store": "storage.profiles",
    "conversations": "storage.conversations",
    "advising": "storage.advising",
    "llm": "assistant.llm.models",
    "prompts": "assistant.llm.prompts",
    "tokens": "index.tokens",
    "safety": "safety.output",
    "uploads": "safety.uploads",
    "ui.escaping": "safety.markdown",
}
# names that leave a module for another one: module -> {name: new module}
SPLIT = {
    "pathfinder.skills.files": (
        {"Taxonomy", "normalise_label"},
        "pathfinder.domain.taxonomy",
        "pathfinder.skills.files",
    ),
    "pathfinder.profiles": (
        {
            "RELATED_TABLES",
            "SCHEMA_VERSION",
            "ProfileStore",
            "SqliteProfileStore",
            "open_profile_store",
            "register_related_table",
        },
        "pathfinder.storage.profiles",
        "pathfinder.profiles",
    ),
}
# not followed by a word character, nor (for the module that became a package) by its new submodules
PAT = re.compile(
    r"\bpathfinder\.("
    + "|".join(sorted(map(re.escape, SIMPLE), key=len, reverse=True))
    + r")\b(?!\w|\.(?:output|uploads|markdown)\b)"
)


def fmt(indent: str, module: str, names: list[str]) -> str:
    line = f"{indent}from {module} import {', '.join(names)}"
    if len(line) <= 110:
        return line
    body, cur = [], indent + "   "
    for n in names:
        piece = f" {n},"
        if len(cur) + len(piece) > 110:
            body.append(cur)
            cur = indent + "   "
        cur += piece
    body.append(cur)
    return f"{indent}from {module} import (\n" + "\n".join(body) + f"\n{indent})"


def rewrite(text: str) -> str:
    try:
        tree = ast.parse(text)
    except SyntaxError:
        tree = None
    lines = text.split("\n")
    if tree is not None:
        edits = []
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module in SPLIT and node.level == 0:
                moved, to, rest = SPLIT[node.module]
                a = [x for x in node.names if x.name in moved]
                b = [x for x in node.names if x.name not in moved]
                if not a and rest == node.module:
                    continue
                first = lines[node.lineno - 1]
                indent = first[: len(first) - len(first.lstrip())]
                comment = ""
                last = lines[node.end_lineno - 1]
                if "#" in last and node.lineno == node.end_lineno:
                    comment = "  " + last[last.index("#") :]

                def nm(x: ast.alias) -> str:
                    return x.name + (f" as {x.asname}" if x.asname else "")

                out = []
                if b:
                    out.append(fmt(indent, rest, [nm(x) for x in b]))
                if a:
                    out.append(fmt(indent, to, [nm(x) for x in a]))
                new = "\n".join(out) + comment
                edits.append((node.lineno, node.end_lineno, new))
        for s, e, new in sorted(edits, reverse=True):
            lines[s - 1 : e] = new.split("\n")
    text = "\n".join(lines)
    text = re.sub(
        r"^(\s*)from pathfinder import prompts\b",
        r"\1from pathfinder.assistant.llm import prompts",
        text,
        flags=re.M,
    )
    return PAT.sub(lambda m: "pathfinder." + SIMPLE[m.group(1)], text)


if __name__ == "__main__":
    changed = 0
    for name in sys.argv[1:]:
        p = Path(name)
        old = p.read_text(encoding="utf-8")
        new = (
            rewrite(old) if p.suffix == ".py" else PAT.sub(lambda m: "pathfinder." + SIMPLE[m.group(1)], old)
        )
        if new != old:
            p.write_text(new, encoding="utf-8")
            changed += 1
    print("changed", changed)
