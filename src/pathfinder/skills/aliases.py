"""Curated skill aliases: the words learners and job adverts use for a skill the taxonomy names otherwise
("Linux" -> operating systems, "k8s" -> manage ICT virtualisation environments), read from `aliases.csv`.

The file is ours (not ESCO's): `term, skill_uri, skill_label, case, note`, one alias a row, UTF-8 CSV.
`case` is empty (match in any case) or `exact` (match only as written: "REST", "SOC", "React" are also
ordinary words). An alias names a *broader or nearby* skill, so matchers score it below an exact label
and say which term it came from. A taxonomy folder may carry its own `aliases.csv`; otherwise the bundled
one applies to any taxonomy holding its URIs (the bundled subset and a full ESCO import both do).
"""

from __future__ import annotations

import csv
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from pathfinder.domain.taxonomy import Taxonomy, normalise_label
from pathfinder.errors import TaxonomyError
from pathfinder.settings import BUNDLED_CORPUS

ALIASES_FILE = "aliases.csv"
ALIAS_COLUMNS = ("term", "skill_uri", "skill_label", "case", "note")
BUNDLED_ALIASES = BUNDLED_CORPUS / "taxonomy" / ALIASES_FILE


@dataclass(frozen=True)
class Alias:
    """One curated term for a skill; `key` is the term as matchers compare it (normalised)."""

    term: str
    uri: str
    label: str
    exact_case: bool = False
    note: str = ""

    @property
    def key(self) -> str:
        return normalise_label(self.term)

    @property
    def narrower(self) -> bool:
        """Whether the term names a narrower subject than its skill (note "narrower: …": "prompt engineering"
        is taught, if at all, inside "principles of artificial intelligence"), not another name of it."""
        return self.note.startswith("narrower:")

    def shown(self, label: str | None = None) -> str:
        """How an answer shows the mapping: 'Linux → operating systems'."""
        return f"{self.term} → {label or self.label}"


def read_aliases(path: Path | str) -> tuple[Alias, ...]:
    """The aliases in a CSV file, checked: required columns, no empty term or URI, no term twice."""
    path = Path(path)
    try:
        with path.open(encoding="utf-8", newline="") as f:
            rows = list(csv.DictReader(f))
            header = rows[0].keys() if rows else ()
    except (OSError, UnicodeDecodeError, csv.Error) as e:
        raise TaxonomyError(
            f"{path} cannot be read as a UTF-8 CSV ({e}); fix or delete the alias file."
        ) from e
    missing = [c for c in ALIAS_COLUMNS if rows and c not in header]
    if missing:
        raise TaxonomyError(
            f"{path} lacks the column(s) {', '.join(missing)}; expected {', '.join(ALIAS_COLUMNS)}."
        )
    aliases: list[Alias] = []
    seen: dict[str, int] = {}
    for line, row in enumerate(rows, start=2):
        term, uri = (row.get("term") or "").strip(), (row.get("skill_uri") or "").strip()
        case = (row.get("case") or "").strip()
        if not term or not uri or not normalise_label(term):
            raise TaxonomyError(f"{path} line {line}: an alias needs a term and a skill_uri.")
        if case not in ("", "exact"):
            raise TaxonomyError(f"{path} line {line}: case must be empty or 'exact', not {case!r}.")
        alias = Alias(
            term,
            uri,
            (row.get("skill_label") or "").strip(),
            case == "exact",
            (row.get("note") or "").strip(),
        )
        if alias.key in seen:
            raise TaxonomyError(
                f"{path} line {line}: the term {term!r} repeats line {seen[alias.key]}; keep one."
            )
        seen[alias.key] = line
        aliases.append(alias)
    return tuple(aliases)


def alias_file(taxonomy: Taxonomy) -> Path:
    """The alias file that applies to `taxonomy`: its own folder's, else the bundled one."""
    if taxonomy.source:
        own = Path(taxonomy.source) / ALIASES_FILE
        if own.is_file():
            return own
    return BUNDLED_ALIASES


def aliases_for(taxonomy: Taxonomy, path: Path | str | None = None) -> dict[str, Alias]:
    """Normalised term -> alias, for the aliases whose skill is in `taxonomy` (none if there is no file)."""
    path = Path(path) if path is not None else alias_file(taxonomy)
    if not path.is_file():
        return {}
    return {a.key: a for a in read_aliases(path) if a.uri in taxonomy.skills}


def alias_problems(aliases: Iterable[Alias], taxonomy: Taxonomy) -> list[str]:
    """What is wrong with aliases for `taxonomy`: unknown URIs, stale labels, terms that already are
    labels."""
    labels: dict[str, str] = {}
    for skill in taxonomy.skills.values():
        for label in (skill.label, *skill.alt_labels):
            labels.setdefault(normalise_label(label), skill.label)
    problems = []
    for a in aliases:
        skill = taxonomy.skills.get(a.uri)
        if skill is None:
            problems.append(f"{a.term!r}: {a.uri} is not a skill of the taxonomy")
        elif a.label and a.label != skill.label:
            problems.append(f"{a.term!r}: skill_label {a.label!r} but the taxonomy calls it {skill.label!r}")
        if a.key in labels:
            problems.append(f"{a.term!r} already is a label of {labels[a.key]!r}; drop the alias")
    return problems


def folded_tokens(text: str) -> list[str]:
    """The words of `normalise_label(text)` with their case kept (accents folded, punctuation dropped)."""
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^A-Za-z0-9+#]+", " ", folded).split()


def find_alias(aliases: Mapping[str, Alias], key: str) -> tuple[Alias, bool] | None:
    """The alias a normalised key names, and whether it took the singular ("vpns" -> "vpn")."""
    alias = aliases.get(key)
    if alias is not None:
        return alias, False
    if len(key) > 3 and key.endswith("s") and not key.endswith("ss"):
        alias = aliases.get(key[:-1])
        if alias is not None:
            return alias, True
    return None


def written_as(alias: Alias, words: Sequence[str], singular: bool) -> bool:
    """Whether case-kept `words` spell the alias as the file does (always true unless it is exact-case)."""
    if not alias.exact_case:
        return True
    words = [*words[:-1], words[-1][:-1]] if singular and words else list(words)
    return words == folded_tokens(alias.term)


def alias_mentions(
    text: str, aliases: Mapping[str, Alias], max_words: int = 4
) -> list[tuple[int, int, Alias]]:
    """(start, end, alias) for each alias term in `text`, as token spans of `normalise_label(text)`, longest
    first.

    A plural counts ("VPNs"); `exact`-case aliases count only when written as in the file ("REST", not
    "rest")."""
    if not aliases:
        return []
    original = folded_tokens(text)
    lowered = [t.lower() for t in original]
    found = []
    for n in range(min(max_words, len(lowered)), 0, -1):
        for i in range(len(lowered) - n + 1):
            hit = find_alias(aliases, " ".join(lowered[i : i + n]))
            if hit and written_as(hit[0], original[i : i + n], hit[1]):
                found.append((i, i + n, hit[0]))
    return found
