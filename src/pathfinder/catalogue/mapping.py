"""Declarative column mappings (TOML) that turn a provider's CSV rows into our Credential fields."""

from __future__ import annotations

import string
import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any, get_origin

from pathfinder.catalogue import parsers, records
from pathfinder.domain import Credential
from pathfinder.errors import MappingError

_SPEC_KEYS = {
    "column",
    "columns",
    "const",
    "template",
    "split",
    "map",
    "unmapped",
    "parse",
    "prefix",
    "currency",
    "derived",
}
_UNMAPPED = {"reject", "keep", "drop"}
_TARGETS = set(Credential.model_fields) - {"source"}
_LIST_FIELDS = {n for n, f in Credential.model_fields.items() if get_origin(f.annotation) is tuple}


class ValueProblem(ValueError):
    """One cell that a field spec cannot turn into a value; carries the target field for the reject."""

    def __init__(self, field: str, reason: str) -> None:
        super().__init__(reason)
        self.field = field


@dataclass(frozen=True)
class FieldSpec:
    """How one Credential field is filled: from a column, a constant or a template; split, mapped, parsed."""

    name: str
    column: str | None = None
    columns: tuple[str, ...] = ()
    const: Any = None
    template: str | None = None
    split: str | None = None
    map: Mapping[str, Any] = field(default_factory=dict)
    unmapped: str = "reject"
    parse: str | None = None
    prefix: str = ""
    currency: str | None = None
    derived: bool = False

    @property
    def sources(self) -> tuple[str, ...]:
        named = ((self.column,) if self.column else ()) + self.columns
        return named + tuple(parsers.template_columns(self.template or ""))


@dataclass(frozen=True)
class ColumnMapping:
    name: str
    description: str
    fields: tuple[FieldSpec, ...]
    detect: tuple[str, ...] = ()
    source: str = ""

    @property
    def required_columns(self) -> tuple[str, ...]:
        """Columns the mapping reads by name (templates excluded: a missing template column renders empty)."""
        cols: list[str] = []
        for spec in self.fields:
            for c in ((spec.column,) if spec.column else ()) + spec.columns:
                if c not in cols:
                    cols.append(c)
        return tuple(cols)

    def matches(self, header: Sequence[str]) -> bool:
        return bool(self.detect) and set(self.detect) <= set(header)

    def apply(self, row: Mapping[str, str]) -> dict[str, Any]:
        """Credential fields for one row; raises ValueProblem naming the field a cell could not fill."""
        out: dict[str, Any] = {}
        derived: list[str] = []
        for spec in self.fields:
            values = _fill(spec, row)
            out.update(values)
            if spec.derived:
                derived.extend(values)
        if derived:
            out["derived"] = tuple(derived)
        return records.normalise_json_record(out)


def builtin_mappings() -> dict[str, Path]:
    """The mapping files shipped with the package, by name (`edx`, `udemy`, ...)."""
    folder = resources.files("pathfinder.catalogue") / "mappings"
    return {Path(str(p)).stem: Path(str(p)) for p in folder.iterdir() if str(p).endswith(".toml")}


def load_mapping(mapping: Path | str) -> ColumnMapping:
    """A mapping from a TOML file path or the name of a built-in one."""
    builtins = builtin_mappings()
    path = builtins.get(str(mapping)) if isinstance(mapping, str) else None
    path = path or Path(mapping)
    if not path.is_file():
        raise MappingError(
            f"Mapping {str(mapping)!r} is neither a file nor a built-in "
            f"mapping (built-in: {', '.join(sorted(builtins))})."
        )
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as e:
        raise MappingError(
            f"Mapping {path}: not valid TOML ({e}). Fix the file; see docs/CATALOGUE_FORMAT.md."
        ) from e
    return parse_mapping(data, source=str(path))


def parse_mapping(data: Mapping[str, Any], source: str = "<mapping>") -> ColumnMapping:
    fields_table = data.get("fields")
    if not isinstance(fields_table, dict) or not fields_table:
        raise MappingError(f"Mapping {source}: needs a [fields.<name>] table for each field it fills.")
    specs = []
    for name, spec in fields_table.items():
        specs.append(_field_spec(name, spec, source))
    names = {s.name for s in specs}
    for required in ("id", "title", "provider"):
        if required not in names:
            raise MappingError(
                f"Mapping {source}: fills no {required!r}; add [fields.{required}] (a column or a const)."
            )
    detect = data.get("detect", {})
    detect = detect.get("columns", []) if isinstance(detect, dict) else None
    if not _strings(detect):
        raise MappingError(
            f'Mapping {source}: [detect] columns must be a list of column names, e.g. ["title"].'
        )
    return ColumnMapping(
        name=str(data.get("name", Path(source).stem)),
        description=str(data.get("description", "")),
        fields=tuple(specs),
        detect=tuple(detect),
        source=source,
    )


def _field_spec(name: str, spec: Any, source: str) -> FieldSpec:
    where = f"Mapping {source}, [fields.{name}]"
    if name not in _TARGETS:
        raise MappingError(f"{where}: {name!r} is not a Credential field (see docs/CATALOGUE_FORMAT.md).")
    if not isinstance(spec, dict):
        raise MappingError(f'{where}: must be a table, e.g. {{ column = "Title" }}.')
    unknown = set(spec) - _SPEC_KEYS
    if unknown:
        raise MappingError(f"{where}: unknown keys {sorted(unknown)}; allowed: {sorted(_SPEC_KEYS)}.")
    if not ({"column", "columns", "const", "template"} & set(spec)):
        raise MappingError(f"{where}: needs one of column, columns, const or template.")
    _check_types(spec, where)
    if spec.get("parse") and spec["parse"] not in parsers.PARSERS:
        raise MappingError(f"{where}: unknown parse {spec['parse']!r}; known: {sorted(parsers.PARSERS)}.")
    if spec.get("unmapped", "reject") not in _UNMAPPED:
        raise MappingError(f"{where}: unmapped must be one of {sorted(_UNMAPPED)}.")
    return FieldSpec(
        name=name,
        column=spec.get("column"),
        columns=tuple(spec.get("columns", ())),
        const=spec.get("const"),
        template=spec.get("template"),
        split=spec.get("split"),
        map=spec.get("map", {}),
        unmapped=spec.get("unmapped", "reject"),
        parse=spec.get("parse"),
        prefix=spec.get("prefix", ""),
        currency=spec.get("currency"),
        derived=bool(spec.get("derived", False)),
    )


# What each key of a field spec must hold; checked when the mapping is loaded, so a malformed mapping is
# refused with the key to fix instead of failing on the first row it is applied to.
_TEXT_KEYS = ("column", "template", "split", "parse", "prefix", "currency", "unmapped")


def _strings(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(v, str) and v for v in value)


def _check_types(spec: Mapping[str, Any], where: str) -> None:
    for key in _TEXT_KEYS:
        if key in spec and not (isinstance(spec[key], str) and (spec[key] or key == "prefix")):
            raise MappingError(f"{where}: {key} must be a non-empty text in quotes, not {spec[key]!r}.")
    if "columns" in spec and not (_strings(spec["columns"]) and spec["columns"]):
        raise MappingError(f'{where}: columns must be a list of column names, e.g. ["effort", "length"].')
    if "map" in spec and not isinstance(spec["map"], dict):
        raise MappingError(f'{where}: map must be a table of cell value = field value, {{ "Yes" = true }}.')
    if "derived" in spec and not isinstance(spec["derived"], bool):
        raise MappingError(f"{where}: derived must be true or false.")
    if "template" in spec:
        try:
            parts = list(string.Formatter().parse(spec["template"]))
        except ValueError as e:
            raise MappingError(
                f"{where}: the template is malformed ({e}); write {{{{ and }}}} for literal braces."
            ) from e
        for _, column, spec_text, conversion in parts:
            if column is not None and (
                not column or column.isdigit() or any(c in column for c in ".[") or spec_text or conversion
            ):
                raise MappingError(
                    f"{where}: template placeholders must be plain column names like "
                    "{title}, "
                    f"not {{{column}{'!' + conversion if conversion else ''}"
                    f"{':' + spec_text if spec_text else ''}}}."
                )


def _fill(spec: FieldSpec, row: Mapping[str, str]) -> dict[str, Any]:
    if spec.const is not None:
        return {spec.name: spec.const}
    if spec.columns:  # a parser that reads several columns (effort x length)
        cells = [(row.get(c) or "").strip() for c in spec.columns]
        return _parsed(spec, cells, " + ".join(f"{c}={v!r}" for c, v in zip(spec.columns, cells)))
    cell = (row.get(spec.column) or "").strip() if spec.column else ""
    if not cell and spec.template:
        cell = parsers.render_template(spec.template, row)
    if not cell:
        return {}
    items = [i.strip() for i in cell.split(spec.split) if i.strip()] if spec.split else [cell]
    if spec.map:
        items = _mapped(spec, items)
    if spec.parse:
        return _parsed(spec, items, f"{spec.column}={cell!r}")
    items = [spec.prefix + i if isinstance(i, str) and spec.prefix else i for i in items]
    if spec.split or spec.name in _LIST_FIELDS:
        unique: list[Any] = []  # not dict.fromkeys: a map may give tables (a skill's uri and label)
        for item in items:
            if item != "" and item not in unique:
                unique.append(item)
        return {spec.name: unique}
    return {spec.name: items[0]} if items and items[0] != "" else {}


def _mapped(spec: FieldSpec, items: list[str]) -> list[Any]:
    out: list[Any] = []
    for item in items:
        if item in spec.map:
            out.append(spec.map[item])
        elif spec.unmapped == "keep":
            out.append(item)
        elif spec.unmapped == "reject":
            known = ", ".join(repr(k) for k in list(spec.map)[:12])
            raise ValueProblem(
                spec.name,
                f"{spec.column}: {item!r} is not in the mapping's value map for {spec.name} (known: {known})",
            )
    return out


def _parsed(spec: FieldSpec, values: list[Any], shown: str) -> dict[str, Any]:
    try:
        result = parsers.PARSERS[spec.parse or "text"](values, spec)
    except ValueError as e:
        raise ValueProblem(spec.name, f"{shown}: {e}") from e
    return {k: v for k, v in result.items() if v is not None}
