"""Our own catalogue schema: turning one record (CSV cells or a JSON object) into a Credential or a Reject."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from pydantic import ValidationError

from pathfinder.catalogue import codes
from pathfinder.domain import Credential, HeldCredential, Reject
from pathfinder.domain.limits import record_problem

REQUIRED_COLUMNS: tuple[str, ...] = ("id", "title", "provider")
# Columns of the CSV form: every Credential field but the two the importer fills itself.
COLUMNS: tuple[str, ...] = tuple(f for f in Credential.model_fields if f not in {"source", "derived"})

LIST_SEP = ";"  # between the items of a list cell: "en;fr"
PART_SEP = "|"  # between the parts of one item: "http://data.europa.eu/esco/skill/...|SQL"

_TEXT_LISTS = {"learning_outcomes", "prerequisites", "languages", "digcomp_areas"}
_SKILL_LISTS = {"skills", "prerequisite_skills"}
_NUMBERS = {"hours", "ects", "cost", "stack_ects_required"}
_DECIMAL_COMMA = re.compile(r"^-?\d+,\d+$")


def split_list(cell: str) -> list[str]:
    return [item.strip() for item in cell.split(LIST_SEP) if item.strip()]


def _number_cell(cell: str) -> str:
    return cell.replace(",", ".") if _DECIMAL_COMMA.match(cell) else cell


def _session(item: str) -> dict[str, str]:
    return dict(zip(("start", "end"), item.split(PART_SEP, 1)))


def fields_from_cells(cells: Mapping[str, str]) -> dict[str, Any]:
    """Credential fields from the string cells of one CSV row in our schema (empty cells are left out)."""
    fields: dict[str, Any] = {}
    for name, raw in cells.items():
        if not raw or name not in _CONVERTERS:
            continue
        cell = raw.strip()
        if cell:
            fields[name] = _CONVERTERS[name](cell)
    return fields


def skill_ref(item: str | Mapping[str, Any]) -> Any:
    """`uri|label` or a bare URI (label left empty for the taxonomy to fill) as SkillRef fields."""
    if not isinstance(item, str):
        return item
    uri, _, label = item.partition(PART_SEP)
    return {"uri": uri.strip(), "label": label.strip()}


def stack_target(item: str | Mapping[str, Any]) -> Any:
    """`target|ects` or a bare target id as StackTarget fields."""
    if not isinstance(item, str):
        return item
    target, _, ects = item.partition(PART_SEP)
    return {"target": target.strip(), "ects": ects.strip().replace(",", ".") or None}


def _identity(cell: str) -> str:
    return cell


def participation_cell(value: Any) -> Any:
    """A form of participation as a provider writes it ('Online', 'vor Ort', 'presencial') as our value; a
    value no word of `codes.participation` names is kept, so the record is rejected naming it."""
    if not isinstance(value, str):
        return value
    return codes.participation(value) or value


_CONVERTERS: dict[str, Any] = {name: _identity for name in COLUMNS}
_CONVERTERS.update({name: split_list for name in _TEXT_LISTS})
_CONVERTERS.update({name: (lambda cell: [skill_ref(i) for i in split_list(cell)]) for name in _SKILL_LISTS})
_CONVERTERS.update({name: _number_cell for name in _NUMBERS})
_CONVERTERS["stacks_into"] = lambda cell: [stack_target(i) for i in split_list(cell)]
_CONVERTERS["sessions"] = lambda cell: [_session(i) for i in split_list(cell)]
_CONVERTERS["participation"] = participation_cell


def normalise_json_record(record: Mapping[str, Any]) -> dict[str, Any]:
    """A JSON record with the shorthands the CSV form allows: skills and stack targets as plain strings, a
    form of participation in the provider's words."""
    fields = dict(record)
    if "participation" in fields:
        fields["participation"] = participation_cell(fields["participation"])
    for name in _SHORTHAND_FIELDS.intersection(fields):
        value = fields[name]
        if name in _TEXT_LISTS:
            if isinstance(value, str):
                fields[name] = split_list(value)
        elif isinstance(value, list) and any(isinstance(v, str) for v in value):
            convert = stack_target if name == "stacks_into" else skill_ref
            fields[name] = [convert(v) for v in value]
    return fields


_SHORTHAND_FIELDS = _TEXT_LISTS | _SKILL_LISTS | {"stacks_into"}


def build_held(fields: Mapping[str, Any], issued: Any) -> HeldCredential:
    """The HeldCredential a learner's credential file describes: the importer's credential fields (`title`,
    `provider` as the awarding body, `ects`, `eqf_level`, `skills`) and the date it was `issued`; the one
    reading for ELM, its input-field set and Open Badges."""
    return HeldCredential(
        title=fields.get("title", ""),
        awarding_body=fields.get("provider"),
        issued=issued,
        ects=fields.get("ects"),
        eqf_level=fields.get("eqf_level"),
        skills=fields.get("skills", ()),
    )


def build_credential(
    fields: Mapping[str, Any], file: str, row: int, raw: Mapping[str, Any]
) -> Credential | Reject:
    """The Credential these fields describe, or a Reject naming the first bad field and every problem.

    Text that is too long, holds control characters or cannot be stored (lone surrogates) is refused first
    (`pathfinder.domain.limits`), so every imported credential can be written, indexed and shown."""
    problem = record_problem(fields)
    if problem is not None:
        return Reject(file=file, row=row, field=problem[0], reason=problem[1], record=dict(raw))
    try:
        return Credential(**{**fields, "source": file})
    except ValidationError as e:
        field, reason = explain(e)
        return Reject(file=file, row=row, field=field, reason=reason, record=dict(raw))
    except TypeError as e:  # e.g. a JSON record that is a list, or keys that are not strings
        return Reject(
            file=file, row=row, field=None, reason=f"not a credential record: {e}", record=dict(raw)
        )


def explain(error: ValidationError) -> tuple[str | None, str]:
    """The first offending field and a readable reason listing every problem of the record."""
    problems: list[str] = []
    first: str | None = None
    for err in error.errors(include_url=False):
        loc = ".".join(str(p) for p in err["loc"])
        if first is None:
            first = str(err["loc"][0]) if err["loc"] else _field_named_in(str(err["msg"]))
        problems.append(_one_problem(loc, err))
    return first, "; ".join(problems)


def _one_problem(loc: str, err: Mapping[str, Any]) -> str:
    kind, ctx, value = err["type"], err.get("ctx") or {}, err.get("input")
    if kind == "missing":
        return f"{loc}: required, but missing or empty"
    if kind == "extra_forbidden":
        return f"{loc}: not a field of our schema (see docs/CATALOGUE_FORMAT.md)"
    if kind in {"greater_than_equal", "greater_than", "less_than_equal", "less_than"}:
        op = {"greater_than_equal": ">=", "greater_than": ">", "less_than_equal": "<=", "less_than": "<"}[
            kind
        ]
        bound = next(iter(ctx.values()), "?")
        return f"{loc}: must be {op} {bound}, got {value!r}"
    if kind in {"float_parsing", "int_parsing", "float_type", "int_type", "int_from_float"}:
        whole = "a whole number" if kind.startswith("int") else "a number"
        return f"{loc}: must be {whole} written in digits (e.g. 40 or 12.5), got {value!r}"
    if kind == "literal_error":
        return f"{loc}: must be one of {ctx.get('expected', '?')}, got {value!r}"
    message = str(err["msg"]).removeprefix("Value error, ")
    if not loc:
        return message
    if isinstance(value, Mapping | list) or repr(value) in message:
        return f"{loc}: {message}"
    return f"{loc}: {message} (got {value!r})"


# Record-level rules of Credential (no field location in pydantic's error) and the field each is about.
_RECORD_RULES = {
    "own prerequisite": "prerequisites",
    "stack into itself": "stacks_into",
    "valid_until": "valid_until",
}


def _field_named_in(message: str) -> str | None:
    return next((field for phrase, field in _RECORD_RULES.items() if phrase in message), None)
