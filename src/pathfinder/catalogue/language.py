"""Detecting the language a catalogue entry is taught in when the catalogue does not state it.

`detect_language(text)` is pure and offline: lingua-language-detector ships its models inside the wheel. It is
limited to the languages pathfinder's users study in plus the common catalogue languages, and answers only
when the text is long enough and the detector confident; otherwise None (unknown, which passes no language
limit). The importer calls `with_detected_language` on entries without `languages`; the planner asks
`credential_languages`.
"""

from __future__ import annotations

from functools import lru_cache

from pathfinder.domain import Credential

LANGUAGES = (
    "en",
    "de",
    "es",
    "fr",
    "fi",
    "vi",
    "hi",
    "bn",
    "it",
    "pt",
    "nl",
    "pl",
    "ru",
    "sv",
    "tr",
    "ar",
    "zh",
    "ja",
    "ko",
)
MIN_CHARS = 20  # shorter texts (a bare title) are too short to tell reliably
MIN_CONFIDENCE = 0.5


@lru_cache(maxsize=1)
def _detector():
    try:
        from lingua import IsoCode639_1, LanguageDetectorBuilder
    except ImportError:  # not installed: detection is simply unavailable
        return None
    codes = [getattr(IsoCode639_1, code.upper()) for code in LANGUAGES]
    return LanguageDetectorBuilder.from_iso_codes_639_1(*codes).build()


def detect_language(text: str) -> str | None:
    """The ISO 639-1 code of the language `text` is written in, or None when unsure or the text is too
    short."""
    text = " ".join(text.split())
    detector = _detector() if len(text) >= MIN_CHARS else None
    if detector is None:
        return None
    values = detector.compute_language_confidence_values(text[:1000])
    if not values or values[0].value < MIN_CONFIDENCE:
        return None
    return values[0].language.iso_code_639_1.name.lower()


def _text(c: Credential) -> str:
    return " ".join([c.title, c.description, *c.learning_outcomes])


@lru_cache(maxsize=200_000)
def _detected(cid: str, text: str) -> tuple[str, ...]:
    code = detect_language(text)
    return () if code is None else (code,)


def credential_languages(c: Credential) -> tuple[str, ...]:
    """The languages the entry states, else the one detected from its title and description (memoised)."""
    return c.languages or _detected(c.id, _text(c))


def with_detected_language(c: Credential) -> Credential:
    """The entry with its detected language filled in (and 'languages' in `derived`) when it states none."""
    if c.languages:
        return c
    found = credential_languages(c)
    if not found:
        return c
    return c.model_copy(update={"languages": found, "derived": tuple(sorted({*c.derived, "languages"}))})
