"""The held-out word-form lists of German, French, Spanish and Finnish (`data/nlu/heldout_forms*.tsv`):
how a row is read and how its check is held against `nlu.understand`. Shared by the tests that keep them."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from pathfinder.assistant.nlu.understand import understand

TODAY = date(2026, 12, 5)
DATA = Path(__file__).parent / "data" / "nlu"


def rows(name: str) -> list[tuple[str, ...]]:
    """The rows of `data/nlu/<name>`, comments left out: lang, message, check[, half]."""
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    return [tuple(x.split("\t")) for x in lines if x.strip() and not x.startswith("#")]


def holds(message: str, check: str) -> bool:
    """Whether `understand(message)` meets `check` (`kind=value`; `|` between values that each would do)."""
    p = understand(message, TODAY)
    kind, wanted = check.split("=", 1)
    return any(_holds(p, kind, want) for want in wanted.split("|"))


def _holds(p, kind: str, want: str) -> bool:  # noqa: ANN001, PLR0911 - one branch a kind of check
    if kind == "en":
        return want in f"{p.goal_english or ''} {p.topic}".casefold()
    if kind == "role":
        return want in f"{p.role_english or ''}".casefold()
    if kind == "hpw":
        return p.hours_per_week is not None and abs(p.hours_per_week - float(want)) <= 0.5
    if kind == "cost":
        return float(want) in (p.max_cost, p.budget)
    if kind == "dl":
        return p.deadline is not None and p.deadline.isoformat()[:7] == want
    if kind == "part":
        return want in p.participation
    if kind == "want":
        return want in p.languages
    if kind == "spoken":
        return want in p.spoken_languages
    if kind == "lvl":  # courses for beginners (EQF 4 at most) or advanced ones (EQF 5 at least)
        return (p.eqf_max or 9) <= 4 if want == "basic" else (p.eqf_min or 0) >= 5
    raise ValueError(kind)
