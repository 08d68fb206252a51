"""Cell parsers a mapping can name (`parse = "..."`): effort x length, durations, prices, slugs, numbers."""

from __future__ import annotations

import re
import string
import unicodedata
from collections.abc import Callable, Mapping
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pathfinder.catalogue.mapping import FieldSpec

WEEKS_PER_MONTH = 52 / 12
_NUM = r"(\d+(?:[.,]\d+)?)"
_EFFORT = re.compile(
    _NUM + r"\s*(?:(?:[-–—]|to)\s*" + _NUM + r")?\s*(?:hours?|hrs?|h)\s*(?:per|/|a|each)\s*week", re.I
)
_LENGTH = re.compile(_NUM + r"\s*(weeks?|months?|days?)\b", re.I)
_HOURS = re.compile(_NUM + r"\s*(hours?|hrs?|h|minutes?|mins?|m)?\.?$", re.I)
_ISO_DURATION = re.compile(r"^P(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?)?$", re.I)
_SYMBOLS = {"$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR"}
_FREE = re.compile(r"^\s*(free|gratis|gratuit|kostenlos|0(?:[.,]0+)?)\b", re.I)


def _number(text: str) -> float:
    return float(text.replace(",", "."))


def effort_hours_per_week(text: str) -> float:
    """'2–4 hours per week', '1-2 hours/week', '3 hours per week' -> hours per week (midpoint of a range)."""
    m = _EFFORT.search(text)
    if not m:
        raise ValueError("expected an effort like '2–4 hours per week' or '3 hours/week'")
    low = _number(m.group(1))
    high = _number(m.group(2)) if m.group(2) else low
    return (low + high) / 2


def length_weeks(text: str) -> float:
    """'7 Weeks', '3 Months', '10 days' -> weeks."""
    m = _LENGTH.search(text)
    if not m:
        raise ValueError("expected a length like '7 Weeks' or '3 Months'")
    n, unit = _number(m.group(1)), m.group(2).lower()
    return n * WEEKS_PER_MONTH if unit.startswith("month") else n / 7 if unit.startswith("day") else n


def hours(text: str) -> float:
    """'1.5', '1.5 hours', '90 mins' -> hours."""
    m = _HOURS.match(text.strip())
    if not m:
        raise ValueError("expected a duration in hours like '1.5' or '90 mins'")
    value, unit = _number(m.group(1)), (m.group(2) or "h").lower()
    return value / 60 if unit.startswith("m") else value


def iso_duration_hours(text: str) -> float:
    """ISO 8601 durations as ELM uses them: 'PT45H', 'P2DT4H', 'PT90M' -> hours (a day counts 24 h)."""
    m = _ISO_DURATION.match(text.strip())
    if not m or not any(m.groups()):
        raise ValueError("expected an ISO 8601 duration like 'PT45H'")
    d, h, mins = (float(g) if g else 0.0 for g in m.groups())
    return d * 24 + h + mins / 60


def price(text: str, default_currency: str | None = None) -> tuple[float, str | None]:
    """A price and its currency. 'Free' -> 0; 'FREE-Add a Verified Certificate for $49 USD' -> 49 USD
    (the price of the certificate; auditing is free); '€120', '120 EUR', '49.99' (default currency)."""
    amounts = re.findall(r"\d+(?:[.,]\d{1,2})?", text)
    if not amounts:
        if _FREE.match(text):
            return 0.0, default_currency
        raise ValueError("expected a price like '49 USD', '€120' or 'Free'")
    amount = _number(amounts[-1])
    code = re.search(r"\b([A-Z]{3})\b", text)
    symbol = next((c for s, c in _SYMBOLS.items() if s in text), None)
    return amount, (code.group(1) if code else symbol) or default_currency


def slug(text: str) -> str:
    """A URL's last path segment, or any text, as a lower-case id: 'https://x.org/course/intro-ml' ->
    'intro-ml'."""
    if "://" in text:
        text = text.split("?", 1)[0].split("#", 1)[0].rstrip("/").rsplit("/", 1)[-1]
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", folded.lower()).strip("-")


def as_bool(text: str) -> bool:
    low = text.strip().lower()
    if low in {"true", "yes", "y", "1", "paid"}:
        return True
    if low in {"false", "no", "n", "0", "free"}:
        return False
    raise ValueError("expected true/false")


def as_date(text: str) -> date:
    try:
        return datetime.fromisoformat(text.strip().replace("Z", "+00:00")).date()
    except ValueError:
        raise ValueError("expected an ISO date like 2024-05-31") from None


# --------------------------------------------------------------------------------- the parse registry

Parser = Callable[[list[Any], "FieldSpec"], dict[str, Any]]


def _one(values: list[Any]) -> str:
    return str(values[0]) if values else ""


def _effort_x_length(values: list[Any], spec: FieldSpec) -> dict[str, Any]:
    effort, length = (str(v) for v in (values + ["", ""])[:2])  # a mapping's value map may give numbers
    if not effort and not length:
        return {}
    return {spec.name: round(effort_hours_per_week(effort) * length_weeks(length), 1)}


def _price(values: list[Any], spec: FieldSpec) -> dict[str, Any]:
    amount, currency = price(_one(values), spec.currency)
    return {spec.name: amount, "currency": currency}


PARSERS: dict[str, Parser] = {
    "text": lambda v, s: {s.name: " ".join(str(x) for x in v if x)},
    "number": lambda v, s: {s.name: _number(_one(v))},
    "hours": lambda v, s: {s.name: round(hours(_one(v)), 2)},
    "iso_duration": lambda v, s: {s.name: iso_duration_hours(_one(v))},
    "effort_x_length": _effort_x_length,
    "price": _price,
    "slug": lambda v, s: {s.name: s.prefix + slug(_one(v))},
    "bool": lambda v, s: {s.name: as_bool(_one(v))},
    "date": lambda v, s: {s.name: as_date(_one(v))},
}


def template_columns(template: str) -> list[str]:
    return [name for _, name, _, _ in string.Formatter().parse(template) if name]


def render_template(template: str, row: Mapping[str, str]) -> str:
    """`{column}` placeholders filled from the row; a missing or empty column renders as nothing."""
    values = {name: (row.get(name) or "").strip() for name in template_columns(template)}
    return re.sub(r"\n{3,}", "\n\n", template.format(**values)).strip()
