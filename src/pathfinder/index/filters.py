"""Search filters three ways: a predicate on one Credential, a numpy mask over a column table, a Chroma
`where`.

All three agree (a property test checks the first two). A value the entry does not state fails a filter
on it: an entry of unknown price is never shown "under 100 EUR".
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

from pathfinder.domain import Credential, SearchFilters
from pathfinder.domain.filters import EmptyReason, empty_reason, lowered, matches  # noqa: F401  (matches: the one predicate, re-exported)
from pathfinder.domain.languages import language_name
from pathfinder.domain.pathways import amount_text


def _codes(values: list[str]) -> tuple[np.ndarray, list[str]]:
    uniques: dict[str, int] = {}
    codes = np.fromiter(
        (uniques.setdefault(v, len(uniques)) for v in values), dtype=np.int32, count=len(values)
    )
    return codes, list(uniques)


@dataclass
class FilterTable:
    """The filterable columns of an index, one row per credential, for masks in microseconds per thousand
    rows."""

    ids: list[str]
    eqf: np.ndarray
    ects: np.ndarray
    hours: np.ndarray
    cost_eur: np.ndarray
    participation: tuple[np.ndarray, list[str]]
    provider: tuple[np.ndarray, list[str]]
    awarding_body: tuple[np.ndarray, list[str]]
    country: tuple[np.ndarray, list[str]]
    assessment: tuple[np.ndarray, list[str]]
    language_rows: dict[str, np.ndarray] = field(default_factory=dict)
    skill_rows: dict[str, np.ndarray] = field(default_factory=dict)
    row_of: dict[str, int] = field(default_factory=dict)

    @classmethod
    def build(cls, credentials: Sequence[Credential]) -> FilterTable:
        langs: dict[str, list[int]] = {}
        skills: dict[str, list[int]] = {}
        n = len(credentials)
        numbers = np.full((4, n), np.nan)  # eqf, ects, hours, cost_eur
        texts: list[list[str]] = [
            [],
            [],
            [],
            [],
            [],
        ]  # participation, provider, awarding body, country, assessment
        for row, c in enumerate(credentials):  # one pass: this runs for every entry of every version
            for lang in c.languages:
                langs.setdefault(lang, []).append(row)
            for s in c.skills:
                skills.setdefault(s.uri, []).append(row)
            for col, value in enumerate((c.eqf_level, c.ects, c.hours, c.cost_eur)):
                if value is not None:
                    numbers[col, row] = value
            texts[0].append(c.participation or "")
            texts[1].append(c.provider.lower())
            texts[2].append(c.awarding_body.lower())
            texts[3].append((c.country or "").lower())
            texts[4].append((c.assessment or "").lower())
        ids = [c.id for c in credentials]
        return cls(
            ids=ids,
            eqf=numbers[0],
            ects=numbers[1],
            hours=numbers[2],
            cost_eur=numbers[3],
            participation=_codes(texts[0]),
            provider=_codes(texts[1]),
            awarding_body=_codes(texts[2]),
            country=_codes(texts[3]),
            assessment=_codes(texts[4]),
            language_rows={k: np.array(v, dtype=np.int64) for k, v in langs.items()},
            skill_rows={k: np.unique(np.array(v, dtype=np.int64)) for k, v in skills.items()},
            row_of={cid: i for i, cid in enumerate(ids)},
        )

    def update(
        self, ids: Sequence[str], sources: Sequence[int | None], fresh: Sequence[Credential]
    ) -> FilterTable:
        """The table of a new version: row i is this table's row `sources[i]` (an unchanged entry), or, where
        that is None, the next credential of `fresh`. Equal to `build` on the new credentials, without
        re-reading the unchanged ones (most of a small re-index's table time)."""
        src = np.array([-1 if s is None else s for s in sources], dtype=np.int64)
        kept, added = np.flatnonzero(src >= 0), np.flatnonzero(src < 0)
        new = FilterTable.build(fresh)
        back = np.full(len(self), -1, dtype=np.int64)  # old row -> new row
        back[src[kept]] = kept

        def numbers(old: np.ndarray, fresh_col: np.ndarray) -> np.ndarray:
            out = np.empty(len(src))
            out[kept], out[added] = old[src[kept]], fresh_col
            return out

        def codes(
            old: tuple[np.ndarray, list[str]], fresh_col: tuple[np.ndarray, list[str]]
        ) -> tuple[np.ndarray, list[str]]:
            index = {u: i for i, u in enumerate(dict.fromkeys(old[1] + fresh_col[1]))}
            out = np.empty(len(src), dtype=np.int64)
            if kept.size:
                out[kept] = np.array([index[u] for u in old[1]], dtype=np.int64)[old[0][src[kept]]]
            if added.size:
                out[added] = np.array([index[u] for u in fresh_col[1]], dtype=np.int64)[fresh_col[0]]
            used = np.bincount(out, minlength=len(index)) > 0  # drop values no entry has any more
            return (np.cumsum(used) - 1)[out].astype(np.int32), [
                u for u, keep in zip(index, used.tolist()) if keep
            ]

        def rows(old: dict[str, np.ndarray], fresh_rows: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
            out: dict[str, np.ndarray] = {}
            for key in old.keys() | fresh_rows.keys():
                moved = back[old[key]] if key in old else np.empty(0, dtype=np.int64)
                both = np.concatenate(
                    [moved[moved >= 0], added[fresh_rows.get(key, np.empty(0, dtype=np.int64))]]
                )
                if both.size:
                    out[key] = np.sort(both)
            return out

        ids = list(ids)
        return FilterTable(
            ids=ids,
            eqf=numbers(self.eqf, new.eqf),
            ects=numbers(self.ects, new.ects),
            hours=numbers(self.hours, new.hours),
            cost_eur=numbers(self.cost_eur, new.cost_eur),
            participation=codes(self.participation, new.participation),
            provider=codes(self.provider, new.provider),
            awarding_body=codes(self.awarding_body, new.awarding_body),
            country=codes(self.country, new.country),
            assessment=codes(self.assessment, new.assessment),
            language_rows=rows(self.language_rows, new.language_rows),
            skill_rows=rows(self.skill_rows, new.skill_rows),
            row_of={cid: i for i, cid in enumerate(ids)},
        )

    def __len__(self) -> int:
        return len(self.ids)

    def _rows(self, table: dict[str, np.ndarray], keys) -> np.ndarray:
        out = np.zeros(len(self), dtype=bool)
        for key in keys:
            if key in table:
                out[table[key]] = True
        return out

    @staticmethod
    def _in(column: tuple[np.ndarray, list[str]], test) -> np.ndarray:
        codes, uniques = column
        wanted = [i for i, value in enumerate(uniques) if test(value)]
        return np.isin(codes, wanted)

    def mask(self, f: SearchFilters) -> np.ndarray:
        """Boolean row mask of the entries passing `f` (same answer as `matches`)."""
        m = np.ones(len(self), dtype=bool)
        with np.errstate(invalid="ignore"):
            if f.languages:
                m &= self._rows(self.language_rows, lowered(f.languages))
            if f.eqf_min is not None:
                m &= self.eqf >= f.eqf_min
            if f.eqf_max is not None:
                m &= self.eqf <= f.eqf_max
            if f.max_ects is not None:
                m &= self.ects <= f.max_ects
            if f.max_hours is not None:
                m &= self.hours <= f.max_hours
            if f.max_cost is not None:
                m &= self.cost_eur <= f.max_cost
        if f.participation:
            m &= self._in(self.participation, lambda v: v in f.participation)
        if f.providers:
            wanted = lowered(f.providers)
            m &= self._in(self.provider, wanted.__contains__) | self._in(
                self.awarding_body, wanted.__contains__
            )
        if f.countries:
            m &= self._in(self.country, lowered(f.countries).__contains__)
        if f.assessment:
            wanted = lowered(f.assessment)
            m &= self._in(self.assessment, lambda v: any(a in v for a in wanted))
        if f.skills:
            m &= self._rows(self.skill_rows, f.skills)
        for cid in f.exclude_ids:
            row = self.row_of.get(cid)
            if row is not None:
                m[row] = False
        return m


# ------------------------------------------------------------------------------ Chroma metadata and where


def chroma_metadata(c: Credential) -> dict[str, str | int | float | bool]:
    """Scalar metadata for a Chroma record: the id, languages and the numeric filters (Chroma drops None and
    rejects lists and numpy scalars).

    Serving never asks Chroma to filter (numpy masks are exact and 30x faster), so records carry only what a
    bare `where` comparison or a direct Chroma user needs most; each field costs a SQLite row per record
    (provider, participation and country were dropped: ~6% of a 100k build, docs/BENCHMARKS.md).
    """
    meta: dict[str, str | int | float | bool] = {"cid": c.id}
    for key, value in (("eqf", c.eqf_level), ("ects", c.ects), ("hours", c.hours), ("cost_eur", c.cost_eur)):
        if value is not None:
            meta[key] = float(value) if key != "eqf" else int(value)
    for lang in c.languages:
        meta[f"lang_{lang}"] = True
    return meta


def chroma_where(f: SearchFilters) -> dict | None:
    """The stored filters as a Chroma `where`: languages, EQF, ECTS, hours, price and excluded ids.

    Participation, provider, country, assessment and skills have no stored field and are left out.
    """
    parts: list[dict] = []
    if f.languages:
        langs = [{f"lang_{lang}": True} for lang in sorted(lowered(f.languages))]
        parts.append(langs[0] if len(langs) == 1 else {"$or": langs})
    for key, op, value in (
        ("eqf", "$gte", f.eqf_min),
        ("eqf", "$lte", f.eqf_max),
        ("ects", "$lte", f.max_ects),
        ("hours", "$lte", f.max_hours),
        ("cost_eur", "$lte", f.max_cost),
    ):
        if value is not None:
            parts.append({key: {op: value}})
    if f.exclude_ids:
        parts.append({"cid": {"$nin": list(f.exclude_ids)}})
    if not parts:
        return None
    return parts[0] if len(parts) == 1 else {"$and": parts}


# ------------------------------------------------------------------------------------------- describing


def _money(x: float) -> str:
    return f"{amount_text(x)} EUR"


def describe_filter(f: SearchFilters, name: str) -> tuple[str, str]:
    """(what the filter asks, what dropping it means), e.g. ("under 100 EUR", "at any price")."""
    match name:
        case "languages":
            names = " or ".join(language_name(c) for c in f.languages)
            return f"in {names}", "in any language"
        case "eqf_min":
            return f"at EQF {f.eqf_min} or above", "at any EQF level"
        case "eqf_max":
            return f"at EQF {f.eqf_max} or below", "at any EQF level"
        case "max_ects":
            return f"of at most {f.max_ects:g} ECTS", "of any size"
        case "max_hours":
            return f"of at most {f.max_hours:g} hours", "of any length"
        case "max_cost":
            return ("free" if f.max_cost == 0 else f"under {_money(f.max_cost)}"), "at any price"
        case "participation":
            return " or ".join(f.participation), "in any form"
        case "providers":
            return f"from {' or '.join(f.providers)}", "from any provider"
        case "countries":
            return f"issued in {' or '.join(c.upper() for c in f.countries)}", "from any country"
        case "assessment":
            return f"assessed by {' or '.join(f.assessment)}", "with any assessment"
        case "skills":
            return f"teaching one of {len(f.skills)} chosen skill(s)", "teaching any skill"
        case "exclude_ids":
            return f"other than {len(f.exclude_ids)} excluded", "including the excluded ones"
    raise ValueError(name)


def table_reason(table: FilterTable, f: SearchFilters) -> EmptyReason:
    """The counts behind an empty search, counted with the table's mask."""
    return empty_reason(lambda g: int(table.mask(g).sum()), len(table), f)


def explain_empty(table: FilterTable, f: SearchFilters) -> str:
    """Why filters leave nothing, naming the filter, in English (the CLI, the LLM's tool result): 'no
    credential in German under 100 EUR; 12 in German at any price'. The chat words the same counts in the
    learner's language (`assistant.markdown.why_empty`)."""
    return english_reason(table_reason(table, f), f)


def english_reason(r: EmptyReason, f: SearchFilters) -> str:
    if not r.active:
        return "The index is empty: build it with `pathfinder index`." if r.size == 0 else ""
    wants = {name: describe_filter(f, name)[0] for name in r.active}
    if r.passing:
        return f"{r.passing} credential(s) {' '.join(wants.values())}."
    parts = [f"no credential {' '.join(wants.values())}"]
    for name, n in r.without.items():
        if n:
            others = " ".join(w for k, w in wants.items() if k != name)
            parts.append(f"{n} {others + ' ' if others else ''}{describe_filter(f, name)[1]}".strip())
    if r.alone:
        alone = [f"{r.alone[n]} {wants[n]}" for n in r.active]
        parts.append(f"of {r.size} credentials, each filter alone keeps: " + ", ".join(alone))
    return "; ".join(parts)
