"""Code lists the credential standards use, translated to ours: EU authority language/country URIs, EQF
URIs."""

from __future__ import annotations

import re
from urllib.parse import urlparse

from pathfinder.domain.participation import of_label

# EU Publications Office language authority (ISO 639-2/B style) -> ISO 639-1.
LANGUAGE_3_TO_2: dict[str, str] = {
    "ENG": "en",
    "DEU": "de",
    "FRA": "fr",
    "SPA": "es",
    "ITA": "it",
    "POR": "pt",
    "NLD": "nl",
    "POL": "pl",
    "SLV": "sl",
    "HRV": "hr",
    "CES": "cs",
    "SLK": "sk",
    "HUN": "hu",
    "RON": "ro",
    "BUL": "bg",
    "ELL": "el",
    "SWE": "sv",
    "DAN": "da",
    "FIN": "fi",
    "EST": "et",
    "LAV": "lv",
    "LIT": "lt",
    "MLT": "mt",
    "GLE": "ga",
    "NOR": "no",
    "ISL": "is",
    "TUR": "tr",
    "RUS": "ru",
    "UKR": "uk",
    "SRP": "sr",
    "MKD": "mk",
    "SQI": "sq",
    "CAT": "ca",
    "EUS": "eu",
    "GLG": "gl",
    "ZHO": "zh",
    "JPN": "ja",
    "ARA": "ar",
    "HIN": "hi",
    "KOR": "ko",
    "LTZ": "lb",
    "BOS": "bs",
    "HEB": "he",
}

# EU Publications Office country authority (ISO 3166-1 alpha-3) -> alpha-2.
COUNTRY_3_TO_2: dict[str, str] = {
    "AUT": "AT",
    "BEL": "BE",
    "BGR": "BG",
    "HRV": "HR",
    "CYP": "CY",
    "CZE": "CZ",
    "DNK": "DK",
    "EST": "EE",
    "FIN": "FI",
    "FRA": "FR",
    "DEU": "DE",
    "GRC": "GR",
    "HUN": "HU",
    "IRL": "IE",
    "ITA": "IT",
    "LVA": "LV",
    "LTU": "LT",
    "LUX": "LU",
    "MLT": "MT",
    "NLD": "NL",
    "POL": "PL",
    "PRT": "PT",
    "ROU": "RO",
    "SVK": "SK",
    "SVN": "SI",
    "ESP": "ES",
    "SWE": "SE",
    "ISL": "IS",
    "LIE": "LI",
    "NOR": "NO",
    "CHE": "CH",
    "GBR": "GB",
    "TUR": "TR",
    "SRB": "RS",
    "MKD": "MK",
    "ALB": "AL",
    "MNE": "ME",
    "BIH": "BA",
    "UKR": "UA",
    "MDA": "MD",
    "USA": "US",
    "CAN": "CA",
    "AUS": "AU",
    "NZL": "NZ",
    "IND": "IN",
    "CHN": "CN",
    "JPN": "JP",
    "KOR": "KR",
    "SGP": "SG",
    "BRA": "BR",
    "MEX": "MX",
    "ZAF": "ZA",
    "ARG": "AR",
    "CHL": "CL",
    "COL": "CO",
    "ISR": "IL",
}

# Two-letter top-level domains that are used as generic names, not as a country.
_GENERIC_CC_TLDS = {"io", "co", "ai", "me", "tv", "eu", "cc", "ly", "gg", "fm", "ws"}
ESCO_SKILL_PREFIX = "http://data.europa.eu/esco/skill/"


def language_code(uri_or_code: str) -> str | None:
    """'http://publications.europa.eu/resource/authority/language/ENG', 'ENG', 'en' or 'en-GB' -> 'en'."""
    tail = uri_or_code.rstrip("/").rsplit("/", 1)[-1]
    if len(tail) == 3:
        return LANGUAGE_3_TO_2.get(tail.upper())
    base = tail.split("-")[0].split("_")[0]
    return base.lower() if len(base) == 2 and base.isalpha() else None


def country_code(uri_or_code: str) -> str | None:
    """'http://publications.europa.eu/resource/authority/country/SVN', 'SVN' or 'SI' -> 'SI'."""
    tail = uri_or_code.rstrip("/").rsplit("/", 1)[-1].upper()
    if len(tail) == 3:
        return COUNTRY_3_TO_2.get(tail)
    return tail if len(tail) == 2 and tail.isalpha() else None


def eqf_level(uri: str) -> int | None:
    """'http://data.europa.eu/snb/eqf/6' -> 6."""
    m = re.search(r"/eqf/(\d)$", uri.rstrip("/"))
    return int(m.group(1)) if m else None


def country_from_homepage(url: str) -> str | None:
    """The country of a homepage's country-code domain ('https://www.netis.si' -> 'SI'), None if generic."""
    host = urlparse(url).hostname or ""
    tld = host.rsplit(".", 1)[-1].lower() if "." in host else ""
    if len(tld) != 2 or tld in _GENERIC_CC_TLDS:
        return None
    return "GB" if tld == "uk" else tld.upper()


def participation(label: str) -> str | None:
    """A mode label in any of our providers' languages ('Online', 'Blended learning', 'Face-to-face',
    'vor Ort', 'presencial', 'en ligne', 'lähiopetus', 'trực tuyến') -> our participation value, or None (the
    words: `domain.participation`, one table with the chat's)."""
    return of_label(label)
