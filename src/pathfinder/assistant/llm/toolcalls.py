"""Tool calls in every shape a model writes them, and the short errors the model gets back for bad ones.

Native calls come as the API's `tool_calls`; small local models often write the call as text instead: a JSON
code fence, `<tool_call>{...}</tool_call>` (Hermes, Qwen), `<tools><function name=… arguments=…/></tools>`,
`<function=name>{...}</function>` (Llama 3.1), `[TOOL_CALLS][...]` (Mistral) or a bare
`{"name": …, "arguments": …}`. `extract_calls` finds them all and returns the text without them, so none of
it (nor an echoed `<tool_response>`) can reach the learner. `check_arguments` validates arguments against a
tool's schema and words a failure in one line the model can act on (never a pydantic dump).
"""

from __future__ import annotations

import html
import json
import re
from dataclasses import dataclass, field
from typing import Any

from pydantic import BaseModel, ValidationError


@dataclass(frozen=True)
class TextCall:
    """One tool call, from text or the API's tool_calls: a name, arguments, or why they were unusable."""

    name: str
    args: dict[str, Any] = field(default_factory=dict)
    error: str | None = None  # set when the arguments could not be read
    id: str | None = None  # the API's call id (native calls only)


_TAGGED = re.compile(
    r"<(tool_call|tool_calls|function_call|tools|tool)>\s*(.*?)\s*(?:</\1>|$)", re.DOTALL | re.IGNORECASE
)
_FENCE = re.compile(r"```[ \t]*([\w-]*)[ \t]*\n?(.*?)(?:```|$)", re.DOTALL)
_FUNCTION_TAG = re.compile(r"<function\b([^>]*?)/?>(?:(.*?)</function>)?", re.DOTALL | re.IGNORECASE)
_FUNCTION_EQ = re.compile(r"<function=([\w.-]+)>\s*(.*?)\s*(?:</function>|$)", re.DOTALL | re.IGNORECASE)
_ATTR = re.compile(r"""(\w+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)'|(\{.*\}))""", re.DOTALL)
_BROKEN = re.compile(r'\{\s*"(?:name|tool|function)"\s*:\s*"([\w.-]+)"', re.IGNORECASE)
_MISTRAL = re.compile(r"\[TOOL_CALLS\]\s*", re.IGNORECASE)
_RESPONSE = re.compile(r"<tool_response>.*?(?:</tool_response>|$)", re.DOTALL | re.IGNORECASE)
_STRAY_TAG = re.compile(
    r"</?(?:tool_call|tool_calls|tool_response|function_call|tools|tool|function)\b[^>]*>", re.IGNORECASE
)


def _json_objects(text: str) -> list[tuple[int, int, Any]]:
    """(start, end, value) of every top-level JSON object or array in `text` that parses."""
    out = []
    decoder = json.JSONDecoder()
    i = 0
    while i < len(text):
        if text[i] in "{[":
            try:
                value, end = decoder.raw_decode(text, i)
            except ValueError:
                i += 1
                continue
            out.append((i, end, value))
            i = end
        else:
            i += 1
    return out


def _as_calls(value: Any) -> list[TextCall]:
    """Calls in a parsed JSON value: {"name", "arguments"|"parameters"}, {"function": {...}}, lists."""
    if isinstance(value, list):
        return [c for v in value for c in _as_calls(v)]
    if not isinstance(value, dict):
        return []
    if isinstance(value.get("function"), dict):
        return _as_calls(value["function"])
    if isinstance(value.get("tool_calls"), list):
        return _as_calls(value["tool_calls"])
    name = value.get("name") or value.get("tool") or value.get("tool_name")
    if not isinstance(name, str) or not name.strip():
        return []
    keys = ("arguments", "parameters", "args", "input")
    raw = next((value[k] for k in keys if k in value), {})
    return [call_from(name.strip(), raw)]


def call_from(name: str, raw: Any, call_id: str | None = None) -> TextCall:
    """A call whose arguments may be an object, a JSON string, or something unusable (kept as the error)."""
    if raw is None or raw == "":
        return TextCall(name, {}, id=call_id)
    if isinstance(raw, str):
        try:
            raw = json.loads(raw)
        except ValueError as e:
            return TextCall(
                name, {}, f"the arguments are not valid JSON ({e.msg} at character {e.pos})", call_id
            )
    if not isinstance(raw, dict):
        return TextCall(name, {}, "the arguments must be a JSON object", call_id)
    return TextCall(name, raw, id=call_id)


def _function_tag(attrs: str, body: str | None) -> TextCall | None:
    found = {m[1]: html.unescape(m[2] or m[3] or m[4] or "") for m in _ATTR.finditer(attrs)}
    name = found.get("name")
    if not name:
        return None
    raw: Any = found.get("arguments", found.get("parameters", (body or "").strip()))
    return call_from(name, raw)


def extract_calls(text: str) -> tuple[list[TextCall], str]:
    """(the tool calls written in `text`, the text without any call, tool tag or echoed tool result)."""
    calls: list[TextCall] = []
    rest = _RESPONSE.sub("", text)

    def tagged(m: re.Match[str]) -> str:
        calls.extend(_tag_calls(m.group(2)))
        return ""

    def fence(m: re.Match[str]) -> str:
        found = [c for _s, _e, v in _json_objects(m.group(2)) for c in _as_calls(v)]
        found += [c for fm in _FUNCTION_EQ.finditer(m.group(2)) for c in [call_from(fm[1], fm[2])]]
        if not found:
            return m.group(0)
        calls.extend(found)
        return ""

    rest = _TAGGED.sub(tagged, rest)
    rest = _FUNCTION_EQ.sub(lambda m: _keep(calls, call_from(m[1], m[2])), rest)
    rest = _FUNCTION_TAG.sub(lambda m: _keep(calls, _function_tag(m[1], m[2]), m.group(0)), rest)
    rest = _FENCE.sub(fence, rest)
    rest = _MISTRAL.sub("", rest)
    for start, end, value in reversed(_json_objects(rest)):
        found = _as_calls(value)
        if found:
            calls[:0] = found
            rest = rest[:start] + rest[end:]
    broken = _BROKEN.search(rest)
    if broken:  # a call cut off or with broken JSON: answered as such, and nothing from it shown
        calls.append(TextCall(broken[1], {}, "the call is not valid JSON (cut off or malformed)"))
        rest = rest[: broken.start()]
    rest = _STRAY_TAG.sub("", rest)
    return calls, re.sub(r"\n{3,}", "\n\n", rest).strip()


def _keep(calls: list[TextCall], call: TextCall | None, original: str = "") -> str:
    if call is None:
        return original
    calls.append(call)
    return ""


def _tag_calls(body: str) -> list[TextCall]:
    found = [c for fm in _FUNCTION_EQ.finditer(body) for c in [call_from(fm[1], fm[2])]]
    found += [c for fm in _FUNCTION_TAG.finditer(body) if (c := _function_tag(fm[1], fm[2])) is not None]
    if found:
        return found
    return [c for _s, _e, v in _json_objects(body) for c in _as_calls(v)]


def check_arguments(name: str, args: dict[str, Any], schemas: dict[str, type[BaseModel]]) -> str | None:
    """None when `args` fit tool `name`'s schema, else one short sentence for the model saying what to fix."""
    schema = schemas.get(name)
    if schema is None:
        return f"There is no tool called {name!r}. The tools are: {', '.join(schemas)}."
    try:
        schema.model_validate(args)
    except ValidationError as e:
        return f"{name} was called with unusable arguments: {short_errors(e)}. Call it again with fixed ones."
    return None


def short_errors(error: ValidationError) -> str:
    """'query: required; k: must be an integer' — a pydantic error in words a small model follows."""
    bits = []
    for item in error.errors()[:4]:
        where = ".".join(str(p) for p in item.get("loc", ())) or "arguments"
        kind = item.get("type", "")
        if kind == "missing":
            what = "is required"
        elif kind == "extra_forbidden":
            what = "is not a parameter of this tool"
        else:
            what = str(item.get("msg", "is not valid")).lower()
        bits.append(f"{where} {what}")
    return "; ".join(bits)


def looks_like_tool_markup(text: str) -> bool:
    """Whether text still carries tool-call or tool-result markup (a final check before anything is shown)."""
    if _STRAY_TAG.search(text) or _MISTRAL.search(text) or _BROKEN.search(text):
        return True
    return any(_as_calls(v) for _s, _e, v in _json_objects(text))
