"""Languages: the one table of ISO 639-1 codes with their English and native names, and the names people type.

Cards, chat replies, search explanations and the intent parser all name languages from here.
"""

from __future__ import annotations

from typing import NamedTuple


class Language(NamedTuple):
    code: str  # ISO 639-1
    english: str
    native: str  # the name in the language itself


LANGUAGES: tuple[Language, ...] = (
    Language("en", "English", "English"),
    Language("de", "German", "Deutsch"),
    Language("es", "Spanish", "Español"),
    Language("fr", "French", "Français"),
    Language("fi", "Finnish", "Suomi"),
    Language("vi", "Vietnamese", "Tiếng Việt"),
    Language("hi", "Hindi", "हिन्दी"),
    Language("bn", "Bengali", "বাংলা"),
    Language("it", "Italian", "Italiano"),
    Language("pt", "Portuguese", "Português"),
    Language("nl", "Dutch", "Nederlands"),
    Language("pl", "Polish", "Polski"),
    Language("sv", "Swedish", "Svenska"),
    Language("ru", "Russian", "Русский"),
    Language("da", "Danish", "Dansk"),
    Language("el", "Greek", "Ελληνικά"),
    Language("cs", "Czech", "Čeština"),
    Language("ro", "Romanian", "Română"),
    Language("hu", "Hungarian", "Magyar"),
    Language("zh", "Chinese", "中文"),
    Language("ja", "Japanese", "日本語"),
    Language("ar", "Arabic", "العربية"),
    Language("tr", "Turkish", "Türkçe"),
    Language("uk", "Ukrainian", "Українська"),
    Language("ko", "Korean", "한국어"),
)
BY_CODE: dict[str, Language] = {lang.code: lang for lang in LANGUAGES}

# Names people type besides the English and native ones (other languages' words for them, unaccented
# spellings).
_MORE_ALIASES: dict[str, tuple[str, ...]] = {
    "en": ("englisch", "ingles", "inglés", "anglais"),
    "de": ("aleman", "alemán", "allemand"),
    "es": ("espanol", "castellano", "spanisch", "espagnol"),
    "fr": ("francais", "französisch", "frances", "francés"),
    "fi": ("finnisch", "finlandés", "finnois"),
    "vi": ("tieng viet", "vietnamesisch"),
    "hi": ("हिंदी",),
    "bn": ("bangla", "banglay", "banglai"),  # Banglish "in Bangla" ("eta ki banglay ache?")
    "it": ("italienisch", "italien"),
    "pt": ("portugues",),
    "sv": ("schwedisch", "suédois", "sueco"),
    "ru": ("russisch", "ruso", "russe"),
}
# lower-case name -> code; every English and native name, plus the aliases above
ALIASES: dict[str, str] = {
    **{name.lower(): lang.code for lang in LANGUAGES for name in (lang.english, lang.native)},
    **{alias: code for code, aliases in _MORE_ALIASES.items() for alias in aliases},
}


def language_name(code: str) -> str:
    """The English name of `code` ("sv" -> "Swedish"); the code itself when it is not in the table."""
    lang = BY_CODE.get(code.strip().lower())
    return lang.english if lang else code


def language_code(name: str) -> str | None:
    """The ISO 639-1 code of a language name as people type it ("Deutsch", "tiếng việt", "suomi"), else
    None."""
    return ALIASES.get(" ".join(name.split()).lower())


def iso_codes(codes: tuple[str, ...]) -> tuple[str, ...]:
    """Language codes as stored (lower case, in order): the one check of a credential's, a learner's and a
    denied language list; ValueError naming the first code that is not two letters."""
    for code in codes:
        if len(code) != 2 or not code.isalpha():
            raise ValueError(f"languages must be two-letter ISO 639-1 codes like 'en', not {code!r}")
    return tuple(code.lower() for code in codes)
