"""Loading catalogue files: find the files, tell each file's format, read its records, run the cross-record
checks."""

from __future__ import annotations

import gc
import json
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from pathfinder.catalogue import elm, openbadges, records, sniff
from pathfinder.catalogue.checks import Entry, check_entries
from pathfinder.catalogue.mapping import ColumnMapping, ValueProblem, builtin_mappings, load_mapping
from pathfinder.domain import Credential, HeldCredential, ImportReport, Reject
from pathfinder.domain.limits import InputRefused, loads_json, record_problem
from pathfinder.errors import CatalogueError

CATALOGUE_SUFFIXES = {".csv", ".tsv", ".json", ".jsonl", ".ndjson", ".jsonld"}
Outcome = Credential | Reject


def load_catalogue(paths: Sequence[Path], mapping: Path | str | None = None) -> ImportReport:
    """Every record of every file as a Credential or a Reject; checks run on the union of all files.

    A folder stands for the catalogue files inside it. `mapping` (a TOML path or a built-in name such
    as "edx") applies to every provider CSV; without it, CSVs in our schema are read as they are and a
    CSV whose header matches a built-in mapping uses that. Raises CatalogueError for a file that cannot
    be read at all (empty, binary, not a catalogue, missing required columns).
    """
    column_mapping = load_mapping(mapping) if mapping is not None else None
    with _collector_paused():
        return _load(paths, column_mapping)


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while 100k+ acyclic records are built (a third of the time
    otherwise goes to collections that find nothing); restored even when reading fails."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _load(paths: Sequence[Path], column_mapping: ColumnMapping | None) -> ImportReport:
    report = ImportReport()
    outcomes: list[tuple[Outcome, int, dict[str, Any]]] = []
    for path in catalogue_files(paths):
        file_outcomes, note = read_file(path, column_mapping)
        report.files.append(str(path))
        report.notes.append(note)
        outcomes.extend(file_outcomes)
    entries, rejected_ids = [], {}
    for outcome, row, raw in outcomes:
        if isinstance(outcome, Reject):
            report.rejects.append(outcome)
            if isinstance(raw, dict) and isinstance(raw.get("id"), str):
                rejected_ids.setdefault(raw["id"], outcome)
        else:
            entries.append(Entry(outcome, outcome.source, row, raw))
    kept, check_rejects = check_entries(entries, rejected_ids)
    report.credentials = [e.credential for e in kept]
    report.rejects.extend(check_rejects)
    return report


def catalogue_files(paths: Sequence[Path]) -> list[Path]:
    files: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found = sorted(
                p
                for p in path.rglob("*")
                if p.is_file()
                and p.suffix.lower() in CATALOGUE_SUFFIXES
                and not any(part.startswith(".") for part in p.relative_to(path).parts)
            )
            if not found:
                raise CatalogueError(
                    f"{path}: no catalogue files inside (looked for {', '.join(sorted(CATALOGUE_SUFFIXES))})."
                )
            files.extend(found)
        elif path.is_file():
            files.append(path)
        else:
            raise CatalogueError(f"{path}: no such file or folder.")
    return files


def read_file(
    path: Path, mapping: ColumnMapping | None = None
) -> tuple[list[tuple[Outcome, int, dict[str, Any]]], str]:
    """The outcomes of one file (with row and raw record) and a note saying how it was read."""
    text = sniff.read_text(path)
    how = f"encoding {text.encoding}" + (" (BOM)" if text.had_bom else "")
    body = text.text.lstrip("\ufeff")
    suffix = path.suffix.lower()
    if suffix in {".jsonl", ".ndjson"}:
        return _jsonl(body, str(path)), f"{path.name}: JSON lines in our schema, {how}"
    if suffix in {".json", ".jsonld"} or (suffix not in {".csv", ".tsv"} and body.lstrip()[:1] in "[{"):
        return _json(body, path, how)
    return _csv(body, path, mapping, how)


# -------------------------------------------------------------------------------------------- JSON


def _json(body: str, path: Path, how: str) -> tuple[list[tuple[Outcome, int, dict[str, Any]]], str]:
    file = str(path)
    try:
        doc = loads_json(body)
    except json.JSONDecodeError as e:
        if e.msg == "Extra data":  # several objects, one a line: JSON lines under a .json name
            return _jsonl(body, file), f"{path.name}: JSON lines in our schema, {how}"
        raise CatalogueError(
            f"{path.name}: not valid JSON (line {e.lineno}, column {e.colno}: {e.msg})."
        ) from e
    except InputRefused as e:
        raise CatalogueError(f"{path.name}: cannot be imported: {e}. Fix or re-export the file.") from e
    if isinstance(doc, list):
        return _records(doc, file), f"{path.name}: JSON array in our schema, {how}"
    if not isinstance(doc, dict):
        raise CatalogueError(
            f"{path.name}: a JSON {type(doc).__name__}, not a catalogue (expected an array of credentials)."
        )
    if isinstance(doc.get("credentials"), list):
        return _records(
            doc["credentials"], file
        ), f'{path.name}: JSON {{"credentials": [...]}} in our schema, {how}'
    for kind, detect, read in (
        ("Europass/ELM credential", elm.is_elm, elm.elm_credentials),
        ("Open Badges 3.0", openbadges.is_open_badge, openbadges.badge_credentials),
        ("micro-credential input fields", elm.is_input_fields, elm.input_fields_credentials),
    ):
        if detect(doc):
            return [
                (o, o.row if isinstance(o, Reject) and o.row else 1, {}) for o in read(doc, file)
            ], f"{path.name}: {kind}, {how}"
    if "id" in doc and "title" in doc:
        return _records([doc], file), f"{path.name}: one credential in our schema, {how}"
    keys = ", ".join(list(doc)[:8])
    raise CatalogueError(
        f"{path.name}: a JSON object that is not a catalogue (keys: {keys}). Expected an array of "
        "credentials, "
        '{"credentials": [...]}, a Europass/ELM credential or an Open Badges 3.0 credential.'
    )


def _records(items: list[Any], file: str) -> list[tuple[Outcome, int, dict[str, Any]]]:
    out: list[tuple[Outcome, int, dict[str, Any]]] = []
    for n, item in enumerate(items, start=1):
        if not isinstance(item, dict):
            reject = Reject(
                file=file,
                row=n,
                field=None,
                reason=f"not a JSON object but a {type(item).__name__}",
                record={"value": item},
            )
            out.append((reject, n, {}))
            continue
        out.append((records.build_credential(records.normalise_json_record(item), file, n, item), n, item))
    return out


def _jsonl(body: str, file: str) -> list[tuple[Outcome, int, dict[str, Any]]]:
    out: list[tuple[Outcome, int, dict[str, Any]]] = []
    for n, line in enumerate(body.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            item = loads_json(line)
        except json.JSONDecodeError as e:
            out.append(
                (
                    Reject(
                        file=file,
                        row=n,
                        field=None,
                        reason=f"line {n} is not valid JSON ({e.msg})",
                        record={"line": line},
                    ),
                    n,
                    {},
                )
            )
            continue
        except InputRefused as e:
            reject = Reject(
                file=file, row=n, field=None, reason=f"line {n}: {e}", record={"line": line[:2_000]}
            )
            out.append((reject, n, {}))
            continue
        out.extend((o, n, raw) for o, _, raw in _records([item], file))
    return [
        (o if not isinstance(o, Reject) else o.model_copy(update={"row": n}), n, raw) for o, n, raw in out
    ]


# --------------------------------------------------------------------------------------------- CSV


def _csv(
    body: str, path: Path, mapping: ColumnMapping | None, how: str
) -> tuple[list[tuple[Outcome, int, dict[str, Any]]], str]:
    delimiter = "\t" if path.suffix.lower() == ".tsv" else sniff.sniff_delimiter(body)
    header, rows = sniff.csv_rows(body, delimiter, path.name)
    how = f"delimiter {delimiter!r}, {how}"
    if mapping is None and not set(records.REQUIRED_COLUMNS) <= set(header):
        mapping = next((m for m in map(load_mapping, builtin_mappings()) if m.matches(header)), None)
        if mapping is None:
            _refuse_header(path, header)
    file = str(path)
    if mapping is not None:
        missing = [c for c in mapping.required_columns if c not in header]
        if missing:
            raise CatalogueError(
                f"{path.name}: missing columns {', '.join(missing)} needed by mapping {mapping.name!r}; "
                f"found: {', '.join(header)}. Check the delimiter and the header row, or use another mapping."
            )
        return _rows(
            header, rows, file, mapping.apply
        ), f"{path.name}: CSV via mapping {mapping.name!r}, {how}"
    ignored = [c for c in header if c not in records.COLUMNS]
    note = f"{path.name}: CSV in our schema, {how}" + (
        f"; ignored unknown columns: {', '.join(ignored)}" if ignored else ""
    )
    return _rows(header, rows, file, records.fields_from_cells), note


def _refuse_header(path: Path, header: list[str]) -> None:
    found = ", ".join(header) if header else "(no header row)"
    ours = [c for c in header if c in records.COLUMNS]
    if ours:
        missing = [c for c in records.REQUIRED_COLUMNS if c not in header]
        raise CatalogueError(
            f"{path.name}: missing required columns {', '.join(missing)}; found: {found}. "
            "Add them (see docs/CATALOGUE_FORMAT.md) or give a column mapping with --mapping."
        )
    raise CatalogueError(
        f"{path.name}: not a catalogue: none of its columns ({found}) are ours "
        f"or match a built-in mapping ({', '.join(sorted(builtin_mappings()))}). "
        "Give a column mapping with --mapping FILE (docs/CATALOGUE_FORMAT.md)."
    )


def _rows(
    header: list[str], rows: list[tuple[int, list[str]]], file: str, to_fields: Any
) -> list[tuple[Outcome, int, dict[str, Any]]]:
    out: list[tuple[Outcome, int, dict[str, Any]]] = []
    width = len(header)
    for n, cells in rows:
        raw = dict(zip(header, cells))
        if len(cells) != width:
            reason = (
                f"the row has {len(cells)} cells but the header has "
                f"{width} columns (an unquoted delimiter or a cut line?)"
            )
            out.append((Reject(file=file, row=n, field=None, reason=reason, record={"cells": cells}), n, raw))
            continue
        try:
            fields = to_fields(raw)
        except ValueProblem as e:
            out.append((Reject(file=file, row=n, field=e.field, reason=str(e), record=raw), n, raw))
            continue
        outcome = records.build_credential(fields, file, n, raw)
        out.append((outcome, n, {**raw, "id": fields.get("id")} if isinstance(outcome, Reject) else raw))
    return out


# ----------------------------------------------------------------------------------- held credentials


def read_held_credential(path: Path) -> HeldCredential:
    """A credential a learner holds, from an issued Europass/ELM, Open Badges 3.0 or input-fields JSON."""
    name = Path(path).name
    text = sniff.read_text(Path(path))
    try:
        doc = loads_json(text.text.lstrip("\ufeff"))
    except json.JSONDecodeError as e:
        raise CatalogueError(f"{name}: not valid JSON (line {e.lineno}: {e.msg}).") from e
    except InputRefused as e:
        raise CatalogueError(f"{name}: cannot be read: {e}. Give the file as its issuer sent it.") from e
    if isinstance(doc, dict):
        for detect, read in (
            (lambda d: elm.is_elm(d) and elm._claims(d), elm.elm_held),
            (openbadges.is_open_badge, openbadges.badge_held),
            (elm.is_input_fields, elm.input_fields_held),
        ):
            if detect(doc):
                return _held(name, read, doc)
    raise CatalogueError(
        f"{name}: not an issued credential. Give a Europass/ELM credential, an Open Badges 3.0 "
        "credential or a micro-credential input-fields JSON."
    )


def _held(name: str, read: Any, doc: dict[str, Any]) -> HeldCredential:
    """`read(doc)`, with unreadable values (a date, a number of credits, over-long or broken text) as a
    CatalogueError naming the field instead of a crash."""
    try:
        held = read(doc)
    except ValidationError as e:
        field, reason = records.explain(e)
        what = field or "content"
        raise CatalogueError(f"{name}: the credential's {what} is not readable ({reason}).") from e
    except ValueError as e:  # the parsers' "expected an ISO date like 2024-05-31" and the like
        raise CatalogueError(f"{name}: the credential is not readable ({e}).") from e
    problem = record_problem(held.model_dump())
    if problem is not None:
        raise CatalogueError(f"{name}: the credential cannot be recorded: {problem[1]}.")
    return held
